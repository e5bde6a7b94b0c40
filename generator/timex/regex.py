"""Regex fragments built from the word tables: alternations grouped by first character.

Grouping is the speed of the rules: the engine rules a group out on one character instead
of trying each word in turn. The fragments are what `{NAME}` stands for in the rule file.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from .lexicon import expand, full_months, full_weekdays, lexicon, rule_sections, words


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of `items` (words), longest first so the longest one wins
    (grouped by first character: see `by_first_character`)."""
    escaped = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in items}, key=lambda w: -len(w))
    return by_first_character(escaped, any_case)


def word_alternation(items: list[str]) -> str:
    """Words as an alternation, in the order given (see `by_first_character`)."""
    return by_first_character(list(items), any_case)


def by_first_character(alternatives: list[str], head: Callable[[str], str]) -> str:
    r"""`alternatives` (regexes) as one, grouped by first character, which `head` writes.

    `monday|tuesday|thursday` becomes `m(?:onday)|t(?:uesday|hursday)`: the same regex,
    since the words keep their order and two words that start differently cannot both
    match at one place. Each alternative is a word that may hold a group or end in a suffix
    (`centur(?:y|ies)`, `jan\.?`), never a `|` outside parentheses; if one does not start
    with a letter or digit standing for itself, they are joined as they are.
    """
    if not all(a[:1].isalnum() and a[1:2] not in ("?", "*", "+", "{") for a in alternatives):
        return "(?:" + "|".join(alternatives) + ")"
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(head(c) + "(?:" + "|".join(g) + ")" for c, g in groups.items()) + ")"


_CASE_VARIANTS = {"i": "İı", "k": "\u212a", "s": "ſ"}
"""Characters other than its two ASCII cases that an IGNORECASE pattern reads as a letter."""


def any_case(char: str) -> str:
    """`char` as a case-sensitive class of every character a case-insensitive pattern reads
    as it (`s` → `[sSſ]`). The engine skips an alternative that starts with such a class
    after one comparison; one that starts with a case-insensitive letter it must enter."""
    if not char.isalpha():
        return char
    return "(?-i:[" + char.lower() + char.upper() + _CASE_VARIANTS.get(char.lower(), "") + "])"


def irregular_units() -> list[tuple[str, str, str]]:
    """(singular, plural, shared stem) of the units not pluralised with `s`."""
    found = []
    for singular, plural in lexicon()["unit_irregular_plurals"].items():
        stem = singular
        while not plural.startswith(stem):
            stem = stem[:-1]
        found.append((singular, plural, stem))
    return found


def _unit_fragment() -> str:
    irregular = [f"{s}(?:{a[len(s) :]}|{b[len(s) :]})" for a, b, s in irregular_units()]
    regular = [u + "s?" for u in lexicon()["unit_words"]]
    return by_first_character(irregular + regular, any_case)


def _month_fragment() -> str:
    full = full_months()
    abbreviated = [m for m in lexicon()["months"] if m not in full]
    return (
        by_first_character(
            sorted(full, key=len, reverse=True)
            + [m + r"\.?" for m in sorted(abbreviated, key=len, reverse=True)],
            any_case,
        )
        + "(?![a-z])"
    )


def _word_fragments() -> dict[str, str]:
    """The fragments made of words: each from its table in `timex.json`."""
    lex = lexicon()
    groups = lex["number_groups"]
    small = [w for w, n in lex["numbers"].items() if isinstance(n, int) and n < 20]
    holidays = alternation([h.replace("'", "['’]") for h in lex["holidays"]])
    holiday_names = [re.escape(h).replace(r"\ ", r"\s+") for h in lex["holidays"]]
    refs = lex["present_ref"] + lex["past_ref"] + lex["future_ref"]
    return {
        "MONTH": _month_fragment(),
        "WD": word_alternation(full_weekdays()),
        "TENS": word_alternation(list(groups["tens"])),
        "DIGITS": word_alternation(list(groups["digits"])),
        "COUNTS": alternation(small + words("count_extras")),
        "VAGUE": alternation(lex["vague_numbers"]),
        "ORD": alternation(lex["ordinals"]),
        "UNIT": _unit_fragment(),
        "SEASON": alternation(lex["seasons"]),
        "POD": word_alternation(list(lex["part_of_day_codes"])),
        "MOD": alternation(lex["mod_words"]),
        "APPROX": alternation(lex["approx_words"]),
        "HOLIDAYS": holidays.replace(r"\['’\]", "['’]"),
        "REFS": alternation(refs),
        "SET_ADVERBS": alternation(lex["set_adverbs"]),
        "THIS_NEXT": word_alternation(words("this_next")),
        "MONTH_REL": word_alternation(words("month_relations")),
        "WEEKDAY_REL": word_alternation(words("weekday_relations")),
        "DETERMINER": word_alternation(words("determiners")),
        "PERIOD_ADJECTIVE": word_alternation(words("period_adjectives")),
        "WEEKDAY_NAMES": "|".join(full_weekdays()),
        "DIGIT_WORDS": "|".join(groups["digits"]),
        "TEEN_WORDS": "|".join(groups["teens"]),
        "DECADE_WORDS": "|".join(lex["decade_words"]),
        "TENS_WORDS": "|".join(groups["tens"]),
        "HOLIDAY_KEY": "|".join(n.replace("'", "['’]") for n in holiday_names),
        "UNIT_STEMS": "|".join([s for _, _, s in irregular_units()] + lex["unit_words"]),
    }


@functools.cache
def fragments() -> dict[str, str]:
    """Every `{NAME}` a rule may use: the word fragments, then the rule file's own
    `[fragments]` in order (each may use those before it)."""
    found = _word_fragments()
    for name, template in rule_sections()["fragments"].items():
        found[name] = expand(template, found)
    found["SPELLED_YEAR_PLAIN"] = re.sub(r"\?P<\w+>", "?:", found["SPELLED_YEAR"])
    return found
