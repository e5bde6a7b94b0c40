"""Every actor the build finds in each article of one half of a text folder, saved, so that
a change's effect is counted against a saved run: names added, removed, and how many of
the actors are named only in a photo caption.

Usage: .venv/bin/python bench/actor_list.py read|unread [--save FILE] [--diff FILE]
[--judged FILE] [--corpus] [FOLDER]   (default folder: ../shared/bench/article-extraction/text)

Each article's own actors by default; `--corpus` lists what a reader of the half built as one
briefing sees instead: the actors after corpus-wide resolution (a state that is only a venue
or a nationality everywhere is gone), under each article that mentions them.

`--judged FILE` (read half only) scores the listed actors against a hand-judged sample such
as `bench/actor_judged_text_read.tsv`: how many of its lines are still listed, by verdict.

On the read half the names are printed (`--diff`: the ones added and removed). On the
unread half nothing but counts is printed, and a saved list holds digests, not names
(`bench/split.py`: that half is only scored).
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from saved_list import save_and_diff  # noqa: E402
from split import select  # noqa: E402

from generator.actors import resolve_actors  # noqa: E402
from generator.actors.local import extract_actors  # noqa: E402
from generator.actors.texts import CAPTION  # noqa: E402
from generator.clean import clean  # noqa: E402
from generator.ingest import read_article  # noqa: E402
from generator.metadata import extract_metadata  # noqa: E402
from generator.models import Article, ArticleActors  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "bench" / "article-extraction" / "text"


def analysed(path: Path) -> tuple[Article, ArticleActors]:
    """One file through clean, metadata and the actors stage."""
    article = extract_metadata(clean(read_article(path, path.name, path.stem)))
    return article, extract_actors(article)


def article_actors(path: Path) -> list[tuple[str, str, bool]]:
    """(type, name, named only in the caption) of each actor of one file, sorted."""
    found = analysed(path)[1]
    parts: dict[str, set[str]] = {}
    for mention in found.mentions:
        parts.setdefault(mention.actor, set()).add(mention.paragraph)
    return sorted((a.type, a.name, parts.get(a.key) == {CAPTION}) for a in found.actors)


def corpus_actors(files: list[Path]) -> dict[Path, list[tuple[str, str, bool]]]:
    """Per file, (type, name, named there only in the caption) of each corpus actor it names."""
    pairs = [analysed(path) for path in files]
    index = resolve_actors([a for a, _ in pairs], [f for _, f in pairs])
    by_id = {article.id: path for (article, _), path in zip(pairs, files, strict=True)}
    out: dict[Path, list[tuple[str, str, bool]]] = {path: [] for path in files}
    for actor in index.actors:
        parts: dict[str, set[str]] = {}
        for mention in actor.mentions:
            parts.setdefault(mention.article, set()).add(mention.paragraph)
        for article_id, where in parts.items():
            out[by_id[article_id]].append((actor.type, actor.name, where == {CAPTION}))
    return {path: sorted(found) for path, found in out.items()}


def entry(path: Path, kind: str, name: str, hidden: bool) -> str:
    """One actor as a saved line; on the unread half a digest of it."""
    text = f"{path.stem[:12]}\t{kind}\t{name}"
    return hashlib.sha1(text.encode()).hexdigest()[:16] if hidden else text


def run(files: list[Path], hidden: bool, corpus: bool = False) -> tuple[set[str], int]:
    """The saved lines of every actor, and how many are named only in a caption."""
    lines: set[str] = set()
    caption_only = 0
    found = corpus_actors(files) if corpus else {path: article_actors(path) for path in files}
    for path in files:
        for kind, name, only in found[path]:
            lines.add(entry(path, kind, name, hidden))
            caption_only += only
            if only and not hidden:
                print(f"caption only\t{path.stem[:12]}\t{kind}\t{name}")
    return lines, caption_only


def judged_counts(lines: set[str], judged: Path) -> Counter[str]:
    """Verdicts of the hand-judged lines (article, type, name) still listed."""
    counts: Counter[str] = Counter()
    lines = {line.replace("\n", "|") for line in lines}  # the file writes a line break "|"
    for row in judged.read_text("utf-8").splitlines():
        if row and not row.startswith("#"):
            article, kind, name, verdict = row.split("\t")[:4]
            if f"{article}\t{kind}\t{name}" in lines:
                counts[verdict] += 1
    return counts


def main(argv: list[str]) -> int:
    named = ("--save", "--diff", "--judged")
    options = {k: v for k, v in zip(argv, argv[1:], strict=False) if k in named}
    corpus = "--corpus" in argv
    args = [a for a in argv if a not in options and a not in options.values() and a != "--corpus"]
    part = args[0] if args else "read"
    folder = Path(args[1]) if len(args) > 1 else DEFAULT
    if part not in ("read", "unread") or not folder.is_dir():
        print(
            f"usage: actor_list.py read|unread [--save FILE] [--diff FILE] [--judged FILE] [--corpus] [FOLDER]; got {argv}"
        )
        return 2
    hidden = part == "unread"
    files = sorted(folder / name for name in select((p.name for p in folder.iterdir()), part))
    lines, caption_only = run(files, hidden, corpus)
    print(f"{part}: {len(files)} articles, {len(lines)} actors, {caption_only} only in a caption")
    save_and_diff(lines, options, hidden, f"{part}: ")
    if "--judged" in options and not hidden:
        counts = judged_counts(lines, Path(options["--judged"]))
        total = sum(counts.values())
        shown = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(
            f"judged sample: {total} still listed ({shown}); precision {counts['right'] / total:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
