"""Where rules may match: windows around trigger words, so a rule runs on a fraction of text.

A cheap scan for the words of each class (months, units, day words, digits …) replaces
running every rule's pattern over the whole text, which made matching five times slower.
"""

from __future__ import annotations

import functools
import re

from .lexicon import lexicon
from .recognise import Rule, rules
from .regex import by_first_character, irregular_units

_WINDOW = 60


def _add(classes: dict[str, set[str]], phrases, name: str) -> None:
    for phrase in phrases:
        for word in re.findall(r"[a-z]+", phrase.lower()):
            classes.setdefault(word, set()).add(name)


@functools.cache
def trigger_words() -> dict[str, frozenset[str]]:
    """Lower-case word → the classes it triggers, all from the word tables."""
    lex = lexicon()
    extra = lex["trigger_words"]
    classes: dict[str, set[str]] = {}
    _add(classes, lex["months"], "MONTH")
    _add(classes, lex["weekdays"], "WEEKDAY")
    _add(classes, [w + "s" for w in lex["weekdays"]], "WEEKDAY")
    _add(classes, lex["seasons"], "SEASON")
    _add(classes, lex["decade_words"], "DECADE")
    _add(classes, extra["DECADE"] + list(lex["ordinals"]), "DECADE")
    _add(classes, extra["QUARTER"], "QUARTER")
    units = lex["unit_words"] + [w for s, p, _ in irregular_units() for w in (s, p)]
    _add(classes, units + [u + "s" for u in units], "UNIT")
    _add(classes, extra["DAYWORD"], "DAYWORD")
    _add(classes, extra["SET"] + list(lex["set_adverbs"]), "SET")
    _add(classes, lex["holidays"], "HOLIDAY")
    _add(classes, extra["SPELLED"], "SPELLED")
    refs = lex["present_ref"] + lex["past_ref"] + lex["future_ref"]
    _add(classes, [p.split()[-1] for p in refs], "REF")
    return {word: frozenset(names) for word, names in classes.items()}


@functools.cache
def _trigger_tokens() -> re.Pattern[str]:
    """A trigger word (a whole run of ASCII letters) or a run of digits, in lower-cased text:
    one scan finds what `windows` needs without a Python step for every other word."""
    words = sorted(trigger_words(), key=len, reverse=True)
    return re.compile(r"(?<![a-z])" + by_first_character(words, str) + r"(?![a-z])|\d+")


def windows(lowered: str) -> dict[str, list[tuple[int, int]]]:
    """For each word class, the merged stretches of text around its words."""
    triggers = trigger_words()
    found: dict[str, list[tuple[int, int]]] = {}
    size = len(lowered)
    for match in _trigger_tokens().finditer(lowered):
        word = match.group()
        names = ("DIGIT",) if word[0].isdigit() else triggers[word]
        for name in names:
            start, end = max(0, match.start() - _WINDOW), min(size, match.end() + _WINDOW)
            spans = found.setdefault(name, [])
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return found


_ODD_CASES = ("ſ", "ı", "İ", "\u212a")
"""The non-ASCII characters an IGNORECASE pattern reads as ASCII letters (`s`, `i`, `i`, `k`)."""
_ASCII_LOWER = {ord(c): ord(c.lower()) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_FOLD = _ASCII_LOWER | {ord(c): ord(f) for c, f in zip(_ODD_CASES, "siik", strict=True)}


def lowered(text: str) -> tuple[str, str]:
    """`text` lower-cased two ways, offsets kept: ASCII letters only (the words `windows`
    looks for), and every character an IGNORECASE pattern reads as an ASCII letter made that
    letter (where rule keys are looked for). Without the four odd characters both are
    what the much faster `str.lower` gives."""
    if any(c in text for c in _ODD_CASES):
        return text.translate(_ASCII_LOWER), text.translate(_FOLD)
    lower = text.lower()
    return lower, lower


_SPAN_TRIM = re.compile(r"[\s,]+$")


def candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every match of every rule inside its windows: (start, end, rule index, match)."""
    found = []
    lower, folded = lowered(text)
    found_windows = windows(lower)
    stretches: dict[tuple[frozenset[str], re.Pattern[str] | None], list[tuple[int, int]]] = {}
    for index, rule in enumerate(rules()):
        where = (rule.triggers, rule.key)
        if where not in stretches:  # rules often share both
            stretches[where] = _stretches(found_windows, rule, folded)
        seen: set[tuple[int, int]] = set()
        for window_start, window_end in stretches[where]:
            for match in rule.pattern.finditer(text, window_start, window_end):
                start, end = match.span()
                if (start, end) in seen:
                    continue
                seen.add((start, end))
                found.append(_trimmed(text, start, end, index, match))
    return [c for c in found if c is not None]


def _stretches(
    found_windows: dict[str, list[tuple[int, int]]], rule: Rule, folded: str
) -> list[tuple[int, int]]:
    """The windows around any of the rule's triggers that hold its key, in order."""
    if len(rule.triggers) == 1:
        spans = found_windows.get(next(iter(rule.triggers)), [])  # already in order and apart
    else:
        spans = sorted({w for name in rule.triggers for w in found_windows.get(name, ())})
    if rule.key is None:
        return spans
    key = rule.key
    return [(start, end) for start, end in spans if key.search(folded, start, end)]


def _trimmed(text: str, start: int, end: int, index: int, match: re.Match[str]):
    """The candidate without trailing blanks/commas; None when it crosses a blank line."""
    trimmed = _SPAN_TRIM.search(text, start, end)
    if trimmed and trimmed.start() > start:
        end = trimmed.start()
    if end > start and "\n\n" not in text[start:end]:
        return (start, end, index, match)
    return None
