"""Bytes that are not UTF-8 → the most plausible text, and how sure that reading is.

charset-normalizer proposes candidate encodings, but on a short file its ranking is close
to a coin toss between code pages that share most letters (Latin-1 "Genève" came out as
cp1257 "Genčve"). So every candidate, plus Windows-1252, Latin-1 and "UTF-8 with stray
bytes", is decoded and scored by general evidence of a wrong reading, counted only on the
non-ASCII characters (the ASCII ones read the same in every candidate):

- control characters (C1 controls are what Latin-1 makes of Windows-1252 quotes),
  unassigned or private-use code points, the replacement character;
- symbols that are rare inside running text (superscripts, box drawing, macrons): what
  "ł" and "ą" become when Polish is read as Windows-1252;
- words that mix letters of two scripts ("GenХve") or flip from lower to upper case
  inside ("íÉÎÉÓÔÒ": KOI8-R Russian read as a Latin code page).

The lowest score wins. Readings within `TIE` of the best are equally plausible: the
preferred one wins (UTF-8, then Windows-1252, then charset-normalizer's order, then the
usual legacy code pages) and the caller is told the reading was a guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

SAMPLE = 20000
"""Characters scored per reading: enough evidence, bounded time on a large file."""

TIE = 0.02
"""Score difference (per non-ASCII character) below which two readings are equally good."""

_USUAL = (
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "koi8_r",
    "koi8_u",
    "iso8859_2",
    "iso8859_5",
    "iso8859_7",
    "mac_roman",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_kr",
)
"""Legacy encodings always tried after charset-normalizer's own candidates: it proposes
none at all for some texts (a repetitive one, say), and a candidate costs one decode."""

_RARE_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs", "No", "Sk", "So", "Sm"})
_BROKEN_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_ASCII_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}


@dataclass(frozen=True)
class Reading:
    """One way to decode the bytes, with how implausible the text it gives is."""

    encoding: str
    text: str
    score: float
    note: str = ""
    """Something the user should know about this reading (bytes read another way)."""


@dataclass(frozen=True)
class Choice:
    """The reading chosen, and the other encodings that read as plausibly (a guess)."""

    reading: Reading
    rivals: tuple[str, ...] = ()


def implausibility(text: str) -> float:
    """Evidence of a wrong decoding per non-ASCII or control character (0.0: none).
    The five bytes Windows-1252 leaves undefined, as `windows_1252` reads them, are no
    evidence: ingest removes them, and one of them no longer decides the code page."""
    sample = text[:SAMPLE]
    if sample.isascii() and not _ASCII_CONTROL_RE.search(sample):
        return 0.0
    odd = [c for c in sample if not c.isascii() and c not in _CP1252_UNDEFINED]
    odd += _ASCII_CONTROL_RE.findall(sample)
    if not odd:
        return 0.0
    events = 0.0
    for char in odd:
        category = unicodedata.category(char)
        if category in _BROKEN_CATEGORIES or char == "\ufffd":
            events += 3.0
        elif category in _RARE_CATEGORIES:
            events += 1.0
    for word in _WORD_RE.findall(sample):
        if not word.isascii():
            events += _word_evidence(word)
    return events / len(odd)


def _word_evidence(word: str) -> float:
    """Letters of two scripts ("GenХve"); a flip to upper case inside ("jaŸñ"); a Latin
    word made mostly of accented letters ("Ìèíèñòð": Windows-1251 Russian as cp1252)."""
    scripts = {_script(c) for c in word}
    if len(scripts) > 1:
        return 2.0
    if any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False)):
        return 1.0
    if scripts == {"LATIN"} and len(word) >= 3:
        accented = sum(1 for c in word if not c.isascii())
        return 1.0 if accented * 2 > len(word) else 0.0
    return 0.0


def _script(char: str) -> str:
    """The script a letter belongs to: the first word of its Unicode name."""
    script = unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
    return _SCRIPT_GROUPS.get(script, script)


def readings(data: bytes) -> list[Reading]:
    """Every distinct candidate decoding of `data`, in preference order, each scored once."""
    found: list[Reading] = []
    seen: set[str] = set()

    def add(encoding: str, text: str, note: str = "") -> None:
        if text not in seen:
            seen.add(text)
            found.append(Reading(encoding, text, implausibility(text), note))

    mixed, stray = _utf8_with_stray_bytes(data)
    cp1252 = windows_1252(data)
    if stray and mixed != cp1252:
        add("utf-8", mixed, f"{stray} byte(s) that are not UTF-8 were read as cp1252")
    add("cp1252", cp1252)
    for encoding in [*(match.encoding for match in from_bytes(data)), *_USUAL]:
        text = _decode(data, encoding)
        if text is not None:
            add(encoding, text)
    add("latin-1", data.decode("latin-1"))  # decodes anything: nothing is ever lost
    return found


def choose(data: bytes) -> Choice:
    """The most plausible reading; ties go to UTF-8, then cp1252, then detection order."""
    candidates = readings(data)
    best = min(reading.score for reading in candidates)
    tied = [reading for reading in candidates if reading.score <= best + TIE]
    rivals = tuple(r.encoding for r in tied[1:] if r.encoding not in ("latin-1", "utf-8"))
    return Choice(tied[0], rivals)


def windows_1252(data: bytes) -> str:
    """`data` read as browsers read Windows-1252 (WHATWG's `windows-1252`): Python's
    cp1252, but the five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are the
    C1 controls of their numbers, which ingest then removes, where Python refuses the whole
    file. A Windows-1252 file holding one of them was read in another code page (French as
    cp1250 "Genčve", English quotes as Mac Roman "ìweíre readyî"): one byte no language
    writes with cost every accented letter."""
    return data.decode("latin-1").translate(_LATIN_1_AS_CP1252)


def _decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf8_with_stray_bytes(data: bytes) -> tuple[str, int]:
    """UTF-8 where the bytes are UTF-8, cp1252 (or Latin-1) for the bytes that are not:
    a UTF-8 file with a pasted Windows quote keeps all its letters. Also the count of
    such stray bytes."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_ESCAPED_RE.findall(text))
    return (text.translate(_ESCAPED_AS_CP1252), stray) if stray else (text, 0)


_ESCAPED_RE = re.compile("[\udc80-\udcff]")
"""A byte that `surrogateescape` kept as a lone surrogate (U+DC80 + the byte)."""

_LATIN_1_AS_CP1252 = {
    byte: bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(0x80, 0xA0)
}
"""Each byte as cp1252 reads it, or as Latin-1 where cp1252 has no character (from 0xA0
on they read alike)."""
_CP1252_UNDEFINED = frozenset(chr(b) for b, char in _LATIN_1_AS_CP1252.items() if char == chr(b))
"""U+0081, U+008D, U+008F, U+0090, U+009D: the bytes cp1252 has no character for."""
_ESCAPED_AS_CP1252 = {
    0xDC00 + byte: _LATIN_1_AS_CP1252.get(byte, chr(byte)) for byte in range(0x80, 0x100)
}
"""Each escaped byte as `windows_1252` reads it."""
