"""Every actor the build finds in each article of one half of a text folder, saved, so that
a change's effect is counted against a saved run: names added, removed, and how many of
the actors are named only in a photo caption.

Usage: .venv/bin/python bench/actor_list.py read|unread [--save FILE] [--diff FILE] [FOLDER]
(default folder: ../shared/bench/article-extraction/text)

On the read half the names are printed (`--diff`: the ones added and removed). On the
unread half nothing but counts is printed, and a saved list holds digests, not names
(`bench/split.py`: that half is only scored).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from split import select  # noqa: E402

from generator.actors.local import extract_actors  # noqa: E402
from generator.actors.texts import CAPTION  # noqa: E402
from generator.clean import clean  # noqa: E402
from generator.ingest import read_article  # noqa: E402
from generator.metadata import extract_metadata  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "bench" / "article-extraction" / "text"


def article_actors(path: Path) -> list[tuple[str, str, bool]]:
    """(type, name, named only in the caption) of each actor of one file, sorted."""
    found = extract_actors(extract_metadata(clean(read_article(path, path.name, path.stem))))
    parts: dict[str, set[str]] = {}
    for mention in found.mentions:
        parts.setdefault(mention.actor, set()).add(mention.paragraph)
    return sorted((a.type, a.name, parts.get(a.key) == {CAPTION}) for a in found.actors)


def entry(path: Path, kind: str, name: str, hidden: bool) -> str:
    """One actor as a saved line; on the unread half a digest of it."""
    text = f"{path.stem[:12]}\t{kind}\t{name}"
    return hashlib.sha1(text.encode()).hexdigest()[:16] if hidden else text


def run(files: list[Path], hidden: bool) -> tuple[set[str], int]:
    """The saved lines of every actor, and how many are named only in a caption."""
    lines: set[str] = set()
    caption_only = 0
    for path in files:
        for kind, name, only in article_actors(path):
            lines.add(entry(path, kind, name, hidden))
            caption_only += only
            if only and not hidden:
                print(f"caption only\t{path.stem[:12]}\t{kind}\t{name}")
    return lines, caption_only


def main(argv: list[str]) -> int:
    options = {k: v for k, v in zip(argv, argv[1:], strict=False) if k in ("--save", "--diff")}
    args = [a for a in argv if a not in options and a not in options.values()]
    part = args[0] if args else "read"
    folder = Path(args[1]) if len(args) > 1 else DEFAULT
    if part not in ("read", "unread") or not folder.is_dir():
        print(f"usage: actor_list.py read|unread [--save FILE] [--diff FILE] [FOLDER]; got {argv}")
        return 2
    hidden = part == "unread"
    files = sorted(folder / name for name in select((p.name for p in folder.iterdir()), part))
    lines, caption_only = run(files, hidden)
    print(f"{part}: {len(files)} articles, {len(lines)} actors, {caption_only} only in a caption")
    if "--save" in options:
        Path(options["--save"]).write_text(json.dumps(sorted(lines), indent=0), "utf-8")
    if "--diff" in options:
        before = set(json.loads(Path(options["--diff"]).read_text("utf-8")))
        added, removed = sorted(lines - before), sorted(before - lines)
        if not hidden:
            print("\n".join([f"+\t{x}" for x in added] + [f"-\t{x}" for x in removed]))
        print(f"{part}: added {len(added)}, removed {len(removed)} (against {len(before)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
