"""Seeds folder → RawArticle per readable file, plus one problem line per refused file.

Reading is the only stage that sees bytes. It decides the encoding (BOM first, then
strict UTF-8, then UTF-16 without a BOM, then the most plausible of the candidate
encodings, see `decoding`, which is reported), normalises
newlines, and refuses what cannot be an article: empty or blank files, binary data,
files over `MAX_BYTES`, links that lead outside the corpus, and exact copies of a
file already read.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from .models import RawArticle
from .problems import Problem
from .text.decoding import choose
from .website.outputs import is_output_folder

MAX_BYTES = 5 * 1024 * 1024
"""Larger files are refused: no news article is 5 MiB of text, a data dump is."""

FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class NotAnArticle(Exception):
    """The bytes cannot be read as article text; the message says why."""


def decode(data: bytes, html: bool = False) -> tuple[str, str, tuple[str, ...]]:
    """Bytes → (text, encoding, warnings). Raises NotAnArticle for empty or binary data.
    `html`: a saved page's character references to those controls go too."""
    if not data.strip():
        raise NotAnArticle("empty file" if not data else "blank file (only whitespace)")
    text, encoding, warnings = _decode_text(data)
    if "\x00" in text:
        raise NotAnArticle("binary data (contains NUL bytes)")
    if _control_share(text) > 0.05:
        raise NotAnArticle("binary data (too many control characters)")
    text = _normalise(text)
    if not text.strip():
        raise NotAnArticle("blank file (only whitespace)")
    removed = c1_read = 0
    if _CONTROL.search(text):  # one scan for the usual text, which has neither (NUL refused above)
        text, removed = _STRAY_CONTROL.subn("", text)
        text, c1_read, c1_removed = _c1_as_cp1252(text)
        removed += c1_removed
    if html and "&#" in text:
        text, referenced = _CONTROL_REFERENCE.subn("", text)
        text, removed = _SPACE_REFERENCE.sub(" ", text), removed + referenced
    if removed:
        warnings = (*warnings, f"{removed} control character(s) removed (terminal escapes, bells)")
    if c1_read:
        warnings = (*warnings, f"{c1_read} {C1_READ}")
    return text, encoding, warnings


C1_READ = "C1 control character(s) read as the Windows-1252 punctuation they stand for"


def _c1_as_cp1252(text: str) -> tuple[str, int, int]:
    """(text, C1 controls read as cp1252, C1 controls removed): see `_C1_AS_CP1252`."""
    found = _C1.findall(text)
    if not found:
        return text, 0, 0
    removed = sum(1 for c in found if not _C1_AS_CP1252[ord(c)])
    return text.translate(_C1_AS_CP1252), len(found) - removed, removed


def _decode_text(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Bytes → (text, encoding, warnings): the BOM's encoding, else UTF-8, else a guess.
    The text is checked by the caller whichever way it was decoded (a BOM included)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding, ()
            except UnicodeDecodeError as error:
                raise NotAnArticle(
                    f"starts with a {encoding} mark but is not {encoding}: {error.reason}"
                ) from None
    try:
        if b"\x00" in data:  # valid UTF-8 too, but only UTF-16 text has NUL bytes
            raise UnicodeDecodeError("utf-8", data, 0, 1, "NUL byte")
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        text, encoding, warning = _guess(data)
        return text, encoding, (warning,)


def _guess(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, warning) for bytes that are not UTF-8 (see `decoding`).

    NUL bytes are only text in UTF-16 without a BOM (NUL on every other byte).
    """
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise NotAnArticle("binary data (contains NUL bytes)")
        try:
            return data.decode(encoding), encoding, f"not UTF-8; read as {encoding} (detected)"
        except UnicodeDecodeError:
            raise NotAnArticle("binary data (contains NUL bytes)") from None
    choice = choose(data)
    reading = choice.reading
    if reading.note:
        return reading.text, reading.encoding, f"not all UTF-8: {reading.note}"
    if choice.rivals:
        others = ", ".join(choice.rivals[:3]) + (", …" if len(choice.rivals) > 3 else "")
        return (
            reading.text,
            reading.encoding,
            f"not UTF-8; read as {reading.encoding} (a guess: {others} read as plausibly; "
            "check its accented letters, or save the file as UTF-8)",
        )
    return reading.text, reading.encoding, f"not UTF-8; read as {reading.encoding} (detected)"


def _utf16_without_bom(data: bytes) -> str | None:
    """`utf-16-le`/`-be` when NULs sit on every other byte of the first KiBs, else None."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    even_nuls = even.count(0) > 0.3 * max(len(even), 1)
    odd_nuls = odd.count(0) > 0.3 * max(len(odd), 1)
    if odd_nuls and not even.count(0):
        return "utf-16-le"
    if even_nuls and not odd.count(0):
        return "utf-16-be"
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""Unicode category Cc (C0, DEL, C1) less the whitespace controls \\t \\n \\v \\f \\r."""


_STRAY_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
"""C0 controls and DEL that are no whitespace (ESC, BEL, backspace…): no letter of any
language, and in an export a terminal would obey them (`cat events.csv`)."""

_C1 = re.compile("[\x80-\x9f]")
_C1_AS_CP1252 = {
    code: bytes([code]).decode("cp1252", errors="ignore") for code in range(0x80, 0xA0)
}
"""Each C1 control (U+0080-U+009F) as the character Windows-1252 has for its byte, or
nothing for the five bytes it leaves undefined. No language writes with C1 controls; in
text they are Windows-1252 punctuation once read as Latin-1 (U+0092 for ’, U+0093 for “),
which is how HTML reads a page's `&#146;` and its `iso-8859-1` label too, and a terminal
showing an export may obey U+009B (CSI) as it obeys ESC. Which encoding a file is read in
is not changed by this: `text.decoding` scores C1 controls as evidence of a wrong reading
(a Windows-1252 file is read as Windows-1252, not Latin-1)."""


_CONTROL_REFERENCE = re.compile(
    r"&#(?:x0*(?:[1-8ef]|1[0-9a-f]|7f)(?![0-9a-f])|0*(?:[1-8]|1[4-9]|2[0-9]|3[01]|127)(?![0-9]));?",
    re.IGNORECASE,
)
"""A saved page's character reference to a C0 control that is no whitespace, or DEL
(`&#x1b;`, `&#7;`, with or without its `;`, as HTML reads them): it is that character, and
lxml reads it into the text, where trafilatura then found no body at all (one `&#x1b;`
lost the whole article, 'no article text found')."""
_SPACE_REFERENCE = re.compile(r"&#(?:x0*[bc](?![0-9a-f])|0*1[12](?![0-9]));?", re.IGNORECASE)
"""A reference to a vertical tab or form feed, which break trafilatura the same way: the
space they are."""


def _control_share(text: str) -> float:
    """Share of control characters in the first 20,000: a regex count, not a Python loop
    over characters (that loop was most of the reading time)."""
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def _normalise(text: str) -> str:
    """CRLF and CR → LF; drop a stray BOM and other invisible format characters at the start."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.lstrip("\ufeff")


def read_article(path: Path, source: str, article_id: str) -> RawArticle:
    """One file → RawArticle. Raises NotAnArticle naming the problem."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise NotAnArticle(f"unsupported file type {path.suffix!r}")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise NotAnArticle(f"too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
    data = path.read_bytes()
    text, encoding, warnings = decode(data, html=fmt == "html")
    return RawArticle(
        id=article_id, source=source, text=text, format=fmt, encoding=encoding, warnings=warnings
    )


HIDDEN_ARTICLE = "skipped: a hidden file (its name starts with a dot); rename it to build it"
"""Said of a hidden file with an article's suffix (a draft put aside, or a copy a tool
left); other hidden files (`.DS_Store`, editors' swap files) are skipped without a word."""


def _candidates(seeds_dir: Path, problems: list[Problem]) -> Iterator[Path]:
    """Every file below the seeds folder, in sorted order; hidden entries skipped (a hidden
    file with an article's suffix reported in `problems`).

    Links to folders are yielded too (never followed), so that they can be reported.
    A folder that cannot be read, or that holds the generator's own output (it carries
    the output marker), is reported in `problems` and not entered.
    """

    def unreadable(error: OSError) -> None:
        where = Path(error.filename or seeds_dir)
        source = where.relative_to(seeds_dir).as_posix() if where != seeds_dir else "."
        problems.append(
            Problem(source, f"skipped: cannot read this folder ({error.strerror or error})")
        )

    for root, dirs, files in os.walk(seeds_dir, onerror=unreadable, followlinks=False):
        kept = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            folder = Path(root) / name
            if not folder.is_symlink() and is_output_folder(folder):
                source = folder.relative_to(seeds_dir).as_posix()
                problems.append(Problem(source, "skipped: a folder of generated output"))
            else:
                kept.append(name)
        dirs[:] = kept
        linked = [d for d in dirs if (Path(root) / d).is_symlink()]
        for name in sorted([*files, *linked]):
            if not name.startswith("."):
                yield Path(root) / name
            elif Path(name).suffix.lower() in FORMATS:
                source = (Path(root) / name).relative_to(seeds_dir).as_posix()
                problems.append(Problem(source, HIDDEN_ARTICLE))


def read_seeds(seeds_dir: Path) -> tuple[list[RawArticle], list[Problem]]:
    """Read every article below `seeds_dir`; refused files become Problems, never exceptions."""
    problems: list[Problem] = []
    articles = [raw for raw, _path, _digest in read_each(seeds_dir, problems)]
    return articles, problems


Reader = Callable[[Path, str, str], "tuple[Any, str] | str"]
"""(file, source, article id) → (the article, its text's sha256), or why it is refused."""


def read_each(
    seeds_dir: Path, problems: list[Problem], read: Reader | None = None
) -> Iterator[tuple[Any, Path, str]]:
    """(article, its file, its text's sha256) for each article below `seeds_dir`, one at a
    time (the caller decides what to keep); refused files are added to `problems`. `read`:
    how one file is read (by default `read_with_digest`; the build's may know a page
    without reading it, see run/seen_pages.py); its article needs an `id` and `warnings`."""
    seeds_dir = seeds_dir.resolve()
    seen_ids: set[str] = set()
    seen_digests: dict[str, str] = {}
    for path in _candidates(seeds_dir, problems):
        source = path.relative_to(seeds_dir).as_posix()
        refusal = _path_refusal(path, source, seeds_dir)
        if refusal is not None:
            problems.append(Problem(source, refusal))
            continue
        article_id = _unique_id(path.stem, seen_ids)
        got = (read or read_with_digest)(path, source, article_id)
        if isinstance(got, str):
            problems.append(Problem(source, got))
            continue
        raw, digest = got
        if digest in seen_digests:
            problems.append(Problem(source, f"skipped: same text as {seen_digests[digest]}"))
            continue
        seen_digests[digest] = source
        seen_ids.add(article_id)
        if article_id != path.stem:
            raw = _renamed(raw, path.stem)
        for warning in raw.warnings:
            problems.append(Problem(source, f"warning: {warning}"))
        yield raw, path, digest


def _path_refusal(path: Path, source: str, seeds_dir: Path) -> str | None:
    """Why a candidate is not read, from its name, link and kind alone (None: read it)."""
    refusal = _name_or_link_problem(path, source)
    if refusal is not None:
        return refusal
    if path.is_symlink():
        target = path.resolve()
        kind = "folder" if target.is_dir() else "file"
        if not target.is_relative_to(seeds_dir):
            return f"skipped: a link to a {kind} outside the seeds folder"
        if kind == "folder":
            return "skipped: a link to a folder (its files are read where they are)"
    if path.suffix.lower() not in FORMATS:
        return f"skipped: not an article file ({path.suffix or 'no extension'}; expected .txt, .md, .html or .htm)"
    if not path.is_file():
        return "skipped: not a regular file"
    return None


def read_with_digest(path: Path, source: str, article_id: str) -> tuple[RawArticle, str] | str:
    """(the article, its text's sha256), or why it was skipped."""
    raw = _read_or_refuse(path, source, article_id)
    if isinstance(raw, str):
        return raw
    return raw, hashlib.sha256(raw.text.encode("utf-8")).hexdigest()


def _read_or_refuse(path: Path, source: str, article_id: str) -> RawArticle | str:
    """The article, or why it was skipped when its bytes are no article or cannot be read."""
    try:
        return read_article(path, source, article_id)
    except NotAnArticle as error:
        return f"skipped: {error}"
    except OSError as error:
        return f"skipped: cannot read ({error.strerror or error})"


def _renamed(raw, stem: str):
    """The article under the unique id it was given, with a warning naming the taken one."""
    return replace(
        raw, warnings=(*raw.warnings, f"id {stem!r} already used; this article is {raw.id!r}")
    )


def _name_or_link_problem(path: Path, source: str) -> str | None:
    """Why a file cannot even be looked at: a name that is not UTF-8, or a link that loops."""
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return "skipped: the file name is not valid UTF-8 (rename the file)"
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except (OSError, RuntimeError):
            return "skipped: a link that loops or leads nowhere"
    return None


def _unique_id(stem: str, seen: set[str]) -> str:
    """The file stem, or stem-2, stem-3… when another file already has it."""
    if stem not in seen:
        return stem
    number = 2
    while f"{stem}-{number}" in seen:
        number += 1
    return f"{stem}-{number}"
