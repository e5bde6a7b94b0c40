"""Which events merging compares, and how the chosen pairs join groups, near-linearly.

A long article has thousands of dated clauses, many on one date ("last week") and sharing
words; comparing every pair that shares a date and a word was quadratic (a 5 MB article ran
for minutes). Here: two clauses of one article are compared only when they have the same
date (two of one article on different dates are never joined anyway), and in a run of
hundreds only with their `SAME_DATE_WINDOW` next in date-and-id order; clauses of
different articles are paired through an index of (date, shared key) and of (month or year,
shared key), article by article, only when their dates are compatible. Groups are joined with union by size and a per-group map article → date, so refusing a join that
would put two dates of one article together costs the smaller group's size, not a product.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from itertools import product

from .dates import dates_compatible

SAME_DATE_ALL = 300
"""Up to this many clauses of one article on one date, every pair of them is compared. The
longest such run on the seeds and the 660 benchmark articles is 137 (a page of sports
results, many in one year), so normal output is unchanged."""
SAME_DATE_WINDOW = 50
"""In a longer run, a clause is compared with its next `SAME_DATE_WINDOW` only: a hostile
article of thousands of clauses on one date stays linear."""


def same_article_pairs(
    dates: Sequence[str],
    articles: Sequence[str],
    every: int = SAME_DATE_ALL,
    window: int = SAME_DATE_WINDOW,
) -> list[tuple[int, int]]:
    """Index pairs (i < j) of one article and one date: all of them in a run of up to
    `every`, else those at most `window` apart; indices in the caller's (date, id) order."""
    runs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (date, article) in enumerate(zip(dates, articles, strict=True)):
        runs[(article, date)].append(i)
    pairs = []
    for members in runs.values():
        reach = len(members) if len(members) <= every else window
        for p, i in enumerate(members):
            pairs.extend((i, j) for j in members[p + 1 : p + 1 + reach])
    return pairs


def _by_article(members: Iterable[int], articles: Sequence[str]) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = defaultdict(list)
    for i in members:
        grouped[articles[i]].append(i)
    return grouped


def cross_article_pairs(
    dates: Sequence[str], articles: Sequence[str], keys: Sequence[Iterable[Hashable]]
) -> set[tuple[int, int]]:
    """Index pairs (i < j) of different articles that share a key and whose dates are
    compatible (`dates.dates_compatible`: the same date, or one holds the other: a month its
    days, a year anything in it). Two days of one month are never one event, so they are
    never paired: in a busy month those were most pairs, and the pairs grow with the
    square of the reports of a month."""
    exact, inside = _indexed(dates, keys)
    pairs: set[tuple[int, int]] = set()
    for members in exact.values():
        if len(members) < 2:  # most keys of a date are one report's: no pair to make
            continue
        groups = list(_by_article(members, articles).values())
        for x, first in enumerate(groups):
            for second in groups[x + 1 :]:
                pairs.update((a, b) if a < b else (b, a) for a, b in product(first, second))
    for where, members in exact.items():
        within = inside.get(where)
        if not within:
            continue
        grouped = _by_article(within, articles)
        for a in members:
            for article, others in grouped.items():
                if article != articles[a]:
                    pairs.update((a, b) if a < b else (b, a) for b in others)
    return pairs


Index = dict[tuple[str, Hashable], list[int]]


def _indexed(dates: Sequence[str], keys: Sequence[Iterable[Hashable]]) -> tuple[Index, Index]:
    """(date, key) → the reports of that date with that key; and (a month or a year, key)
    → the reports of a day or month within it with that key."""
    exact: Index = defaultdict(list)
    inside: Index = defaultdict(list)
    for i, (date, event_keys) in enumerate(zip(dates, keys, strict=True)):
        for key in event_keys:
            exact[(date, key)].append(i)
            if len(date) == 10:
                inside[(date[:7], key)].append(i)
            if len(date) > 4:
                inside[(date[:4], key)].append(i)
    return exact, inside


def pairs_touching(
    dates: Sequence[str], keys: Sequence[Iterable[Hashable]], fresh: Iterable[int]
) -> set[tuple[int, int]]:
    """The pairs (i < j) of `cross_article_pairs`, each report its own article, that have a
    `fresh` member: an added article's reports are paired without pairing the others again.
    Two reports pair when they share a key and their dates are compatible
    (`dates.dates_compatible`: one holds the other). Every report's keys are looked up
    among the fresh reports' keys of its year only (two dates that can be one share their
    year), no index of them all."""
    wanted: dict[tuple[str, Hashable], list[int]] = defaultdict(list)
    for f in fresh:
        for key in keys[f]:
            wanted[(dates[f][:4], key)].append(f)
    pairs: set[tuple[int, int]] = set()
    if not wanted:
        return pairs
    for other, (date, other_keys) in enumerate(zip(dates, keys, strict=True)):
        for key in other_keys:
            for f in wanted.get((date[:4], key), ()):
                if f != other and dates_compatible(date, dates[f]):
                    pairs.add((f, other) if f < other else (other, f))
    return pairs


def join_groups(
    count: int, pairs: Iterable[tuple[int, int]], dates: Sequence[str], articles: Sequence[str]
) -> list[list[int]]:
    """Single-link groups of 0…count-1: each pair, in the given order, joins its two groups
    unless that would put two dates of one article in one group. A group is named by the
    group of the pair's first index; groups come sorted by name, members sorted."""
    group_of = list(range(count))
    members: dict[int, list[int]] = {i: [i] for i in range(count)}
    dated: dict[int, dict[str, str]] = {i: {articles[i]: dates[i]} for i in range(count)}
    name = list(range(count))
    for i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or _other_date(dated[gi], dated[gj]):
            continue
        kept = name[gi]
        big, small = (gi, gj) if len(members[gi]) >= len(members[gj]) else (gj, gi)
        for k in members[small]:
            group_of[k] = big
        members[big] += members.pop(small)
        dated[big].update(dated.pop(small))
        name[big] = kept
    return [sorted(members[g]) for g in sorted(members, key=lambda g: name[g])]


def _other_date(x: dict[str, str], y: dict[str, str]) -> bool:
    """One article's clause in each group, on different dates (a group holds one date per
    article, since a join that would give it two is refused)."""
    small, big = (x, y) if len(x) <= len(y) else (y, x)
    return any(big.get(article, date) != date for article, date in small.items())
