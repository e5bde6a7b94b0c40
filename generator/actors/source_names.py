"""Whoever a story cites is an actor: "according to Business Insider", "surveyed by
Refinitiv", "Yahoo Finance reported", "according to Jane Roe of the Daily News".

The rules read a run of capitals on its own words, and a source's name is often made of
everyday ones ("Business Insider", "Full Fact"), holds a title word ("Yahoo Finance") or
follows "to" ("according to X" read as a place). Its role in the sentence says more: a name
right after a cue of citation (`lang/en/actor_source_cues.tsv`, "before"), or right
before a reporting verb ("after"), is someone the story quotes. Where the rules and the
tagger left that stretch empty, undecided or weakly read (a place after a preposition, a
person guessed from capitals alone), it becomes a person when an employer follows it ("… of
the New York Times"), and an organisation otherwise. Every other mention of the same run in
the article that nothing else read is typed the same way. A name another reading holds
firmly (a gazetteer name, a titled person) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..models import ORGANISATION, PERSON
from .context import GUESSED_PERSON, Span
from .lexicon import fold, stopwords
from .source_words import source_cues
from .tokens import NAME_KINDS, Token, name_runs, sentence_start, tokenize

MAX_WORDS = 4
"""Words at most of a cited name: a longer run of capitals is a headline's or a title's."""
DETERMINERS = frozenset({"the", "a", "an"})
WEAK = frozenset({("single", ""), ("single", "locative"), (ORGANISATION, "source")}) | {
    (label, cue)
    for label in ("place", PERSON)
    for cue in ("locative", "tagger", "", GUESSED_PERSON)
    if not (label == "place" and cue == GUESSED_PERSON)
}
"""(label, cue) of readings that a citation outweighs: undecided words, places read from a
preposition or the tagger alone, persons guessed from capitals or by the tagger, and a
lone word the rules read as a source inside the cited run ("Sky" of "Sky News")."""
EMPLOYER_LINKS = frozenset({"of", "at", "from", "with"})
"""Words between a cited person and where they work ("Jane Roe of the Daily News")."""
WEB_ENDING = re.compile(r"\.(?:com|org|net|co\.uk|io)\b")
"""A web address's ending that belongs to a cited site's name ("Graduationparty.com")."""


def _run_after(tokens: list[Token], k: int) -> tuple[int, int]:
    """The run of capitalised tokens from k (a determiner skipped), at most `MAX_WORDS`."""
    if k < len(tokens) and tokens[k].text.lower() in DETERMINERS:
        k += 1
    b = k
    while b < len(tokens) and tokens[b].kind in NAME_KINDS:
        b += 1
    return (k, b) if 0 < b - k <= MAX_WORDS else (k, k)


def _run_before(tokens: list[Token], k: int) -> tuple[int, int]:
    """The run of capitalised tokens that ends at k, leading sentence words dropped ("The",
    "In March"): before a verb the run may open the sentence."""
    a = k
    while a > 0 and tokens[a - 1].kind in NAME_KINDS:
        a -= 1
    while a < k and fold(tokens[a].text) in stopwords():
        a += 1
    return (a, k) if 0 < k - a <= MAX_WORDS else (k, k)


@cache
def _cues_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The "before" cues under their first word: most words open none, one look-up each."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for cue in sorted(source_cues()[0]):
        table.setdefault(cue[0], []).append(cue)
    return {first: tuple(cues) for first, cues in table.items()}


def _cited_runs(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """Token ranges of the names this text cites (see the module)."""
    after = source_cues()[1]
    before = _cues_by_first_word()
    for k, token in enumerate(tokens):
        word = token.text.lower()
        if token.kind == "low" and word in after and k:
            yield _run_before(tokens, k)
        for cue in before.get(word, ()):
            n = len(cue)
            if tuple(t.text.lower() for t in tokens[k : k + n]) == cue:
                yield _run_after(tokens, k + n)


def _citable(tokens: list[Token], a: int, b: int, lower: frozenset[str]) -> bool:
    """A run that may name a source: not one sentence word, calendar word or function word
    alone, nor one word the article also writes in lower case ("according to Census").
    Right after a cue, a capitalised everyday word opens the name ("Business Insider")."""
    if a >= b or sentence_start(tokens, a) and fold(tokens[a].text) in stopwords():
        return False
    if b - a > 1:
        return True
    word = fold(tokens[a].text)
    return word not in stopwords() and word not in lower


def _label(text: str, tokens: list[Token], a: int, b: int) -> str:
    """A person when an employer follows a name of two words or more ("… of the New York
    Times"); else an organisation. A name that opens on a given name needs no cue here:
    the rules read it a person already, and a source's name may open on one ("Sky News")."""
    link = tokens[b].text if b < len(tokens) else ""
    nxt = b + 1
    if nxt < len(tokens) and tokens[nxt].text.lower() in DETERMINERS:
        nxt += 1
    if (
        b - a >= 2
        and link in EMPLOYER_LINKS
        and nxt < len(tokens)
        and tokens[nxt].kind in NAME_KINDS
    ):
        return PERSON
    return ORGANISATION


def cited_names(texts: list[str], lower: frozenset[str]) -> dict[str, str]:
    """Folded cited name → its label, over the article's texts (`lower`: words the
    article writes in lower case)."""
    found: dict[str, str] = {}
    for text in texts:
        tokens = tokenize(text)
        for a, b in _cited_runs(tokens):
            if _citable(tokens, a, b, lower):
                end = _end(text, tokens[b - 1].end)
                found.setdefault(fold(text[tokens[a].start : end]), _label(text, tokens, a, b))
    return found


def _end(text: str, end: int) -> int:
    """The end of a name, a web address's ending included."""
    match = WEB_ENDING.match(text, end)
    return match.end() if match else end


def _mentions(text: str, names: dict[str, str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) of each whole run of capitals in the text that spells a cited
    name (a determiner before it left out)."""
    tokens = tokenize(text)
    for a, b in name_runs(tokens):
        for start in (a, a + 1) if tokens[a].text.lower() in DETERMINERS else (a,):
            if start < b:
                end = _end(text, tokens[b - 1].end)
                label = names.get(fold(text[tokens[start].start : end]))
                if label is not None:
                    yield tokens[start].start, end, label
                    break


def with_cited(texts: list[str], spans: list[list[Span]]) -> list[list[Span]]:
    """Each text's spans with the names the article cites typed (see the module)."""
    lower = frozenset(fold(t.text) for text in texts for t in tokenize(text) if t.kind == "low")
    names = cited_names(texts, lower)
    if not names:
        return spans
    return [_typed(text, line, names) for text, line in zip(texts, spans, strict=True)]


def _typed(text: str, line: list[Span], names: dict[str, str]) -> list[Span]:
    out = list(line)
    changed = False
    for start, end, label in _mentions(text, names):
        touching = [s for s in out if s.start < end and start < s.end]
        if any((s.label, s.cue) not in WEAK or s.start < start or s.end > end for s in touching):
            continue
        name = text[start:end]
        out = [s for s in out if s not in touching]
        out.append(Span(start, end, name, label, name, cue="cited"))
        changed = True
    if changed:
        out.sort(key=lambda s: (s.start, -s.end))
    return out
