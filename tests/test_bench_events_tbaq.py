"""bench/events_tbaq.py: our dated events scored against invented TimeML gold."""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from events_tbaq import paragraphs, score_document  # noqa: E402
from tbaq_tml import parse_tml  # noqa: E402


def tml(text: str, links: str, instances: str, dct: str = "2020-03-11") -> str:
    """A TimeML document in TBAQ's layout."""
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>x</DOCID>\n'
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        f"<TEXT>\n{text}\n</TEXT>\n{instances}\n{links}\n</TimeML>\n"
    )


MET = (
    'The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> in Lisbon '
    '<TIMEX3 tid="t1" type="DATE" value="{monday}">on Monday</TIMEX3> to '
    '<EVENT eid="e2" class="OCCURRENCE">discuss</EVENT> the harbour tax.'
)
ROSE = (
    'The harbour tax <EVENT eid="e3" class="OCCURRENCE">rose</EVENT> to nine percent, '
    'a rate last seen <TIMEX3 tid="t2" type="DATE" value="2019">a year ago</TIMEX3>.'
)
INSTANCES = (
    '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS"/>\n'
    '<MAKEINSTANCE eventID="e2" eiid="ei2" tense="INFINITIVE" aspect="NONE" polarity="POS"/>\n'
    '<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS"/>'
)
MET_ON_MONDAY = '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>'


def doc(monday: str = "2020-03-09", links: str = MET_ON_MONDAY, rose: str = ROSE):
    text = MET.format(monday=monday) + "\n\n" + rose
    return parse_tml(tml(text, links, INSTANCES), "doc1")


def test_an_event_dated_as_the_gold_links_it_is_right_and_recalled():
    kinds: Counter[str] = Counter()
    score = score_document(doc(), kinds)
    assert (score.ours, score.right, score.gold, score.hit) == (2, 1, 1, 1)
    # "a year ago" dates a clause of ours that no gold event is anchored to (not a
    # comparison's base such as "up from six percent a year ago", which dates no event)
    assert sum(kinds.values()) == 1


def test_a_date_that_differs_from_the_gold_value_is_wrong_and_missed():
    kinds: Counter[str] = Counter()
    score = score_document(doc(monday="2020-03-02"), kinds)
    assert (score.right, score.gold, score.hit) == (0, 1, 0)
    assert kinds["date value wrong"] == 1


def test_a_link_that_only_bounds_the_event_anchors_nothing():
    before = MET_ON_MONDAY.replace("IS_INCLUDED", "BEFORE")
    kinds: Counter[str] = Counter()
    score = score_document(doc(links=before), kinds)
    assert (score.right, score.gold) == (0, 0)
    assert kinds["date is a bound (before/after)"] == 1


def test_a_link_written_from_the_time_side_counts_and_the_dct_anchors_nothing():
    reverse = (
        '<TLINK lid="l1" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei1"/>\n'
        '<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t0"/>'
    )
    score = score_document(doc(links=reverse))
    assert (score.right, score.gold, score.hit) == (1, 1, 1)


def test_unknown_parts_of_a_gold_value_are_left_off():
    parsed = doc(rose=ROSE.replace('value="2019"', 'value="2019-XX"'))
    assert [t.date for t in parsed.timexes] == ["2020-03-09", "2019"]


def test_a_gold_event_anchored_in_a_sentence_we_do_not_date_is_missed():
    rose_anchored = MET_ON_MONDAY + (
        '\n<TLINK lid="l2" relType="DURING" eventInstanceID="ei3" relatedToTime="t2"/>'
    )
    score = score_document(doc(links=rose_anchored))
    assert (score.gold, score.hit, score.right) == (2, 2, 2)
    parsed = doc(links=rose_anchored, rose=ROSE.replace("a year ago", "sometime"))
    assert score_document(parsed).gold == 2
    assert score_document(parsed).hit == 1


def test_paragraph_offsets_are_the_documents():
    text = "\nOne line\nand more.\n \n\n  Second one.\n"
    found = paragraphs(text)
    assert [t for _, t in found] == ["One line and more.", "Second one."]
    for offset, part in found:
        assert text[offset : offset + len(part)].replace("\n", " ") == part


def test_a_date_written_in_another_sentence_is_missed_as_such_and_left_out_of_local_recall():
    across = MET_ON_MONDAY + (
        '\n<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t1"/>'
    )
    kinds: Counter[str] = Counter()
    score = score_document(doc(links=across), kinds)
    assert (score.gold, score.hit, score.local, score.local_hit) == (2, 1, 1, 1)
    assert kinds["MISSED date only in another sentence"] == 1


def test_a_gold_date_we_read_otherwise_is_missed_as_such():
    kinds: Counter[str] = Counter()
    score_document(doc(monday="2020-03-02"), kinds)
    assert kinds["MISSED date read otherwise"] == 1
