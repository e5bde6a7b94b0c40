"""What reading learnt of each saved HTML page, kept by the file's status across builds.

Reading decodes every seed file to find its encoding, its warnings and its text's digest;
an HTML page's text is then dropped until extraction reads it again (`deferred`), and
extraction of an unchanged page is a cache hit keyed on that digest. So for a page whose
file is as it was, reading it again at every build only costs time (most of the read step
of a large corpus). A page is taken as it was when its device, inode, size, mtime_ns and
ctime_ns are all those kept with its digest, and the status was older than the moment it
was taken by `RACY_NS` (a file changed within the same clock tick as the read could keep
its mtime; ctime cannot be set back by a program, unlike mtime). The whole file is
ignored when the generator changed (its decoding may have). Anything unreadable is a miss.
A page whose text did change after all is still checked where it is extracted
(`deferred.loaded` compares the digest), and its extraction is keyed on the kept digest.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "seen-pages.json"
"""In the cache folder, beside the article cache."""
RACY_NS = 2_000_000_000
"""A status younger than this when it was taken is not trusted (coarse file clocks)."""


@dataclass(frozen=True)
class Seen:
    """One page as reading found it: its file's status and what decoding gave."""

    status: tuple[int, int, int, int, int]
    """(st_dev, st_ino, st_size, st_mtime_ns, st_ctime_ns), taken before the file was read."""
    taken_ns: int
    """The wall clock when the status was taken."""
    encoding: str
    warnings: tuple[str, ...]
    digest: str


def status_of(path: Path) -> tuple[int, int, int, int, int]:
    """The parts of a file's status that change when its bytes do."""
    st = os.stat(path)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def trusted(seen: Seen, status: tuple[int, int, int, int, int]) -> bool:
    """Whether a file with `status` is the one `seen` describes."""
    old_enough = max(seen.status[3], seen.status[4]) < seen.taken_ns - RACY_NS
    return old_enough and seen.status == status


class SeenPages:
    """The pages of the last build, by absolute path; the pages of this one, to save."""

    def __init__(self, known: dict[str, Seen] | None = None):
        self.known = known or {}
        self.now: dict[str, Seen] = {}

    def lookup(self, path: Path) -> Seen | None:
        """The kept reading of `path` when its file is unchanged (kept for this build too)."""
        key = str(path)
        seen = self.known.get(key)
        if seen is None:
            return None
        try:
            if not trusted(seen, status_of(path)):
                return None
        except OSError:
            return None
        self.now[key] = seen
        return seen

    def remember(self, path: Path, seen: Seen) -> None:
        self.now[str(path)] = seen

    def changed(self) -> bool:
        return self.now != self.known


def load(folder: Path | None, generator: str) -> SeenPages:
    """The pages kept in `folder` (none when there is no folder, no file, a damaged file,
    or one written by another `generator`: its digest, `cache.generator_digest`)."""
    if folder is None:
        return SeenPages()
    try:
        data = json.loads((folder / FILE_NAME).read_bytes())
        if data.get("generator") != generator:
            return SeenPages()
        return SeenPages(
            {
                path: Seen(tuple(e[0]), e[1], e[2], tuple(e[3]), e[4])
                for path, e in data["pages"].items()
            }
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return SeenPages()


def save(
    folder: Path | None, pages: SeenPages, generator: str, write: Callable[[Path, bytes], None]
) -> None:
    """Keep this build's pages (only those it read or found unchanged), sorted, with
    `write` (`cache.write_whole`); nothing is written when they are the kept ones."""
    if folder is None or not pages.changed():
        return
    entries = {
        path: [list(s.status), s.taken_ns, s.encoding, list(s.warnings), s.digest]
        for path, s in sorted(pages.now.items())
    }
    text = json.dumps({"generator": generator, "pages": entries}, separators=(",", ":"))
    write(folder / FILE_NAME, text.encode("utf-8"))


def now_ns() -> int:
    return time.time_ns()
