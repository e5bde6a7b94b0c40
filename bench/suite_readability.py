"""Suite folder `readability-pages`: title, byline, site name, date and body, as its README
scores them (rules in `bench/readability_rules.py`)."""

from __future__ import annotations

import json
from functools import cache

import readability_rules as rules
from article_extraction import PageScore, score_page, summarise
from suite_common import SHARED_BENCH, Answer, f1_of_averages, mean, ours, page_text
from suite_common import trafilatura_answer as _trafilatura

NAME = "readability-pages"
DATA = SHARED_BENCH / NAME
TOOLS = ("ours", "trafilatura")
PEERS = {
    "title exact": "newspaper4k 0.821, readability-lxml 0.746, trafilatura 0.642",
    "title token F1": "newspaper4k 0.953",
    "byline all": "trafilatura 0.831",
    "site name": "trafilatura 0.947",
    "date": "trafilatura / htmldate 0.900",
    "body F1": "readability-lxml 0.977, trafilatura 0.963 (reference)",
    "body shingle F1": "readability-lxml 0.970, trafilatura 0.954",
}


@cache
def _gold() -> dict[str, dict]:
    return json.loads((DATA / "gold.json").read_text("utf-8"))


def items() -> list[str]:
    return sorted(_gold()) if (DATA / "gold.json").is_file() else []


def page(tool: str, item: str) -> dict:
    """Every field's verdict for one page (None where the page is not scored)."""
    path = DATA / "pages" / f"{item}.html"
    answer = ours(path, item) if tool == "ours" else _trafilatura(page_text(path))
    return score(answer, _gold()[item])


def score(answer: Answer, gold: dict) -> dict:
    """One page's verdicts under the README's rules."""
    record: dict = {}
    if gold.get("title"):
        record["title exact"] = rules.title_exact(answer.title, gold["title"])
        record["title relaxed"] = rules.title_relaxed(answer.title, gold["title"])
        record["title token F1"] = rules.bag_f1(answer.title or "", gold["title"])
    record["byline"] = rules.byline_right(answer.authors, gold.get("byline"))
    if gold.get("siteName"):
        record["site name"] = rules.site_right(answer.sitename, gold["siteName"])
    if gold.get("publishedTime"):
        record["date"] = rules.day_verdict(answer.date, gold["publishedTime"][:10])
    body = gold.get("body") or ""
    record["body"] = rules.bag_pr(answer.body, body)
    shingles = score_page(answer.body, body)
    record["body shingles"] = [shingles.precision, shingles.recall, shingles.exact]
    return record


def _share(values: list) -> float | None:
    return mean([1.0 if v else 0.0 for v in values]) if values else None


def summary(records: list[dict]) -> dict[str, float | int | None]:
    def field(name: str) -> list:
        return [r[name] for r in records if r.get(name) is not None]

    bylines = field("byline")
    body = f1_of_averages([r["body"][0] for r in records], [r["body"][1] for r in records])
    shingles = summarise("", [PageScore(*r["body shingles"]) for r in records], 0.0)
    dates = field("date")
    return {
        "title exact": _share(field("title exact")),
        "title relaxed": _share(field("title relaxed")),
        "title token F1": mean(field("title token F1")) if field("title token F1") else None,
        "byline named": _share([ok for kind, ok in bylines if kind == "named"]),
        "byline empty": _share([ok for kind, ok in bylines if kind == "empty"]),
        "byline all": _share([ok for _, ok in bylines]),
        "site name": _share(field("site name")),
        "date": _share([v == "right" for v in dates]),
        "date wrong": int(sum(v == "wrong" for v in dates)),
        "date coarse or none": int(sum(v in ("coarse", "none") for v in dates)),
        "body F1": body["F1"],
        "body P": body["P"],
        "body R": body["R"],
        "body shingle F1": shingles.f1,
        "pages": int(len(records)),
    }
