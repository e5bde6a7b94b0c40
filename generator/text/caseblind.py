"""Case-blind searches for long alternations of lower-case cue words, run fast on ASCII text.

Python's `re` tries every branch of an alternation at each place it may start; a branch
that begins with a plain letter is skipped after one comparison, but under IGNORECASE
that shortcut is lost and each branch is entered: the cue lists of hundreds of words
(event kinds, event nouns) cost 80-200 µs per clause searched, a few per cent of a text's
extraction. On ASCII text, matching a pattern case-blind is the same as matching it
with its letters lower-cased, case-sensitively, in the text lower-cased (the same length,
the same word characters, so the same places, bounds and answer), which keeps the
shortcut: five times faster. Any other text is searched as before.
"""

from __future__ import annotations

import re
import sys
from functools import cached_property, lru_cache
from string import ascii_letters


class CaseBlind:
    """A pattern searched case-blind (`re.IGNORECASE` with `flags`), answering where it is
    first found: on lower-cased ASCII text, its letters lower-cased, case-sensitively (see
    the module).

    Only a pattern with no escape that may name a letter (`\\x41`), no inline flag, no range
    that case may cross (`[0-a]`, `[A-z]`) and no character that IGNORECASE pairs with an
    ASCII letter ("ſ", the Kelvin sign) is sped up; any other is searched case-blind as
    given. Either way the answers are `re.compile(pattern, flags | re.IGNORECASE)`'s."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags
        self.lower = re.compile(_lowered(pattern), flags) if _lowers_safely(pattern) else None

    @cached_property
    def blind(self) -> re.Pattern[str]:
        """The pattern as given, case-blind: compiled when first needed (when the pattern
        is sped up, only for text not in ASCII), so that a build reading English alone
        never compiles it (a long alternation takes milliseconds)."""
        return re.compile(self.pattern, self.flags | re.IGNORECASE)

    def found(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether the pattern matches anywhere in text[pos:endpos] (as `Pattern.search`
        with `pos` and `endpos`: what lies outside is still seen by look-arounds)."""
        return self.start(text, pos, endpos) >= 0

    def start(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> int:
        """Where the first match in text[pos:endpos] starts (`Pattern.search`), -1 if none."""
        if self.lower is not None and text.isascii():
            match = self.lower.search(_lowered_text(text), pos, endpos)
        else:
            match = self.blind.search(text, pos, endpos)
        return match.start() if match is not None else -1


@lru_cache(maxsize=8)
def _lowered_text(text: str) -> str:
    """The text lower-cased, kept for the next searches of the same text: a caller that
    searches a window before each mention of a long article (`found(text, start - 40,
    start)`) would otherwise lower the whole article once a mention, a cost that grows with
    the square of its length. A string keeps its hash, so a repeated lookup costs no
    reading of the text."""
    return text.lower()


_ESCAPE_RE = re.compile(r"\\(.)", re.DOTALL)
_PIECE_RE = re.compile(r"\\.|[^\\]+", re.DOTALL)
_SAFE_ESCAPES = frozenset("bBsSwWdDAZntrfv")
"""Escapes that mean the same on lower-cased text; a letter or digit escape else (`\\x41`,
`\\u0041`, `\\N{…}`, a back-reference) may name a letter: not sped up."""
_CLASS_RE = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_RANGE_RE = re.compile(r"(?<!\\)(.)-([^\]])")
_PLAIN_RANGES = ("az", "AZ", "09")
"""Ranges in a character class that case cannot cross (`[0-a]` holds "B" case-blind)."""
_GROUP_OPENERS = ("(?:", "(?=", "(?!", "(?<=", "(?<!")


def _lowered(pattern: str) -> str:
    r"""The pattern with its ASCII letters lower-cased, but in escapes (`\S` stays)."""
    return "".join(
        piece if piece.startswith("\\") else piece.translate(_LOWER)
        for piece in _PIECE_RE.findall(pattern)
    )


_LOWER = str.maketrans(ascii_letters[26:], ascii_letters[:26])


def _lowers_safely(pattern: str) -> bool:
    """No escape but `_SAFE_ESCAPES` and punctuation, no range in a class but within a-z,
    A-Z or 0-9, no group but plain ones and look-arounds (no inline flag), and no
    character that IGNORECASE pairs with an ASCII letter."""
    for escaped in _ESCAPE_RE.findall(pattern):
        if escaped.isalnum() and escaped not in _SAFE_ESCAPES:
            return False
    bare = _ESCAPE_RE.sub("", pattern)
    if bare.count("(?") != sum(bare.count(opener) for opener in _GROUP_OPENERS):
        return False
    for klass in _CLASS_RE.findall(pattern):
        for low, high in _RANGE_RE.findall(klass[1:-1]):
            if not any(a <= low <= high <= b for a, b in _PLAIN_RANGES):
                return False
    return not any(
        re.fullmatch(re.escape(c), letter, re.IGNORECASE)
        for c in set(bare)
        if not c.isascii()
        for letter in ascii_letters
    )
