"""Which actors are named together, and how often: pairs counted in arrays, not tuples.

Two actors gain 1 for each paragraph that names both and 1 more for each sentence that
does. A corpus of thousands of articles has millions of such pairs; counting them one
Python tuple at a time grew with the corpus (most of the actors' records at 5,000
articles). Here each paragraph, sentence and actor is a number, the pairs of each group are
made by array steps and counted by `np.unique`: integer counts, so exactly those of counting
them one by one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from ..arrays import ranges
from ..models import Mention, RelatedActor

SENTENCE_RE = re.compile(r"(?<=[.!?”])\s+(?=[“\"A-Z])")
"""Where a sentence ends inside a paragraph (the break after it)."""
_SPAN = 1 << 32
"""More characters than any paragraph has: paragraph k's offsets are k * _SPAN + offset."""


def related(
    mentions: Sequence[tuple[str, Sequence[Mention]]], text: Callable[[str, str], str]
) -> dict[str, tuple[RelatedActor, ...]]:
    """Actor id → the actors named with it in one paragraph (+1 each) and in one sentence
    (+1 more each), heaviest first, then by id. `mentions`: each actor's id and mentions;
    `text`: the text of (article id, paragraph id), where the sentences are found."""
    names = sorted({actor for actor, _ in mentions})
    places, where, starts, actors = _numbered(mentions, {a: k for k, a in enumerate(names)})
    if not len(actors):
        return {}
    shared = _shared(where, actors, len(names))
    where, starts, actors = where[shared], starts[shared], actors[shared]
    sentence = _sentences(where, starts, [places[k] for k in np.unique(where).tolist()], text)
    codes = np.concatenate(
        (_pairs(where, actors, len(names)), _pairs(sentence, actors, len(names)))
    )
    return _table(codes, names)


def named_together(
    mentions: Sequence[Mention], text: Callable[[str], str]
) -> tuple[tuple[str, ...], ...]:
    """One article's groups of local keys named together, for `related_together`: each
    paragraph's distinct keys, then each sentence's, where they are two or more (a group of
    one pairs no one). `text`: the text of a paragraph id, where the sentences are found
    (as `related` finds them: a sentence ends where `SENTENCE_RE` breaks the paragraph)."""
    by_paragraph: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_paragraph.setdefault(mention.paragraph, []).append(mention)
    paragraphs, sentences = [], []
    for paragraph, found in by_paragraph.items():
        keys = sorted({m.actor for m in found})
        if len(keys) < 2:
            continue
        paragraphs.append(tuple(keys))
        ends = [m.end() for m in SENTENCE_RE.finditer(text(paragraph))]
        groups: dict[int, set[str]] = {}
        for m in found:
            groups.setdefault(bisect_right(ends, m.start), set()).add(m.actor)
        sentences.extend(tuple(sorted(g)) for _, g in sorted(groups.items()) if len(g) >= 2)
    return (*paragraphs, *sentences)


def related_together(
    together: Sequence[tuple[str, Sequence[tuple[str, ...]]]],
    owners: Mapping[tuple[str, str], str],
) -> dict[str, tuple[RelatedActor, ...]]:
    """`related`, counted from each article's groups (`named_together`): (article id, its
    groups) and the actor id of each (article id, local key) that has one. A paragraph or a
    sentence whose keys name two actors pairs them once, as in `related`; the same counts,
    without reading a mention or a text again."""
    names = sorted(set(owners.values()))
    number = {name: k for k, name in enumerate(names)}
    group_of: list[int] = []
    actor_of: list[int] = []
    g = 0
    for article, groups in together:
        for keys in groups:
            actors = {owners.get((article, key)) for key in keys}
            actors.discard(None)
            if len(actors) >= 2:
                group_of.extend([g] * len(actors))
                actor_of.extend(number[a] for a in actors)
                g += 1
    if not group_of:
        return {}
    codes = _pairs(
        np.array(group_of, dtype=np.int64), np.array(actor_of, dtype=np.int64), len(names)
    )
    return _table(codes, names)


def _numbered(
    mentions: Sequence[tuple[str, Sequence[Mention]]], number: dict[str, int]
) -> tuple[list[tuple[str, str]], np.ndarray, np.ndarray, np.ndarray]:
    """The paragraphs named, as (article id, paragraph id) in order of first mention, and
    per mention: its paragraph's number, its start, its actor's number."""
    every = [m for _, found in mentions for m in found]
    places = [(m.article, m.paragraph) for m in every]
    paragraphs = {place: k for k, place in enumerate(dict.fromkeys(places))}
    lengths = np.fromiter((len(found) for _, found in mentions), np.int64, len(mentions))
    numbers = np.fromiter((number[actor] for actor, _ in mentions), np.int64, len(mentions))
    return (
        list(paragraphs),
        np.fromiter(map(paragraphs.__getitem__, places), np.int64, len(places)),
        np.fromiter((m.start for m in every), np.int64, len(every)),
        np.repeat(numbers, lengths),
    )


def _shared(where: np.ndarray, actors: np.ndarray, count: int) -> np.ndarray:
    """The mentions of paragraphs that name two actors or more (the others pair no one)."""
    distinct = np.unique(where * count + actors) // count
    named = np.bincount(distinct, minlength=int(where.max(initial=-1)) + 1)
    return named[where] >= 2


def _sentences(
    where: np.ndarray,
    starts: np.ndarray,
    paragraphs: list[tuple[str, str]],
    text: Callable[[str, str], str],
) -> np.ndarray:
    """Each mention's sentence, numbered across the corpus; `paragraphs`: those of the
    numbers in `where`, in increasing number. A paragraph's sentences end where
    `SENTENCE_RE` breaks it, and a mark just before its first offset starts it anew."""
    numbers = np.unique(where).tolist()
    ends: list[int] = []
    for k, place in zip(numbers, paragraphs, strict=True):
        base = k * _SPAN
        ends.append(base - 1)
        ends.extend(base + m.end() for m in SENTENCE_RE.finditer(text(*place)))
    return np.searchsorted(np.array(ends, dtype=np.int64), where * _SPAN + starts, side="right")


def _pairs(groups: np.ndarray, actors: np.ndarray, count: int) -> np.ndarray:
    """Each pair of distinct actors (a < b) that some group names both of, once per group,
    as a * count + b."""
    distinct = np.unique(groups * count + actors)
    group, actor = distinct // count, distinct % count
    ends = np.searchsorted(group, group, side="right")
    partners = ends - np.arange(len(distinct)) - 1
    firsts = np.repeat(actor, partners)
    seconds = actor[ranges(np.arange(1, len(distinct) + 1), partners)]
    return firsts * count + seconds


def _table(codes: np.ndarray, names: list[str]) -> dict[str, tuple[RelatedActor, ...]]:
    """Actor id → its partners and their counts, heaviest first, then by id."""
    count = len(names)
    pairs, weights = np.unique(codes, return_counts=True)
    if not len(pairs):
        return {}
    first, second = pairs // count, pairs % count
    owners = np.concatenate((first, second))
    others = np.concatenate((second, first))
    weights = np.concatenate((weights, weights))
    order = np.lexsort((others, -weights, owners))  # actor numbers are in id order
    owners, others, weights = owners[order], others[order], weights[order]
    # one object for each (partner, count): many actors share their heaviest partners
    scale = int(weights.max()) + 1
    distinct, which = np.unique(others * scale + weights, return_inverse=True)
    made = [
        RelatedActor(names[other], weight)
        for other, weight in zip(
            (distinct // scale).tolist(), (distinct % scale).tolist(), strict=True
        )
    ]
    entries = list(map(made.__getitem__, which.tolist()))
    starts = np.flatnonzero(np.r_[True, np.diff(owners) != 0])
    bounds = [*starts.tolist(), len(entries)]
    return {
        names[owner]: tuple(entries[a:b])
        for owner, a, b in zip(owners[starts].tolist(), bounds, bounds[1:], strict=False)
    }
