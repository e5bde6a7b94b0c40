"""One author-bio cutter for the cleaner and the metadata stage.

A closing bio is not the article: "About Jane Roe" over a paragraph about her, or a last
paragraph that opens on the article's own author and says what a reporter does ("Jane
Roe is our Moscow correspondent"). The cleaner asks before it knows the authors, the
metadata stage after; both ask this one function, with what they know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import vocab
from .inline import ends_sentence

HEADING_REACH = 5
"""Paragraphs from the body's end within which an "About <name>" line may open a bio."""
HEADING_WORDS = 6
OWN_BIO_WORDS = 60
"""Longest closing paragraph read as a bio of the article's own author."""

# "About Jane Doe", "Sobre Carlos Nadalim", "Über Moritz Bachmann", "About the author"
ABOUT_RE = re.compile(
    rf"^(?:{vocab.alternation('about_words')})\s+"
    rf"(?:(?:(?:{vocab.alternation('about_articles')})\s+)?"
    rf"(?:{vocab.alternation('author_words')})\b"
    r"|(?P<name>(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}))\s*:?$)",
    re.I,
)
_BIO_VERB_RE = re.compile(rf"\s+(?:{vocab.alternation('bio_verbs')})\b")
_BIO_WORDS_RE = re.compile(rf"\b(?:{vocab.alternation('bio_words')})\b", re.I)


@dataclass(frozen=True)
class Closing:
    """A paragraph of the body, as the cutter needs it."""

    text: str
    words: int
    is_list: bool = False
    prose: bool = True
    """A body paragraph (not a subhead): only prose can be an author's own bio."""


def closing(text: str, is_list: bool = False, prose: bool = True) -> Closing:
    """A `Closing` of plain text."""
    return Closing(text, len(text.split()), is_list, prose)


def bio_start(body: Sequence[Closing], authors: Iterable[str] = ()) -> int | None:
    """Where a closing author bio begins in `body` (the body's paragraphs in order), or
    None: an "About <name>" line among the last `HEADING_REACH` whose name the next
    paragraph repeats, else a short last paragraph on one of `authors` (two words or more)."""
    for i in range(max(1, len(body) - HEADING_REACH), len(body) - 1):
        if _about_heading(body[i], body[i + 1]):
            return i
    if body and _own_bio(body[-1], [a for a in authors if len(a.split()) >= 2]):
        return len(body) - 1
    return None


def _about_heading(line: Closing, after: Closing) -> bool:
    """ "About <name>" over the paragraph that names them; "About Ascom" heads a press
    release's boilerplate, which some readers want, so a name must come back."""
    if line.words > HEADING_WORDS or line.is_list or ends_sentence(line.text):
        return False
    match = ABOUT_RE.match(line.text)
    if not match:
        return False
    names = (match.group("name") or "").split()
    return not names or any(name in after.text for name in names)


def _own_bio(last: Closing, names: list[str]) -> bool:
    """The last paragraph opens on an author's name and a verb and says what a reporter
    does ("Jane Roe is our Moscow correspondent. She previously …")."""
    text = last.text.strip()
    if not last.prose or last.words > OWN_BIO_WORDS:
        return False
    return any(
        text.startswith(name) and _BIO_VERB_RE.match(text, len(name)) and _BIO_WORDS_RE.search(text)
        for name in names
    )
