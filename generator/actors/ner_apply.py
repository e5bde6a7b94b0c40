"""Add the tagger's names to the rules' spans of one article.

The rules stay first: their spans keep their labels, canonical names and states. The tagger
(`ner_tagger`) adds names where the rules found nothing, which is where they fail:
capitalised headlines, datelines, lists and results tables, and names with no cue. Only
where the rules typed a name on weak evidence (a gazetteer spelling, a run of capitals
with no cue) does the tagger's reading, with the article's evidence (`ner_evidence`),
retype or drop it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..models import ORGANISATION, PERSON
from .context import Span
from .cues import camel_case
from .everyday import without_everyday
from .lexicon import fold
from .ner_evidence import (
    Evidence,
    frequent_words,
    gather,
    guessed_person_unread,
    product_or_group,
    rule_span_retyped,
)
from .ner_features import (
    CLASS_OF,
    NAME_KINDS,
    DocumentCues,
    Line,
    document_cues,
    line_features,
)
from .ner_tagger import decode_scored, scorer, spans_of, weights_file
from .ner_vetoes import not_an_actor, speakers
from .tokens import code_tail, is_title_like, tokenize

LABELS = {"PER": PERSON, "ORG": ORGANISATION, "LOC": "place"}
"""The tagger's classes as our labels; MISC (events, adjectives, products) is no actor."""

NEAR = 200
"""Characters around a new name within which the rules' spans are compared with it (a
name is shorter; a line may be a whole article)."""
LIST_GAPS = frozenset({",", "and", "or", "&", "/", ", and", ", or"})
"""What stands between two items of one list of names."""


def add_threshold() -> float:
    """How far a new name must beat "O" to be added (fitted with the weights)."""
    return float(weights_file().get("threshold", 0.0))


def article_lines(title: str, texts: list[str], spans: list[list[Span]]) -> list[Line]:
    """The headline and paragraphs as tagger lines, with the rules' spans of each."""
    return [
        Line(text, tokenize(text), line_spans, n, is_title_like(text))
        for n, (text, line_spans) in enumerate(zip([title, *texts], spans, strict=True))
    ]


def tagged_ranges(lines: list[Line], cues: DocumentCues) -> list[list[tuple[int, int, str, float]]]:
    """Per line, the (start, end, class, confidence) names the tagger finds. A line with no
    capitalised token has none (a name starts on one) and is not read."""
    score, memo = scorer(), {}
    return [
        spans_of(line, *decode_scored(line, line_features(line, cues, True, memo), score))
        if any(t.kind in NAME_KINDS for t in line.tokens)
        else []
        for line in lines
    ]


def add_tagged(
    title: str,
    texts: list[str],
    head: list[Span],
    body: list[list[Span]],
    threshold: float | None = None,
) -> tuple[list[Span], list[list[Span]]]:
    """The rules' spans plus the tagger's confident names that overlap none of them."""
    if threshold is None:
        threshold = add_threshold()
    lines = article_lines(title, texts, [head, *body])
    cues = document_cues(lines)
    tagged = tagged_ranges(lines, cues)
    evidence = gather(lines, tagged, speakers([line.tokens for line in lines]))
    out = [
        _merge(line, ranges, threshold, cues, evidence)
        for line, ranges in zip(lines, tagged, strict=True)
    ]
    out = without_everyday(out, evidence)
    return out[0], out[1:]


def _headline(line: Line) -> bool:
    """A headline or subheading in Title Case, where every word is capitalised. Lines
    mostly in capitals (wire headlines), and lists and tables (with digits or commas), are
    left to the tagger, which reads them with the article's cues."""
    if not line.title_like:
        return False
    letters = [c for c in line.text if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return False
    return line.index == 0 or not any(c.isdigit() or c == "," for c in line.text)


def _new_name(
    place: _Place, start: int, end: int, cls: str, cues: DocumentCues, quoted: bool = False
) -> bool:
    """A stretch the rules left alone and did not veto: no span overlaps or touches it
    ("MONTE" found, "CARLO" is not a name of its own), no name of another class is listed
    next to it ("Idlib, Daraa and beyond": a list holds names of one kind), no word is
    spelt like a brand ("AirPods"), and it is not one word of a person's name that the
    rules left unresolved because two people share it ("Tesfaye")."""
    line = place.line
    if code_tail(line.text, start):
        return False  # "2B Mindset": the tail of a code, as for the rules
    k = bisect_left(place.starts, start - NEAR)
    while k < len(place.spans) and place.spans[k].start <= end + NEAR:
        span = place.spans[k]
        k += 1
        if span.start <= end + 1 and start <= span.end + 1:
            return False  # overlapping or touching: the rules drew that name's bounds
        between = line.text[span.end : start] if span.end <= start else line.text[end : span.start]
        if " ".join(between.split()) in LIST_GAPS and CLASS_OF.get(span.label) != cls:
            return False
    words = line.text[start:end].split()
    if any(camel_case(w) for w in words) or all(_common(w, cues) for w in words):
        return False
    if _whole_subheading(line, start, end):
        return False  # "EYE POPPING", "NISSAN SENTRA": a section's title in capitals
    if not_an_actor(line.text[start:end]):
        return False  # a model ("RAV4 Prime") or an occasion ("Black Friday")
    if len(words) == 1 and not (fold(words[0]) in cues.alone or place.table or quoted):
        return False  # "Led by allies ...", a menu's "Vision": one capital says little
    return len(words) > 1 or fold(words[0]) not in cues.person_parts


@dataclass(frozen=True)
class _Place:
    """One line with its rule spans sorted for look-ups, and what kind of line it is."""

    line: Line
    spans: list[Span]
    starts: list[int]
    table: bool
    blind: bool
    title_case: bool


def _place(line: Line) -> _Place:
    spans = sorted(line.spans, key=lambda s: (s.start, s.end))
    return _Place(
        line,
        spans,
        [s.start for s in spans],
        _table_row(line),
        _rules_blind(line),
        _headline(line),
    )


def _common(word: str, cues: DocumentCues) -> bool:
    """An everyday word, not a name: one of English's frequent words or a contraction of
    one ("Usually", "I'm"), or a word the article also writes in lower case ("Send")."""
    folded = fold(word)
    head = re.split(r"['’]", folded, maxsplit=1)[0]
    return folded in frequent_words() or head in frequent_words() or folded in cues.lower


def _rules_blind(line: Line) -> bool:
    """Where the rules do not look: a headline or dateline, a line in capitals, a row of
    a table or of results (a fifth of its tokens numbers)."""
    numbers = sum(t.kind == "num" for t in line.tokens)
    if line.index <= 1 or numbers >= 0.2 * len(line.tokens):
        return True
    letters = [c for c in line.text if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


TABLE_NUMBERS = 0.1
"""Share of a line's tokens that are numbers for it to read as a row of a table or of
results ("Lara 45, Adams 12"); a paragraph of prose that merely holds a date or a price
("The earbuds have Alexa built-in ... $150") is prose, where one capital says little."""


def _table_row(line: Line) -> bool:
    """A row of a table or a list of results: numbers among its tokens, names without cues."""
    tokens = line.tokens
    numbers = sum(t.kind == "num" for t in tokens)
    starts_number = bool(tokens) and tokens[0].kind == "num"  # "1812 - ...", "3. Lara"
    return numbers > 0 and (starts_number or numbers >= TABLE_NUMBERS * len(tokens))


def _whole_subheading(line: Line, start: int, end: int) -> bool:
    """The name is all of a line in capitals below the headline and dateline, or one of
    its capitalised words with no lower-case word around them ("VOLKSWAGEN ID. SPACE
    VIZZION CONCEPT"): a web page's section title, which names a topic or a product as
    often as an actor. Only a short line is read whole (a line may be a whole article)."""
    if line.index <= 1 or line.text[start:end].upper() != line.text[start:end]:
        return False
    if len(line.tokens) <= SUBHEADING_TOKENS:
        return not any(c.islower() for c in line.text)
    rest = line.text[:start] + line.text[end:]
    return not any(c.isalnum() for c in rest)


SUBHEADING_TOKENS = 12
"""Tokens at most (words and stops) of a line in capitals read as a section title, not a
row of a table."""


def _person_evidence(text: str, label: str, evidence: Evidence) -> bool:
    """In prose a new one-word person must be quoted somewhere in the article ("Taylor
    said"), and the article must say "he" or "she" of someone: one capitalised word named
    twice is as often a product, an assistant or a company ("Nissan says it will")."""
    if label != PERSON or " " in text.strip():
        return True
    return fold(text) in evidence.quoted and evidence.pronouns


def _known_words(line: Line, start: int, end: int, cues: DocumentCues) -> bool:
    """Every word of a headline's name is used capitalised inside a sentence or named by
    the rules elsewhere in the article: a headline's capitals alone say nothing."""
    words = fold(line.text[start:end]).split()
    return all(w in cues.mid_cap or w in cues.rule_class for w in words)


def _listed_with_other_class(line: Line, ranges: list[tuple[int, int, str, float]], k: int) -> bool:
    """The tagger itself reads the name next to name `k` in a list as another class: a
    list holds names of one kind, so the tagger has split one name ("Customs and Border
    Protection") or mistyped one of the two ("Aberdeenshire, Scotland")."""
    start, end, cls, _ = ranges[k]
    for n in (k - 1, k + 1):
        if not 0 <= n < len(ranges) or ranges[n][2] == cls:
            continue
        between = line.text[ranges[n][1] : start] if n < k else line.text[end : ranges[n][0]]
        if " ".join(between.split()) in LIST_GAPS:
            return True
    return False


def _merge(
    line: Line,
    ranges: list[tuple[int, int, str, float]],
    threshold: float,
    cues: DocumentCues,
    evidence: Evidence,
) -> list[Span]:
    """One line's rule spans, weakly typed ones retyped, and the new names added: in
    prose only names the tagger reads at least twice (the rules' cues cover prose, and a
    name said once there is as often a product or a menu word), in a Title Case headline
    only names the article uses elsewhere."""
    place: _Place | None = None  # built on the first candidate: most lines have none
    spans = list(line.spans)
    by_range = {(s.start, s.end): n for n, s in enumerate(spans)}
    for k, (start, end, cls, confidence) in enumerate(ranges):
        label = LABELS.get(cls)
        if label is None or confidence < threshold:
            continue
        text = line.text[start:end]
        at = by_range.get((start, end))
        if at is not None:
            retyped = rule_span_retyped(spans[at], cls, confidence, evidence)
            if retyped is not None:
                spans[at] = retyped
            continue  # the rules' own name: `_new_name` would refuse it
        if fold(text) in evidence.heads:
            continue  # "the Sheriff's Department": a longer name's head word, alone
        label = product_or_group(text, label, evidence)
        if label is None:
            continue  # "a compact Sentra", "Note 10 Plus for $840": a product
        if place is None:
            place = _place(line)
        quoted = evidence.quoted
        if _listed_with_other_class(line, ranges, k):
            continue  # "Customs and Border Protection" read as a place and an organisation
        if (
            _new_name(place, start, end, cls, cues, fold(text) in quoted)
            and (not place.title_case or _known_words(line, start, end, cues))
            and (line.index != 0 or evidence.known_below(text))
            and (place.blind or fold(text) in evidence.repeated)
            and (place.blind or place.table or _person_evidence(text, label, evidence))
        ):
            spans.append(Span(start, end, text, label, text, cue="tagger"))
    spans = [s for s in spans if not guessed_person_unread(s, ranges, evidence)]
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans
