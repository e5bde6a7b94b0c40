"""A figure's subject and a dated source's words kept across builds (findings/parts.py,
`Memo.subject` and `Memo.source_words`): through the memo the divergences are those of the
plain definition; a hit finds nothing again, a changed input is a miss, and an entry of the
wrong type (a damaged record) is found again."""

from dataclasses import replace

import pytest

from generator.findings import parts
from generator.findings.date_divergences import SourceWords
from generator.findings.divergences import divergences
from generator.findings.figure_subjects import Subject
from generator.findings.keypoints import key_points, report_groups
from generator.models import Actor, Event, EventSource, Mention

from .findings.test_keypoints import article, briefing

MET_3 = "Ministers of Ostland and Vesna met in Tarrow on 3 May to settle the fishing quota."
MET_4 = "The ministers of Ostland and Vesna met in Tarrow on May 4 to settle the fishing quota."
TOLL_A = "The flood in the Ostland valley killed 41 people and cut the road to Tarrow, Vesna said."
TOLL_B = "The flood in the Ostland valley killed 44 people and cut the road to Tarrow, Vesna said."
NAMES = ("Ostland", "Vesna")


def _briefing(names=NAMES):
    """Two articles dating one meeting a day apart and giving two tolls of one flood."""
    arts = [
        replace(article("a1", MET_3, TOLL_A), published="2031-05-06"),
        replace(article("a2", MET_4, TOLL_B), published="2031-05-06"),
    ]
    events = [
        Event(f"e{i}", date, "day", "past", text, ("ostland", "vesna"), (source,))
        for i, (date, text, source) in enumerate(
            [
                ("2031-05-03", MET_3, EventSource("a1", "p1", MET_3, "3 May", False)),
                ("2031-05-04", MET_4, EventSource("a2", "p1", MET_4, "May 4", False)),
            ],
            1,
        )
    ]
    actors = [
        Actor(
            name.lower(),
            shown,
            "state",
            (),
            None,
            tuple(
                Mention(a.id, p.id, start, start + len(name), name, name.lower())
                for a in arts
                for p in a.paragraphs
                if (start := p.text.find(name)) >= 0
            ),
        )
        for name, shown in zip(NAMES, names, strict=True)
    ]
    return briefing(arts, events, actors)


def _through(memo: parts.Memo, found_in):
    return divergences(found_in, memo.figures, memo.statements, memo.subject, memo.source_words)


def _never(*_args):
    raise AssertionError("found again although the memo knew it")


def _sentence_entries(memo: parts.Memo) -> dict[str, object]:
    names = (f"{parts.PREFIX}subject\0", f"{parts.PREFIX}source-words\0")
    return {k: v for k, v in memo.used.items() if k.startswith(names)}


def test_through_the_memo_the_divergences_are_the_plain_ones_and_a_hit_finds_nothing(
    monkeypatch,
):
    plain = divergences(_briefing())
    assert {d.kind for d in plain} >= {"date", "figure"}
    first = parts.Memo()
    assert _through(first, _briefing()) == plain
    entries = _sentence_entries(first)
    assert {type(v) for v in entries.values()} == {Subject, SourceWords}
    monkeypatch.setattr(parts, "subject", _never)
    monkeypatch.setattr(parts, "source_words", _never)
    hit = parts.Memo(first.used)
    assert _through(hit, _briefing()) == plain
    assert hit.used == first.used


def test_an_actor_renamed_is_a_miss():
    first = parts.Memo()
    _through(first, _briefing())
    renamed = _briefing(("Ostland", "Vesna Republic"))
    again = parts.Memo(first.used)
    assert _through(again, renamed) == divergences(renamed)
    assert set(_sentence_entries(again)) - set(_sentence_entries(first))


@pytest.mark.parametrize(
    "junk", ["][", None, (1, 2), Subject(frozenset(), frozenset(), frozenset(), frozenset())]
)
def test_an_entry_of_the_wrong_type_is_found_again(junk):
    first = parts.Memo()
    plain = _through(first, _briefing())
    damaged = {
        k: (junk if k.startswith(f"{parts.PREFIX}source-words\0") else v)
        for k, v in first.used.items()
    }
    memo = parts.Memo(damaged)
    assert _through(memo, _briefing()) == plain
    assert memo.used == first.used


def _copied_briefing():
    """An article saved from two pages (copies: one report) and an independent one."""
    from .findings.test_copies import STORY
    from .findings.test_keypoints import MAIN_A, treaty_briefing

    b = treaty_briefing()
    a1 = article("a1", MAIN_A, *STORY)
    copy = replace(a1, id="a3", source="a3.txt", publication="Paper a3")
    (own,) = b.events[0].sources[:1]
    event = replace(b.events[0], sources=(own, replace(own, article="a3")))
    return replace(b, articles=(a1, b.articles[1], copy), events=(event,))


def test_key_points_through_kept_prints_are_the_plain_ones_and_a_hit_finds_nothing(
    monkeypatch,
):
    b = _copied_briefing()
    assert report_groups(b) == {"a1": "a1", "a2": "a2", "a3": "a1"}
    plain = key_points(b)
    assert plain
    first = parts.Memo()
    assert key_points(b, first.candidates, first.prints) == plain
    prints = {k: v for k, v in first.used.items() if k.startswith(f"{parts.PREFIX}prints\0")}
    assert len(prints) == 3 and all(type(v) is frozenset for v in prints.values())
    monkeypatch.setattr(parts, "article_prints", _never)
    monkeypatch.setattr(parts, "article_candidates", _never)
    hit = parts.Memo(first.used)
    assert key_points(b, hit.candidates, hit.prints) == plain
    damaged = parts.Memo({k: (frozenset({1}) if k in prints else v) for k, v in first.used.items()})
    monkeypatch.undo()
    assert key_points(b, damaged.candidates, damaged.prints) == plain
    assert damaged.used == first.used
