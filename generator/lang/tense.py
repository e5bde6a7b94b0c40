"""Tense cues shared by the timex and events stages, from `lang/<code>/tense_cues.json`.

The two stages each kept a list of past-tense words, drifted apart (timex knew "became",
"fled" and the `-eed` words that only look past; events did not). Both now build their past
cue from this one table and the past forms of the verbs of saying.
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
