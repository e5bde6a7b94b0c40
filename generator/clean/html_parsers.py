"""The HTML parsers of trafilatura and htmldate, with lxml's element lookup done in C.

Every time lxml hands Python an element (each step of an `iter`, each XPath result), the
parser's element-class lookup picks its class. `lxml.html`'s lookup is a Python method
(`HtmlElementClassLookup.lookup`), called about 10,000 times a page by trafilatura's two
runs, its readability fallback, htmldate and our own walks: about 13 % of a saved page's
cleaning. The only classes it gives beyond `HtmlElement` are the form mixins (`<form>`,
`<input>`, `<select>`, `<textarea>`, `<label>`: form-filling helpers such as `.fields` or
`.value`), which neither library nor this package reads: they find, walk, copy and prune
elements by tag and attribute. lxml's own C lookup (`ElementDefaultClassLookup`) gives
every element `HtmlElement`, so each page's tree, its copies and every result read from
them are the same, only made faster (`tests/clean/test_html_parsers.py`).

The libraries keep their parsers in module globals (`trafilatura.utils.HTML_PARSER`,
`htmldate.utils.HTML_PARSER`), which every parse of theirs and `parse_page` go through;
`from_html` sets their lookup once, on import, before the map's workers fork.
"""

from __future__ import annotations

from htmldate import utils as _htmldate_utils
from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
from trafilatura import utils as _trafilatura_utils


def c_lookup() -> etree.ElementDefaultClassLookup:
    """lxml.html's element classes for every node type, picked in C (no form mixins)."""
    return etree.ElementDefaultClassLookup(
        element=HtmlElement,
        comment=HtmlComment,
        pi=HtmlProcessingInstruction,
        entity=HtmlEntity,
    )


PARSERS: tuple[etree.HTMLParser, ...] = (
    _trafilatura_utils.HTML_PARSER,
    _htmldate_utils.HTML_PARSER,
)
"""The parsers whose trees the HTML path reads: trafilatura's (`parse_page`, readability's
re-parse of its summary) and htmldate's (its own parse of the page's text)."""


def use_c_lookup() -> None:
    """Give each library parser the C lookup (idempotent: a new lookup object is the same
    rule)."""
    for parser in PARSERS:
        parser.set_element_class_lookup(c_lookup())
