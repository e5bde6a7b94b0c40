"""List the actors the name tagger adds to each article of one half of a text folder.

Usage: .venv/bin/python bench/ner_added.py [read|unread|both] [--count] [FOLDER]
(default: read half of ../shared/bench/article-extraction/text)

Each article goes through the build's own steps (read, clean, metadata, `extract_actors`)
twice: with the tagger and with the rules alone. An actor is "added" when its (name, type)
is in the first list and not in the second, "removed or retyped" when it is only in the
second: a weak rule person the tagger and the article's evidence retyped or dropped
(`ner_evidence`). `--count` prints only the totals, which is all
that may be looked at on the unread half (`bench/split.py`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from split import select  # noqa: E402

from generator.actors import recognise  # noqa: E402
from generator.actors.local import extract_actors  # noqa: E402
from generator.clean import clean  # noqa: E402
from generator.ingest import read_article  # noqa: E402
from generator.metadata import extract_metadata  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "bench" / "article-extraction" / "text"


def actors_of(path: Path, tagger: bool) -> set[tuple[str, str]]:
    """(name, type) of the actors a build finds in one file, with or without the tagger."""
    article = extract_metadata(clean(read_article(path, path.name, path.stem)))
    if tagger:
        found = extract_actors(article)
    else:
        with mock.patch.object(recognise, "add_tagged", lambda t, x, head, body: (head, body)):
            found = extract_actors(article)
    return {(a.name, a.type) for a in found.actors}


def main(argv: list[str]) -> int:
    count = "--count" in argv
    args = [a for a in argv if a != "--count"]
    part = args[0] if args else "read"
    folder = Path(args[1]) if len(args) > 1 else DEFAULT
    if part not in ("read", "unread", "both") or not folder.is_dir():
        print(f"usage: ner_added.py [read|unread|both] [--count] [FOLDER]; got {argv}")
        return 2
    files = [folder / name for name in select((p.name for p in folder.iterdir()), part)]
    if part == "unread":
        count = True  # never look at the unread half's names
    rules_total = tagged_total = added_total = removed_total = 0
    for path in files:
        with_tagger, rules_only = actors_of(path, True), actors_of(path, False)
        added, removed = sorted(with_tagger - rules_only), sorted(rules_only - with_tagger)
        rules_total += len(rules_only)
        tagged_total += len(with_tagger)
        added_total += len(added)
        removed_total += len(removed)
        if not count:
            for name, kind in added:
                print(f"{path.stem[:12]}\t+\t{kind}\t{name}")
            for name, kind in removed:
                print(f"{path.stem[:12]}\t-\t{kind}\t{name}")
    print(
        f"{part}: {len(files)} articles; actors rules only {rules_total}, with tagger "
        f"{tagged_total}; added {added_total}, removed or retyped {removed_total}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
