"""One-story corpora from TBAQ: `python -m bench.tbaq_stories [--data DIR]` prints them.

TBAQ-cleaned (TempEval-3) holds newswire of 1989-2000 from several agencies, and several
of its stories are told by more than one article (the August 1998 embassy bombings by AP,
Xinhua and the New York Times; stories of early 2000). Those clusters are the development
corpora about one story that the key points are judged on (bench/keypoints.py
`--tbaq-stories`). Nothing is copied into the repository: each .tml becomes a plain article
text in a temporary folder, at run time.

- An article text is the TimeML title (when there is one), the creation day (DCT) as a
  date line, then the text's blocks; the agency dateline ("NAIROBI, Kenya (AP) _") that
  TBAQ keeps as a block of its own opens the first paragraph, as a wire story prints it.
- Two articles are linked when their creation days are at most MAX_DAYS apart, their
  words' TF-IDF cosine is at least WORDS_COSINE and their names' (capitalised words inside a
  sentence) at least NAMES_COSINE; a cluster is a connected group of two articles or more
  (networkx). Printed, so a person can check every cluster.
- A cluster's id is its earliest article's name, and its part (read / unread) is that id's
  salted hash, as bench/split.py splits every folder. Only the read clusters are looked
  at; the unread ones are only scored.
"""

from __future__ import annotations

import argparse
import datetime
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx

from bench.split import Part, part_of
from bench.tbaq_tml import read_tml
from generator.findings.keypoints import lexicon

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared/bench/tempeval3/tbaq"

MAX_DAYS = 7
"""Reports of one story, written within a week of each other."""
WORDS_COSINE = 0.15
NAMES_COSINE = 0.25
"""TF-IDF cosines (all words; names) at or above which two articles tell one story. Checked
by hand on the read clusters: words alone join one week's business briefs of different
companies (two insurers' quarterly results: words 0.41, names 0.02) before they join one
story's news and comment (names 0.29, words 0.20)."""

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)(?<!\n)\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)*")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+(?:,[\w .'-]+)?\s*\([A-Za-z ]+\)\s*[_-]+$")


@dataclass(frozen=True)
class StoryDoc:
    """One TBAQ article, as a plain article text."""

    name: str
    day: datetime.date
    title: str
    text: str
    """The whole article text: title, date line, paragraphs."""


@dataclass(frozen=True)
class Story:
    """A cluster of articles about one story."""

    id: str
    part: Part
    docs: tuple[StoryDoc, ...]
    """Earliest first (day, then name)."""


def article_text(raw: str) -> tuple[str, datetime.date, str] | None:
    """A .tml file as (article text, creation day, title); None without a creation day."""
    dct, text, _ = read_tml(raw)
    if len(dct) != 10:
        return None
    day = datetime.date.fromisoformat(dct)
    found = _TITLE.search(raw)
    title = " ".join(found.group(1).split()) if found else ""
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]
    if len(blocks) > 1 and _DATELINE.match(blocks[0]):
        blocks[:2] = [f"{blocks[0]} {blocks[1]}"]
    head = [title] if title else []
    head.append(f"{day:%B} {day.day}, {day.year}")
    return "\n\n".join(head + blocks) + "\n", day, title


def read_docs(data: Path) -> list[StoryDoc]:
    """Every dated .tml under `data` as an article text, sorted by name."""
    docs = []
    for path in sorted(data.rglob("*.tml")):
        made = article_text(path.read_text("utf-8"))
        if made is None:
            print(f"{path.name}: no creation day (DCT); left out", file=sys.stderr)
            continue
        text, day, title = made
        docs.append(StoryDoc(path.stem, day, title, text))
    return docs


def _body(doc: StoryDoc) -> str:
    """The article's paragraphs (its title and date line left out)."""
    return doc.text.split("\n\n", 2 if doc.title else 1)[-1]


def _tf_idf(counts: list[Counter[str]]) -> list[dict[str, float]]:
    """Each count's TF-IDF vector (log term frequency), normalised to length 1."""
    df = Counter(w for c in counts for w in c)
    vectors = []
    for c in counts:
        v = {w: (1 + math.log(n)) * math.log(len(counts) / df[w]) for w, n in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    return vectors


def _vectors(docs: list[StoryDoc]) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """Each article's words (less stopwords) and names, as TF-IDF vectors."""
    stop = lexicon()["stopwords"]
    words = [
        Counter(w for w in map(str.lower, _WORD.findall(_body(d))) if w not in stop and len(w) > 2)
        for d in docs
    ]
    names = [Counter(n.lower() for n in _NAME.findall(_body(d))) for d in docs]
    return _tf_idf(words), _tf_idf(names)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two unit vectors kept as dicts."""
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def clusters(docs: list[StoryDoc]) -> list[tuple[StoryDoc, ...]]:
    """Connected groups (two articles or more) of articles close in day, words and names,
    each earliest first, the groups in order of their earliest article."""
    words, names = _vectors(docs)
    graph = networkx.Graph()
    for i, a in enumerate(docs):
        for j in range(i + 1, len(docs)):
            if (
                abs((a.day - docs[j].day).days) <= MAX_DAYS
                and cosine(words[i], words[j]) >= WORDS_COSINE
                and cosine(names[i], names[j]) >= NAMES_COSINE
            ):
                graph.add_edge(i, j)
    groups = [
        tuple(sorted((docs[i] for i in group), key=lambda d: (d.day, d.name)))
        for group in networkx.connected_components(graph)
    ]
    return sorted(groups, key=lambda g: (g[0].day, g[0].name))


def stories(docs: list[StoryDoc]) -> list[Story]:
    """The clusters as stories, each with its part by its id's salted hash."""
    return [Story(group[0].name, part_of(group[0].name), group) for group in clusters(docs)]


def write_story(story: Story, folder: Path) -> Path:
    """The story's article texts in `folder`/<id>/, one `<name>.txt` each; the folder."""
    out = folder / story.id
    out.mkdir(parents=True, exist_ok=True)
    for doc in story.docs:
        (out / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
    return out


def describe(found: Iterable[Story]) -> list[str]:
    """One line per story and one per article in it, for a person to check."""
    lines = []
    for story in found:
        lines.append(f"{story.id} ({story.part}, {len(story.docs)} articles)")
        for doc in story.docs:
            lines.append(f"    {doc.day} {doc.name} {doc.title or doc.text.split(chr(10))[2][:70]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the tbaq folder")
    args = parser.parse_args(argv)
    docs = read_docs(args.data)
    if not docs:
        print(f"TBAQ data not found in {args.data}: no stories.")
        return 0
    found = stories(docs)
    print("\n".join(describe(found)))
    for part in ("read", "unread"):
        mine = [s for s in found if s.part == part]
        print(f"{part}: {len(mine)} stories, {sum(len(s.docs) for s in mine)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
