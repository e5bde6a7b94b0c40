"""What a normaliser may read besides its match: the text, the anchor, the clause's tense.

`Ctx` is the one mutable object of the stage: the matcher moves it from span to span and
appends each value it keeps, so that "that day" can find the date it refers to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..text.sentences import sentence_at
from .lexicon import cue
from .values import Anchor, NeedsAnchor, TimexSpan

_QUOTE_CLOSE = re.compile(r"[\"”]|''")
_TENSE_REACH = 80
"""Characters between a verb marker and the expression beyond which a nearer reading wins:
a marker further back counts only when none is this near (`Ctx._nearest_tense`)."""
_PRECEDING_WORD = re.compile(r"([A-Za-z']+)\W*$")


class Ctx:
    """What a normaliser may read: the text, the anchor, the clause's tense, earlier values."""

    def __init__(self, text: str, anchor: Anchor):
        self.text = text
        self.anchor = anchor
        self.previous: list[TimexSpan] = []
        self.start = 0
        self.end = 0
        self.choosing = False
        """True while spans are being chosen, before earlier values are known."""
        self._tenses: dict[tuple[int, int], str | None] = {}
        """`tense()` by span: a span is normalised twice, when chosen and when kept."""

    # -- anchor parts, raising NeedsAnchor with the right placeholder
    def day(self, placeholder: str = "XXXX-XX-XX") -> dt.date:
        d = self.anchor.date
        if d is None:
            raise NeedsAnchor(placeholder)
        return d

    def month(self, placeholder: str = "XXXX-XX") -> tuple[int, int]:
        if self.anchor.year is None or self.anchor.month is None:
            raise NeedsAnchor(placeholder)
        return self.anchor.year, self.anchor.month

    def year(self, placeholder: str = "XXXX") -> int:
        if self.anchor.year is None:
            raise NeedsAnchor(placeholder)
        return self.anchor.year

    def tense(self) -> str | None:
        """'future', 'past' or None (present or unknown): the nearest verb marker in the
        expression's sentence, within `_TENSE_REACH` characters; failing one, the nearest
        before it in its clause (`events.clauses.stretch`), however far."""
        span = (self.start, self.end)
        if span not in self._tenses:
            self._tenses[span] = self._nearest_tense()
        return self._tenses[span]

    def tense_of(self, span: TimexSpan) -> str | None:
        """`tense()` of an earlier span, read from where that span stands."""
        here = self.start, self.end
        self.start, self.end = span.start, span.end
        try:
            return self.tense()
        finally:
            self.start, self.end = here

    def _nearest_tense(self) -> str | None:
        s, e = sentence_at(self.text, self.start)
        e = max(e, self.end)
        best = self._nearest_marker(
            max(s, self.start - _TENSE_REACH), min(e, self.end + _TENSE_REACH)
        )
        if best is None:
            far = self._nearest_marker(self.clause_start(), self.start)
            # only a plan reaches that far: a past verb far back is mostly a verb of saying
            # whose report has a time of its own ("said … would back talks … on Feb. 8")
            best = far if far is not None and far[1] == "future" else None
        return best[1] if best else None

    def clause_start(self) -> int:
        """Where the clause holding the expression begins: a verb far before it in the same
        clause still gives its tense ("is scheduled to spend five hours in Dar es Salaam,
        Tanzania, her first stop Tuesday morning")."""
        # imported here: the events stage imports timex, so a top-level import is circular
        from ..events.clauses import stretch

        return stretch(self.text, self.start, self.end)[0]

    def _nearest_marker(self, s: int, e: int) -> tuple[float, str | None] | None:
        """The nearest tense marker in `s:e` as (distance, tense), or None."""
        best: tuple[float, str | None] | None = None
        markers = ((cue("future"), "future"), (cue("past"), "past"), (cue("present"), None))
        for regex, label in markers:
            for match in regex.finditer(self.text, s, e):
                if self.start <= match.start() < self.end:
                    continue  # words inside the expression itself ("last", "next")
                if label == "past" and self._participle(match):
                    continue  # "will stay closed until Tuesday": not a past tense
                if label == "past" and self._attributive(match):
                    continue  # "on a still unspecified date": an adjective, no tense
                if label is None and self._after_future_auxiliary(match):
                    continue  # "won't have him Wednesday": the auxiliary gives the tense
                distance = self._distance(match)
                if distance is None:
                    continue
                if label == "future" and self._reported_plan(match):
                    label_here = None  # "his vow on Monday that there would be": no future
                else:
                    label_here = self._pluperfect(match, label)
                if best is None or distance < best[0]:
                    best = (distance, label_here)
        return best

    def _distance(self, match: re.Match[str]) -> float | None:
        """How far a marker is from the expression; one after it counts for more, one in
        the next clause for more still, one beyond a closing quote not at all."""
        if match.start() < self.start:
            return self.start - match.end()
        if _QUOTE_CLOSE.search(self.text, self.end, match.start()):
            return None  # '"… leave Thursday," he said': the quote has its own tense
        distance = (match.start() - self.end) * 1.5
        if cue("clause_break").search(self.text, self.end, match.start()):
            distance *= 4  # "was there Thursday and will go on Saturday"
        return distance

    def _reported_plan(self, match: re.Match[str]) -> bool:
        """A "would" after the expression, beyond a "that" opening a reported clause ("his
        vow on Monday that there would be no state"): a plan seen from the past, the
        reported clause's own; the expression's day is the vow's."""
        return (
            match.start() >= self.end
            and cue("future_in_past").fullmatch(match.group()) is not None
            and cue("reported_clause").search(self.text, self.end, match.start()) is not None
        )

    def _pluperfect(self, match: re.Match[str], label: str | None) -> str | None:
        """ "had been due to expire Friday": a future marker after "had" is in the past."""
        if label == "future" and cue("pluperfect").search(
            self.text, max(0, match.start() - 20), match.start()
        ):
            return "past"
        return label

    def _participle(self, match: re.Match[str]) -> bool:
        """An -ed word after a modal or "to" and at most two words ("will stay closed",
        "to get married", "must be approved") is a participle, not a past tense."""
        before = self.text[max(0, match.start() - 40) : match.start()]
        if not match.group().lower().endswith("ed"):
            # an irregular form after "be" is a passive: "would be paid", "will be held"
            return cue("passive_before").search(before) is not None
        return cue("modal_chain").search(before) is not None

    def _after_future_auxiliary(self, match: re.Match[str]) -> bool:
        """A present form right after "will", "won't" or "'ll" is the future's infinitive."""
        before = self.text[max(0, match.start() - 20) : match.start()]
        return cue("future_auxiliary_before").search(before) is not None

    def _attributive(self, match: re.Match[str]) -> bool:
        """An -ed word right after an article or possessive ("a still unspecified date",
        "the revised plan") describes a noun: it is no verb and has no tense."""
        if not match.group().lower().endswith("ed"):
            return False
        before = self.text[max(0, match.start() - 30) : match.start()]
        return cue("attributive_before").search(before) is not None

    def preceding_word(self) -> str:
        match = _PRECEDING_WORD.search(self.text[max(0, self.start - 30) : self.start])
        return match.group(1).lower() if match else ""

    def last_value(
        self,
        pattern: re.Pattern[str],
        within: int = 100_000,
        rules: tuple[str, ...] = (),
        keep: Callable[[TimexSpan], bool] | None = None,
    ) -> TimexSpan | None:
        """The nearest earlier value matching `pattern` (from one of `rules`, if given) that
        `keep` accepts, if given."""
        for span in reversed(self.previous):
            if self.start - span.end > within:
                return None
            wanted = pattern.match(span.value) and (not rules or span.rule in rules)
            if wanted and (keep is None or keep(span)):
                return span
        return None
