"""Words of the article's own language that make the name after them a place.

`local.VENUE_BEFORE` reads English ("in X", "across northern X"); an article in German,
French, Spanish, Italian or Portuguese says where something happens, where someone goes or
comes from with its own words ("aus Österreich", "nach China", "au Brésil", "no Brasil"),
and a state named only so is a place there, not one of the article's actors. The words are
data, `lang/<code>/actor_venue_words.txt`, with the articles that may stand between the
word and the name in `actor_venue_articles.txt`; a language with no list has no such words.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import alternation, load_optional

WORDS = "actor_venue_words.txt"
ARTICLES = "actor_venue_articles.txt"
REACH = 40
"""Characters before a name searched for the word (and its article)."""


@cache
def venue_pattern(language: str | None) -> re.Pattern[str] | None:
    """What ends right before a place's name in `language` (ISO 639-1), or None without a
    list: a venue word, then at most one of the language's articles."""
    if not language or language == "en":
        return None
    words = sorted(load_optional(language, WORDS), key=len, reverse=True)
    if not words:
        return None
    articles = sorted(load_optional(language, ARTICLES), key=len, reverse=True)
    article = rf"(?:(?:{alternation(articles)})(?:\s+|(?<=['’])))?" if articles else ""
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words)})\s+{article}$", re.IGNORECASE)


def venue_in_language(text: str, start: int, language: str | None) -> bool:
    """Whether the name at `start` of `text` follows a venue word of `language`."""
    pattern = venue_pattern(language)
    return pattern is not None and pattern.search(text, max(0, start - REACH), start) is not None
