"""A person guessed from capitals alone that the article uses as the modifier of a thing is
no person: "a Liquid Retina display", "the Bookmarks Toolbar initialization".

The rules take a run of capitalised words with no given name, title or other cue for a
person (cue `default`). Web pages capitalise product features, parts of a program and
brands freely, and such a name often stands between a determiner and the lower-case noun
it qualifies. A person seldom does: one is named as someone ("the Jane Doe case" has a
given name, and so another cue). When a mention so qualifies a noun and none acts (a verb
of saying or agency after it), the name is a thing's. The noun test is
`acronym_terms.modifies`' (no verb after the name); the determiners are `words.NAME_INTRODUCERS`.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import PERSON
from .acronym_terms import around, modifies
from .context import GUESSED_PERSON, Span
from .lexicon import fold, head_words, org_words
from .words import NAME_INTRODUCERS, SAY_VERBS, STATE_VERBS


def _use(text: str, span: Span) -> str:
    """`modifier` (after a determiner, before a lower-case noun), `acts` (a verb of saying
    or agency after it) or `name`."""
    before, after = around(text, span)
    if after and fold(after[0].text) in SAY_VERBS | STATE_VERBS:
        return "acts"
    if before and fold(before[-1].text) in NAME_INTRODUCERS and modifies([], after):
        return "modifier"
    return "name"


def modifier_names(parts: Iterable[tuple[str, list[Span]]]) -> set[str]:
    """Folded names of guessed persons that a mention shows to qualify a thing, no mention
    shows to act and no other cue makes a person ("Lumina said"; see the module); `parts`
    are (text, spans) of one article. A name holding an organisation's head word is left
    alone ("the Kansai Electric Power plant": a company the rules mistyped)."""
    uses: dict[str, set[str]] = {}
    for text, spans in parts:
        for span in spans:
            if span.label == PERSON:
                kind = _use(text, span) if span.cue == GUESSED_PERSON else "cue"
                uses.setdefault(fold(span.text), set()).add(kind)
    return {
        name
        for name, kinds in uses.items()
        if "modifier" in kinds
        and not kinds & {"acts", "cue"}
        and not any(w in org_words() or w in head_words() for w in name.split())
    }
