"""The site's name on a saved page: what the page declares, weighed by what else agrees.

A page names its site in several places: the JSON-LD publisher, `og:site_name`,
`application-name`, a part of its `<title>` ("Headline | The Week"), a Twitter handle
(`twitter:site`), and its address. trafilatura keeps the first of a fixed list and title-cases
a handle ("@theweek" → "Theweek") or falls back to the bare host; here each candidate is
checked against the others. Two candidates name the same site when their letters agree
(accents, case, spaces, a leading "the" and a trailing domain ending aside), one starts the
other ("BBC" and "BBC News"), or one is the other's initials ("FAZ").

Precedence, measured on the read parts of readability-pages and htmldate-pages (#13):

- the declared names (JSON-LD publisher, then `og:site_name`) come first, the publisher
  before the Open Graph name (Readability reads them in that order), unless nothing else on
  the page names the publisher while two other sources name the Open Graph site (a video
  partner's publisher on a newspaper's page);
- with neither, the best-supported of `application-name`, trafilatura's name and the title's
  parts wins (the page's own words over its address: "La Gazzetta del Mezzogiorno" for
  `lagazzettadelmezzogiorno.it`); trafilatura's name alone is kept unless it is a handle, an
  address or a legal line ("© 1999-2005 …", an e-mail), which leave the name to the
  address, spelled out later (`metadata.publication`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from lxml.html import HtmlElement

from . import vocab
from .html_jsonld import jsonld_publisher

_TITLE_SEPARATOR_RE = re.compile(r"\s+[|\-–—·•»/:]+\s+|\s*[|·•»]\s*|\s*::\s*")
_ENDING_RE = re.compile(r"\.(?:[a-z]{2}|com|org|net|info|co\.[a-z]{2})$")
_THE_RE = re.compile(rf"^(?:{vocab.alternation('site_articles')})\s+", re.I)
"""A leading article, every language's (`site_articles` in `lang/<code>/clean.json`)."""
_JUNK_RE = re.compile(r"©|\bcopyright\b|\S@\S|://", re.I)
"""A legal line, an e-mail or an address: never a declared name (a trailing mark is cut)."""
_LEGAL_RE = re.compile(r"©|\bcopyright\b|\S@\S|://|\bwww\.|\b(?:19|20)\d\d\b|\+\d", re.I)
"""The same, or a year or a telephone number: never a name the page does not declare."""
_HOST_RE = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.I)
_MIN_PREFIX = 3
"""A shorter name must have this many letters to count as the start of a longer one."""
_MAX_ADDED = 2
"""How many words a longer name may add to the shorter one it starts with."""
_OVERRULE = 2
"""How many other sources must name the Open Graph site against a publisher none names."""


@dataclass(frozen=True)
class SiteEvidence:
    """Every name a page gives its site (None or empty where it gives none)."""

    publisher: str | None = None
    """The JSON-LD publisher's name."""
    open_graph: str | None = None
    application: str | None = None
    handle: str | None = None
    """`twitter:site` less its `@`."""
    title_parts: tuple[str, ...] = ()
    """The `<title>` cut at its site separators, when it has any."""
    host: str | None = None
    """The host's main label ("theweek" for www.theweek.com)."""
    library: str | None = None
    """trafilatura's pick."""


def _meta(tree: HtmlElement, attribute: str, name: str) -> str | None:
    for element in tree.iter("meta"):
        if (element.get(attribute) or "").strip().lower() == name:
            content = " ".join((element.get("content") or "").split())
            if content:
                return content
    return None


def site_evidence(
    tree: HtmlElement, library: str | None, url: str | None, blocks: list[object] | None = None
) -> SiteEvidence:
    """The page's names for its site, read from its head and JSON-LD (`blocks`: the page's
    `jsonld_blocks`, when the caller has read them)."""
    title = tree.find(".//title")
    text = " ".join(title.text_content().split()) if title is not None else ""
    parts = tuple(p.strip() for p in _TITLE_SEPARATOR_RE.split(text) if p.strip())
    handle = _meta(tree, "name", "twitter:site")
    return SiteEvidence(
        publisher=jsonld_publisher(tree, blocks),
        open_graph=_meta(tree, "property", "og:site_name"),
        application=_meta(tree, "name", "application-name"),
        handle=handle.lstrip("@") if handle and " " not in handle else None,
        title_parts=parts if len(parts) > 1 else (),
        host=_host_label(url),
        library=library,
    )


def _host_label(url: str | None) -> str | None:
    match = re.match(r"(?:[a-z]+://)?([^/:?#]+)", (url or "").strip().lower())
    labels = [x for x in match.group(1).split(".") if x] if match else []
    if len(labels) < 2:
        return None
    main = labels[-3] if len(labels) >= 3 and labels[-2] in ("co", "com", "org") else labels[-2]
    return _letters(main)


def _keys(name: str) -> set[str]:
    """Its letters and digits, folded, without a domain ending; with and without a leading
    article ("La Gazzetta" is `lagazzetta.it`, "The Guardian" is "Guardian")."""
    name = _ENDING_RE.sub("", name.strip().lower())
    return {k for k in (_letters(name), _letters(_THE_RE.sub("", name))) if k}


def _letters(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c))


def _words(name: str) -> int:
    return len(re.findall(r"\w+", _ENDING_RE.sub("", name.strip().lower())))


def _initials(name: str) -> str:
    words = re.findall(r"\w+", _THE_RE.sub("", name.strip()))
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


def same_site(a: str, b: str) -> bool:
    """Whether two names name one site: the same letters; one starting the other, which adds
    at most `_MAX_ADDED` words ("BBC" and "BBC News", not a headline opening with a brand);
    or one the other's initials."""
    close = abs(_words(a) - _words(b)) <= _MAX_ADDED
    for ka in _keys(a):
        for kb in _keys(b):
            short, long_ = sorted((ka, kb), key=len)
            if short == long_ or close and len(short) >= _MIN_PREFIX and long_.startswith(short):
                return True
    return bool(_keys(b) & {_initials(a)} or _keys(a) & {_initials(b)})


def support(name: str, evidence: SiteEvidence, *, own: str) -> int:
    """How many of the page's other sources name the same site as `name`."""
    sources = {
        "publisher": [evidence.publisher],
        "open_graph": [evidence.open_graph],
        "application": [evidence.application],
        "handle": [evidence.handle],
        "title": list(evidence.title_parts),
        "host": [evidence.host],
    }
    return sum(
        any(other and same_site(name, other) for other in names)
        for source, names in sources.items()
        if source != own
    )


def plausible(name: str | None, pattern: re.Pattern[str] = _LEGAL_RE) -> bool:
    """A name, not an address or a legal line."""
    return bool(name and name.strip()) and not pattern.search(name or "")


def _declared(name: str | None) -> str | None:
    """A declared name less a trailing mark ("Guinéenews©"); None if it is an address."""
    name = (name or "").strip().strip("©®™ ")
    return name if plausible(name, _JUNK_RE) else None


def choose_site_name(evidence: SiteEvidence) -> str | None:
    """The site's name by the precedence in the module's doc (None: the page gives none)."""
    publisher, open_graph = _declared(evidence.publisher), _declared(evidence.open_graph)
    if publisher and open_graph and not same_site(publisher, open_graph):
        overruled = (
            support(publisher, evidence, own="publisher") == 0
            and support(open_graph, evidence, own="open_graph") >= _OVERRULE
        )
        return open_graph if overruled else publisher
    if publisher or open_graph:
        return publisher or open_graph
    return _undeclared(evidence)


def _undeclared(evidence: SiteEvidence) -> str | None:
    """With no declared name: the best-supported of the page's other names."""
    library = evidence.library
    if library and (
        not plausible(library)
        or _HOST_RE.fullmatch(library.strip())
        or evidence.handle
        and " " not in library.strip()
        and _keys(library) & _keys(evidence.handle)
    ):
        library = None
    named = [
        (evidence.application, "application"),
        (library, "library"),
        *((part, "title") for part in reversed(evidence.title_parts)),
    ]
    best, best_support = None, 0
    for name, source in named:
        if name and plausible(name):
            count = support(name, evidence, own=source)
            if count > best_support:
                best, best_support = name, count
    if best:
        return best
    if plausible(evidence.application):
        return evidence.application
    # a handle: kept as trafilatura gave it; a host is spelled out later from the address
    given = evidence.library
    return library or (given if plausible(given) and not _HOST_RE.fullmatch(given) else None)
