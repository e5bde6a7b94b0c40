"""Cleaned → Article: title, dek, authors, publication, date, URL, caption.

The cleaner leaves the header lines (title, dek, byline, dateline, photo caption) at the
top of `Cleaned.blocks`; this stage reads them, takes them out of the paragraphs and
records every line it consumed in `removed` (nothing disappears), merged with the
cleaner's removals in source order; "duplicate of bN" becomes the kept copy's final id
("duplicate of p3"). Leftover lines between the title and the first paragraph that carry
no metadata (a reading time, "Updated 3 hours ago", a share count, "Image 1 of 8", a
second dateline) are removed with their reason rather than kept as paragraphs. Each
field follows a fixed precedence, first match wins:

- title: config correction → on a web page, a vote of every title the page declares
  (JSON-LD headline, og:title, <title> and its cuts, <h1>s, trafilatura's, the header's
  line; `title_vote`, weights fitted by `bench/fit_title.py`; a heading it overrules is a
  removal) → the header's title line → the HTML page's title → the first line (with a
  warning: there was no clear title line);
- subtitle: config → the dek under the title → the HTML description? no (too often an
  excerpt of the body) → None; on a saved page the dek stays the body's first paragraph
  too (the page's extraction put it inside the article, as Readability's output does);
- authors: config → the byline ("By A and B", "A, Staff Reporter", "A /Outlet") → the
  HTML page's authors;
- publication: config → the byline's outlet → an outlet disclaimer ("The X does not take
  collective positions") → the HTML site name (`clean.html_sitename`: the declared names
  first, the page's other names as evidence) → the URL's domain, spelled out;
- published (and basis): config (`config`) → a dateline or byline date (`text`; on a web
  page only a plain, unambiguous dateline outranks the page's structured date) → the HTML
  page's date (`metadata`) → a date in the URL's path (`metadata`) → inference from
  strong evidence in the text (`inferred`, reason in `warnings`) → None with a warning;
- url: config → the "Original url:" trailer → the page's canonical URL.

Authors and photographers are metadata here; they never become actors.

One module per field: `title`, `byline` (authors), `publication`, `published` (the date;
`dates` finds dates in a line), `caption`; `header` walks the opening blocks and
`header_lines` says what a line there is; `audit` numbers the paragraphs and keeps every
removed line; `extract` is the stage. Every word the package matches lives in
`generator/lang/<code>/` (`months.tsv`, `metadata.json`, ...), read once by `words`.
"""

from ..clean import header_furniture, is_caption, looks_like_byline, looks_like_dateline
from .byline import parse_byline
from .caption import split_credit
from .dates import FoundDate, find_dates, pick_published
from .extract import extract_metadata
from .publication import publication_from_url

__all__ = [
    "FoundDate",
    "extract_metadata",
    "find_dates",
    "header_furniture",
    "is_caption",
    "looks_like_byline",
    "looks_like_dateline",
    "parse_byline",
    "pick_published",
    "publication_from_url",
    "split_credit",
]
