"""How key points are chosen among readable sentences, on small invented briefings."""

from dataclasses import replace

from generator.findings import keypoints
from generator.findings.keypoints import REPEAT_SIMILARITY, content_words, key_points, similarity
from generator.models import Event, EventSource

from .test_keypoints import article, briefing

SIGNED = "Arcadia and Borduria signed a water treaty in Lakeside after long talks on Monday."
TALKS = (
    "Ministers from Arcadia and Borduria opened new talks on fishing rights near Lakeside harbour."
)


def two_reports(eid: str, text: str, own: str, other: str) -> Event:
    """An event reported by `own`'s sentence and by a pronoun sentence of `other`, which is
    no candidate itself."""
    return Event(
        eid,
        "2030-04-01",
        "day",
        "past",
        eid,
        (),
        (
            EventSource(own, "p1", text, "Monday"),
            EventSource(other, "p1", "They did so on Monday, officials said.", "Monday"),
        ),
    )


def test_no_two_points_are_as_close_as_the_measure_calls_a_repeat():
    assert REPEAT_SIMILARITY <= 0.4  # bench/keypoints.py counts a repeat from 0.4
    closeness = similarity(content_words(SIGNED), content_words(TALKS))
    assert 0.4 <= closeness < 0.45
    arts = [
        article("a1", SIGNED),
        article("a2", TALKS),
        article("a3", "They did so on Monday, officials said."),
        article("a4", "They did so on Monday, officials said. Nothing else happened."),
    ]
    events = [two_reports("signed", SIGNED, "a1", "a3"), two_reports("talks", TALKS, "a2", "a4")]
    points = key_points(briefing(arts, events))
    assert [p.text for p in points] == [SIGNED]


CROWD = (
    "Thousands of farmers marched through Portville to demand cheaper water from the reservoirs."
)
MARCH = "Police closed the bridge over the Blue River while the march on the capital went on."


def test_a_second_point_on_the_very_same_main_event_is_not_taken():
    """Two sentences in other words on one main event: one point; the other main event
    gets the next one."""
    arts = [
        article("a1", CROWD, MARCH),
        article("a2", SIGNED),
        article("a3", "They did so on Monday, officials said. Nothing else happened."),
        article("a4", "They did so on Monday, officials said. Nothing more was said."),
    ]
    march = two_reports("march", CROWD, "a1", "a3")
    march = replace(march, sources=(*march.sources, EventSource("a1", "p2", MARCH, "Monday")))
    events = [march, two_reports("signed", SIGNED, "a2", "a4")]
    points = key_points(briefing(arts, events))
    covering = [p.text for p in points if "march" in p.events]
    assert len(covering) == 1 and any("signed" in p.events for p in points)


UNNAMED = "The boy was returned to his father in Portville on Monday after weeks of hearings."
NAMED = "Tomas Brook was returned to his father in Portville on Monday after the court ruled."


def test_of_two_reports_of_one_event_the_sentence_that_names_its_subject_is_the_point():
    event = Event(
        "returned",
        "2030-04-01",
        "day",
        "past",
        "returned",
        (),
        (EventSource("a1", "p1", UNNAMED, "Monday"), EventSource("a2", "p1", NAMED, "Monday")),
    )
    points = key_points(briefing([article("a1", UNNAMED), article("a2", NAMED)], [event]))
    assert [p.text for p in points] == [NAMED]


def _candidate(words: str, number: int) -> keypoints._Candidate:
    return keypoints._Candidate(
        "a1",
        f"p{number}",
        0,
        10,
        words,
        frozenset(words.split()),
        frozenset(),
        frozenset(),
        (0, number, 0),
    )


def test_sharing_words_gives_each_point_the_candidates_sharing_a_word_in_order():
    pool = [
        _candidate(text, n)
        for n, text in enumerate(
            ["treaty water lakeside", "fishing harbour", "water rights", "drought river", "treaty"]
        )
    ]
    points = [pool[0], pool[3], _candidate("nothing shared", 9)]
    sharing = keypoints.sharing_words(points, pool)
    for point, found in zip(points, sharing, strict=True):
        assert found == [c for c in pool if not point.words.isdisjoint(c.words)]
    assert [c.text for c in sharing[0]] == ["treaty water lakeside", "water rights", "treaty"]
    assert sharing[2] == []


def test_sources_are_the_same_with_the_candidates_sharing_words_given():
    pool = [_candidate(t, n) for n, t in enumerate(["a b c d", "a b c e", "b c d f", "x y"])]
    for point, sharing in zip(pool, keypoints.sharing_words(pool, pool), strict=True):
        assert keypoints._sources(point, pool, {}, None, sharing) == keypoints._sources(
            point, pool, {}
        )
