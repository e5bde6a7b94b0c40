"""An article the cleaning left without a body keeps the removed text that reads as prose.

A short article (a company notice, a security advisory) can be all one paragraph, and the
cleaner's evidence may take that paragraph for a dateline or an advertisement: the article
was then skipped as "only page furniture". Skipping is for pages with no prose at all, so
the removed lines that read as full sentences (`clean.prose`) become the body, in source
order, and the article says so in its warnings; those lines leave the removals (nothing is
listed twice), the rest stay there with their reasons.

A saved page's leftover text ("outside the article", one line per block of the whole page)
is the weakest evidence: a legal notice, an ad disclosure or a teaser is a sentence too, so
there only runs of two or more prose blocks in a row count, as an article's paragraphs stand.
"""

from __future__ import annotations

from dataclasses import replace

from ..clean.from_html import PAGE_LEFTOVER
from ..clean.profiles import stoplist
from ..clean.prose import reads_as_prose
from ..models import Article, Paragraph, Removal
from ..text.language import PROFILE_CODES

KEPT_PROSE = "kept text the cleaner took for furniture: no other text found"


def keep_removed_prose(article: Article) -> Article:
    """The article, or, when it has no paragraph, the one whose body is the removed prose."""
    if article.paragraphs:
        return article
    stop = _stop_words(article.language)
    kept: list[str] = []
    reasons: set[str] = set()
    removals: list[Removal] = []
    for removal in article.removed:
        duplicate = removal.reason.startswith("duplicate of")
        lines = [] if duplicate else removal.text.split("\n")
        prose = _prose_lines(lines, stop, 2 if removal.reason == PAGE_LEFTOVER else 1)
        if not prose:
            removals.append(removal)
            continue
        kept.extend(prose)
        reasons.add(removal.reason)
        rest = [line for line in lines if line not in prose]
        if rest:
            removals.append(Removal("\n".join(rest), removal.reason))
    if not kept:
        return article
    body = tuple(Paragraph(f"p{n}", text, "body") for n, text in enumerate(kept, start=1))
    warning = f"{KEPT_PROSE} (removed as: {', '.join(sorted(reasons))})"
    return replace(
        article, paragraphs=body, removed=tuple(removals), warnings=(*article.warnings, warning)
    )


def _stop_words(language: str | None) -> frozenset[str]:
    """The article's stop words, none for a language without a list (prose is then judged
    by its punctuation, as the cleaner does); never the language model for a few lines."""
    names = [name for name, code in PROFILE_CODES.items() if code == language]
    return stoplist(names[0]) if names else frozenset()


def _prose_lines(lines: list[str], stop: frozenset[str], run: int) -> list[str]:
    """The lines that read as prose, in runs of at least `run` consecutive ones."""
    found: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line and reads_as_prose(line, stop):
            current.append(line)
            continue
        found.extend(current if len(current) >= run else [])
        current = []
    return found
