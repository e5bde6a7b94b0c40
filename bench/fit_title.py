"""Fit the title vote's weights (`generator/data/title_weights.json`) on the read part.

    .venv/bin/python bench/fit_title.py [--write]

Only the looked-at ("read") part of `readability-pages` is used: each page's candidates are
gathered once, then a coordinate search over a small grid of values maximises exact titles
(ties: the current value stays, so the search only moves on evidence). The unread part is
scored after, never fitted: a gap between the two is over-fitting.
"""

from __future__ import annotations

import argparse
import json

import readability_rules as rules
import suite_readability as folder
from split import part_of
from suite_common import ROOT

from generator.clean import clean
from generator.ingest import read_article
from generator.metadata.header import read_header
from generator.metadata.publication import choose_publication
from generator.metadata.title import choose_title
from generator.metadata.title_vote import Candidate, candidates, vote, weights

GRID = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0)
WEIGHTS_FILE = ROOT / "generator" / "data" / "title_weights.json"


def page_candidates(item: str) -> tuple[Candidate, ...]:
    """The candidates the pipeline would vote on for one page."""
    path = folder.DATA / "pages" / f"{item}.html"
    cleaned = clean(read_article(path, path.name, item))
    html = cleaned.html
    if html is None:
        return ()
    header, _ = read_header(cleaned.blocks, html.title)
    titled = choose_title(cleaned, header)
    url = cleaned.url or html.url
    publication = choose_publication(cleaned, header.outlet, titled.title, titled.body, url)
    return candidates(html.titles, html.title, header.title, publication)


def exact(pages: list[tuple[tuple[Candidate, ...], str]], w: dict[str, float]) -> float:
    return sum(bool(rules.title_exact(vote(c, w), gold)) for c, gold in pages) / len(pages)


def fit(pages: list[tuple[tuple[Candidate, ...], str]], w: dict[str, float]) -> dict:
    """Coordinate search: each weight in turn to its best grid value, three rounds."""
    w = dict(w)
    for _ in range(3):
        for name in sorted(w):
            best = (exact(pages, w), w[name])
            for value in GRID:
                trial = exact(pages, {**w, name: value})
                if trial > best[0]:
                    best = (trial, value)
            w[name] = best[1]
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="save the fitted weights")
    args = parser.parse_args()
    gold = folder._gold()
    parts: dict[str, list] = {"read": [], "unread": []}
    for item in folder.items():
        if gold[item].get("title"):
            parts[part_of(item)].append((page_candidates(item), gold[item]["title"]))
    start = dict(weights())
    fitted = fit(parts["read"], start)
    for name, w in (("start", start), ("fitted", fitted)):
        read, unread = exact(parts["read"], w), exact(parts["unread"], w)
        print(f"{name}: title exact read {read:.3f}, unread {unread:.3f}")
    if args.write:
        WEIGHTS_FILE.write_text(json.dumps(fitted, indent=2, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
