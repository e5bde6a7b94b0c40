"""Direct quotations and their speakers, by the attribution patterns of news prose.

Recognised, with X a person mentioned at that place (or "he"/"she" → the last person named):
`“…,” said X` · `“…,” X said/added/suggested` · `“…,” suggests X` · `X said: “…”` ·
`X told <someone>: “…”`. A quote with no such attribution keeps speaker None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .models import Mention, Paragraph, Quote

QUOTE_RE = re.compile(r"“([^”]{8,}?)”|\"([^\"]*)\"")
"""Curly quotes, or straight ones taken in pairs (a short scare quote such as "never" must
not make its closing mark open the next quotation)."""
VERBS = (
    r"said|says|added|adds|told|tells|suggests|suggested|argued|argues|warned|warns|noted|"
    r"notes|explained|explains|insisted|insists|stressed|stresses|wrote|writes|continued|"
    r"asked|asks|replied|declared|according to"
)
AFTER_VERB_FIRST = re.compile(rf"^[\s,.]*(?:{VERBS})\s+$|^[\s,.]*(?:{VERBS})\s+(?=\S)")
# "X said" or "X, the EU's foreign policy chief, wrote"
AFTER_NAME_FIRST = re.compile(rf"^\s*(?:,[^,“”\"]{{1,80}},\s*)?(?:{VERBS})\b")
PRONOUN_AFTER = re.compile(rf"^[\s,.]*(?:(?:he|she)\s+(?:{VERBS})|(?:{VERBS})\s+(?:he|she))\b")
BEFORE = re.compile(rf"(?:{VERBS})(?:\s+[\w ]{{1,30}}?)?\s*[:,]\s*$")


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
    last_person: str | None = None
    for paragraph in paragraphs:
        people = [m for m in by_paragraph.get(paragraph.id, []) if m.actor in persons]
        text = paragraph.text
        for match in QUOTE_RE.finditer(text):
            body = (match.group(1) or match.group(2) or "").strip()
            if len(body) < 8 or len(body.split()) < 3:
                continue
            before_people = [m for m in people if m.end <= match.start()]
            if before_people:
                last_person = before_people[-1].actor
            speaker = _speaker(text, match.start(), match.end(), people, last_person)
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
            if speaker is not None:
                last_person = speaker
        if people:
            last_person = people[-1].actor
    return quotes


def _speaker(
    text: str, start: int, end: int, people: list[Mention], last_person: str | None
) -> str | None:
    after = text[end : end + 80]
    # “…,” said X / “…,” suggests X
    verb = AFTER_VERB_FIRST.match(after)
    if verb:
        at = end + verb.end()
        for mention in people:
            if at <= mention.start <= at + 2:
                return mention.actor
    # “…,” X said / X added
    for mention in people:
        gap = text[end : mention.start]
        if (
            end <= mention.start <= end + 50
            # "the group's leader X said", "U.S. Secretary of State X said"
            and re.fullmatch(r"[\s,.]*(?:[\w'’-]+(?:\.[\w'’-]*)*\s+){0,6}", gap)
            and AFTER_NAME_FIRST.match(text[mention.end :])
        ):
            return mention.actor
    # “…,” he said
    if PRONOUN_AFTER.match(after):
        return last_person
    # X said: “…”
    before = text[max(0, start - 60) : start]
    if BEFORE.search(before):
        cut = start - len(before) + BEFORE.search(before).start()
        candidates = [m for m in people if cut - 3 <= m.end <= cut]
        if candidates:
            return candidates[-1].actor
    return None
