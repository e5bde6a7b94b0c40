"""Measure the temporal recogniser on TempEval-3 TBAQ (the training set), as its README scores it.

    .venv/bin/python bench/tempeval.py [--data DIR] [--errors N]

Prints strict and relaxed extraction P/R/F1, value accuracy and value F1 (value accuracy ×
relaxed F1), type accuracy and speed (documents per second), per sub-corpus and in total.
The data lives outside the project (`../shared/bench/tempeval3/tbaq`) and is never copied
into it; when it is missing, this says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.timex import find_timexes  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import part_of  # noqa: E402
from tbaq_tml import Tally, read_tml  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "tempeval3" / "tbaq"


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    value: str
    type: str


@dataclass(frozen=True)
class Document:
    name: str
    dct: str
    text: str
    gold: tuple[Gold, ...]


def read_document(path: Path) -> Document:
    """Plain text strictly between <TEXT> and </TEXT>, tags removed, entities decoded."""
    dct, text, spans = read_tml(path.read_text("utf-8"))
    gold = tuple(
        Gold(start, end, text[start:end], attributes.get("value", ""), attributes.get("type", ""))
        for name, start, end, attributes in spans
        if name == "TIMEX3"
    )
    return Document(path.stem, dct, text, gold)


@dataclass
class Score(Tally):
    docs: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    seconds: float = 0.0


def _f1(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_document(doc: Document, errors: list[str] | None = None) -> Score:
    """One-to-one pairing: each system span takes the first unpaired gold span it overlaps."""
    began = time.perf_counter()
    found = find_timexes(doc.text, doc.dct or None)
    elapsed = time.perf_counter() - began
    score = Score(docs=1, gold=len(doc.gold), system=len(found), seconds=elapsed)
    paired: set[int] = set()
    for span in found:
        match = None
        for i, gold in enumerate(doc.gold):
            if i not in paired and span.start < gold.end and gold.start < span.end:
                match = i
                break
        if match is None:
            if errors is not None:
                errors.append(
                    f"FP  {doc.name}: {span.text!r} {span.value} {span.type} [{span.rule}]"
                )
            continue
        paired.add(match)
        gold = doc.gold[match]
        score.relaxed += 1
        score.strict += (span.start, span.end) == (gold.start, gold.end)
        score.value += span.value == gold.value
        score.type += span.type == gold.type
        if errors is not None and span.value != gold.value:
            errors.append(
                f"VAL {doc.name} ({doc.dct}): {span.text!r}->{span.value} {span.type} "
                f"gold {gold.text!r}={gold.value} {gold.type} [{span.rule}]"
            )
        elif errors is not None and (span.start, span.end) != (gold.start, gold.end):
            errors.append(f"EXT {doc.name}: {span.text!r} gold {gold.text!r}")
    if errors is not None:
        for i, gold in enumerate(doc.gold):
            if i not in paired:
                context = doc.text[max(0, gold.start - 40) : gold.end + 20].replace("\n", " ")
                errors.append(f"FN  {doc.name}: {gold.text!r}={gold.value} {gold.type} …{context}…")
    return score


def format_row(name: str, s: Score) -> str:
    sp, sr, sf = _f1(s.strict, s.system, s.gold)
    rp, rr, rf = _f1(s.relaxed, s.system, s.gold)
    value_acc = s.value / s.relaxed if s.relaxed else 0.0
    type_acc = s.type / s.relaxed if s.relaxed else 0.0
    speed = s.docs / s.seconds if s.seconds else 0.0
    return (
        f"{name:<10} {s.docs:>4} {s.gold:>5} {s.system:>5}  {sp:5.3f} {sr:5.3f} {sf:5.3f}  "
        f"{rp:5.3f} {rr:5.3f} {rf:5.3f}  {value_acc:5.3f} {value_acc * rf:5.3f}  "
        f"{type_acc:5.3f}  {speed:7.0f}"
    )


HEADER = (
    f"{'corpus':<10} {'docs':>4} {'gold':>5} {'sys':>5}  {'strict P/R/F1':<17}  "
    f"{'relaxed P/R/F1':<17}  {'v.acc':<5} {'v.F1':<5}  {'t.acc':<5}  {'docs/s':>7}"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the tbaq folder")
    parser.add_argument("--errors", type=int, default=0, help="print up to N mismatches")
    args = parser.parse_args(argv)
    folders = sorted(p for p in args.data.glob("*") if p.is_dir()) if args.data.is_dir() else []
    files = {folder.name: sorted(folder.glob("*.tml")) for folder in folders}
    if not any(files.values()):
        print(f"TempEval-3 data not found in {args.data}: nothing measured.")
        return 0
    errors: list[str] | None = [] if args.errors else None
    total = Score()
    print(HEADER)
    for name, paths in files.items():
        if not paths:
            continue
        sub = Score()
        for path in paths:
            seen = errors if part_of(path.stem) == "read" else None  # unread: scored only
            sub.add(score_document(read_document(path), seen))
        total.add(sub)
        print(format_row(name, sub))
    print(format_row("total", total))
    if errors:
        print("\nerrors from the read part of bench/split.py only")
        print("\n".join(errors[: args.errors]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
