"""The stage: Cleaned → Article, each field by its precedence (see the package's doc)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..models import Article, Cleaned, Paragraph, Removal
from ..settings.config import ArticleCorrection
from .audit import numbered
from .byline import cut_author_bio, page_authors, with_declared
from .header import Header, read_header
from .header_lines import key
from .kept_prose import keep_removed_prose
from .publication import choose_publication
from .published import choose_published
from .title import choose_title, without_site_name
from .title_vote import candidates, vote

_OTHER_HEADING = "a heading above the article; the page declares another title"


@dataclass(frozen=True)
class _Fields:
    """The article's metadata before a configured correction overrides any of it."""

    title: str
    subtitle: str | None
    authors: tuple[str, ...]
    publication: str | None
    url: str | None
    published: str | None
    basis: str | None
    warnings: tuple[str, ...]


def extract_metadata(cleaned: Cleaned, correction: ArticleCorrection | None = None) -> Article:
    """Read the header lines and page metadata into an Article (precedence: package doc)."""
    html = cleaned.html
    header, header_removed = read_header(cleaned.blocks, html.title if html else None)
    titled = choose_title(cleaned, header)
    url = cleaned.url or (html.url if html else None)
    publication = choose_publication(cleaned, header.outlet, titled.title, titled.body, url)
    title = titled.title
    if html is not None and html.titles:
        # a web page declares its title in several places: they vote (see title_vote)
        found = candidates(html.titles, html.title, header.title, publication)
        title = vote(found) or title
    elif header.title is None and html is not None and title == html.title:
        # only the page's <title>: a title line of the text keeps every word it has
        title = without_site_name(title, publication)
    dated = choose_published(cleaned, header.date_line, url, titled.body)
    fields = _Fields(
        title=title,
        subtitle=header.subtitle,
        authors=with_declared(tuple(header.authors or page_authors(html)), html),
        publication=publication,
        url=url,
        published=dated.value,
        basis=dated.basis,
        warnings=(*cleaned.warnings, *titled.warnings, *dated.warnings),
    )
    if correction is not None:
        fields = _corrected(fields, correction)
    body, bio = cut_author_bio(dated.body, fields.authors)
    body = _with_dek(cleaned, header, body)
    taken = dict(header.taken)
    if titled.taken_at is not None:
        taken[titled.taken_at] = "title"
    removed = [*header_removed, *titled.removed, *dated.removed]
    if header.title is not None and key(header.title) != key(title):
        # the vote chose another title: the heading line is kept as a removal, not lost
        for i in [i for i, role in taken.items() if role == "title"]:
            del taken[i]
            removed.append((i, Removal(cleaned.blocks[i].text, _OTHER_HEADING)))
    paragraphs, removals = numbered(cleaned, body, taken, removed, bio)
    article = Article(
        id=cleaned.raw.id,
        source=cleaned.raw.source,
        title=fields.title,
        subtitle=fields.subtitle,
        authors=tuple(fields.authors),
        publication=fields.publication,
        published=fields.published,
        published_basis=fields.basis,
        url=fields.url,
        caption=header.caption,
        credit=header.credit,
        paragraphs=paragraphs,
        removed=removals,
        warnings=fields.warnings,
        language=cleaned.language,
    )
    # no body left: the removed lines that read as prose are the article (kept_prose)
    return keep_removed_prose(article)


def _with_dek(
    cleaned: Cleaned, header: Header, body: tuple[Paragraph, ...]
) -> tuple[Paragraph, ...]:
    """On a saved page the dek stays the body's first paragraph too: the page's extraction
    put it inside the article, where Readability's output keeps it as well (#13); the
    subtitle still names it. A text's dek is header only."""
    at = next((i for i, role in header.taken.items() if role == "subtitle"), None)
    if cleaned.html is None or at is None:
        return body
    return (cleaned.blocks[at], *body)


def _corrected(fields: _Fields, correction: ArticleCorrection) -> _Fields:
    """The fields with the configuration's corrections over them."""
    fields = replace(
        fields,
        title=correction.title or fields.title,
        subtitle=correction.subtitle or fields.subtitle,
        authors=correction.authors if correction.authors is not None else fields.authors,
        publication=correction.publication or fields.publication,
        url=correction.url or fields.url,
    )
    if correction.published:
        warnings = tuple(w for w in fields.warnings if w != "no publication date found")
        fields = replace(fields, published=correction.published, basis="config", warnings=warnings)
    return fields
