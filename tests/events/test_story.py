"""Events: a story told in its own time (fiction, a serial's chapter) dates no event."""

from __future__ import annotations

from generator.events import dated_clauses
from generator.events.story import MIN_DATES, MIN_WORDS, StoryEvidence, story_evidence
from generator.models import Article, Paragraph, Timex
from generator.timex import article_timexes

STORY = (
    "On Monday he walked to the mill with his dog.",
    "At noon she gave him her bread and he ate it slowly.",
    "Yesterday I saw him by the river, she said to me.",
    "On Tuesday he carried the sacks while she counted them.",
    "Tonight he will sleep in the barn, I told her.",
    "On Wednesday she sold her ring and he said nothing.",
    "Tomorrow he must leave, she wrote to her sister.",
    "On Thursday I found his coat on the bridge.",
    "At midnight she lit her lamp and he woke.",
    "On Friday he came back with my horse.",
    "On Saturday she sang while he mended his nets.",
)

NARRATION = (
    "He walked along the wet road and she followed him with her basket, and neither of"
    " them spoke of the letter he had burnt or of the money she had hidden in my old boot."
)
"""A paragraph of narration without a date, repeated to make a chapter's length."""
CHAPTER = STORY + (NARRATION,) * (MIN_WORDS // 30)


def article(*texts: str, language: str | None = "en") -> Article:
    return Article(
        id="s1",
        source="s1.txt",
        title="T",
        subtitle=None,
        authors=(),
        publication=None,
        published="2023-12-20",
        published_basis="text",
        url=None,
        caption=None,
        credit=None,
        paragraphs=tuple(Paragraph(f"p{i}", t) for i, t in enumerate(texts, 1)),
        language=language,
    )


def test_a_story_without_a_year_dates_no_event():
    story = article(*CHAPTER)
    timexes = article_timexes(story)
    assert len([t for t in timexes if t.type in ("DATE", "TIME")]) >= MIN_DATES
    assert story_evidence(story, timexes).is_story
    assert dated_clauses(story, timexes) == ()


def test_a_year_makes_it_a_report():
    report = article(*CHAPTER, "The mill was sold in 1998 to a bakery.")
    found = story_evidence(report, article_timexes(report))
    assert found.dated_years == 1 and not found.is_story
    assert dated_clauses(report, article_timexes(report))


def test_dates_without_narration_are_no_story():
    notes = tuple(
        f"On {day} the nightly build shipped the new parser and the fixed menus."
        for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday") * 2
    ) + ("The parser reads every file of the project again and the menus open faster.",) * (
        MIN_WORDS // 12
    )
    plain = article(*notes)
    found = story_evidence(plain, article_timexes(plain))
    assert found.dates >= MIN_DATES and found.pronoun_rate < 1
    assert not found.is_story


def test_quoted_pronouns_are_the_speakers_not_the_narrators():
    quoted = tuple(
        f'On {day} the council met. "I think he and she and I agree with my plan," a clerk said.'
        for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday") * 2
    )
    found = story_evidence(article(*quoted), article_timexes(article(*quoted)))
    assert found.pronoun_rate == 0.0 and not found.is_story


def test_few_dates_are_too_little_evidence():
    short = article(*STORY[:3], *CHAPTER[len(STORY) :])
    assert not story_evidence(short, article_timexes(short)).is_story


def test_a_short_text_without_a_year_is_a_report_whose_year_is_in_its_dateline():
    short = article(*STORY)
    found = story_evidence(short, article_timexes(short))
    assert found.dates >= MIN_DATES and found.pronoun_rate >= 30 and found.words < MIN_WORDS
    assert not found.is_story
    assert dated_clauses(short, article_timexes(short))


def test_another_language_is_no_story_by_english_pronouns():
    timexes = tuple(Timex("s1", "p1", 0, 5, "lundi", "2023-12-18", "DATE") for _ in range(12))
    found = story_evidence(article("il dit: lundi, lundi", language="fr"), timexes)
    assert found == StoryEvidence(12, 0)
