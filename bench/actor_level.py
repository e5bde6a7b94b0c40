"""Actor-level precision and recall on CoNLL-2003: the actor list a reader sees, not mentions.

    .venv/bin/python bench/actor_level.py [--part read|unread|both] [--list]

`bench/conll.py` scores distinct names per article; a reader of a briefing sees one page per
actor instead. Here each CoNLL article is built as `bench/conll.py` reads it, one article at a
time (clean → metadata → actors → corpus resolution of that one article), and each actor of
the result is judged by the gold tags (`dev.txt`) of the words its mentions cover:

- right: most of its mentions are gold names of its own class (person → PER, state → LOC,
  every other actor type → ORG);
- wrong type: most are gold names of another class;
- false: most are gold MISC (nationalities, events, products) or no gold name at all.
  Mentions written in lower case ("the government") are descriptions and do not vote unless
  the actor has nothing else. A state's demonyms ("Israeli") are its mentions by design but
  MISC in CoNLL: they vote only for a state named by nothing else ("Chilean" alone);
- organ: an organ named by its state's demonym ("Israeli government", #14's organs of a
  state); CoNLL tags only the demonym, as MISC. Counted right, shown apart.

Missed actors are gold PER / ORG / LOC names (distinct per article, as `bench/conll.py`
counts them) that no actor mention overlaps; a gold LOC that is not a state is a place, which
is no actor by design, so LOC recall counts states only. `--list` prints the false and
wrong-type actors of the read part only (`bench/split.py`: the unread part is only scored).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from conll import normalise
from fit_ner import DATA, conll_articles, gold_ranges
from split import PARTS, part_of

from generator.actors import extract_actors, resolve_actors
from generator.actors.gazetteer import gazetteer, short_forms
from generator.actors.lexicon import fold
from generator.actors.ner_features import CLASS_OF
from generator.clean import clean
from generator.ingest import read_article
from generator.metadata import extract_metadata
from generator.models import PERSON, STATE, Actor, Article, Paragraph

CLASSES = ("PER", "ORG", "LOC")
DESCRIPTION = "description"
UNALIGNED = "unaligned"
SILENT = (DESCRIPTION, UNALIGNED)
BULLET_RE = re.compile(r"[*+\-•]\s+")
"""A list item's bullet, which the cleaner drops (numbers stay: they are the list's words)."""
ORGAN = "organ"
"""An organ named by its state's demonym ("Israeli government"): an actor by design (#14),
though CoNLL tags only the demonym, as MISC. Counted right, and shown apart."""


@dataclass(frozen=True)
class GoldName:
    """One gold name's mention: its line of `docs/NNN.txt`, its range there and class."""

    line: int
    start: int
    end: int
    cls: str
    text: str


@dataclass(frozen=True)
class Verdict:
    """One actor as judged: its class, the verdict and the gold labels of its mentions."""

    doc: str
    name: str
    type: str
    cls: str
    verdict: str
    """"right", "wrong type", "false MISC" or "false O"."""
    labels: tuple[str, ...]
    texts: tuple[str, ...]


@dataclass(frozen=True)
class DocScore:
    """One article's actors judged, and the gold names (class, normalised) not found."""

    doc: str
    verdicts: tuple[Verdict, ...]
    gold: tuple[tuple[str, str], ...]
    """Distinct gold (class, name) pairs that count for recall."""
    found: tuple[tuple[str, str], ...]
    """Those overlapped by a mention of an actor of the same class."""
    typed_otherwise: tuple[tuple[str, str], ...]
    """Those overlapped only by mentions of actors of another class."""


@cache
def _sentences() -> tuple[tuple[tuple[tuple[str, str], ...], ...], ...]:
    return tuple(tuple(tuple(s) for s in doc) for doc in conll_articles())


def gold_names(doc: str, lines: list[str]) -> list[GoldName]:
    """Every gold name mention of one article, by line (line i is sentence i of `dev.txt`)."""
    out = []
    for i, (line, sentence) in enumerate(zip(lines, _sentences()[int(doc)], strict=True)):
        for start, end, cls in gold_ranges(line, list(sentence)):
            out.append(GoldName(i, start, end, cls, line[start:end]))
    return out


def build(path: Path, lines: list[str], cleaned: bool) -> tuple[Article, tuple[Actor, ...]]:
    """One article built alone, as a one-article briefing resolves its actors.

    By default its text is the file's lines as `bench/conll.py` reads them (the headline as
    title, every other line a paragraph, the dateline first): the actor stage is measured,
    not the cleaner. `cleaned` sends the file through the cleaner first, as a build does,
    which drops the results tables of sports pages (no article prose)."""
    article = extract_metadata(clean(read_article(path, path.name, path.stem)))
    if not cleaned:
        paragraphs = tuple(Paragraph(f"p{i}", x) for i, x in enumerate(lines[1:], start=1))
        article = replace(
            article,
            title=lines[0],
            subtitle=None,
            authors=(),
            caption=None,
            credit=None,
            paragraphs=paragraphs,
        )
    index = resolve_actors([article], [extract_actors(article)])
    return article, index.actors


def line_of(article: Article, lines: list[str]) -> dict[str, tuple[tuple[int, int], ...]]:
    """Paragraph id → (offset in the paragraph, line of the file) of each line it joins (the
    cleaner joins a hard-wrapped line to the next, and a list's items without their bullets,
    whose offset is then that of the line's start less the bullet); the title is line 0. A
    paragraph that is no run of the file's lines (cleaning changed it) is absent: its
    mentions get no label."""
    where = {"title": ((0, 0),)} if lines and article.title == lines[0].strip() else {}
    for paragraph in article.paragraphs:
        # a list's items are joined by newlines, their bullets dropped ("- Tunisia's …"), as
        # is the bullet of a one-item list
        text = paragraph.text.strip().replace("\n", " ")
        bullets = BULLET_RE.match(text) is None
        for i in range(len(lines)):
            run, joined = [], ""
            for k in range(i, len(lines)):
                line = lines[k].strip()
                bullet = BULLET_RE.match(line) if bullets else None
                cut = bullet.end() if bullet else 0
                # the base of line k: its offset in the paragraph less its dropped bullet
                run.append((len(joined) + (1 if joined else 0) - cut, k))
                joined = f"{joined} {line[cut:]}" if joined else line[cut:]
                if len(joined) >= len(text):
                    break
            if joined == text:
                where[paragraph.id] = tuple(run)
                break
    return where


def position(runs: tuple[tuple[int, int], ...] | None, start: int) -> tuple[int | None, int]:
    """A paragraph offset as (line, offset in that line)."""
    if not runs:
        return None, start
    base, line = [r for r in runs if r[0] <= start][-1]
    return line, start - base


def mention_label(line: int | None, start: int, end: int, text: str, gold: list[GoldName]) -> str:
    """The gold class of the name a mention overlaps most, "O" for none."""
    if line is None:
        return UNALIGNED
    best, overlap = "O", 0
    for name in gold:
        if name.line == line:
            shared = min(end, name.end) - max(start, name.start)
            if shared > overlap:
                best, overlap = name.cls, shared
    if best == "O" and not text[:1].isupper():
        return DESCRIPTION
    return best


def is_demonym(text: str) -> bool:
    """A nationality word ("Chilean", "Israelis"): the gazetteer's demonym of a state."""
    folded = fold(re.sub(r"['’]s$", "", text))
    known = gazetteer().get(folded)
    return known is not None and known.demonym and folded not in short_forms()


def judge(doc: str, actor: Actor, labels: list[str]) -> Verdict:
    """The verdict on one actor from its mentions' gold labels (see the module's text)."""
    cls = CLASS_OF.get(actor.type, "ORG")
    texts = [m.text for m in actor.mentions]
    pairs = [(x, t) for x, t in zip(labels, texts, strict=True) if x not in SILENT]
    if actor.type == STATE and any(not is_demonym(t) for _, t in pairs):
        pairs = [(x, t) for x, t in pairs if not is_demonym(t)]  # CoNLL: demonyms are MISC
    votes = Counter(x for x, _ in pairs) or Counter("O" for x in labels if x == DESCRIPTION)
    entity = sum(votes[c] for c in CLASSES)
    if not votes:
        verdict = UNALIGNED
    elif actor.type not in (PERSON, STATE) and is_demonym(actor.name.split()[0]):
        verdict = ORGAN
    elif votes["MISC"] + votes["O"] > entity:
        verdict = "false MISC" if votes["MISC"] >= votes["O"] else "false O"
    else:
        top = max(votes[c] for c in CLASSES)
        verdict = "right" if votes[cls] == top else "wrong type"
    return Verdict(
        doc, actor.name, actor.type, cls, verdict, tuple(sorted(labels)), tuple(sorted(set(texts)))
    )


def is_state(name: str) -> bool:
    """A gold LOC that our gazetteer knows as a state: the only places that are actors."""
    known = gazetteer().get(fold(name))
    return known is not None and known.label == STATE


def score_doc(doc: str, cleaned: bool = False) -> DocScore:
    """Build one article and judge its actors and its gold names."""
    path = DATA / "docs" / f"{doc}.txt"
    lines = [x for x in path.read_text("utf-8").splitlines() if x.strip()]
    gold = gold_names(doc, lines)
    article, actors = build(path, lines, cleaned)
    where = line_of(article, lines)
    verdicts, covered = [], {}
    for actor in actors:
        cls = CLASS_OF.get(actor.type, "ORG")
        labels = []
        for m in actor.mentions:
            line, start = position(where.get(m.paragraph), m.start)
            end = start + m.end - m.start
            labels.append(mention_label(line, start, end, m.text, gold))
            for name in gold:
                if name.line == line and min(end, name.end) > max(start, name.start):
                    covered.setdefault((name.cls, normalise(name.text)), set()).add(cls)
        verdicts.append(judge(doc, actor, labels))
    wanted = {
        (n.cls, normalise(n.text))
        for n in gold
        if n.cls in ("PER", "ORG") or (n.cls == "LOC" and is_state(n.text))
    }
    found = {g for g in wanted if g[0] in covered.get(g, set())}
    other = {g for g in wanted if g in covered and g not in found}
    return DocScore(
        doc, tuple(verdicts), tuple(sorted(wanted)), tuple(sorted(found)), tuple(sorted(other))
    )


def documents(part: str) -> list[str]:
    """The article ids of one part ("both": all), sorted."""
    ids = [p.stem for p in sorted((DATA / "docs").glob("*.txt"))]
    return [d for d in ids if part == "both" or part_of(d) == part]


def table(scores: Iterable[DocScore]) -> dict[str, dict[str, int]]:
    """Per class: actors, right, wrong type, false MISC, false O; gold, found, typed otherwise."""
    rows = {c: Counter() for c in CLASSES}
    for s in scores:
        for v in s.verdicts:
            rows[v.cls]["actors"] += 1
            rows[v.cls][v.verdict] += 1
        for kind, pairs in (("gold", s.gold), ("found", s.found), ("other", s.typed_otherwise)):
            for cls, _ in pairs:
                rows[cls][kind] += 1
    return {c: dict(rows[c]) for c in CLASSES}


def print_table(part: str, rows: dict[str, dict[str, int]]) -> None:
    """Actor precision (right / actors) and recall (found / gold) per class, with the counts."""
    head = ("class", "actors", "right", "wrong", "fMISC", "fO", "P", "gold", "found", "other", "R")
    print(f"{part}:")
    print(
        "".join(f"{h:>8}" for h in head[:3])
        + f"{'organ':>8}"
        + "".join(f"{h:>8}" for h in head[3:])
    )
    total = Counter()
    for cls in (*CLASSES, "all"):
        r = total if cls == "all" else Counter(rows[cls])
        if cls != "all":
            total.update(r)
        p = (r["right"] + r[ORGAN]) / r["actors"] if r["actors"] else 0.0
        rec = r["found"] / r["gold"] if r["gold"] else 0.0
        cells = [r["actors"], r["right"], r[ORGAN], r["wrong type"], r["false MISC"], r["false O"]]
        more = [r["gold"], r["found"], r["other"]]
        print(
            f"{cls:>8}"
            + "".join(f"{x:>8}" for x in cells)
            + f"{p:>8.3f}"
            + "".join(f"{x:>8}" for x in more)
            + f"{rec:>8.3f}"
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=(*PARTS, "both"), default=None)
    parser.add_argument("--list", action="store_true", help="false actors of the read part")
    parser.add_argument("--cleaned", action="store_true", help="through the cleaner first")
    args = parser.parse_args(argv)
    if not (DATA / "dev.txt").is_file():
        print(f"CoNLL-2003 data not found in {DATA} (need dev.txt and docs/); nothing scored.")
        return 0
    for part in [args.part] if args.part else list(PARTS):
        scores = [score_doc(d, args.cleaned) for d in documents(part)]
        print_table(part, table(scores))
        if args.list and part == "read":
            for s in scores:
                for v in s.verdicts:
                    if v.verdict not in ("right", ORGAN):
                        print(
                            f"{v.doc}\t{v.verdict}\t{v.type}\t{v.name}\t{'|'.join(v.texts)}"
                            f"\t{' '.join(v.labels)}"
                        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
