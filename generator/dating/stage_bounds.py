"""An event's stage across articles bounds an undated article's day.

A gathering (talks, a meeting, a summit) opens and ends once. An undated article that
reports it begun, under way or still to close ("the talks in Brisk opened on Monday", "a
communique expected to be signed in Brisk") and says nothing of its end was written before
it ended; a dated article that reports the same gathering over ("the talks in Brisk
ended"), published on the 25th, tells it ended by then: the undated one was published on
or before the 25th. The other way round (over here, still open in the dated one) it was
published on or after that day. The whole risk is "the same gathering": two reports match
only when they share an anchor, a capitalised word naming where it is held or who takes
part ("in Brisk", "between Valdoria and Kesmet", "the Brisk talks"), not any name of the
story; a clause with a negation, a condition or inside a quotation reports nothing, and
"the next round" is another gathering. Words: `lang/en/stage_bounds.json`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from ..actors.gazetteer import demonym_states
from ..actors.lexicon import fold
from ..events.words import EVENT_NOUNS, MONTH_NAMES, STOPWORDS, alternatives
from ..lang import load
from ..models import Article, Timex
from ..text.sentences import sentence_spans
from .resolve import calendar_span

_TABLE = load("en", "stage_bounds.json")


def _alternation(key: str, more: Sequence[str] = ()) -> re.Pattern[str]:
    entries = alternatives([*_TABLE[key], *more])
    return re.compile(rf"(?<![\w-])(?:{entries})(?![\w])", re.IGNORECASE)


GATHERINGS = frozenset(
    noun
    for noun, kind in EVENT_NOUNS.items()
    if kind in _TABLE["staged_kinds"] and noun not in _TABLE["not_staged"]
)
"""Event nouns of a kind that opens and ends (`events.json`'s, the staged kinds)."""
CLOSING = _alternation("closing_documents")
OPEN = _alternation("open")
OVER = _alternation("over")
NEGATION = _alternation("negations")
CONDITION = _alternation("conditionals")
ELSEWHERE = _alternation("elsewhere_in_time", [m for m in MONTH_NAMES if len(m) > 3])
"""A year, a month's name, "ago", "last year": the clause dates what it reports away from
the article's own days (another round, held before)."""
OTHER = frozenset(_TABLE["other_occurrence"])
ROUTINE = frozenset(_TABLE["not_staged_before"])
PLACE_WORDS = frozenset(_TABLE["place_words"])
PARTY_WORDS = frozenset(_TABLE["party_words"])
PLACE_SUFFIXES = tuple(_TABLE["place_suffixes"])
BEFORE_WORDS: int = _TABLE["before_words"]
CUE_WORDS: int = _TABLE["cue_words"]
LEAD_WORDS: int = _TABLE["lead_words"]
SLOT_WORDS: int = _TABLE["slot_words"]
SLOT_STOPS = frozenset(_TABLE["slot_stops"])

_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s[—–-]\s|[—–]")
_TOKEN = re.compile(r"[^\s\"“”]+")
_EDGES = "\"'“”‘’.,;:!?()[]"
_QUOTES = re.compile(r"\"[^\"]*\"|“[^”]*”")


@dataclass(frozen=True)
class Report:
    """A clause reporting a gathering open (begun, under way, to come or close) or over."""

    paragraph: str
    text: str
    """The sentence."""
    stage: str
    """`open` or `over`."""
    places: frozenset[str]
    """Where it is held ("in Brisk", "Brisk-based"): capitalised words, folded."""
    parties: frozenset[str]
    """Who takes part or holds it ("between Valdoria and Kesmet", "UN-backed"), folded."""
    span: tuple[int, int] = (0, 0)
    """The clause's first and last character in the paragraph's text."""
    ended: dt.date | None = None
    """An over report of a dated article: the last day of the date its clause names ("this
    weekend", "on Friday", read against the article's day), when that is no later than the
    article's day: the gathering was over by then (`with_end_days`)."""
    said: str = ""
    """The words that date it ("this weekend")."""

    @property
    def anchors(self) -> frozenset[str]:
        return self.places | self.parties


def same_gathering(a: Report, b: Report) -> bool:
    """The two name one anchor, and not two different places."""
    if a.places and b.places and not a.places & b.places:
        return False
    return bool(a.anchors & b.anchors)


@dataclass(frozen=True)
class Bound:
    """A day the undated article was published on or before (`hi`) or on or after (`lo`)."""

    day: dt.date
    side: str
    paragraph: str
    text: str
    reading: str


def _word(token: str) -> str:
    word = token.strip(_EDGES)
    return re.sub(r"['’]s$", "", word)


def _anchor(token: str) -> set[str]:
    """The capitalised parts of a token ("UN-backed": un), no stopword and no nationality
    ("Syrian talks", "intra-Syrian": who is concerned, named by every article of a story)."""
    found = set()
    for part in _word(token).split("-"):
        key = fold(part)
        if part[:1].isupper() and len(key) > 1 and key not in _no_anchors():
            found.add(key)
    return found


@cache
def _no_anchors() -> frozenset[str]:
    """Stopwords and nationalities (the gazetteer's demonyms), read when first needed."""
    return STOPWORDS | frozenset(demonym_states())


def _premodifier(token: str) -> tuple[set[str], set[str]]:
    """(places, parties) a word before the noun names: "Brisk-based" a place."""
    anchors = _anchor(token)
    if _word(token).lower().endswith(PLACE_SUFFIXES):
        return anchors, set()
    return set(), anchors


def _after_slots(tokens: Sequence[str], positions: Sequence[int]) -> tuple[set[str], set[str]]:
    """(places, parties): capitalised words after a place word ("in Brisk") or a party
    word ("between Valdoria and Kesmet") at one of the token `positions`."""
    places: set[str] = set()
    parties: set[str] = set()
    for i in positions:
        slot = _word(tokens[i]).lower()
        if slot not in PLACE_WORDS and slot not in PARTY_WORDS:
            continue
        found: set[str] = set()
        for token in tokens[i + 1 : i + 6]:
            parts = _anchor(token)
            if parts:
                found |= parts
            elif _word(token).lower() not in STOPWORDS or found:
                break
        (places if slot in PLACE_WORDS else parties).update(found)
    return places, parties


def _index(starts: Sequence[int], char: int) -> int:
    """The token holding character `char` (the last one starting at or before it)."""
    return max(bisect.bisect_right(starts, char) - 1, 0)


def _slot_positions(tokens: Sequence[str], noun: int, cue: tuple[int, int]) -> list[int]:
    """Where the noun's place and parties may be named: between it and its cue, and after
    the later of the two up to `SLOT_WORDS` words or a word opening another predicate."""
    a, b = cue
    inside = list(range(noun + 1, a)) if a > noun else []
    positions = []
    for k in range(max(noun, b) + 1, min(max(noun, b) + 1 + SLOT_WORDS, len(tokens))):
        if _word(tokens[k]).lower() in SLOT_STOPS:
            break
        positions.append(k)
    return inside + positions


def _cues(clause: str, starts: Sequence[int]) -> list[tuple[int, int, str]]:
    """The clause's stage cues: (first token, last token, `open` or `over`)."""
    return [
        (_index(starts, m.start()), _index(starts, m.end() - 1), stage)
        for stage, regex in (("open", OPEN), ("over", OVER))
        for m in regex.finditer(clause)
    ]


def clause_reports(
    paragraph: str, sentence: str, clause: str, first: bool, span: tuple[int, int] = (0, 0)
) -> list[Report]:
    """The reports of one clause: a gathering noun (or a closing document, open only) and
    a stage cue after it (or just before it), with its anchors (`first`: the clause opens
    its sentence, whose first word is capitalised whatever it is)."""
    if NEGATION.search(clause) or CONDITION.search(clause) or ELSEWHERE.search(clause):
        return []
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(clause)]
    tokens, starts = [clause[a:b] for a, b in spans], [a for a, _ in spans]
    cues = _cues(clause, starts)
    if not cues:
        return []
    nouns = {i for i, t in enumerate(tokens) if _noun(t)}
    nouns |= {_index(starts, m.end() - 1) for m in CLOSING.finditer(clause)}
    found = []
    for i in sorted(nouns):
        low = max(i - BEFORE_WORDS, 1 if first else 0)
        if any(_word(t).lower() in OTHER for t in tokens[low:i]):
            continue
        if i and _word(tokens[i - 1]).lower() in ROUTINE:
            continue
        closing = not _noun(tokens[i])
        for a, b, stage in cues:
            near = 0 < a - i <= CUE_WORDS or (0 < i - b <= LEAD_WORDS and not closing)
            if not near or (closing and stage != "open"):
                continue
            places, parties = _after_slots(tokens, _slot_positions(tokens, i, (a, b)))
            for token in tokens[low:i]:
                more_places, more_parties = _premodifier(token)
                places, parties = places | more_places, parties | more_parties
            if places or parties:
                found.append(
                    Report(paragraph, sentence, stage, frozenset(places), frozenset(parties), span)
                )
    return found


def _noun(token: str) -> bool:
    word = _word(token).lower()
    return word in GATHERINGS or (word.endswith("s") and word[:-1] in GATHERINGS)


def sentence_reports(paragraph: str, sentence: str, offset: int = 0) -> list[Report]:
    """The reports of a sentence's clauses outside quotations (`offset`: the sentence's
    first character in the paragraph)."""
    bare = _QUOTES.sub(lambda m: " " * len(m.group()), sentence)
    found = []
    start = 0
    for cut in [*_CLAUSE_BREAK.finditer(bare), None]:
        end = cut.start() if cut else len(bare)
        first = not bare[:start].strip()
        span = (offset + start, offset + end)
        found.extend(clause_reports(paragraph, sentence, bare[start:end], first, span))
        start = cut.end() if cut else end
    return found


_HINT = re.compile(
    "|".join(
        [
            *map(re.escape, sorted(GATHERINGS)),
            alternatives(_TABLE["closing_documents"]),
        ]
    )
)
"""A gathering noun or closing document anywhere in lower-case text (inside words too): a
paragraph without one, or without a stage cue, reports nothing. Most do not, and these
searches (a plain one first) spare them the sentences and clauses."""


def reports(article: Article) -> tuple[Report, ...]:
    """Every report of the article's body, in reading order."""
    found: list[Report] = []
    for paragraph in article.paragraphs:
        text = paragraph.text
        if paragraph.kind != "body" or not _HINT.search(text.lower()):
            continue
        if not (OPEN.search(text) or OVER.search(text)):
            continue
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            lead = len(sentence) - len(sentence.lstrip())
            found.extend(sentence_reports(paragraph.id, sentence.strip(), start + lead))
    return tuple(found)


def _still_open(own: Sequence[Report]) -> list[Report]:
    """The open reports whose gathering the same article never reports over."""
    over = [r for r in own if r.stage == "over"]
    return [r for r in own if r.stage == "open" and not any(same_gathering(r, o) for o in over)]


def with_end_days(own: Sequence[Report], timexes: Sequence[Timex], day: dt.date) -> list[Report]:
    """A dated article's reports, each over one with the day its clause says the gathering
    was over by (`Report.ended`): the latest last day of the dates the clause names that
    end no later than `day`, the article's own (`timexes` read against it)."""
    found = []
    for report in own:
        named = [
            (span[1], t.text)
            for t in timexes
            if report.stage == "over"
            and t.paragraph == report.paragraph
            and report.span[0] <= t.start
            and t.end <= report.span[1]
            and t.type == "DATE"
            and (span := calendar_span(t.value.split("T")[0])) is not None
            and span[1] <= day
        ]
        if named:
            ended, said = max(named)
            report = replace(report, ended=ended, said=said)
        found.append(report)
    return found


def bounds(
    own: Sequence[Report], dated: Sequence[tuple[str, dt.date, Sequence[Report]]]
) -> tuple[Bound, ...]:
    """What the dated articles (source, day, reports) tell of the undated one's day: open
    here and over there, on or before that day (`hi`; on or before the day its report says
    the gathering was over by, when it says one: `with_end_days`); over here and still open
    there, on or after it (`lo`). One bound per dated article and side, its first match."""
    found: dict[tuple[str, str], Bound] = {}
    mine_open, mine_over = _still_open(own), [r for r in own if r.stage == "over"]
    for source, day, theirs in dated:
        their_over = [r for r in theirs if r.stage == "over"]
        for side, here, there in (
            ("hi", mine_open, their_over),
            ("lo", mine_over, _still_open(theirs)),
        ):
            match = next(((m, o) for m in here for o in there if same_gathering(m, o)), None)
            if match is None:
                continue
            mine, other = match
            shared = ", ".join(sorted(mine.anchors & other.anchors))
            stages = "open here, over" if side == "hi" else "over here, still open"
            at = other.ended if side == "hi" and other.ended else day
            by = f", over by {at} ('{other.said}')" if at != day else ""
            reading = f"{stages} in {source} ({day}{by}): {other.text[:160]} (both name {shared})"
            found[(source, side)] = Bound(at, side, mine.paragraph, mine.text, reading)
    return tuple(found.values())


def cutting(
    found: Sequence[Bound], run: tuple[dt.date, dt.date]
) -> tuple[dt.date, dt.date, tuple[Bound, ...]]:
    """The `run` of days cut by the bounds that fall inside it, and those bounds. A bound
    outside the run is ignored (it cuts nothing, or it would leave no day: another round
    taken for this one); bounds that contradict each other cut nothing."""
    lo, hi = run
    his = [b for b in found if b.side == "hi" and lo <= b.day < hi]
    los = [b for b in found if b.side == "lo" and lo < b.day <= hi]
    new_lo = max((b.day for b in los), default=lo)
    new_hi = min((b.day for b in his), default=hi)
    if new_lo > new_hi:
        return lo, hi, ()
    return new_lo, new_hi, (*los, *his)
