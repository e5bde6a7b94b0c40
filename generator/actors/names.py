"""Given names, from gender-guesser's international name dictionary, and their gender."""

from __future__ import annotations

from functools import cache
from importlib import resources

from .gazetteer import gazetteer
from .lexicon import fold_uncached, org_words, stopwords, title_words


@cache
def _name_dictionary() -> tuple[frozenset[str], dict[str, str]]:
    """gender-guesser's name dictionary: folded given names, and the gender of those whose
    firm entries (not the "mostly" ones) all agree."""
    text = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_text("latin-1")
    names = set()
    firm: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.startswith("#") or len(line) < 4 or line[0] == "=":
            continue
        name = line[3:29].strip()
        if "<" in name or " " in name or len(name) < 2:
            continue
        folded = fold_uncached(name.replace("+", "-"))
        names.add(folded)
        if line[:2] in ("M ", "1M", "F ", "1F"):
            firm.setdefault(folded, set()).add(line[1] if line[0] == "1" else line[0])
    genders = {
        name: "male" if codes == {"M"} else "female"
        for name, codes in firm.items()
        if len(codes) == 1
    }
    return frozenset(names), genders


def given_name_gender(name: str) -> str | None:
    """`male`, `female`, or None (unknown or used for both) for a folded given name."""
    return _name_dictionary()[1].get(name)


@cache
def first_names() -> frozenset[str]:
    """Folded given names from gender-guesser, minus titles and stopwords."""
    names = set(_name_dictionary()[0])
    not_names = {k for k, e in gazetteer().items() if e.label != "place" and e.label != "capital"}
    return frozenset(names - stopwords() - title_words() - set(org_words()) - not_names)
