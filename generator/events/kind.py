"""Whether a dated clause tells of the past, a plan (scheduled) or a forecast (projected).

The modality and tense cues are `words.PROJECTED`, `SCHEDULED` and `PAST`; the date
against the article's publication decides when no cue is near.
"""

from __future__ import annotations

from .words import PAST, PROJECTED, SCHEDULED

MARKER_REACH = 80
"""Characters between a tense/modality marker and the date beyond which it is ignored."""


def event_kind(
    clause_text: str, date: str, published: str | None, at: int = 0, at_end: int | None = None
) -> str:
    """`past`, `scheduled` or `projected`, from modality and the date against publication.

    A date before the article's own date is past whatever the grammar says. Otherwise the
    marker nearest the expression (at offsets `at`…`at_end` in the clause), before it if
    any, else after it, decides: a hedge ("likely",
    "could") → projected, a plan ("will", "is expected to be signed", "scheduled") →
    scheduled, a past verb → past (not for a date after publication). No marker: a later
    date is scheduled, anything else past.
    """
    later = False
    if published:
        shared = min(len(date), len(published))
        if date[:shared] < published[:shared]:
            return "past"
        later = date[:shared] > published[:shared]
    markers = [(PROJECTED, "projected"), (SCHEDULED, "scheduled")]
    if not later:
        markers.append((PAST, "past"))
    # A marker before the expression governs it; one after it counts only when none comes
    # before: "signed an agreement on Tuesday to hold a vote" was signed, and "to hold"
    # tells its purpose, not its tense.
    end = at if at_end is None else at_end
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    for regex, kind in markers:
        for match in regex.finditer(clause_text):
            if match.start() < at:
                distance = at - match.end()
                if distance <= MARKER_REACH and (before is None or distance < before[0]):
                    before = (distance, kind)
            else:
                distance = match.start() - end
                if distance <= MARKER_REACH and (after is None or distance < after[0]):
                    after = (distance, kind)
    best = before or after
    if best is not None:
        return best[1]
    return "scheduled" if later else "past"
