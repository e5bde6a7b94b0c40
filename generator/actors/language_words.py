"""How common a word is in a language, and how much that language's people use it as a
given name: the evidence that a capitalised word of an article in another language than
English is a word of that language ("Seit", "Tod", "Arbeitgeber"), not a name.

German capitalises every noun and a sentence's first word, so capitals say nothing there;
what does is use. A word that a language's writers use often (wordfreq's frequency, on the
Zipf scale: 4 is once in 100,000 words, 5 once in 10,000) and that its countries seldom or never give as a
first name (gender-guesser's dictionary, frequency per country) is that language's word.
A name travels: "Bundestag", "Merkel", "Lufthansa" are written in English texts too, at a
fair share of their German use, while "Arbeitgeber" and "Richtung" are not; so a word a
thousand times more common in its language than in English is a common noun.
"""

from __future__ import annotations

from functools import cache

from ..kept_tables import kept
from ..lang import load
from .lexicon import fold
from .name_dictionary import COUNTRIES, name_rows

EVERYDAY_ZIPF = 4.5
"""How common a word must be in the article's language to be taken for one of its words
(once in 30,000 words): one famous bearer is enough to make a rare given name common in
the news ("Jair" is 4.1 in Portuguese texts, "Donald" 4.2 in German ones)."""
NAME_HERE_MAX = 2
"""A given name whose frequency in the language's countries is at most this (gender-guesser's
scale: 1 rare, 13 extremely common; each step about twice as many people) is no name
there."""
NAME_ANYWHERE_MAX = 6
"""Nor is one that some country gives more often than this: "Donald" (8 somewhere) stays a
name in a German text."""
RARE_NAME = 2
"""A name no country gives more often than this is rare everywhere ("Tod": 1 in the USA)."""
RARE_NAME_MARGIN = 0.3
NAME_MARGIN = 1.0
FUNCTION_ZIPF = 6.0
"""A word at least once in 1,000 words of its language is one of its function words
(articles, prepositions, conjunctions: German "der", "im", "bei"; jusText's stop lists,
counted on Wikipedia, also hold "Größe", "neue" and given names)."""
NOUN_ZIPF = 3.5
"""How common a one-word name must be in the article's language to be read as a noun."""
NOUN_GAP = 3.0
"""How much rarer (Zipf steps: powers of ten) that word must be in English texts."""


def zipf(word: str, language: str, wordlist: str = "small") -> float:
    """The word's frequency in `language` on the Zipf scale (0 when wordfreq has no list for
    that language or the word is not in it; the small lists stop at 3)."""
    return _zipf(word.lower(), language, wordlist)


@cache
def _zipf(word: str, language: str, wordlist: str) -> float:
    from wordfreq import zipf_frequency  # loads its lists on first use

    if language not in _languages(wordlist) or not _tokenisable(language):
        return 0.0  # wordfreq would answer for its "nearest" language: Russian for Armenian
    return zipf_frequency(word, language, wordlist=wordlist)


@cache
def _tokenisable(language: str) -> bool:
    """Whether wordfreq can split this language's words here: Japanese and Korean need
    MeCab, Chinese jieba, optional packages the project does not install."""
    from wordfreq import zipf_frequency

    try:
        zipf_frequency("a", language, wordlist="small")
    except ImportError:
        return False
    return True


@cache
def _languages(wordlist: str) -> frozenset[str]:
    """The languages wordfreq has a list of this size for, by their own code only."""
    from wordfreq import available_languages

    return frozenset(available_languages(wordlist))


@cache
@kept("name-frequencies", ("gender-guesser",))
def _name_frequencies() -> dict[str, bytes]:
    """Folded given name (accent-free: "Jürgen" is "jurgen") → its highest frequency in
    each country of the dictionary."""
    out: dict[str, bytes] = {}
    for row in name_rows():
        known = out.get(row.folded)
        out[row.folded] = (
            row.frequencies if known is None else bytes(map(max, known, row.frequencies))
        )
    return out


@cache
def _countries(language: str) -> tuple[int, ...]:
    """Column indices of the countries where `language` is spoken (`lang/xx/name_countries.tsv`)."""
    for row in load("xx", "name_countries.tsv"):
        if row[0] == language:
            return tuple(COUNTRIES.index(c) for c in row[1].split(","))
    return ()


def name_use(word: str, language: str) -> tuple[int, int]:
    """How much `word` is given as a first name: (in the language's countries, anywhere),
    each 0 for never."""
    row = _name_frequencies().get(fold(word))
    if row is None:
        return 0, 0
    here = max((row[i] for i in _countries(language)), default=0)
    return here, max(row)


def everyday_not_name(word: str, language: str) -> bool:
    """Whether `word` is a common word of `language` that its people seldom give as a first
    name ("Seit", "Tod", "Meine" in German; not "Max", "Donald", "Bob"): at least
    `EVERYDAY_ZIPF` there, given as a name at most `NAME_HERE_MAX` there, and more common
    in the language than in English by a margin that grows with its use as a name anywhere
    (`_english_margin`): English texts carry names as much as German ones do."""
    here_zipf = zipf(word, language)
    if here_zipf < EVERYDAY_ZIPF or not _countries(language):
        return False  # rare, or no country data: how often it is given there is unknown
    here, anywhere = name_use(word, language)
    margin = _english_margin(anywhere)
    if here > NAME_HERE_MAX or margin is None:
        return False
    return here_zipf - zipf(word, "en", "large") >= margin


def _english_margin(anywhere: int) -> float | None:
    """How much more common (Zipf steps) than in English a word must be in its language to
    be its word, by the most any country gives it as a name: twice as common (0.3) for a
    name that is rare everywhere ("Tod", "Halle"; less is the lists' noise: a word as
    common in English is English's too), ten times (1.0) for one given moderately ("Tat",
    "Im"), and a name common somewhere never is a word."""
    if anywhere <= RARE_NAME:
        return RARE_NAME_MARGIN
    return NAME_MARGIN if anywhere <= NAME_ANYWHERE_MAX else None


def language_noun(word: str, language: str) -> bool:
    """Whether `word` is a common word of `language` that English texts hardly write
    ("Arbeitgeber", "Richtung"), unlike a name, which they do ("Bundestag", "Siemens")."""
    here = zipf(word, language)
    if here < NOUN_ZIPF:
        return False
    return here - zipf(word, "en", "large") >= NOUN_GAP


def function_word(word: str, language: str) -> bool:
    """Whether `word` is one of the most frequent words of `language` (`FUNCTION_ZIPF`)."""
    return zipf(word, language) >= FUNCTION_ZIPF
