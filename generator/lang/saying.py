"""The verbs of saying, one table (`lang/<code>/reporting_verbs.tsv`) for every stage.

Four stages once kept their own copies (the actors' recogniser and quotations, claims,
events, key points), which had drifted about twenty forms apart; each now takes the forms it
needs from this one table, so a verb added there is heard everywhere.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from . import load

_ABSENT = "-"
_NOUN_MARK = "*"
_CORE = "core"
_SPEAKER = "speaker"
_COLUMNS = 6


@dataclass(frozen=True)
class ReportingVerbs:
    """The inflections of the verbs of saying, each tuple in table order, without the forms
    that are as often nouns (marked `*` in the table)."""

    base: tuple[str, ...]
    third_person: tuple[str, ...]
    past: tuple[str, ...]
    gerund: tuple[str, ...]
    plural: tuple[str, ...]
    """Base forms that stand as a present after a name ("officials say")."""
    core: frozenset[str] = frozenset()
    """Every form of the verbs that only tell who spoke ("said", "told"), never what
    happened: stopwords of the words compared."""
    person: tuple[str, ...] = ()
    """The finite forms that, next to a name, make it a person ("warned"), table order:
    not those as often said of organisations and things ("reported", "continued")."""

    @property
    def finite(self) -> tuple[str, ...]:
        """The forms that attribute words right after a speaker: "says", "said", "say"."""
        return self.third_person + self.past + self.plural

    @property
    def every_form(self) -> frozenset[str]:
        """Every inflection used as a verb: words that say who spoke, never what happened."""
        return frozenset(self.finite + self.gerund)


def _verbs(column: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in column if w != _ABSENT and not w.endswith(_NOUN_MARK))


def from_rows(rows: tuple[tuple[str, ...], ...]) -> ReportingVerbs:
    """The verbs of a parsed table: six columns a row, `-` for an absent form."""
    bad = [row for row in rows if len(row) != _COLUMNS]
    if bad:
        raise ValueError(f"reporting_verbs.tsv: a row needs {_COLUMNS} columns: {bad[0]!r}")
    columns = list(zip(*rows, strict=True)) if rows else [()] * _COLUMNS
    base, third, past, gerund, plural = (_verbs(tuple(c)) for c in columns[:5])
    core = frozenset(form for row in rows if row[5] == _CORE for form in _verbs(row[1:5]))
    cues = {row[0]: row[5] for row in rows}
    # each finite form (third person, past, plural) beside the verb it belongs to
    finite = zip(columns[0] * 3, columns[1] + columns[2] + columns[4], strict=True)
    person = tuple(
        form for verb, form in finite if cues[verb] in (_CORE, _SPEAKER) and _verbs((form,))
    )
    return ReportingVerbs(base, third, past, gerund, plural, core, person)


@functools.cache
def reporting_verbs(code: str = "en") -> ReportingVerbs:
    """The verbs of saying of language `code`, read once."""
    return from_rows(load(code, "reporting_verbs.tsv"))
