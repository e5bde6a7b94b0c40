"""Key points and divergences, measured: `python -m bench.keypoints [--list] [--tbaq-stories] [FOLDER ...]`.

For each corpus (default: /work/shared/seeds, built without briefing.yml, and the
article-extraction texts): how many main events (reported by two or more articles) the key
points cover (copies of one article, generator/findings/copies.py, count as one report, as
the key points count them), how many points repeat another (content-word cosine at or above 0.4, or the
same main events and nothing else), how many open on a pronoun (or have one as subject after a short opening phrase), how many
have "the" and a common noun as subject ("The boy was …": readable.names_its_subject); and for the seeds whether
the divergences hold the death toll (400,000 against 300,000) and the displaced against
refugees figures; the divergences found, by kind, and how many statements of named actors
(generator/findings/claims.py) the contradictory-claims check compared. `--list` prints every
divergence after the table (kind, topic, each value with its words and paragraph), to judge
each one by hand.

`--tbaq-stories` measures instead the one-story corpora of bench/tbaq_stories.py (clusters of
TBAQ newswire), one row per story and a total per part (read, unread); `--list` then prints,
for the READ stories only, every main event with its sources' sentences, to judge by hand.
Its gold-free sanity column, `same-event`, counts the main events two of whose reports'
sentences share their words (cosine at least SAME_EVENT of the content words, the time
expression left out): a merge of two different happenings on one day rarely does.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from bench.tbaq_stories import DEFAULT_DATA as TBAQ
from bench.tbaq_stories import Story, read_docs, stories, write_story
from generator.findings.claims import statements
from generator.findings.copies import reports
from generator.findings.divergences import divergences
from generator.findings.keypoints import (
    content_words,
    key_points,
    opens_with_pronoun,
    report_groups,
    similarity,
)
from generator.findings.readable import names_its_subject
from generator.ingest import read_seeds
from generator.models import Briefing, Event
from generator.pipeline import ArticleResult, analyse_all, build_briefing
from generator.settings.config import load_config

SHARED = Path("/work/shared")
DEFAULT = (SHARED / "seeds", SHARED / "bench" / "article-extraction" / "text")
SAME_EVENT = 0.25
"""Content-word cosine of two reports' sentences (time expression left out) at or above
which a main event looks like one happening."""


def corpus_briefing(folder: Path) -> Briefing:
    raws, _ = read_seeds(folder)
    config = load_config(None)
    results = [
        r
        for r in analyse_all(raws, config, jobs=1)
        if isinstance(r, ArticleResult) and r.article.paragraphs
    ]
    return build_briefing(results, config)


def main_events(briefing: Briefing, groups: Mapping[str, str]) -> list[Event]:
    """The events two or more reports give (copies of one article count once)."""
    return [e for e in briefing.events if reports((s.article for s in e.sources), groups) >= 2]


def same_event(event: Event, groups: Mapping[str, str]) -> bool:
    """True when two of the event's reports say it in words that agree (gold-free sanity)."""
    said = [
        (groups.get(s.article, s.article), content_words(s.text.replace(s.expression, " ")))
        for s in event.sources
    ]
    return any(
        g1 != g2 and similarity(w1, w2) >= SAME_EVENT
        for i, (g1, w1) in enumerate(said)
        for g2, w2 in said[i + 1 :]
    )


def measure(briefing: Briefing) -> dict[str, object]:
    points = key_points(briefing)
    groups = report_groups(briefing)
    mains = main_events(briefing, groups)
    main = {e.id for e in mains}
    covered = main & {e for p in points for e in p.events}
    words = [content_words(p.text) for p in points]
    repeats = 0
    for i, point in enumerate(points):
        mine = set(point.events) & main
        if any(
            similarity(words[i], words[j]) >= 0.4 or (mine and mine == set(other.events) & main)
            for j, other in enumerate(points)
            if j != i
        ):
            repeats += 1
    found = divergences(briefing)
    figures = {(d.kind, c.value) for d in found for c in d.claims}
    kinds = Counter(d.kind for d in found)
    return {
        "articles": len(briefing.articles),
        "copies": sum(1 for article, group in groups.items() if article != group),
        "points": len(points),
        "main events": len(main),
        "covered": f"{len(covered)}/{len(main)}" if main else "0/0",
        "same-event": sum(same_event(e, groups) for e in mains),
        "repeats": repeats,
        "pronoun openings": sum(opens_with_pronoun(p.text) for p in points),
        "unnamed subjects": sum(not names_its_subject(p.text) for p in points),
        "toll 400k/300k": {("figure", "400000"), ("figure", "300000")} <= figures,
        "displaced 11M/refugees 5M": {
            ("related-figures", "11000000"),
            ("related-figures", "5000000"),
        }
        <= figures,
        "divergences": ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())) or "none",
        "claim statements": len(statements(briefing)),
    }


def listing(name: str, briefing: Briefing) -> list[str]:
    """Every divergence of one corpus, one line per claim, to be read and judged."""
    lines = []
    for d in divergences(briefing):
        lines.append(f"{name} · {d.kind} · {d.topic}" + (f" ({d.note})" if d.note else ""))
        for c in d.claims:
            text = " ".join(c.text.split())[:160]
            lines.append(f"    {c.value} [{c.article[:12]} {c.paragraph}] {text}")
    return lines


def events_listing(name: str, briefing: Briefing) -> list[str]:
    """Every main event of one corpus with its sources' sentences, and whether a key point
    covers it: to judge the merges and the misses by hand."""
    groups = report_groups(briefing)
    covered = {e for p in key_points(briefing) for e in p.events}
    lines = []
    for event in main_events(briefing, groups):
        mark = "covered" if event.id in covered else "MISSED"
        same = "same-event" if same_event(event, groups) else "words differ"
        lines.append(f"{name} · {event.date} {event.kind} · {mark} · {same} · {event.id}")
        for s in event.sources:
            text = " ".join(s.text.split())[:200]
            lines.append(f"    [{s.article[:16]} {s.paragraph}] ({s.expression}) {text}")
    return lines


def table(rows: list[tuple[str, dict[str, object]]]) -> list[str]:
    columns = list(rows[0][1])
    lines = ["| corpus | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for name, row in rows:
        lines.append(f"| {name} | " + " | ".join(str(row[c]) for c in columns) + " |")
    return lines


def part_total(rows: list[dict[str, object]]) -> dict[str, object]:
    """One part's stories summed: main events covered over all its stories (micro), and
    how many stories reach 70 % of their own."""
    covered = [tuple(map(int, str(r["covered"]).split("/"))) for r in rows]
    done, total = sum(c for c, _ in covered), sum(t for _, t in covered)
    return {
        "stories": len(rows),
        "stories with main events": sum(1 for _, t in covered if t),
        "articles": sum(int(str(r["articles"])) for r in rows),
        "points": sum(int(str(r["points"])) for r in rows),
        "main events": total,
        "covered": f"{done}/{total} ({100 * done / total:.0f}%)" if total else "0/0",
        "stories at 70%": sum(1 for c, t in covered if t and c >= 0.7 * t),
        "same-event": sum(int(str(r["same-event"])) for r in rows),
        "repeats": sum(int(str(r["repeats"])) for r in rows),
        "pronoun openings": sum(int(str(r["pronoun openings"])) for r in rows),
        "unnamed subjects": sum(int(str(r["unnamed subjects"])) for r in rows),
    }


def story_tables(found: list[Story], listed: bool) -> list[str]:
    """The TBAQ stories' table, each part's total, and (`listed`) the read stories' main events."""
    rows: list[tuple[str, dict[str, object]]] = []
    lists: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for story in found:
            briefing = corpus_briefing(write_story(story, Path(tmp)))
            rows.append((f"{story.id} ({story.part})", measure(briefing)))
            if listed and story.part == "read":
                lists += events_listing(story.id, briefing)
    keep = ("articles", "copies", "points", "main events", "covered", "same-event", "repeats")
    keep += ("pronoun openings", "unnamed subjects", "divergences")
    lines = table([(name, {k: row[k] for k in keep}) for name, row in rows])
    totals = [
        (part, part_total([row for name, row in rows if name.endswith(f"({part})")]))
        for part in ("read", "unread")
    ]
    return lines + [""] + table(totals) + ([""] + lists if listed else [])


def main(args: list[str]) -> None:
    listed = "--list" in args
    if "--tbaq-stories" in args:
        print("\n".join(story_tables(stories(read_docs(TBAQ)), listed)))
        return
    folders = [Path(a) for a in args if not a.startswith("--")] or list(DEFAULT)
    briefings = [(folder, corpus_briefing(folder)) for folder in folders]
    print("\n".join(table([(folder.name, measure(b)) for folder, b in briefings])))
    if listed:
        for folder, briefing in briefings:
            print("\n".join(listing(folder.name, briefing)))


if __name__ == "__main__":
    main(sys.argv[1:])
