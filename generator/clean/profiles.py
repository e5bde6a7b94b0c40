"""The article's language and the stop words its blocks are judged by.

The stop-word lists are data already: justext's, shipped inside its package (a dependency
of trafilatura); `generator.text.language` names their languages' ISO codes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from ..kept_tables import kept
from ..text.language import PROFILE_CODES, identify

_LANGUAGES = tuple(PROFILE_CODES)
"""justext's list names, English first (the default)."""


@cache
def stoplist(language: str) -> frozenset[str]:
    """justext's stop-word list for one language (shipped with trafilatura's dependency),
    letters only."""
    import justext

    return frozenset(w for w in {w.lower() for w in justext.get_stoplist(language)} if w.isalpha())


@lru_cache(maxsize=1)
@kept("stop-words", ("jusText",))
def _stopwords() -> dict[str, frozenset[str]]:
    """Every language's list, loaded only for a text that is not plainly English."""
    return {language: stoplist(language) for language in _LANGUAGES}


@lru_cache(maxsize=1)
@kept("stop-word-languages", ("jusText",))
def _word_languages() -> dict[str, tuple[str, ...]]:
    """Stop word → the languages whose list holds it (one lookup per distinct word)."""
    index: dict[str, list[str]] = {}
    for language, words in _stopwords().items():
        for word in words:
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


# Words for the language guess: link targets are markup, not the article's language.
_LINK_TARGET_RE = re.compile(r"\]\([^()\s]*\)")
_LANGUAGE_SAMPLE_RE = re.compile(r"[^\W\d_]+")


def _language_stopwords(words: Sequence[str]) -> tuple[str, frozenset[str], float]:
    """The stop-word list that covers most of the article's words (English by default):
    its language, the list, and the share of the words it covers.

    Another language must beat English by 15 %: the lists share many short words. A text
    whose words are a third English stop words is English (no other language's text comes
    near a fifth), and the fourteen other lists are not even loaded for it.
    """
    sample = " ".join(words[:1500]).lower().split()
    english = stoplist("English")
    covered = sum(1 for word in sample if word in english)
    if sample and covered >= 0.35 * len(sample):
        return "English", english, covered / len(sample)
    lists = _stopwords()
    index = _word_languages()
    hits: Counter[str] = Counter()
    for word, n in Counter(sample).items():
        for language in index.get(word, ()):
            hits[language] += n
    best = "English"
    for language in _LANGUAGES[1:]:
        if hits[language] > hits[best] * 1.15:
            best = language
    return best, lists[best], hits[best] / len(sample) if sample else 0.0


_PROFILE_FITS = 0.15
"""Share of an article's words its best stop-word list must cover to judge it by that
list: prose in any of the fifteen languages is over a fifth stop words."""


def article_language(text: str) -> tuple[str | None, frozenset[str]]:
    """The article's language (ISO 639-1; None without words) and the stop words to judge
    its blocks by: empty for a language with no profile, so that prose is judged by its
    shape (sentences, punctuation, length, links, repetition), never by English stop words.

    The stop-word profiles name the language when one fits (no model is loaded for the
    fifteen languages they cover, English above all); only text that none fits is given to
    the identifier.
    """
    words = _LANGUAGE_SAMPLE_RE.findall(_LINK_TARGET_RE.sub("", text[:15000]))
    name, stop, coverage = _language_stopwords(words)
    if not words:
        return None, stop
    if coverage >= _PROFILE_FITS:
        return PROFILE_CODES[name], stop
    code = identify(" ".join(words[:1500]))
    return code, stop if code in PROFILE_CODES.values() else frozenset()
