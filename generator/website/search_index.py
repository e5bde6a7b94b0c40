"""The site's search index, prebuilt at build time, and the small worker that reads it.

Material's own search worker builds a lunr index in the browser on every page load: at
a few thousand articles that takes seconds before the first result. So the build turns
the index MkDocs' search plugin wrote (`search/search_index.json`: which pages and
sections, their titles and text; what it holds is decided by the pages' own
`data-search-exclude` and `search: exclude`) into a compact token → postings map,
written as a script (`search/briefing_search.js`) that our worker
(`assets/javascripts/briefing-search-worker.js`, our code) loads and answers from by
prefix lookup. The shim (`iframe-worker-shim.js`) hands Material's search UI our worker
in place of its own; Material's messages and result shape are kept exactly.

The page itself no longer needs the documents: `search_index.json` and the file://
copy `search_index.js`, which every page loads, keep only the configuration.

Tokens are folded the same way here and in the worker (compatibility decomposition,
combining marks dropped, lower case; runs of letters and digits), so "Kovacs" finds
"Kovács". English stop words (lunr's list, which Material's search uses) are left out.
"""

from __future__ import annotations

import html
import json
import math
import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WORKER = Path(__file__).parent.parent / "assets" / "briefing-search-worker.js"
WORKER_SITE_PATH = "assets/javascripts/briefing-search-worker.js"
INDEX_SITE_PATH = "search/briefing_search.js"
MKDOCS_INDEX = "search/search_index.json"
MKDOCS_INDEX_SCRIPT = "search/search_index.js"
FORMAT = 1
"""Bumped when the index layout changes (the worker checks it)."""

TEXT_CHARS = 300
"""Text kept per document for the result's teaser: the start of the section."""
TITLE_WEIGHT = 20
"""A token in a title or tag counts as this many in the text (Material boosts titles)."""
MAX_TEXT_COUNT = 10

STOP_WORDS = frozenset(
    """a able about across after all almost also am among an and any are as at be because
    been but by can cannot could dear did do does either else ever every for from get got
    had has have he her hers him his how however i if in into is it its just least let like
    likely may me might most must my neither no nor not of off often on only or other our
    own rather said say says she should since so some than that the their them then there
    these they this tis to too twas us wants was we were what when where which while who
    whom why will with would yet you your""".split()
)
"""lunr's English stop-word filter (the only pipeline step Material's config keeps)."""

_TAG = re.compile(r"<[^>]*>")
"""MkDocs' search text keeps a few simple tags (p, li, code): dropped for plain text."""
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Document:
    """One page or section, as the search plugin listed it, in plain text."""

    location: str
    title: str
    text: str
    tags: tuple[str, ...] = ()


class _Unmarked(dict):
    """Character code → the character compatibility-decomposed, its combining marks
    dropped; filled as characters are first met (`str.translate` reads it)."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        self[code] = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
        return self[code]


_UNMARKED = _Unmarked()


def fold(text: str) -> str:
    """Compatibility-decomposed, combining marks dropped, lower case (as the worker).

    One character at a time, from a table: decomposition maps each character on its own,
    and the canonical reordering after it moves only combining characters, which are all
    marks (dropped), so this is the whole text's decomposition; lowering comes last, on the
    whole text, as before. ASCII text is only lowered (it decomposes to itself)."""
    if text.isascii():
        return text.lower()
    return text.translate(_UNMARKED).lower()


def tokens(text: str) -> list[str]:
    """Index tokens of a text: folded runs of letters and digits, stop words left out."""
    return [t for t in _TOKEN.findall(fold(text)) if t not in STOP_WORDS]


def plain(text: str) -> str:
    """MkDocs' search text (a little HTML, entities escaped) as plain, spaced text."""
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def teaser(text: str, limit: int = TEXT_CHARS) -> str:
    """The start of a text, cut at a word boundary, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,;:") + " …"


def documents(mkdocs_index: Mapping) -> list[Document]:
    """The documents of MkDocs' `search_index.json`, in its order (pages before sections)."""
    return [_document(entry) for entry in mkdocs_index.get("docs") or []]


def _document(entry: Mapping) -> Document:
    """One entry of the search plugin, in plain text."""
    return Document(
        str(entry.get("location", "")),
        plain(str(entry.get("title", ""))),
        plain(str(entry.get("text", ""))),
        tuple(str(tag) for tag in entry.get("tags") or ()),
    )


def _weights(document: Document) -> dict[str, int]:
    """Each token's weight in one document: title and tag hits count most."""
    weights: dict[str, int] = defaultdict(int)
    for token in tokens(document.title) + [t for tag in document.tags for t in tokens(tag)]:
        weights[token] += TITLE_WEIGHT
    counts: dict[str, int] = defaultdict(int)
    for token in tokens(document.text):
        counts[token] += 1
    for token, count in counts.items():
        weights[token] += min(count, MAX_TEXT_COUNT)
    return weights


def base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, digit = divmod(number, 36)
        out = digits[digit] + out
        if not number:
            return out


def postings(docs: Sequence[Document]) -> dict[str, list[tuple[int, int]]]:
    """token → [(doc number, weight), …], tokens sorted, docs in order."""
    table: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for number, document in enumerate(docs):
        for token, weight in _weights(document).items():
            table[token].append((number, weight))
    return {token: table[token] for token in sorted(table)}


Prepared = tuple[list, str, bytes]
"""One document's share of the index, as `prepare` makes it: its row (location, title,
teaser, and its tags if any), its tokens joined by spaces (a token holds none) and their
weights (`array("I")` bytes; a weight is at most 20 per title token plus 10, far below
2**32). Plain types: a page record keeps it, pickled, for the next build, whose
`assemble` reads it without tokenising the text again."""


def row(document: Document) -> list:
    """A document's row in the index: location, title, teaser, and its tags if any."""
    if document.tags:
        return [document.location, document.title, teaser(document.text), list(document.tags)]
    return [document.location, document.title, teaser(document.text)]


def prepare(entry: Mapping) -> Prepared:
    """One search-plugin entry's share of the index (`Prepared`)."""
    document = _document(entry)
    weights = _weights(document)
    return row(document), " ".join(weights), array("I", weights.values()).tobytes()


def assemble(prepared: Sequence[Prepared]) -> dict:
    """The prebuilt index from the documents' shares, in order: the same as `compact` of
    the entries they were prepared from. Each token's postings are encoded as they come
    (`encode`'s pieces, gaps from the token's last document), not gathered first."""
    last: dict[str, int] = {}
    pieces: dict[str, list[str]] = {}
    small = _numbers()  # `_base36` inlined: this runs for every posting
    size = len(small)
    for number, (_row, joined, packed) in enumerate(prepared):
        if not joined:
            continue
        weights = array("I")
        weights.frombytes(packed)
        for token, weight in zip(joined.split(" "), weights, strict=True):
            gap = number - last.get(token, 0)
            last[token] = number
            piece = (
                (small[gap] if gap < size else base36(gap))
                + ","
                + (small[weight] if weight < size else base36(weight))
            )
            found = pieces.get(token)
            if found is None:
                pieces[token] = [piece]
            else:
                found.append(piece)
    rows = [row for row, _joined, _packed in prepared]
    encoded = {token: ";".join(found) for token, found in pieces.items()}
    return _index(rows, encoded, {token: len(found) for token, found in pieces.items()})


_SMALL = [base36(number) for number in range(36 * 36)]
"""`base36` of the small numbers most gaps and weights are, looked up (the index's
hundreds of thousands of postings were mostly spent converting them one digit at a time)."""


@cache
def _numbers() -> list[str]:
    """`base36` of every number below 36**3 (made once, when an index is first assembled):
    in a large site a rare token's gap from its last document is often past 1,295, and
    converting those one digit at a time was a sixth of `assemble`."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    return _SMALL + [_SMALL[n // 36] + digits[n % 36] for n in range(len(_SMALL), 36**3)]


def _base36(number: int) -> str:
    return _SMALL[number] if number < len(_SMALL) else base36(number)


def encode(pairs: Sequence[tuple[int, int]]) -> str:
    """Postings as one string, "gap,weight;gap,weight" in base 36 (doc numbers as gaps
    from the previous): one string per token parses far faster than arrays of numbers,
    and the worker decodes only the tokens a query matches."""
    out, previous = [], 0
    for number, weight in pairs:
        out.append(f"{_base36(number - previous)},{_base36(weight)}")
        previous = number
    return ";".join(out)


def compact(mkdocs_index: Mapping) -> dict:
    """The prebuilt index: documents (location, title, teaser, tags) and sorted tokens
    with their postings, plus what the worker needs to fold queries the same way."""
    docs = documents(mkdocs_index)
    table = postings(docs)
    encoded = {token: encode(pairs) for token, pairs in table.items()}
    return _index([row(d) for d in docs], encoded, {token: len(p) for token, p in table.items()})


def _index(rows: list[list], encoded: Mapping[str, str], counts: Mapping[str, int]) -> dict:
    """The index of these rows: tokens sorted, each with its encoded postings and its idf
    (from `counts`, how many documents hold it)."""
    tokens = sorted(encoded)
    return {
        "format": FORMAT,
        "stop": sorted(STOP_WORDS),
        "docs": rows,
        "tokens": tokens,
        "postings": [encoded[token] for token in tokens],
        "idf": [round(math.log(1 + len(rows) / counts[token]), 3) for token in tokens],
    }


def script(index: Mapping) -> str:
    """The index as a script that sets `__briefingSearch` (JSON.parse: V8 reads a JSON
    string faster than the same object literal). ASCII only: no charset to guess."""
    data = json.dumps(index, separators=(",", ":"), ensure_ascii=True, sort_keys=True)
    return f"var __briefingSearch = JSON.parse({json.dumps(data)});\n"


def slim(mkdocs_index: Mapping) -> dict:
    """MkDocs' index without its documents: every page loads it, only the worker needs them."""
    return {key: value for key, value in mkdocs_index.items() if key != "docs"} | {"docs": []}


class WorkerNotFound(Exception):
    """Material's search worker is not where the shim looks for it: search would be empty."""


MATERIAL_WORKERS = "assets/javascripts/workers"
MATERIAL_WORKER_RE = re.compile(r"search\.[^/?#]*\.js")
"""The name of Material's search worker, as the shim (iframe-worker-shim.js) matches it."""


def install(site: Path, prepared: Sequence[Prepared] | None = None) -> None:
    """Write the prebuilt index and the worker into a built site, and slim the index
    files every page loads. Does nothing when the site has no search index. `prepared`:
    the shares of the documents the search plugin listed (`prepare`), in its order, when
    the build kept them (then its `search_index.json` need not hold them).

    Raises WorkerNotFound when Material's worker has another name than the shim expects:
    the pages' own index is emptied here, so a shim that missed the worker would leave
    the reader a search that silently finds nothing.
    """
    source = site / MKDOCS_INDEX
    if not source.is_file():
        return
    workers = site / MATERIAL_WORKERS
    names = sorted(p.name for p in workers.iterdir()) if workers.is_dir() else []
    if not any(MATERIAL_WORKER_RE.fullmatch(name) for name in names):
        raise WorkerNotFound(
            f"Material's search worker is not at {MATERIAL_WORKERS}/search.*.js "
            f"(found: {', '.join(names) or 'nothing'}); the offline search cannot replace it"
        )
    mkdocs_index = json.loads(source.read_text(encoding="utf-8"))
    index = compact(mkdocs_index) if prepared is None else assemble(prepared)
    (site / INDEX_SITE_PATH).write_text(script(index), encoding="utf-8")
    light = json.dumps(slim(mkdocs_index), separators=(",", ":"), sort_keys=True)
    source.write_text(light, encoding="utf-8")
    (site / MKDOCS_INDEX_SCRIPT).write_text(f"var __index = {light}", encoding="utf-8")
    worker = site / WORKER_SITE_PATH
    worker.parent.mkdir(parents=True, exist_ok=True)
    worker.write_bytes(WORKER.read_bytes())


def sources() -> Iterable[bytes]:
    """What the search part of a site is made from (for the site's build stamp)."""
    yield WORKER.read_bytes()
    yield Path(__file__).read_bytes()
