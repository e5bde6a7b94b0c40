"""A word capitalised only where a sentence or a line begins, and written in lower case
elsewhere in the same article, is an ordinary word of the text's language, not a name:
"Ministers have agreed ..." beside "the ministers said"; "Les élèves ..." beside "les
parents"; "Section 3" beside "this section". The article's own text is the lexicon, so the
rule holds in any language that writes its nouns in lower case (not German).

A word that is also part of a longer name the article recognises stays ("Will" of "Will
Darrow"), and so does a word in capitals ("NATO"): only a word in title case is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import fold
from .word_spots import WordSpots

_TITLE_WORD = re.compile(r"[^\W\d_][^\W\d_A-Z]{2,}")
"""One capital, then at least two letters, none a capital: a word in title case."""
_OPENING = re.compile(r"(?:^|[.!?:;][\"'”’)\]]*\s+|\n\s*|[\"'“‘(\[*•·–—-]\s*)$")
"""What before a word makes its capital say nothing: a text's or line's start, a sentence's
end, an opening quote or bracket, a bullet or a dash."""


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` stands where any word is capitalised."""
    return bool(_OPENING.search(text[max(0, start - 6) : start]))


def sentence_capitals(words: WordSpots, names: Iterable[str], longer: Iterable[str]) -> set[str]:
    """Folded one-word `names` in title case whose every occurrence in the article
    (`words`) opens a sentence or a line, and that the article also writes in lower case;
    words of the `longer` names (the article's names of several words) are kept."""
    kept = {word for name in longer for word in fold(name).split()}
    out = set()
    for name in set(names):
        if not _TITLE_WORD.fullmatch(name) or fold(name) in kept:
            continue
        if not words.spots.get(name.lower()):
            continue
        spots = words.of(name)
        if spots and all(opens_sentence(text, start) for text, start, _ in spots):
            out.add(fold(name))
    return out
