"""Second looks over a text's spans: descriptors beside a name, teams before scores, hyphen compounds, located states."""

from __future__ import annotations

from ..models import ARMED_GROUP, ORGANISATION, PERSON, POLITICAL_GROUP, STATE
from .context import GUESSED_PERSON, Context, Span, locative_before
from .lexicon import everyday_acronyms, fold, role_nouns, us_state_codes
from .tokens import Token
from .words import (
    APPOSITIVE_STOPS,
    ARMED_ADJECTIVES,
    ARMED_NOUNS,
    GROUP_NOUNS,
    PARTICLES,
    POLITICAL_ADJECTIVES,
    POLITICAL_NOUNS,
)


def located_states(ctx: Context, spans: list[Span]) -> list[Span]:
    """A state that only locates a place is a place: "Astana, Kazakhstan", "the capital of
    Kazakhstan", "east of Syria"."""
    first = {t.start: k for k, t in enumerate(ctx.tokens)}
    out = []
    previous: Span | None = None
    for span in spans:
        if span.label == STATE and span.cue == "lexicon" and span.start in first:
            i = first[span.start]
            after_place = (
                previous is not None
                and previous.label in ("place", "capital")
                and ctx.text[previous.end : span.start] == ", "
            )
            if after_place or (locative_before(ctx, i) and ctx.tokens[i - 1].text == "of"):
                span = Span(span.start, span.end, span.text, "place", span.name, cue="located")
        out.append(span)
        previous = span
    return out


def typed_by_context(ctx: Context, spans: list[Span]) -> list[Span]:
    """Type undecided names and generic organisations from a descriptive phrase beside
    them: "rebel group X", "the X militia", "X rebels", "X, the al-Qaeda affiliate",
    "opposition bloc X", "X delegation". Lexicon names keep their type but get the phrase
    as a descriptor."""
    first = {t.start: k for k, t in enumerate(ctx.tokens)}
    last = {t.end: k for k, t in enumerate(ctx.tokens)}
    out = []
    for span in spans:
        i, j = first.get(span.start), last.get(span.end)
        if i is None or j is None or span.label in ("place", "capital", "seat", "demonym"):
            out.append(span)
            continue
        found = context_type(ctx, i, j + 1)
        if found is None or (
            span.label == PERSON
            and span.cue not in (GUESSED_PERSON, "said")
            and not (span.cue == "given-name" and found[1].startswith(span.text))
        ):
            out.append(span)
            continue
        kind, descriptor = found
        label = span.label
        if label in ("single", PERSON) or (
            label == ORGANISATION and span.cue in ("org-word", "acronym")
        ):
            label = kind
        out.append(
            Span(
                span.start,
                span.end,
                span.text,
                label,
                span.name,
                state=span.state,
                cue=span.cue if label == span.label else "context",
                descriptor=descriptor,
            )
        )
    return out


def context_type(ctx: Context, i: int, j: int) -> tuple[str, str] | None:
    """(actor type, descriptive phrase) from the words around the name [i, j), or None."""
    tokens = ctx.tokens
    after = tokens[j] if j < len(tokens) else None
    if after is not None and after.kind == "low" and (j - i >= 2 or tokens[i].kind == "acro"):
        word = after.text.lower()
        if word in ARMED_NOUNS:
            return ARMED_GROUP, ctx.text[tokens[i].start : after.end]
        if word in POLITICAL_NOUNS:
            return POLITICAL_GROUP, ctx.text[tokens[i].start : after.end]
    if i >= 1 and tokens[i - 1].kind == "low":
        noun = tokens[i - 1].text.lower()
        if noun in GROUP_NOUNS | POLITICAL_NOUNS or noun in ("militia", "rebels"):
            k = i - 1
            adjectives = ARMED_ADJECTIVES | POLITICAL_ADJECTIVES
            while k > max(0, i - 4) and tokens[k - 1].text.lower() in adjectives:
                k -= 1
            words = {t.text.lower() for t in tokens[k : i - 1]}
            phrase = ctx.text[tokens[k].start : tokens[i - 1].end]
            if noun in ("militia", "rebels") or words & ARMED_ADJECTIVES:
                return ARMED_GROUP, phrase
            if noun in POLITICAL_NOUNS or words & POLITICAL_ADJECTIVES:
                return POLITICAL_GROUP, phrase
    if after is not None and after.text == ",":
        return appositive_type(ctx, j + 1)
    return None


def appositive_type(ctx: Context, k: int) -> tuple[str, str] | None:
    """ "…, the al-Qaeda affiliate": a determiner, up to four words, a group noun."""
    tokens = ctx.tokens
    if k >= len(tokens) or tokens[k].text.lower() not in ("the", "a", "an"):
        return None
    for m in range(k + 1, min(len(tokens), k + 6)):
        token = tokens[m]
        if token.kind == "punct" and token.text != "-":
            return None
        word = token.text.lower()
        if word in APPOSITIVE_STOPS or fold(word) in role_nouns():
            return None
        if word not in GROUP_NOUNS | ARMED_NOUNS | POLITICAL_NOUNS:
            continue
        labels = {getattr(ctx.gaz.get(fold(t.text)), "label", "") for t in tokens[k:m]}
        words = {fold(t.text) for t in tokens[k:m]} | {
            part for t in tokens[k:m] for part in fold(t.text).split("-")
        }
        phrase = ctx.text[tokens[k].start : token.end]
        if word in ARMED_NOUNS or words & ARMED_ADJECTIVES or ARMED_GROUP in labels:
            return ARMED_GROUP, phrase
        if word in POLITICAL_NOUNS or words & POLITICAL_ADJECTIVES:
            return POLITICAL_GROUP, phrase
        if POLITICAL_GROUP in labels:
            return POLITICAL_GROUP, phrase
        return None
    return None


def teams(ctx: Context, spans: list[Span]) -> list[Span]:
    """In a results line ("Leeds 2 Chelsea 1"), a place or bare word before a score is a team.

    A score written with its stop ("Bruins 5, Devils 1:" tokenises as "5," and "1:") counts
    only in a line that pairs two names with scores ("From Firefox 85, it is possible" is a
    product's version), and not after a name with an initial (a player's runs). In such a
    line a person guessed from capitals alone before a score with its stop is a team too
    ("Blue Jackets 5, Canadiens 2:"; not a model's number: "Intel Core 2 Duo"), where a
    person with a cue (a given name, an initial) keeps the score as their own."""
    tokens = ctx.tokens
    if sum(t.kind == "num" for t in tokens) < 2:
        return spans
    scores, stopped = set(), set()
    for k, token in enumerate(tokens[:-1]):
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        score = tokens[k + 1]
        figure = score.text.rstrip(",:;")
        # A score is a small whole number, not a dateline's year ("LONDON 1996-12-06").
        if (
            score.kind == "num"
            and figure.isdigit()
            and len(figure) <= 3
            and (after is None or after.text not in ("-", "/", "–", "—"))
        ):
            (scores if figure == score.text else stopped).add(token.end)
    initialled = {t.end for k, t in enumerate(tokens[1:], 1) if tokens[k - 1].kind == "init"}
    stopped -= initialled  # "(A. Dale 69, H. Morris 69;": a batsman's runs, not a team's
    ends = scores | stopped
    paired = sum(s.end in ends for s in spans if _named(s) or _guessed(s)) >= 2
    if paired:
        scores |= stopped
    out = []
    for span in spans:
        if span.end in scores and _named(span) or paired and span.end in stopped and _guessed(span):
            span = Span(span.start, span.end, span.text, ORGANISATION, span.text, cue="team")
        out.append(span)
    return out


def _named(span: Span) -> bool:
    """A place or a bare word: a team before a score. (A test of the span's own fields: a
    search of a list of them, once a span, cost a quadratic time in a long results list.)"""
    return span.label in ("place", "capital", "single")


def _guessed(span: Span) -> bool:
    return span.label == PERSON and span.cue == GUESSED_PERSON


def hyphen_parts(ctx: Context, token: Token) -> None:
    parts = token.text.split("-")
    if parts[0] in PARTICLES or (
        token.kind == "cap"
        and all(p[:1].isupper() for p in parts)
        and not all(fold(p) in ctx.gaz for p in parts)
    ):
        return
    offset = token.start
    for part in parts:
        if part[:1].isupper():
            entry = ctx.gaz.get(fold(part))
            start, end = offset, offset + len(part)
            if entry is not None and entry.label != "place":
                label = "demonym" if entry.demonym else entry.label
                if entry.label == "capital":
                    label = "place"
                ctx.spans.append(
                    Span(start, end, part, label, entry.name, state=entry.state, cue="hyphen")
                )
            elif entry is not None:
                ctx.spans.append(Span(start, end, part, "place", entry.name, cue="hyphen"))
            elif (
                part.isupper()
                and 2 <= len(part) <= 6
                and part not in us_state_codes()  # "R-CA": a congressman's state
                and fold(part) not in everyday_acronyms()
            ):
                ctx.spans.append(Span(start, end, part, ORGANISATION, part, cue="acronym"))
        offset += len(part) + 1
