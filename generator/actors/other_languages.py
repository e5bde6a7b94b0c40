"""Names in an article in another language than English: only the rules' evidenced ones.

The rules take a run of capitalised words with no other cue for a person ("default"), and
a run joined by a lower-case particle for a name with particles ("particle"). That holds in
English prose; German capitalises every noun ("Die Digitalisierung des Gesundheitswesens")
and Indonesian sentences open on capitalised adverbs ("Bahkan Jokowi"), so there these two
guesses are mostly common nouns. Persons with a given name, a title or a known name stay.
"""

from __future__ import annotations

from ..models import PERSON
from .context import Span
from .lexicon import fold

GUESSED = frozenset({"default", "particle"})
"""Rule cues that only the shape of the words supports."""


def without_guesses(
    head: list[Span], body: list[list[Span]]
) -> tuple[list[Span], list[list[Span]]]:
    """The spans less the guessed persons and the short forms that stand for them."""
    guessed = {
        fold(s.name)
        for spans in [head, *body]
        for s in spans
        if s.label == PERSON and s.cue in GUESSED
    }
    if not guessed:
        return head, body

    def kept(spans: list[Span]) -> list[Span]:
        return [s for s in spans if s.label != PERSON or fold(s.name) not in guessed]

    return kept(head), [kept(spans) for spans in body]
