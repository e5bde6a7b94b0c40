"""Fit the eventness weights (`generator/events/eventness.py`) on the judged read lines.

    .venv/bin/python bench/fit_eventness.py [--strength L2] [--errors] [--write]

The read half of the event list's folders (`bench/event_list.py`) is built with every
clause kept (no weights), and each listed line's features are worked out again from its
paragraph. Two hand-judged samples of its lines are the examples: the precision sample
(`events_judged_read.tsv`, SHA-1 0 mod 3) and the training sample
(`events_judged_read_train.tsv`, 1 mod 3). `right` and `fragment` lines are events (a broken
text is still an event a filter must keep), `not an event` lines are not; `wrong date`
lines are left out of the fit (no clause filter mends a date) but count in every precision.

The model is a logistic regression with an L2 pull towards 0 on every weight but the
bias, so a feature seen on few lines keeps a small weight. Its pull is chosen by leave-one-
article-out cross-validation on both samples (each article's lines judged by weights fitted
without that article: no weight rests on one page), with the margin a score must reach:
the best held-out precision (right lines among the kept judged lines) that keeps at least
`KEEP_RIGHT` of the right lines. The margin is written into the bias.
It is also reported fitted on one sample and scored on the other. The table shows, per
feature, its weight and how many judged lines of each verdict and how many articles carry it.

`--write` stores the weights fitted on both samples in `generator/lang/en/eventness.json`.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events_tbaq as tbaq  # noqa: E402
from event_list import DEFAULT, build, short_id, verdicts_in  # noqa: E402
from split import part_of, select  # noqa: E402
from tbaq_tml import parse_tml  # noqa: E402

from generator.events import eventness, extract  # noqa: E402
from generator.events.clauses import clause  # noqa: E402
from generator.models import Briefing  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "generator" / "lang" / "en" / "eventness.json"
HERE = Path(__file__).resolve().parent
SAMPLES = (HERE / "events_judged_read.tsv", HERE / "events_judged_read_train.tsv")
STRENGTHS = (0.1, 0.3, 1.0, 3.0)
MARGINS = (0.0, 0.25, 0.5)
"""Scores a kept line must reach, tried: the margin is taken off the bias when written."""
KEEP_RIGHT = 0.85
"""Share of the right lines a chosen pull and margin must keep (held out): precision is
not bought with the story's events."""
TBAQ_WEIGHT = 0.2
"""What one TBAQ event counts against one judged web line: the read part's hundreds of
newswire events keep their cues from being taken for non-events without outweighing the
web sample."""
POSITIVE = {"right", "fragment"}
NEGATIVE = {"not an event"}
NAMES = ("_bias", *eventness.FEATURES)


def line_features(briefing: Briefing) -> dict[str, frozenset[str]]:
    """Each listed line's key (`event_list.Line.key`) and its clause's features."""
    paragraphs = {(p.id, a.id): p.text for a in briefing.articles for p in a.paragraphs}
    language = {a.id: a.language for a in briefing.articles}
    spans = defaultdict(list)
    for t in briefing.timexes:
        spans[(t.paragraph, t.article, t.text)].append((t.start, t.end))
    found: dict[str, frozenset[str]] = {}
    for event in briefing.events:
        for source in event.sources:
            text = paragraphs.get((source.paragraph, source.article))
            where = spans.get((source.paragraph, source.article, source.expression), [])
            if text is None or not where:
                continue
            sentence_start = text.find(source.text[:40])
            start, end = min(where, key=lambda s: abs(s[0] - sentence_start))
            c = clause(text, start, end)
            key = f"{short_id(source.article)}\t{event.date}\t{' '.join(event.summary.split())}"
            found[key] = eventness.features(
                text,
                (c.start, c.end),
                (start, end),
                event.kind,
                event.date,
                language[source.article],
            )
    return found


def matrix(keys: list[str], found: dict[str, frozenset[str]]) -> np.ndarray:
    return np.array([[1.0] + [f in found[k] for f in eventness.FEATURES] for k in keys])


def tbaq_events() -> list[frozenset[str]]:
    """The features of each event of ours on the read part of TBAQ that its gold anchors at
    our date (`bench/events_tbaq.py`): newswire's events, which the web sample has few of
    (quarterly results, a share price's close, a quote's day)."""
    recorded: list[frozenset[str]] = []
    original = extract.features

    def recording(*args, **kwargs):
        recorded.append(original(*args, **kwargs))
        return recorded[-1]

    extract.features = recording
    found = []
    try:
        for path in sorted(tbaq.DEFAULT_DATA.rglob("*.tml")):
            if part_of(path.stem) != "read":
                continue
            doc = parse_tml(path.read_text("utf-8"), path.stem)
            recorded.clear()
            ours = tbaq.our_events(doc)  # one recorded feature set per event, in order
            anchored = tbaq.anchorings(doc)
            for event, features in zip(ours, recorded, strict=True):
                if any(
                    tbaq._inside(e.start, event.sentence) and d.startswith(event.date)
                    for e, d in anchored
                ):
                    found.append(features)
    finally:
        extract.features = original
    return found


def fit(
    keys: list[str],
    verdicts: dict,
    found: dict,
    strength: float,
    extra: Sequence[frozenset[str]] = (),
) -> np.ndarray:
    """Logistic regression by Newton's method on the event and non-event lines of `keys`
    and the `extra` events (each counting `TBAQ_WEIGHT`), L2 on all but the bias."""
    trained = [k for k in keys if verdicts[k] in POSITIVE | NEGATIVE]
    x = np.vstack([matrix(trained, found), _rows(extra)]) if extra else matrix(trained, found)
    y = np.array([verdicts[k] in POSITIVE for k in trained] + [True] * len(extra), dtype=float)
    counts = np.array([1.0] * len(trained) + [TBAQ_WEIGHT] * len(extra))
    w = np.zeros(x.shape[1])
    pull = np.full(x.shape[1], strength)
    pull[0] = 1e-6
    for _ in range(60):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ ((p - y) * counts) + pull * w
        hessian = (x.T * (p * (1 - p) * counts)) @ x + np.diag(pull)
        w -= np.linalg.solve(hessian, gradient)
    return w


def _rows(sets: Sequence[frozenset[str]]) -> np.ndarray:
    return np.array([[1.0] + [f in s for f in eventness.FEATURES] for s in sets])


def kept_counts(
    keys: list[str], verdicts: dict, scores: np.ndarray, margin: float = 0.0
) -> Counter[str]:
    """Verdicts of the lines kept (score at least `margin`), and `all` of them."""
    kept = Counter(verdicts[k] for k, s in zip(keys, scores, strict=True) if s >= margin)
    kept["all"] = sum(kept.values())
    return kept


def held_out(
    keys: list[str], verdicts: dict, found: dict, strength: float, extra: Sequence = ()
) -> np.ndarray:
    """Each line's score under weights fitted without its article's lines."""
    articles = [k.split("\t")[0] for k in keys]
    scores = np.zeros(len(keys))
    for article in sorted(set(articles)):
        mine = np.array([a == article for a in articles])
        others = [k for k, m in zip(keys, mine, strict=True) if not m]
        w = fit(others, verdicts, found, strength, extra)
        scores[mine] = matrix([k for k, m in zip(keys, mine, strict=True) if m], found) @ w
    return scores


def describe(label: str, kept: Counter[str], total: Counter[str]) -> str:
    shown = ", ".join(f"{v} {kept[v]}/{total[v]}" for v in sorted(total) if v != "all")
    return f"{label}: precision {kept['right'] / max(kept['all'], 1):.3f} ({shown})"


def choose(keys: list[str], verdicts: dict, found: dict, extra: Sequence) -> tuple[float, float]:
    """The pull and margin with the best held-out precision among those keeping
    `KEEP_RIGHT` of the right lines (the first tried when none does)."""
    total = Counter(verdicts[k] for k in keys)
    best, best_precision = (STRENGTHS[0], MARGINS[0]), -1.0
    for strength in STRENGTHS:
        scores = held_out(keys, verdicts, found, strength, extra)
        tbaq_scores = _rows(extra) @ fit(keys, verdicts, found, strength, extra) if extra else []
        for margin in MARGINS:
            kept = kept_counts(keys, verdicts, scores, margin)
            kept_tbaq = sum(s >= margin for s in tbaq_scores)
            print(
                describe(f"pull {strength}, margin {margin}: held out by article", kept, total)
                + f"; TBAQ events kept {kept_tbaq}/{len(extra)}"
            )
            precision = kept["right"] / max(kept["all"], 1)
            if kept["right"] >= KEEP_RIGHT * total["right"] and precision > best_precision:
                best, best_precision = (strength, margin), precision
    return best


def table(keys: list[str], verdicts: dict, found: dict, w: np.ndarray) -> None:
    print(f"{'feature':16} {'weight':>7}  lines (right/not/fragment/wrong)  articles")
    for i, name in enumerate(NAMES):
        carrying = [k for k in keys if i == 0 or name in found[k]]
        counts = Counter(verdicts[k] for k in carrying)
        pages = len({k.split("\t")[0] for k in carrying})
        shown = "/".join(
            str(counts[v]) for v in ("right", "not an event", "fragment", "wrong date")
        )
        print(f"{name:16} {w[i]:7.2f}  {shown:>32}  {pages}")


def compact_json(data: dict) -> str:
    """`data` as indented JSON with each list of words on one line, as the table is kept."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    words = re.compile(r"\[\n\s+((?:\"(?:[^\"\\]|\\.)*\",?\s+)+)\]")
    return words.sub(lambda m: "[" + re.sub(r",\s+", ", ", m.group(1).strip()) + "]", text) + "\n"


def main(argv: list[str]) -> int:
    eventness.WEIGHTS = {}
    files = [
        f / n for f in DEFAULT for n in select((p.name for p in f.iterdir() if p.is_file()), "read")
    ]
    found = line_features(build(files))
    samples = [{k: v for k, v in verdicts_in(path).items() if k in found} for path in SAMPLES]
    for path, sample in zip(SAMPLES, samples, strict=True):
        print(f"{path.name}: {len(sample)} judged lines found again of {len(verdicts_in(path))}")
    verdicts = {k: v for sample in samples for k, v in sample.items()}
    keys = sorted(verdicts)
    extra = tbaq_events()
    print(f"TBAQ read events anchored by its gold: {len(extra)}")
    if "--strength" in argv:
        strength = float(argv[argv.index("--strength") + 1])
        margin = float(argv[argv.index("--margin") + 1]) if "--margin" in argv else 0.0
    else:
        strength, margin = choose(keys, verdicts, found, extra)
    print(f"pull: {strength}, margin: {margin}")
    for a, b in ((0, 1), (1, 0)):
        w = fit(sorted(samples[a]), verdicts, found, strength, extra)
        other = sorted(samples[b])
        kept = kept_counts(other, verdicts, matrix(other, found) @ w, margin)
        label = f"fitted on {SAMPLES[a].name}, scored on {SAMPLES[b].name}"
        print(describe(label, kept, Counter(verdicts[k] for k in other)))
    w = fit(keys, verdicts, found, strength, extra)
    w[0] -= margin  # a line is kept at a score of at least 0: the margin is the bias's
    table(keys, verdicts, found, w)
    if "--errors" in argv:
        scores = held_out(keys, verdicts, found, strength, extra) - margin
        for k, s in sorted(zip(keys, scores, strict=True), key=lambda r: r[1]):
            if (s >= 0) != (verdicts[k] == "right"):
                print(f"{verdicts[k][:5]}\t{s:5.2f}\t{sorted(found[k])}\t{k[:160]}")
    if "--write" in argv:
        data = json.loads(TABLE.read_text("utf-8"))
        data["weights"] = {n: round(float(v), 3) for n, v in zip(NAMES, w, strict=True)}
        TABLE.write_text(compact_json(data), "utf-8")
        print(f"written: {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
