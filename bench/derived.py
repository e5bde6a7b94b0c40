"""Derived articles: corpora larger than the bench's 1,120 distinct articles (2,600, 5,000).

These are NOT real articles; every table that uses them says so. Each is made from two
real articles of the same source, deterministically (no randomness, same bytes every run):

- round r (1, 2, …) pairs article i of a source of n articles with article
  j = (i + r) mod n of the same source, for r < n: no article is paired with itself and
  no pair comes twice (a source has no round n or later);
- the derived article is i's opening (its header: title, dateline, byline, date; and the
  first half of its body paragraphs) followed by the second half of j's body paragraphs;
  of a plain text only the paragraphs of PROSE_CHARS or more are kept (a pair without
  any gives no article), so that the real articles' short lines are not repeated;
- its title is the first half of i's title's words and the second half of j's; a source
  without a title line (TBAQ texts start with prose) keeps i's opening as it is;
- saved pages stay HTML: i's page, its `<title>`, `<h1>` and `og:`/`twitter:` titles set
  to the new title (also where JSON-LD repeats the old one), the second half of its
  paragraphs (`<p>` of eight words or more) replaced by the second half of j's;
  written back as UTF-8 with a charset saying so;
- its file name is `d{r}-` and i's name.

So a derived article has a real header (with i's date), real sentences and real names,
and its text is new (the generator skips only files of the same text). It shares whole
paragraphs with i and j: the corpus repeats paragraphs the way syndicated copies do, so
the real articles' output changes a little next to them (an event reported twice is one
event with two sources; a repeated paragraph that does not read as prose, such as a line
of results, is taken out as furniture from the real article too).
"""

from __future__ import annotations

import copy
import json

import lxml.html

from generator.ingest import decode

BODY_WORDS = 20
"""A text's header is its leading blocks (lines, when it has no blank lines) up to the
first one of this many words: title, dek, byline, dateline, date line."""

PROSE_CHARS = 140
"""A text's body block shorter than this is left out of a derived text: the generator reads
a short block found in two files as page furniture (a menu, a results table's line) and
would take it out of the real article as well."""

PARAGRAPH_WORDS = 8
"""A page's `<p>` of fewer words is furniture, left as it is."""


def partner(i: int, n: int, round_: int) -> int:
    """The article joined to article i of a source of n in round `round_` (≥ 1)."""
    return (i + round_) % n


def derive_round(source: list[tuple[str, bytes]], round_: int) -> list[tuple[str, bytes]]:
    """Round `round_`'s derived articles of one source (one per article that has prose to
    give; none once the round is past n - 1, when the pairs would repeat)."""
    n = len(source)
    if round_ >= n:  # every partner has been used: the pairs would come back
        return []
    out = []
    for i, (name, data) in enumerate(source):
        other = source[partner(i, n, round_)][1]
        join = join_html if name.endswith(".html") else join_text
        made = join(data, other)
        if made is not None:
            out.append((f"d{round_}-{name}", made))
    return out


def mixed_title(first: str, second: str) -> str:
    """The first half of `first`'s words, then the second half of `second`'s (both whole,
    joined by a colon, when that is one of the two titles again)."""
    a, b = first.split(), second.split()
    mixed = " ".join(a[: (len(a) + 1) // 2] + b[len(b) // 2 :])
    return f"{first}: {second}" if mixed in (" ".join(a), " ".join(b)) else mixed


def _units(text: str) -> tuple[list[str], str]:
    """A text's blocks (or lines, when it has no blank line) and the separator."""
    text = text.strip()
    separator = "\n\n" if "\n\n" in text else "\n"
    return [u.strip() for u in text.split(separator) if u.strip()], separator


def _split_text(text: str) -> tuple[list[str], list[str]]:
    """(header units, body units) of a plain-text or Markdown article."""
    units, _ = _units(text)
    for k, unit in enumerate(units):
        if len(unit.split()) >= BODY_WORDS:
            return units[:k], units[k:]
    return units[:1], units[1:]


def _title_index(header: list[str]) -> int | None:
    """Which header unit is the title: the first that is not a `Published …` line."""
    for k, unit in enumerate(header):
        if not unit.startswith("Published "):
            return k
    return None


def join_text(first: bytes, second: bytes) -> bytes | None:
    """`first`'s header and first half of its body, then `second`'s second half, their
    prose paragraphs only (None when there are none)."""
    text_a, text_b = decode(first)[0], decode(second)[0]
    header_a, body_a = _split_text(text_a)
    header_b, body_b = _split_text(text_b)
    at_a, at_b = _title_index(header_a), _title_index(header_b)
    if at_a is not None and at_b is not None:
        mark = header_a[at_a][:2] if header_a[at_a].startswith("# ") else ""
        titles = (header_a[at_a].removeprefix("# "), header_b[at_b].removeprefix("# "))
        header_a[at_a] = mark + mixed_title(*titles)
    body = body_a[: (len(body_a) + 1) // 2] + body_b[len(body_b) // 2 :]
    body = [unit for unit in body if len(unit) >= PROSE_CHARS]
    if not body:
        return None
    return (_units(text_a)[1].join(header_a + body) + "\n").encode()


def _page(data: bytes) -> lxml.html.HtmlElement:
    """A saved page parsed from its text, decoded as the generator decodes it."""
    text = decode(data)[0]
    return lxml.html.document_fromstring(text.encode(), lxml.html.HTMLParser(encoding="utf-8"))


def _page_title(page: lxml.html.HtmlElement) -> str:
    for path in ("//meta[@property='og:title']/@content", "//h1", "//title"):
        for found in page.xpath(path):
            text = found if isinstance(found, str) else found.text_content()
            if text.strip():
                return " ".join(text.split())
    return ""


def _paragraphs(page: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [p for p in page.xpath("//body//p") if len(p.text_content().split()) >= PARAGRAPH_WORDS]


def _retitle(page: lxml.html.HtmlElement, title: str) -> None:
    """Every place a reader or the generator finds the page's title now says `title`."""
    old = {" ".join(e.text_content().split()) for e in page.xpath("//title|//h1")}
    old |= {" ".join(v.split()) for v in page.xpath("//meta[contains(@property,'title')]/@content")}
    for element in page.xpath("//title|//h1"):
        for child in list(element):
            element.remove(child)
        element.text = title
    for meta in page.xpath("//meta[@property='og:title' or @name='twitter:title']"):
        meta.set("content", title)
    quoted = _in_json(title)
    for script in page.xpath("//script[@type='application/ld+json']"):
        for before in sorted((o for o in old if o), key=len, reverse=True):
            script.text = (script.text or "").replace(_in_json(before), quoted)


def _in_json(text: str) -> str:
    """`text` as it stands inside a JSON string."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _utf8(page: lxml.html.HtmlElement) -> bytes:
    """The page as UTF-8 bytes, with one charset declaration that says so."""
    for meta in page.xpath("//meta[@charset]|//meta[@http-equiv]"):
        if meta.get("charset") or meta.get("http-equiv", "").lower() == "content-type":
            meta.getparent().remove(meta)
    head = page.find("head")
    if head is None:
        head = lxml.html.Element("head")
        page.insert(0, head)
    head.insert(0, lxml.html.Element("meta", charset="utf-8"))
    return b"<!DOCTYPE html>\n" + lxml.html.tostring(page, encoding="utf-8")


def join_html(first: bytes, second: bytes) -> bytes:
    """`first`'s page, retitled, with the second half of its paragraphs replaced by the
    second half of `second`'s."""
    page, other = _page(first), _page(second)
    _retitle(page, mixed_title(_page_title(page), _page_title(other)))
    mine, theirs = _paragraphs(page), _paragraphs(other)
    half = (len(mine) + 1) // 2
    last = mine[half - 1] if half else None
    mine, theirs = mine[half:], theirs[len(theirs) // 2 :]
    for k, new in enumerate(theirs):
        new = copy.deepcopy(new)
        new.tail = None
        if k < len(mine):
            mine[k].addprevious(new)
        elif last is not None:
            last.addnext(new)
        else:
            page.body.append(new)
        last = new
    for old in mine:
        old.drop_tree()
    return _utf8(page)
