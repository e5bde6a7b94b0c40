"""The publication: the byline's outlet, a disclaimer, the site name, a wire dateline, or
the URL's domain spelled out ("themoscowtimes.com" → "The Moscow Times").

Outlet-name words, wire agencies and disclaimer verbs come from the language tables
(`words.py`); the patterns are built from them here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..models import Cleaned, Paragraph, Removal
from ..text.sentences import WIRE_DATELINE_START
from .dates import host
from .words import (
    AGENCY_NAMES,
    ARTICLES,
    DISCLAIMER_VERBS,
    OUTLET_NAME_JOINERS,
    OUTLET_WORDS,
    alternation,
)

_DISCLAIMER_OUTLET_RE = re.compile(
    rf"^(?:(?:{alternation(ARTICLES)})\s+)?((?:[A-Z][\w&'.-]*)"
    rf"(?:\s+(?:[A-Z][\w&'.-]*|{alternation(OUTLET_NAME_JOINERS)})){{0,7}})\s+"
    rf"(?:{alternation(DISCLAIMER_VERBS)})\b"
)
_WIRE_DATELINE_RE = re.compile(
    rf"^{WIRE_DATELINE_START}\s*\(([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){{0,3}})\)\s*[-—–_]"
)
"""A wire story's opening: "CAIRO (Reuters) -", "SANTA FE, N.M. (AP) —",
"BEIJING, Nov 5 (Reuters) -"."""


def choose_publication(
    cleaned: Cleaned, outlet: str | None, title: str, body: tuple[Paragraph, ...], url: str | None
) -> str | None:
    """The publication by precedence (the package's doc); None when nothing names it."""
    html = cleaned.html
    publication = (
        outlet
        or _publication_from_disclaimer(cleaned.removed)
        or (html.sitename if html and html.sitename else None)
        or _wire_in_dateline(body)
    )
    if publication is None and url:
        vocabulary = set(re.findall(r"[^\W\d_]+", title.lower()))
        for paragraph in body:
            vocabulary.update(re.findall(r"[^\W\d_]+", paragraph.text.lower()))
        publication = publication_from_url(url, vocabulary)
    return publication


def publication_from_url(url: str | None, vocabulary: Iterable[str] = ()) -> str | None:
    """Spell out a URL's domain: `themoscowtimes.com` → "The Moscow Times".

    The domain's main label is split into words found in the article's own vocabulary or
    in a short list of words outlet names use; a label that cannot be split is shown as
    the bare domain (e.g. "ecfr.eu") rather than guessed at.
    """
    if not url:
        return None
    name = host(url if "://" in url else "https://" + url).lower()
    name = name.removeprefix("www.").removeprefix("m.").removeprefix("amp.")
    if not name:
        return None
    labels = name.split(".")
    label = (
        labels[-3]
        if len(labels) >= 3 and labels[-2] in ("co", "com", "org")
        else labels[-2]
        if len(labels) >= 2
        else labels[0]
    )
    words = OUTLET_WORDS | {w.lower() for w in vocabulary if len(w) >= 3}
    split = _segment(label.replace("-", ""), words)
    if split is None:
        return name
    return " ".join(w.capitalize() for w in split)


def _segment(label: str, words: frozenset[str] | set[str]) -> list[str] | None:
    """Fewest-words split of `label` into known words (dynamic programming)."""
    n = len(label)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            prefix = best[start]
            if prefix is None:
                continue
            word = label[start:end]
            if word in words and (best[end] is None or len(prefix) + 1 < len(best[end])):
                best[end] = [*prefix, word]
    return best[n]


def _publication_from_disclaimer(removed: Iterable[Removal]) -> str | None:
    """The outlet of "The X does not take collective positions", cut as a disclaimer."""
    for removal in removed:
        if removal.reason == "disclaimer":
            match = _DISCLAIMER_OUTLET_RE.match(removal.text.strip())
            if match:
                return match.group(1).strip()
    return None


def _wire_in_dateline(body: Sequence[Paragraph]) -> str | None:
    """The agency named in the first paragraph's dateline, when nothing else names one."""
    first = next((p.text for p in body if p.kind == "body"), "")
    match = _WIRE_DATELINE_RE.match(first)
    return AGENCY_NAMES.get(match.group(1), match.group(1)) if match else None
