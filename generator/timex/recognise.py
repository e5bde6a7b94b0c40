"""The rule table: each rule of `lang/en/timex_rules.ini` compiled with its normaliser.

A rule is a pattern (its words filled in from the tables), the name of the function that
turns a match into a value, the word classes it needs nearby and a cheap key to look for.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import normalise_dates, normalise_days, normalise_periods, normalise_relative
from .context import Ctx
from .lexicon import expand, rule_sections
from .regex import fragments
from .values import Value

Handler = Callable[[re.Match[str], Ctx], "Value | None"]
_NORMALISERS = (normalise_dates, normalise_days, normalise_periods, normalise_relative)


@dataclass(frozen=True)
class Rule:
    """One pattern and the function that normalises what it matches."""

    name: str
    pattern: re.Pattern[str]
    normalise: Handler
    triggers: frozenset[str] = frozenset()
    """Word classes the rule needs nearby (`MONTH`, `UNIT`, `DIGIT`, …)."""
    key: re.Pattern[str] | None = None
    r"""What every match contains, searched for in the case-folded text: a plain regex (no
    flags, no lookaround), so a window without it cannot hold a match. A key that starts
    with a word, a class or a choice of words lets the engine skip straight to where it
    could match; one starting `\d{8}` or `\d…|noon` makes it try every position."""


def _handler(name: str) -> Handler:
    """The normaliser a rule names, from the `normalise_*` modules."""
    for module in _NORMALISERS:
        handler = getattr(module, name, None)
        if callable(handler):
            return handler
    raise LookupError(f"timex_rules.ini names an unknown normaliser: {name}")


@functools.cache
def rules() -> tuple[Rule, ...]:
    """Every rule, compiled once; earlier rules win ties between equally long matches."""
    found = []
    frags = fragments()
    for name, section in rule_sections().items():
        if name == "fragments":
            continue
        key = section.get("key")
        found.append(
            Rule(
                name,
                re.compile(word_start(expand(section["pattern"], frags)), re.IGNORECASE),
                _handler(section["normalise"]),
                frozenset(section["triggers"].split()),
                re.compile(expand(key, frags)) if key else None,
            )
        )
    return tuple(found)


def word_start(pattern: str) -> str:
    """Every expression starts a word. Saying so up front lets the engine give up at once
    inside words instead of trying every alternative there (three times faster overall)."""
    if pattern.startswith("(?<="):
        return pattern
    return r"(?<![^\W_])(?:" + pattern + ")"
