"""Writing output: the docs folder and the MkDocs site, each swapped into place whole.

Everything is first written into a temporary sibling folder; only a complete result
replaces the live one, by an atomic exchange of the two folders where the system offers
it (Linux `renameat2(RENAME_EXCHANGE)`), else by two renames with recovery on the next
run. So a failed or killed build leaves the previous `docs_src/` and `site/` whole.
A lock file keeps two builds from writing the same folders at once.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import logging
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path

from ..text.html_text import site_name as safe_site_name
from . import incremental, mkdocs_config, search_index
from .digests import digest_of, file_digests, files_below, holds_exactly, text_digests
from .outputs import MARKER, MARKER_TEXT
from .page_workers import WorkerFailed
from .swap import recover, swap_into_place, temporary_sibling

SHIM_NAME = "iframe-worker-shim.js"
SHIM = Path(__file__).parent.parent / "assets" / SHIM_NAME
"""Our own offline-search shim (see the file), copied into every site."""
SHIM_SITE_PATH = f"assets/javascripts/{SHIM_NAME}"
BUILD_STAMP = ".briefing-build"
"""A file in the site folder holding the hash of what it was built from."""


class SiteError(Exception):
    """The site could not be written or built; the message says why."""


class BuildLocked(SiteError):
    """Another build holds the lock."""


@contextmanager
def build_lock(folder: Path) -> Iterator[None]:
    """Hold `folder/.briefing.lock` for the duration of a build, or raise BuildLocked."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".briefing.lock"
    handle = open(path, "a+")  # noqa: SIM115 - held for the whole build
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EAGAIN, errno.EACCES):
                raise BuildLocked(
                    f"{path}: another build is running in this folder; wait for it to finish"
                ) from None
            raise
        yield
    finally:
        handle.close()


@contextmanager
def build_locks(folders: list[Path]) -> Iterator[None]:
    """Hold the lock of every folder, taken in sorted order (no two builds deadlock)."""
    with ExitStack() as stack:
        for folder in sorted({f.resolve() for f in folders}):
            stack.enter_context(build_lock(folder))
        yield


def make_world_readable(folder: Path) -> None:
    """Folders 0755, files 0644, whatever the umask or mkdtemp's 0700: a published site
    copied with `rsync -a` must be readable by the web server. A link is left alone (its
    target's mode is not the build's to change; `kept_files` keeps none)."""
    os.chmod(folder, 0o755)
    pending = [os.fspath(folder)]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_symlink():
                    continue
                if entry.is_dir(follow_symlinks=False):
                    os.chmod(entry.path, 0o755)
                    pending.append(entry.path)
                else:
                    os.chmod(entry.path, 0o644)


def read_tree(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` as {relative posix path: bytes}."""
    return {relative: _read(path) for relative, path in sorted(files_below(folder))}


def _read(path: str) -> bytes:
    """Plain os-level reads and writes: several times faster than Path.read_bytes and
    Path.write_bytes for thousands of small files (no buffered-file set-up per file)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _write(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _write_files(folder: Path, files: Mapping[str, bytes]) -> None:
    made: set[Path] = set()
    for name, data in files.items():
        _write(_made_parent(folder / name, made), data)


def _made_parent(path: Path, made: set[Path]) -> Path:
    """`path`, its folder made first unless `made` says it already was (and then is)."""
    if path.parent not in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        made.add(path.parent)
    return path


def tree_digest(files: Mapping[str, bytes]) -> str:
    """One digest of named files' bytes (the same as `digests.folder_digest` once written)."""
    return digest_of({name: hashlib.sha256(data).digest() for name, data in files.items()})


def _encode(files: Mapping[str, str]) -> dict[str, bytes]:
    return {name: text.encode("utf-8") for name, text in files.items()}


def write_files(folder: Path, files: Mapping[str, str | Iterable[str]]) -> None:
    """Write text files (UTF-8) below `folder`, making folders as needed. A file may be
    given as an iterable of pieces, each written as it comes (a large export is then
    never whole in memory)."""
    made: set[Path] = set()
    for name, text in files.items():
        path = _made_parent(folder / name, made)
        if isinstance(text, str):
            _write(path, text.encode("utf-8"))
            continue
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        with os.fdopen(fd, "wb", buffering=1 << 16) as handle:
            for piece in text:
                handle.write(piece.encode("utf-8"))


def write_docs(
    files: Mapping[str, str], docs_dir: Path, in_place: bool = False, staged: Path | None = None
) -> bool:
    """Make `docs_dir` hold exactly `files`. Returns False when it already did (nothing written).

    `in_place` writes only the changed files and deletes stale ones, without the swap: for
    `serve`, whose file watcher would lose a folder that is swapped away (swapped all the
    same when a link is found in it: `_holds_links`). `staged` is a
    `temporary_sibling` of `docs_dir` that already holds `files` (the renderer wrote them
    as it went): it is swapped in, or removed when nothing changed.
    """
    recover(docs_dir, keep=staged)
    wanted = _encode({**files, MARKER: MARKER_TEXT})
    current = read_tree(docs_dir)
    if current == wanted:
        if staged is not None:
            shutil.rmtree(staged, ignore_errors=True)
        return False
    if staged is not None:
        _swap_in(staged, docs_dir, {MARKER: wanted[MARKER]})
        return True
    if in_place and docs_dir.is_dir() and not _holds_links(docs_dir):
        for name in sorted(set(current) - set(wanted)):
            (docs_dir / name).unlink()
        _write_files(docs_dir, {k: v for k, v in wanted.items() if current.get(k) != v})
        return True
    _swap_in(temporary_sibling(docs_dir), docs_dir, wanted)
    return True


def _holds_links(folder: Path) -> bool:
    """Whether a file or folder below `folder` is a link. Written in place, the docs would
    be written through it, outside the folder; swapped, the folder is replaced whole and
    its links removed with it, never followed."""
    for root, dirs, files in os.walk(folder):
        if any(os.path.islink(os.path.join(root, name)) for name in (*dirs, *files)):
            return True
    return False


def _swap_in(staging: Path, docs_dir: Path, files: Mapping[str, bytes]) -> None:
    """Write `files` into `staging`, make it readable and swap it into place as `docs_dir`;
    `staging` is removed if any of it fails."""
    try:
        _write_files(staging, files)
        make_world_readable(staging)
        swap_into_place(staging, docs_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def find_mkdocs_config(folder: Path | None) -> Path | None:
    """The briefing folder's own mkdocs.yml (merged over the packaged one), if it has one.

    Only the briefing folder's: never the working folder's, which may be another corpus."""
    if folder is None:
        return None
    candidate = folder / "mkdocs.yml"
    return candidate.resolve() if candidate.is_file() else None


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def render_site(
    docs_dir: Path,
    out_dir: Path,
    site_name: str,
    mkdocs_yml: Path | None,
    serve_url: str | None = None,
    previous: Path | None = None,
    docs_digests: Mapping[str, bytes] | None = None,
    templates: Path | None = None,
) -> None:
    """Run MkDocs (strict) from `docs_dir` into `out_dir`, add the offline-search shim and
    our prebuilt search index with its worker (generator/website/search_index.py).

    `mkdocs_yml`: the briefing folder's own file, merged over the packaged one (None: the
    packaged one alone). `serve_url` is for `serve`: MkDocs then injects its live-reload
    script. `previous`: the last built site, whose unchanged pages are kept rather than
    rendered again (generator/website/incremental.py; not with `serve_url`); `docs_digests`:
    the docs' `file_digests`, when known (then not read again); `templates`: where the
    theme's compiled templates are kept between builds (None: compiled each time). Raises SiteError with
    MkDocs' own warnings when the build fails.
    """
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    collector = _Collect()
    shares = None
    mkdocs_logger = logging.getLogger("mkdocs")
    mkdocs_logger.addHandler(collector)
    previous_level = mkdocs_logger.level
    mkdocs_logger.setLevel(logging.WARNING)
    try:
        config = mkdocs_config.load(mkdocs_yml, docs_dir, out_dir, safe_site_name(site_name))
        if serve_url:
            config.site_url = serve_url
            build(config, serve_url=serve_url)
        elif incremental.available():
            key = site_key(site_name, mkdocs_yml)
            built = incremental.build(config, previous, key, docs_digests, templates)
            shares = built.search
        else:
            build(config)
    except (MkDocsException, SystemExit, OSError, ValueError, WorkerFailed) as error:
        details = "; ".join(collector.messages[:5]) or str(error) or type(error).__name__
        details = " ".join(details.split())  # one line, naming the file where MkDocs does
        raise SiteError(f"MkDocs could not build the site: {details}") from None
    finally:
        mkdocs_logger.removeHandler(collector)
        mkdocs_logger.setLevel(previous_level)
    if not (out_dir / "index.html").is_file():
        raise SiteError(f"MkDocs wrote no {out_dir / 'index.html'}")
    target = out_dir / SHIM_SITE_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHIM, target)
    try:
        search_index.install(out_dir, shares)
    except search_index.WorkerNotFound as error:
        raise SiteError(str(error)) from None


def site_key(site_name: str, mkdocs_yml: Path | None) -> str:
    """What every page of the site depends on besides its own source (see incremental),
    and the code of this package (what a page record holds is made here)."""
    own = mkdocs_yml.read_bytes() if mkdocs_yml else b""
    packaged = mkdocs_config.PACKAGE_MKDOCS_YML.read_bytes()
    code = [path.read_bytes() for path in sorted(Path(__file__).parent.glob("*.py"))]
    return incremental.site_key(
        [packaged, own, site_name.encode("utf-8"), SHIM.read_bytes(), *code]
    )


def docs_file_digests(digests: Mapping[str, str]) -> dict[str, bytes]:
    """What `file_digests` reads from a docs folder holding the rendered files ({path:
    SHA-256 hex of its text}) and the marker: the docs' digests known without reading them
    back (the build's stamp and the site's inputs)."""
    wanted = {name: bytes.fromhex(digest) for name, digest in digests.items()}
    wanted.update(text_digests({MARKER: MARKER_TEXT}))
    return dict(sorted(wanted.items()))


def stage_docs(digests: Mapping[str, str], docs_dir: Path, staged: Path) -> Path | None:
    """Complete the staged docs folder (the renderer wrote the files into it; `digests` is
    {path: SHA-256 hex of its text}): the folder to swap in for `docs_dir`, or None (and
    `staged` removed) when `docs_dir` already holds exactly those files. The live docs are
    compared by digest, one file at a time: never all in memory."""
    recover(docs_dir, keep=staged)
    wanted = docs_file_digests(digests)
    if holds_exactly(docs_dir, wanted):
        shutil.rmtree(staged, ignore_errors=True)
        return None
    _write(staged / MARKER, MARKER_TEXT.encode("utf-8"))
    make_world_readable(staged)
    return staged


def build_site(
    docs_dir: Path, site_dir: Path, site_name: str, mkdocs_yml: Path | None, force: bool = False
) -> bool:
    """Render `docs_dir` into a temporary folder, then swap it in for `site_dir`.

    Returns False when the site was already built from exactly these inputs (the stamp
    file in the site records a digest of the docs, mkdocs.yml, the title and the shim).
    """
    staged = stage_site(docs_dir, site_dir, site_name, mkdocs_yml, force)
    if staged is None:
        return False
    try:
        swap_into_place(staged, site_dir)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return True


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def stage_site(
    docs_dir: Path,
    site_dir: Path,
    site_name: str,
    mkdocs_yml: Path | None,
    force: bool = False,
    docs_digests: Mapping[str, bytes] | None = None,
    templates: Path | None = None,
) -> Path | None:
    """Render `docs_dir` into a temporary sibling of `site_dir`, returned to be swapped in
    by the caller; None when `site_dir` was already built from exactly these inputs.
    `docs_digests`: the docs' `file_digests` when the caller knows them (it just wrote the
    folder); else the folder is read for them. `templates`: see `render_site`."""
    site_dir = site_dir.resolve()
    recover(site_dir)
    # one file at a time: the docs are not held
    docs = dict(docs_digests) if docs_digests is not None else file_digests(docs_dir)
    inputs = dict(docs)
    inputs["\0mkdocs.yml"] = _sha256(mkdocs_config.PACKAGE_MKDOCS_YML.read_bytes())
    inputs["\0own mkdocs.yml"] = _sha256(mkdocs_yml.read_bytes() if mkdocs_yml else b"")
    inputs["\0site_name"] = _sha256(site_name.encode("utf-8"))
    inputs["\0shim"] = _sha256(SHIM.read_bytes())
    inputs["\0search"] = _sha256(b"\0".join(search_index.sources()))
    stamp = digest_of(inputs)
    stamp_file = site_dir / BUILD_STAMP
    built = stamp_file.is_file() and (site_dir / "index.html").is_file()
    if not force and built and stamp_file.read_text().strip() == stamp:
        return None
    staging = temporary_sibling(site_dir)
    try:
        previous = site_dir if built and not force else None
        render_site(
            docs_dir,
            staging,
            site_name,
            mkdocs_yml,
            previous=previous,
            docs_digests=docs,
            templates=templates,
        )
        (staging / BUILD_STAMP).write_text(stamp + "\n")
        (staging / MARKER).write_text(MARKER_TEXT)
        make_world_readable(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging
