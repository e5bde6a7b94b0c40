"""Suite folder `seeds`: the five bundled articles built WITHOUT briefing.yml, as an analyst's
new corpus would be, scored against the rough gold in `bench/seeds_gold.json` (recall only)
and the full actor gold in `bench/seeds_actors_full.json` (precision, recall, types and
`part_of`: `bench/seeds_actors.py`).

The seeds are one small corpus whose articles are built together (actors merge across
them), so they are not split: they count as read, and the figures are for all five.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import seeds_actors
from suite_common import ROOT

from generator.ingest import read_seeds
from generator.models import Briefing
from generator.pipeline import ArticleFailure, analyse_all, build_briefing
from generator.settings.config import load_config

NAME = "seeds"
DATA = ROOT.parent / "shared" / "seeds"
GOLD = Path(__file__).resolve().parent / "seeds_gold.json"
TOOLS = ("ours",)
PEERS = {
    "actors recall": "#14 measured 0.66 (full gold, not this one); goal 0.9",
    "story events recall": "#14 measured 0.33; goal 0.75",
    "actors precision (full gold)": "#14 measured 0.94 (its own gold); goal 0.9",
    "actors recall (full gold)": "#14 measured 0.66 (its own gold); goal 0.9",
}


def items() -> list[str]:
    return ["seeds"] if DATA.is_dir() else []


def build(seeds: Path = DATA) -> Briefing:
    """The briefing of a folder with no configuration; bad articles reported on stderr."""
    raws, problems = read_seeds(seeds)
    for problem in problems:
        print(problem, file=sys.stderr)
    config = load_config(None)
    results = []
    for raw, result in zip(raws, analyse_all(raws, config, jobs=1), strict=True):
        if isinstance(result, ArticleFailure):
            print(f"{raw.source}: skipped: extraction failed: {result.error}", file=sys.stderr)
        elif not result.article.paragraphs:
            print(f"{raw.source}: skipped: no article text found", file=sys.stderr)
        else:
            results.append(result)
    return build_briefing(results, config)


def _key(name: str) -> str:
    return re.sub(r"^the ", "", re.sub(r"\s+", " ", name.strip().casefold()))


def actor_found(names: list[str], distinct_from: list[str], actors: list[set[str]]) -> bool:
    """Some actor (a set of keyed names) carries one of `names` and none of `distinct_from`."""
    wanted = {_key(n) for n in names}
    banned = {_key(n) for n in distinct_from}
    return any(a & wanted and not a & banned for a in actors)


def event_found(date: str, keywords: list[str], events: list[tuple[str, str]]) -> bool:
    """Some (date, text) event on that day (any day of a YYYY-MM date) naming a keyword."""
    words = [k.casefold() for k in keywords]
    for event_date, text in events:
        same = event_date == date or (len(date) == 7 and event_date[:7] == date)
        if same and any(w in text.casefold() for w in words):
            return True
    return False


def coarser_dates(date: str, keywords: list[str], events: list[tuple[str, str]]) -> list[str]:
    """The dates, coarser than `date` and holding it (a month, a year), of events naming a
    keyword: a story event extracted but dated only as precisely as its article's inferred
    window allows (three Mondays in the window: its month) is lost to its date, not to
    extraction. Sorted, each once."""
    words = [k.casefold() for k in keywords]
    return sorted(
        {
            event_date
            for event_date, text in events
            if len(event_date) < len(date)
            and date.startswith(event_date)
            and any(w in text.casefold() for w in words)
        }
    )


def page(tool: str, item: str) -> dict:
    """Counts, dates and basis of each article, and what of the gold was found."""
    briefing = build()
    gold = json.loads(GOLD.read_text("utf-8"))
    actors = [{_key(a.name), *(_key(x) for x in a.aliases)} for a in briefing.actors]
    events = [
        (e.date, " ".join([e.summary, *(s.text for s in e.sources)])) for e in briefing.events
    ]
    return {
        "actors": len(briefing.actors),
        "events": len(briefing.events),
        "articles": [[a.id, a.published or "", a.published_basis or ""] for a in briefing.articles],
        "actors found": {
            g["name"]: actor_found(g["names"], g.get("distinct_from", []), actors)
            for g in gold["actors"]
        },
        "collective": [g["name"] for g in gold["actors"] if g.get("collective")],
        "events found": {
            g["name"]: event_found(g["date"], g["keywords"], events) for g in gold["events"]
        },
        "events coarser": {
            g["name"]: coarser_dates(g["date"], g["keywords"], events) for g in gold["events"]
        },
        "full gold": seeds_actors.score(seeds_actors.read_gold(), built_actors(briefing)),
    }


def built_actors(briefing: Briefing) -> list[seeds_actors.Built]:
    """What the full gold judges of each actor of the briefing."""
    return [
        seeds_actors.Built(a.id, a.name, a.type, a.aliases, a.part_of, len(a.mentions))
        for a in briefing.actors
    ]


def summary(records: list[dict]) -> dict[str, float | int | None]:
    (record,) = records
    found, events = record["actors found"], record["events found"]
    collective = [found[name] for name in record["collective"]]
    return {
        "actors": int(record["actors"]),
        "events": int(record["events"]),
        "articles dated": int(sum(bool(date) for _, date, _ in record["articles"])),
        "actors recall": sum(found.values()) / len(found),
        "collective actors recall": sum(collective) / len(collective),
        "story events recall": sum(events.values()) / len(events),
        **seeds_actors.figures(record["full gold"]),
    }


def notes(records: list[dict]) -> list[str]:
    """What a person reads under the table: each article's date and basis, and the misses."""
    (record,) = records
    lines = [
        f"- {i}: {date or 'undated'} ({basis or '-'})" for i, date, basis in record["articles"]
    ]
    missed = sorted(name for name, ok in record["actors found"].items() if not ok)
    lines.append(f"- actors missed: {', '.join(missed) or 'none'}")
    coarser = record.get("events coarser", {})
    missed = [
        name + (f" (dated {' or '.join(coarser[name])} only)" if coarser.get(name) else "")
        for name, ok in sorted(record["events found"].items())
        if not ok
    ]
    lines.append(f"- story events missed: {', '.join(missed) or 'none'}")
    return lines + seeds_actors.notes(record["full gold"])
