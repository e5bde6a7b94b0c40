"""Each rule of the HTML merge turned off in turn: where it fires and what it is worth.

    .venv/bin/python bench/body_rules.py [--rule other_cuts] [--only FOLDER] [--show]

`clean.html_merge.merge_inner` takes the precise run's paragraphs and puts some of the
balanced run's back; each of its optional rules can be turned off by a keyword. For every
rule this runs the merge with and without it on every page of the three HTML folders and
prints, per folder and part, how many pages it changes and the body F1 it brings per page
at the merge stage (the folder's own metric; htmldate-pages has no gold body, so only the
pages it changes are counted there). The check against keeping a rule on one page's
evidence: a rule that changes one scored page is a guess about that page. `--show` lists,
for the READ part only, the paragraphs each rule adds or takes away, so its fires can be
read; the unread part is only counted.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator

import suite_htmldate
import suite_readability
from body_stages import _bag_score, _golds, _runs, _shingle_score
from split import PARTS, part_of
from suite_common import page_text

from generator.clean.html_merge import merge_inner, paragraphs

RULES = ("other_cuts",)
FOLDERS = (suite_readability.NAME, "article-extraction", suite_htmldate.NAME)


def _f1(score: tuple[float | None, float]) -> float:
    precision, recall = score[0] or 0.0, score[1]
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _pages(folder: str) -> Iterator[tuple[str, str, str | None]]:
    """(page id, page HTML, gold body or None) for every page of a folder."""
    if folder == suite_htmldate.NAME:
        for item in suite_htmldate.items():
            yield item, page_text(suite_htmldate.DATA / "pages" / f"{item}.html"), None
    else:
        yield from _golds(folder)


def changes(on: str, off: str) -> list[str]:
    """The paragraphs the rule adds (+) or takes away (-), one line each."""
    with_rule, without = paragraphs(on), paragraphs(off)
    lines = [f"    - {p[:160]!r}" for p in without if p not in with_rule]
    return [*lines, *(f"    + {p[:160]!r}" for p in with_rule if p not in without)]


def measure(folder: str, rules: tuple[str, ...], show: bool) -> list[str]:
    """The folder's table: per rule and part, pages changed and F1 brought per page."""
    scorer = _bag_score if folder == suite_readability.NAME else _shingle_score
    fired: Counter[tuple[str, str]] = Counter()
    worth: Counter[tuple[str, str]] = Counter()
    pages: Counter[str] = Counter()
    shown: list[str] = []
    for item, html, gold in _pages(folder):
        part = part_of(item)
        pages[part] += 1
        precise, balanced = _runs(html)
        if not precise:
            continue
        merged = merge_inner(precise, balanced)
        for rule in rules:
            without = merge_inner(precise, balanced, **{rule: False})
            if without == merged:
                continue
            fired[(rule, part)] += 1
            if gold is not None:
                worth[(rule, part)] += _f1(scorer(merged, gold)) - _f1(scorer(without, gold))
            if show and part == "read":  # the unread part is counted, never read
                shown += [f"  {rule}, page {item}:", *changes(merged, without)]
    lines = [f"### {folder}", "", "| rule | " + " | ".join(PARTS) + " |", "|---|---|---|"]
    for rule in rules:
        cells = []
        for part in PARTS:
            cell = f"{fired[(rule, part)]} of {pages[part]} pages"
            if folder != suite_htmldate.NAME:
                cell += f", F1 {worth[(rule, part)] / max(pages[part], 1):+.4f} a page"
            cells.append(cell)
        lines.append(f"| {rule} | " + " | ".join(cells) + " |")
    return [*lines, "", *shown, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rule", choices=RULES, action="append")
    parser.add_argument("--only", choices=FOLDERS, action="append")
    parser.add_argument("--show", action="store_true", help="the read part's changes")
    args = parser.parse_args(argv)
    rules = tuple(args.rule or RULES)
    for folder in args.only or FOLDERS:
        print("\n".join(measure(folder, rules, args.show)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
