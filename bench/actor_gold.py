"""Actor recall and precision of the build against hand-written gold (`bench/actors_gold_read.json`).

Usage: .venv/bin/python bench/actor_gold.py read|unread [--gold FILE] [--corpus] [FOLDER]
(default folder: ../shared/bench/article-extraction/text; a gold file that lists "folders",
as `bench/actors_gold_read2.json` does, is read against those folders of ../shared/bench)

A gold article's key is its file's id (the name less its endings) or the id's first 12
characters (the long hashes of article-extraction); a key that two read files answer to is
refused, since their actors would be scored against one article's gold.

For each gold article, a gold actor is *found* when a listed actor of that article (as
`bench/actor_list.py` lists them; `--corpus`: after corpus-wide resolution) carries one of
its names, name or alias, case and a leading "the" ignored. Recall is found / expected.
A listed actor is *right* when it carries a name of an expected actor, *passable* when only of
an "acceptable" one (named in passing: counted neither way) and *false* otherwise; precision
is right / (listed - passable). On the read half the misses and false actors are printed; the
unread half has no gold (it is only scored), so only its counts are printed. Per article
(without `--corpus`) a second line leaves out the states that are no party in their article:
only a venue or a nationality word there (`LocalActor.venue_only`).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from actor_list import DEFAULT, analysed  # noqa: E402
from split import item_id, select  # noqa: E402

from generator.actors import resolve_actors  # noqa: E402
from generator.models import STATE  # noqa: E402

GOLD = Path(__file__).resolve().parent / "actors_gold_read.json"
SHARED = ROOT.parent / "shared" / "bench"


def folded(name: str) -> str:
    """A name compared: case folded, spaces collapsed, a leading "the" and curly quotes dropped."""
    text = " ".join(name.replace("’", "'").replace("|", " ").split()).casefold()
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True)
class Listed:
    """One listed actor of an article: its type, name and every name it carries."""

    type: str
    name: str
    names: frozenset[str]
    party: bool = True
    """Not a state that is only a venue or a nationality in the article (`LocalActor.venue_only`)."""


@dataclass(frozen=True)
class Score:
    """One article's (or a total's) counts against the gold."""

    expected: int = 0
    found: int = 0
    listed: int = 0
    right: int = 0
    passable: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)))

    def counts(self) -> tuple[int, int, int, int, int]:
        """The five counts, in field order."""
        return (self.expected, self.found, self.listed, self.right, self.passable)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        judged = self.listed - self.passable
        return self.right / judged if judged else 1.0


def gold_names(entries: list[dict]) -> list[frozenset[str]]:
    """Each gold actor's folded names."""
    return [frozenset(folded(n) for n in (e["name"], *e.get("aliases", ()))) for e in entries]


def score_article(gold: dict, listed: list[Listed]) -> tuple[Score, list[str], list[Listed]]:
    """An article's score, its missed gold names and its false actors."""
    expected = gold_names(gold["expected"])
    acceptable = gold_names(gold.get("acceptable", []))
    carried = set().union(*(a.names for a in listed)) if listed else set()
    missed = [
        gold["expected"][i]["name"] for i, names in enumerate(expected) if not names & carried
    ]
    right = [a for a in listed if any(a.names & names for names in expected)]
    passable = [
        a for a in listed if a not in right and any(a.names & names for names in acceptable)
    ]
    false = [a for a in listed if a not in right and a not in passable]
    score = Score(
        len(expected), len(expected) - len(missed), len(listed), len(right), len(passable)
    )
    return score, missed, false


def listed_actors(
    files: list[Path], corpus: bool, keys: set[str] | None = None
) -> dict[str, list[Listed]]:
    """Per article (its gold key: `gold_key`) the actors the build lists for it."""
    pairs = [analysed(path) for path in files]
    key_of = {
        article.id: gold_key(path.name, keys) or article.id[:12]
        for (article, _), path in zip(pairs, files, strict=True)
    }
    if not corpus:
        return {
            key_of[article.id]: [
                Listed(
                    a.type,
                    a.name,
                    frozenset(folded(n) for n in (a.name, *a.aliases)),
                    not (a.venue_only and a.type == STATE),
                )
                for a in found.actors
            ]
            for article, found in pairs
        }
    index = resolve_actors([a for a, _ in pairs], [f for _, f in pairs])
    out: dict[str, list[Listed]] = {key_of[article.id]: [] for article, _ in pairs}
    for actor in index.actors:
        names = frozenset(folded(n) for n in (actor.name, *actor.aliases))
        for article in sorted({m.article for m in actor.mentions}):
            out[key_of[article]].append(Listed(actor.type, actor.name, names))
    return out


def report(gold: dict, found: dict[str, list[Listed]]) -> Score:
    """Print each article's misses and false actors; return the total."""
    total = Score()
    for key in sorted(gold):
        score, missed, false = score_article(gold[key], found.get(key, []))
        total += score
        print(
            f"{key}\trecall {score.found}/{score.expected}\tprecision {score.right}/{score.listed - score.passable}"
        )
        for name in missed:
            print(f"  missed\t{name}")
        for actor in sorted(false, key=lambda a: (a.type, a.name)):
            print(f"  false\t{actor.type}\t{actor.name}")
    return total


def gold_key(file_name: str, keys: set[str] | None = None) -> str | None:
    """The gold key a file answers to: its id when that is a key, else the id's first 12
    characters (when that is a key, or always when `keys` is None); None otherwise."""
    ident = item_id(file_name)
    if keys is not None and ident in keys:
        return ident
    return ident[:12] if keys is None or ident[:12] in keys else None


class AmbiguousKey(ValueError):
    """Two read files answer to one gold key: their actors would meet one article's gold."""


def read_files(folders: list[Path], part: str, keys: set[str] | None) -> list[Path]:
    """One part's files of each folder, sorted; only the gold's articles when `keys` is given.

    Raises AmbiguousKey when two of those files answer to one key.
    """
    files = [
        folder / name
        for folder in folders
        for name in select((p.name for p in folder.iterdir()), part)  # type: ignore[arg-type]
    ]
    chosen = sorted(f for f in files if keys is None or gold_key(f.name, keys) is not None)
    seen: dict[str, Path] = {}
    for path in chosen if keys is not None else ():
        key = gold_key(path.name, keys) or ""
        if key in seen:
            raise AmbiguousKey(f"gold key {key!r} names both {seen[key].name} and {path.name}")
        seen[key] = path
    return chosen


def main(argv: list[str]) -> int:
    options = {k: v for k, v in zip(argv, argv[1:], strict=False) if k == "--gold"}
    corpus = "--corpus" in argv
    args = [a for a in argv if a not in options and a not in options.values() and a != "--corpus"]
    part = args[0] if args else "read"
    folder = Path(args[1]) if len(args) > 1 else DEFAULT
    if part not in ("read", "unread") or not folder.is_dir():
        print(f"usage: actor_gold.py read|unread [--gold FILE] [--corpus] [FOLDER]; got {argv}")
        return 2
    data = json.loads(Path(options.get("--gold", GOLD)).read_text("utf-8"))
    folders = [SHARED / name for name in data.get("folders", ())] or [folder]
    gold = data["articles"]
    keys = None if corpus or part == "unread" else set(gold)
    try:
        files = read_files(folders, part, keys)
    except AmbiguousKey as error:
        print(error)
        return 2
    found = listed_actors(files, corpus, set(gold))
    listed = sum(len(v) for v in found.values())
    if part == "unread":
        print(f"unread: {len(found)} articles, {listed} actors listed (no gold: only counted)")
        return 0
    unknown = sorted(set(gold) - set(found))
    if unknown:
        print(f"gold articles not in the read part of {folders}: {', '.join(unknown)}")
        return 2
    total = report(gold, found)
    print(
        f"gold: {len(gold)} articles, {total.expected} expected actors, recall "
        f"{total.recall:.3f} ({total.found}); precision {total.precision:.3f} "
        f"({total.right} of {total.listed - total.passable}; {total.passable} named in passing)"
    )
    if not corpus:
        parties = Score()
        for key in sorted(gold):
            listed_here = [a for a in found.get(key, []) if a.party]
            parties += score_article(gold[key], listed_here)[0]
        print(
            f"states as parties only (no state that is only a venue or a nationality in its article): "
            f"recall {parties.recall:.3f} ({parties.found}); precision {parties.precision:.3f} "
            f"({parties.right} of {parties.listed - parties.passable})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
