"""Every gold line our HTML body loses and trafilatura alone keeps, by the stage that drops
it, then by kind: the line-level companion of `body_stages.py` (bags of words).

    .venv/bin/python bench/body_lost_lines.py [--only readability-pages|article-extraction]
                                              [--show]

A gold body is one block per line (Readability's output, article-extraction's paragraphs).
A line is *held* by a text when its words follow each other there, or, for a line of five
words or more, when nine tenths of its words are in the text (markup such as a link's or an
emphasis's edge can cut the run; a line whose words another paragraph repeats then counts
as held, and a lost line of that kind goes uncounted). A gold line that trafilatura alone
holds and our final body does not is lost; it is put on the first stage, going backwards,
that still held it:

- `removed: <reason>`: the page extraction had it; the cleaner or the metadata stage took it
  (the reason they record, or the header field the line went to);
- `merge left out (before|between|after)`: only trafilatura's balanced run had it, and the
  merge did not take it; where the balanced run has it against the paragraphs both runs
  share (`clean.html_merge`);
- `neither of our runs`: trafilatura alone finds it (its fallback, its comment or plain-text
  writing), our precise and balanced runs do not.

Its kind is the kind of the balanced block that holds it (`body_kinds.block_kind`), else a
"short line" (twelve words or fewer) or a "paragraph". The figures are recall points per page
of each part (the line's words over the gold's). Only sums over a part are printed; `--show`
lists the lines of the read part alone, so the unread part is scored and never read.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass

import suite_readability
from body_kinds import SHORT_WORDS, block_kind
from body_stages import _golds, stage_texts
from split import PARTS, part_of
from suite_common import trafilatura_answer

from generator.clean.html_merge import align, paragraphs
from generator.models import Article, Cleaned

_WORD_RE = re.compile(r"\w+")
_LOOSE_WORDS = 5
_LOOSE_SHARE = 0.9
_REMOVAL_SHARE = 0.5
"""A removal explains a lost line when it holds at least this share of the line's words."""
FOLDERS = (suite_readability.NAME, "article-extraction")


@dataclass(frozen=True)
class Text:
    """A candidate body, prepared once for the line look-ups."""

    key: str
    bag: Counter[str]

    @classmethod
    def of(cls, text: str) -> Text:
        words = _WORD_RE.findall(text)
        return cls(f" {' '.join(words)} ", Counter(words))


def holds(text: Text, line: str) -> bool:
    """The line's words in a row in the text, or most of a longer line's words."""
    words = _WORD_RE.findall(line)
    if not words:
        return False
    if f" {' '.join(words)} " in text.key:
        return True
    if len(words) < _LOOSE_WORDS:
        return False
    found = sum((Counter(words) & text.bag).values())
    return found >= _LOOSE_SHARE * len(words)


def removals(cleaned: Cleaned, article: Article) -> list[tuple[str, str]]:
    """(label, text) of what the cleaner and the metadata stage took out of the body."""
    taken = [
        (f"removed: cleaner: {r.reason}", r.text)
        for r in cleaned.removed
        if not r.reason.startswith("outside the article")
    ]
    fields = (("title", article.title), ("subtitle", article.subtitle))
    taken += [(f"removed: metadata: {name}", value or "") for name, value in fields]
    taken.append(("removed: metadata: authors", " ".join(article.authors)))
    taken += [(f"removed: metadata: {r.reason}", r.text) for r in article.removed]
    return [(re.sub(r"[0-9]+", "N", label), text) for label, text in taken if text]


def removal_of(line: str, taken: list[tuple[str, str]]) -> str:
    """The label of the first removal that holds most of the line's words."""
    words = Counter(_WORD_RE.findall(line))
    size = sum(words.values())
    for label, text in taken:
        if sum((words & Counter(_WORD_RE.findall(text))).values()) >= _REMOVAL_SHARE * size:
            return label
    return "removed: unexplained"


def place(precise: str, balanced: str, line: str) -> tuple[str, int | None]:
    """Where the balanced run has the line against the shared paragraphs, and its block."""
    kept, others = paragraphs(precise), paragraphs(balanced)
    at = next((j for j, p in enumerate(others) if holds(Text.of(p), line)), None)
    if at is None:
        return "between", None
    aligned = align(kept, others)[0] if kept else [None] * len(others)
    shared = [j for j, a in enumerate(aligned) if a is not None]
    if not shared or at < shared[0]:
        return "before", at
    return ("after" if at > shared[-1] else "between"), at


def kind_of(line: str, balanced: str, at: int | None) -> str:
    """The kind of the balanced block that holds the line, else its length."""
    blocks = paragraphs(balanced)
    if at is None:
        at = next((j for j, p in enumerate(blocks) if holds(Text.of(p), line)), None)
    if at is not None:
        return block_kind(blocks[at], at, len(blocks))
    return "short line" if len(_WORD_RE.findall(line)) <= SHORT_WORDS else "paragraph"


def lost_lines(texts: dict[str, str], peer: str, gold: str, taken: list[tuple[str, str]]):
    """(stage, kind, share of the gold's words, line) for each gold line trafilatura alone
    holds and our final body does not."""
    prepared = {name: Text.of(text) for name, text in texts.items()}
    alone = Text.of(peer)
    lines = [line for line in gold.splitlines() if _WORD_RE.search(line)]
    size = sum(len(_WORD_RE.findall(line)) for line in lines) or 1
    out = []
    for line in lines:
        if holds(prepared["final"], line) or not holds(alone, line):
            continue
        at = None
        if holds(prepared["extract_page"], line):
            stage = removal_of(line, taken)
        elif holds(prepared["balanced"], line):
            where, at = place(texts["precise"], texts["balanced"], line)
            stage = f"merge left out ({where})"
        else:
            stage = "neither of our runs"
        kind = kind_of(line, texts["balanced"], at)
        out.append((stage, kind, len(_WORD_RE.findall(line)) / size, line))
    return out


def report(folder: str, show: bool) -> list[str]:
    """The stage and kind tables of one folder, both parts; with `show`, the read lines."""
    by_stage: dict[str, Counter[str]] = {p: Counter() for p in PARTS}
    by_kind: dict[str, Counter[str]] = {p: Counter() for p in PARTS}
    pages: Counter[str] = Counter()
    shown: list[str] = []
    for item, html, gold in _golds(folder):
        part = part_of(item)
        pages[part] += 1
        texts, cleaned, article = stage_texts(html)
        peer = _peer(folder, item, html)
        for stage, kind, share, line in lost_lines(texts, peer, gold, removals(cleaned, article)):
            by_stage[part][stage] += share
            by_kind[part][kind] += share
            if show and part == "read":  # the unread part is scored, never read
                shown.append(f"- {item} | {stage} | {kind} | {' '.join(line.split())[:110]}")
    lines = [f"### {folder}: gold lines trafilatura alone keeps and we lose", ""]
    lines += _table("stage", by_stage, pages) + [""] + _table("kind", by_kind, pages)
    return [*lines, "", *shown, ""] if shown else [*lines, ""]


def _peer(folder: str, item: str, html: str) -> str:
    if folder == suite_readability.NAME:
        return trafilatura_answer(html).body
    from article_extraction import trafilatura_alone

    return trafilatura_alone(item, html)


def _table(name: str, totals: dict[str, Counter[str]], pages: Counter[str]) -> list[str]:
    """Recall points per page of each part, one row per stage or kind, then their sum."""
    rows = [f"| {name} | " + " | ".join(PARTS) + " |", "|---|" + "---|" * len(PARTS)]
    for label in sorted(set().union(*(set(t) for t in totals.values()))):
        cells = [f"{totals[p][label] / max(pages[p], 1):.4f}" for p in PARTS]
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    sums = [f"{sum(totals[p].values()) / max(pages[p], 1):.4f}" for p in PARTS]
    return [*rows, "| all | " + " | ".join(sums) + " |"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=FOLDERS, action="append")
    parser.add_argument("--show", action="store_true", help="list the read part's lost lines")
    args = parser.parse_args(argv)
    for folder in args.only or FOLDERS:
        print("\n".join(report(folder, args.show)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
