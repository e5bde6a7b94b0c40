"""Copies of one article: two files whose sentences are nearly all the same are one report.

"Main events" are those two or more articles report, and a key point shows how many sources
report it: both are about corroboration. The same wire story saved from two sites, or one
page saved twice with different furniture around it, is one report, not two; counted twice,
every event of that article would be a "main event" and every point drawn from it "reported
by 2". Exact copies of a file are refused when the folder is read (`ingest`); these are the
near ones, which differ in their furniture, header or a line or two.

Two articles are copies when at least `COPY_SHARE` of the smaller one's sentences are, word
for word (case and spacing aside), sentences of the other too. Another outlet's report of
the same event is written in its own sentences and shares few or none. A wire story's
update (a "write-thru": a word changed, a clause added) is the same report too: once half
of the smaller article's sentences are found word for word, a sentence also counts when its
words are nearly those of one of the other's (`NEAR_WORDS`); an agency's next-day story,
reusing a background paragraph or two, stays a report of its own. A sentence found in
more than `MAX_HOLDERS` articles is boilerplate and is not counted. Copies group
transitively; a group is named by its smallest article id, so the grouping does not depend
on the articles' order. Sentences, not the whole text, are compared: they are at hand (the
key points' candidates), and one set look-up per sentence keeps this cheap at thousands of
articles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from ..groups import UnionFind

COPY_SHARE = 0.8
"""Share of the smaller article's sentences the other must hold."""
MIN_SENTENCES = 3
"""An article with fewer sentences than this is never called a copy: too little to tell."""
MAX_HOLDERS = 20
NEAR_FLOOR = 0.5
"""Share of the smaller article's sentences found word for word from which its edited
sentences are looked for: only near-copies are compared sentence by sentence."""
NEAR_WORDS = 0.7
"""Jaccard of two sentences' word sets at or above which one is the other, edited."""

_WORD = re.compile(r"\w+")


def _normal(sentence: str) -> str:
    return " ".join(sentence.casefold().split())


def sentence_prints(texts: Iterable[str]) -> frozenset[str]:
    """An article's sentences as they are compared (case and spacing aside)."""
    return frozenset(map(_normal, texts))


def copy_groups(sentences: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Article id → the id naming its group of copies (its own id when it has none), from
    each article's sentences."""
    return print_groups({article: sentence_prints(t) for article, t in sentences.items()})


NearOf = Callable[[str, str], int]
"""`near_count` of two articles' prints, by their ids (or a memo of it)."""


def print_groups(
    prints: Mapping[str, frozenset[str]], near_of: NearOf | None = None
) -> dict[str, str]:
    """`copy_groups`, from each article's `sentence_prints` (kept across builds by the
    findings' parts, findings/parts.py); `near_of` gives the `near_count` of two of them
    (a memo of it: comparing the edited sentences of thousands of pairs was most of this)."""
    if near_of is None:
        near_of = lambda a, b: near_count(prints[a], prints[b])  # noqa: E731
    holders: dict[str, list[str]] = {}
    for article in sorted(prints):
        for sentence in prints[article]:
            holders.setdefault(sentence, []).append(article)
    shared: Counter[tuple[str, str]] = Counter()
    for held in holders.values():
        if 2 <= len(held) <= MAX_HOLDERS:
            for i, a in enumerate(held):
                for b in held[i + 1 :]:
                    shared[(a, b)] += 1
    groups: UnionFind[str] = UnionFind()
    for (a, b), count in sorted(shared.items()):
        smaller = min(len(prints[a]), len(prints[b]))
        if smaller < MIN_SENTENCES or count < NEAR_FLOOR * smaller:
            continue
        if count >= COPY_SHARE * smaller or near_of(a, b) >= COPY_SHARE * smaller:
            groups.union(a, b)
    return {article: groups.find(article) for article in sorted(prints)}


def near_count(a: frozenset[str], b: frozenset[str]) -> int:
    """How many of the smaller set's sentences are in the other, word for word or edited
    (word sets of Jaccard `NEAR_WORDS` or more)."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    others = [frozenset(_WORD.findall(t)) for t in big - small]
    count = 0
    for sentence in small:
        words = frozenset(_WORD.findall(sentence))
        if sentence in big or any(len(words & o) >= NEAR_WORDS * len(words | o) for o in others):
            count += 1
    return count


def reports(articles: Iterable[str], groups: Mapping[str, str]) -> int:
    """How many distinct reports these articles are: copies count once."""
    return len({groups.get(a, a) for a in articles})
