"""Fit the importance weights (`generator/events/importance.py`) on the read part.

    .venv/bin/python bench/fit_importance.py [--write]

The read half of the event list's folders is built as one corpus without `briefing.yml`
(`bench/event_list.py`). The examples are its events, each judged by hand in
`bench/events_importance_read.tsv` (every listed line: `main`, `background` or `not an
event`): an event one of whose lines is `main` is important, the others are not. Those
articles each tell a story of their own, so hardly any of their events is reported twice
(2 of 241 by two articles): the evidence of merged reports (`sources`) is seen in the read
one-story corpora of TBAQ (`bench/tbaq_stories.py`, each built as its own corpus), whose
events are judged alike in `bench/events_importance_tbaq_read.tsv` (a story's defining
event is main wherever it is recalled). The gold of `bench/events_gold_read.json` and the
seeds are not fitted on: `bench/event_rank.py` scores on them.

The model is a logistic regression with an L2 pull towards 0 on every weight but the bias
(a feature seen on few events keeps a small weight). The pull is the one with the best
held-out log-likelihood (each article's events, and each TBAQ story's, scored by weights
fitted without them: no weight rests on one page or one story). `main`, the importance
from which an event is marked as a main event, is the lowest held-out score from which
`MAIN_PRECISION` of the marked events of the event list's articles are important (the
TBAQ stories, two thirds of whose events are main, would lower it for every corpus).

`--write` stores the weights fitted on all examples and `main` in
`generator/lang/en/importance.json`.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_list import DEFAULT, build, short_id, verdicts_in  # noqa: E402
from event_rank import reciprocal_rank  # noqa: E402
from split import select  # noqa: E402
from tbaq_stories import DEFAULT_DATA as TBAQ  # noqa: E402
from tbaq_stories import read_docs, stories, write_story  # noqa: E402

from generator.events import importance  # noqa: E402
from generator.models import Briefing  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "generator" / "lang" / "en" / "importance.json"
HERE = Path(__file__).resolve().parent
JUDGED = HERE / "events_importance_read.tsv"
JUDGED_STORIES = HERE / "events_importance_tbaq_read.tsv"
STRENGTHS = (0.1, 0.3, 1.0, 3.0, 10.0)
MAIN_PRECISION = 0.7
"""Share of the marked events that must be important (held out): a main event marker a
reader can trust, over one that marks most events."""
NAMES = ("_bias", *importance.FEATURES)


def verdicts(path: Path = JUDGED) -> dict[str, str]:
    """Each judged line's key (`event_list.Line.key`) and verdict."""
    return verdicts_in(path)


def examples(
    briefing: Briefing, judged: dict[str, str]
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Feature rows (bias first), labels (main or not), and each row's article (short id)."""
    corpus = importance.corpus_of(briefing)
    rows, labels, groups = [], [], []
    for event in sorted(briefing.events, key=lambda e: e.id):
        articles = sorted({short_id(s.article) for s in event.sources})
        summary = " ".join(event.summary.split())
        found = [judged.get(f"{a}\t{event.date}\t{summary}") for a in articles]
        if not any(found):
            continue
        rows.append([1.0, *importance.features(event, corpus)])
        labels.append(float("main" in found))
        groups.append(articles[0])
    return np.array(rows), np.array(labels), groups


def story_examples(
    judged: dict[str, str],
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """`examples` of the read TBAQ stories, each story built as its own corpus; each row's
    group is its story (its articles repeat each other's sentences). None without TBAQ."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for story in stories(read_docs(TBAQ)) if TBAQ.is_dir() else []:
            if story.part != "read":
                continue
            folder = write_story(story, Path(tmp))
            x, y, _ = examples(build(sorted(folder.iterdir())), judged)
            found.append((x, y, [f"story {story.id}"] * len(y)))
    if not found:
        return np.zeros((0, len(NAMES))), np.zeros(0), []
    return (
        np.vstack([x for x, _, _ in found]),
        np.concatenate([y for _, y, _ in found]),
        [g for _, _, groups in found for g in groups],
    )


def fit(x: np.ndarray, y: np.ndarray, strength: float) -> np.ndarray:
    """Logistic regression by Newton's method, L2 on all but the bias."""
    w = np.zeros(x.shape[1])
    pull = np.full(x.shape[1], strength)
    pull[0] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + pull * w
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(pull)
        w -= np.linalg.solve(hessian, gradient)
    return w


def held_out(x: np.ndarray, y: np.ndarray, groups: list[str], strength: float) -> np.ndarray:
    """Each row's probability under weights fitted without its article's rows."""
    scores = np.zeros(len(y))
    for group in sorted(set(groups)):
        mine = np.array([g == group for g in groups])
        w = fit(x[~mine], y[~mine], strength)
        scores[mine] = 1 / (1 + np.exp(-x[mine] @ w))
    return scores


def mean_rr(scores: np.ndarray, y: np.ndarray, groups: list[str]) -> float:
    """Mean reciprocal rank of the first important event, over articles that have one."""
    ranks = []
    for group in sorted(set(groups)):
        mine = [i for i, g in enumerate(groups) if g == group]
        if not any(y[i] for i in mine):
            continue
        order = sorted(mine, key=lambda i: -scores[i])
        ranks.append(reciprocal_rank([bool(y[i]) for i in order]))
    return sum(ranks) / max(len(ranks), 1)


def likelihood(scores: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(scores, 1e-9, 1 - 1e-9)
    return float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))


def best_threshold(scores: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """The lowest score from which at least `MAIN_PRECISION` of the marked events are
    important, with that precision and the recall it keeps."""
    for cut in sorted({round(float(s), 3) for s in scores}):
        marked = scores >= cut
        hit = float((marked & (y == 1)).sum())
        if hit / max(marked.sum(), 1) >= MAIN_PRECISION:
            return cut, hit / max(marked.sum(), 1), hit / max((y == 1).sum(), 1)
    return 1.0, 0.0, 0.0


def dump(table: dict) -> str:
    """The table as JSON, a line per key (and per entry of a mapping of lists)."""
    lines = []
    for key, value in table.items():
        if isinstance(value, dict) and any(isinstance(v, list) for v in value.values()):
            inner = [
                f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                for k, v in value.items()
            ]
            lines.append(f"  {json.dumps(key)}: {{\n" + ",\n".join(inner) + "\n  }")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: list[str]) -> int:
    files = [
        folder / name
        for folder in DEFAULT
        for name in select((p.name for p in folder.iterdir() if p.is_file()), "read")
    ]
    xa, ya, ga = examples(build(files), verdicts())
    xs, ys, gs = story_examples(verdicts(JUDGED_STORIES))
    print(f"{len(ya)} examples, {int(ya.sum())} important, {len(set(ga))} articles")
    print(f"{len(ys)} examples, {int(ys.sum())} important, {len(set(gs))} TBAQ stories")
    x, y, groups = np.vstack([xa, xs]), np.concatenate([ya, ys]), ga + gs
    n = len(ya)
    results = {s: held_out(x, y, groups, s) for s in STRENGTHS}
    for strength, scores in results.items():
        print(
            f"pull {strength}: held-out log-likelihood {likelihood(scores, y):.1f} "
            f"(articles {likelihood(scores[:n], ya):.1f}, stories {likelihood(scores[n:], ys):.1f}), "
            f"MRR of the first main event {mean_rr(scores[:n], ya, ga):.3f}"
        )
    strength = max(STRENGTHS, key=lambda s: likelihood(results[s], y))
    main_score, precision, recall = best_threshold(results[strength][:n], ya)
    w = fit(x, y, strength)
    print(
        f"chosen pull {strength}; main from {main_score:.3f} "
        f"(held out: precision {precision:.3f}, recall {recall:.3f})"
    )
    for name, value, column in zip(NAMES, w, x.T, strict=True):
        seen = int((column != 0).sum())
        print(f"  {name:<12} {value:+.3f}  (on {seen} examples)")
    if "--write" in argv:
        table = json.loads(TABLE.read_text("utf-8"))
        table["weights"] = {n: round(float(v), 3) for n, v in zip(NAMES, w, strict=True)}
        table["main"] = round(main_score, 3)
        TABLE.write_text(dump(table), "utf-8")
        print(f"written: {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
