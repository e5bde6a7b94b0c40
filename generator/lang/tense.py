"""Tense and modality cues shared by the timex and events stages, from
`lang/<code>/tense_cues.json`.

The two stages each kept their lists of past-tense words, plans, forecasts and modal verbs,
drifted apart (timex knew "became" and "intends to", events "slated"; they disagreed on
"expects to"). Both now build their cues from this one table: the events stage tells a
plan (`scheduled`) from a forecast (`forecasts`, `hedging_modals`); timex reads the plans
as the future (with forward words of its own), and every modal verb (`modals`) as a modal.
"""

from __future__ import annotations

import functools

from . import load
from .saying import reporting_verbs


def alternatives(entries: tuple[str, ...] | list[str]) -> str:
    """Cue entries as one regex alternation; a space in an entry is `\\s+`."""
    return "|".join(entry.replace(" ", r"\s+") for entry in entries)


@functools.cache
def past_words(code: str = "en") -> tuple[str, ...]:
    """The words that mark the past: the table's, then the past of the verbs of saying."""
    table = load(code, "tense_cues.json")
    saying = tuple(w for w in reporting_verbs(code).past if w not in table["past"])
    return tuple(table["past"]) + saying


@functools.cache
def past_pattern(code: str = "en") -> str:
    """Regex source of a past-tense cue (wrap it in `\\b(?:…)\\b`): a past word, or a
    lower-case `-ed` word that follows no passive auxiliary and is no look-alike."""
    table = load(code, "tense_cues.json")
    guards = "".join(rf"(?<!\b{word}\s)" for word in table["past_suffix_not_after"])
    not_words = alternatives(table["past_suffix_not_words"])
    stem, suffix = int(table["past_suffix_min_stem"]), table["past_suffix"]
    regular = rf"{guards}(?-i:(?![a-z]*(?:{not_words})\b)[a-z]{{{stem},}}{suffix})"
    return f"{alternatives(past_words(code))}|{regular}"


def cues(name: str, code: str = "en") -> str:
    """The cue list `name` of the table (`scheduled`, `forecasts`, `hedging_modals`,
    `other_modals`) as one regex alternation."""
    return alternatives(load(code, "tense_cues.json")[name])


def modals(code: str = "en") -> str:
    """Every modal verb, hedging first, as one regex alternation."""
    return f"{cues('hedging_modals', code)}|{cues('other_modals', code)}"
