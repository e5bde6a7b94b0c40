"""Article pages and the articles index.

Paragraphs are written as raw HTML blocks with stable ids (`p1`, `p2`, …), so links to
them keep working after a rebuild and nothing in the article's text is read as Markdown.
Actor names link to actor pages; real links from the source keep their (safe) target.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter

from ..models import Article, Briefing, Event, Mention, Paragraph
from ..text.language import direction, language_name
from .common import BASIS_LABELS, Linker, front_matter, human_date
from .inferred import INFERRED_WINDOW, article_mark
from .listing import TAG_PAGES_UP_TO, search_exclusion
from .paths import SitePaths, as_html
from .safe import html_text, md, md_link, safe_href


def paragraph_html(
    paragraph: Paragraph, mentions: list[Mention], linker: Linker, tag: str = "p"
) -> str:
    """One paragraph as an HTML element whose text is escaped and whose names are linked."""
    body = linked_text(paragraph, mentions, linker)
    if paragraph.is_list:
        items = [item.strip() for item in body.split("\n") if item.strip()]
        inner = "".join(f"<li>{item}</li>" for item in items)
        return f'<ul id="{paragraph.id}" class="article-list">{inner}</ul>'
    return f'<{tag} id="{paragraph.id}">{body}</{tag}>'


def linked_text(paragraph: Paragraph, mentions: list[Mention], linker: Linker) -> str:
    """A paragraph's text, escaped, with its real links and its actor names linked."""
    spans: list[tuple[int, int, str]] = []
    for link in paragraph.links:
        href = safe_href(link.href)
        if href and 0 <= link.start < link.end <= len(paragraph.text):
            spans.append(
                (link.start, link.end, f'<a href="{html_text(href)}" rel="nofollow noopener">')
            )
    links = _Intervals(sorted((s, e) for s, e, _ in spans))
    linked_to = -1  # the end of the last mention linked: mentions come in order of start
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if mention.actor not in linker.paths.actors:
            continue
        if not 0 <= mention.start < mention.end <= len(paragraph.text):
            continue
        if linked_to > mention.start or links.overlaps(mention.start, mention.end):
            continue
        linked_to = max(linked_to, mention.end)
        href = as_html(linker.to(linker.paths.actors[mention.actor]))
        spans.append(
            (mention.start, mention.end, f'<a class="actor-link" href="{html_text(href)}">')
        )
    spans.sort()
    out, cursor = [], 0
    for start, end, opening in spans:
        if start < cursor:
            continue
        out.append(_escape_block(paragraph.text[cursor:start], paragraph.is_list))
        out.append(opening + _escape_block(paragraph.text[start:end], False) + "</a>")
        cursor = end
    out.append(_escape_block(paragraph.text[cursor:], paragraph.is_list))
    return "".join(out)


class _Intervals:
    """Sorted [start, end) intervals that answer "does any overlap this one?" by bisection,
    so a paragraph of thousands of names is not compared name by name with every link."""

    def __init__(self, intervals: list[tuple[int, int]]):
        self.starts = [s for s, _ in intervals]
        self.reach = list(itertools.accumulate((e for _, e in intervals), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end)  # intervals starting before `end`
        return before > 0 and self.reach[before - 1] > start


def _escape_block(text: str, keep_newlines: bool) -> str:
    """Escape, and fold newlines unless they separate list items."""
    escaped = html_text(text)
    if keep_newlines:
        return escaped
    return " ".join(escaped.split("\n"))


def article_page(
    article: Article, briefing: Briefing, paths: SitePaths, events: list[Event]
) -> str:
    page = paths.articles[article.id]
    linker = Linker(briefing, paths, page)
    mentions: dict[str, list[Mention]] = {}
    counts: Counter[str] = Counter()
    for mention in paths.mentions_by_article.get(article.id, []):
        mentions.setdefault(mention.paragraph, []).append(mention)
        counts[mention.actor] += 1
    large = len(briefing.articles) > TAG_PAGES_UP_TO
    tags = [article.publication] if article.publication and not large else []
    quiet = search_exclusion(len(briefing.articles))
    out = [
        front_matter(title=article.title, tags=tags, description=article.subtitle or article.title)
    ]
    out.append(f"# {md(article.title)}\n")
    if article.subtitle_apart():
        out.append(f'<p class="article-dek">{html_text(article.subtitle)}</p>\n')
    rows = [
        ("Publication", md(article.publication) or "unknown"),
        ("Published", _published(article)),
        ("Authors", ", ".join(md(a) for a in article.authors) or "not stated"),
        ("Original", md_link(article.url, article.url) if article.url else "not stated"),
        ("Language", md(language_name(article.language)) if article.language else "unknown"),
        ("Source file", md(article.source)),
    ]
    out.append("\n".join(f"- **{k}:** {v}" for k, v in rows) + "\n")
    if article.published_window:
        out.append(_date_evidence_block(article))
    if article.caption:
        out.append(_caption_html(article, mentions.get("caption", []), linker))
    out.append(_body_open(article, search=not quiet))
    for paragraph in article.paragraphs:
        tag = "h2" if paragraph.kind == "subhead" else "p"
        out.append(paragraph_html(paragraph, mentions.get(paragraph.id, []), linker, tag))
    out.append("</div>\n")
    if counts:
        out.append(f"## Actors in this article{quiet}\n")
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        out.append("\n".join(f"- {linker.actor(a)} ({n})" for a, n in ranked) + "\n")
    if events:
        out.append(f"## Events reported here{quiet}\n")
        out.extend(linker.event_item(event, "timeline") for event in events)
        out.append("")
    if article.warnings:
        out.append(f"## Notes from the generator{quiet}\n")
        out.append("\n".join(f"- {md(w)}" for w in article.warnings) + "\n")
    out.append(_removed_block(article))
    return "\n".join(out).rstrip() + "\n"


def _caption_html(article: Article, mentions: list[Mention], linker: Linker) -> str:
    """The photo caption, anchored (`#caption`) with its actor names linked, and its credit
    (the photo's makers, never linked)."""
    caption = linked_text(Paragraph("caption", article.caption or ""), mentions, linker)
    credit = f' <span class="credit">{html_text(article.credit)}</span>' if article.credit else ""
    return f'<p id="caption" class="article-caption">Photo: {caption}{credit}</p>\n'


def _body_open(article: Article, search: bool = True) -> str:
    """The article text's container: its language, and right to left where its script runs
    so (both values come from fixed vocabularies, and are escaped all the same); left out of
    the search index when `search` is False (large briefings)."""
    exclude = "" if search else " data-search-exclude"
    attributes = f' lang="{html_text(article.language)}"' if article.language else ""
    if direction("\n".join(p.text for p in article.paragraphs)) == "rtl":
        attributes += ' dir="rtl"'
    return f'<div class="article-body"{exclude} markdown="0"{attributes}>'


def _published(article: Article) -> str:
    """The date with its basis; an inferred one with its window (the clues follow below)."""
    if not article.published:
        return "unknown"
    basis = BASIS_LABELS.get(article.published_basis or "", "")
    if article.published_basis == "inferred" and article.published_window:
        lo, hi = (human_date(d) for d in article.published_window)
        basis = f"{basis}: {INFERRED_WINDOW.format(lo=lo, hi=hi)}"
    return f"{human_date(article.published)} ({basis})" if basis else human_date(article.published)


def _date_evidence_block(article: Article) -> str:
    """An inferred date's window and the clues it rests on, collapsed, for a person to check."""
    if article.published_window is None:
        return ""
    lo, hi = (human_date(d) for d in article.published_window)
    items = "".join(
        f"<li>{'agrees' if e.agrees else 'disagrees'}: "
        f"<q>{html_text(e.text)}</q> ({html_text(e.paragraph)}) — {html_text(e.reading)}</li>"
        for e in article.published_evidence
    )
    return (
        f'<details class="date-evidence" markdown="0"><summary>How the date was inferred: '
        f"between {html_text(lo)} and {html_text(hi)}</summary><ul>{items}</ul></details>\n"
    )


def _removed_block(article: Article) -> str:
    """The audit trail: every block the cleaner took out, in a collapsed block."""
    if not article.removed:
        return '<p class="removed-none">Nothing was removed from the source.</p>\n'
    items = "".join(
        f'<li><span class="removed-reason">{html_text(r.reason)}</span>'
        f"<blockquote>{html_text(r.text)}</blockquote></li>"
        for r in article.removed
    )
    count = len(article.removed)
    return (
        f'<details class="removed" markdown="0"><summary>Removed from the source '
        f"({count} block{'s' if count != 1 else ''})</summary><ol>{items}</ol></details>\n"
    )


def articles_index(briefing: Briefing, paths: SitePaths) -> str:
    linker = Linker(briefing, paths, "articles/index.md")
    out = [front_matter(), "# Articles\n"]
    out.append(f"{len(briefing.articles)} articles, newest first.\n")
    out.append("| Published | Title | Publication | Authors |\n|---|---|---|---|")
    for article in sorted(briefing.articles, key=lambda a: (a.published or "", a.id), reverse=True):
        out.append(
            f"| {human_date(article.published)}{article_mark(article, linker.about)} | "
            f"{linker.article(article.id)} | {md(article.publication) or '—'} | "
            f"{', '.join(md(a) for a in article.authors) or '—'} |"
        )
    return "\n".join(out) + "\n"
