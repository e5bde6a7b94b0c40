"""Names that are no actor by their kind, whatever the tagger typed them: units and field
labels beside figures (`figure_words`), competitions and venues (`events_venues`), events
set as a time frame (`event_names`), products given a model (`product_names`), journals
of a reference list (`cited_journals`), ordinary words capitalised where a sentence begins
(`sentence_capitals`). Each kind is its own module; this one gathers what one article's
recognised names hold of them, for `local.extract_actors` to skip.
"""

from __future__ import annotations

from ..models import ACTOR_TYPES, ORGANISATION
from .cited_journals import cited_journals
from .context import Span
from .event_names import event_names
from .events_venues import dated_venues, events_and_venues
from .figure_words import figure_abbreviations
from .gazetteer import gazetteer
from .product_names import product_names
from .sentence_capitals import sentence_capitals
from .word_spots import word_spots


def non_actor_names(texts: dict[str, str], ordered: list[tuple[str, list[Span]]]) -> set[str]:
    """Folded names of one article's recognised actors that are units, labels, competitions,
    venues or ordinary words (see the module)."""
    names = {span.text for _, spans in ordered for span in spans if span.label in ACTOR_TYPES}
    cued = [
        (texts[part], span.name, span.start, span.end, span.label, span.cue)
        for part, spans in ordered
        for span in spans
        if span.label in ACTOR_TYPES
    ]
    actors = [m[:5] for m in cued]
    organisations = [m[:4] for m in actors if m[4] == ORGANISATION]
    known = gazetteer()
    words = word_spots(texts.values())
    longer = {name for name in names if len(name.split()) > 1}
    return (
        figure_abbreviations(words, names, known)
        | events_and_venues(organisations, known)
        | dated_venues(cued, known)
        | event_names((m[:4] for m in actors), known)
        | product_names(actors, known)
        | cited_journals(m[:4] for m in actors)
        | sentence_capitals(words, names - longer, longer)
    )
