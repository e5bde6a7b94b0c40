"""Score the actor recogniser on CoNLL-2003 at document level; print a table.

Usage: .venv/bin/python bench/conll.py [DATA_DIR]   (default ../shared/bench/conll2003)

Per article, the set of distinct (name, type) pairs is compared with `gold.json`: names are
case-folded, a leading "the" and a trailing "'s" dropped (as the data's README counts them).
Our labels map to CoNLL's: person → PER; organisation-like types and seats of government →
ORG; states, capitals and places → LOC. Demonyms are CoNLL's MISC and are not scored, nor
is MISC. The first line of each file is the headline, every other line a paragraph.
Exits 0 with a message when the data is missing. Tune on the dev split only.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.actors.ner_features import CLASS_OF  # noqa: E402
from generator.actors.recognise import recognise_document  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import part_of  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "conll2003"
TYPES = ("PER", "ORG", "LOC")
LABEL_TO_CONLL = {label: kind for label, kind in CLASS_OF.items() if kind in TYPES}
"""Our span labels as CoNLL classes: the name tagger's own table, without MISC and ONE."""


def normalise(name: str) -> str:
    """The README's counting rule: case-folded, leading "the" and trailing "'s" dropped."""
    name = re.sub(r"\s+", " ", name.strip().casefold())
    name = re.sub(r"^the ", "", name)
    return re.sub(r"['’]s$", "", name).strip()


def predict(text: str) -> set[tuple[str, str]]:
    """Distinct (normalised name, CoNLL type) pairs our recogniser finds in one article."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return set()
    head, body = recognise_document(lines[0], lines[1:])
    found = set()
    for span in head + [s for spans in body for s in spans]:
        conll = LABEL_TO_CONLL.get(span.label)
        if conll is not None:
            found.add((normalise(span.text), conll))
    return found


def score(data: Path, show: int = 0) -> dict[str, tuple[int, int, int]]:
    """Per type: (true positives, predicted, gold) over all articles."""
    gold = json.loads((data / "gold.json").read_text("utf-8"))
    counts = {t: [0, 0, 0] for t in TYPES}
    errors: list[str] = []
    for doc_id in sorted(gold):
        text = (data / "docs" / f"{doc_id}.txt").read_text("utf-8")
        predicted = predict(text)
        expected = {(normalise(e["text"]), e["type"]) for e in gold[doc_id] if e["type"] in TYPES}
        for t in TYPES:
            p = {x for x in predicted if x[1] == t}
            g = {x for x in expected if x[1] == t}
            counts[t][0] += len(p & g)
            counts[t][1] += len(p)
            counts[t][2] += len(g)
        if show and part_of(doc_id) == "read":  # never look at the unread part
            errors += [f"{doc_id} FP {n!r} {t}" for n, t in sorted(predicted - expected)]
            errors += [f"{doc_id} FN {n!r} {t}" for n, t in sorted(expected - predicted)]
    if show:
        print("errors from the read part of bench/split.py only")
    for line in errors[:show]:
        print(line)
    return {t: tuple(v) for t, v in counts.items()}


def main(argv: list[str]) -> int:
    show = 0
    if argv and argv[0].startswith("--errors="):
        show = int(argv.pop(0).split("=", 1)[1])
    data = Path(argv[0]) if argv else DEFAULT_DATA
    if not (data / "gold.json").is_file() or not (data / "docs").is_dir():
        print(f"CoNLL-2003 data not found in {data} (need gold.json and docs/); nothing scored.")
        return 0
    predict("Warm Up\nA first call loads the lexicons.")
    docs = sorted((data / "docs").glob("*.txt"))
    started = time.perf_counter()
    for path in docs:
        predict(path.read_text("utf-8"))
    elapsed = time.perf_counter() - started
    counts = score(data, show)
    print(f"CoNLL-2003 document-level scores ({data.name}, {len(docs)} articles)")
    print(f"{'type':<6}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'pred':>7}{'gold':>7}")
    for t in TYPES:
        tp, pred, gold = counts[t]
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{t:<6}{p:>7.3f}{r:>7.3f}{f:>7.3f}{tp:>7}{pred:>7}{gold:>7}")
    print(f"speed: {len(docs) / elapsed:.0f} articles/s on one core ({elapsed:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
