"""The shared frozen context of one text's recognition, and how spans are emitted into it."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import PERSON, STATE
from .gazetteer import gazetteer
from .leaders import state_led_by_surname
from .lexicon import Entry, fold
from .tokens import Token, sentence_start, tokenize
from .words import LEADER_GOVERNMENT_NOUNS, LEADER_NOUNS, LOCATIVE, PLACE_OF, SAY_VERBS, STATE_VERBS

GUESSED_PERSON = "default"
"""The rules' cue for a person guessed from a run of capitals alone (no given name, no
title, no other cue): the weakest reading, which later stages may drop or retype."""
GUESSED_CUES = frozenset({GUESSED_PERSON, "particle"})
"""Rule cues that only the shape of the words supports (a run of capitals)."""


@dataclass(frozen=True)
class Span:
    """A recognised name in one text."""

    start: int
    end: int
    text: str
    label: str
    """An actor type, or `place`, `capital`, `seat`, `demonym`, or `single` (undecided)."""
    name: str
    """Canonical name for lexicon hits, else the surface text."""
    state: str | None = None
    """The state a capital, seat or demonym stands for."""
    cue: str = ""
    """Why: `lexicon`, `title`, `org-word`, `given-name`, `initial`, `particle`, `said`, ..."""
    title: str | None = None
    """A title inside the same sequence ("UN Special Envoy for Syria")."""
    title_start: int | None = None
    """Offset where that title starts."""
    metonym: bool = False
    """For capitals: the context makes it the government, not the place."""
    descriptor: str | None = None
    """A descriptive phrase next to the name that typed it ("rebel group", "the al-Qaeda
    affiliate"), kept as the actor's description."""


@dataclass(frozen=True)
class Context:
    """One text being read: its tokens, the gazetteer, and the spans found so far.

    Frozen so no step rebinds what the others read; `spans` is the one list they append to.
    """

    text: str
    tokens: list[Token]
    gaz: dict[str, Entry]
    spans: list[Span]


def new_context(text: str) -> Context:
    """A context for `text` with no spans yet."""
    return Context(text, tokenize(text), gazetteer(), [])


def surface(ctx: Context, i: int, j: int) -> str:
    return ctx.text[ctx.tokens[i].start : ctx.tokens[j - 1].end]


def lookup(ctx: Context, i: int, j: int) -> Entry | None:
    return ctx.gaz.get(fold(surface(ctx, i, j)))


def emit(ctx: Context, i: int, j: int, label: str, name: str | None = None, **extra) -> None:
    start, end = ctx.tokens[i].start, ctx.tokens[j - 1].end
    text = ctx.text[start:end]
    ctx.spans.append(Span(start, end, text, label, name or text, **extra))


def emit_entry(ctx: Context, i: int, j: int, entry: Entry) -> None:
    if entry.label == "place" and j - i == 1 and leader_next(ctx, i, j):
        emit(ctx, i, j, PERSON, cue="leader")
        return
    if entry.demonym:
        emit(ctx, i, j, "demonym", entry.name, state=entry.state, cue="lexicon")
    elif entry.label == "capital":
        emit(
            ctx,
            i,
            j,
            "capital",
            entry.name,
            state=entry.state,
            cue="lexicon",
            metonym=is_metonym(ctx, i, j),
        )
    else:
        emit(ctx, i, j, entry.label, entry.name, state=entry.state, cue="lexicon")


def locative_before(ctx: Context, i: int) -> bool:
    """A preposition of place before token i: "in X", "near X", "the town of X"."""
    tokens = ctx.tokens
    if i == 0:
        return False
    word = tokens[i - 1].text.lower()
    if word == "of":
        return i >= 2 and tokens[i - 2].text.lower() in PLACE_OF
    return word in LOCATIVE


def leader_next(ctx: Context, i: int, j: int) -> bool:
    """ "the X regime", "X's administration": X names the leader, not a place; "Putin's
    government" only when the leaders table knows a head of state called X, and so does
    a sentence that opens on "X administration" (no "the" before: "Biden administration
    officials said")."""
    tokens = ctx.tokens
    k = j + 1 if j < len(tokens) and tokens[j].kind == "poss" else j
    if k >= len(tokens) or tokens[k].text not in LEADER_NOUNS | LEADER_GOVERNMENT_NOUNS:
        return False
    if not (k > j or (i > 0 and tokens[i - 1].text.lower() == "the")):
        return (
            j - i == 1
            and sentence_start(tokens, i)
            and state_led_by_surname(tokens[i].text) is not None
        )
    if tokens[k].text in LEADER_NOUNS:
        return True
    return j - i == 1 and state_led_by_surname(tokens[i].text) is not None


def is_metonym(ctx: Context, i: int, j: int) -> bool:
    """A capital stands for its government when it acts, owns or is dealt with.

    Not after "the" or a locative ("the Cairo group", "in Moscow"), nor when it (or a
    coordination of capitals) modifies a following noun ("the Cairo and Riyadh groups",
    "Riyadh platform"): those are places, venues or names of factions.
    """
    tokens = ctx.tokens
    before = tokens[i - 1] if i > 0 else None
    prior = before.text.lower() if before is not None and before.kind == "low" else ""
    if prior in ("the", "a", "an") or prior in LOCATIVE:
        return False
    k = j
    while (
        k + 1 < len(tokens)
        and tokens[k].text.lower() in ("and", "or", ",")
        and state_like(ctx, tokens[k + 1].text)
    ):
        k += 2
    after = tokens[k] if k < len(tokens) else None
    if after is not None and after.kind == "poss":
        return True
    if after is not None and after.kind == "low":
        word = after.text.lower()
        if word in STATE_VERBS or word in SAY_VERBS or past_verb(word):
            return True
        if k > j or word not in ("and", "or", "to", "for", "on", "over", "in", "at"):
            return False
    return prior in ("with", "between", "against", "and", "pressure", "pressured")


def state_like(ctx: Context, word: str) -> bool:
    entry = ctx.gaz.get(fold(word))
    return entry is not None and entry.label in (STATE, "capital", "seat")


def past_verb(word: str) -> bool:
    """A lower-case word that reads as a past-tense verb after a subject ("Ankara welcomed")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")
