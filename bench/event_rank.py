"""How high the events a reader expects rank among the events of each article and corpus.

Usage: .venv/bin/python bench/event_rank.py [read|unread] [--k K] [--show]

The read half of the event list's folders (`bench/event_list.py`, built as one corpus
without `briefing.yml`) and the five bundled seeds (also without it) are built; every event
gets its importance (`generator/events/importance.py`). Expected events are the hand-made
gold of `bench/events_gold_read.json` (47 read articles) and the story events of
`bench/seeds_gold.json`; an event matches one as `event_list.recall` finds it (its date,
or any day of a month or year gold date, and a keyword in its summary or sentence). On the
seeds, whose undated articles date events to a year or a month only, a match by a
compatible date (one contains the other) is counted apart.

Per article of the gold with expected events: precision at k of its k most important events
(expected ones among them), and the reciprocal rank of its first expected event; per
corpus, precision at k of the corpus's top events (on the read half: those of the gold
articles). Each is printed for three orders: by importance, newest first (what "Latest
developments" showed before), and reading order. Then what the overview's "Latest
developments" shows for the seeds and the read corpus. On the unread half only counts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import suite_seeds  # noqa: E402
from event_list import DEFAULT, build, short_id  # noqa: E402
from split import select  # noqa: E402

from generator.events.dates import dates_compatible  # noqa: E402
from generator.events.developments import latest_developments, main_events, ranked  # noqa: E402
from generator.events.importance import event_importance  # noqa: E402
from generator.models import Briefing, Event  # noqa: E402
from generator.text.sentences import paragraph_number  # noqa: E402

HERE = Path(__file__).resolve().parent
GOLD = HERE / "events_gold_read.json"
K = 3
"""Top events per article scored."""
CORPUS_K = 10
"""Top events per corpus scored."""

Gold = Mapping[str, Sequence[dict]]
"""Article id (full) → its expected events, each with `date` and `keywords`."""
Order = Callable[[Sequence[Event], Mapping[str, float]], list[Event]]


def matches(event: Event, gold: dict, loose: bool = False) -> bool:
    """`event` is the expected `gold` event: its date (a month or year gold date takes any
    day of it; `loose`: either date contains the other) and one keyword in its words."""
    date = gold["date"]
    dated = event.date == date or (len(date) < 10 and event.date.startswith(date))
    if loose:
        dated = dates_compatible(event.date, date)
    words = " ".join([event.summary, *(s.text for s in event.sources)]).casefold()
    return dated and any(k.casefold() in words for k in gold["keywords"])


def by_importance(events: Sequence[Event], scores: Mapping[str, float]) -> list[Event]:
    return ranked(events, scores)


def newest_first(events: Sequence[Event], scores: Mapping[str, float]) -> list[Event]:
    return sorted(events, key=lambda e: (e.date, e.id), reverse=True)


def reading_order(events: Sequence[Event], scores: Mapping[str, float]) -> list[Event]:
    return sorted(events, key=lambda e: min(paragraph_number(s.paragraph) for s in e.sources))


ORDERS: dict[str, Order] = {
    "importance": by_importance,
    "newest first": newest_first,
    "reading order": reading_order,
}


def hits(order: list[Event], expected: Sequence[dict], loose: bool = False) -> list[bool]:
    """For each event in `order`, whether it is one of the `expected` events."""
    return [any(matches(e, g, loose) for g in expected) for e in order]


def precision_at(flags: list[bool], k: int) -> float:
    """Expected events among the first k (over k, or over all when fewer)."""
    top = flags[:k]
    return sum(top) / len(top) if top else 0.0


def reciprocal_rank(flags: list[bool]) -> float:
    return next((1.0 / (i + 1) for i, hit in enumerate(flags) if hit), 0.0)


def by_article(briefing: Briefing, gold: Gold) -> dict[str, list[Event]]:
    """Each gold article's (short id) events."""
    wanted = {short_id(a) for a, expected in gold.items() if expected}
    found: dict[str, list[Event]] = {a: [] for a in sorted(wanted)}
    for event in briefing.events:
        for article in {short_id(s.article) for s in event.sources} & wanted:
            found[article].append(event)
    return found


def article_scores(
    briefing: Briefing, gold: Gold, scores: Mapping[str, float], k: int = K
) -> dict[str, tuple[float, float, int]]:
    """Per order: mean precision at k and mean reciprocal rank over the gold articles that
    have events and expected events, and how many such articles there are."""
    expected = {short_id(a): e for a, e in gold.items() if e}
    events = by_article(briefing, gold)
    scored = [a for a, found in events.items() if found and any(hits(found, expected[a]))]
    result = {}
    for name, order in ORDERS.items():
        flags = [hits(order(events[a], scores), expected[a]) for a in scored]
        n = max(len(flags), 1)
        result[name] = (
            sum(precision_at(f, k) for f in flags) / n,
            sum(reciprocal_rank(f) for f in flags) / n,
            len(flags),
        )
    return result


def corpus_scores(
    events: Sequence[Event],
    expected: Sequence[dict],
    scores: Mapping[str, float],
    k: int = CORPUS_K,
    loose: bool = False,
) -> dict[str, tuple[float, float]]:
    """Per order: precision at k of the corpus's top events, reciprocal rank of the first."""
    result = {}
    for name, order in ORDERS.items():
        flags = hits(order(events, scores), expected, loose)
        result[name] = (precision_at(flags, k), reciprocal_rank(flags))
    return result


def developments(briefing: Briefing, scores: Mapping[str, float]) -> list[str]:
    """The lines "Latest developments" shows, and what it showed before (newest first)."""
    chosen = latest_developments(briefing.events, scores)
    before = newest_first([e for e in briefing.events if e.kind == "past"], scores)[:6]
    out = ["latest developments (by importance, newest first):"]
    out += [f"  {e.date}  {scores[e.id]:.3f}  {' '.join(e.summary.split())[:100]}" for e in chosen]
    out.append("before (the six newest past events):")
    out += [f"  {e.date}  {scores[e.id]:.3f}  {' '.join(e.summary.split())[:100]}" for e in before]
    return out


def _table(title: str, rows: Mapping[str, tuple[float, ...]], heads: Sequence[str]) -> list[str]:
    out = [title, "  " + " | ".join(["order".ljust(14), *heads])]
    for name, values in rows.items():
        out.append("  " + " | ".join([name.ljust(14), *(f"{v:.3f}".ljust(8) for v in values)]))
    return out


def read_report(briefing: Briefing, gold: Gold, k: int) -> list[str]:
    scores = event_importance(briefing)
    per_article = article_scores(briefing, gold, scores, k)
    n = next(iter(per_article.values()))[2]
    out = _table(
        f"read: {len(briefing.events)} events, {len(main_events(scores))} main; "
        f"{n} gold articles with events and an expected one found",
        {name: v[:2] for name, v in per_article.items()},
        [f"P@{k}", "MRR"],
    )
    events = [e for found in by_article(briefing, gold).values() for e in found]
    expected = [g for e in gold.values() for g in e]
    out += _table(
        f"read corpus (events of the gold articles, {len(events)}):",
        corpus_scores(list(dict.fromkeys(events)), expected, scores),
        [f"P@{CORPUS_K}", "MRR"],
    )
    return out + developments(briefing, scores)


def seeds_report(briefing: Briefing, expected: Sequence[dict]) -> list[str]:
    scores = event_importance(briefing)
    out = [f"seeds: {len(briefing.events)} events, {len(main_events(scores))} main"]
    for loose in (False, True):
        label = "compatible dates" if loose else "gold dates"
        out += _table(
            f"seeds, story events matched by {label}:",
            corpus_scores(briefing.events, expected, scores, 6, loose),
            ["P@6", "MRR"],
        )
    for gold in expected:
        order = ranked(briefing.events, scores)
        ranks = [i + 1 for i, e in enumerate(order) if matches(e, gold, loose=True)]
        out.append(f"  {gold['name']}: rank {ranks[:3] or 'not found'} of {len(order)}")
    return out + developments(briefing, scores)


def main(argv: list[str]) -> int:
    import json

    part = argv[0] if argv and not argv[0].startswith("--") else "read"
    k = int(argv[argv.index("--k") + 1]) if "--k" in argv else K
    if part not in ("read", "unread"):
        print(f"usage: event_rank.py [read|unread] [--k K]; got {argv}")
        return 2
    files = [
        folder / name
        for folder in DEFAULT
        for name in select((p.name for p in folder.iterdir() if p.is_file()), part)
    ]
    briefing = build(files)
    if part == "unread":
        scores = event_importance(briefing)
        latest = latest_developments(briefing.events, scores)
        print(
            f"unread: {len(files)} articles, {len(briefing.events)} events, "
            f"{len(main_events(scores))} main, {len(latest)} latest developments"
        )
        return 0
    gold = json.loads(GOLD.read_text("utf-8"))["articles"]
    print("\n".join(read_report(briefing, gold, k)))
    seeds_gold = json.loads(suite_seeds.GOLD.read_text("utf-8"))["events"]
    print("\n".join(seeds_report(suite_seeds.build(), seeds_gold)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
