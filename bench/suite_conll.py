"""Suite folder `conll2003` (dev): document-level PER / ORG / LOC precision, recall and F1,
with `bench/conll.py`'s recogniser call and name normalisation (MISC is not scored)."""

from __future__ import annotations

import json
from functools import cache

from conll import TYPES, normalise, predict
from suite_common import SHARED_BENCH

NAME = "conll2003"
DATA = SHARED_BENCH / NAME
TOOLS = ("ours",)
PEERS = {
    "PER F1": "spaCy en small 0.705 on the held-out test documents (#14; no peer in README)",
}


@cache
def _gold() -> dict[str, list]:
    return json.loads((DATA / "gold.json").read_text("utf-8"))


def items() -> list[str]:
    return sorted(_gold()) if (DATA / "gold.json").is_file() else []


def page(tool: str, item: str) -> dict:
    """Per type: [true positives, predicted, gold] for one article."""
    predicted = predict((DATA / "docs" / f"{item}.txt").read_text("utf-8"))
    expected = {(normalise(e["text"]), e["type"]) for e in _gold()[item] if e["type"] in TYPES}
    counts = {}
    for t in TYPES:
        p = {x for x in predicted if x[1] == t}
        g = {x for x in expected if x[1] == t}
        counts[t] = [len(p & g), len(p), len(g)]
    return counts


def summary(records: list[dict]) -> dict[str, float | int | None]:
    out: dict[str, float | int | None] = {}
    for t in TYPES:
        tp = sum(r[t][0] for r in records)
        pred = sum(r[t][1] for r in records)
        gold = sum(r[t][2] for r in records)
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        out |= {f"{t} F1": 2 * p * r / (p + r) if p + r else 0.0, f"{t} P": p, f"{t} R": r}
    out["documents"] = int(len(records))
    return out
