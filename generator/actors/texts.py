"""The parts of an article that name actors: its title, its photo caption and its paragraphs.

A photo caption is article content: a committee, a person or a state named under the photo
is in the story, and its mentions link to the caption (paragraph id `caption`). The
caption's credit (`Article.credit`: photographer, agency) is the article's makers and stays
out, as do agencies a caption names on their own ("Getty Images": `credits`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from ..models import Article

TITLE = "title"
CAPTION = "caption"

_ORDER = {TITLE: (0, 0), CAPTION: (0, 1)}


def article_texts(article: Article) -> list[tuple[str, str]]:
    """(part id, text) in reading order: the title, the caption (when there is one), the
    paragraphs."""
    head = [(TITLE, article.title)]
    if article.caption and article.caption.strip():
        head.append((CAPTION, article.caption))
    return head + [(p.id, p.text) for p in article.paragraphs]


@lru_cache(maxsize=1 << 12)
def reading_order(part: str) -> tuple[int, int]:
    """Sort key of a part id as the page shows it: title, caption, then p1, p2, … (kept: a
    corpus's mentions share a few hundred part ids)."""
    if part in _ORDER:
        return _ORDER[part]
    if part.startswith("p") and part[1:].isdigit():
        return (int(part[1:]), 0)
    return (0, 2)


def text_lookup(articles: Sequence[Article]) -> Callable[[str, str], str]:
    """The text of (article id, part id), "" when there is none: an article's parts are
    listed only when one of them is asked for (co-occurrence reads few of a corpus's)."""
    by_id = {article.id: article for article in articles}
    read: dict[str, dict[str, str]] = {}

    def text(article_id: str, part: str) -> str:
        parts = read.get(article_id)
        if parts is None:
            article = by_id.get(article_id)
            parts = read[article_id] = dict(article_texts(article)) if article else {}
        return parts.get(part, "")

    return text
