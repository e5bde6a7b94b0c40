"""Contradictory claims of named actors, measured on small invented pairs.

    .venv/bin/python -m bench.contradictions_recall [--pairs FILE] [--list]

No development corpus holds a true contradiction, so the divergences page's "contradictory
claims attributed to named actors" had no recall figure. `bench/contradiction_pairs.json`
holds pairs written for this: two short articles, each with one claim of a named actor, and
whether the two cannot both hold. Each pair is built as its own two-article briefing through
every stage a build runs (cleaning, actors, quotes, link: `analyse_all`, `build_briefing`),
so a miss may come from any of them; the pair is found when `contradictions` sets a claim of
one article against one of the other. Printed: recall on the pairs that contradict, false
alarms on those that do not, per kind, and with `--list` every miss and false alarm with
how many statements of named actors each side gave (0: the claim was not read at all).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from generator.findings.claims import statements
from generator.findings.contradictions import contradictions
from generator.ingest import read_seeds
from generator.models import Briefing
from generator.pipeline import ArticleResult, analyse_all, build_briefing
from generator.settings.config import load_config

PAIRS = Path(__file__).resolve().parent / "contradiction_pairs.json"
DATE = "March 3, 2030"


@dataclass(frozen=True)
class Outcome:
    """One pair's result: whether a contradiction was found between its two articles, and
    how many statements each article gave."""

    id: str
    kind: str
    expected: bool
    found: bool
    statements: tuple[int, int]


FRAMES = (
    (
        "Claims over the weekend",
        "Officials from several capitals spent the weekend trading accounts of what happened.",
        "Diplomats are preparing for another round of meetings later this month.",
    ),
    (
        "A reply to the claims",
        "The reply came late on Sunday after a day of meetings behind closed doors.",
        "Observers expect the dispute to be raised again when envoys gather next week.",
    ),
)
"""Each side's headline, opening and closing: different on the two sides, since a sentence
in both files would be taken for furniture (`clean`), as it should."""


def article_text(side: int, claim: str) -> str:
    """A short article around the claim: a headline, a dateline, an opening, the claim and a
    closing sentence, so that the claim is a paragraph of the body, not a dek."""
    title, opening, closing = FRAMES[side]
    return f"{title}\n\n{DATE}\n\n{opening}\n\n{claim}\n\n{closing}\n"


def pair_briefing(a: str, b: str) -> Briefing:
    """The two claims as two articles, through every stage of a build."""
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "a.txt").write_text(article_text(0, a), "utf-8")
        Path(folder, "b.txt").write_text(article_text(1, b), "utf-8")
        raws, _ = read_seeds(Path(folder))
        config = load_config(None)
        results = [r for r in analyse_all(raws, config, jobs=1) if isinstance(r, ArticleResult)]
        return build_briefing(results, config)


def outcome(pair: dict, briefing: Briefing) -> Outcome:
    """Whether the briefing sets one article's claim against the other's."""
    ids = sorted(a.id for a in briefing.articles)
    found = any(c.first.article != c.second.article for c in contradictions(briefing))
    said = statements(briefing)
    counts = tuple(sum(1 for s in said if s.article == i) for i in ids)
    return Outcome(
        pair["id"],
        pair["kind"],
        bool(pair["contradiction"]),
        found,
        (counts + (0, 0))[:2],
    )


def table(outcomes: list[Outcome]) -> list[str]:
    """Recall and false alarms, overall and per kind."""
    by_kind: dict[tuple[bool, str], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_kind[(o.expected, o.kind)].append(o)
    positives = [o for o in outcomes if o.expected]
    negatives = [o for o in outcomes if not o.expected]
    hits = sum(o.found for o in positives)
    alarms = sum(o.found for o in negatives)
    lines = [
        "| pairs | kind | contradict | found |",
        "|---|---|---|---|",
    ]
    for (expected, kind), members in sorted(by_kind.items(), key=lambda x: (not x[0][0], x[0][1])):
        found = sum(o.found for o in members)
        lines.append(f"| {len(members)} | {kind} | {'yes' if expected else 'no'} | {found} |")
    lines.append("")
    lines.append(f"recall: {hits}/{len(positives)} = {hits / max(len(positives), 1):.2f}")
    lines.append(f"false alarms: {alarms}/{len(negatives)}")
    return lines


def listing(outcomes: list[Outcome]) -> list[str]:
    """Every miss and false alarm, with each side's statement count."""
    return [
        f"{'missed' if o.expected else 'false alarm'}: {o.id} ({o.kind}), statements "
        f"{o.statements[0]} / {o.statements[1]}"
        for o in outcomes
        if o.found != o.expected
    ]


def main(args: list[str]) -> int:
    path = Path(args[args.index("--pairs") + 1]) if "--pairs" in args else PAIRS
    pairs = json.loads(path.read_text("utf-8"))["pairs"]
    outcomes = [outcome(p, pair_briefing(p["a"], p["b"])) for p in pairs]
    print("\n".join(table(outcomes)))
    if "--list" in args:
        print("\n".join(listing(outcomes)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
