"""Find typed names in one text: capitalised sequences, lexicon hits and context cues.

Works like spaCy's SpanRuler plus a fallback for unseen names:
1. tokenise; group capitalised tokens (with name particles such as "al-", "de", "van" and
   organisation connectors such as "of", "for") into maximal sequences;
2. per sequence, in order: the whole sequence in the gazetteer → leading sentence words and
   titles stripped (kept as the role) → organisation head word ("Committee", "Front") →
   split at connectors → gazetteer hits inside (longest first) → the rest is a person when a
   cue says so (title, given name, initial, particle, verb of saying), else left undecided;
3. `resolve_singles` settles undecided single words against the names of the whole text.

No statistical model: every decision is a rule over data in `lexicon`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import ORGANISATION, PERSON
from .acronym_case import without_lowercase_acronyms
from .acronym_nouns import acronym_nouns
from .ampersand_names import without_things
from .company_names import with_companies
from .context import GUESSED_PERSON, Context, Span, emit, emit_entry, new_context, surface
from .coordination import coordinated
from .lexicon import fold, stopwords, title_words
from .line_breaks import within_lines
from .ner_apply import add_tagged
from .other_languages import LowerCaseWords, without_guesses
from .personal_names import name_parts
from .plural_teams import plural_teams
from .retype import hyphen_parts, located_states, teams, typed_by_context
from .sequence import sequence
from .short_forms import common_acronyms, drop_common_acronyms
from .source_names import with_cited
from .state_pairs import with_state_prefix
from .team_names import nickname_teams, whole_teams
from .team_roles import with_teams
from .team_slots import slot_teams
from .tokens import code_tail, is_title_like, sentence_start, sequences
from .words import CAPS_SKIP


def _run(ctx: Context) -> list[Span]:
    tokens = ctx.tokens
    for i, j in sequences(tokens):
        if j - i == 1 and tokens[i].kind == "cap" and sentence_start(tokens, i):
            word = fold(tokens[i].text)
            if word in stopwords() or word in title_words():
                continue
        sequence(ctx, i, j)
    # Lower-case-led hyphen compounds: "anti-ISIS", "post-Aleppo", "Russian-backed".
    for token in tokens:
        if token.kind in ("low", "cap", "acro") and "-" in token.text:
            hyphen_parts(ctx, token)
    ctx.spans.sort(key=lambda s: (s.start, -s.end))
    spans = whole_teams(ctx, teams(ctx, drop_overlaps(ctx.spans)))
    spans = typed_by_context(ctx, nickname_teams(ctx, spans))
    return located_states(ctx, spans)


def drop_overlaps(spans: list[Span]) -> list[Span]:
    """Longest match wins; spans are sorted by start, longest first."""
    out: list[Span] = []
    end = -1
    for span in spans:
        if span.start >= end:
            out.append(span)
            end = span.end
    return out


def recognise(text: str) -> list[Span]:
    """Every name in running text, sorted by offset; not one opening with a letter glued to
    the figure before it (`code_tail`); a state and a hyphen open the organisation after
    them (`state_pairs`)."""
    spans = [s for s in _run(new_context(text)) if not code_tail(text, s.start)]
    return with_state_prefix(text, spans)  # "the U.S.-South Korea Nuclear Consultative Group"


def recognise_title_like(text: str, known: dict[str, Span]) -> list[Span]:
    """Names in a headline: only lexicon entries and names already known (folded → span)."""
    rec = new_context(text)
    tokens = rec.tokens
    i = 0
    while i < len(tokens):
        if tokens[i].kind in ("punct", "num", "poss"):
            i += 1
            continue
        for m in range(min(len(tokens), i + 6), i, -1):
            key = fold(surface(rec, i, m))
            if key in CAPS_SKIP and m - i == 1:
                continue
            if key in known:
                span = known[key]
                emit(rec, i, m, span.label, span.name, state=span.state, cue="known")
                _without_stop(rec, span.text)
                i = m
                break
            entry = rec.gaz.get(key)
            if entry is not None and fold(tokens[i].text) not in stopwords():
                emit_entry(rec, i, m, entry)
                i = m
                break
        else:
            i += 1
    return rec.spans


def _without_stop(rec: Context, name: str) -> None:
    """The headline's last span less a full stop its token kept that the name has not: the
    sentence's ("MARLINS BEAT REDS." names the Reds)."""
    last = rec.spans[-1]
    if last.text.endswith(".") and not name.endswith("."):
        rec.spans[-1] = replace(last, end=last.end - 1, text=last.text[:-1])


def resolve_singles(
    spans: list[Span], known: dict[str, Span], given: dict[str, Span] | None = None
) -> list[Span]:
    """Settle undecided single words: a known name's part, a place by context, or dropped.

    `given` (folded given name → person) is consulted last, for undecided words only: a
    person may be called by the given name alone ("Abiy"), but a place or a team that
    shares it stays what it is.
    """
    out = []
    for span in spans:
        hit = known.get(fold(span.text))
        if hit is None and span.label == "single" and given:
            hit = given.get(fold(span.text))
        if (
            (span.label == "place" or span.cue == "team")
            and hit is not None
            and hit.label == PERSON
            and " " not in span.text
        ):
            span = Span(span.start, span.end, span.text, "single", span.text)
        if span.label != "single":
            out.append(span)
            continue
        if hit is not None:
            out.append(
                Span(
                    span.start,
                    span.end,
                    span.text,
                    hit.label,
                    hit.name,
                    state=hit.state,
                    cue="alias",
                )
            )
        elif span.cue == "locative":
            out.append(Span(span.start, span.end, span.text, "place", span.text, cue="locative"))
        elif span.cue == "source":  # "told Billboard": quoted, and no person the text knows
            out.append(Span(span.start, span.end, span.text, ORGANISATION, span.text, cue="source"))
    return out


def known_names(spans: list[Span]) -> dict[str, Span]:
    """Folded names a text has established: full names, and surnames owned by one person."""
    known: dict[str, Span] = {}
    surnames: dict[str, set[str]] = {}
    for span in spans:
        if span.label in ("single", "demonym"):
            continue
        known.setdefault(fold(span.text), span)
        if span.label == PERSON:
            parts = name_parts(span.name)
            if len(parts) >= 2:
                surnames.setdefault(parts[-1], set()).add(fold(span.name))
                surnames.setdefault(" ".join(parts[1:]), set()).add(fold(span.name))
    by_name = {fold(s.name): s for s in spans if s.label == PERSON}
    for surname, owners in surnames.items():
        if len(owners) == 1:
            known.setdefault(surname, by_name[next(iter(owners))])
    return known


def given_names(spans: list[Span], known: dict[str, Span]) -> dict[str, Span]:
    """Folded given name → its person, when one person of the text has it and it is no
    other known name ("Abiy" after "Abiy Ahmed"; not "Ali" with two Alis), and that person
    has a cue beyond capitals: "Europa" after "Europa Clipper" (a probe, guessed from
    capitals alone) is no person."""
    owners: dict[str, set[str]] = {}
    by_name: dict[str, Span] = {}
    for span in spans:
        if span.label != PERSON:
            continue
        parts = name_parts(span.name)
        if len(parts) >= 2 and len(parts[0]) > 2:
            owners.setdefault(parts[0], set()).add(fold(span.name))
            by_name.setdefault(fold(span.name), span)
    return {
        given: person
        for given, names in sorted(owners.items())
        if len(names) == 1
        and given not in known
        and (person := by_name[next(iter(names))]).cue != GUESSED_PERSON
    }


LIST_COMMAS = 2
"""Commas from which a line of capitalised words is a list of names ("Wood, Loren Roberts,
Steve Stricker"), read as prose (`_listed`), not a subheading whose capitals say nothing."""


NICKNAME_RE = re.compile(
    r",?\s+(?:(?:widely|better|also|commonly|popularly|universally|simply|often)\s+)?"
    r"(?:known|referred to)\s+as\s+[\"“']?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
"""A name's nickname in the text: "Mohamed Hamdan Dagalo, widely known as Hemedti"."""


def nicknames(texts: list[str], body: list[list[Span]]) -> dict[str, Span]:
    """Folded nickname → the person or group it was introduced for."""
    found: dict[str, Span] = {}
    for text, spans in zip(texts, body, strict=True):
        for span in spans:
            if span.label in ("single", "place", "capital", "demonym"):
                continue
            match = NICKNAME_RE.match(text, span.end)
            if match:
                found.setdefault(fold(match.group(1)), span)
    return found


def recognise_document(
    title: str, texts: list[str], tagger: bool = True, language: str | None = None
) -> tuple[list[Span], list[list[Span]]]:
    """Spans of a headline and its body texts: the rules' names, then the tagger's names
    where the rules found none (lists, tables, capitalised headlines, datelines).

    `tagger` False (an article in another language) keeps the rules' evidenced names only:
    the tagger's weights were fitted on English and read every capitalised German noun as a
    name, and so do the rules' guesses (`other_languages`; `language` is the article's
    ISO 639-1 code, whose function words are no given names).
    """
    common = common_acronyms([title, *texts]) | acronym_nouns([title, *texts], language)
    head, body = _without_common_acronyms(common, *_recognise_document(title, texts, language))
    if tagger:
        head, body = add_tagged(title, texts, head, body)
    else:
        head, body = without_guesses(head, body, language, [title, *texts])
    head, body = within_lines(head), [within_lines(spans) for spans in body]
    head = without_lowercase_acronyms(head, title)
    body = [without_lowercase_acronyms(b, t) for b, t in zip(body, texts, strict=True)]
    if tagger:  # the cue words are English
        head, *body = with_companies([title, *texts], [head, *body])
        head, *body = with_cited([title, *texts], [head, *body])
        slots = slot_teams([title, *texts], [head, *body])
        head, *body = with_teams([title, *texts], [head, *body], slots)
    return _without_common_acronyms(common, head, body)


def rules_document(title: str, texts: list[str]) -> tuple[list[Span], list[list[Span]]]:
    """Spans of a headline and its body texts, with single words settled on the whole text.

    Unknown acronyms that the article uses as common nouns (`common_acronyms`) are dropped.
    """
    common = common_acronyms([title, *texts])
    return _without_common_acronyms(common, *_recognise_document(title, texts))


def _without_common_acronyms(
    common: frozenset[str], head: list[Span], body: list[list[Span]]
) -> tuple[list[Span], list[list[Span]]]:
    if not common:
        return head, body
    return drop_common_acronyms(head, common), [drop_common_acronyms(b, common) for b in body]


def _listed(spans: list[Span]) -> list[Span]:
    """A list line's names less the persons guessed from capitals alone: in a line of
    capitals, only a given name, an initial or a known name says a person ("Wood, Loren
    Roberts"; not "Bleacher Report, Uber Eats")."""
    return [s for s in spans if not (s.label == PERSON and s.cue == GUESSED_PERSON)]


def _recognise_document(
    title: str, texts: list[str], language: str | None = None
) -> tuple[list[Span], list[list[Span]]]:
    title_lines = [
        len(text.split()) <= 12
        and is_title_like(text)
        and not re.search(r"[\d.,;:!?]\s*$|\d", text)
        for text in texts
    ]
    lists = [
        t and text.count(",") >= LIST_COMMAS for t, text in zip(title_lines, texts, strict=True)
    ]
    subheads = [t and not listed for t, listed in zip(title_lines, lists, strict=True)]
    body = [
        [] if sub else _listed(recognise(text)) if listed else recognise(text)
        for text, sub, listed in zip(texts, subheads, lists, strict=True)
    ]
    places = {fold(s.text) for spans in body for s in spans if s.cue == "locative"}
    body = [
        [
            Span(s.start, s.end, s.text, "place", s.text, cue="locative")
            if s.cue in (GUESSED_PERSON, "given-name") and fold(s.text) in places
            else s
            for s in spans
        ]
        for spans in body
    ]
    lower = LowerCaseWords([title, *texts])
    english = language in (None, "en")
    body = without_things(texts, body, lower, recognise, english)
    body = [coordinated(t, spans, lower, language) for t, spans in zip(texts, body, strict=True)]
    everything = [span for spans in body for span in spans]
    known = known_names(everything)
    for nickname, span in nicknames(texts, body).items():
        known.setdefault(nickname, span)
    for nickname, span in plural_teams(texts, body, lower).items():
        known.setdefault(nickname, span)  # "against the Rangers" in a match report
    given = given_names(everything, known)
    body = [
        recognise_title_like(text, known) if sub else spans
        for text, sub, spans in zip(texts, subheads, body, strict=True)
    ]
    body = [resolve_singles(spans, known, given) for spans in body]
    if is_title_like(title):
        head = recognise_title_like(title, known)
    else:
        head = resolve_singles(recognise(title), known, given)
    return without_things([title], [head], lower, recognise, english)[0], body
