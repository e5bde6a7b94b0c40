"""Header line readers: bylines, datelines, photo captions, and the header lines that are
furniture (reading times, relative timestamps, comment counts). The metadata stage asks
them too. Their words live in `generator/lang/` (see `vocab`).
"""

from __future__ import annotations

import re

from . import vocab
from .inline import WORD_RE

CREDIT_TAIL_RE = vocab.english_pattern("credit_tail")
_BYLINE_RE = re.compile(rf"^\s*(?:{vocab.alternation('byline_starts')})\s+\S", re.I)
_NAME_THEN_MORE_RE = re.compile(
    rf"^[A-Z][\w.'-]+(?: (?:[A-Z][\w.'-]+|{vocab.alternation('name_particles')})){{1,3}}"
    r"\s*(?:[/|,–—]|\s-\s|\\-)\s*\S"
)
DATE_HINT = vocab.english_cues("date_hint")
"""A date's words or figures in a line (`lang/en/clean_patterns.tsv`)."""
_DATE_LABEL_START_RE = vocab.english_pattern("date_label_start")
_MINUTES = rf"(?:{vocab.alternation('minutes')})"
# "5 min read", "Tempo de leitura: 1 minuto", "Lesezeit: 3 Minuten", "4-minute read"
_READING_TIME_RE = re.compile(rf"(?<![\w.,:])\d{{1,3}}\s*[-\s]?\s*{_MINUTES}\.?(?!\w)", re.I)
_READING_WORDS_RE = re.compile(rf"\b(?:{vocab.alternation('reading_words')})\b", re.I)
_AGO_UNITS = rf"(?:{vocab.alternation('ago_units')})"
# "Updated 3 hours ago", "há 2 horas", "vor 3 Stunden", "hace 5 días", "il y a 2 heures"
_RELATIVE_TIME_RE = re.compile(
    rf"(?:\b(?:\d{{1,3}}|{vocab.alternation('ago_count_words')})\s+{_AGO_UNITS}\s+"
    rf"(?:{vocab.alternation('ago_words')})\b|"
    rf"\b(?:{vocab.alternation('ago_before')})\s+\d{{1,3}}\s+{_AGO_UNITS}\b|"
    rf"\b\d{{1,3}}\s+{_AGO_UNITS}\s+(?:{vocab.alternation('ago_after')})\b|"
    rf"^(?:[^\W\d]+:?\s+)?(?:{vocab.alternation('recent_days')})"
    rf"(?:,?\s+(?:(?:{vocab.alternation('clock_at')})\s+)?\d{{1,2}}[:.]\d{{2}}\s*"
    r"(?:[ap]\.?m\.?)?)?\W*$)",
    re.I,
)
_COMMENT_COUNT_RE = re.compile(
    rf"^\W*\d[\d,.]*\s*(?:{vocab.alternation('comment_count_words')})\W*$", re.I
)
_SENTENCE_INSIDE_RE = re.compile(r"[.!?]\s+\w")


def looks_like_byline(text: str) -> bool:
    """ "By …", or two to four capitalised words then "/", "|", "," or a dash and a little more.

    The little more (an outlet, a role, a date) is eight words at most and has no colon:
    "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play" is a title.
    """
    if "\n" in text or len(text) > 300 or len(WORD_RE.findall(text)) > 14:
        return False
    if _BYLINE_RE.match(text):
        return True
    if _DATE_LABEL_START_RE.match(text):
        return False  # "Published Wed, Nov 20 …": a dateline, however it is capitalised
    match = _NAME_THEN_MORE_RE.match(text)
    if not match:
        return False
    rest = text[match.end() - 1 :]
    return len(rest.split()) <= 8 and not re.search(r":\s", rest)


def looks_like_dateline(text: str) -> bool:
    """A short line that carries a date and is mostly date, place and agency: not a
    sentence that mentions a date ("Talks met on 3 March 2021 to discuss …, officials said.")."""
    return (
        "\n" not in text
        and len(text) <= 160
        and DATE_HINT.found(text)
        and not reads_as_clause(text)
    )


_DATE_NOISE_RE = vocab.english_pattern("date_noise")
_LETTER_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_STOP_RE = re.compile(r"[^\W\d_]{2,}[.!?][\"'”’)]*\s*$")


def reads_as_clause(text: str) -> bool:
    """A sentence rather than a label: besides its date words, the line has many lower-case
    words (verbs, articles, common nouns), or several and a full stop after a word.

    Datelines are capitalised places and agencies around a date ("LONDON, 3 March (Reuters)",
    "Updated: 3 March 2021, 10.00 GMT"); the lower-case words of a few labels ("posted in
    news on", "actualizado el … de") stay under both limits.
    """
    rest = _DATE_NOISE_RE.sub(" ", text)
    lower = sum(1 for word in _LETTER_WORD_RE.findall(rest) if word[0].islower())
    return lower >= 8 or lower >= 3 and bool(_SENTENCE_STOP_RE.search(text))


_LEDE_DASH_RE = re.compile(r"\s(?:--|—|–)\s")


def opens_with_dateline(text: str) -> bool:
    """A paragraph opened by a dateline and a dash ("Feb. 23, 2015 -- Peanut allergies …"):
    the lede with its date in front, so the header ends above it."""
    head = _LEDE_DASH_RE.split(text, maxsplit=1)
    return len(head) == 2 and len(head[0].split()) <= 12 and looks_like_dateline(head[0])


def header_furniture(text: str) -> str | None:
    """A header line that is page furniture, not metadata: its reason, or None.

    Short lines only (eight words or fewer, no sentence inside): a reading time ("5 min
    read"), a relative timestamp ("Updated 3 hours ago"), a comment count ("12 comments").
    They tell nothing about the article that a reader of the briefing needs, and a
    dateline with an absolute date is kept for the date instead.
    """
    line = text.strip()
    if not line or "\n" in line or len(line) > 80 or len(line.split()) > 8:
        return None
    if _SENTENCE_INSIDE_RE.search(line) or DATE_HINT.found(line):
        return None
    if _READING_TIME_RE.search(line) and (
        _READING_WORDS_RE.search(line) or len(WORD_RE.findall(line)) <= 3
    ):
        return "reading time"
    if len(line.split()) <= 6 and not line.endswith(".") and _RELATIVE_TIME_RE.search(line):
        return "relative timestamp"
    if _COMMENT_COUNT_RE.match(line):
        return "comment count"
    return None


def is_caption(text: str, words: int) -> bool:
    """A photo caption: a credit at its end ("… Fabrice Coffrini / AP") or a "Photo:" lead."""
    if words > 90:
        return False
    match = CREDIT_TAIL_RE.search(text)
    return bool(match) and (match.start() >= len(text) - 80 or match.start() < 10)
