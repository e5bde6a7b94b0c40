"""Names of things the rules took for actors, read from how the article uses them: as the
modifier of a noun ("a Retina display", `modifier_names`; "the Styx nightclub",
`thing_modifiers`), introduced as a thing's ("a mission called X", `introduced_things`),
only as a heading or a list label ("Developer Tools" alone, `heading_labels`), as a
maker's product in an offer ("Amazon Echo Dot for $45", `maker_products`), or as a place
in most mentions ("Phaaze", `place_votes`). Each kind is its own module; this one
gathers them for `local.extract_actors` to skip, as `non_actors` gathers the kinds read
from the names.
"""

from __future__ import annotations

from .context import Span
from .heading_labels import heading_labels
from .introduced_things import introduced_things
from .maker_products import maker_products
from .modifier_names import modifier_names
from .place_votes import place_votes
from .thing_modifiers import thing_modifiers


def thing_names(
    texts: dict[str, str], ordered: list[tuple[str, list[Span]]], language: str | None = None
) -> set[str]:
    """Folded names of one article's recognised actors that its uses show to be things
    (see the module); `ordered` holds each part's id and spans, `texts` its text, and
    `language` is the article's (ISO 639-1; None is unknown)."""
    parts = [(texts[part], spans) for part, spans in ordered]
    labelled = [(part, texts[part], spans) for part, spans in ordered]
    return (
        modifier_names(parts)
        | introduced_things(parts)
        | heading_labels(labelled)
        | maker_products(parts)
        | thing_modifiers(labelled, language)
        | place_votes((span for _, spans in ordered for span in spans), language)
    )
