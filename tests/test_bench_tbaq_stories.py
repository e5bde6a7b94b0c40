"""bench/tbaq_stories.py and bench/keypoints.py's story tables, on small invented TimeML."""

import datetime

from bench.keypoints import part_total, same_event
from bench.split import part_of
from bench.tbaq_stories import StoryDoc, article_text, clusters, stories
from generator.models import Event, EventSource

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>ZZZ20300402.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2030-04-02">2030-04-02</TIMEX3></DCT>
<TITLE>Ferry pier   closes
 in Lakeside</TITLE>
<TEXT>

LAKESIDE, Arcadia (AP) _

The council <EVENT eid="e1" class="OCCURRENCE">voted</EVENT> on
<TIMEX3 tid="t1" type="DATE" value="2030-04-01">Monday</TIMEX3> to close the pier &amp; the quay.

Boats move to the harbour wall.

</TEXT>
</TimeML>
"""


def test_a_tml_file_becomes_an_article_text_with_its_title_and_date_line():
    text, day, title = article_text(TML)
    assert day == datetime.date(2030, 4, 2) and title == "Ferry pier closes in Lakeside"
    assert text == (
        "Ferry pier closes in Lakeside\n\nApril 2, 2030\n\n"
        "LAKESIDE, Arcadia (AP) _ The council voted on Monday to close the pier & the quay.\n\n"
        "Boats move to the harbour wall.\n"
    )
    undated = TML.replace('<DCT><TIMEX3 tid="t0" type="DATE" value="2030-04-02">2030-04-02', "")
    assert article_text(undated) is None


def doc(name: str, day: int, body: str) -> StoryDoc:
    return StoryDoc(name, datetime.date(2030, 4, day), "", f"April {day}, 2030\n\n{body}\n")


PIER = "The Lakeside council voted to close the Marlow pier after storms, said Mayor Anna Brook."
PIER2 = "In Lakeside, Mayor Anna Brook said the Marlow pier will close after storms and a vote."
FARM = "The farmers of Dunmore reported a record wheat harvest, the Dunmore Grain Board said today."
FARM_LATER = FARM.replace("today", "this month")


def test_articles_close_in_day_words_and_names_make_a_story_and_others_do_not():
    docs = [
        doc("a1", 2, PIER),
        doc("b2", 3, PIER2),
        doc("c3", 2, FARM),
        doc("d4", 28, FARM_LATER),  # same words, three weeks later: another story
        doc("e5", 4, "Tourists praised the quiet beaches and cheap hotels along the coast road."),
    ]
    found = clusters(docs)
    assert [[d.name for d in group] for group in found] == [["a1", "b2"]]
    (story,) = stories(docs)
    assert (story.id, story.part) == ("a1", part_of("a1"))


def test_a_main_event_told_in_shared_words_looks_like_one_happening():
    def source(article: str, text: str) -> EventSource:
        return EventSource(article, "p1", text, "Monday")

    same = Event(
        "e", "2030-04-01", "day", "past", "", (), (source("a1", PIER), source("b2", PIER2))
    )
    assert same_event(same, {})
    assert not same_event(same, {"b2": "a1"})  # one report: nothing to agree with
    mixed = Event(
        "f", "2030-04-01", "day", "past", "", (), (source("a1", PIER), source("c3", FARM))
    )
    assert not same_event(mixed, {})


def test_a_part_total_sums_its_stories_and_counts_those_at_seventy_percent():
    rows = [
        {"articles": 3, "points": 5, "covered": "2/3", "same-event": 3, "repeats": 0},
        {"articles": 2, "points": 4, "covered": "1/1", "same-event": 1, "repeats": 1},
        {"articles": 2, "points": 5, "covered": "0/0", "same-event": 0, "repeats": 0},
    ]
    for row in rows:
        row["pronoun openings"] = row["unnamed subjects"] = 0
    total = part_total(rows)
    assert total["covered"] == "3/4 (75%)" and total["stories at 70%"] == 1
    assert (total["stories"], total["stories with main events"], total["repeats"]) == (3, 2, 1)
