"""Fit the name tagger's weights (`generator/data/ner_weights.json`) on the read half.

    .venv/bin/python bench/fit_ner.py [--epochs N] [--write]

Only the looked-at ("read") articles of CoNLL-2003 dev (`bench/split.py`) are used. Each
article's lines (`docs/NNN.txt`, one sentence a line) are read by the rules exactly as the
pipeline reads them; the gold tags of `dev.txt` are carried over to our tokens by character
offsets. An averaged perceptron is then trained with the tagger's own greedy decoding, so
it learns from the tag history it will see at run time. Features seen fewer than
`MIN_COUNT` times are dropped, so rare contexts cannot be memorised. The unread half is
never fitted: score it after with `bench/suite.py --only conll2003`.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict

from conll import LABEL_TO_CONLL, TYPES, normalise
from split import part_of
from suite_common import ROOT, SHARED_BENCH

from generator.actors.ner_apply import add_tagged, article_lines
from generator.actors.ner_features import Line, document_cues, line_features
from generator.actors.ner_tagger import decode, history, score_with, scorer, weights_file
from generator.actors.recognise import rules_document

DATA = SHARED_BENCH / "conll2003"
WEIGHTS_FILE = ROOT / "generator" / "data" / "ner_weights.json"
MIN_COUNT = 3
EPOCHS = 8
BLIND = 0.15
SEED = 2003
TOLERANCE = 0.001
"""The lowest threshold within this much of the best read F1 is kept: on the read part the
rules find most names and F1 is flat over a wide range, while text the rules were not
written beside has more names only the tagger finds, so recall is the side to favour."""
THRESHOLDS = (0.0, 5.0, 10.0, 20.0, 30.0, 40.0, 60.0, 80.0)


def conll_articles() -> list[list[list[tuple[str, str]]]]:
    """Per article, per sentence, (word, IOB1 tag) pairs of `dev.txt`."""
    text = (DATA / "dev.txt").read_text("utf-8")
    articles = []
    for block in text.split("-DOCSTART- -X- O O"):
        if not block.strip():
            continue
        sentences = []
        for sentence in block.strip().split("\n\n"):
            rows = [line.split(" ") for line in sentence.splitlines() if line.strip()]
            sentences.append([(row[0], row[-1]) for row in rows])
        articles.append(sentences)
    return articles


def gold_ranges(text: str, sentence: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Character ranges of the gold names of one sentence within its line of `docs/`."""
    ranges: list[tuple[int, int, str]] = []
    cursor, prev = 0, "O"
    for word, tag in sentence:
        at = text.find(word, cursor)
        if at < 0:
            prev = tag
            continue
        cursor = at + len(word)
        if tag != "O":
            cls = tag[2:]
            if tag.startswith("B-") or prev == "O" or prev[2:] != cls or not ranges:
                ranges.append((at, cursor, cls))
            else:
                ranges[-1] = (ranges[-1][0], cursor, cls)
        prev = tag
    return ranges


def gold_tags(line: Line, ranges: list[tuple[int, int, str]]) -> list[str]:
    """B-/I- tags of our tokens: a token takes the class of the gold name it starts in."""
    tags = ["O"] * len(line.tokens)
    for start, end, cls in ranges:
        first = True
        for k, token in enumerate(line.tokens):
            if start <= token.start < end:
                tags[k] = ("B-" if first else "I-") + cls
                first = False
    return tags


def examples(part: str, blind: float = 0.0) -> list[tuple[Line, list[list[str]], list[str]]]:
    """(line, static features, gold tags) for every line of the articles of one part.

    A share `blind` of the articles (drawn with a fixed seed) is read as if the rules had
    found nothing, so the tagger also learns to find names on its own: on unseen text the
    rules miss more than on the data they were written beside.
    """
    out = []
    rng = random.Random(SEED)
    for n, sentences in enumerate(conll_articles()):
        doc_id = f"{n:03d}"
        if part_of(doc_id) != part:
            continue
        texts = (DATA / "docs" / f"{doc_id}.txt").read_text("utf-8").splitlines()
        texts = [t for t in texts if t.strip()]
        head, body = rules_document(texts[0], texts[1:])
        if rng.random() < blind:
            head, body = [], [[] for _ in body]
        lines = article_lines(texts[0], texts[1:], [head, *body])
        cues = document_cues(lines)
        for line, sentence in zip(lines, sentences, strict=True):
            tags = gold_tags(line, gold_ranges(line.text, sentence))
            out.append((line, line_features(line, cues), tags))
    return out


class Perceptron:
    """Averaged perceptron weights: feature → tag → weight, with the running sums."""

    def __init__(self) -> None:
        self.w: dict[str, dict[str, float]] = defaultdict(dict)
        self.sums: dict[tuple[str, str], float] = defaultdict(float)
        self.stamp: dict[tuple[str, str], int] = defaultdict(int)
        self.steps = 0

    def update(self, features: list[str], truth: str, guess: str) -> None:
        self.steps += 1
        if truth == guess:
            return
        for feature in features:
            for tag, delta in ((truth, 1.0), (guess, -1.0)):
                key = (feature, tag)
                value = self.w[feature].get(tag, 0.0)
                self.sums[key] += (self.steps - self.stamp[key]) * value
                self.stamp[key] = self.steps
                self.w[feature][tag] = value + delta

    def averaged(self, keep: set[str]) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for feature in sorted(self.w):
            if feature not in keep:
                continue
            row = {}
            for tag, value in sorted(self.w[feature].items()):
                key = (feature, tag)
                total = self.sums[key] + (self.steps - self.stamp[key]) * value
                mean = round(total / self.steps, 3)
                if mean:
                    row[tag] = mean
            if row:
                out[feature] = row
        return out


class _KeepStaticAndHistory(set):
    """Frequent static features, and every tag-history feature (`ner_tagger.history`)."""

    def __contains__(self, feature: object) -> bool:
        return str(feature).startswith("tag-") or super().__contains__(feature)


def train(data: list, epochs: int) -> dict[str, dict[str, float]]:
    """Averaged weights after `epochs` shuffled passes with greedy decoding. The tag
    history features are few and always kept; the others need `MIN_COUNT` sightings."""
    counts: Counter = Counter()
    for _, features, _ in data:
        for token_features in features:
            counts.update(token_features)
    static = {f for f, c in counts.items() if c >= MIN_COUNT}
    keep = _KeepStaticAndHistory(static)
    model = Perceptron()
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for _ in range(epochs):
        rng.shuffle(order)
        for n in order:
            line, features, gold = data[n]
            kept = [[f for f in fs if f in keep] for fs in features]
            _learn_line(model, line, kept, gold)
    return model.averaged(keep)


def _learn_line(model: Perceptron, line: Line, features: list[list[str]], gold: list[str]) -> None:
    """Decode one line with the current weights, updating on each wrong tag."""
    score = score_with(model.w)
    guessed = decode(line, features, score)
    prev = prev2 = "<s>"
    for i, token_features in enumerate(features):
        full = history(token_features, prev, prev2, line.tokens[i].kind)
        if guessed[i] != gold[i]:
            model.update(full, gold[i], guessed[i])
        prev2, prev = prev, guessed[i]


def accuracy(data: list, table: dict) -> float:
    """Share of name tokens (gold or guessed) tagged right."""
    right = total = 0
    score = score_with(table)
    for line, features, gold in data:
        guess = decode(line, features, score)
        for g, p in zip(gold, guess, strict=True):
            if g != "O" or p != "O":
                total += 1
                right += g == p
    return right / total if total else 0.0


def read_documents() -> list[tuple[list[str], dict, set]]:
    """Per read article: its lines, the rules' spans, and the gold (name, type) pairs."""
    gold = json.loads((DATA / "gold.json").read_text("utf-8"))
    out = []
    for doc_id in sorted(gold):
        if part_of(doc_id) != "read":
            continue
        texts = (DATA / "docs" / f"{doc_id}.txt").read_text("utf-8").splitlines()
        texts = [t for t in texts if t.strip()]
        head, body = rules_document(texts[0], texts[1:])
        expected = {(normalise(e["text"]), e["type"]) for e in gold[doc_id] if e["type"] in TYPES}
        out.append((texts, {"head": head, "body": body}, expected))
    return out


def micro_f1(documents: list, threshold: float) -> float:
    """Document-level micro F1 over PER, ORG and LOC with the tagger's names added."""
    tp = pred = total = 0
    for texts, rules, expected in documents:
        head, body = add_tagged(texts[0], texts[1:], rules["head"], rules["body"], threshold)
        found = {
            (normalise(s.text), LABEL_TO_CONLL[s.label])
            for s in head + [s for spans in body for s in spans]
            if s.label in LABEL_TO_CONLL
        }
        tp, pred, total = tp + len(found & expected), pred + len(found), total + len(expected)
    return 2 * tp / (pred + total) if pred + total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--blind", type=float, default=BLIND)
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--check-blind", action="store_true", help="also score the unread half without rules"
    )
    args = parser.parse_args()
    data = examples("read", args.blind)
    table = train(data, args.epochs)
    print(f"read lines {len(data)}; features kept {len(table)}")
    print(f"read name-token accuracy {accuracy(data, table):.3f}")
    if args.check_blind:
        unseen = examples("unread", 1.0)
        print(f"unread name-token accuracy, rules hidden {accuracy(unseen, table):.3f}")
    if not args.write:
        return
    body = {"about": "bench/fit_ner.py on the read half of CoNLL-2003 dev", "weights": table}
    write(body)
    documents = read_documents()
    scores = {t: micro_f1(documents, t) for t in THRESHOLDS}
    print("read micro F1 by threshold: " + ", ".join(f"{t}: {f:.4f}" for t, f in scores.items()))
    best = max(scores.values())
    body["threshold"] = min(t for t in THRESHOLDS if scores[t] >= best - TOLERANCE)
    write(body)
    print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)} (threshold {body['threshold']})")


def write(body: dict) -> None:
    WEIGHTS_FILE.write_text(json.dumps(body, indent=0, sort_keys=True) + "\n", "utf-8")
    weights_file.cache_clear()
    scorer.cache_clear()


if __name__ == "__main__":
    main()
