"""bench/contradictions_recall.py: recall and false alarms of contradictory claims on
invented pairs, each pair built as a two-article briefing through every stage."""

import json

from bench.contradictions_recall import PAIRS, Outcome, listing, main, outcome, pair_briefing, table

DENIED = {
    "id": "denied",
    "kind": "denial",
    "contradiction": True,
    "a": "Turkey said on Monday that Syrian government troops had shelled the border town of Azaz.",
    "b": "The Syrian government denied that its troops had shelled the border town of Azaz.",
}
AGREED = {
    "id": "agreed",
    "kind": "agreement",
    "contradiction": False,
    "a": DENIED["a"],
    "b": "The United Nations said Syrian government troops had shelled the border town of Azaz.",
}


def test_a_denial_is_found_and_an_agreement_is_not():
    found = outcome(DENIED, pair_briefing(DENIED["a"], DENIED["b"]))
    assert (found.found, found.statements) == (True, (1, 1))
    agreed = outcome(AGREED, pair_briefing(AGREED["a"], AGREED["b"]))
    assert (agreed.found, agreed.expected) == (False, False)


def test_the_table_counts_recall_and_false_alarms():
    outcomes = [
        Outcome("p1", "denial", True, True, (1, 1)),
        Outcome("p2", "denial", True, False, (1, 0)),
        Outcome("n1", "hedge", False, True, (1, 1)),
        Outcome("n2", "hedge", False, False, (1, 1)),
    ]
    lines = table(outcomes)
    assert "| 2 | denial | yes | 1 |" in lines and "| 2 | hedge | no | 1 |" in lines
    assert "recall: 1/2 = 0.50" in lines and "false alarms: 1/2" in lines
    assert listing(outcomes) == [
        "missed: p2 (denial), statements 1 / 0",
        "false alarm: n1 (hedge), statements 1 / 1",
    ]


def test_main_reads_a_pairs_file(tmp_path, capsys):
    path = tmp_path / "pairs.json"
    path.write_text(json.dumps({"pairs": [DENIED, AGREED]}), "utf-8")
    assert main(["--pairs", str(path), "--list"]) == 0
    out = capsys.readouterr().out
    assert "recall: 1/1 = 1.00" in out and "false alarms: 0/1" in out


def test_the_shipped_pairs_are_well_formed():
    pairs = json.loads(PAIRS.read_text("utf-8"))["pairs"]
    assert len({p["id"] for p in pairs}) == len(pairs)
    assert {type(p["contradiction"]) for p in pairs} == {bool}
    assert sum(p["contradiction"] for p in pairs) >= 15
    assert all(p["a"] != p["b"] for p in pairs)
