"""Numbers for the corpus's content words, kept across builds, so that one added article
does not hash every word of the corpus again.

The profile table (`profile_table.ProfileTable`) names each distinct content word by a
number and lists every article's words as numbers. Numbering the whole corpus afresh
hashed and looked up every word of every article (half a million at 2,600 articles: most
of the table's time). Here the words numbered so far are kept in order, and each
article's numbers by a digest of its words (`ArticleWords.words`); a build numbers only
the articles it has not seen, appending their new words.

Why the table is the same as with numbers made afresh: a number only names a word inside
the table, and any numbering that gives distinct words distinct numbers gives the same
floats. A word's IDF is read from how many of the articles hold its number (each article
holds a word once), so it is the word's; each weight is worked out per (article, word)
and each norm summed in the article's own counting order, neither reading a number's
value; a word's postings are the articles holding its number in profile order, and a
similarity adds the target's words' postings in the target's word order. Words kept from
articles no longer in the corpus have no postings: their IDF is computed and never read,
and looking one up finds no article, as for a word of no indexed article (already the
case for the undated articles' words in the dated articles' index). The kept words are
distinct (checked when read) and every article's numbers were made against that same
list, so the numbering is one to one. `tests/test_word_numbers.py` compares the two.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from ..cache import read_sealed, sealed, write_whole

FILE_NAME = "link-words.pickle"
"""In the cache folder, beside the link step's memo."""
_HEADER = b"briefing link-words 1\n"
"""What the file starts with (`cache.sealed`): its format."""
_NUMBER = np.dtype("<i4")
STALE = 2
"""Start again when the kept words are more than this many times those in use (articles
removed or edited leave theirs behind)."""


class Part(Protocol):
    """What is read of an article's `profile_table.ArticleWords` (not imported: that module
    imports this one)."""

    count: int
    words: str

    def word_list(self) -> list[str]: ...


class WordNumbers:
    """The words numbered so far (`words[k]` is number k) and each article's numbers by the
    digest of its words: the last build's (`known`) and those this build used (`used`)."""

    def __init__(self, words: Sequence[str] = (), known: dict[bytes, bytes] | None = None):
        self.words = list(words)
        self.known = dict(known or {})
        self.used: dict[bytes, bytes] = {}
        self.in_use = 0
        self._numbers: dict[str, int] | None = None

    def numbers(self) -> dict[str, int]:
        """Word → its number; a kept list that repeats a word is dropped (numbered again)."""
        if self._numbers is None:
            self._numbers = {word: k for k, word in enumerate(self.words)}
            if len(self._numbers) != len(self.words):
                self.words, self.known, self._numbers = [], {}, {}
        return self._numbers

    def number(self, parts: Sequence[Part]) -> tuple[dict[str, int], np.ndarray]:
        """Word → number, and the numbers of every part's words one part after another."""
        numbers = self.numbers()
        pieces = []
        for part in parts:
            key = hashlib.blake2b(part.words.encode(), digest_size=16).digest()
            found = self.used.get(key) or self.known.get(key)
            if found is None or len(found) != part.count * _NUMBER.itemsize:
                found = self._numbered(part.word_list())
            self.used[key] = found
            pieces.append(found)
        ids = np.frombuffer(b"".join(pieces), dtype=_NUMBER).astype(np.intp)
        if len(ids) and (int(ids.min()) < 0 or int(ids.max()) >= len(self.words)):
            self.words, self.known, self.used, self._numbers = [], {}, {}, None
            return self.number(parts)  # a foreign entry: everything numbered again
        self.in_use = int(np.count_nonzero(np.bincount(ids, minlength=len(self.words))))
        return numbers, ids

    def _numbered(self, words: Sequence[str]) -> bytes:
        numbers = self.numbers()
        for word in words:
            if word not in numbers:
                numbers[word] = len(self.words)
                self.words.append(word)
        return np.array([numbers[w] for w in words], dtype=_NUMBER).tobytes()


def load(folder: Path | None) -> WordNumbers:
    """The numbering kept in the cache `folder`; missing, damaged or foreign: a new one."""
    if folder is None:
        return WordNumbers()
    stored = read_sealed(folder / FILE_NAME, _HEADER)
    try:
        if stored is not None:
            words, known = stored
            if isinstance(words, list) and isinstance(known, dict):
                return WordNumbers(words, known)
    except Exception:  # noqa: BLE001 - a missing or damaged file is a new numbering
        pass
    return WordNumbers()


def save(folder: Path | None, numbering: WordNumbers | None) -> None:
    """Write the words and the numbers of the articles this build used; when most kept
    words are no longer used, nothing (the next build numbers its corpus afresh)."""
    if folder is None or numbering is None or not numbering.used:
        return
    if len(numbering.words) > STALE * max(numbering.in_use, 1):
        words, known = [], {}
    else:
        words, known = numbering.words, dict(sorted(numbering.used.items()))
    data = pickle.dumps((words, known), protocol=5)
    write_whole(folder / FILE_NAME, sealed(_HEADER, data))
