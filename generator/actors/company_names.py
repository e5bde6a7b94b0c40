"""A name the article shows to be a company is an organisation: "the beauty company Coty",
"Facebook CEO Mark Zuckerberg", "Amazon-owned stores", "rivals such as Walmart and Kroger".

A company is often named by one word that no list knows ("Costco", "WeWork"). The rules
leave such a word undecided and drop it, or read it as a place after "at" or "to" ("a
membership like at Costco"), and the tagger, fitted on CoNLL's news, reads most of them as
places too. Yet the article says what it is, in the words around one of its mentions: a
business noun before it, an office only a company has after it (before a person), a word
only a company takes ("X shares", "X's headquarters"), a deal's words before it ("the
acquisition of X", "layoffs at X"), or a hyphenated "-owned". With one
such mention, every mention of the name in the article is the company, unless a stronger
reading holds it (a gazetteer name, a person of the article, an organisation already). The
cue words are data (`lang/en/actor_company_cues.json`, written by hand).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ..lang import load
from ..models import ORGANISATION, PERSON
from .context import GUESSED_PERSON, Span
from .gazetteer import gazetteer
from .lexicon import fold, head_words, org_words, stopwords, title_words
from .names import first_names
from .ner_evidence import frequent_words
from .tokens import Token, sentence_start, tokenize
from .vocabulary import common_word

MAX_WORDS = 3
"""Words at most of a company's name found this way: a longer run is a sentence's capitals."""
WEAK_PLACE_CUES = frozenset({"locative", "tagger", ""})
"""Places read from a preposition or the tagger alone, with no gazetteer entry behind them."""
LIST_JOINS = frozenset({",", "and", "or", "&"})


@cache
def _cues() -> dict[str, tuple[str, ...]]:
    table = load("en", "actor_company_cues.json")
    return {key: tuple(value["words"]) for key, value in table.items()}


Phrases = dict[str, tuple[tuple[str, ...], ...]]
"""Cue phrases as word tuples under their first word, longest first."""


@cache
def _phrases(key: str) -> Phrases:
    """The cue phrases of `key` under their first word: a token that opens none is passed
    over with one lookup (this test runs at every lower-case word of every article)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted((tuple(w.split()) for w in _cues()[key]), key=len, reverse=True):
        table.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in table.items()}


def _words_at(tokens: list[Token], k: int, phrases: Phrases) -> int:
    """How many tokens from k spell one of the phrases (0: none)."""
    if k >= len(tokens):
        return 0
    for phrase in phrases.get(tokens[k].text.lower(), ()):
        n = len(phrase)
        if tuple(t.text.lower() for t in tokens[k : k + n]) == phrase:
            return n
    return 0


def _name_kind(token: Token) -> bool:
    return token.kind in ("cap", "acro")


def _run_from(tokens: list[Token], a: int) -> int:
    """The end of the run of capitalised tokens starting at a (a when there is none)."""
    b = a
    while b < len(tokens) and _name_kind(tokens[b]):
        b += 1
    return b


def _run_to(tokens: list[Token], b: int) -> int:
    """The start of the run of capitalised tokens ending at b."""
    a = b
    while a > 0 and _name_kind(tokens[a - 1]):
        a -= 1
    return a


def _after_noun(tokens: list[Token], k: int) -> Iterator[tuple[int, int]]:
    """The names a business noun at token k describes: the next run, or after a link word
    the runs of a list ("rivals such as Walmart, Kroger and Costco")."""
    a = k + 1
    a += _words_at(tokens, a, _phrases("list_links"))
    b = _run_from(tokens, a)
    while a < b:
        yield a, b
        c = b
        while c < len(tokens) and tokens[c].text in LIST_JOINS:
            c += 1
        if c == b or c >= len(tokens):
            return
        a, b = c, _run_from(tokens, c)


def _cue_sites(tokens: list[Token]) -> Iterator[tuple[int, int, bool]]:
    """Token ranges of the names this text gives a company's cue (see the module), and
    whether the cue is a capitalised noun opening a sentence ("Rival X", but "Platform
    Engineering leads": a heading's words as often), where the name must be no everyday
    word. A range of one hyphenated token is the "X-owned" kind, its name before the
    hyphen."""
    nouns = frozenset(_cues()["nouns_before"])
    offices, after = _phrases("offices_after"), frozenset(_cues()["words_after"])
    suffixes, deals = _cues()["owned_suffixes"], _phrases("deals_before")
    for k, token in enumerate(tokens):
        word = token.text.lower()
        if word in nouns and (token.kind == "low" or sentence_start(tokens, k)):
            for a, b in _after_noun(tokens, k):
                yield a, b, token.kind != "low"
        elif token.kind == "low" and (n := _words_at(tokens, k, deals)):
            yield k + n, _run_from(tokens, k + n), False  # "the buyout of X"
        elif token.kind == "low" and "-" in token.text and token.text[:1].isupper():
            if any(word.endswith(s) for s in suffixes):
                yield k, k + 1, False  # "Amazon-owned": the name is the part before the hyphen
        elif _office_or_word(tokens, k, offices, after) or _possessive_word(tokens, k, after):
            yield _run_to(tokens, k), k, False


def _possessive_word(tokens: list[Token], k: int, after: frozenset[str]) -> bool:
    """Token k is the possessive of a name and a company's word follows ("X's shares")."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].kind == "poss"
        and _name_kind(tokens[k - 1])
        and tokens[k + 1].text.lower() in after
    )


def _office_or_word(tokens: list[Token], k: int, offices: Phrases, after: frozenset[str]) -> bool:
    """After a name, token k begins a company's office before a person's name ("CEO Jane
    Doe", "founder and CEO"), or is a word only a company takes ("shares")."""
    if not (k and _name_kind(tokens[k - 1])):
        return False
    if tokens[k].kind == "low" and tokens[k].text.lower() in after:
        return True
    n = _words_at(tokens, k, offices)
    if not n or k + n >= len(tokens):
        return False
    follower = tokens[k + n]
    return _name_kind(follower) or follower.text in ("and", ",")


def _plausible(tokens: list[Token], a: int, b: int, lower: frozenset[str]) -> bool:
    """A run that may be a company's name: a few capitalised words, not a name the
    gazetteer knows, not an everyday or role word, not a word the article writes in lower
    case, and not a given name opening a longer run (a person: "investor Jane Doe")."""
    if not 0 < b - a <= MAX_WORDS:
        return False
    words = [fold(t.text) for t in tokens[a:b]]
    first = words[0]
    if fold(" ".join(words)) in gazetteer() or any(w in gazetteer() for w in words):
        return False
    if any(w in stopwords() or w in title_words() or w in frequent_words() for w in words):
        return False
    if first in org_words() or words[-1] in head_words() or b - a == 1 and first in lower:
        return False
    return b - a == 1 or first not in first_names()


def evidenced(text: str, lower: frozenset[str]) -> set[str]:
    """Folded names the text shows to be companies (`lower`: words the article writes in
    lower case)."""
    tokens = tokenize(text)
    found: set[str] = set()
    for a, b, opening in _cue_sites(tokens):
        if opening and any(common_word(t.text) for t in tokens[a:b]):
            continue
        if b - a == 1 and tokens[a].kind == "low":  # "Amazon-owned"
            word = tokens[a].text
            name = word[: word.rindex("-")]
            inner = tokenize(name)
            if _plausible(inner, 0, len(inner), lower) and all(map(_name_kind, inner)):
                found.add(fold(name))
        elif _plausible(tokens, a, b, lower):
            found.add(fold(text[tokens[a].start : tokens[b - 1].end]))
    return found


def _occurrences(text: str, names: set[str]) -> Iterator[tuple[int, int]]:
    """Character ranges of the names' mentions in the text: a run of capitalised words
    spelling the name, not inside a longer name (a company's office or noun may touch it),
    or the first part of an "X-owned"."""
    tokens = tokenize(text)
    nouns = frozenset(_cues()["nouns_before"])
    offices = _phrases("offices_after")
    longest = max(len(n.split()) for n in names)
    for a, token in enumerate(tokens):
        if token.kind == "low" and "-" in token.text and token.text[:1].isupper():
            name = token.text[: token.text.rindex("-")]
            if fold(name) in names:
                yield token.start, token.start + len(name)
            continue
        if not _name_kind(token):
            continue
        before = tokens[a - 1] if a else None
        if before and before.kind in ("cap", "acro", "init") and before.text.lower() not in nouns:
            continue
        for b in range(min(len(tokens), a + longest), a, -1):
            if fold(text[token.start : tokens[b - 1].end]) not in names:
                continue
            after = tokens[b] if b < len(tokens) else None
            if (
                after is None
                or after.kind not in ("cap", "acro", "init")
                or _words_at(tokens, b, offices)
            ):
                yield token.start, tokens[b - 1].end
            break


def _weak(span: Span, start: int, end: int) -> bool:
    """A span a company's reading may replace: a place or a person read from context
    alone at the same place, or a person guessed from capitals that holds a business
    noun before the name ("Rival Lowe")."""
    if span.label == "place" and span.cue in WEAK_PLACE_CUES or span.label == "single":
        return (span.start, span.end) == (start, end)
    if span.label == PERSON and span.cue in (GUESSED_PERSON, "tagger") and span.end == end:
        head = span.text[: start - span.start].split()
        return all(w.lower() in _cues()["nouns_before"] for w in head)
    return False


def _person_words(spans: list[list[Span]]) -> frozenset[str]:
    """Words of the article's persons, a surname being no company; less the persons
    guessed with a business noun in front ("Rival Lowe") and the tagger's one-word persons
    ("Coty said"), which a company's cue outweighs."""
    nouns = _cues()["nouns_before"]
    return frozenset(
        w
        for line in spans
        for s in line
        if s.label == PERSON
        and fold(s.name).split()[0] not in nouns
        and not (s.cue == "tagger" and " " not in s.name.strip())
        for w in fold(s.name).split()
    )


def with_companies(texts: list[str], spans: list[list[Span]]) -> list[list[Span]]:
    """Each text's spans with the mentions of the names it shows to be companies typed as
    organisations (see the module): added where nothing was found, replacing weak readings."""
    lower = frozenset(fold(t.text) for text in texts for t in tokenize(text) if t.kind == "low")
    names: set[str] = set()
    for text in texts:
        names |= evidenced(text, lower)
    names -= _person_words(spans)
    if not names:
        return spans
    return [_typed(text, line, names) for text, line in zip(texts, spans, strict=True)]


def _typed(text: str, line: list[Span], names: set[str]) -> list[Span]:
    out = list(line)
    changed = False
    for start, end in _occurrences(text, names):
        touching = [n for n, s in enumerate(out) if s.start < end and start < s.end]
        if touching and not (len(touching) == 1 and _weak(out[touching[0]], start, end)):
            continue
        name = text[start:end]
        company = Span(start, end, name, ORGANISATION, name, cue="company")
        if touching:
            out[touching[0]] = company
        else:
            out.append(company)
        changed = True
    if changed:
        out.sort(key=lambda s: (s.start, -s.end))
    return out
