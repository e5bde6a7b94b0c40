"""Tokens of a text and the runs of capitalised tokens that may be names."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import fold, org_words, titles
from .names import first_names
from .vocabulary import common_word
from .words import (
    ABBREVIATIONS,
    COLLECTIVE_POSSESSORS,
    CONNECTORS,
    NAME_PREFIXES,
    PARTICLES,
    WORD_PARTICLES,
)

TOKEN_RE = re.compile(
    r"(?P<acro>(?:[A-Z]\.){2,})"
    r"|(?P<word>[^\W\d_][\w]*(?:[-'’][\w]+)*)"
    r"|(?P<num>\d[\d.,:/]*)"
    r"|(?P<punct>\S)"
)

SENTENCE_END = frozenset('.!?:;"“”‘(—–•|')


class Token(NamedTuple):
    """One token of a text. A named tuple, not a frozen dataclass: a corpus makes millions
    and a tuple is built several times faster."""

    start: int
    end: int
    text: str
    kind: str
    """`cap`, `low`, `acro`, `init`, `num`, `poss` or `punct`."""


def tokenize(text: str) -> list[Token]:
    """Words, acronyms, initials, numbers and punctuation with their offsets.

    A new list each call (callers may keep or extend it), from a memo of the last texts:
    the rules (`context.new_context`) and the tagger (`ner_apply.article_lines`) read the
    same paragraphs one after the other, and tokenising is a tenth of actor tagging."""
    return list(_tokens(text))


@lru_cache(maxsize=512)
def _tokens(text: str) -> tuple[Token, ...]:
    """`tokenize`'s tokens, memoised (a paragraph's tokens, immutable)."""
    tokens: list[Token] = []
    for match in TOKEN_RE.finditer(text):
        (start, end), kind, word = match.span(), match.lastgroup or "punct", match.group()
        if kind == "word":
            if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
                tokens.append(Token(start, end - 2, word[:-2], _word_kind(word[:-2])))
                tokens.append(Token(end - 2, end, word[-2:], "poss"))
                continue
            kind = _hyphen_kind(word)
            if word in ABBREVIATIONS and text[end : end + 1] == "." and tokens:
                tokens.append(Token(start, end + 1, word + ".", kind))
                continue
            if (
                len(word) == 1
                and word.isupper()
                and end < len(text)
                and text[end] == "."
                and (end + 1 == len(text) or text[end + 1] != " " or _next_is_cap(text, end + 1))
            ):
                tokens.append(Token(start, end + 1, word + ".", "init"))
                continue
        elif (
            kind == "punct" and tokens and tokens[-1].end > start and _stop_inside(text, tokens[-1])
        ):
            continue
        tokens.append(Token(start, end, word, kind))
    return tuple(tokens)


def _stop_inside(text: str, token: Token) -> bool:
    """Whether the full stop that `token` took in is only its own: an initial's, or a
    name prefix's before a capital ("St. Louis"). After "Inc." or "Jr." the stop is read
    once more as punctuation, for it may end the sentence too."""
    return token.kind == "init" or (
        token.text[:-1] in NAME_PREFIXES and _next_is_cap(text, token.end)
    )


def _next_is_cap(text: str, i: int) -> bool:
    while i < len(text) and text[i] == " ":
        i += 1
    return i < len(text) and text[i].isupper()


def _word_kind(word: str) -> str:
    if word[0].isupper():
        if len(word) >= 2 and word.isupper() and word.isalpha():
            return "acro"
        return "cap"
    head, _, rest = word.partition("-")
    if rest and head in PARTICLES and rest[:1].isupper():
        return "cap"
    return "low"


@lru_cache(maxsize=1 << 16)
def _hyphen_kind(word: str) -> str:
    """Adjectives such as "Damascus-based" or "Russian-backed" are not parts of a name.

    Cached: a corpus has a few thousand distinct words and every one is typed again on
    each use.
    """
    if "-" in word and word.rsplit("-", 1)[1][:1].islower() and word[:1].isupper():
        return "cap" if hyphenated_given_name(word) else "low"
    return _word_kind(word)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """The parts of the hyphenated given names of gender-guesser's dictionary ("seung-hyun",
    "soo-jin", "jian-min"): the syllables of Korean and Chinese given names."""
    return frozenset(p for name in first_names() if "-" in name for p in name.split("-"))


def hyphenated_given_name(word: str) -> bool:
    """A capitalised word whose lower-case part after a hyphen makes a given name, not an
    adjective: Korean and Chinese given names are written "Dong-hoon", "Ing-wen", where
    "Damascus-based" and "Russian-backed" are no names. It is one when the dictionary has
    it, or when every part is a syllable of its hyphenated names and no part after the
    first is an English word ("Kremlin-in" is none)."""
    folded = fold(word)
    if folded in first_names():
        return True
    parts = folded.split("-")
    return all(p in _syllables() for p in parts) and not any(common_word(p) for p in parts[1:])


def is_title_like(text: str) -> bool:
    """True for headlines in capitals or Title Case, where capitals say nothing about names."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < 3:
        return False
    letters = list(filter(str.isalpha, text))  # in C: a line may be a whole article
    if letters and sum(map(str.isupper, letters)) / len(letters) > 0.6:
        return True
    content = [w for w in words if len(w) > 3]
    return bool(content) and sum(w[0].isupper() for w in content) / len(content) > 0.75


def sentence_start(tokens: list[Token], i: int) -> bool:
    if i == 0:
        return True
    prev = tokens[i - 1]
    return prev.kind == "punct" and prev.text in SENTENCE_END or prev.kind == "num" and i == 1


NAME_KINDS = frozenset({"cap", "acro", "init"})
"""Token kinds that can be part of a name: capitalised words, acronyms, initials."""


def name_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs [i, j) of name tokens with nothing between them (`sequences` lets
    particles and connectors in)."""
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        if tokens[i].kind not in NAME_KINDS:
            i += 1
            continue
        j = i + 1
        while j < n and tokens[j].kind in NAME_KINDS:
            j += 1
        runs.append((i, j))
        i = j
    return runs


def sequences(tokens: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs [i, j) of capitalised tokens, particles and connectors between them."""
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        if tokens[i].kind not in ("cap", "acro", "init"):
            i += 1
            continue
        j = i + 1
        while j < n:
            step = _step(tokens, i, j)
            if not step:
                break
            j += step
        while j > i and tokens[j - 1].kind in ("low", "punct", "poss"):
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _step(tokens: list[Token], i: int, j: int) -> int:
    """How many tokens from j extend the run that started at i (0: it ends before j)."""
    n = len(tokens)
    kind = tokens[j].kind
    if kind in ("cap", "acro", "init"):
        return 1
    nxt = tokens[j + 1] if j + 1 < n else None
    lower = tokens[j].text.lower()
    nxt2 = tokens[j + 2] if j + 2 < n else None
    if (
        kind == "low"
        and lower in WORD_PARTICLES
        and nxt is not None
        and nxt.text in WORD_PARTICLES
        and nxt2 is not None
        and nxt2.kind == "cap"
    ):
        return 2
    if (
        kind == "low"
        and lower in ("of", "for", "on")
        and nxt is not None
        and nxt.text == "the"
        and nxt2 is not None
        and nxt2.kind in ("cap", "acro")
    ):
        return 2
    if (
        nxt is not None
        and nxt.kind in ("cap", "acro")
        and (
            (kind == "low" and lower in WORD_PARTICLES | CONNECTORS)
            or (kind == "punct" and tokens[j].text == "&")
        )
    ):
        return 1
    if kind == "low" and lower == "the" and j > i and tokens[j - 1].text.lower() in CONNECTORS:
        return 1
    if (
        kind == "poss"
        and nxt is not None
        and nxt.kind == "cap"
        and (
            j - i == 1
            or tokens[j - 2].kind == "low"
            or fold(tokens[j - 1].text) in COLLECTIVE_POSSESSORS
            or fold(tokens[j - 1].text) in titles()  # "the County Sheriff's Office"
        )
    ):
        follow = tokens[j + 1 : j + 4]
        if any(fold(t.text) in org_words() for t in follow if t.kind == "cap"):
            return 1
    return 0


def char_before(text: str, start: int) -> str:
    """The last character before `start` that is not white space, or "" (what
    `text[:start].rstrip()[-1:]` gives, without copying the text before it)."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return text[start - 1 : start] if start > 0 else ""


def code_tail(text: str, start: int) -> bool:
    """Whether the name at `start` opens with one letter glued to a figure: the tail of a
    code or an amount ("program 2B Mindset": no "B Mindset"; "3D Printing", "$163M"). A
    whole word glued to a figure or a word is kept: scraped text loses the space between
    blocks, and the name is whole ("2019Donald Trump", "reportedWeWork")."""
    return text[start - 1 : start].isdigit() and not text[start + 1 : start + 2].isalpha()
