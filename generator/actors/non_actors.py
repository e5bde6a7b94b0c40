"""Names that are no actor by their kind, whatever the tagger typed them: units and field
labels beside figures (`figure_words`). Each kind is its own module; this one gathers what
one article's recognised names hold of them, for `local.extract_actors` to skip.
"""

from __future__ import annotations

from ..models import ACTOR_TYPES
from .context import Span
from .figure_words import figure_abbreviations
from .gazetteer import gazetteer


def non_actor_names(texts: dict[str, str], ordered: list[tuple[str, list[Span]]]) -> set[str]:
    """Folded names of one article's recognised actors that are units, labels (see module)."""
    names = {span.text for _, spans in ordered for span in spans if span.label in ACTOR_TYPES}
    return figure_abbreviations(texts.values(), names, gazetteer())
