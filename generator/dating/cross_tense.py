"""Tense across articles: what another article reports as past or to come bounds a date.

A dated article that reports an event as done ("the talks in Astana ended", published on
the 25th) and an undated one that reports the same event as still to come ("a communique
expected to be signed in Astana") tell that the undated one was published no later than
the 25th; the other way round (past here, to come in the dated one) it was published no
earlier. Reports are clauses around an event word (a noun of `events.words.EVENT_NOUNS`
or a verb of `event_verbs`) with a tense cue beside it. Talks recur over many rounds, so
a match needs the same kind of event and several names shared in the two sentences, and
a bound counts only when it cuts the window found without it (`corpus`): better to miss
a bound than to take a wrong one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..events.words import EVENT_NOUNS, PAST, PROJECTED, SCHEDULED, STOPWORDS
from ..lang import load
from ..models import Article
from ..text.sentences import sentence_spans

_TABLE = load("en", "cross_tense.json")
EVENT_VERBS: dict[str, str] = dict(_TABLE["event_verbs"])
"""Verb stems naming an event, each with its kind: "signed" and "signing" are `sign`."""
CUE_REACH: int = _TABLE["cue_reach"]
"""Characters between an event word and the tense cue that governs it, at most."""
MIN_SHARED_NAMES: int = _TABLE["min_shared_names"]
"""Names two sentences must share to speak of one event (a kind alone recurs)."""

RECURRING_KINDS = frozenset(_TABLE["recurring_kinds"])
"""Kinds of event held again and again (talks, meetings, attacks): another round is easily
taken for the same one, so they bound nothing."""
AUXILIARY_WORDS: int = _TABLE["auxiliary_words"]
"""Words before a past form searched for the modal or plan that governs it."""

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w.'’-]*[\w]")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Report:
    """A sentence that reports an event as past or to come."""

    paragraph: str
    text: str
    tense: str
    """`past` or `coming`."""
    kinds: frozenset[str]
    """The event's kinds (`EVENT_NOUNS`' and `EVENT_VERBS`' values) the cues govern."""
    names: frozenset[str]
    """The capitalised words inside the sentence (not its first), lower case."""


@dataclass(frozen=True)
class Bound:
    """A day the undated article was published on or before (`hi`) or after (`lo`)."""

    day: dt.date
    side: str
    """`hi`: published on or before `day`; `lo`: on or after it."""
    paragraph: str
    text: str
    reading: str


def _kind(word: str) -> str | None:
    lower = word.lower()
    if lower in EVENT_NOUNS:
        return EVENT_NOUNS[lower]
    for stem, kind in EVENT_VERBS.items():
        if lower.startswith(stem) and len(lower) - len(stem) <= 3:
            return kind
    return None


def _names(sentence: str) -> frozenset[str]:
    found = set()
    for match in _NAME.finditer(sentence):
        if match.start() == 0 or not sentence[: match.start()].strip():
            continue  # a sentence's first word is capitalised whatever it is
        name = _POSSESSIVE.sub("", match.group().lower())
        if name not in STOPWORDS and len(name) > 1:
            found.add(name)
    return frozenset(found)


def _tense(sentence: str, start: int, end: int) -> str | None:
    """The tense of the nearest cue within `CUE_REACH` of the word at `start`…`end` (a
    verb's own form first: "signed"); None when a hedge is nearest (a forecast bounds
    nothing) or no cue is near."""
    best: tuple[int, str] | None = None
    for regex, tense in ((PROJECTED, "hedged"), (SCHEDULED, "coming"), (PAST, "past")):
        for match in regex.finditer(sentence):
            distance = max(start - match.end(), match.start() - end, 0)  # 0: the word itself
            if distance <= CUE_REACH and (best is None or distance < best[0]):
                best = (distance, _governed(sentence, match.start(), tense))
    return None if best is None or best[1] == "hedged" else best[1]


def _governed(sentence: str, at: int, tense: str) -> str:
    """A past form after a modal or a plan ("would still be held", "will be signed") takes
    the tense of the words before it."""
    if tense != "past":
        return tense
    before = " ".join(sentence[:at].split()[-AUXILIARY_WORDS:])
    if PROJECTED.search(before):
        return "hedged"
    return "coming" if SCHEDULED.search(before) else tense


def sentence_reports(paragraph: str, sentence: str) -> list[Report]:
    """The sentence's reports, one per tense its event words take (usually none or one);
    a kind of event the sentence puts both in the past and to come is left out."""
    by_tense: dict[str, set[str]] = {}
    for match in _WORD.finditer(sentence):
        kind = _kind(match.group())
        if kind is None or kind in RECURRING_KINDS:
            continue
        tense = _tense(sentence, match.start(), match.end())
        if tense is not None:
            by_tense.setdefault(tense, set()).add(kind)
    both = set.intersection(*by_tense.values()) if len(by_tense) == 2 else set()
    names = _names(sentence)
    return [  # a kind said both past and to come in one sentence tells neither
        Report(paragraph, sentence, tense, frozenset(kinds - both), names)
        for tense, kinds in sorted(by_tense.items())
        if kinds - both
    ]


def reports(article: Article) -> tuple[Report, ...]:
    """Every report of the article's body, in reading order."""
    found: list[Report] = []
    for paragraph in article.paragraphs:
        if paragraph.kind != "body":
            continue
        for start, end in sentence_spans(paragraph.text):
            found.extend(sentence_reports(paragraph.id, paragraph.text[start:end].strip()))
    return tuple(found)


def same_event(a: Report, b: Report) -> bool:
    """One kind of event and at least `MIN_SHARED_NAMES` names in common."""
    return bool(a.kinds & b.kinds) and len(a.names & b.names) >= MIN_SHARED_NAMES


def bounds(
    own: Sequence[Report], dated: Sequence[tuple[str, dt.date, Sequence[Report]]]
) -> tuple[Bound, ...]:
    """What the dated articles (source, day, reports) tell of the undated one's date: a
    report to come here and past there bounds it by that day from above, past here and to
    come there from below. One bound per dated article and side, its first match."""
    found: dict[tuple[str, str], Bound] = {}
    for source, day, theirs in dated:
        for mine in own:
            for other in theirs:
                if mine.tense == other.tense or not same_event(mine, other):
                    continue
                side = "hi" if mine.tense == "coming" else "lo"
                if (source, side) in found:
                    continue
                shared = ", ".join(sorted(mine.names & other.names))
                reading = (
                    f"{'to come here, past' if side == 'hi' else 'past here, to come'} in "
                    f"{source} ({day}): {other.text[:120]} (shares {shared})"
                )
                found[(source, side)] = Bound(day, side, mine.paragraph, mine.text, reading)
    return tuple(found.values())


def cutting(
    found: Sequence[Bound], run: tuple[dt.date, dt.date]
) -> tuple[dt.date, dt.date, tuple[Bound, ...]]:
    """The `run` of days cut by the bounds that fall inside it, and those bounds. A bound
    outside the run is ignored (it cuts nothing, or it would leave no day: a match with
    another round of a recurring event); bounds that contradict each other cut nothing."""
    lo, hi = run
    his = [b for b in found if b.side == "hi" and lo <= b.day < hi]
    los = [b for b in found if b.side == "lo" and lo < b.day <= hi]
    new_lo = max((b.day for b in los), default=lo)
    new_hi = min((b.day for b in his), default=hi)
    if new_lo > new_hi:
        return lo, hi, ()
    return new_lo, new_hi, (*los, *his)


def neighbour_bounds(
    article: Article, found: Sequence[tuple[str, dt.date, Article]]
) -> tuple[Bound, ...]:
    """The bounds the dated neighbours (source, day, article) set on `article`'s date."""
    own = reports(article)
    if not own:
        return ()
    return bounds(own, [(source, day, reports(other)) for source, day, other in found])
