"""Suite folder `tempeval3` (TBAQ): what `bench/tempeval.py` scores, per document, summed."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from suite_common import SHARED_BENCH
from tempeval import Score, _f1, read_document, score_document

NAME = "tempeval3"
DATA = SHARED_BENCH / NAME / "tbaq"
TOOLS = ("ours",)
PEERS = {
    "value F1": "HeidelTime 0.776, SUTime 0.674 (on te3-platinum, not TBAQ; README)",
    "relaxed F1": "about 0.90 for the best systems (te3-platinum; README)",
    "strict F1": "ClearTK 0.827 (te3-platinum; README)",
}
_FIELDS = ("docs", "gold", "system", "strict", "relaxed", "value", "type")


@cache
def _paths() -> dict[str, Path]:
    return {p.stem: p for p in sorted(DATA.rglob("*.tml"))} if DATA.is_dir() else {}


def items() -> list[str]:
    return sorted(_paths())


def page(tool: str, item: str) -> dict:
    score = score_document(read_document(_paths()[item]))
    return {name: getattr(score, name) for name in _FIELDS}


def summary(records: list[dict]) -> dict[str, float | int | None]:
    total = Score()
    for record in records:
        total.add(Score(**record))
    sp, sr, sf = _f1(total.strict, total.system, total.gold)
    rp, rr, rf = _f1(total.relaxed, total.system, total.gold)
    value_acc = total.value / total.relaxed if total.relaxed else 0.0
    type_acc = total.type / total.relaxed if total.relaxed else 0.0
    return {
        "value F1": value_acc * rf,
        "value accuracy": value_acc,
        "relaxed F1": rf,
        "relaxed P": rp,
        "relaxed R": rr,
        "strict F1": sf,
        "type accuracy": type_acc,
        "documents": int(total.docs),
        "gold timexes": int(total.gold),
    }
