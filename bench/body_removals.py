"""What each removal after the HTML page extraction is worth, and whether a score fitted on
the read part could keep back the removals that cost gold words.

    .venv/bin/python bench/body_removals.py [--only readability-pages|article-extraction]
                                            [--l2 X] [--margin X]

The page extraction's text (`clean.from_html.extract_page`: trafilatura's runs merged) is
cut into the cleaner's blocks; each block reaches the final body (after the cleaner and the
metadata stage) or is taken out with the reason the cleaner or the metadata stage records.
Per folder, part and reason this prints the blocks taken, the gold words among them (words
of the gold the final body does not already give), the other words, and the body F1, P and
R change if that reason's blocks were put back in place (the folder's own metric); "every
reason" is the extraction's text less nothing, the stage as a whole undone.

Then a logistic score of "this removed block is mostly gold words" (`FEATURES`: length,
sentence end, stop-word share, prose shape, taken by the metadata stage or the cleaner,
before the first or after the last kept block, heading) is fitted on the read part's removed
blocks, and the change from keeping back the blocks it calls clearly the article's (odds
above `--margin`) is printed for both parts: the check such a score must pass before it
goes into the pipeline. Only sums over a part are printed: the unread part is scored, never
read.
"""

from __future__ import annotations

import argparse
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import suite_readability
from body_stages import Scorer, _bag_score, _golds, _shingle_score
from fit_body_blocks import fit
from split import PARTS, part_of
from suite_common import f1_of_averages

from generator.clean import clean
from generator.clean.blocks import describe
from generator.clean.classify import _shape_class
from generator.clean.from_html import extract_page, parse_page
from generator.clean.from_text import described_blocks
from generator.clean.inline import normalize_chars
from generator.clean.profiles import article_language
from generator.metadata import extract_metadata
from generator.models import Article, Cleaned, RawArticle

FOLDERS = (suite_readability.NAME, "article-extraction")
EVERY = "every reason"
FEATURES = (
    "bias",
    "log_words",
    "ends_sentence",
    "stopword_share",
    "prose",
    "metadata_stage",
    "before_body",
    "after_body",
    "heading",
)
_WORD_RE = re.compile(r"\w+")
_NUMBER_RE = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Fate:
    """One block of the page extraction's text: kept in the final body (`reason` None) or
    taken out, and by which stage's rule."""

    text: str
    reason: str | None


@dataclass(frozen=True)
class Page:
    """One scored page: its folder, part, gold body and the fate of each extracted block."""

    folder: str
    part: str
    gold: str
    fates: tuple[Fate, ...]


def _key(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.casefold()))


def _reasons(cleaned: Cleaned, article: Article) -> dict[str, str]:
    """Each taken text's key → the stage and reason that took it (the first one wins)."""
    reasons: dict[str, str] = {}
    for stage, removals in (("cleaner", cleaned.removed), ("metadata", article.removed)):
        for removal in removals:
            reason = f"{stage}: {_NUMBER_RE.sub('N', removal.reason)}"
            reasons.setdefault(_key(removal.text), reason)
    for name, value in (
        ("title", article.title),
        ("subtitle", article.subtitle),
        ("authors", " ".join(article.authors)),
    ):
        if value:
            reasons.setdefault(_key(value), f"metadata: {name}")
    return reasons


def fates(text: str, cleaned: Cleaned, article: Article) -> tuple[Fate, ...]:
    """The fate of each block of the extraction's `text`, in order (blocks without words
    left out). A block's reason is the removal with its words, else one whose words hold
    its words or sit inside them, else "unexplained"."""
    final = {_key(p.text) for p in article.paragraphs}
    reasons = _reasons(cleaned, article)
    out = []
    for block in described_blocks(normalize_chars(text))[3]:
        key = _key(block.text)
        if not key:
            continue
        if key in final:
            out.append(Fate(block.text, None))
            continue
        reason = reasons.get(key) or next(
            (r for k, r in reasons.items() if k and (k in key or key in k)), "unexplained"
        )
        out.append(Fate(block.text, reason))
    return tuple(out)


def page_fates(html: str) -> tuple[Fate, ...]:
    """Our pipeline on one page, and the fate of each block of its extraction."""
    tree = parse_page(html)
    text = extract_page(tree)[0] if tree is not None else ""
    cleaned = clean(RawArticle(id="page", source="page.html", text=html, format="html"))
    return fates(text, cleaned, extract_metadata(cleaned))


def body(page: Page, back: set[int] | None = None, reason: str | None = None) -> str:
    """The final body with the taken blocks numbered in `back`, or taken for `reason`
    (`EVERY`: all of them), put back in place."""
    return "\n\n".join(
        f.text
        for i, f in enumerate(page.fates)
        if f.reason is None
        or (back is not None and i in back)
        or (reason is not None and f.reason is not None and reason in (f.reason, EVERY))
    )


def gold_words(page: Page) -> list[tuple[int, int]]:
    """For each block (in order): its gold words not yet given by the final body or by an
    earlier taken block, and its other words (kept blocks count (0, 0))."""
    left = Counter(_WORD_RE.findall(page.gold)) - Counter(_WORD_RE.findall(body(page)))
    out = []
    for fate in page.fates:
        if fate.reason is None:
            out.append((0, 0))
            continue
        words = Counter(_WORD_RE.findall(fate.text))
        hit = words & left
        left -= hit
        out.append((sum(hit.values()), sum(words.values()) - sum(hit.values())))
    return out


def features(page: Page) -> list[list[float]]:
    """One row of `FEATURES` per block (kept blocks too, for simplicity of indexing)."""
    _, stop = article_language("\n\n".join(f.text for f in page.fates))
    kept = [i for i, f in enumerate(page.fates) if f.reason is None]
    first, last = (kept[0], kept[-1]) if kept else (len(page.fates), -1)
    rows = []
    for i, fate in enumerate(page.fates):
        block = describe(0, fate.text, stop)
        rows.append(
            [
                1.0,
                math.log1p(block.words),
                float(block.ends_sentence),
                block.stop,
                float(_shape_class(block) in ("good", "neargood")),
                float((fate.reason or "").startswith("metadata")),
                float(i < first),
                float(i > last),
                float(block.heading > 0),
            ]
        )
    return rows


def _scorer(folder: str) -> Scorer:
    return _bag_score if folder == suite_readability.NAME else _shingle_score


def _figures(pairs: list[tuple[float | None, float]]) -> dict[str, float]:
    return f1_of_averages([p for p, _ in pairs], [r for _, r in pairs])


def _change(pages: list[Page], bodies: list[str]) -> str:
    """Body F1 / P / R with `bodies` against the final bodies, as signed changes."""
    scorer = _scorer(pages[0].folder) if pages else _bag_score
    before = _figures([scorer(body(p), p.gold) for p in pages])
    after = _figures([scorer(b, p.gold) for p, b in zip(pages, bodies, strict=True)])
    return " / ".join(f"{after[k] - before[k]:+.4f}" for k in ("F1", "P", "R"))


def reason_table(pages: list[Page]) -> list[str]:
    """Per part and reason: blocks taken, gold and other words, and the F1 / P / R change
    from putting that reason's blocks back (sums over the part)."""
    lines = ["| part | reason | blocks | gold words | other words | F1 / P / R if put back |"]
    lines.append("|---|---|---|---|---|---|")
    for part in PARTS:
        chosen = [p for p in pages if p.part == part]
        words = [gold_words(p) for p in chosen]
        taken = sorted({f.reason for p in chosen for f in p.fates if f.reason})
        for reason in [*taken, EVERY]:
            hits = [
                w
                for p, ws in zip(chosen, words, strict=True)
                for f, w in zip(p.fates, ws, strict=True)
                if f.reason is not None and reason in (f.reason, EVERY)
            ]
            gold, other = sum(g for g, _ in hits), sum(o for _, o in hits)
            change = _change(chosen, [body(p, reason=reason) for p in chosen])
            lines.append(f"| {part} | {reason} | {len(hits)} | {gold} | {other} | {change} |")
    return lines


def training_rows(pages: list[Page]) -> tuple[np.ndarray, np.ndarray]:
    """The taken blocks of `pages` (two words or more): evidence rows and labels (most of
    the block's words are gold words)."""
    x, y = [], []
    for page in pages:
        rows, words = features(page), gold_words(page)
        for fate, row, (gold, other) in zip(page.fates, rows, words, strict=True):
            if fate.reason is not None and gold + other >= 2:
                x.append(row)
                y.append(float(gold > other))
    return np.array(x, dtype=float).reshape(-1, len(FEATURES)), np.array(y)


def kept_back(page: Page, beta: np.ndarray, margin: float) -> set[int]:
    """The taken blocks whose score says clearly the article's (log-odds above `margin`)."""
    rows = features(page)
    return {
        i
        for i, fate in enumerate(page.fates)
        if fate.reason is not None and float(np.dot(beta, rows[i])) > margin
    }


def score_check(pages: list[Page], l2: float, margin: float) -> list[str]:
    """The keep-back score fitted on the read part, and what it brings on each part."""
    x, y = training_rows([p for p in pages if p.part == "read"])
    if len(set(y.tolist())) < 2:
        return ["(the read part's taken blocks are all of one kind: nothing to fit)"]
    beta = fit(x, y, np.ones(len(y)), l2)
    named = ", ".join(f"{n} {b:+.2f}" for n, b in zip(FEATURES, beta, strict=True))
    lines = [f"keep-back score (read part, {len(y)} blocks, {int(y.sum())} mostly gold): {named}"]
    for folder in FOLDERS:
        for part in PARTS:
            chosen = [p for p in pages if p.folder == folder and p.part == part]
            if not chosen:
                continue
            backs = [kept_back(p, beta, margin) for p in chosen]
            change = _change(chosen, [body(p, back) for p, back in zip(chosen, backs, strict=True)])
            count = sum(len(b) for b in backs)
            lines.append(f"- {folder} {part}: keeps back {count} blocks, F1 / P / R {change}")
    return lines


def collect(folders: tuple[str, ...]) -> Iterator[Page]:
    for folder in folders:
        for item, html, gold in _golds(folder):
            yield Page(folder, part_of(item), gold, page_fates(html))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=FOLDERS, action="append")
    parser.add_argument("--l2", type=float, default=0.1)
    parser.add_argument("--margin", type=float, default=math.log(3))
    args = parser.parse_args(argv)
    pages = list(collect(tuple(args.only or FOLDERS)))
    for folder in args.only or FOLDERS:
        print(f"### {folder}\n")
        print("\n".join(reason_table([p for p in pages if p.folder == folder])), "\n")
    print("\n".join(score_check(pages, args.l2, args.margin)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
