"""Whether an article is a story told in its own time, whose dates are no timeline's.

A short story or a serial's chapter dates many things ("yesterday", "at noon", "tomorrow",
"in January") and never a year: its days are the characters', read against the page's
date they put invented deeds on the calendar ("Ginger Nut munched his noon apple" on the
day a site was crawled). A report that dates as much names a year somewhere (a dateline,
a background year), and a release-notes page that dates its builds by weekday is not
narrated by persons. So an article is a story when all are true: at least `min_dates`
dated expressions, none with a year, in a body of `min_words` or more (a short report's
year is in a dateline the body may not hold), and a narrator's or characters' pronouns
("he", "she", "I", outside quotes) at `pronoun_rate` per 1,000 words or more. Words and limits
are `lang/en/story.json`; `bench/story_articles.py` prints each article's measures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang import load
from ..models import Article, Timex
from .words import alternatives

LANGUAGE = "en"
_TABLE = load(LANGUAGE, "story.json")
MIN_DATES: int = int(_TABLE["min_dates"])
MIN_WORDS: int = int(_TABLE["min_words"])
PRONOUN_RATE: float = float(_TABLE["pronoun_rate"])
_PRONOUN = re.compile(rf"\b(?:{alternatives(_TABLE['narrator_pronouns'])})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b|['’]\d\d\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class StoryEvidence:
    """What tells a story from a report: its dated expressions, how many name a year, its
    body's words and its narration's pronouns per 1,000 of them outside quotes."""

    dates: int
    dated_years: int
    words: int = 0
    pronoun_rate: float = 0.0

    @property
    def is_story(self) -> bool:
        """Many dates, none in a year, in a long text told by persons."""
        return (
            self.dates >= MIN_DATES
            and self.dated_years == 0
            and self.words >= MIN_WORDS
            and self.pronoun_rate >= PRONOUN_RATE
        )


def story_evidence(article: Article, timexes: Sequence[Timex]) -> StoryEvidence:
    """The evidence of `article` (its body paragraphs) and its `timexes`."""
    dated = [t for t in timexes if t.article == article.id and t.type in ("DATE", "TIME")]
    years = sum(1 for t in dated if _YEAR.search(t.text))
    if len(dated) < MIN_DATES or years or article.language not in (None, LANGUAGE):
        return StoryEvidence(len(dated), years)  # the words need not be counted
    body = " ".join(p.text for p in article.paragraphs if p.kind == "body")
    words = len(_WORD.findall(body))
    narrated = _QUOTED.sub(" ", body)
    rate = 1000 * len(_PRONOUN.findall(narrated)) / words if words else 0.0
    return StoryEvidence(len(dated), years, words, round(rate, 1))
