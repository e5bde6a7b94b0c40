"""Given names, from gender-guesser's international name dictionary, and their gender."""

from __future__ import annotations

from functools import cache

from ..kept_tables import kept
from .gazetteer import SOURCES, gazetteer
from .language_words import zipf
from .lexicon import org_words, stopwords, title_words
from .name_dictionary import name_rows


@cache
@kept("name-dictionary", ("gender-guesser",))
def _name_dictionary() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """gender-guesser's name dictionary: folded given names, the gender of those whose
    firm entries (not the "mostly" ones) all agree, and the folded names that only an
    accented spelling gives ("Côme" → "come", "Ángeles" → "angeles")."""
    names = set()
    plain = set()
    firm: dict[str, set[str]] = {}
    for row in name_rows():
        if "<" in row.name or " " in row.name or len(row.name) < 2:
            continue
        folded = row.folded
        names.add(folded)
        if row.name.isascii():
            plain.add(folded)
        if row.code in ("M", "1M", "F", "1F"):
            firm.setdefault(folded, set()).add(row.code[-1])
    genders = {
        name: "male" if codes == {"M"} else "female"
        for name, codes in firm.items()
        if len(codes) == 1
    }
    return frozenset(names), genders, frozenset(names - plain)


def given_name_gender(name: str) -> str | None:
    """`male`, `female`, or None (unknown or used for both) for a folded given name."""
    return _name_dictionary()[1].get(name)


ACCENT_WORD_ZIPF = 4.0
"""How common in English (wordfreq's Zipf scale: once in 100,000 words) an accent-free
spelling must be to be the English word rather than the name: "come", "nice", "tons",
"angeles" are; "joaquin", "francois", "jurgen" are not."""


@cache
def accent_only_words() -> frozenset[str]:
    """Folded names that only an accented spelling gives and that English writes often
    as a word of its own: "Côme" folds to "come", "Ángels" to "angels"; an English text
    that writes them means the word."""
    return frozenset(w for w in _name_dictionary()[2] if zipf(w, "en") >= ACCENT_WORD_ZIPF)


FIRST_NAME_SOURCES = ("gender-guesser", "wordfreq", *SOURCES)
"""What `first_names` is made of: the dictionary, wordfreq's lists, the gazetteer."""


@cache
@kept("first-names", FIRST_NAME_SOURCES)
def first_names() -> frozenset[str]:
    """Folded given names from gender-guesser, minus titles, stopwords, and the common
    English words that only lose an accent to become a name (`accent_only_words`)."""
    names = set(_name_dictionary()[0]) - accent_only_words()
    not_names = {k for k, e in gazetteer().items() if e.label != "place" and e.label != "capital"}
    return frozenset(names - stopwords() - title_words() - set(org_words()) - not_names)
