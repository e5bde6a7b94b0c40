"""trafilatura's metadata pass, without the parts no stage reads.

`bare_extraction` with metadata runs trafilatura's `extract_metadata`, which after the
fields read here (title, author, address, site name, description) looks for categories,
tags and a licence: about 2.7 ms of a saved page's 80 (measured on the scale corpus's
pages), for values no stage reads. So the body run goes without metadata, and the fields
come from here: the same steps of trafilatura's, in its order, by its own functions, up to
the site name, then its trimming. Its date search is skipped as before (`html_trafdate`: the day is None
here, as that pass gave it, and is asked for only where it is read).
"""

from __future__ import annotations

import logging

from lxml.html import HtmlElement
from trafilatura.metadata import (
    META_URL,
    Document,
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)

LOGGER = logging.getLogger("trafilatura.metadata")


def page_document(tree: HtmlElement) -> Document:
    """`trafilatura.metadata.extract_metadata(tree)` with its date search skipped, no
    address given and no author refused, but for the hostname, categories, tags and
    licence it would add (none of them read)."""
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception as err:  # noqa: BLE001 - as trafilatura: bugs in its JSON-LD reader
        LOGGER.warning("error in JSON metadata extraction: %s", err)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.author:
        metadata.author = extract_author(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, None)
    metadata.date = None  # the search skipped (`html_trafdate.SKIP_DATE_SEARCH`)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if (
            metadata.sitename
            and "." not in metadata.sitename
            and not metadata.sitename[0].isupper()
        ):
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        found = META_URL.match(metadata.url)
        if found:
            metadata.sitename = found[1]
    metadata.clean_and_trim()  # entities, spaces and control characters, as trafilatura's
    return metadata
