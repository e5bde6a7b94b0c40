"""Direct quotations and their speakers, by the attribution patterns of news prose.

Recognised, with X a person mentioned at that place (or "he"/"she" → the last person named):
`“…,” said X` · `“…,” X said/added/suggested` · `“…,” suggests X` · `X said: “…”` ·
`X told <someone>: “…”`, and a quoted phrase inside a sentence that reports X ("X said the
bloc had sent “a very clear signal”"). A quote right after its speaker's attributed quote,
in the same paragraph or opening the next one, is theirs too. Any other keeps speaker None.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from ..models import Mention, Paragraph, Quote
from .names import given_name_gender
from .words import NOT_REPORTING_AFTER, QUOTE_VERBS, REPORTED_VERBS, alternation

QUOTE_RE = re.compile(r"“([^”]{8,}?)”|\"([^\"]*)\"")
"""Curly quotes, or straight ones taken in pairs (a short scare quote such as "never" must
not make its closing mark open the next quotation)."""
VERBS = alternation(QUOTE_VERBS)
AFTER_VERB_FIRST = re.compile(rf"^[\s,.]*(?:{VERBS})\s+$|^[\s,.]*(?:{VERBS})\s+(?=\S)")
# "X said" or "X, the EU's foreign policy chief, wrote"
AFTER_NAME = re.compile(rf"\s*(?:,[^,“”\"]{{1,80}},\s*)?(?:{VERBS})\b")
"""Matched at the name's end, not on the rest of the paragraph cut off (a copy per quote)."""
PRONOUN_AFTER = re.compile(
    rf"^[\s,.]*(?:(?P<p1>he|she)\s+(?:{VERBS})|(?:{VERBS})\s+(?P<p2>he|she))\b"
)
CONTINUES = re.compile(rf"[\s,.]*(?:[^“”\"]{{0,80}}?\b(?:{VERBS})\b[^“”\"]{{0,60}}?)?[.:,]?\s*")
"""What may stand between two quotes of one speaker: the attribution of the first ("…,"
Howitt said. "…") or nothing."""
REPORTED = re.compile(
    rf"(?:,[^,“”\"]{{1,80}},)?\s+(?:(?:also|later|then|again)\s+)?"
    rf"(?:{VERBS}|{alternation(REPORTED_VERBS)})\b"
    rf"(?!\s+(?:{alternation(NOT_REPORTING_AFTER)})\b)"  # not "the letter Mike wrote was"
)
"""A say verb right after a name, or after its appositive: the sentence reports that person."""
QUOTE_MARK = re.compile(r"[“”\"]")
BEFORE = re.compile(rf"(?:{VERBS})(?:\s+[\w ]{{1,30}}?)?\s*[:,]\s*$")


class _Recent(NamedTuple):
    """The last person named whom "he" can stand for, and the last for "she" (by the given
    name's usual gender; unknown names fit both): all a pronoun needs of who was named."""

    he: str | None = None
    she: str | None = None

    def then(self, key: str) -> _Recent:
        """After `key` is named."""
        he, she = _fits(key)
        return _Recent(key if he else self.he, key if she else self.she)

    def by_pronoun(self, pronoun: str) -> str | None:
        return self.he if pronoun == "he" else self.she


@functools.lru_cache(maxsize=4096)
def _fits(key: str) -> tuple[bool, bool]:
    """Whether "he" and "she" can stand for the person: "she" skips a Mike, "he" an Elise;
    a one-word key ("omar") is a surname, not a given name."""
    parts = key.split("-")
    gender = given_name_gender(parts[0]) if len(parts) >= 2 else None
    return gender in (None, "male"), gender in (None, "female")


class _People:
    """A paragraph's people mentions, in order of start, looked up by position (bisection),
    so that a paragraph of thousands of quotes and names is not read whole for each."""

    def __init__(self, people: list[Mention]) -> None:
        self.people = people = sorted(people, key=lambda m: m.start)
        self.starts = [m.start for m in people]
        self.longest = max((m.end - m.start for m in people), default=0)
        self._by_end = sorted(range(len(people)), key=lambda i: people[i].end)
        self._fed = 0
        self._last = [-1, -1]  # highest index of a mention ended so far fitting he / she

    def starting(self, low: int, high: int) -> list[Mention]:
        """Mentions starting in [low, high], in order."""
        lo, hi = bisect_left(self.starts, low), bisect_right(self.starts, high)
        return self.people[lo:hi]

    def recent_before(self, position: int, earlier: _Recent) -> _Recent:
        """`earlier`, then the mentions ending by `position` in paragraph order (positions
        asked for only grow)."""
        while self._fed < len(self._by_end) and (
            self.people[self._by_end[self._fed]].end <= position
        ):
            index = self._by_end[self._fed]
            for side, fits in enumerate(_fits(self.people[index].actor)):
                if fits:
                    self._last[side] = max(self._last[side], index)
            self._fed += 1
        he, she = (self.people[i].actor if i >= 0 else None for i in self._last)
        return _Recent(he or earlier.he, she or earlier.she)


def find_quotes(
    article_id: str,
    paragraphs: Sequence[Paragraph],
    mentions: Sequence[Mention],
    persons: set[str],
) -> list[Quote]:
    """Quotes in article order; `persons` are the local keys of the article's people."""
    by_paragraph: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_paragraph.setdefault(mention.paragraph, []).append(mention)
    quotes: list[Quote] = []
    named = _Recent()  # who "he" and "she" would be, by the persons last named or quoted
    running: str | None = None  # who spoke the last quote of the previous paragraph
    for paragraph in paragraphs:
        people = _People([m for m in by_paragraph.get(paragraph.id, []) if m.actor in persons])
        text = paragraph.text
        earlier = named
        previous: tuple[int, str | None] | None = None  # end and speaker of the last quote here
        for match in QUOTE_RE.finditer(text):
            body = (match.group(1) or match.group(2) or "").strip()
            if len(body) < 8 or len(body.split()) < 3:
                continue
            before = people.recent_before(match.start(), earlier)
            speaker = _speaker(text, match.start(), match.end(), people, before)
            if (
                speaker is None
                and previous is not None
                and CONTINUES.fullmatch(text[previous[0] : match.start()])
            ):
                speaker = previous[1]  # “A,” X said. “B.”: the same voice goes on
            if (
                speaker is None
                and previous is None
                and not people.people
                and not text[: match.start()].strip()
            ):
                speaker = running  # a paragraph opening on a quote, after a quoted speaker's
            previous = (match.end(), speaker)
            if speaker is not None:
                earlier = before.then(speaker)
            quotes.append(
                Quote(
                    speaker=speaker,
                    text=body,
                    article=article_id,
                    paragraph=paragraph.id,
                    start=match.start(),
                    end=match.end(),
                )
            )
        for mention in people.people:
            named = named.then(mention.actor)
        if previous is not None and previous[1] is not None:
            named = named.then(previous[1])
        running = (
            previous[1] if previous is not None and _ends_on_quote(text, previous[0]) else None
        )
    return quotes


def _ends_on_quote(text: str, quote_end: int) -> bool:
    """The paragraph's last words are its last quote or that quote's attribution."""
    return CONTINUES.fullmatch(text[quote_end:]) is not None or not text[quote_end:].strip()


def _speaker(text: str, start: int, end: int, people: _People, named: _Recent) -> str | None:
    after = text[end : end + 80]
    # “…,” said X / “…,” suggests X
    verb = AFTER_VERB_FIRST.match(after)
    if verb:
        at = end + verb.end()
        for mention in people.starting(at, at + 2):
            return mention.actor
    # “…,” X said / X added
    for mention in people.starting(end, end + 50):
        gap = text[end : mention.start]
        if (
            # "the group's leader X said", "U.S. Secretary of State X said"
            re.fullmatch(r"[\s,.]*(?:[\w'’-]+(?:\.[\w'’-]*)*\s+){0,6}", gap)
            and AFTER_NAME.match(text, mention.end)
        ):
            return mention.actor
    # “…,” he said
    pronoun = PRONOUN_AFTER.match(after)
    if pronoun:
        return named.by_pronoun((pronoun["p1"] or pronoun["p2"]).lower())
    # X said: “…”
    before = text[max(0, start - 60) : start]
    if BEFORE.search(before):
        cut = start - len(before) + BEFORE.search(before).start()
        near = people.starting(cut - 3 - people.longest, cut)
        candidates = [m for m in near if cut - 3 <= m.end <= cut]
        if candidates:
            return candidates[-1].actor
    # X said the bloc had sent “a very clear signal” / X told reporters that it was “…”
    sentence = max(text.rfind(". ", 0, start) + 2, 0)
    for mention in reversed(people.starting(sentence, start)):
        if mention.end > start:
            continue
        verb = REPORTED.match(text, mention.end)
        if verb and verb.end() <= start and not QUOTE_MARK.search(text, verb.end(), start):
            return mention.actor
    return None
