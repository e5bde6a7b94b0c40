"""Acronyms that stand for a common noun in any language: "LKW" (Lastkraftwagen), "KMU"
(kleine und mittlere Unternehmen), "PPE" (personal protective equipment), seen in the text's
own use of them, as `short_forms.common_acronyms` does for English determiners and plurals.

Frequency cannot tell them apart: wordfreq gives German "lkw" 4.5 and "cdu" 5.2, both far
rarer in English. The text can:
- an indefinite article of the article's language right before the acronym ("ein LKW",
  "einem TLF"; `lang/<code>/acronym_determiners.txt`): a party or a company takes none;
- a count right before it, in a text in another language than English ("80 LKW", "gut 80
  KMU"), unless a figure follows too ("GER 2 RUS 1": a result line);
- an expansion in brackets that begins in lower case: "kleine und mittlere Unternehmen
  (KMU)", "personal protective equipment (PPE)", where a body's name is capitalised
  ("Deutscher Fußball-Bund (DFB)").
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import load_optional

_ACRONYM = r"[A-ZÄÖÜ]{2,6}"
_COUNTED = re.compile(rf"(?<![\w.,:/-])\d+[ \t\u00a0]+({_ACRONYM})\b(?![ \t\u00a0]*\d)(?!-)")
"""A count, then the acronym, and no figure after it; "80 LKW-Fahrten" counts the compound."""
_DEFINED = re.compile(rf"\(({_ACRONYM})\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
MAX_EXPANSION_WORDS = 6
"""The longest expansion looked for before a bracketed acronym."""


@cache
def _determiners(language: str) -> re.Pattern[str] | None:
    """The indefinite articles of `language` before an acronym, or None without a list."""
    words = sorted(load_optional(language, "acronym_determiners.txt"), key=len, reverse=True)
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w-])(?i:{alternation})[ \t\u00a0]+({_ACRONYM})\b(?!-)")


def acronym_nouns(texts: list[str], language: str | None) -> frozenset[str]:
    """Acronyms the texts use as common nouns (see the module); `language` is the
    article's ISO 639-1 code (None: English)."""
    found: set[str] = set()
    determiners = _determiners(language) if language not in (None, "en") else None
    for text in texts:
        if determiners is not None:
            found.update(determiners.findall(text))
        if language not in (None, "en"):
            found.update(_COUNTED.findall(text))
        found.update(lower_case_expansions(text))
    return frozenset(found)


def lower_case_expansions(text: str) -> set[str]:
    """Acronyms in brackets whose expansion before them begins in lower case (see
    `expansion`)."""
    out = set()
    for match in _DEFINED.finditer(text):
        words = _WORD.findall(text[max(0, match.start() - 120) : match.start()])
        first = expansion(words[-MAX_EXPANSION_WORDS:], match.group(1))
        if first is not None and first[:1].islower():
            out.add(match.group(1))
    return out


def expansion(words: list[str], acronym: str) -> str | None:
    """The first word of the shortest run of the last `words` that spells `acronym`: it
    starts with the acronym's first letter and holds its letters in order ("kleine und
    mittlere Unternehmen" spells KMU, "gesetzliche Rentenversicherung" GRV); None if no run
    does."""
    letters = acronym.lower()
    for start in range(len(words) - 1, -1, -1):
        run = words[start:]
        if run[0][:1].lower() == letters[0] and _in_order(letters, " ".join(run).lower()):
            return run[0]
    return None


def _in_order(letters: str, text: str) -> bool:
    """Whether `letters` occur in `text` in this order."""
    rest = iter(text)
    return all(letter in rest for letter in letters)
