"""One way to print a path or name in a message: never raw control codes on a terminal.

File names are untrusted: a newline would forge a second message line, an escape code
would recolour or rewrite the terminal, and bytes that are not UTF-8 (kept by Python as
lone surrogates) cannot even be printed. Such characters are shown escaped, as repr does.
"""

from __future__ import annotations

import os
from pathlib import PurePath


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if char == "\n":
        return "\\n"
    if char == "\t":
        return "\\t"
    if char == "\r":
        return "\\r"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def shown(value: str | PurePath | os.PathLike) -> str:
    """`value` with control, format and undecodable characters (and backslashes) escaped."""
    text = os.fspath(value) if not isinstance(value, str) else value
    if text.isprintable() and "\\" not in text:
        return text
    return "".join(
        "\\\\" if c == "\\" else c if c.isprintable() and not _surrogate(c) else _escape(c)
        for c in text
    )


def _surrogate(char: str) -> bool:
    return 0xD800 <= ord(char) <= 0xDFFF
