"""Fit the own-content model (`generator/clean/own_content.py`) on the READ parts only.

    .venv/bin/python bench/fit_own_content.py [--write] [--l2 X]

The rows are the blocks the text path removes for their position or shape alone
(`from_text.position_removals`), in two development folders read as scraped text:

- `article-extraction/text`: a block is the article's own when the gold body holds it (half
  of its 4-token shingles, the benchmark's unit; a shorter block must appear whole in the
  gold body, a one-word block as a whole gold paragraph); the rest is the page's furniture;
- `conll2003/docs`: Reuters articles with no furniture at all; every such block (results
  tables, standings, line-ups) is the article's own.

Each folder weighs the same in the fit (the web pages hold many more blocks). The model is
a logistic regression with an L2 pull of every weight but the bias towards 0, fitted by
Newton's method (numpy). The threshold is the lowest of a grid at which, in a 5-fold
cross-validation of the read part, the web pages' furniture brought back is no more (in
characters) than their own text brought back: scraped text must not get worse. The unread parts are
only scored: counts of own blocks kept and of furniture blocks brought back, per folder and
part; the figures that count are the suite's (`bench/suite.py`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from split import PARTS, part_of  # noqa: E402
from suite_common import ROOT, SHARED_BENCH  # noqa: E402

from generator.clean.from_text import position_removals  # noqa: E402
from generator.clean.inline import normalize_chars  # noqa: E402
from generator.clean.own_content import FEATURES, WEIGHTS_FILE, score  # noqa: E402
from generator.clean.own_evidence import features, read_page  # noqa: E402  # noqa: E402
from generator.ingest import decode  # noqa: E402

TOKEN_RE = re.compile(r"\w+")
FOLDERS = ("article-extraction", "conll2003")


@dataclass(frozen=True)
class Row:
    """One block the text path removes by position or shape, with its evidence and label."""

    folder: str
    item: str
    part: str
    values: tuple[float, ...]
    own: bool
    chars: int
    text: str


def _tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def in_gold(text: str, gold_tokens: list[str], gold_shingles: set, gold_lines: set) -> bool:
    """The gold body holds the block (see the module's text)."""
    words = _tokens(text)
    if len(words) >= 4:
        mine = [tuple(words[i : i + 4]) for i in range(len(words) - 3)]
        return sum(1 for s in mine if s in gold_shingles) * 2 >= len(mine)
    if len(words) == 1:
        return tuple(words) in gold_lines
    n = len(words)
    return any(tuple(gold_tokens[i : i + n]) == tuple(words) for i in range(len(gold_tokens)))


def page_rows(folder: str, item: str, text: str, gold: str | None) -> list[Row]:
    """The rows of one page: every own-content candidate removed, labelled."""
    blocks, zone, pool, removed = position_removals(normalize_chars(text))
    if gold is not None:
        tokens = _tokens(gold)
        shingles = {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}
        lines = {tuple(_tokens(x)) for x in gold.split("\n") if x.strip()}
    rows = []
    page = read_page(blocks, zone, sorted(pool))
    for i in removed:
        b = blocks[i]
        own = True if gold is None else in_gold(b.text, tokens, shingles, lines)
        rows.append(
            Row(
                folder,
                item,
                part_of(item),
                features(page, i),
                own,
                b.chars,
                b.text,
            )
        )
    return rows


def rows() -> list[Row]:
    """Every row of both folders, both parts (only the read part is ever fitted)."""
    out: list[Row] = []
    extraction = SHARED_BENCH / "article-extraction"
    truth = json.loads((extraction / "ground-truth.json").read_text("utf-8"))
    for path in sorted((extraction / "text").glob("*.txt")):
        text = decode(path.read_bytes())[0]
        out.extend(page_rows(FOLDERS[0], path.stem, text, truth[path.stem]["articleBody"]))
    for path in sorted((SHARED_BENCH / "conll2003" / "docs").glob("*.txt")):
        out.extend(page_rows(FOLDERS[1], path.stem, path.read_text("utf-8"), None))
    return out


def fit(data: list[Row], l2: float) -> tuple[float, np.ndarray]:
    """Bias and weights of the L2-pulled logistic regression, each folder weighing the same."""
    x = np.array([(1.0, *r.values) for r in data])
    y = np.array([float(r.own) for r in data])
    per_folder = {f: sum(1 for r in data if r.folder == f) for f in FOLDERS}
    sample = np.array([len(data) / (len(FOLDERS) * per_folder[r.folder]) for r in data])
    pull = np.full(x.shape[1], l2)
    pull[0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -60, 60)))
        gradient = x.T @ (sample * (p - y)) + pull * w
        hessian = (x * (sample * p * (1 - p))[:, None]).T @ x + np.diag(pull + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), w[1:]


GRID = tuple(round(0.5 + 0.05 * k, 2) for k in range(10))
FOLDS = 5


def cross_validated(data: list[Row], l2: float) -> dict[float, tuple[int, int, int, int]]:
    """Per threshold of `GRID`, summed over `FOLDS` folds of the read part (pages split by
    a salted hash): CoNLL blocks kept, of all; web own chars kept, web furniture chars kept."""
    out = {t: [0, 0, 0, 0] for t in GRID}
    for k in range(FOLDS):
        test = [r for r in data if _fold(r.item) == k]
        bias, w = fit([r for r in data if _fold(r.item) != k], l2)
        for t in GRID:
            model = model_of(bias, w, t)
            for r in test:
                kept = score(r.values, model) >= t
                if r.folder == FOLDERS[1]:
                    out[t][0] += kept
                    out[t][1] += 1
                elif kept:
                    out[t][2 if r.own else 3] += r.chars
    return {t: tuple(v) for t, v in out.items()}


def chosen_threshold(cv: dict[float, tuple[int, int, int, int]]) -> float:
    """The lowest threshold at which the web pages' furniture brought back, cross-validated
    on read, is no more than their own text brought back (scraped text must not get worse)."""
    return next((t for t in sorted(cv) if cv[t][3] <= cv[t][2]), max(cv))


def _fold(item: str) -> int:
    return int(hashlib.sha256(f"own-content:{item}".encode()).hexdigest(), 16) % FOLDS


def model_of(bias: float, w: np.ndarray, threshold: float) -> dict:
    return {
        "about": "bench/fit_own_content.py on the read parts of article-extraction/text "
        "and conll2003/docs",
        "bias": round(bias, 4),
        "threshold": threshold,
        "weights": {n: round(float(v), 4) for n, v in zip(FEATURES, w, strict=True)},
    }


def report(data: list[Row], model: dict) -> None:
    """Per folder and part: own blocks kept, furniture blocks brought back (blocks, chars)."""
    print(f"{'folder':<20}{'part':<8}{'own kept':>14}{'own chars':>16}{'furn kept':>14}")
    for folder in FOLDERS:
        for part in PARTS:
            mine = [r for r in data if r.folder == folder and r.part == part]
            furn_chars = sum(
                r.chars for r in mine if not r.own and score(r.values, model) >= model["threshold"]
            )
            kept = [r for r in mine if score(r.values, model) >= model["threshold"]]
            own = [r for r in mine if r.own]
            own_kept = [r for r in kept if r.own]
            furn = [r for r in kept if not r.own]
            print(
                f"{folder:<20}{part:<8}{len(own_kept):>7}/{len(own):<6}"
                f"{sum(r.chars for r in own_kept):>8}/{sum(r.chars for r in own):<7}"
                f"{len(furn):>7}/{len(mine) - len(own):<6}{furn_chars:>8}"
            )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="save the fitted weights")
    parser.add_argument("--l2", type=float, default=1.0, help="pull of the weights towards 0")
    parser.add_argument("--threshold", type=float, default=None, help="default: chosen by CV")
    parser.add_argument("--list", action="store_true", help="read-part rows decided wrongly")
    args = parser.parse_args(argv)
    data = rows()
    read = [r for r in data if r.part == "read"]
    cv = cross_validated(read, args.l2)
    for t, (kept, conll, own, furniture) in cv.items():
        print(
            f"CV read, threshold {t}: CoNLL kept {kept}/{conll}, web own chars {own}, furniture chars {furniture}"
        )
    threshold = chosen_threshold(cv) if args.threshold is None else args.threshold
    bias, w = fit(read, args.l2)
    model = model_of(bias, w, threshold)
    print(json.dumps(model, indent=1))
    report(data, model)
    if args.list:
        for r in data:
            if r.part == "read" and (score(r.values, model) >= threshold) != r.own:
                print(f"{r.folder}\t{r.item[:8]}\town={r.own}\t{r.text[:90]!r}")
    if args.write:
        WEIGHTS_FILE.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
