"""Authors (and the outlet they sign for) from a byline line, whatever its shape.

Cues ("By", "Por", "Von"), joiners, roles, wire agencies and name particles come from the
language tables (`words.py`); the patterns are built from them here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..clean.bio import bio_start, closing
from ..models import HtmlMetadata, Paragraph
from .dates import DMY_RE, ISO_RE, MDY_RE, NUMERIC_RE, TIME_RE
from .words import (
    ARTICLES,
    AUTHOR_JOINERS,
    BYLINE_CUE_VERBS,
    BYLINE_CUES,
    DATE_PREPOSITIONS,
    ENGLISH_MONTHS,
    JOB_WORDS,
    NAME_LIST_JOINERS,
    NAME_PARTICLES,
    NEVER_SURNAME_MONTHS,
    NOT_AUTHORS,
    OUTLET_NAME_JOINERS,
    OUTLET_STAFF,
    OUTLET_WORDS,
    ROLE_HEADS,
    ROLES,
    WEEKDAYS,
    WIRE_AGENCIES,
    alternation,
)

_THE = rf"(?:{alternation(ARTICLES)})"
_CUES = alternation(BYLINE_CUES)
_BY_PREFIX_RE = re.compile(
    rf"^\s*(?:(?:{alternation(BYLINE_CUE_VERBS)}) )?(?:{_CUES})\s*:?\s+", re.I
)
_PREPOSITIONS = alternation(DATE_PREPOSITIONS)
_CUE_AFTER_DATE_RE = re.compile(
    rf"[\s,]*(?:(?i:{_PREPOSITIONS})\s+)?(?:\d{{1,2}}[:.]\d{{2}}\s*(?i:[ap]\.?m\.?)?\s*"
    rf"(?:[A-Z]{{2,4}}\b)?)?[\s,]*(?i:{_CUES})\s+\S"
)
"""A byline cue after the date, maybe after its time: "… 2019 at 9:05 am by A"."""
_PREPOSITION_TAIL_RE = re.compile(rf"\s+(?:{_PREPOSITIONS})\s*$", re.I)
"""The word left before a cut date: "Posted by A on <date>" → "Posted by A"."""
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S*[a-z0-9]\.[a-z]{2,}/\S*|\(?\S*@[\w.]+\)?")
"""A web address, a URL fragment, a handle or an e-mail in a byline line: never a name."""
BY_ALONE_RE = re.compile(rf"^\s*(?:{_CUES})\s*:?\s*$", re.I)
"""A byline cue on a line of its own ("By"), the name on the next line."""
_ROLE_RE = re.compile(rf"\b(?:{alternation(ROLES)})\b", re.I)
# A job title ends on its head noun: "Middle East Correspondent", "Senior Staff Writer".
_ROLE_HEAD_RE = re.compile(rf"(?:{alternation(ROLE_HEADS)})s?", re.I)
_NAME_WORD_RE = re.compile(rf"^(?:[^\W\d_](?:[^\W\d_]|[.'’-])*|{alternation(NAME_PARTICLES)})$")
# no digit or underscore: "jdoe_88", "JaneDoe2021" are usernames
# the first letter's case is checked apart: any script's capitals ("Вера", "Ñúñez")
OUTLET_RE = re.compile(
    rf"^(?:{_THE} )?[A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|{alternation(OUTLET_NAME_JOINERS)}))*$"
)
_CALENDAR_WORD_RE = re.compile(rf"^(?:{alternation(WEEKDAYS + ENGLISH_MONTHS)})\.?$", re.I)
"""A weekday or a month, left over from a date in the byline line: never an author."""
_JOB_WORD_RE = re.compile(rf"(?i:{alternation(JOB_WORDS)})")
"""A job after an outlet's name in a byline ("Live Science Contributor")."""
_GLUED_OUTLET_RE = re.compile(r"\b([A-Z][a-z]{2,})([A-Z]{2,}[A-Za-z]*)\b")
"""A name and an outlet that a scraper glued together: "GarberFOXBusiness"."""
_STAFF_RE = re.compile(
    rf"^((?:{_THE} )?[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){{0,4}}) (?i:{alternation(OUTLET_STAFF)})$"
)
"""An outlet signing as itself: "Jerusalem Post Staff", "Times Wire"."""
_WIRE = rf"(?:{alternation(WIRE_AGENCIES)})"
WIRE_RE = re.compile(rf"(?i:{_THE}\s+)?{_WIRE}")
"""A wire agency's name, alone ("The Associated Press", "Reuters")."""
_WIRE_TAIL_RE = re.compile(rf"^(.+?)\s+((?i:{_THE} )?{_WIRE})$")
"""A name with its agency glued after it: "JILL LAWLESS Associated Press"."""
_ARTICLE_RE = re.compile(rf"(?i)^{_THE}\s+")
_AUTHOR_SPLIT_RE = re.compile(rf"\s*,\s*|\s+(?:{alternation(AUTHOR_JOINERS)})\s+")
_NAME_LIST_SPLIT_RE = re.compile(rf",| (?:{alternation(NAME_LIST_JOINERS)}) ")
_PARTICLES = frozenset(NAME_PARTICLES)
_NOT_AUTHORS = frozenset(NOT_AUTHORS)


def without_article(name: str) -> str:
    """An outlet's name without its leading article ("The Associated Press")."""
    return _ARTICLE_RE.sub("", name)


def _name_case(name: str) -> str:
    """A name in capitals as a name is written ("DANICA KIRKA" → "Danica Kirka",
    "O'NEILL" → "O'Neill"); any other spelling is left alone."""
    if not name.isupper() or len(name) < 4:
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), name)


def _outlet_like(chunk: str) -> bool:
    """An outlet after the authors: an acronym ("CNN") or a name ending on a word outlet
    names end on ("Business Insider", "Daily Star")."""
    words = chunk.split()
    if len(words) == 1 and chunk.isupper() and 2 <= len(chunk) <= 5:
        return True
    return len(words) >= 2 and words[-1].lower() in OUTLET_WORDS and OUTLET_RE.match(chunk)


def _looks_like_name(candidate: str) -> bool:
    words = candidate.split()
    if not 1 <= len(words) <= 5:
        return False
    if not words[0][:1].isupper():
        return False
    return all(_NAME_WORD_RE.match(w) and (w[:1].isupper() or w in _PARTICLES) for w in words)


def _looks_like_name_list(parts: list[str]) -> bool:
    return any(_looks_like_name(c.strip()) for p in parts for c in _NAME_LIST_SPLIT_RE.split(p))


def _is_role(chunk: str) -> bool:
    words = chunk.split()
    hits = sum(1 for w in words if _ROLE_RE.fullmatch(w))
    return (
        hits >= 1
        and hits * 2 >= len(words)
        or bool(words)
        and bool(_ROLE_HEAD_RE.fullmatch(words[-1]))
        or chunk.lower() in _NOT_AUTHORS
    )


def _split_outlet(line: str) -> tuple[list[str], str | None]:
    """The byline's parts, and the outlet after a separator ("A /Foreign Policy")."""
    parts = re.split(r"\s*(?:/|\||\\-|\s[-–—]\s|\s·\s)\s*", line)
    if len(parts) >= 2:
        tail = parts[-1].strip()
        if OUTLET_RE.match(tail) and _looks_like_name_list(parts[:-1]):
            words = tail.split()
            while len(words) > 1 and _JOB_WORD_RE.fullmatch(words[-1]):
                words.pop()  # "Live Science Contributor" → "Live Science"
            return parts[:-1], " ".join(words)
    return parts, None


def parse_byline(text: str) -> tuple[list[str], str | None]:
    """Authors and outlet from a byline line, whatever its shape.

    "By A and B", "By A, B and C", "A, Staff Reporter", "Robbie Gramer /Foreign Policy",
    "Chris Davies - Nov 19, 2019" (the date part is ignored here).
    """
    line = text.strip()
    for found in (ISO_RE, MDY_RE, DMY_RE, NUMERIC_RE):
        match = found.search(line)
        if match:
            after = line[match.end() :]
            # "Posted on 15 October 2019 by A": the name follows the date
            cue = _CUE_AFTER_DATE_RE.match(after)
            line = after[cue.end() - 1 :] if cue else line[: match.start()]
    line = _PREPOSITION_TAIL_RE.sub("", TIME_RE.sub("", _URL_RE.sub(" ", line)))
    line = _BY_PREFIX_RE.sub("", line).strip(" -–—|,:·•")
    line = _GLUED_OUTLET_RE.sub(r"\1 | \2", line)  # "Jonathan GarberFOXBusiness"
    parts, outlet = _split_outlet(line)
    authors: list[str] = []
    for part in parts:
        for chunk in _AUTHOR_SPLIT_RE.split(part):
            outlet = _read_chunk(chunk.strip(" .-–—"), authors, outlet)
    return authors, outlet


def _read_chunk(chunk: str, authors: list[str], outlet: str | None) -> str | None:
    """Add the author a byline chunk names to `authors`; return the outlet as it now is."""
    if not chunk:
        return outlet
    words = chunk.split()
    while len(words) > 1 and words[-1].lower() in NEVER_SURNAME_MONTHS:
        words.pop()  # "Carrie Arnold November": a date's month left behind
    chunk = " ".join(words)
    staff = _STAFF_RE.match(chunk)
    if staff and outlet is None:
        return _name_case(staff.group(1))  # "JERUSALEM POST STAFF"
    if WIRE_RE.fullmatch(chunk):
        return outlet or without_article(chunk)  # "The Associated Press"
    wire = _WIRE_TAIL_RE.match(chunk)
    if wire and len(wire.group(1).split()) >= 2 and _looks_like_name(wire.group(1)):
        chunk, outlet = wire.group(1), outlet or wire.group(2)
    elif authors and outlet is None and _outlet_like(chunk):
        return chunk  # "Sandee LaMotte, CNN", "Charlie Wood, Business Insider"
    chunk = _name_before_lower(_name_case(chunk))
    if (
        _looks_like_name(chunk)
        and not _is_role(chunk)
        and not _CALENDAR_WORD_RE.match(chunk)
        and chunk not in authors
    ):
        authors.append(chunk)
    return outlet


def _name_before_lower(chunk: str) -> str:
    """A name and a lower-case tail after it ("Jane Doe in News", a blog's category):
    the name. Anything else is returned as it is."""
    words = chunk.split()
    for n, word in enumerate(words):
        if word[:1].islower() and word not in _PARTICLES:
            head = " ".join(words[:n])
            return head if n >= 2 and _looks_like_name(head) else chunk
    return chunk


def page_authors(html: HtmlMetadata | None) -> tuple[str, ...]:
    """The page's own author field, read like a byline: roles, outlets, months dropped
    ("Tom Krisher, AP Auto Writer" → Tom Krisher)."""
    if html is None or not html.authors:
        return ()
    return tuple(parse_byline(", ".join(html.authors))[0])


def with_declared(found: tuple[str, ...], html: HtmlMetadata | None) -> tuple[str, ...]:
    """The authors the page's JSON-LD declares when the byline found none, or found only
    some of them ("By Ann Roe" over a JSON-LD list of Ann Roe and Ben Poe); a byline
    naming someone else stands. "admin" and the like are no authors here either."""
    declared = tuple(
        name
        for name in (html.declared_authors if html is not None else ())
        if name.lower() not in _NOT_AUTHORS
    )
    if not declared or not found:
        return found or declared
    keys = {_name_key(name) for name in declared}
    if len(declared) > len(found) and all(_name_key(name) in keys for name in found):
        return declared
    return found


def _name_key(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.casefold()))


def cut_author_bio(
    body: tuple[Paragraph, ...], authors: Iterable[str]
) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
    """The body without a closing author bio, and the bio: the cleaner's own cutter
    (`clean.bio.bio_start`), now that the authors are known ("Jane Roe is our Moscow
    correspondent. She previously …")."""
    closings = [closing(p.text, p.is_list, p.kind == "body") for p in body]
    found = bio_start(closings, authors)
    if found is None:
        return body, ()
    return body[:found], body[found:]
