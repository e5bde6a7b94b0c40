"""Where sources differ: figures for one quantity, dates for one event, and contradictory
claims of named actors, side by side.

A pure function of the Briefing. Nothing is resolved: each entry lists what every source
says and where (article and paragraph), and says when two quantities set against each other
are not the same thing (displaced against refugees). Figures are set against each other only
when they are about one subject (generator/findings/figure_subjects.py), dates only when they are
for one occurrence of one event (generator/findings/date_divergences.py), not for sharing words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..models import Actor, Article, Briefing
from .claims import Statement, StatementsOf, article_statements
from .contradictions import Contradiction, contradictions
from .date_divergences import WordsOf, dated_twice, source_words
from .figure_subjects import Subject, SubjectOf, subject, subject_groups, subjects
from .figures import Figure, article_figures, paragraph_number, table
from .overlaps import Overlaps, actor_mentions

Mentioned = Mapping[tuple[str, str], Overlaps[Actor]]


@dataclass(frozen=True)
class Claim:
    """What one source says, and where: `text` is the source's own words."""

    article: str
    paragraph: str
    text: str
    value: str
    """The figure or date, as shown: `400000`, `2017-05-19`; for a claim, who and how:
    `Russia said`, `Borduria denied`."""
    actor: str | None = None
    """A claim's speaker (actor id); None for figures and dates."""


@dataclass(frozen=True)
class Divergence:
    """One difference between sources."""

    kind: str
    """`figure` (one quantity, several values), `related-figures` (two quantities often
    compared that are not the same thing), `date` (one event, several dates) or `claim`
    (named actors reported to say opposite things)."""
    topic: str
    claims: tuple[Claim, ...]
    note: str | None = None
    events: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    """A claim entry's speakers."""


CLAIM_NOTE = (
    "Opposite claims: one says what the other denies or contradicts. Nothing here says which "
    "is right."
)


def _claim(figure: Figure) -> Claim:
    return Claim(figure.article, figure.paragraph, figure.text, str(figure.value))


def _differ(group: list[Figure]) -> bool:
    """True when two articles give different values."""
    return any(
        a.article != b.article and a.value != b.value
        for i, a in enumerate(group)
        for b in group[i:]
    )


def _in_order(figures: list[Figure], order: dict[str, int]) -> list[Figure]:
    return sorted(figures, key=lambda f: (order[f.article], paragraph_number(f.paragraph), f.start))


def _figure_divergences(
    figures: list[Figure], about: dict[Figure, Subject], order: dict[str, int]
) -> list[Divergence]:
    """One entry per quantity and subject whose value differs between articles."""
    labels = table()["labels"]
    out = []
    for quantity in sorted({f.quantity for f in figures}):
        same = [f for f in _in_order(figures, order) if f.quantity == quantity]
        found = [g for g in subject_groups(same, about) if _differ(g)]
        for group in found:
            topic = labels.get(quantity, quantity)
            if len(found) > 1:
                topic = f"{topic}: {_shared_words(group, about)}"
            out.append(Divergence("figure", topic, _first_per_value_and_article(group, order)))
    return out


def _shared_words(group: list[Figure], about: dict[Figure, Subject]) -> str:
    """What the figures of a group are all about, to tell apart two entries of one quantity."""
    shared = frozenset.intersection(*(about[f].words for f in group))
    return ", ".join(sorted(shared))


def _first_per_value_and_article(figures: list[Figure], order: dict[str, int]) -> tuple[Claim, ...]:
    """The first figure of each (article, value), largest value first."""
    seen: dict[tuple[str, int], Figure] = {}
    for figure in _in_order(figures, order):
        seen.setdefault((figure.article, figure.value), figure)
    ranked = sorted(seen.values(), key=lambda f: (-f.value, order[f.article]))
    return tuple(_claim(f) for f in ranked)


def _related_divergences(
    figures: list[Figure], about: dict[Figure, Subject], order: dict[str, int]
) -> list[Divergence]:
    """Two quantities often set against each other, given by different articles about one
    subject."""
    labels = table()["labels"]
    out = []
    for first, second, note in table()["related"]:
        pair = [f for f in _in_order(figures, order) if f.quantity in (first, second)]
        for group in subject_groups(pair, about):
            a = [f for f in group if f.quantity == first]
            b = [f for f in group if f.quantity == second]
            if not a or not b or {f.article for f in a} == {f.article for f in b}:
                continue
            claims = _first_per_value_and_article(a, order) + _first_per_value_and_article(b, order)
            topic = f"{labels.get(first, first)} and {labels.get(second, second).lower()}"
            out.append(Divergence("related-figures", topic, claims, note))
    return out


def _date_divergences(
    briefing: Briefing, words_of: WordsOf = source_words, mentions: Mentioned | None = None
) -> list[Divergence]:
    """Events of different articles that are one occurrence given two dates
    (generator/findings/date_divergences.py), each with the sources that say so."""
    return [
        Divergence(
            "date",
            a.event.summary,
            tuple(
                Claim(r.source.article, r.source.paragraph, r.source.text, r.event.date)
                for r in (a, b)
            ),
            None,
            (a.event.id, b.event.id),
        )
        for a, b in dated_twice(briefing, words_of, mentions)
    ]


def _statement_claim(statement: Statement, names: dict[str, str]) -> Claim:
    verb = statement.verb or "quoted"
    return Claim(
        statement.article,
        statement.paragraph,
        statement.text,
        f"{names.get(statement.speaker, statement.speaker)} {verb}",
        statement.speaker,
    )


def _claim_divergences(found: tuple[Contradiction, ...], briefing: Briefing) -> list[Divergence]:
    """One entry per contradiction, both statements with their paragraphs."""
    names = {a.id: a.name for a in briefing.actors}
    out = []
    for c in found:
        speakers = tuple(dict.fromkeys((c.first.speaker, c.second.speaker)))
        who = " and ".join(names.get(s, s) for s in speakers)
        topic = f"What {who} say" if len(speakers) > 1 else f"What {who} is reported to say"
        claims = (_statement_claim(c.first, names), _statement_claim(c.second, names))
        out.append(Divergence("claim", topic, claims, CLAIM_NOTE, (), speakers))
    return out


def divergences(
    briefing: Briefing,
    figures_of: Callable[[Article], tuple[Figure, ...]] = article_figures,
    statements_of: StatementsOf = article_statements,
    subject_of: SubjectOf = subject,
    words_of: WordsOf = source_words,
) -> tuple[Divergence, ...]:
    """Every difference found, figures first, then dates, then claims; deterministic.
    `figures_of`, `statements_of`, `subject_of` and `words_of` give each article's figures
    and statements, a sentence's subject and a dated source's words (`article_figures`,
    `article_statements`, `subject`, `source_words`, or memos of them, findings/parts.py)."""
    order = {a.id: i for i, a in enumerate(briefing.articles)}
    figures = [f for article in briefing.articles for f in figures_of(article)]
    mentions = actor_mentions(briefing)
    about = subjects(briefing, figures, subject_of, mentions)
    return tuple(
        _figure_divergences(figures, about, order)
        + _related_divergences(figures, about, order)
        + _date_divergences(briefing, words_of, mentions)
        + _claim_divergences(contradictions(briefing, statements_of), briefing)
    )
