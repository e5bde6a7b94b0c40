"""Measure our dated events against TempEval-3 TBAQ's gold event–date anchorings.

    .venv/bin/python bench/events_tbaq.py [--data DIR] [--errors N]

Each TBAQ document (read by `bench/tbaq_tml.py`) becomes an article (its DCT the
publication date, its text cut into paragraphs at blank lines) and goes through
`article_timexes` and `events.dated_clauses`, as a build runs them. The gold is the TLINKs between an EVENT and a TIMEX3 of type DATE or
TIME written in the text (not the DCT: we only date clauses by an expression they hold)
with relType IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS, BEGUN_BY, ENDED_BY or
INCLUDES: "the EVENT happened at that date". A gold date is the TIMEX3's value read as we
read ours (`events.event_date`: a week becomes its month); values with no calendar date
(PRESENT_REF, decades) anchor nothing.

- An event of ours is RIGHT when its source sentence holds a gold EVENT that the gold
  anchors to a date equal to ours at our precision (gold 1998-08-07 makes 1998-08 right,
  not the other way round). Precision = right / our events.
- Recall counts gold anchorings once per (sentence, date) pair: one is produced when an
  event of ours has that sentence and a date equal to it at our precision. TBAQ often
  links an event to a date written in another sentence, which no clause of ours holds, so
  recall is also given on the pairs whose date is written in their own sentence.

Sentences are `generator.text.sentences` sentences of the paragraph, for both sides.
Documents are split into read / unread by `bench/split.py`; the breakdown of our wrong
events by kind (the first that applies, in `KINDS` order) and the error list are printed
for the read part only. TBAQ links are not exhaustive: some "unlinked" events are right.
The data lives outside the project (`../shared/bench/tempeval3/tbaq`); when missing, this
says so and exits 0.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.events import dated_clauses, event_date  # noqa: E402
from generator.models import Article, Paragraph  # noqa: E402
from generator.text.sentences import sentence_at  # noqa: E402
from generator.timex import article_timexes  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import PARTS, part_of  # noqa: E402
from tbaq_tml import GoldEvent, GoldTimex, Tally, TbaqDoc, parse_tml  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "tempeval3" / "tbaq"
ANCHORING = frozenset(
    {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY", "INCLUDES"}
)
VERBAL = frozenset({"PAST", "PRESENT", "FUTURE", "INFINITIVE", "PRESPART", "PASTPART"})
OPINION_CLASSES = frozenset({"I_STATE", "STATE"})
MISSED_KINDS = (
    "date only in another sentence",
    "date not found",
    "date read otherwise",
    "no event made of the date",
)
"""Kinds of missed anchoring: the gold links the sentence's event to a date written in
another sentence (no clause of ours can hold it), our timexes miss the date, give it
another value, or find it and make no event of it (a dateline, a clause saying nothing)."""
KINDS = (
    "date value wrong",
    "not a gold date",
    "date anchors another sentence",
    "date is a bound (before/after)",
    "wrong timex attached",
    "verbless",
    "opinion/modal/negated",
    "generic/unlinked",
)
"""Kinds of wrong event, each tried in this order; the first that applies is counted."""

_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Ours:
    """One event of ours, offsets into the document's text."""

    date: str
    sentence: tuple[int, int]
    clause: tuple[int, int]
    expression: tuple[int, int]
    summary: str


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each blank-line separated paragraph; its inner line breaks become
    spaces, so offsets stay the document's."""
    found, start = [], 0
    for cut in [*_BLANK_LINE.finditer(text), None]:
        end = cut.start() if cut else len(text)
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            offset = start + len(chunk) - len(chunk.lstrip())
            found.append((offset, stripped.replace("\n", " ")))
        start = cut.end() if cut else len(text)
    return found


def to_article(doc: TbaqDoc) -> tuple[Article, dict[str, int]]:
    """The document as an article dated by its DCT, and each paragraph's offset."""
    parts = paragraphs(doc.text)
    article = Article(
        id=doc.name,
        source=f"{doc.name}.tml",
        title="",
        subtitle=None,
        authors=(),
        publication=None,
        published=doc.dct or None,
        published_basis="text" if doc.dct else None,
        url=None,
        caption=None,
        credit=None,
        paragraphs=tuple(Paragraph(f"p{i}", t) for i, (_, t) in enumerate(parts, 1)),
    )
    return article, {f"p{i}": offset for i, (offset, _) in enumerate(parts, 1)}


def our_events(doc: TbaqDoc) -> list[Ours]:
    """Our dated events for the document, offsets into its text."""
    article, offsets = to_article(doc)
    timexes = article_timexes(article)
    found = []
    for dated in dated_clauses(article, timexes):
        source = dated.event.sources[0]
        base = offsets[source.paragraph]
        c_start, c_end = dated.clause
        expression = next(
            (
                (base + t.start, base + t.end)
                for t in timexes
                if t.paragraph == source.paragraph
                and t.text == source.expression
                and c_start <= t.start < c_end
            ),
            (base + c_start, base + c_start),
        )
        found.append(
            Ours(
                dated.event.date,
                (base + dated.sentence[0], base + dated.sentence[1]),
                (base + c_start, base + c_end),
                expression,
                dated.event.summary,
            )
        )
    return found


def our_dates(doc: TbaqDoc) -> list[tuple[int, int, str | None]]:
    """Start, end (in the document) and event date of each DATE or TIME we recognise."""
    article, offsets = to_article(doc)
    return [
        (
            offsets[t.paragraph] + t.start,
            offsets[t.paragraph] + t.end,
            event_date(t.value[:10] if t.type == "TIME" else t.value, t.mod),
        )
        for t in article_timexes(article)
        if t.type in ("DATE", "TIME") and t.paragraph in offsets
    ]


def written_here(doc: TbaqDoc, sentence: tuple[int, int], date: str) -> list[GoldTimex]:
    """The gold timexes of `date` inside `sentence` that anchor one of its events."""
    starts = {e.eid: e.start for e in doc.events}
    anchoring = {
        link.tid
        for link in doc.links
        if link.rel in ANCHORING and _inside(starts.get(link.eid, -1), sentence)
    }
    return [
        t
        for t in doc.timexes
        if t.tid in anchoring and t.date == date and _inside(t.start, sentence)
    ]


def missed_kind(doc: TbaqDoc, sentence: tuple[int, int], date: str) -> str:
    """Why a gold (sentence, date) anchoring has no event of ours: the first of
    `MISSED_KINDS` that applies to the gold timexes that anchor it."""
    golds = written_here(doc, sentence, date)
    if not golds:
        return MISSED_KINDS[0]
    found = [
        ours for ours in our_dates(doc) if any(ours[0] < t.end and t.start < ours[1] for t in golds)
    ]
    if not found:
        return MISSED_KINDS[1]
    if not any(value and date.startswith(value) for _, _, value in found):
        return MISSED_KINDS[2]
    return MISSED_KINDS[3]


def _sentence_of(doc: TbaqDoc, offset: int) -> tuple[int, int]:
    """The document span of the sentence (as ours are cut) holding `offset`."""
    for base, text in reversed(paragraphs(doc.text)):
        if base <= offset:
            start, end = sentence_at(text, offset - base)
            return base + start, base + end
    return offset, offset


def anchorings(doc: TbaqDoc) -> list[tuple[GoldEvent, str]]:
    """Each gold EVENT with each date an anchoring TLINK gives it."""
    events = {e.eid: e for e in doc.events}
    dates = {t.tid: t.date for t in doc.timexes if t.type in ("DATE", "TIME")}
    return sorted(
        {
            (events[link.eid], dates[link.tid])
            for link in doc.links
            if link.rel in ANCHORING and link.eid in events and dates.get(link.tid)
        },
        key=repr,
    )


@dataclass
class Score(Tally):
    docs: int = 0
    ours: int = 0
    right: int = 0
    gold: int = 0
    hit: int = 0
    local: int = 0
    """Gold anchorings whose date is written in their own sentence: all a clause can hold."""
    local_hit: int = 0


def _inside(offset: int, span: tuple[int, int]) -> bool:
    return span[0] <= offset < span[1]


def wrong_kind(doc: TbaqDoc, event: Ours, anchored: list[tuple[GoldEvent, str]]) -> str:
    """Why an event of ours is wrong: the first of `KINDS` that applies."""
    overlapping = [
        t
        for t in doc.timexes
        if t.type in ("DATE", "TIME")
        and t.start < event.expression[1]
        and event.expression[0] < t.end
    ]
    if not overlapping:
        return "not a gold date"
    timex = next((t for t in overlapping if t.date and t.date.startswith(event.date)), None)
    if timex is None:
        return "date value wrong"
    starts = {e.eid: e.start for e in doc.events}
    links = [link for link in doc.links if link.tid == timex.tid and link.eid in starts]
    here = [link for link in links if _inside(starts[link.eid], event.sentence)]
    if any(link.rel in ANCHORING for link in links) and not here:
        return "date anchors another sentence"
    if here:
        return "date is a bound (before/after)"
    if any(_inside(e.start, event.sentence) for e, _ in anchored):
        return "wrong timex attached"
    verbal = [e for e in doc.events if _inside(e.start, event.clause) and e.tense in VERBAL]
    if not verbal:
        return "verbless"
    if all(e.modality or e.cls in OPINION_CLASSES or e.polarity == "NEG" for e in verbal):
        return "opinion/modal/negated"
    return "generic/unlinked"


def score_document(
    doc: TbaqDoc, kinds: Counter[str] | None = None, errors: list[str] | None = None
) -> Score:
    """Precision and recall counts for one document; `kinds` and `errors` collect why (a
    missed anchoring's kind counts as `MISSED <kind>`)."""
    ours = our_events(doc)
    anchored = anchorings(doc)
    score = Score(docs=1, ours=len(ours))
    for event in ours:
        if any(_inside(e.start, event.sentence) and d.startswith(event.date) for e, d in anchored):
            score.right += 1
            continue
        kind = wrong_kind(doc, event, anchored)
        if kinds is not None:
            kinds[kind] += 1
        if errors is not None:
            said = doc.text[event.expression[0] : event.expression[1]]
            errors.append(f"{kind:<30} {doc.name} {event.date} [{said}] {event.summary}")
    pairs = {(_sentence_of(doc, e.start), d) for e, d in anchored}
    score.gold = len(pairs)
    for sentence, date in sorted(pairs):
        local = bool(written_here(doc, sentence, date))
        score.local += local
        if any(
            o.sentence[0] < sentence[1] and sentence[0] < o.sentence[1] and date.startswith(o.date)
            for o in ours
        ):
            score.hit += 1
            score.local_hit += local
            continue
        missed = missed_kind(doc, sentence, date) if kinds is not None or errors else ""
        if kinds is not None:
            kinds[f"MISSED {missed}"] += 1
        if errors is not None:
            context = doc.text[sentence[0] : sentence[1]].replace("\n", " ")[:160]
            errors.append(f"MISSED {missed:<23} {doc.name} {date} {context}")
    return score


def _f1(s: Score) -> tuple[float, float, float]:
    p = s.right / s.ours if s.ours else 0.0
    r = s.hit / s.gold if s.gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def format_row(name: str, s: Score) -> str:
    p, r, f = _f1(s)
    local = s.local_hit / s.local if s.local else 0.0
    return (
        f"{name:<8} {s.docs:>4} {s.ours:>5} {s.right:>5} {s.gold:>5} {s.hit:>5}  "
        f"{p:5.3f} {r:5.3f} {f:5.3f}  {s.local:>5} {local:5.3f}"
    )


HEADER = (
    f"{'part':<8} {'docs':>4} {'ours':>5} {'right':>5} {'gold':>5} {'hit':>5}  P     R     F1"
    "     same-sentence gold, R"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the tbaq folder")
    parser.add_argument("--errors", type=int, default=0, help="print up to N read-part errors")
    args = parser.parse_args(argv)
    paths = sorted(args.data.rglob("*.tml")) if args.data.is_dir() else []
    if not paths:
        print(f"TempEval-3 data not found in {args.data}: nothing measured.")
        return 0
    scores = {part: Score() for part in PARTS}
    kinds: Counter[str] = Counter()
    errors: list[str] = []
    for path in paths:
        part = part_of(path.stem)
        doc = parse_tml(path.read_text("utf-8"), path.stem)
        read = part == "read"  # unread: scored only
        scores[part].add(score_document(doc, kinds if read else None, errors if read else None))
    total = Score()
    print(HEADER)
    for part in PARTS:
        total.add(scores[part])
        print(format_row(part, scores[part]))
    print(format_row("total", total))
    wrong = sum(kinds[kind] for kind in KINDS)
    print(f"\nour wrong events on the read part, by kind ({wrong}):")
    for kind in KINDS:
        share = kinds[kind] / wrong if wrong else 0.0
        print(f"  {kind:<30} {kinds[kind]:>5}  {share:5.1%}")
    missed = sum(kinds[f"MISSED {kind}"] for kind in MISSED_KINDS)
    print(f"\nmissed gold anchorings on the read part, by kind ({missed}):")
    for kind in MISSED_KINDS:
        share = kinds[f"MISSED {kind}"] / missed if missed else 0.0
        print(f"  {kind:<30} {kinds[f'MISSED {kind}']:>5}  {share:5.1%}")
    if args.errors:
        print("\nerrors from the read part only")
        print("\n".join(sorted(errors)[: args.errors]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
