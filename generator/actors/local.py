"""Actors of one article: who is named, typed, with roles and quotes (corpus-wide
resolution is `resolve.resolve_actors`).

`extract_actors(article)` is pure and per article:
1. `recognise.recognise_document` finds typed names in the title, the photo caption and the
   paragraphs (`texts`);
2. places are dropped, except capitals used for their government ("Moscow said") and seats
   ("the Kremlin"); demonyms ("Russian-backed") become mentions of their state; names of the
   article's authors, photo credit and publication are dropped, and so are agencies a
   caption names (its credit); a state that takes no part here (only a venue or a
   nationality that does not speak for it) is dropped with its mentions;
3. mentions are grouped into LocalActors: persons by their name without particles, a bare
   surname joining the last person named with it; organisations by canonical name, an
   acronym defined in the text ("High Negotiations Committee (HNC)") joining its long form;
4. roles come from titles ("UN Special Envoy for Syria …"), lower-case titles before the name
   ("opposition spokesperson …"), appositives ("…, a researcher …") and "… of the <org>";
5. quotes come from `quotes`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from slugify import slugify

from ..models import (
    ACTOR_TYPES,
    ARMED_GROUP,
    ORGANISATION,
    PERSON,
    POLITICAL_GROUP,
    STATE,
    Article,
    ArticleActors,
    LocalActor,
    Mention,
    Paragraph,
)
from ..text.caseblind import CaseBlind
from .acronym_terms import term_acronyms
from .author_actors import acting_authors, author_names
from .collective import find_collectives, merge_into
from .cooccurrence import named_together
from .credits import agencies_credited, agency_ranges, fine_print, inside
from .determined_names import determined_persons
from .gazetteer import gazetteer
from .glued_names import without_glued_tails
from .lexicon import fold, role_heads, role_nouns, role_qualifiers
from .nationality import attributive, is_nationality, speaks_for_state
from .non_actors import non_actor_names
from .person_index import PersonIndex
from .place_qualifiers import after_town
from .possessive_names import with_possessive_names
from .quoted_titles import names_a_work, title_only_persons
from .quotes import find_quotes
from .recognise import Span, name_parts, recognise_document
from .table_labels import without_table_labels
from .teaser_lines import teaser_names
from .texts import CAPTION, TITLE, article_texts, reading_order
from .thing_names import thing_names
from .venue_words import venue_in_language
from .words import APPOSITIVE_SAY_VERBS, HONORIFICS, LEFT_ROLE_NOUNS, NOT_APPOSITIVE, alternation

ACTOR_LABELS = frozenset(ACTOR_TYPES)
ACRONYM_DEF = re.compile(r"\s*\(\s*((?:[A-Z]\.?){2,8}|[A-Z][A-Za-z]{1,7})\s*\)")
APPOSITIVE = re.compile(
    r",\s+((?:an?|the)\s+|[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}['’]s\s+)?"
    rf"([a-z][^,.;:“”\"()]{{3,90}}?)(?=[,.;]|\s+(?:{alternation(APPOSITIVE_SAY_VERBS)})\b)"
)
OF_ORG = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?$")
VENUE_BEFORE = CaseBlind(
    r"\b(?:in|at|near|across|throughout|inside|outside|around|into)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west|"
    r"northeast|northwest|southeast|southwest)(?:ern)?\s+|neighbou?ring\s+)?$"
)
"""What before a name makes it the place where something happens: "in (northern) X"."""


@dataclass
class _Draft:
    """A local actor while its mentions are gathered (mutable, never leaves this module)."""

    key: str
    type: str
    names: list[str]
    roles: list[str]
    affiliations: list[str]
    description: str | None = None
    party: bool = False
    """Some mention is neither a venue nor a nationality word that does not speak for the
    state: then the actor takes part here (else it is only a venue, `venue_only`)."""


def _excluded_names(article: Article) -> set[str]:
    """Folded names that are article metadata: authors, photo credits, the publication."""
    names: set[str] = set()
    sources = list(article.authors)
    if article.publication:
        sources.append(article.publication)
    if article.credit:
        sources += re.split(r"\s*(?:/|,|;|\bvia\b|\band\b|\bfor\b)\s*", article.credit)
    for source in sources:
        folded = fold(source)
        if not folded:
            continue
        names.add(re.sub(r"^the ", "", folded))
        if source in (article.publication or ""):  # a publication has no surname
            names.add(folded)
        else:
            names |= author_names(source)  # the whole name and the surname
    return names


def _as_actor_span(span: Span) -> Span | None:
    """The span as an actor mention (capitals and demonyms → their state), or None."""
    if span.label in ("capital",) and span.metonym or span.label in ("seat", "demonym"):
        target = span.state or span.name
        known = gazetteer().get(fold(target))  # "Brussels" stands for the European Union
        label = known.label if known is not None and known.label in ACTOR_LABELS else STATE
        return Span(span.start, span.end, span.text, label, target, cue=span.cue)
    if span.label in ACTOR_LABELS:
        return span
    return None


def _recognised(article: Article) -> list[tuple[str, list[Span]]]:
    """Each part's spans (`texts.article_texts`), the title's last: a surname in a headline
    then finds its person. The caption is read as one more paragraph, after the others (the
    tagger treats the first two lines as headline and dateline), so a name seen only there
    needs the evidence a paragraph's name needs."""
    parts = article_texts(article)
    english = article.language in (None, "en")
    texts = [text for _, text in parts[1:]]
    head, body = recognise_document(article.title, texts, english, article.language)
    ordered = [(pid, spans) for (pid, _), spans in zip(parts[1:], body, strict=True)]
    return ordered + [(TITLE, head)]


def _note_party(draft: _Draft, raw: Span, text: str, language: str | None = None) -> None:
    """Whether this mention makes a party of the actor: anything but a venue ("talks in X")
    or a nationality that does not speak for its state does (`nationality`: "Chilean
    striker" and "the U.S. population" do not, "Russian-backed" does). An actor whose
    mentions are all venues and such nationalities, in any mix, is no party here; the
    article's `language` adds its own venue words ("nach China": `venue_words`)."""
    venue = (
        VENUE_BEFORE.found(text, max(0, raw.start - 40), raw.start)
        or (raw.label == STATE and after_town(text, raw.start))  # "Istanbul, Turkey"
        or venue_in_language(text, raw.start, language)
    )
    adjective = (is_nationality(raw) or attributive(raw, text)) and not speaks_for_state(
        text, raw.start, raw.end
    )
    if not venue and not adjective:
        draft.party = True


def extract_actors(article: Article) -> ArticleActors:
    """Actors named in one article, their mentions and the quotes attributed to them."""
    texts = dict(article_texts(article))
    credits = {pid: fine_print(text) for pid, text in texts.items()}
    # the agencies are those of the credits proper (found once), not of the caption's names
    agencies = agencies_credited(list(texts.values()), list(credits.values()))
    if CAPTION in texts:
        credits[CAPTION] = sorted(credits[CAPTION] + agency_ranges(texts[CAPTION]))
    excluded = _excluded_names(article) | {fold(a) for a in agencies}
    drafts: dict[str, _Draft] = {}
    mentions: list[Mention] = []
    acronyms: dict[str, str] = {}
    surnames: dict[str, str] = {}
    persons_by_parts = PersonIndex()

    ordered = without_table_labels(_recognised(article), texts)  # a quote table's rows
    ordered = without_glued_tails(with_possessive_names(ordered, texts))  # "Lowe's was", cards
    excluded -= acting_authors(article.authors, texts, ordered)  # "Rep. <author> said"
    excluded |= title_only_persons(texts, ordered)
    excluded |= non_actor_names(texts, ordered)  # units, labels, events, venues
    excluded |= teaser_names(texts, ordered, article.language)  # other stories' headlines
    excluded |= term_acronyms(
        ((part, texts[part], spans) for part, spans in ordered), article.language
    )  # "SARS outbreak"
    excluded |= thing_names(texts, ordered, article.language)  # "a Retina display"
    for paragraph_id, spans in ordered:
        text = texts[paragraph_id]
        starts = [raw.start for raw in spans]
        if starts != sorted(starts):
            starts = None
        for raw in spans:
            span = _as_actor_span(raw)
            if span is None or fold(span.text) in excluded or fold(span.name) in excluded:
                continue
            if credits[paragraph_id] and inside(credits[paragraph_id], raw.start, raw.end):
                continue  # "Photograph: Mara Holt/Reuters": the article's makers
            if names_a_work(span, text):
                continue  # "Viva Zapata": a work's title
            key = _local_key(span, drafts, acronyms, surnames, persons_by_parts)
            draft = drafts.get(key)
            if draft is None:
                draft = drafts[key] = _Draft(key, span.label, [], [], [])
            draft.names.append(span.name if span.label != PERSON else span.text)
            _note_party(draft, raw, text, article.language)
            if draft.type == ORGANISATION and span.label in (ARMED_GROUP, POLITICAL_GROUP):
                draft.type = span.label
            if span.descriptor and draft.description is None and span.label != PERSON:
                draft.description = span.descriptor
            _roles(draft, span, text, spans, drafts, acronyms, starts)
            mentions.append(Mention(article.id, paragraph_id, span.start, span.end, span.text, key))
            match = ACRONYM_DEF.match(text, span.end)
            if match and span.label != PERSON and len(span.text.split()) >= 2:
                known = gazetteer().get(fold(match.group(1)))
                if known is None or known.name == span.name:  # "OGE Group (Israel)": a place
                    acronyms[fold(match.group(1))] = key
    actors = tuple(sorted((_finish(d) for d in drafts.values()), key=lambda a: a.key))
    actors, mentions = determined_persons(actors, mentions, texts, _by_start(ordered))
    found = find_collectives(texts, ordered, actors, mentions)
    actors, mentions = _parties(*merge_into(article.id, actors, mentions, found))
    return _with_quotes(article, texts, actors, mentions)


def _by_start(ordered: list[tuple[str, list[Span]]]) -> dict[tuple[str, int], Span]:
    """Each recognised span by its (part, start)."""
    return {(part, span.start): span for part, spans in ordered for span in spans}


def _with_quotes(
    article: Article, texts: dict[str, str], actors: tuple[LocalActor, ...], mentions: list
) -> ArticleActors:
    """The article's actors with their mentions in reading order, the quotes attributed to
    them, and the keys named together (`cooccurrence.named_together`, counted by link)."""
    persons = {a.key for a in actors if a.type == PERSON}
    paragraphs = [Paragraph(TITLE, article.title)] + list(article.paragraphs)
    mentions.sort(key=lambda m: (reading_order(m.paragraph), m.start))
    quotes = find_quotes(article.id, paragraphs, mentions, persons)
    together = named_together(mentions, lambda part: texts.get(part, ""))
    return ArticleActors(article.id, actors, tuple(mentions), tuple(quotes), together)


def _parties(
    actors: tuple[LocalActor, ...], mentions: list[Mention]
) -> tuple[tuple[LocalActor, ...], list[Mention]]:
    """The actors without the states that take no part here, and their mentions: a state
    named only as a venue or by a nationality word that does not speak for it ("talks in
    X", "Swiss scientists") is a place or an origin in this article, not one of its actors,
    even where another article shows it acting (`_note_party`)."""
    gone = {a.key for a in actors if a.type == STATE and a.venue_only}
    if not gone:
        return actors, mentions
    return tuple(a for a in actors if a.key not in gone), [
        m for m in mentions if m.actor not in gone
    ]


def _local_key(
    span: Span,
    drafts: dict[str, _Draft],
    acronyms: dict[str, str],
    surnames: dict[str, str],
    persons_by_parts: PersonIndex,
) -> str:
    """The article-local key a span belongs to, registering new names as it goes."""
    if span.label != PERSON:
        folded = fold(span.text)
        if folded in acronyms:
            return acronyms[folded]
        return slugify(span.name) or "actor"
    parts = tuple(name_parts(span.text))
    if len(parts) >= 2:
        key = (
            persons_by_parts.get(parts)
            or surnames.get(" ".join(parts))
            or persons_by_parts.one_fuller(parts)
        )
        if key is None:  # "Bagheri Kani" after "Ali Bagheri Kani" is the same man
            key = slugify(" ".join(parts)) or PERSON
            persons_by_parts.add(parts, key)
        surnames[parts[-1]] = key
        surnames[" ".join(parts[1:])] = key
        return key
    word = parts[0] if parts else fold(span.text)
    if word in surnames:
        return surnames[word]
    full = tuple(name_parts(span.name))
    if len(full) >= 2 and (known := persons_by_parts.get(full)):  # a nickname of a person
        return known
    return persons_by_parts.first_word(word) or slugify(word) or PERSON


def _roles(
    draft: _Draft,
    span: Span,
    text: str,
    spans: list[Span],
    drafts: dict[str, _Draft],
    acronyms: dict[str, str],
    starts: list[int] | None = None,
) -> None:
    """Collect roles, affiliations and a description for a person from around a mention.
    `starts`: the spans' starts when the spans are in order of start (looked up by
    bisection, so a paragraph of thousands of names is not read whole for each)."""
    if span.label != PERSON:
        return
    role = span.title
    if role is None:
        role = _left_title(text, span.start) or _role_before_comma(text, span.start)
    if role and fold(role) in HONORIFICS:
        role = None
    if role:
        draft.roles.append(role)
        if draft.description is None:
            draft.description = f"{role} {span.text}"
        lo = span.title_start or span.start - len(role) - 1
        for other in _starting_within(spans, starts, lo, span.start):
            if other.start >= lo and (other.end <= span.start and other is not span):
                qualifier = _as_actor_span(other)
                if qualifier is not None and qualifier.label != PERSON:
                    draft.affiliations.append(slugify(qualifier.name))
    after = text[span.end : span.end + 120]
    appositive = APPOSITIVE.match(after)
    if appositive:
        phrase = appositive.group(2).strip()
        role = _appositive_role(phrase)
        if role:
            draft.roles.append(role)
            if draft.description is None:
                draft.description = (appositive.group(1) or "") + phrase
    reach = _OF_ORG_AHEAD.match(text, span.end)
    ahead = _starting_within(spans, starts, span.end + 1, reach.end()) if reach else ()
    for other in ahead:
        if other.start > span.end and OF_ORG.fullmatch(text[span.end : other.start]):
            org = _as_actor_span(other)
            if org is not None and org.label not in (PERSON, STATE):
                key = acronyms.get(fold(org.text), slugify(org.name))
                draft.affiliations.append(key)
                if draft.description is None:
                    draft.description = f"{span.text} {text[span.end : other.end].strip()}"
            break


_OF_ORG_AHEAD = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?")
"""The longest stretch after a name that `OF_ORG` can match: no organisation starts later."""


def _starting_within(spans: list[Span], starts: list[int] | None, lo: int, hi: int) -> list[Span]:
    """The spans, in order, that may start in [lo, hi]: all of them when not in order."""
    if starts is None:
        return spans
    return spans[bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, hi)]


_ROLE_BEFORE_COMMA = re.compile(
    r"(?:\b(?i:the|a|an|its|their|his|her)\s+|['’]s\s+)((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s*$"
)


def _role_before_comma(text: str, start: int) -> str | None:
    """ "The country's finance minister, Ken Ofori-Atta, said": a role in lower case, then a
    comma, then the name."""
    match = _ROLE_BEFORE_COMMA.search(text, max(0, start - 70), start)
    if match is None:
        return None
    role = match.group(1)
    return role if fold(role.split()[-1]) in role_nouns() else None


def _left_title(text: str, start: int) -> str | None:
    """A lower-case role phrase right before a name: "opposition spokesperson", "UK foreign
    secretary". It must end in a title head and may only grow leftwards over role qualifiers
    and state or organisation names, so "the idea of Assad" gives no role."""
    offset = max(0, start - 60)
    words = list(re.finditer(r"[\w.’'-]+", text[offset:start]))
    if not words or text[offset + words[-1].end() : start] != " ":
        return None
    last = words[-1].group()
    if not last.islower() or fold(last) not in role_heads() | LEFT_ROLE_NOUNS:
        return None
    kept = [last]
    for index in range(len(words) - 2, max(-1, len(words) - 5), -1):
        word = words[index]
        if text[offset + word.end() : offset + words[index + 1].start()] != " ":
            break
        if (
            word.group()[-1:] == "." and not re.fullmatch(r"(?:[A-Z]\.)+", word.group())
        ) or not _role_qualifier(word.group()):
            break  # "… the envoy. Chinese top diplomat X": a sentence ends there ("U.S." not)
        kept.insert(0, word.group())
    return " ".join(kept)


def _role_qualifier(word: str) -> bool:
    """A word that may stand inside a role phrase before its head: a qualifier ("senior"),
    an acronym ("UK", "U.N.") or a state, demonym or organisation name ("Syrian")."""
    if word.islower():
        return fold(word) in role_qualifiers()
    if word.replace(".", "").isupper() and len(word.replace(".", "")) >= 2:
        return True
    entry = gazetteer().get(fold(word))
    return entry is not None and entry.label not in ("place", "capital", PERSON)


def _appositive_role(phrase: str) -> str | None:
    """The role inside an appositive: its words up to a role noun, plus "at/of/for <Name>".

    "a researcher focusing on militias …" → "researcher"; "a senior fellow at the Middle East
    Institute" → "senior fellow at the Middle East Institute"; "a move that …" → None.
    """
    words = phrase.split()
    if not words or words[0] in NOT_APPOSITIVE:
        return None
    head = next((k for k, w in enumerate(words[:6]) if fold(w.strip(",;")) in role_nouns()), None)
    if head is None:
        return None
    while head + 1 < len(words) and fold(words[head + 1]) in role_nouns():
        head += 1
    role = words[: head + 1]
    rest = words[head + 1 :]
    if len(rest) >= 2 and rest[0] in ("at", "of", "for", "with", "from"):
        k = 1
        if rest[k] == "the":
            k += 1
        name = []
        while k < len(rest) and (rest[k][:1].isupper() or (name and rest[k] in ("of", "for"))):
            name.append(rest[k])
            k += 1
        while name and name[-1] in ("of", "for"):
            name.pop()
        if name:
            role += rest[: k - len(name)] + name
    text = " ".join(role).strip(",;")
    return text if len(text) <= 90 else None


def _finish(draft: _Draft) -> LocalActor:
    names = sorted(set(draft.names))
    if draft.type == PERSON:
        name = max(names, key=lambda n: (len(name_parts(n)), len(n), n))
    else:
        non_acronyms = [n for n in names if not n.replace(".", "").isupper()] or names
        name = max(non_acronyms, key=lambda n: (len(n.split()), len(n), n))
    roles = tuple(dict.fromkeys(r for r in draft.roles if r))
    return LocalActor(
        key=draft.key,
        name=name,
        type=draft.type,
        aliases=tuple(n for n in names if n != name),
        roles=roles,
        affiliations=tuple(sorted(set(a for a in draft.affiliations if a != draft.key))),
        venue_only=not draft.party,
        description=draft.description,
    )
