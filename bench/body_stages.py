"""Where the HTML body gains and loses, stage by stage, on both parts of both HTML folders.

    .venv/bin/python bench/body_stages.py [--only readability-pages|article-extraction]
                                          [--detail]

The body is made in steps: trafilatura's precise run, its balanced run, the merge of the
two (`clean.html_merge`), the page extraction (`clean.from_html.extract_page`: merge plus
markup clean-up), then the cleaner and the metadata stage (which take the header lines:
title, dek, byline, dateline). For each step this prints body precision, recall and F1
under the folder's own metric (readability-pages: bags of words; article-extraction:
4-word shingles), next to trafilatura alone, for the read and the unread part.

It then says which stage lost the gold words between the extraction and the final body:
the cleaner (by its removal reason) or the metadata stage (by the header field the words
went to). Only sums over a part are printed, never a page, so the unread part is scored
and not read. `--detail` adds, for the read part alone, every page's blocks that left the
body after the cleaner (what the metadata stage made of each and how many of its words were
gold words lost from the body): the lines to look at when the header reader takes body text.
`--versus` lists, for the read part alone, the pages whose final body scores below
trafilatura alone, with every stage's precision and recall: where a stage loses, page by page;
then the kinds of loss (`KINDS`) summed over the read part.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Iterator

import readability_rules as rules
import suite_extraction
import suite_readability
from article_extraction import score_page, trafilatura_alone
from split import PARTS, part_of
from suite_common import f1_of_averages, page_text, trafilatura_answer
from trafilatura import bare_extraction
from trafilatura.core import determine_returnstring

from generator.clean import clean
from generator.clean.from_html import _BALANCED, _EXTRACT, _WRITE, extract_page, parse_page
from generator.clean.html_merge import merge_inner
from generator.metadata import extract_metadata
from generator.metadata.header_lines import key
from generator.models import Article, Cleaned, RawArticle

STAGES = ("precise", "balanced", "merged", "extract_page", "final", "trafilatura alone")
_WORD_RE = re.compile(r"\w+")
Scorer = Callable[[str, str], tuple[float | None, float]]


def _bag_score(answer: str, gold: str) -> tuple[float | None, float]:
    precision, recall = rules.bag_pr(answer, gold)[:2]
    return precision, recall


def _shingle_score(answer: str, gold: str) -> tuple[float | None, float]:
    score = score_page(answer, gold)
    return score.precision, score.recall


def _golds(folder: str) -> Iterator[tuple[str, str, str]]:
    """(page id, page HTML, gold body) for every page of a folder."""
    if folder == suite_readability.NAME:
        gold = suite_readability._gold()
        for item in suite_readability.items():
            html = page_text(suite_readability.DATA / "pages" / f"{item}.html")
            yield item, html, gold[item].get("body") or ""
    else:
        truth = suite_extraction._truth()
        for item in suite_extraction.items():
            yield item, suite_extraction._html(item), truth[item]


def _pages(folder: str) -> Iterator[tuple[str, str, str, str]]:
    """(part, page HTML, gold body, trafilatura's body as the suite runs it) for every page
    of a folder."""
    for item, html, gold in _golds(folder):
        if folder == suite_readability.NAME:
            peer = trafilatura_answer(html).body
        else:
            peer = trafilatura_alone(item, html)
        yield part_of(item), html, gold, peer


def _runs(html: str) -> tuple[str, str]:
    """trafilatura's precise and balanced Markdown for the page, as the cleaner runs them."""
    tree = parse_page(html)
    document = bare_extraction(tree, options=_EXTRACT) if tree is not None else None
    if document is None:
        return "", ""
    precise = determine_returnstring(document, _WRITE) or ""
    other = bare_extraction(tree, options=_BALANCED)
    return precise, (determine_returnstring(other, _BALANCED) or "") if other else ""


def stage_texts(html: str) -> tuple[dict[str, str], Cleaned, Article]:
    """Each of our stages' body text for one page, with the cleaner's and the metadata
    stage's results."""
    precise, balanced = _runs(html)
    tree = parse_page(html)
    cleaned = clean(RawArticle(id="page", source="page.html", text=html, format="html"))
    article = extract_metadata(cleaned)
    texts = {
        "precise": precise,
        "balanced": balanced,
        "merged": merge_inner(precise, balanced) if precise else "",
        "extract_page": extract_page(tree)[0] if tree is not None else "",
        "final": "\n\n".join(p.text for p in article.paragraphs),
    }
    return texts, cleaned, article


def _bag(text: str) -> Counter[str]:
    return Counter(_WORD_RE.findall(text))


def losses(extracted: str, cleaned: Cleaned, article: Article, gold: str) -> Counter[str]:
    """Gold words the extraction had and the final body lacks, by the stage that took them
    (as shares of the gold's words)."""
    gold_bag = _bag(gold)
    size = sum(gold_bag.values()) or 1
    blocks = _bag("\n".join(b.text for b in cleaned.blocks)) & gold_bag
    final = _bag("\n".join(p.text for p in article.paragraphs)) & gold_bag
    by_cleaner = (_bag(extracted) & gold_bag) - blocks
    by_metadata = blocks - final
    out: Counter[str] = Counter()
    for removal in cleaned.removed:
        taken = _bag(removal.text) & by_cleaner
        if taken and not removal.reason.startswith("outside the article"):
            out[f"cleaner: {re.sub(r'[0-9]+', 'N', removal.reason)}"] += sum(taken.values())
            by_cleaner -= taken
    out["cleaner: other"] += sum(by_cleaner.values())
    for name, value in (
        ("title", article.title),
        ("subtitle", article.subtitle),
        ("authors", " ".join(article.authors)),
    ):
        taken = _bag(value or "") & by_metadata
        out[f"metadata: {name}"] += sum(taken.values())
        by_metadata -= taken
    for removal in article.removed:
        taken = _bag(removal.text) & by_metadata
        if taken:
            reason = re.sub(r"[0-9]+", "N", removal.reason)
            out[f"metadata: other header lines: {reason}"] += sum(taken.values())
            by_metadata -= taken
    out["metadata: other header lines: unexplained"] += sum(by_metadata.values())
    return Counter({k: v / size for k, v in out.items() if v})


def header_detail(cleaned: Cleaned, article: Article, gold: str) -> list[str]:
    """The blocks the metadata stage took out of the body, each with its role and the
    number of gold words it took (words the final body no longer has)."""
    gold_bag = _bag(gold)
    final_texts = {p.text for p in article.paragraphs}
    lost = (_bag("\n".join(b.text for b in cleaned.blocks)) & gold_bag) - (
        _bag("\n".join(final_texts)) & gold_bag
    )
    roles = {key(r.text): r.reason for r in article.removed}
    roles.update({key(v): n for n, v in (("title", article.title), ("dek", article.subtitle)) if v})
    lines = []
    for block in cleaned.blocks:
        if block.text in final_texts:
            continue
        taken = _bag(block.text) & lost
        lost -= taken
        role = roles.get(key(block.text), "?")
        text = " ".join(block.text.split())
        lines.append(f"  - [{sum(taken.values())} lost, {role}] {text[:150]}")
    return lines


def detail(folder: str) -> list[str]:
    """Per page of the READ part only: what the metadata stage took out of the body (of the
    page, and of its scraped text where the folder has one)."""
    lines = [f"### {folder}: header lines taken, read part only", ""]
    for item, html, gold in _golds(folder):
        if part_of(item) != "read":
            continue  # the unread part is scored, never looked at
        variants = [("html", html)]
        text_path = suite_extraction.DATA / "text" / f"{item}.txt"
        if folder == suite_extraction.NAME and text_path.is_file():
            variants.append(("text", text_path.read_text("utf-8")))
        for variant, source in variants:
            raw = RawArticle(id=item, source=f"{item}.{variant}", text=source, format=variant)
            cleaned = clean(raw)
            taken = header_detail(cleaned, extract_metadata(cleaned), gold)
            if taken:
                lines += [f"page {item} ({variant}):", *taken]
    return [*lines, ""]


def report(folder: str) -> list[str]:
    """The folder's stage table and loss table, both parts."""
    scorer: Scorer = _bag_score if folder == suite_readability.NAME else _shingle_score
    scores: dict[str, dict[str, list[tuple[float | None, float]]]] = {p: {} for p in PARTS}
    lost: dict[str, Counter[str]] = {p: Counter() for p in PARTS}
    pages: Counter[str] = Counter()
    for part, html, gold, peer in _pages(folder):
        texts, cleaned, article = stage_texts(html)
        for stage, text in [*texts.items(), ("trafilatura alone", peer)]:
            scores[part].setdefault(stage, []).append(scorer(text, gold))
        lost[part] += losses(texts["extract_page"], cleaned, article, gold)
        pages[part] += 1
    lines = [
        f"### {folder}",
        "",
        "| stage | " + " | ".join(f"{p} P / R / F1" for p in PARTS) + " |",
    ]
    lines.append("|---|" + "---|" * len(PARTS))
    for stage in STAGES:
        cells = []
        for part in PARTS:
            pairs = scores[part].get(stage, [])
            f = f1_of_averages([p for p, _ in pairs], [r for _, r in pairs])
            cells.append(f"{f['P']:.4f} / {f['R']:.4f} / {f['F1']:.4f}")
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    lines += ["", "| recall lost after extract_page, by | " + " | ".join(PARTS) + " |"]
    lines.append("|---|" + "---|" * len(PARTS))
    for reason in sorted(set(lost["read"]) | set(lost["unread"])):
        cells = [f"{lost[p][reason] / max(pages[p], 1):.4f}" for p in PARTS]
        lines.append(f"| {reason} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def _f1(score: tuple[float | None, float]) -> float:
    precision, recall = score[0] or 0.0, score[1]
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


_TOLERANCE = 0.001
KINDS = {
    "edge": "R: text the precise run cuts and the balanced run has, left out by the merge",
    "merge added": "P: text the merge put back that the gold lacks",
    "after extraction": "R: gold text the cleaner or the metadata stage took out",
    "extra text": "P: text in our final body that trafilatura alone does not give",
    "neither run": "R: gold text trafilatura alone has and neither of our runs",
}
"""The kinds of loss against trafilatura alone, each read off two figures of the stages."""


def loss_kinds(
    scores: dict[str, tuple[float | None, float]], alone: tuple[float | None, float]
) -> dict[str, float]:
    """What each kind of loss (`KINDS`) costs one page, in points of precision or recall,
    where it costs more than `_TOLERANCE`."""
    p = {stage: score[0] or 0.0 for stage, score in scores.items()}
    r = {stage: score[1] for stage, score in scores.items()}
    sizes = {
        "edge": min(r["balanced"] - r["merged"], r["balanced"] - r["precise"]),
        "merge added": p["precise"] - p["merged"],
        "after extraction": r["extract_page"] - r["final"],
        "extra text": (alone[0] or 0.0) - p["final"],
        "neither run": alone[1] - r["balanced"],
    }
    return {kind: size for kind, size in sizes.items() if size > _TOLERANCE}


def versus_page(
    item: str, html: str, gold: str, peer: str, scorer: Scorer
) -> tuple[list[str], dict[str, float]]:
    """`page_versus`'s lines, and the page's kinds of loss (none when it is no worse)."""
    texts, cleaned, article = stage_texts(html)
    scores = {stage: scorer(text, gold) for stage, text in texts.items()}
    alone = scorer(peer, gold)
    gap = _f1(scores["final"]) - _f1(alone)
    if gap >= 0:
        return [], {}
    cells = [f"{s} {p or 0:.3f}/{r:.3f}" for s, (p, r) in [*scores.items(), ("alone", alone)]]
    taken = losses(texts["extract_page"], cleaned, article, gold)
    kinds = loss_kinds(scores, alone)
    named = ", ".join(f"{k} {v:.3f}" for k, v in kinds.items()) or "none above the tolerance"
    lines = [
        f"page {item}: F1 {gap:+.4f}; P/R " + ", ".join(cells) + f"; kinds: {named}",
        *(f"  - {reason}: {share:.4f}" for reason, share in sorted(taken.items())),
    ]
    return lines, kinds


def page_versus(item: str, html: str, gold: str, peer: str, scorer: Scorer) -> list[str]:
    """One page's lines when our final body scores below trafilatura alone (`peer`): every
    stage's P / R beside trafilatura's, the kinds of loss (`loss_kinds`), and the stages
    that took gold words after the extraction; none when it does not score below."""
    return versus_page(item, html, gold, peer, scorer)[0]


def kinds_table(kinds: list[dict[str, float]], pages: int) -> list[str]:
    """Per kind of loss, over the pages below trafilatura alone: how many pages have it and
    what it costs, in points of precision or recall per page of the part."""
    table = ["| kind of loss | pages | points per page of the part |", "|---|---|---|"]
    for kind, meaning in KINDS.items():
        sizes = [k[kind] for k in kinds if kind in k]
        table.append(f"| {meaning} | {len(sizes)} | {sum(sizes) / max(pages, 1):.4f} |")
    return table


def versus(folder: str) -> list[str]:
    """Per page of the READ part only, where our final body's F1 is below trafilatura
    alone's (`page_versus`), then the kinds of loss over the part (`kinds_table`)."""
    scorer: Scorer = _bag_score if folder == suite_readability.NAME else _shingle_score
    lines = [f"### {folder}: pages below trafilatura alone, read part only", ""]
    kinds: list[dict[str, float]] = []
    pages = 0
    for item, html, gold in _golds(folder):
        if part_of(item) != "read":
            continue  # the unread part is scored, never looked at
        pages += 1
        if folder == suite_readability.NAME:
            peer = trafilatura_answer(html).body
        else:
            peer = trafilatura_alone(item, html)
        page_lines, page_kinds = versus_page(item, html, gold, peer, scorer)
        lines += page_lines
        kinds.append(page_kinds)
    return [*lines, "", *kinds_table(kinds, pages), ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    folders = (suite_readability.NAME, suite_extraction.NAME)
    parser.add_argument("--only", choices=folders, action="append")
    parser.add_argument("--detail", action="store_true", help="read part's header lines only")
    parser.add_argument(
        "--versus", action="store_true", help="read part's pages below trafilatura alone"
    )
    args = parser.parse_args(argv)
    for folder in args.only or folders:
        shown = detail(folder) if args.detail else versus(folder) if args.versus else None
        print("\n".join(shown if shown is not None else report(folder)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
