"""The site theme's compiled templates kept between builds, each file sealed.

Jinja's own `FileSystemBytecodeCache` reads a kept file with `pickle.load` (the template's
checksum) and then `marshal.load` (its code), trusting whatever the cache folder holds: a
file put there by someone else ran on the next build, and a damaged one stopped it. Here a
file is read only when its header (this generator, this Python) and the SHA-256 of what
follows are right (`cache.sealed`); anything else is compiled again, never loaded.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from jinja2.bccache import Bucket, BytecodeCache

from ..cache import generator_digest, sealed, unsealed, write_whole

SUFFIX = ".template"


class SealedTemplates(BytecodeCache):
    """Compiled templates in `folder`, one sealed file per template (Jinja's bucket key)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, bucket: Bucket) -> Path:
        return self.folder / f"{bucket.key}{SUFFIX}"

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            payload = unsealed(self._path(bucket).read_bytes(), _header())
        except OSError:
            return
        if payload is None:
            return
        try:
            bucket.bytecode_from_string(payload)
        except Exception:  # noqa: BLE001 - sealed yet not loading: compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        write_whole(self._path(bucket), sealed(_header(), bucket.bytecode_to_string()))


@lru_cache(maxsize=1)
def _header() -> bytes:
    """The generator's digest and the Python that compiled the code (marshal's format)."""
    python = ".".join(map(str, sys.version_info[:3])) + sys.implementation.cache_tag
    return f"briefing template 1 {python} {generator_digest()}\n".encode()
