"""TimeML as TempEval-3 TBAQ writes it: a document's text, EVENTs, TIMEX3s and TLINKs.

The text is what `bench/tempeval.py` reads (strictly between <TEXT> and </TEXT>, tags
removed, entities decoded), so offsets agree with its timex scores. `bench/events_tbaq.py`
scores our dated events against the links.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass, fields
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.events import event_date  # noqa: E402

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')

Span = tuple[str, int, int, dict[str, str]]
"""A tag's name, its start and end in the plain text, and its attributes."""


@dataclass(frozen=True)
class GoldEvent:
    eid: str
    start: int
    end: int
    cls: str
    tense: str = "NONE"
    modality: str = ""
    polarity: str = "POS"


@dataclass(frozen=True)
class GoldTimex:
    tid: str
    start: int
    end: int
    type: str
    date: str | None
    """The value read as `events.event_date` reads ours; None when it names no date."""


@dataclass(frozen=True)
class Link:
    eid: str
    tid: str
    rel: str


@dataclass(frozen=True)
class TbaqDoc:
    name: str
    dct: str
    text: str
    events: tuple[GoldEvent, ...]
    timexes: tuple[GoldTimex, ...]
    links: tuple[Link, ...]
    """Every EVENT–TIMEX3 TLINK, either direction, the DCT left out."""


def _gold_date(value: str, kind: str) -> str | None:
    """A TIMEX3 value as a date: a TIME's day, unknown parts ("1952-XX") left off."""
    value = value.split("T")[0] if kind == "TIME" else value
    return event_date(re.sub(r"(?:-(?:XX|WXX|QX))+$", "", value))


def _tagged(body: str) -> tuple[str, list[Span]]:
    """Plain text of `body` (tags removed, entities decoded) and its EVENT / TIMEX3 spans."""
    plain: list[str] = []
    length, position = 0, 0
    spans, open_tags = [], {}
    for match in _TAG.finditer(body):
        chunk = html.unescape(body[position : match.start()])
        plain.append(chunk)
        length += len(chunk)
        position = match.end()
        closing, name, attrs, _ = match.groups()
        if name not in ("EVENT", "TIMEX3"):
            continue
        if not closing:
            open_tags[name] = (length, dict(_ATTR.findall(attrs)))
        elif name in open_tags:
            start, attributes = open_tags.pop(name)
            spans.append((name, start, length, attributes))
    plain.append(html.unescape(body[position:]))
    return "".join(plain), spans


def read_tml(raw: str) -> tuple[str, str, list[Span]]:
    """A .tml file's creation day (`YYYY-MM-DD`, or "" without one), its plain text
    (strictly between <TEXT> and </TEXT>, tags removed, entities decoded) and the EVENT /
    TIMEX3 spans in it, in the order they close."""
    dct_match = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    dct = dct_match.group(1)[:10] if dct_match else ""
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    return (dct, *_tagged(body))


def parse_tml(raw: str, name: str) -> TbaqDoc:
    """A TBAQ .tml file's text (as `bench/tempeval.py` reads it), events, timexes and links."""
    dct, text, spans = read_tml(raw)
    instances = {}
    for match in re.finditer(r"<MAKEINSTANCE\b([^>]*)>", raw):
        attrs = dict(_ATTR.findall(match.group(1)))
        instances[attrs.get("eiid", "")] = attrs
    events, timexes = [], []
    for tag, start, end, attrs in spans:
        if tag == "TIMEX3":
            kind = attrs.get("type", "")
            date = _gold_date(attrs.get("value", ""), kind) if kind in ("DATE", "TIME") else None
            timexes.append(GoldTimex(attrs.get("tid", ""), start, end, kind, date))
        else:
            events.append(GoldEvent(attrs.get("eid", ""), start, end, attrs.get("class", "")))
    by_eid = {}
    for attrs in instances.values():
        by_eid.setdefault(attrs.get("eventID", ""), attrs)
    events = [
        GoldEvent(
            e.eid,
            e.start,
            e.end,
            e.cls,
            by_eid.get(e.eid, {}).get("tense", "NONE"),
            by_eid.get(e.eid, {}).get("modality", ""),
            by_eid.get(e.eid, {}).get("polarity", "POS"),
        )
        for e in events
    ]
    in_text = {t.tid for t in timexes}
    links = []
    for match in re.finditer(r"<TLINK\b([^>]*)>", raw):
        a = dict(_ATTR.findall(match.group(1)))
        instance = a.get("eventInstanceID") or a.get("relatedToEventInstance")
        tid = a.get("relatedToTime") or a.get("timeID")
        if instance in instances and tid in in_text:
            links.append(Link(instances[instance].get("eventID", ""), tid, a.get("relType", "")))
    return TbaqDoc(
        name, dct, text, tuple(events), tuple(timexes), tuple(sorted(set(links), key=repr))
    )


class Tally:
    """Counts summed over documents: a dataclass of numbers that adds another's, field by
    field (each TBAQ score keeps one)."""

    def add(self, other: Tally) -> None:
        for field in fields(self):  # type: ignore[arg-type]
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))
