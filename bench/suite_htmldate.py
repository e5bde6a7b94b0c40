"""Suite folder `htmldate-pages`: publication day accuracy, as its README scores it."""

from __future__ import annotations

import json
import re
from functools import cache

from readability_rules import day_verdict
from suite_common import SHARED_BENCH, htmldate_answer, mean, ours, page_text, trafilatura_answer

NAME = "htmldate-pages"
DATA = SHARED_BENCH / NAME
TOOLS = ("ours", "trafilatura", "htmldate")
PEERS = {
    "day accuracy": "htmldate extensive 0.896, trafilatura 0.894",
    "F1": "htmldate extensive 0.945",
    "BBAW accuracy": "htmldate extensive 0.895",
    "Media Cloud accuracy": "htmldate extensive 0.900",
    "dated when gold has none": "htmldate 3 / 3 (should be 0)",
}


@cache
def _gold() -> dict[str, str | None]:
    return json.loads((DATA / "gold.json").read_text("utf-8"))


def items() -> list[str]:
    return sorted(_gold()) if (DATA / "gold.json").is_file() else []


def page(tool: str, item: str) -> dict:
    """The page's verdict (or, without a gold day, whether a date was given anyway)."""
    path = DATA / "pages" / f"{item}.html"
    if tool == "ours":
        answer = ours(path, item)
    elif tool == "trafilatura":
        answer = trafilatura_answer(page_text(path))
    else:
        answer = htmldate_answer(page_text(path))
    gold = _gold()[item]
    collection = "Media Cloud" if re.fullmatch(r"\d{10}", item) else "BBAW"
    if gold is None:
        return {"collection": collection, "undated": bool(answer.date)}
    return {"collection": collection, "verdict": day_verdict(answer.date, gold)}


def summary(records: list[dict]) -> dict[str, float | int | None]:
    verdicts = [r["verdict"] for r in records if "verdict" in r]
    right = verdicts.count("right")
    wrong = verdicts.count("wrong") + verdicts.count("coarse")
    none = verdicts.count("none")
    out: dict[str, float | int | None] = {
        "day accuracy": right / len(verdicts) if verdicts else None,
        "P": right / (right + wrong) if right + wrong else 0.0,
        "R": right / (right + none) if right + none else 0.0,
        "F1": 2 * right / (2 * right + wrong + none) if verdicts else None,
    }
    for collection in ("BBAW", "Media Cloud"):
        mine = [r["verdict"] for r in records if r["collection"] == collection and "verdict" in r]
        out[f"{collection} accuracy"] = mean([v == "right" for v in mine]) if mine else None
    out |= {
        "right": int(right),
        "wrong": int(verdicts.count("wrong")),
        "coarse": int(verdicts.count("coarse")),
        "none": int(none),
        "dated when gold has none": int(sum(r.get("undated", False) for r in records)),
        "pages": int(len(verdicts)),
    }
    return out
