"""Copies of one article (nearly all sentences the same) are one report: for which events
are main, for a key point's sources and for its weight."""

from dataclasses import replace

from generator.findings import keypoints
from generator.findings.copies import (
    copy_groups,
    near_count,
    print_groups,
    reports,
    sentence_prints,
)
from generator.findings.keypoints import key_points, report_groups
from tests.findings.test_keypoints import MAIN_A, MAIN_B, article, treaty_briefing

STORY = [
    "The Lakeside council voted to close the old ferry pier after a winter of storm damage.",
    "Repairs would have cost more than the pier earns in ten years, the treasurer told members.",
    "Fishing boats will move to the new harbour wall on the north side of the bay in May.",
    "Residents who use the pier for swimming asked for a platform to be built near the beach.",
]


def test_an_article_saved_twice_is_one_group_and_a_rewrite_is_not():
    saved_again = [*STORY, "Sign up for our newsletter to get the best stories every morning."]
    rewrite = [
        "Councillors in Lakeside have decided the ferry pier will close for good.",
        "Storms over the winter left the structure unsafe, officials said on Tuesday.",
        "The fishing fleet is to use the harbour wall instead from May.",
    ]
    groups = copy_groups({"b2": saved_again, "a1": STORY, "c3": rewrite})
    assert groups == {"a1": "a1", "b2": "a1", "c3": "c3"}
    assert reports(["a1", "b2", "c3"], groups) == 2
    # case and spacing are no difference
    shouted = [s.upper().replace(" ", "  ") for s in STORY]
    assert copy_groups({"a1": STORY, "z9": shouted})["z9"] == "a1"


def test_short_texts_and_boilerplate_make_no_copies():
    assert copy_groups({"a1": STORY[:2], "b2": STORY[:2]}) == {"a1": "a1", "b2": "b2"}
    # the same three sentences in 30 articles: a site's furniture, not 30 copies
    furniture = STORY[:3]
    pages = {
        f"p{i:02}": [*furniture, f"Page {i} tells its own story of harbour {i}."] for i in range(30)
    }
    assert set(copy_groups(pages).values()) == set(pages)


def test_a_wire_update_with_edited_sentences_is_a_copy_and_a_next_day_story_is_not():
    update = [
        STORY[0],
        STORY[1],
        "Fishing boats will move to the new harbour wall on the north side of the bay in June.",
        "Residents who swim from the pier asked for a platform to be built near the beach.",
    ]
    next_day = [
        STORY[0],
        STORY[1],
        "Ferry passengers queued at the bus station on Wednesday as the first replacement coaches left.",
        "A petition to save the pier had gathered 2,000 names by the evening, its organisers said.",
    ]
    groups = copy_groups({"a1": STORY, "b2": update, "c3": next_day})
    assert groups == {"a1": "a1", "b2": "a1", "c3": "c3"}
    # edited sentences alone, with too few found word for word, make no copy
    edited_only = [s.replace("the ", "a ") for s in STORY]
    assert copy_groups({"a1": STORY, "d4": edited_only})["d4"] == "d4"


def test_an_event_reported_only_by_two_copies_is_no_main_event():
    b = treaty_briefing()
    # a1 saved from two pages: a2 holds the same sentences
    a1 = article("a1", MAIN_A, *STORY)
    copy = replace(a1, id="a2", source="a2.txt", publication="Paper a2")
    (own,) = b.events[0].sources[:1]
    event = replace(b.events[0], sources=(own, replace(own, article="a2")))
    copied = replace(b, articles=(a1, copy), events=(event,))
    groups = report_groups(copied)
    assert groups == {"a1": "a1", "a2": "a1"}
    assert keypoints._event_weights(copied, groups)[event.id] == 0.5
    assert keypoints._event_weights(copied)[event.id] == 2.0  # counted by article
    points = key_points(copied)
    assert points and all(len(point.sources) == 1 for point in points)


def test_independent_reports_still_count_twice():
    b = treaty_briefing()  # two articles telling the treaty in their own words
    assert report_groups(b) == {"a1": "a1", "a2": "a2"}
    first = next(p for p in key_points(b) if p.text in (MAIN_A, MAIN_B))
    assert {s.article for s in first.sources} == {"a1", "a2"}


def test_the_near_counts_are_asked_of_near_copies_alone_and_decide_them():
    update = [*STORY[:2], STORY[2].replace("May", "June"), STORY[3].replace("for", "for once")]
    other = ["A new story of the harbour wall told in words of its own, said the writer."] * 1
    prints = {
        name: sentence_prints(texts)
        for name, texts in {"a1": STORY, "b2": update, "c3": [*STORY[:1], *other]}.items()
    }
    asked = []

    def near_of(a: str, b: str) -> int:
        asked.append((a, b))
        return near_count(prints[a], prints[b])

    assert (
        print_groups(prints, near_of)
        == print_groups(prints)
        == {"a1": "a1", "b2": "a1", "c3": "c3"}
    )
    assert asked == [("a1", "b2")]  # half found word for word: the edited ones are compared
    assert print_groups(prints, lambda a, b: 0) == {"a1": "a1", "b2": "b2", "c3": "c3"}
