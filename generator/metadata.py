"""Cleaned → Article: title, dek, authors, publication, date, URL, caption.

The cleaner leaves the header lines (title, dek, byline, dateline, photo caption) at the
top of `Cleaned.blocks`; this stage reads them, takes them out of the paragraphs and
records every line it consumed in `removed` (nothing disappears), merged with the
cleaner's removals in source order; "duplicate of bN" becomes the kept copy's final id
("duplicate of p3"). Leftover lines between the title and the first paragraph that carry
no metadata (a reading time, "Updated 3 hours ago", a share count, "Image 1 of 8", a
second dateline) are removed with their reason rather than kept as paragraphs. Each
field follows a fixed precedence, first match wins:

- title: config correction → the header's title line → the HTML page's title → the
  first line (with a warning: there was no clear title line);
- subtitle: config → the dek under the title → the HTML description? no (too often an
  excerpt of the body) → None;
- authors: config → the byline ("By A and B", "A, Staff Reporter", "A /Outlet") → the
  HTML page's authors;
- publication: config → the byline's outlet → an outlet disclaimer ("The X does not take
  collective positions") → the HTML site name → the URL's domain, spelled out;
- published (and basis): config (`config`) → a dateline or byline date (`text`) → the HTML
  page's date (`metadata`) → a date in the URL's path (`metadata`) → inference from
  strong evidence in the text (`inferred`, reason in `warnings`) → None with a warning;
- url: config → the "Original url:" trailer → the page's canonical URL.

Authors and photographers are metadata here; they never become actors.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import ParseResult, urlparse

from .clean import header_furniture, is_caption, looks_like_byline, looks_like_dateline
from .config import ArticleCorrection
from .models import Article, Cleaned, HtmlMetadata, Paragraph, Removal
from .text import WIRE_DATELINE_START

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
    # a few other languages met in saved pages
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6,
    "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "mayo": 5, "junio": 6, "julio": 7,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12, "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
    "maret": 3, "mei": 5, "juni_": 6, "agustus": 8, "desember": 12, "februari": 2,
    "januari": 1, "juli_": 7, "oktober_": 10,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted((re.escape(m) for m in _MONTHS if "_" not in m), key=len)[::-1])
_YEAR = r"((?:19|20)\d{2})"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|º|°)?"
# "2017-05-25", "2017-05-25T14:32:00Z"
_ISO_RE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?")
# "May 25, 2017", "Nov. 19, 2019", "May 25 2017"
_MDY_RE = re.compile(
    rf"\b({_MONTH_NAMES})\.?\s+{_DAY},?\s+{_YEAR}(?:\b|(?=\d{{1,2}}:\d{{2}}))", re.I
)  # a time may be glued to the year by a scraper: "Nov 19 20197:05 AM"
# "25 May 2017", "25th May, 2017", "22 de outubro de 2010", "30. März 2017"
_DMY_RE = re.compile(rf"\b{_DAY}\.?\s+(?:de\s+)?({_MONTH_NAMES})\.?,?\s+(?:de\s+)?{_YEAR}\b", re.I)
# "25/05/2017", "05/25/2017", "25.05.2017", "11/19/19"
_NUMERIC_RE = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b")
_LABEL_RE = re.compile(
    r"\b(published|posted|first published|updated|last updated|modified|edited)\b", re.I
)
_URL_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)|/((?:19|20)\d{2})(\d{2})(\d{2})/"
)
_DMY_TLDS = (".uk", ".ie", ".au", ".nz", ".in", ".za", ".eu", ".de", ".fr", ".it", ".es",
             ".ru", ".br", ".pt", ".id", ".nl", ".pl", ".tr", ".kz", ".ua")  # fmt: skip


@dataclass(frozen=True)
class FoundDate:
    """A calendar date found in a text, with where it was and whether it was guessed."""

    value: str
    start: int
    label: str | None = None
    """`published`, `updated` or None: the nearest label before it."""
    ambiguous: bool = False
    """Numeric day/month order settled by a default rather than by evidence."""


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, day_first: bool | None = None) -> list[FoundDate]:
    """Every full calendar date in `text`, in order of appearance.

    Numeric dates need the day/month order: a part over 12 decides; otherwise
    `day_first` (from evidence about the site) decides, and the date is flagged
    ambiguous when that was only a default.
    """
    found: dict[int, FoundDate] = {}
    for match in _ISO_RE.finditer(text):
        value = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if value:
            found[match.start()] = FoundDate(value, match.start())
    for match in _MDY_RE.finditer(text):
        month = _MONTHS[match.group(1).lower()]
        value = _valid(int(match.group(3)), month, int(match.group(2)))
        if value and match.start() not in found:
            found[match.start()] = FoundDate(value, match.start())
    for match in _DMY_RE.finditer(text):
        month = _MONTHS[match.group(2).lower()]
        value = _valid(int(match.group(3)), month, int(match.group(1)))
        if value and not any(abs(k - match.start()) < 12 for k in found):
            found[match.start()] = FoundDate(value, match.start())
    for match in _NUMERIC_RE.finditer(text):
        if any(abs(k - match.start()) < 12 for k in found):
            continue
        a, sep, b, year_text = match.groups()
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        first, second = int(a), int(b)
        ambiguous = False
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            day, month = second, first
        else:
            ambiguous = day_first is None and first != second
            use_day_first = day_first if day_first is not None else sep == "."
            day, month = (first, second) if use_day_first else (second, first)
        value = _valid(year, month, day)
        if value:
            found[match.start()] = FoundDate(value, match.start(), ambiguous=ambiguous)
    dates = []
    for start in sorted(found):
        label = None
        for lab in _LABEL_RE.finditer(text[max(0, start - 40) : start]):
            word = lab.group(1).lower()
            label = "published" if word in ("published", "posted", "first published") else "updated"
        date = found[start]
        dates.append(FoundDate(date.value, date.start, label, date.ambiguous))
    return dates


def pick_published(dates: list[FoundDate]) -> FoundDate | None:
    """Of a published/updated pair, the published date; else the first date."""
    if not dates:
        return None
    for date in dates:
        if date.label == "published":
            return date
    for date in dates:
        if date.label != "updated":
            return date
    return min(dates, key=lambda d: d.value)


def _parse_url(url: str) -> ParseResult | None:
    """`urlparse`, or None for a URL it refuses ("http://[" raises): URLs come from pages."""
    try:
        return urlparse(url)
    except ValueError:
        return None


def _host(url: str) -> str:
    parsed = _parse_url(url)
    try:
        return (parsed.hostname or "") if parsed else ""
    except ValueError:
        return ""


def _day_first(url: str | None, texts: Iterable[str]) -> bool | None:
    """Evidence for day/month order: an unambiguous numeric date nearby, or the site's TLD."""
    for text in texts:
        for match in _NUMERIC_RE.finditer(text):
            first, second = int(match.group(1)), int(match.group(3))
            if first > 12 >= second:
                return True
            if second > 12 >= first:
                return False
    if url:
        host = _host(url)
        if host.endswith(_DMY_TLDS):
            return True
        if host.endswith((".com", ".us", ".gov", ".org", ".net")):
            return False
    return None


# ---------------------------------------------------------------------------
# Bylines
# ---------------------------------------------------------------------------

_BY_PREFIX_RE = re.compile(
    r"^\s*(?:written |posted |reported )?(?:by|por|von|par|di|oleh)\s*:?\s+", re.I
)
_ROLE_RE = re.compile(
    r"\b(?:staff|senior|chief|special|foreign|political|diplomatic|defen[cs]e|security|"
    r"correspondent|reporter|writer|editor|columnist|contributor|analyst|producer|"
    r"bureau|desk|news|team|director|fellow|professor|associate|researcher|intern|"
    r"photographer|in|for|at)\b",
    re.I,
)
_NAME_WORD_RE = re.compile(
    r"^(?:[^\W\d_][\w.'’-]*|de|da|di|van|von|der|al|bin|el|del|la|le|du|dos)$"
)  # the first letter's case is checked apart: any script's capitals ("Вера", "Ñúñez")
_OUTLET_RE = re.compile(r"^(?:The )?[A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|of|on|for|and|&|the))*$")
_TIME_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?|\bupdated\b.*$"
    r"|\bpublished\b|\bposted\b|\b\d+\s+(?:min|minute)s?\s+read\b.*$",
    re.I,
)


_CALENDAR_WORD_RE = re.compile(
    r"^(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$",
    re.I,
)
"""A weekday or a month, left over from a date in the byline line: never an author."""
_LONG_MONTHS = frozenset("january february august september october november december".split())
"""Months that are no one's surname ("Theresa May" keeps hers)."""


_JOB_WORD_RE = re.compile(
    r"(?i:contributors?|correspondents?|reporters?|writers?|editors?|columnists?|staff|"
    r"interns?|photographers?)"
)
"""A job after an outlet's name in a byline ("Live Science Contributor")."""
_GLUED_OUTLET_RE = re.compile(r"\b([A-Z][a-z]{2,})([A-Z]{2,}[A-Za-z]*)\b")
"""A name and an outlet that a scraper glued together: "GarberFOXBusiness"."""
_STAFF_RE = re.compile(r"^((?:The )?[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,4}) (?i:staff|wires?)$")
"""An outlet signing as itself: "Jerusalem Post Staff", "Times Wire"."""


def _name_case(name: str) -> str:
    """A name in capitals as a name is written ("DANICA KIRKA" → "Danica Kirka",
    "O'NEILL" → "O'Neill"); any other spelling is left alone."""
    if not name.isupper() or len(name) < 4:
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), name)


def _outlet_like(chunk: str) -> bool:
    """An outlet after the authors: an acronym ("CNN") or a name ending on a word outlet
    names end on ("Business Insider", "Daily Star")."""
    words = chunk.split()
    if len(words) == 1 and chunk.isupper() and 2 <= len(chunk) <= 5:
        return True
    return len(words) >= 2 and words[-1].lower() in _OUTLET_WORDS and _OUTLET_RE.match(chunk)


_NAME_PARTICLES = frozenset("de da di van von der al bin el del la le du dos".split())
_WIRE = r"(?:Associated Press|Reuters|AP|AFP|Agence France-Presse|Bloomberg)"
_WIRE_RE = re.compile(rf"(?i:the\s+)?{_WIRE}")
_WIRE_TAIL_RE = re.compile(rf"^(.+?)\s+((?i:the )?{_WIRE})$")
"""A name with its agency glued after it: "JILL LAWLESS Associated Press"."""


def _looks_like_name(candidate: str) -> bool:
    words = candidate.split()
    if not 1 <= len(words) <= 5:
        return False
    if not words[0][:1].isupper():
        return False
    return all(_NAME_WORD_RE.match(w) and (w[:1].isupper() or w in _NAME_PARTICLES) for w in words)


def parse_byline(text: str) -> tuple[list[str], str | None]:
    """Authors and outlet from a byline line, whatever its shape.

    "By A and B", "By A, B and C", "A, Staff Reporter", "Robbie Gramer /Foreign Policy",
    "Chris Davies - Nov 19, 2019" (the date part is ignored here).
    """
    line = text.strip()
    for found in (_ISO_RE, _MDY_RE, _DMY_RE, _NUMERIC_RE):
        match = found.search(line)
        if match:
            line = line[: match.start()]
    line = _TIME_RE.sub("", line)
    line = _BY_PREFIX_RE.sub("", line).strip(" -–—|,:·•")
    line = _GLUED_OUTLET_RE.sub(r"\1 | \2", line)  # "Jonathan GarberFOXBusiness"
    outlet = None
    parts = re.split(r"\s*(?:/|\||\\-|\s[-–—]\s|\s·\s)\s*", line)
    if len(parts) >= 2:
        tail = parts[-1].strip()
        if _OUTLET_RE.match(tail) and _looks_like_name_list(parts[:-1]):
            words = tail.split()
            while len(words) > 1 and _JOB_WORD_RE.fullmatch(words[-1]):
                words.pop()  # "Live Science Contributor" → "Live Science"
            outlet = " ".join(words)
            parts = parts[:-1]
    authors: list[str] = []
    for part in parts:
        for chunk in re.split(r"\s*,\s*|\s+(?:and|&|e|y|und|et|dan)\s+", part):
            chunk = chunk.strip(" .-–—")
            if not chunk:
                continue
            words = chunk.split()
            while len(words) > 1 and words[-1].lower() in _LONG_MONTHS:
                words.pop()  # "Carrie Arnold November": a date's month left behind
            chunk = " ".join(words)
            staff = _STAFF_RE.match(chunk)
            if staff and outlet is None:
                outlet = _name_case(staff.group(1))  # "JERUSALEM POST STAFF"
                continue
            if _WIRE_RE.fullmatch(chunk):
                outlet = outlet or re.sub(r"(?i)^the\s+", "", chunk)  # "The Associated Press"
                continue
            wire = _WIRE_TAIL_RE.match(chunk)
            if wire and len(wire.group(1).split()) >= 2 and _looks_like_name(wire.group(1)):
                chunk, outlet = wire.group(1), outlet or wire.group(2)
            elif authors and outlet is None and _outlet_like(chunk):
                outlet = chunk  # "Sandee LaMotte, CNN", "Charlie Wood, Business Insider"
                continue
            chunk = _name_case(chunk)
            if (
                _looks_like_name(chunk)
                and not _is_role(chunk)
                and not _CALENDAR_WORD_RE.match(chunk)
                and chunk not in authors
            ):
                authors.append(chunk)
    return authors, outlet


def _looks_like_name_list(parts: list[str]) -> bool:
    return any(_looks_like_name(c.strip()) for p in parts for c in re.split(r",| and ", p))


# A job title ends on its head noun: "Middle East Correspondent", "Senior Staff Writer".
_ROLE_HEAD_RE = re.compile(
    r"(?:correspondent|reporter|writer|editor|columnist|contributor|analyst|producer|"
    r"photographer|journalist|researcher|fellow|professor|intern|director|chief)s?",
    re.I,
)


def _is_role(chunk: str) -> bool:
    words = chunk.split()
    hits = sum(1 for w in words if _ROLE_RE.fullmatch(w))
    return (
        hits >= 1
        and hits * 2 >= len(words)
        or bool(words)
        and bool(_ROLE_HEAD_RE.fullmatch(words[-1]))
        or chunk.lower() in {"staff", "admin", "agencies"}
    )


# ---------------------------------------------------------------------------
# Publication from a URL's domain
# ---------------------------------------------------------------------------

# Words that outlet names are made of; used only to spell out a domain ("themoscowtimes").
_OUTLET_WORDS = frozenset(
    "the times post news daily herald tribune journal guardian telegraph review policy "
    "foreign affairs press star chronicle observer gazette mail express mirror sun week "
    "weekly monitor report insider wire today world global magazine standard independent "
    "economist atlantic hill politico national international street business financial "
    "new york washington moscow london los angeles chicago boston wall sky fox live online "
    "free radio europe liberty voice america al jazeera middle east eye council relations "
    "institute center centre war on the rocks lawfare defense one public media network "
    "first local city state county morning evening sunday week end point view net info "
    "asia africa arab russia russian syria syrian turkish iran iranian china india "
    "deutsche welle france sport sports tech science nature".split()
)


def publication_from_url(url: str | None, vocabulary: Iterable[str] = ()) -> str | None:
    """Spell out a URL's domain: `themoscowtimes.com` → "The Moscow Times".

    The domain's main label is split into words found in the article's own vocabulary or
    in a short list of words outlet names use; a label that cannot be split is shown as
    the bare domain (e.g. "ecfr.eu") rather than guessed at.
    """
    if not url:
        return None
    host = _host(url if "://" in url else "https://" + url).lower()
    host = host.removeprefix("www.").removeprefix("m.").removeprefix("amp.")
    if not host:
        return None
    labels = host.split(".")
    label = (
        labels[-3]
        if len(labels) >= 3 and labels[-2] in ("co", "com", "org")
        else labels[-2]
        if len(labels) >= 2
        else labels[0]
    )
    words = _OUTLET_WORDS | {w.lower() for w in vocabulary if len(w) >= 3}
    split = _segment(label.replace("-", ""), words)
    if split is None:
        return host
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


_DISCLAIMER_OUTLET_RE = re.compile(
    r"^(?:The\s+)?((?:[A-Z][\w&'.-]*)(?:\s+(?:[A-Z][\w&'.-]*|of|on|for|and|&|the)){0,7})\s+"
    r"(?:does not|do not|doesn't|is not)\b"
)


def _publication_from_disclaimer(removed: Iterable[Removal]) -> str | None:
    for removal in removed:
        if removal.reason == "disclaimer":
            match = _DISCLAIMER_OUTLET_RE.match(removal.text.strip())
            if match:
                return match.group(1).strip()
    return None


# ---------------------------------------------------------------------------
# The header
# ---------------------------------------------------------------------------


@dataclass
class _Header:
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    date_line: str | None = None
    caption: str | None = None
    credit: str | None = None
    consumed: int = 0
    """How many leading blocks are header lines."""
    caption_at: int = 0
    """Which block the caption was read from."""
    taken: dict[int, str] = field(default_factory=dict)
    """Block index → what it became (title, subtitle, caption), for duplicates of it."""


_CREDIT_SPLIT_RE = re.compile(
    r"\s*(?:\(((?:Photo|Image|Credit|Foto)?[^()]{2,60})\)|((?:Photo|Image|Credit|Foto)s?\s*:\s*.{2,80})|"
    r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}\s*/\s*[^/]{2,60}))\s*$"
)


def split_credit(caption: str) -> tuple[str, str | None]:
    """ "Caption text. Fabrice Coffrini / AP" → ("Caption text.", "Fabrice Coffrini / AP")."""
    text = caption.strip()
    sentences = re.split(r"(?<=[.!?])\s+", text)
    if len(sentences) >= 2 and len(sentences[-1].split()) <= 12:
        last = sentences[-1]
        if "/" in last or re.search(r"\b(?:photo|image|credit|via|AP|AFP|Reuters|Getty)\b", last):
            return " ".join(sentences[:-1]).strip(), last.strip()
    match = _CREDIT_SPLIT_RE.search(text)
    if match and match.start() > 0:
        return text[: match.start()].strip(), next(g for g in match.groups() if g).strip()
    return text, None


def _key(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def _read_header(
    blocks: tuple[Paragraph, ...], html_title: str | None
) -> tuple[_Header, list[tuple[int, Removal]]]:
    """Walk the leading blocks while they are header lines; note what each one was.

    Returns the header and the lines it removed, each with the index of its block.
    """
    header = _Header()
    removed: list[tuple[int, Removal]] = []
    i = 0
    limit = min(len(blocks), 14)
    first_prose = _first_prose(blocks)
    while i < limit:
        block = blocks[i]
        text = block.text.strip()
        words = len(text.split())
        if block.is_list and not _dateline_block(text):
            break
        if not text:
            i += 1  # an empty block has nothing to read or to lose
            continue
        key = _key(text)
        furniture = header_furniture(text)
        if furniture is not None:
            removed.append((i, Removal(text, furniture)))
            i += 1
            continue
        following = _key(blocks[i + 1].text) if i + 1 < len(blocks) else ""
        if header.title is None and following and key.endswith(" " + following):
            # "Home News Business News <the title>" above "# <the title>": a breadcrumb
            removed.append((i, Removal(text, "breadcrumb")))
            i += 1
            continue
        if header.title is not None and key == _key(header.title):
            removed.append((i, Removal(text, "duplicate of the title")))  # a video's headline
            i += 1
            continue
        if header.caption is not None and key and _same_caption(key, header):
            if len(text) > len(header.caption) + len(header.credit or "") and is_caption(
                text, words
            ):
                earlier = blocks[header.caption_at].text.strip()
                removed.append((header.caption_at, Removal(earlier, "duplicate caption")))
                header.caption, header.credit = split_credit(text)
                header.caption_at = i
                header.taken[i] = "caption"
            else:
                removed.append((i, Removal(text, "duplicate caption")))
            i += 1
            continue
        if is_caption(text, words) or _is_caption_prefix(blocks, i):
            if header.caption is None:
                header.caption, header.credit = split_credit(text)
                header.caption_at = i
                if _is_caption_prefix(blocks, i):
                    header.caption, header.credit = split_credit(blocks[i + 1].text)
                    removed.append((i, Removal(text, "duplicate caption")))
                    i += 1
                    header.caption_at = i
                header.taken[i] = "caption"
            else:
                break
            i += 1
            continue
        if header.title is None and header.date_line is None and _plainly_dateline(text):
            if find_dates(text):  # above the title: not a title however short it is
                header.date_line = text
            removed.append((i, Removal(text, "dateline")))
            i += 1
            continue
        if header.title is None and (
            html_title
            and _key(html_title) == key
            or html_title is None
            and (
                block.kind == "subhead"
                or words <= 30
                and (not text.endswith(".") or text.isupper())  # "… QUALIFIER."
                and not text.endswith(":")  # "Up next:" labels what follows
            )
            and not looks_like_byline(text)
        ):
            header.title = text
            header.taken[i] = "title"
            i += 1
            continue
        if header.title is not None and header.outlet is None and _WIRE_RE.fullmatch(text):
            header.outlet = _AGENCY_NAMES.get(text, re.sub(r"(?i)^the\s+", "", text))
            removed.append((i, Removal(text, "byline")))  # "Reuters" on a line of its own
            i += 1
            continue
        if _BY_ALONE_RE.match(text) and i + 1 < len(blocks) and not header.authors:
            # "By" on a line of its own, the name on the next: one byline in two blocks
            authors, outlet = parse_byline(f"{text} {blocks[i + 1].text.strip()}")
            if authors:
                header.authors, header.outlet = tuple(authors), outlet
                removed.append((i, Removal(text, "byline")))
                removed.append((i + 1, Removal(blocks[i + 1].text.strip(), "byline")))
                i += 2
                continue
        if looks_like_byline(text) and not header.authors:
            authors, outlet = parse_byline(text)
            if authors or outlet:
                header.authors = tuple(authors)
                header.outlet = outlet
                if find_dates(text):
                    header.date_line = text
                removed.append((i, Removal(text, "byline")))
                i += 1
                continue
        if (
            _dateline_block(text)
            and header.date_line is None
            and words <= 16 * (text.count("\n") + 1)
            and find_dates(text)
        ):
            header.date_line = text
            removed.append((i, Removal(text, "dateline")))
            i += 1
            continue
        if (
            header.title is not None
            and header.subtitle is None
            and 4 <= words <= 45
            and i + 1 < len(blocks)
            and not (
                # a dek sits above the byline; a long sentence below it is the lede
                (header.authors or header.date_line)
                and words >= 20
                and _TERMINAL_END_RE.search(text)
            )
            and _dek_follows(blocks, i, first_prose)
        ):
            header.subtitle = text
            header.taken[i] = "subtitle"
            i += 1
            if first_prose < i:
                first_prose = i + _first_prose(blocks[i:])  # the dek read like prose
            continue
        residue = _residue(blocks, i, words) if i < first_prose else None
        if residue is None:
            break
        removed.append((i, Removal(text, residue)))
        i += 1
    header.consumed = i
    return header, removed


_BY_ALONE_RE = re.compile(r"^\s*(?:by|por|von|par|di|oleh)\s*:?\s*$", re.I)
_SENTENCE_END_RE = re.compile(r"[.!?…。！？][\"')\]]*(?:\s|$)")
_TERMINAL_END_RE = re.compile(r"[.!?…:;。！？][\"')\]*]*\s*$")


_MONTH_DAY_RE = re.compile(rf"(?:[^\W\d_]+,?\s+)?({_MONTH_NAMES})\.?\s+{_DAY}", re.I)


def _plainly_dateline(text: str) -> bool:
    """A line that is a date and nothing more: labelled ("Last Updated : Nov 20, 2019 …
    | Source: X") or a date and a time with at most two other words."""
    if "\n" in text or len(text.split()) > 16:
        return False
    if _MONTH_DAY_RE.fullmatch(text.strip()):
        return True  # "November 18": a date without its year, still no title
    if not find_dates(text):
        return False
    if _LABEL_RE.search(text):
        return True
    rest = _TIME_RE.sub(" ", text)
    for found in (_ISO_RE, _MDY_RE, _DMY_RE, _NUMERIC_RE):
        rest = found.sub(" ", rest)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 2


def _dateline_block(text: str) -> bool:
    """A dateline, or a block of them ("18 Nov 2019, 19:09" / "Updated: 18 Nov 2019")."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    return bool(lines) and len(lines) <= 3 and all(looks_like_dateline(line) for line in lines)


def _first_prose(blocks: tuple[Paragraph, ...]) -> int:
    """Index of the first block that reads as the article's prose (the header ends there).

    Twenty words or more ending a sentence, or two sentences: a line under the title
    (a dek, a caption, "Image 1 of 8") is seldom either.
    """
    for i, block in enumerate(blocks):
        text = block.text.strip()
        words = len(text.split())
        if block.is_list or is_caption(text, words):
            continue
        sentences = len(_SENTENCE_END_RE.findall(text))
        if words >= 20 and _TERMINAL_END_RE.search(text) or sentences >= 2 and words >= 12:
            return i
    return len(blocks)


def _residue(blocks: tuple[Paragraph, ...], i: int, words: int) -> str | None:
    """Why a leftover line between the title and the first paragraph goes, or None.

    Only called before the first prose block. A second dateline ("Updated …"), a second
    byline, a caption, a caption whose credit is the next line, or a short line that
    ends no sentence (a name, an outlet, "Image 1 of 8", "Close", a share count).
    """
    text = blocks[i].text.strip()
    if looks_like_dateline(text) and words <= 25 and find_dates(text):
        return "dateline"
    if looks_like_byline(text):
        return "byline"
    if is_caption(text, words):
        return "caption"
    if i + 1 < len(blocks) and words <= 60:
        credit = blocks[i + 1].text.strip()
        if len(credit.split()) <= 8 and is_caption(credit, len(credit.split())):
            return "caption"
    if words <= 3 and text.endswith(":"):
        return "header line"  # "Up next:", "Watch:": a label for what follows
    if (
        words <= 12
        and not _TERMINAL_END_RE.search(text)
        and (words <= 3 or _header_ahead(blocks, i))
    ):
        return "header line"  # a longer line with no byline or date after it may be the lede
    return None


def _header_ahead(blocks: tuple[Paragraph, ...], i: int) -> bool:
    """A byline, dateline or caption follows within the next few blocks."""
    for block in blocks[i + 1 : i + 5]:
        text = block.text.strip()
        words = len(text.split())
        if looks_like_byline(text) or is_caption(text, words) or _BY_ALONE_RE.match(text):
            return True
        if looks_like_dateline(text) and words <= 25 and find_dates(text):
            return True
    return False


def _same_caption(key: str, header: _Header) -> bool:
    """The block repeats the caption (with or without its credit)."""
    bare = _key(header.caption or "")
    full = _key(_caption_text(header))
    return key in (bare, full) or (
        len(key) >= 0.8 * len(bare) and (full.startswith(key) or key.startswith(bare))
    )


def _caption_text(header: _Header) -> str:
    return header.caption + (" " + header.credit if header.credit else "")


def _is_caption_prefix(blocks: tuple[Paragraph, ...], i: int) -> bool:
    """A caption shown twice: once bare, then again with its credit."""
    if i + 1 >= len(blocks):
        return False
    here, after = _key(blocks[i].text), _key(blocks[i + 1].text)
    nxt = blocks[i + 1].text
    return bool(here) and after.startswith(here) and is_caption(nxt, len(nxt.split()))


def _dek_follows(blocks: tuple[Paragraph, ...], i: int, first_prose: int) -> bool:
    """A dek sits between the title and a byline, dateline, caption or a longer paragraph.

    Leftover lines (a credit, "Close") may come between the dek and that byline.
    """
    text = blocks[i].text
    if re.match(r"^[A-Z][A-Z ,.'-]{2,}\s*(?:\([^)]*\))?\s*[—–-]", text):
        return False  # "MADRID (AP) — …" opens the body
    after = i + 1
    while after + 1 < len(blocks) and header_furniture(blocks[after].text) is not None:
        after += 1  # "5 min read" between the dek and the byline
    nxt = blocks[after].text
    nwords = len(nxt.split())
    if (
        looks_like_byline(nxt)
        or _BY_ALONE_RE.match(nxt)
        or (_dateline_block(nxt) and nwords <= 16 * (nxt.count("\n") + 1))
        or is_caption(nxt, nwords)
        or nwords >= 2 * len(text.split())
        and nwords >= 30
    ):
        return True
    # a credit line or "Close" between the dek and its byline (only before the first prose)
    while after + 1 < first_prose and _residue(blocks, after, nwords) == "header line":
        after += 1
        nxt = blocks[after].text
        nwords = len(nxt.split())
        if looks_like_byline(nxt) or (looks_like_dateline(nxt) and nwords <= 16):
            return True
    return False


_BIO_VERB_RE = re.compile(r"\s+(?:is|was|has been|covers|writes|reports)\b")
_BIO_WORDS_RE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|bureau|"
    r"covers|covered|reported|reporting|writes|based in)\b",
    re.I,
)


def _cut_author_bio(
    body: tuple[Paragraph, ...], authors: Iterable[str]
) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
    """The body without a closing bio of its own author ("Jane Roe is our Moscow
    correspondent. She previously …"): the article's last paragraph, short, opening on an
    author's name and a verb, and saying what a reporter does."""
    names = [a for a in authors if len(a.split()) >= 2]
    if not body or not names:
        return body, ()
    last = body[-1]
    text = last.text.strip()
    if last.kind != "body" or len(text.split()) > 60:
        return body, ()
    for name in names:
        if (
            text.startswith(name)
            and _BIO_VERB_RE.match(text, len(name))
            and _BIO_WORDS_RE.search(text)
        ):
            return body[:-1], (last,)
    return body, ()


# ---------------------------------------------------------------------------
# Inference
# ---------------------------------------------------------------------------

_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_PAST_RE = re.compile(r"\b(?:was|were|had|said|\w+ed)\b", re.I)


def _infer_date(paragraphs: Iterable[Paragraph]) -> tuple[str, str] | None:
    """The latest explicitly dated past event (full date, past-tense sentence).

    Returns (value at month precision, reason). Day precision would claim more than the
    evidence holds: the article can only be known to be no older than that event.
    """
    best: tuple[str, str] | None = None
    for paragraph in paragraphs:
        if not _YEAR_RE.search(paragraph.text):
            continue  # a full date needs a year
        for sentence in re.split(r"(?<=[.!?])\s+(?=[^\w\s]*[A-Z])", paragraph.text):
            if not _PAST_RE.search(sentence):
                continue
            for date in find_dates(sentence):
                if date.ambiguous:
                    continue
                if best is None or date.value > best[0]:
                    best = (date.value, sentence.strip()[:120])
    if best is None:
        return None
    value, sentence = best
    reason = (
        f"publication date inferred as {value[:7]}: the latest dated past event in the text "
        f"is {value} ({sentence!r}); the article is no older than that"
    )
    return value[:7], reason


# ---------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------


def _in_source_order(
    cleaned: Cleaned, header_removed: list[tuple[int, Removal]], ids: dict[str, str]
) -> tuple[Removal, ...]:
    """The cleaner's removals and the header lines taken here, merged in source order.

    The cleaner numbers kept and removed blocks together (`b5` is the fifth block it
    kept or recorded), so the removals fill the numbers the kept blocks skip. A
    "duplicate of bN" is renamed to the final id of the copy that was kept (`p3`), or to
    what the header made of it ("duplicate of the title").
    """
    blocks = cleaned.blocks
    numbers = [_provisional_number(b.id) for b in blocks]
    total = len(blocks) + len(cleaned.removed)
    free = sorted(set(range(1, total + 1)) - set(numbers))
    if None in numbers or len(free) != len(cleaned.removed):
        # ids in another scheme: the cleaner's removals stay in their order, after the header
        numbers = list(range(1, len(blocks) + 1))
        free = list(range(len(blocks) + 1, total + 1))
    ordered: list[tuple[int, Removal]] = [(numbers[i], removal) for i, removal in header_removed]
    for number, removal in zip(free, cleaned.removed, strict=True):
        reason = removal.reason
        if reason.startswith("duplicate of b"):
            target = reason.removeprefix("duplicate of ")
            reason = "duplicate of " + ids.get(target, "a header line")
        ordered.append((number, Removal(removal.text, reason)))
    # a header block can give two removals (an earlier caption replaced): keep their order
    ordered.sort(key=lambda pair: pair[0])
    return tuple(removal for _, removal in ordered)


def _provisional_number(block_id: str) -> int | None:
    digits = block_id[1:]
    return int(digits) if block_id[:1] == "b" and digits.isdigit() else None


_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def _without_site_name(title: str, publication: str | None) -> str:
    """A page title without the site's name stuck to it ("Best gadgets of 2019 | ZDNet",
    "ZDNet | Best gadgets …"): only when the stuck part is the publication itself (or the
    start of its name), so a title that merely contains a dash is left whole."""
    site = _key(publication or "")
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not site or not separators:
        return title

    def is_site(part: str) -> bool:
        key = _key(part)
        return key == site or len(key) >= 4 and site.startswith(key)

    last, first = separators[-1], separators[0]
    if is_site(title[last.end() :]) and title[: last.start()].strip():
        return title[: last.start()].strip()
    if is_site(title[: first.start()]) and title[first.end() :].strip():
        return title[first.end() :].strip()
    return title


_WIRE_DATELINE_RE = re.compile(
    rf"^{WIRE_DATELINE_START}\s*\(([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){{0,3}})\)\s*[-—–_]"
)
"""A wire story's opening: "CAIRO (Reuters) -", "SANTA FE, N.M. (AP) —",
"BEIJING, Nov 5 (Reuters) -"."""
_AGENCY_NAMES = {"AP": "Associated Press", "AFP": "Agence France-Presse"}


def _wire_in_dateline(body: Sequence[Paragraph]) -> str | None:
    """The agency named in the first paragraph's dateline, when nothing else names one."""
    first = next((p.text for p in body if p.kind == "body"), "")
    match = _WIRE_DATELINE_RE.match(first)
    return _AGENCY_NAMES.get(match.group(1), match.group(1)) if match else None


def _page_authors(html: HtmlMetadata | None) -> tuple[str, ...]:
    """The page's own author field, read like a byline: roles, outlets, months dropped
    ("Tom Krisher, AP Auto Writer" → Tom Krisher)."""
    if html is None or not html.authors:
        return ()
    return tuple(parse_byline(", ".join(html.authors))[0])


def extract_metadata(cleaned: Cleaned, correction: ArticleCorrection | None = None) -> Article:
    """Read the header lines and page metadata into an Article (precedence: module doc)."""
    raw = cleaned.raw
    html = cleaned.html
    warnings = list(cleaned.warnings)
    header, header_removed = _read_header(cleaned.blocks, html.title if html else None)
    body = cleaned.blocks[header.consumed :]

    title = header.title or (html.title if html else None)
    if title is None:
        first = next((b.text for b in cleaned.blocks if b.text.strip()), raw.id)
        title = next((line.strip() for line in first.split("\n") if line.strip()), raw.id)[:200]
        warnings.append("no clear title line; using the first line")
        if body and body[0].text.strip() == title and not _TERMINAL_END_RE.search(title):
            # a title-shaped line; a sentence stays a paragraph too (never lose the lede)
            header.taken[header.consumed] = "title"
            body = body[1:]

    title_key = _key(header.title) if header.title else ""
    for k, block in enumerate(body[:6]):
        if title_key and _key(block.text) == title_key:
            # a gallery or video repeats the headline above the text: the title says it
            header_removed.append(
                (header.consumed + k, Removal(block.text, "duplicate of the title"))
            )
            body = body[:k] + body[k + 1 :]
            break

    url = cleaned.url or (html.url if html else None)
    publication = (
        header.outlet
        or _publication_from_disclaimer(cleaned.removed)
        or (html.sitename if html and html.sitename else None)
        or _wire_in_dateline(body)
    )
    if publication is None and url:
        vocabulary = set(re.findall(r"[^\W\d_]+", title.lower()))
        for paragraph in body:
            vocabulary.update(re.findall(r"[^\W\d_]+", paragraph.text.lower()))
        publication = publication_from_url(url, vocabulary)
    if header.title is None and html is not None and title == html.title:
        # only the page's <title>: a title line of the text keeps every word it has
        title = _without_site_name(title, publication)
    authors = header.authors or _page_authors(html)

    published, basis = None, None
    day_first = _day_first(url, [header.date_line or ""])
    if header.date_line:
        chosen = pick_published(find_dates(header.date_line, day_first))
        if chosen:
            published, basis = chosen.value, "text"
            if chosen.ambiguous:
                warnings.append(
                    f"day/month order of {header.date_line.strip()!r} guessed; check the date"
                )
    if published is None and html and html.date:
        published, basis = html.date[:10], "metadata"
    if published is None and url:
        parsed = _parse_url(url)
        match = _URL_DATE_RE.search(parsed.path + "/") if parsed else None
        if match:
            parts = [g for g in match.groups() if g]
            value = _valid(int(parts[0]), int(parts[1]), int(parts[2]))
            if value:
                published, basis = value, "metadata"
                warnings.append("publication date taken from the article's URL")
    if published is None and body and _plainly_dateline(body[-1].text.strip()):
        # a date line at the very end ("October 17, 2023"), as some pages print it
        chosen = pick_published(find_dates(body[-1].text, day_first))
        if chosen:
            published, basis = chosen.value, "text"
            trailing, body = body[-1], body[:-1]
            at = next(i for i, block in enumerate(cleaned.blocks) if block is trailing)
            header_removed.append((at, Removal(trailing.text, "dateline")))
    if published is None and cleaned.removed:
        last = cleaned.removed[-1]  # the same line, already cut as furniture after the article
        if last.reason == "page furniture after the article" and _plainly_dateline(last.text):
            chosen = pick_published(find_dates(last.text, day_first))
            if chosen:
                published, basis = chosen.value, "text"
    if published is None:
        inferred = _infer_date(body)
        if inferred:
            published, basis = inferred[0], "inferred"
            warnings.append(inferred[1])
        else:
            warnings.append("no publication date found")

    subtitle = header.subtitle
    if correction is not None:
        title = correction.title or title
        subtitle = correction.subtitle or subtitle
        authors = correction.authors if correction.authors is not None else authors
        publication = correction.publication or publication
        url = correction.url or url
        if correction.published:
            published, basis = correction.published, "config"
            warnings = [w for w in warnings if w != "no publication date found"]

    body, bio = _cut_author_bio(body, authors)
    ids = {}
    paragraphs = []
    for n, block in enumerate(body, start=1):
        ids[block.id] = f"p{n}"
        paragraphs.append(Paragraph(f"p{n}", block.text, block.kind, block.is_list, block.links))
    for i, role in header.taken.items():
        ids.setdefault(cleaned.blocks[i].id, f"the {role}")
    removals = _in_source_order(cleaned, header_removed, ids)
    if bio:
        removals += tuple(Removal(block.text, "author bio") for block in bio)

    return Article(
        id=raw.id,
        source=raw.source,
        title=title,
        subtitle=subtitle,
        authors=tuple(authors),
        publication=publication,
        published=published,
        published_basis=basis,
        url=url,
        caption=header.caption,
        credit=header.credit,
        paragraphs=tuple(paragraphs),
        removed=removals,
        warnings=tuple(warnings),
        language=cleaned.language,
    )
