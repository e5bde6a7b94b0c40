"""Collective actors of one article: organs of states ("the Russian military", "the
Pentagon"), groups ("the Syrian opposition", "the Cairo group"), their delegations ("Assad's
negotiators") and blocs ("the West").

In a negotiation or a conflict the parties that matter are often not single names, so the
recogniser's spans are read again with the tables of `collective_lexicon`:
- a state or demonym followed by a head ("Syrian air force", "Russia's military") is an organ
  of that state (part_of it) or a group of that country ("Syrian opposition");
- a person followed by "administration" or "'s negotiators" is that person's administration
  or their state's delegation;
- a place followed by a group noun is a named group ("the Cairo and Riyadh groups");
- a bare description ("the rebels", "the regime") joins the one actor with that head named
  in the article; with none or several it is left for the corpus (`describe`).
Each collective carries a key, "<state>/<head>", which is how the corpus merges them: not their
spelling, and never across corpora.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from ..models import (
    GROUP_TYPES,
    INTERGOVERNMENTAL_ORG,
    ORGANISATION,
    PERSON,
    STATE,
    LocalActor,
    Mention,
)
from .collective_lexicon import (
    adjective_of,
    after_qualifier,
    bare_phrase,
    blocs,
    heads,
    members,
    named_after,
    named_nouns,
    seats,
    state_organ,
)
from .lexicon import fold
from .recognise import Span, name_parts

PREFIX = "collective:"
"""Local keys of collectives start with this, so they never meet a recognised name's key."""


@dataclass(frozen=True)
class Found:
    """One collective mention before it becomes a LocalActor."""

    paragraph: str
    start: int
    end: int
    text: str
    head: str
    """Canonical head ("government"), or the full name of a named group or bloc."""
    type: str
    qualifier: str | None
    """The state's (or person's) canonical name; None for a bare description."""
    adjective: str = ""
    member: bool = False
    organ: bool = False
    name: str | None = None
    """A fixed name (seats, named groups, blocs): no adjective + head."""
    part_of: str | None = None
    consumed: tuple[int, int] | None = None
    """The recognised span this replaces (a demonym or seat mention), as (start, end)."""
    through: str | None = None
    """For a bare description, the head whose actor gives it its state if not its own."""
    names_it: bool = True
    """Its text names the actor: not so the first place of "the Cairo and Riyadh groups",
    "Cairo" alone, which would make every later mention of the city the group's."""

    @property
    def key(self) -> str:
        return collective_key(self.qualifier, self.head, self.member)


def collective_key(qualifier: str | None, head: str, member: bool) -> str:
    """ "syria/government delegation": what merges collectives across the corpus."""
    return f"{fold(qualifier or '')}/{head}{' delegation' if member else ''}"


def _type(head_type: str, member: str | None) -> str:
    """A collective's type: its member word's ("delegation": political-group) if it has one,
    else its head's."""
    return members()[member][1] if member else head_type


def _person_state(span: Span, mention_key: dict, actors: dict[str, LocalActor]) -> str | None:
    """The one state a person is affiliated with in this article ("Syrian President X")."""
    actor = actors.get(mention_key.get((span.start, span.end), ""))
    if actor is None:
        return None
    states = {actors[k].name for k in actor.affiliations if k in actors and actors[k].type == STATE}
    return next(iter(states)) if len(states) == 1 else None


def _qualified(
    paragraph: str, text: str, span: Span, mention_key: dict, actors: dict[str, LocalActor]
) -> Found | None:
    """A state, demonym or person followed by a collective head."""
    match = after_qualifier().match(text, span.end)
    if match is None:
        return None
    head_text = match.group("head")
    head = heads()[head_text] if head_text else heads()["government"]
    member_word = match.group("member") or match.group("only")
    member, kind = bool(member_word), _type(head.type, member_word)
    start, end, surface = span.start, match.end(), text[span.start : match.end()]
    if span.label == PERSON:
        surname = (name_parts(span.text) or [span.text])[-1].title()
        state = _person_state(span, mention_key, actors)
        if head.canonical == "administration" and not member:
            return Found(
                paragraph, start, end, surface, "administration", ORGANISATION,
                f"{span.text} (person)", surname, organ=True, part_of=state,
                consumed=(span.start, span.end),
            )  # fmt: skip
        if head.canonical != "government":
            return None
        if state is not None:
            return Found(
                paragraph, start, end, surface, "government", kind, state,
                adjective_of(state), member, organ=True, part_of=state,
                consumed=(span.start, span.end),
            )  # fmt: skip
        return Found(
            paragraph, start, end, surface, "government", kind,
            f"{span.text} (person)", surname, member, organ=True,
            consumed=(span.start, span.end),
        )  # fmt: skip
    state = span.state or span.name
    if span.label == "demonym" or span.text.replace(".", "").isupper():
        adjective = span.text
    else:
        adjective = adjective_of(state)
    organ = head.kind == "organ"
    return Found(
        paragraph, start, end, surface, head.canonical, kind, state, adjective,
        member, organ, part_of=state if organ else None, consumed=(span.start, span.end),
    )  # fmt: skip


def _state_organ(paragraph: str, span: Span) -> Found | None:
    """A recognised name made of a state and an organ ("U.S. State Department", "Russia's
    Foreign Ministry") is that state's organ, the one its bare name or its lower-case
    spelling makes ("the State Department", "the Russian foreign ministry"), with the full
    phrase as an alias: named by the seat, else as written ("Russian Foreign Ministry")."""
    parsed = state_organ(span.text)
    if parsed is None:
        return None
    state, head, at, seat = parsed
    organ, adjective = span.text[at:], adjective_of(state)
    if seat:
        name = organ
    elif span.text[:at].rstrip().endswith(("'s", "’s")):
        name = f"{adjective} {organ}"
    else:
        name = span.text
    return Found(
        paragraph, span.start, span.end, span.text, head, ORGANISATION, state, adjective,
        organ=True, name=name, part_of=state, consumed=(span.start, span.end),
    )  # fmt: skip


def _named_groups(paragraph: str, text: str, spans: list[Span]) -> list[Found]:
    """ "the Cairo group", "the Cairo and Riyadh groups": places naming a group."""
    places = [s for s in spans if s.label in ("capital", "place")]
    found: list[Found] = []
    for index, span in enumerate(places):
        match = named_after().match(text, span.end)
        if match is None:
            continue
        noun, kind = named_nouns()[match.group("noun")]
        chain = [span]
        for earlier in reversed(places[:index]):
            gap = text[earlier.end : chain[0].start]
            if gap.strip(" ,") not in ("", "and") or len(gap) > 6:
                break
            chain.insert(0, earlier)
        for place in chain:
            end = match.end() if place is span else place.end
            name = f"{place.name} {noun}"
            found.append(
                Found(
                    paragraph,
                    place.start,
                    end,
                    text[place.start : end],
                    name,
                    kind,
                    "named",
                    name=name,
                    names_it=place is span,
                )  # fmt: skip
            )
    return found


def _blocs(paragraph: str, text: str) -> list[Found]:
    found = []
    for phrase, name in blocs():
        start = text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            before = text[start - 1 : start]
            after = text[end : end + 2]
            if not before.isalnum() and not after[:1].isalnum() and not after[1:].isupper():
                found.append(
                    Found(
                        paragraph,
                        start,
                        end,
                        text[start:end],
                        name,
                        INTERGOVERNMENTAL_ORG,
                        "bloc",
                        name=name,
                    )  # fmt: skip
                )
            start = text.find(phrase, end)
    return found


def _bare(paragraph: str, text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Descriptions with no state before them: "the rebels", "opposition negotiators"."""
    found = []
    for match in bare_phrase().finditer(text):
        head_text = match.group("head") or match.group("head2")
        member_word = match.group("member") or match.group("member2")
        member = bool(member_word)
        head = heads()[head_text]
        if not member and not ((match.group("det") or head.plain) and head.bare):
            continue
        start = match.start("head") if match.group("head") else match.start()
        if any(start < hi and lo < match.end() for lo, hi in taken):
            continue
        found.append(
            Found(
                paragraph,
                start,
                match.end(),
                text[start : match.end()],
                head.canonical,
                _type(head.type, member_word),
                None,
                member=member,
                organ=head.kind == "organ",
                through=head.through,
            )  # fmt: skip
        )
    return found


def find_collectives(
    texts: dict[str, str],
    spans: list[tuple[str, list[Span]]],
    actors: tuple[LocalActor, ...],
    mentions: list[Mention],
) -> list[Found]:
    """Every collective mention of one article, bare descriptions resolved within it when
    the article names exactly one actor with their head."""
    by_key = {a.key: a for a in actors}
    found: list[Found] = []
    for paragraph, paragraph_spans in spans:
        text = texts[paragraph]
        mention_key = {(m.start, m.end): m.actor for m in mentions if m.paragraph == paragraph}
        here: list[Found] = []
        for span in paragraph_spans:
            seat = seats().get(fold(span.text))
            if seat is not None:
                state, head = seat
                here.append(
                    Found(
                        paragraph,
                        span.start,
                        span.end,
                        span.text,
                        head,
                        ORGANISATION,
                        state,
                        adjective_of(state),
                        organ=True,
                        name=span.text,
                        part_of=state,
                        consumed=(span.start, span.end),
                    )  # fmt: skip
                )
            elif span.label in ("demonym", STATE, PERSON):
                qualified = _qualified(paragraph, text, span, mention_key, by_key)
                if qualified is not None:
                    here.append(qualified)
            elif span.label in GROUP_TYPES and (organ := _state_organ(paragraph, span)):
                here.append(organ)
        here += _named_groups(paragraph, text, paragraph_spans)
        here += _blocs(paragraph, text)
        taken = [(f.start, f.end) for f in here] + [
            (s.start, s.end) for s in paragraph_spans if s.label not in ("demonym", "place")
        ]
        here += _bare(paragraph, text, taken)
        found += here
    return _resolve_in_article(found)


def _resolve_in_article(found: list[Found]) -> list[Found]:
    """A bare description takes the state of the one actor with its head (or the head it
    goes `through`) in the article; one that goes through another head and finds no one
    actor there is dropped, never left for the corpus to guess by its own head."""
    qualifiers: dict[str, dict[str, Found]] = defaultdict(dict)
    for item in found:
        if item.qualifier and item.name is None:
            qualifiers[item.head].setdefault(fold(item.qualifier), item)
    out = []
    for item in found:
        known = qualifiers.get(item.through or item.head, {})
        if item.through:  # a state's, not a leader's: "Assad's forces" are not his organ
            known = {k: v for k, v in known.items() if not k.endswith(" (person)")}
            if item.qualifier is None and len(known) != 1:
                continue
        if item.qualifier is None and len(known) == 1:
            (model,) = known.values()
            item = replace(
                item,
                qualifier=model.qualifier,
                adjective=model.adjective,
                part_of=model.qualifier if item.organ else None,
            )
        out.append(item)
    return out


def display_name(item: Found) -> str:
    """ "Syrian government delegation", "Trump administration", "Pentagon"."""
    if item.name is not None:
        return item.name
    words = [item.adjective, item.head, "delegation" if item.member else ""]
    return " ".join(w for w in words if w)


def collective_actors(
    article: str, found: list[Found]
) -> tuple[list[LocalActor], list[Mention], set[tuple[str, int, int]]]:
    """LocalActors and Mentions of the collectives, and the (paragraph, start, end) of the
    recognised mentions they replace ("Syrian" inside "Syrian air force")."""
    groups: dict[str, list[Found]] = defaultdict(list)
    for item in found:
        groups[item.key].append(item)
    actors, mentions, consumed = [], [], set()
    for key, items in sorted(groups.items()):
        local = PREFIX + key
        named = [i for i in items if i.qualifier is not None]
        first = (named or items)[0]
        fixed = sorted({i.name for i in items if i.name})
        name = fixed[0] if fixed else display_name(first) if named else first.text
        part_of = first.part_of
        if first.member:
            part_of = collective_key(first.qualifier, first.head, False)
        texts = {i.text for i in items if i.names_it}
        not_names = {i.text for i in items} - texts - {name}
        actors.append(
            LocalActor(
                key=local,
                name=name,
                type=first.type,
                aliases=tuple(sorted(texts - {name})),
                part_of=part_of,
                collective=key,
                not_names=tuple(sorted(not_names)),
            )
        )
        for item in items:
            mentions.append(
                Mention(article, item.paragraph, item.start, item.end, item.text, local)
            )
            if item.consumed:
                consumed.add((item.paragraph, *item.consumed))
    return actors, mentions, consumed


def merge_into(
    article: str,
    actors: tuple[LocalActor, ...],
    mentions: list[Mention],
    found: list[Found],
) -> tuple[tuple[LocalActor, ...], list[Mention]]:
    """The article's actors and mentions with its collectives added: a mention that a
    collective replaces ("Syrian" in "Syrian air force", "Obama" in "Obama administration")
    goes, and an actor left with no mention goes with it."""
    new_actors, new_mentions, consumed = collective_actors(article, found)
    kept = [m for m in mentions if (m.paragraph, m.start, m.end) not in consumed]
    still = {m.actor for m in kept}
    lost = {m.actor for m in mentions} - still  # every mention now inside a collective's
    olds = [a for a in actors if a.key not in lost]
    return tuple(sorted(olds + new_actors, key=lambda a: a.key)), kept + new_mentions
