"""Key points and divergences, measured: `python -m bench.keypoints [--list] [FOLDER ...]`.

For each corpus (default: /work/shared/seeds, built without briefing.yml, and the
article-extraction texts): how many main events (reported by two or more articles) the key
points cover (copies of one article, generator/findings/copies.py, count as one report, as
the key points count them), how many points repeat another (content-word cosine at or above 0.4, or the
same main events and nothing else), how many open on a pronoun; and for the seeds whether
the divergences hold the death toll (400,000 against 300,000) and the displaced against
refugees figures; the divergences found, by kind, and how many statements of named actors
(generator/findings/claims.py) the contradictory-claims check compared. `--list` prints every
divergence after the table (kind, topic, each value with its words and paragraph), to judge
each one by hand.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

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
from generator.ingest import read_seeds
from generator.models import Briefing
from generator.pipeline import ArticleResult, analyse_all, build_briefing
from generator.settings.config import load_config

SHARED = Path("/work/shared")
DEFAULT = (SHARED / "seeds", SHARED / "bench" / "article-extraction" / "text")


def corpus_briefing(folder: Path) -> Briefing:
    raws, _ = read_seeds(folder)
    config = load_config(None)
    results = [
        r
        for r in analyse_all(raws, config, jobs=1)
        if isinstance(r, ArticleResult) and r.article.paragraphs
    ]
    return build_briefing(results, config)


def measure(briefing: Briefing) -> dict[str, object]:
    points = key_points(briefing)
    groups = report_groups(briefing)
    main = {e.id for e in briefing.events if reports((s.article for s in e.sources), groups) >= 2}
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
        "repeats": repeats,
        "pronoun openings": sum(opens_with_pronoun(p.text) for p in points),
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


def main(args: list[str]) -> None:
    folders = [Path(a) for a in args if a != "--list"] or list(DEFAULT)
    briefings = [(folder, corpus_briefing(folder)) for folder in folders]
    rows = [(folder, measure(briefing)) for folder, briefing in briefings]
    columns = list(rows[0][1])
    print("| corpus | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for folder, row in rows:
        print(f"| {folder.name} | " + " | ".join(str(row[c]) for c in columns) + " |")
    if "--list" in args:
        for folder, briefing in briefings:
            print("\n".join(listing(folder.name, briefing)))


if __name__ == "__main__":
    main(sys.argv[1:])
