"""RawArticle → Cleaned: remove page furniture, repair the text, keep an audit trail.

Scraped articles arrive as Markdown-ish text: whatever a person copied or a converter
(html2text and the like) produced from a page, with the page's navigation, consent walls,
share rows, teasers and trailers still in it. The cleaner works from general evidence,
not from the phrases of any one site:

1. **Repair first.** Blocks are cut at blank lines; a block that stops mid-sentence and a
   next block that continues it are rejoined (also when a `[link](#)` straddles the
   break), so that the halves are judged as the paragraph they are.
2. **Describe every block**: link density (`[text](#)` marks link text), words, share of
   stop words in the article's language, sentence punctuation, list and heading markup,
   repetition inside the page and across the corpus, and a furniture vocabulary (cookies,
   newsletters, sharing, …) that only backs up the shape evidence.
3. **Find the article body** as the contiguous run of blocks with the highest score
   (prose counts for it, link lists and furniture against it), like justext's context
   smoothing but one global decision, so a menu that happens to be long cannot win.
   Prose that is not the article is cut from its end by its shape: a run of three or
   more repeated cards (comments: "name says:" / date / text; teasers: linked headline
   / author / date / excerpt) and an "About <name>" line over a bio.
4. **Keep the header** (title, dek, byline, dateline, caption) just before the body for
   the metadata stage, and remove furniture *inside* the body block by block (link
   lists, photo captions ending on their credit, runs of gallery controls, section labels).
5. **Deduplicate**: a paragraph repeated in the page (also with small edits) keeps the
   fuller copy; a pull quote that repeats the body goes. Near-duplicates are found
   through an index of word 3-grams, so only blocks that share some are compared.

Every block not kept is returned in `Cleaned.removed` with its text and a reason, in
source order; kept and removed blocks are numbered together (`b1`, `b2`, …, see
`_source_ids`) so the metadata stage can keep that order. Cleaning prefers keeping a
little furniture to losing a sentence of the article.

Speed: the cleaner runs on every article of a corpus, so each block is parsed once into
`_Block` (plain text, lower-case words, key), furniture patterns run only when their
trigger words could reach a decision, and menu lines (`[Home](#)`) take a fast path.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from .groups import UnionFind
from .language import PROFILE_CODES, identify
from .models import Cleaned, Link, Paragraph, RawArticle, Removal

# ---------------------------------------------------------------------------
# Characters and inline markup
# ---------------------------------------------------------------------------

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_QUOTE_MAP = (
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u201f", '"'),
    ("\u2033", '"'),
    ("\u2018", "'"),
    ("\u2019", "'"),
    ("\u201a", "'"),
    ("\u201b", "'"),
    ("\u2032", "'"),
)
# Runs of spaces that need rewriting: any run holding an exotic space, or two or more
# spaces (a lone " " is left alone rather than replaced by itself thousands of times)
_SPACES_RE = re.compile(
    r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*"
    r"| [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+"
)


def normalize_chars(text: str) -> str:
    """Newlines to `\\n`, exotic spaces to spaces, zero-width marks out, quotes to ASCII.

    Words are never changed: only quote marks (typographic → `"` and `'`, TeX-style
    ```` `` ```` and `''` → `"`), space characters and invisible joiners are. This is the
    normalisation the "nothing lost" invariant is stated against. Plain `str.replace`,
    one C scan per mark, because this runs over every input character.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    ascii_only = text.isascii()
    if not ascii_only:
        for mark in _ZERO_WIDTH:
            if mark in text:
                text = text.replace(mark, "")
    # the ASCII pairs first, as the typographic singles must not pair up into `"`
    text = text.replace("``", '"').replace("''", '"')
    if not ascii_only:
        for mark, ascii_mark in _QUOTE_MAP:
            if mark in text:
                text = text.replace(mark, ascii_mark)
    return _SPACES_RE.sub(" ", text)


# A Markdown link or image: `[label](target "title")`; the label may hold one level of
# brackets. Targets never contain spaces in converter output.
_LINK_RE = re.compile(
    r"(!?)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*<?([^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*)>?"
    r"(?:\s+\"[^\"\n]*\")?\s*\)"
)
_AUTOLINK_RE = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
# `*` as emphasis sits at a word's edge; between two word characters it is text ("0*0")
_EMPHASIS_RE = re.compile(r"(?<!\w)\*+|\*+(?!\w)")
_HEADING_RE = re.compile(r"^(#{1,6})\s*")
_LIST_ITEM_RE = re.compile(r"^\s*(?:[*+\-•]|\d{1,3}[.)])\s+")
_QUOTE_PREFIX_RE = re.compile(r"^\s*(?:>\s?)+")
_REAL_SCHEMES = ("http://", "https://", "mailto:")
# A link whose text runs over blank lines (a teaser card: headline, byline, date).
_SPLIT_LINK_RE = re.compile(r"\[[^\[\]]{0,600}?\n[ \t]*\n[^\[\]]{0,600}?\]\(")
_MULTILINE_LINK_RE = re.compile(r"\[[^\[\]]*\n[^\[\]]*\]\(")
_BLANK_LINES_RE = re.compile(r"\n(?:[ \t]*\n)+")
_RUN_OF_SPACES_RE = re.compile(r" {2,}")
_PLACEHOLDER_LINE_RE = re.compile(r" *\[([^\[\]\n]*)\]\(#\) *$")


@dataclass
class _Inline:
    """A line's plain text, its real links and how much of it is link text."""

    text: str
    links: list[Link]
    link_chars: int
    link_count: int


def _render_inline(line: str) -> _Inline:
    """Markdown line → plain text; placeholder links become text, real links spans."""
    if "[" not in line and "<" not in line:
        # most lines of a page carry no link at all: no offsets to keep track of
        text = _plain(line)
        if "  " in text:
            text = _RUN_OF_SPACES_RE.sub(" ", text)
        return _Inline(text.strip(" "), [], 0, 0)
    whole = _PLACEHOLDER_LINE_RE.match(line)
    if whole:
        # a menu item, `[Home](#)`: more than half the lines of a scraped page
        label = _plain(whole.group(1)).strip()
        text = _RUN_OF_SPACES_RE.sub(" ", label) if "  " in label else label
        return _Inline(text, [], len(label), 1)
    out: list[str] = []
    links: list[Link] = []
    link_chars = 0
    link_count = 0
    pos = 0
    length = 0
    for match in _LINK_RE.finditer(line):
        before = _plain(line[pos : match.start()])
        out.append(before)
        length += len(before)
        label = _plain(match.group(2)).strip()
        target = match.group(3)
        if label:
            start = length
            out.append(label)
            length += len(label)
            if not match.group(1):
                link_chars += len(label)
                link_count += 1
                if target.lower().startswith(_REAL_SCHEMES):
                    links.append(Link(start, start + len(label), target))
        elif not match.group(1):
            link_count += 1
        pos = match.end()
    rest = _plain(line[pos:])
    out.append(rest)
    text = "".join(out)
    text, links = _squeeze(text, links)
    if "<" in text:
        for match in _AUTOLINK_RE.finditer(text):
            links.append(Link(match.start(1), match.end(1), match.group(1)))
    if links:
        text, links = _strip_autolink_brackets(text, links)
    return _Inline(text, links, link_chars, link_count)


def _plain(fragment: str) -> str:
    """Drop emphasis markers and backslash escapes (html2text's `\\-`, `**bold**`)."""
    if "*" in fragment:
        fragment = _EMPHASIS_RE.sub("", fragment)
    if "\\" in fragment:
        fragment = _ESCAPE_RE.sub(r"\1", fragment)
    return fragment


def _squeeze(text: str, links: list[Link]) -> tuple[str, list[Link]]:
    """Collapse runs of spaces and strip the ends, moving link offsets with the text."""
    if "  " not in text and text == text.strip():
        return text, links
    keep: list[int] = []  # new index for each old index
    chars: list[str] = []
    previous_space = True
    for ch in text:
        if ch == " ":
            if previous_space:
                keep.append(len(chars))
                continue
            previous_space = True
        else:
            previous_space = False
        keep.append(len(chars))
        chars.append(ch)
    keep.append(len(chars))
    while chars and chars[-1] == " ":
        chars.pop()
    new_text = "".join(chars)
    moved = [
        Link(min(keep[link.start], len(new_text)), min(keep[link.end], len(new_text)), link.href)
        for link in links
    ]
    return new_text, [link for link in moved if link.end > link.start]


def _strip_autolink_brackets(text: str, links: list[Link]) -> tuple[str, list[Link]]:
    """`<https://x>` → `https://x`, keeping the span on the URL."""
    pieces: list[str] = []
    moved: list[Link] = []
    pos = 0
    shift = 0
    for link in sorted(links, key=lambda k: k.start):
        bracketed = (
            link.start > 0
            and text[link.start - 1] == "<"
            and link.end < len(text)
            and text[link.end] == ">"
        )
        if bracketed and link.start - 1 >= pos:
            pieces.append(text[pos : link.start - 1])
            pieces.append(text[link.start : link.end])
            shift += 1
            moved.append(Link(link.start - shift, link.end - shift, link.href))
            pos = link.end + 1
            shift += 1
        else:
            moved.append(Link(link.start - shift, link.end - shift, link.href))
    pieces.append(text[pos:])
    return "".join(pieces), moved


# ---------------------------------------------------------------------------
# Words and languages
# ---------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W_]+")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LANGUAGES = (
    "English",
    "Portuguese",
    "Spanish",
    "French",
    "German",
    "Italian",
    "Russian",
    "Indonesian",
    "Dutch",
    "Polish",
    "Turkish",
    "Ukrainian",
    "Swedish",
    "Czech",
    "Romanian",
)


@cache
def _stoplist(language: str) -> frozenset[str]:
    """justext's stop-word list for one language (shipped with trafilatura's dependency),
    letters only."""
    import justext

    return frozenset(w for w in {w.lower() for w in justext.get_stoplist(language)} if w.isalpha())


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    """Every language's list, loaded only for a text that is not plainly English."""
    return {language: _stoplist(language) for language in _LANGUAGES}


@lru_cache(maxsize=1)
def _word_languages() -> dict[str, tuple[str, ...]]:
    """Stop word → the languages whose list holds it (one lookup per distinct word)."""
    index: dict[str, list[str]] = {}
    for language, words in _stopwords().items():
        for word in words:
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


# Words for the language guess: link targets are markup, not the article's language.
_LINK_TARGET_RE = re.compile(r"\]\([^()\s]*\)")
_LANGUAGE_SAMPLE_RE = re.compile(r"[^\W\d_]+")


def _language_stopwords(words: Sequence[str]) -> tuple[str, frozenset[str], float]:
    """The stop-word list that covers most of the article's words (English by default):
    its language, the list, and the share of the words it covers.

    Another language must beat English by 15 %: the lists share many short words. A text
    whose words are a third English stop words is English (no other language's text comes
    near a fifth), and the fourteen other lists are not even loaded for it.
    """
    sample = " ".join(words[:1500]).lower().split()
    english = _stoplist("English")
    covered = sum(1 for word in sample if word in english)
    if sample and covered >= 0.35 * len(sample):
        return "English", english, covered / len(sample)
    lists = _stopwords()
    index = _word_languages()
    hits: Counter[str] = Counter()
    for word, n in Counter(sample).items():
        for language in index.get(word, ()):
            hits[language] += n
    best = "English"
    for language in _LANGUAGES[1:]:
        if hits[language] > hits[best] * 1.15:
            best = language
    return best, lists[best], hits[best] / len(sample) if sample else 0.0


_PROFILE_FITS = 0.15
"""Share of an article's words its best stop-word list must cover to judge it by that
list: prose in any of the fifteen languages is over a fifth stop words."""


def article_language(text: str) -> tuple[str | None, frozenset[str]]:
    """The article's language (ISO 639-1; None without words) and the stop words to judge
    its blocks by: empty for a language with no profile, so that prose is judged by its
    shape (sentences, punctuation, length, links, repetition), never by English stop words.

    The stop-word profiles name the language when one fits (no model is loaded for the
    fifteen languages they cover, English above all); only text that none fits is given to
    the identifier.
    """
    words = _LANGUAGE_SAMPLE_RE.findall(_LINK_TARGET_RE.sub("", text[:15000]))
    name, stop, coverage = _language_stopwords(words)
    if not words:
        return None, stop
    if coverage >= _PROFILE_FITS:
        return PROFILE_CODES[name], stop
    code = identify(" ".join(words[:1500]))
    return code, stop if code in PROFILE_CODES.values() else frozenset()


# ---------------------------------------------------------------------------
# Furniture vocabulary: backs up the shape evidence, never decides alone for prose
# ---------------------------------------------------------------------------

# Each kind: a pattern whose hits count as evidence. A long prose block needs several
# hits relative to its length; a short or link-heavy block needs one.
_FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "cookie banner",
        re.compile(
            r"\bcookies?\b|\bconsent\b|\bopt[- ]?out\b|\bgdpr\b|\bccpa\b|"
            r"\bprivacy (?:settings|preferences|choices|controls|policy|notice)\b|"
            r"\btracking technologies\b|\bpersonal (?:data|information)\b|"
            r"\byour browser\b|\btargeted (?:ads|advertising)\b|\bthird[- ]party\b",
            re.I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"\bnewsletters?\b|\bsubscribe\b|\bsign[- ]?up\b|\binbox\b|\be-?mail address\b|"
            r"\bunsubscribe\b|\bmailing list\b|\bregister\b",
            re.I,
        ),
    ),
    (
        "paywall",
        re.compile(
            r"\bsubscribers? only\b|\balready a subscriber\b|\bto (?:continue reading|read the "
            r"full (?:story|article))\b|\bpaywall\b|\bsubscription\b|\bfree articles?\b|"
            r"\blog ?in to (?:read|continue)\b",
            re.I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"\bcomments?\b|\bleave a (?:reply|comment)\b|\breply\b|\bcommenting\b|"
            r"\bjoin the (?:discussion|conversation)\b|\breport abuse\b|\bdiscussion thread\b",
            re.I,
        ),
    ),
    (
        "advertisement",
        re.compile(
            r"^\s*(?:advertisement|advertising|advert|adverts|sponsored(?: content)?|ad|ads|anzeige|"
            r"publicidade|publicidad|pubblicità|publicité|реклама|iklan)\s*$|"
            r"\bstory continues below\b|\bcontinue reading below\b",
            re.I,
        ),
    ),
    (
        "copyright",
        re.compile(r"©|\(c\) ?\d{4}|\bcopyright\b|\ball rights reserved\b", re.I),
    ),
    (
        "disclaimer",
        re.compile(
            r"\b(?:views|opinions) expressed\b|\bdo(?:es)? not necessarily reflect\b|"
            r"\bcollective positions?\b|\bviews of (?:the|their) (?:individual )?authors?\b|"
            r"\bthis (?:post|article|page) (?:may )?contains? affiliate\b|\baffiliate links?\b|"
            r"\bsupported by (?:its|our) (?:audience|readers)\b|"
            r"\bearn (?:an? )?(?:affiliate )?commission\b|"
            r"\bquotes? (?:are )?delayed\b|\breal-time quotes?\b",
            re.I,
        ),
    ),
)
# For each kind, words of which every match of its pattern holds at least one (checked on
# the block's lower-case words). Their count bounds the pattern's hits from above, so the
# regex runs only when its hits could decide: a long article paragraph that says
# "personal" twice never pays for seven regex scans.
_KIND_TRIGGERS: dict[str, frozenset[str]] = {
    "cookie banner": frozenset(
        "cookie cookies consent opt optout gdpr ccpa privacy tracking personal browser "
        "targeted third thirdparty".split()
    ),
    "newsletter": frozenset(
        "newsletter newsletters subscribe sign signup inbox address unsubscribe mailing "
        "register".split()
    ),
    "paywall": frozenset(
        "subscriber subscribers already continue read paywall subscription free log login".split()
    ),
    # not "join": "Join the conversation" inside an article page heads the article's own
    # continuation as often as a comment box (measured: it cut a Davis Cup report in two)
    "comments": frozenset(
        "comment comments commenting leave reply discussion abuse thread".split()
    ),
    "advertisement": frozenset(["below"]),  # and any block of three words or fewer
    "copyright": frozenset("c copyright rights".split()),  # and "©"
    "disclaimer": frozenset(
        "views opinions necessarily collective affiliate supported commission quote quotes".split()
    ),
}
_TRIGGERS = frozenset().union(*_KIND_TRIGGERS.values())
_TRIGGER_KINDS = {
    word: tuple(kind for kind, words in _KIND_TRIGGERS.items() if word in words)
    for word in _TRIGGERS
}
_SHARE_WORDS = frozenset(
    "share shares sharing tweet facebook twitter linkedin whatsapp pinterest reddit email "
    "e-mail mail print copy link telegram flipboard messenger sms tumblr mix stumbleupon "
    "google vk ok x save comment comments this article on via pocket blogger".split()
)
# Short lines that open an end-of-article section (teasers, comments, tags...).
_CONTROL_LINE_RE = re.compile(
    r"^(?:back to (?:the )?(?:gallery|top|video|slideshow|article|story|photos?)|"
    r"(?:view|open|close|exit) (?:the )?(?:gallery|slideshow|share panel|photos?)|"
    r"(?:next|previous|prev) (?:slide|image|photo|picture)|skip (?:ad|advert|advertisement))"
    r"\s*[.:]?$",
    re.I,
)
"""A gallery's, player's or share panel's control, as a line of its own."""
_SECTION_RE = re.compile(
    r"^(?:related(?: articles?| stories| posts| content| coverage| news| links| reading)?|"
    r"more (?:from|on|in|about|stories|news|articles)\b.*|most (?:popular|read|viewed|shared)\b.*|"
    r"recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?(?:like|enjoy)|"
    r"trending(?: now| stories)?|(?:\d+ )?comments?|leave a (?:reply|comment)|"
    r"join the (?:discussion|conversation)|share (?:this|the)(?: article| story| post)?|"
    r"tags?|topics?|read (?:more|next|also)|see also|popular (?:posts|stories|articles)|"
    r"latest(?: news| stories| articles| posts)?|what to read next|editor'?s picks|"
    r"about the author|sponsored(?: content)?|advertisement|around the web|"
    r"don'?t miss|top stories|further reading|in other news|also on .*)\s*:?$",
    re.I,
)
_TEASER_RE = re.compile(
    r"^\s*(?:related(?: article| story| coverage| content)?|read (?:more|also|next)|see also|"
    r"more|recommended|also read|watch|listen|opinion|must read)\s*[:>|»-]",
    re.I,
)
_TAGS_RE = re.compile(
    r"^\s*(?:tags?|topics?|filed under|categories|category|keywords?)\s*[:|]", re.I
)
_TRAILER_RE = re.compile(
    r"^\s*(?:original (?:url|link|article|source)|source url|source|originally published "
    r"(?:at|on|in)|read the original(?: article)?(?: at| on| here)?|url)\s*:?\s*(\S*)\s*$",
    re.I,
)
_URL_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# "Reporting by A; Editing by B", "(Additional reporting by C)", "D contributed to this report"
_CREDITS_RE = re.compile(
    r"^\W*(?:(?:additional )?(?:reporting|writing|editing|research|compiled|graphics) by\b"
    r"|.{0,120}\bcontributed (?:reporting|to this (?:report|story|article))"
    r"(?:\s+from\s+[^.]{1,60})?\W*$)",
    re.I,
)
_SKIP_LINK_RE = re.compile(r"^\s*skip to (?:the )?(?:main )?(?:content|navigation|article)\b", re.I)
_MENU_SPLIT_RE = re.compile(r"\s+[|»›>/•·]\s+")


def _is_menu_line(text: str) -> bool:
    """A menu or breadcrumb trail: "Home | World | Middle East", "Skip to main content".

    Three or more short items between separators, no sentence: a headline with one
    "Analysis | …" label or a byline "A | Reuters" has two.
    """
    if _SKIP_LINK_RE.match(text):
        rest = _SKIP_LINK_RE.sub("", text).strip()
        return not rest or len(rest.split()) <= 2 or _is_menu_line(rest)
    if text.rstrip()[-1:] in _TERMINAL or len(text) > 200:
        return False
    items = _MENU_SPLIT_RE.split(text.strip())
    if len(items) < 3:
        return False
    sizes = [len(item.split()) for item in items]
    return max(sizes) <= 4 and all(item[:1].isupper() or item[:1].isdigit() for item in items)


_CREDIT_TAIL_RE = re.compile(
    r"(?:\b(?:photo|image|picture|credit|foto|illustration)s?\b\s*[:/]|"
    r"/\s*(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Pool|TASS|Sputnik|Shutterstock)\b|"
    r"\((?:AP|AFP|Reuters)\b[^)]*\)\s*$|\bvia (?:AP|AFP|Reuters|Getty Images)\b|"
    r"\b(?:Getty Images|Shutterstock|AP Photo|Reuters/|EPA-EFE)\b)",
    re.I,
)
_BYLINE_RE = re.compile(r"^\s*(?:by|por|von|par|di|oleh|автор|от)\s+\S", re.I)
_NAME_THEN_MORE_RE = re.compile(
    r"^[A-Z][\w.'-]+(?: (?:[A-Z][\w.'-]+|de|da|van|von|al|bin|el|del|la|le)){1,3}"
    r"\s*(?:[/|,–—]|\s-\s|\\-)\s*\S"
)
_ROLE_WORDS_RE = re.compile(
    r"\b(?:director|editor|correspondent|reporter|writer|columnist|professor|fellow|"
    r"analyst|researcher|contributor|author|journalist|programme|program|head of|"
    r"is a |writes (?:about|for|on)|covers )",
    re.I,
)
_TERMINAL = frozenset(".!?…。！？:;؟۔।")
_CLOSERS = "\"')]}»*”’"


# ---------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------


@dataclass
class _Block:
    """One blank-line-separated block with the evidence about it."""

    index: int
    raw: str
    text: str = ""
    links: list[Link] = field(default_factory=list)
    heading: int = 0
    """Markdown heading level, 0 for none."""
    is_list: bool = False
    words: int = 0
    link_chars: int = 0
    link_count: int = 0
    stop: float = 0.0
    sentences: int = 0
    ends_sentence: bool = False
    chars: int = 0
    cls: str = "short"
    """`good`, `neargood`, `short` or `bad`."""
    reason: str | None = None
    """Why it is furniture, when there is evidence for that."""
    value: float = 0.0
    lowered: str = ""
    """`text` in lower case (computed once: every furniture test reads it)."""
    tokens: list[str] = field(default_factory=list)
    """The words of `text`, lower case."""
    key: str = ""
    """The words of `text`, lower case, joined by spaces: what repeats are compared on."""

    @property
    def density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    @cached_property
    def byline(self) -> bool:
        """Shaped like a byline (asked many times while finding the header: cached)."""
        if self.is_list or self.chars > 300 or self.key.count(" ") >= 14:
            return False  # more than 14 words: the cheap half of `looks_like_byline`
        return looks_like_byline(self.text)

    @cached_property
    def dateline(self) -> bool:
        """A short line with a date in it."""
        return self.words <= 25 and not self.is_list and looks_like_dateline(self.text)


def split_blocks(text: str) -> list[str]:
    """Cut Markdown-ish text into blocks at blank lines (a link split by one is rejoined).

    A text with no blank line at all but several lines puts one paragraph on each line (a
    plain-text export, a wire feed): every line is a block, and `rejoin_broken` mends the
    lines that were only wrapped.
    """
    if "[" in text:
        text = _SPLIT_LINK_RE.sub(lambda m: _BLANK_LINES_RE.sub("\n", m.group(0)), text)
    lines = [line.rstrip() for line in text.strip().split("\n")]
    if len(lines) >= 3 and all(lines):
        return _unwrap(lines)
    blocks: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


_WRAPPED_END_RE = re.compile(
    r"(?:[,(\-–—]|\b(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|that|as))$", re.I
)


def _unwrap(lines: list[str]) -> list[str]:
    """Lines of a text with one paragraph per line, the ones that were only wrapped joined
    back: the next line starts in lower case ("Result in an international" / "basketball
    tournament on Friday:"), or this one ends open (a comma, a bracket still open, "the")."""
    out: list[str] = []
    for line in lines:
        if out:
            previous = out[-1]
            wrapped = (
                line.lstrip()[:1].islower()
                or _WRAPPED_END_RE.search(previous) is not None
                or previous.count("(") > previous.count(")")
            )
            if wrapped and not _LIST_ITEM_RE.match(line) and not line.lstrip().startswith("#"):
                out[-1] = previous + " " + line.lstrip()
                continue
        out.append(line)
    return out


def _describe(index: int, raw: str, stop: frozenset[str]) -> _Block:
    """Parse a block's markup and measure it."""
    block = _Block(index, raw)
    lines = raw.split("\n")
    if len(lines) == 1:
        # the common case, one line: no list, no card, at most a heading or a quote mark
        line = raw
        if line.lstrip().startswith("#"):
            heading = _HEADING_RE.match(line.lstrip())
            if heading:
                block.heading = len(heading.group(1))
                line = line.lstrip()[heading.end() :]
        item = _LIST_ITEM_RE.match(line)
        if item:
            # a one-item list is a line: bullets go, numbers stay
            line = line.lstrip() if item.group(0).strip()[0].isdigit() else line[item.end() :]
            line = _HEADING_RE.sub("", _QUOTE_PREFIX_RE.sub("", line))
        elif ">" in line:
            line = _QUOTE_PREFIX_RE.sub("", line)
        _fill(block, [_render_inline(line.strip())], stop)
        return block
    items = [_LIST_ITEM_RE.match(line) for line in lines]
    if "[" in raw and _MULTILINE_LINK_RE.search(raw):
        # a teaser card: one link around a headline, a byline and a date
        lines = [" ".join(_LIST_ITEM_RE.sub("", line).strip() for line in lines)]
    elif any(items) and sum(1 for m in items if m) * 2 >= len(lines):
        block.is_list = True
        merged: list[str] = []
        for line, match in zip(lines, items, strict=True):
            if match:
                marker = match.group(0).strip()
                # bullets go; numbers stay, they are the list's words ("1. Eat slowly")
                merged.append(line[match.end() :] if not marker[0].isdigit() else line.lstrip())
            elif merged:
                merged[-1] += " " + line.strip()
            else:
                merged.append(line)
        lines = [_HEADING_RE.sub("", _QUOTE_PREFIX_RE.sub("", m)) for m in merged]
    else:
        # one paragraph: a link may run over its lines
        lines = [" ".join(_QUOTE_PREFIX_RE.sub("", line).strip() for line in lines)]
    _fill(block, [_render_inline(line) for line in lines], stop)
    return block


def _fill(block: _Block, parts: list[_Inline], stop: frozenset[str]) -> None:
    """Join the rendered lines into the block's text and links, then measure it."""
    if len(parts) == 1:  # one line: nothing to join or shift
        part = parts[0]
        block.link_count += part.link_count
        if part.text:
            block.text, block.links = part.text, part.links
            block.link_chars += part.link_chars
        block.is_list = False
        _measure(block, stop)
        return
    separator = "\n" if block.is_list else " "
    texts: list[str] = []
    links: list[Link] = []
    offset = 0
    for part in parts:
        if not part.text:
            block.link_count += part.link_count
            continue
        if texts:
            offset += len(separator)
        if part.links:
            links.extend(Link(k.start + offset, k.end + offset, k.href) for k in part.links)
        texts.append(part.text)
        offset += len(part.text)
        block.link_chars += part.link_chars
        block.link_count += part.link_count
    if block.is_list and len(texts) == 1:
        block.is_list = False
    block.text = separator.join(texts)
    block.links = links
    _measure(block, stop)


_SENTENCE_END_RE = re.compile(r"[.!?。！？؟۔।](?:[\"')\]]*)(?:\s|$)")
_CJK_STOP_RE = re.compile(r"[。！？]")


def _measure(block: _Block, stop: frozenset[str]) -> None:
    """Words, stop-word share, sentences: one pass of each regex over the block."""
    text = block.text
    lowered = text.lower()
    words = _WORD_RE.findall(lowered)
    block.lowered = lowered
    block.tokens = words
    block.key = " ".join(words)
    cjk = len(_CJK_RE.findall(text)) if not text.isascii() and _CJK_RE.search(text) else 0
    block.words = len(words) + cjk // 2
    block.chars = len(text)
    if cjk > len(words):
        # no stop-word list for CJK: sentence punctuation stands in for prose shape
        block.stop = 0.4 if _CJK_STOP_RE.search(text) else 0.1
        block.chars = len(text) + 2 * cjk
    elif words and stop:
        block.stop = len(list(filter(stop.__contains__, words))) / len(words)
    elif words:
        # a language with no stop-word profile: sentence punctuation stands in, as for CJK
        block.stop = 0.4 if _SENTENCE_END_RE.search(text) or _ends_sentence(text) else 0.1
    if "." in text or "!" in text or "?" in text or not text.isascii():
        block.sentences = len(_SENTENCE_END_RE.findall(text))
    block.ends_sentence = _ends_sentence(text)


def _ends_sentence(text: str) -> bool:
    tail = text.rstrip().rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in _TERMINAL


# ---------------------------------------------------------------------------
# Repair: paragraphs broken across a blank line
# ---------------------------------------------------------------------------

_OPEN_END_RE = re.compile(r"[\w,\-–—(/&]$")


def _ends_open(plain: str) -> bool:
    """The text stops where a sentence cannot (a word, a comma, an open bracket)."""
    tail = plain.rstrip()
    return bool(tail) and tail[-1] not in _TERMINAL and bool(_OPEN_END_RE.search(tail))


def _continues(plain: str) -> bool:
    """The text starts the way only a continued sentence starts (lower case, a comma)."""
    head = plain.lstrip(" \"'([*")
    return bool(head) and (head[0].islower() or head[0] in ",;)")


def rejoin_broken(blocks: list[str], stop: frozenset[str]) -> tuple[list[str], int]:
    """Rejoin blocks split mid-sentence; returns the blocks and how many joins were made.

    Evidence for a break: the first half is prose (five words or more, no heading or
    list markup) ending without sentence punctuation, and the second half starts in
    lower case, or the first half ends on a stop word ("… sending its Ambassador to" /
    "Kazakhstan as an observer").
    """
    out: list[str] = []
    joins = 0
    prose = [_is_prose_line(raw) for raw in blocks]
    previous: str | None = None  # plain text of out[-1] when it is a prose line
    for raw, is_prose in zip(blocks, prose, strict=True):
        if not is_prose:
            out.append(raw)
            previous = None
            continue
        plain = _quick_plain(raw)
        if previous is not None and _ends_open(previous):
            words = _WORD_RE.findall(previous)
            if len(words) >= 5:
                last = words[-1].lower()
                if (
                    _continues(plain)
                    or (
                        last in stop
                        and len(last) <= 4
                        and plain[:1].isalpha()
                        and _mid_paragraph(previous, len(words))
                    )
                ) and not _header_line(plain):  # "Title" / "há 2 horas" / "A | Reuters"
                    out[-1] = out[-1].rstrip() + " " + raw.lstrip()
                    previous = previous.rstrip() + " " + plain.lstrip()
                    if not _is_prose_line(out[-1]):
                        previous = None  # "**a" + "b**" reads as a bold line now
                    joins += 1
                    continue
        out.append(raw)
        previous = plain
    return out, joins


def _mid_paragraph(plain: str, words: int) -> bool:
    """Long enough, or punctuated enough, to be a paragraph cut short, not a title or dek.

    Stop-word lists are frequency lists ("end", "war" are on English's), so a title ending
    on one ("… as Vienna talks end") must not swallow the capitalised line under it.
    """
    return words >= 20 or words >= 12 and ("," in plain or bool(_SENTENCE_END_RE.search(plain)))


def _header_line(plain: str) -> bool:
    """A line that starts no continuation: furniture ("há 2 horas") or a byline ("A | Reuters").

    Not a dateline or a caption shape: a continuation may well hold a year or a credit.
    """
    return header_furniture(plain) is not None or looks_like_byline(plain)


def _is_prose_line(raw: str) -> bool:
    """One line, no heading, list or quote markup."""
    if "\n" in raw.strip():
        return False
    stripped = raw.lstrip()
    return not (
        stripped.startswith(("#", ">", "|", "<"))
        or _LIST_ITEM_RE.match(stripped)
        or stripped.startswith("**")
        and stripped.rstrip().endswith("**")
    )


def _quick_plain(raw: str) -> str:
    """Link labels without their targets, no emphasis: enough to judge sentence shape."""
    if "[" in raw:
        raw = _LINK_RE.sub(_link_label, raw)
    return _plain(raw)


def _link_label(match: re.Match[str]) -> str:
    return match.group(2)


# ---------------------------------------------------------------------------
# Evidence → classes → the article body
# ---------------------------------------------------------------------------


def _normal_key(text: str) -> str:
    """What two blocks must share to count as the same block (case, digits, spacing aside)."""
    return " ".join(_WORD_RE.findall(text.lower()))


def _furniture_reason(block: _Block) -> str | None:
    """The furniture kind the block's words point to, if the evidence is strong enough."""
    text = block.text
    if not text:
        return None
    if _TRAILER_RE.match(text) or (_URL_RE.match(text) and block.words <= 40):
        return "original-url trailer" if _TRAILER_RE.match(text) else "bare url"
    if _TAGS_RE.match(text):
        return "tag line"
    if _CREDITS_RE.match(text) and block.words <= 50:
        return "reporting credits"
    if _TEASER_RE.match(text) and (block.density > 0.3 or block.words <= 25):
        return "related-article teaser"
    words = max(block.words, 1)
    if block.words <= 30 and not block.ends_sentence:
        lowered = block.tokens
        named = sum(1 for w in lowered if w in _SHARE_WORDS)
        counted = named + sum(1 for w in lowered if w.isdigit())
        if (
            named
            and counted >= max(2, 0.6 * len(lowered))
            or (len(lowered) <= 2 and named == len(lowered))
        ):
            return "share row"
    if _is_menu_line(text):
        return "navigation menu"
    triggers = [word for word in block.tokens if word in _TRIGGERS]
    if not triggers and block.words > 3 and "©" not in text:
        return None  # fast path: no word any pattern needs
    uppers: dict[str, int] = {}
    for word in triggers:
        for kind in _TRIGGER_KINDS[word]:
            uppers[kind] = uppers.get(kind, 0) + 1
    short = block.words <= 12 or block.density > 0.4
    for kind, pattern in _FURNITURE:
        upper = uppers.get(kind, 0)
        if kind == "advertisement" and block.words <= 3:
            upper += 1
        elif kind == "copyright":
            upper += text.count("©")
        if not upper or not _hits_could_decide(kind, upper, block.words, short):
            continue
        hits = len(pattern.findall(text))
        if not hits:
            continue
        if kind == "advertisement":
            return kind
        if kind == "copyright" and (block.words <= 40 or hits >= 2):
            return kind
        if kind == "disclaimer" and block.words <= 80:
            return kind
        if (short and hits >= 1 and kind not in ("comments",)) or hits * 25 >= words + 25:
            return kind
        if kind == "comments" and short and _SECTION_RE.match(text):
            return kind
        if kind == "cookie banner" and hits >= 3:
            return kind
    return None


def _hits_could_decide(kind: str, hits: int, words: int, short: bool) -> bool:
    """Whether `hits` matches of a kind's pattern could make `_furniture_reason` return it.

    Mirrors the thresholds there; every one of them grows with the hits, so an upper
    bound that cannot decide means the exact count cannot either.
    """
    return (
        short
        or kind in ("advertisement", "cookie banner")
        and (kind == "advertisement" or hits >= 3)
        or kind == "copyright"
        and (words <= 40 or hits >= 2)
        or kind == "disclaimer"
        and words <= 80
        or hits * 25 >= max(words, 1) + 25
    )


def _classify(block: _Block, repeated: frozenset[str]) -> None:
    """justext-style classes from shape, then furniture evidence on top."""
    density = block.density
    if block.words == 0:
        block.cls = "bad"
        block.reason = "no words"
    elif density > 0.5 or (density > 0.3 and block.words < 25) or block.is_list and density > 0.25:
        block.cls = "bad"
    elif block.words >= 6 and block.ends_sentence and block.stop >= 0.3 and density < 0.2:
        block.cls = "good" if block.chars >= 140 or block.sentences >= 2 else "neargood"
    elif block.chars < 70 or block.words < 8:
        block.cls = "short"
    elif block.stop >= 0.30 or (block.sentences >= 2 and block.stop >= 0.2):
        block.cls = "good" if block.chars >= 140 or block.sentences >= 2 else "neargood"
    elif block.stop >= 0.2 or block.sentences >= 2:
        block.cls = "neargood"
    else:
        block.cls = "bad"
    reason = _furniture_reason(block)
    if reason is not None:
        block.reason = reason
        block.cls = "bad"
    elif repeated and block.cls != "good" and block.key in repeated and not _plain_title(block):
        block.reason = "repeated across the corpus"
        block.cls = "bad"
    if block.heading and _SECTION_RE.match(block.text):
        block.reason = block.reason or "section heading of page furniture"
        block.cls = "bad"


def _plain_title(block: _Block) -> bool:
    """A `# Title` that is no link: in two files it is one story saved twice (a wire story
    in two papers), not a site's furniture."""
    return block.heading == 1 and block.density < 0.5


def _value(block: _Block) -> float:
    """How much a block pulls the body run towards itself (negative: away)."""
    if not block.text:
        return 0.0
    if block.cls == "good":
        return float(block.chars)
    if block.cls == "neargood":
        return 0.5 * block.chars
    if block.cls == "short":
        if block.heading or (block.words <= 12 and not block.link_count):
            return -5.0
        return -10.0 - block.link_chars
    if _SECTION_RE.match(block.text):
        return -400.0
    if block.reason is None and not block.link_count:
        return -10.0 - 0.3 * block.chars  # plain text without prose shape: a recipe, a table
    return -20.0 - min(block.chars, 2000)


def _title_bonus(blocks: list[_Block]) -> None:
    """Prose right under a title or a byline/dateline is where articles start."""
    pending = 0
    for block in blocks:
        if block.heading == 1 or (
            not block.link_count and (_is_byline(block) or _is_dateline(block))
        ):
            pending = 6
        elif pending:
            pending -= 1
            if block.cls in ("good", "neargood"):
                block.value += 250.0
                pending = 0


def _body_run(blocks: list[_Block]) -> tuple[int, int]:
    """The [start, end) run of blocks with the highest total value (Kadane)."""
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, block in enumerate(blocks):
        if total <= 0:
            total, start = 0.0, i
        total += block.value
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


_DATE_HINT_RE = re.compile(
    r"\b(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
    r"nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
    r"nov|dec)[a-z]*|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2})\b",
    re.I,
)


_DATE_LABEL_START_RE = re.compile(
    r"^\s*(?:first |last )?(?:published|posted|updated|modified)\b(?!.*\bby\b)", re.I
)


def looks_like_byline(text: str) -> bool:
    """ "By …", or two to four capitalised words then "/", "|", "," or a dash and a little more.

    The little more (an outlet, a role, a date) is eight words at most and has no colon:
    "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play" is a title.
    """
    if "\n" in text or len(text) > 300 or len(_WORD_RE.findall(text)) > 14:
        return False
    if _BYLINE_RE.match(text):
        return True
    if _DATE_LABEL_START_RE.match(text):
        return False  # "Published Wed, Nov 20 …": a dateline, however it is capitalised
    match = _NAME_THEN_MORE_RE.match(text)
    if not match:
        return False
    rest = text[match.end() - 1 :]
    return len(rest.split()) <= 8 and not re.search(r":\s", rest)


def looks_like_dateline(text: str) -> bool:
    """A short line that carries a date."""
    return "\n" not in text and len(text) <= 160 and bool(_DATE_HINT_RE.search(text))


_MINUTES = r"(?:min|mins|minutes?|minutos?|minuten|minut[ae]?|minuti|menit|минут[аы]?|мин|分)"
# "5 min read", "Tempo de leitura: 1 minuto", "Lesezeit: 3 Minuten", "4-minute read"
_READING_TIME_RE = re.compile(rf"(?<![\w.,:])\d{{1,3}}\s*[-\s]?\s*{_MINUTES}\.?(?!\w)", re.I)
_READING_WORDS_RE = re.compile(
    r"\b(?:read|reading|leitura|lectura|lecture|lesezeit|lesedauer|lettura|baca|чтени\w*)\b",
    re.I,
)
_AGO_UNITS = (
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?|years?|minutos?|"
    r"horas?|dias?|días|semanas?|meses|minuten|stunden?|tagen?|wochen|heures?|jours?|"
    r"minuti|ore|giorni|jam|hari|минут\w*|час\w*|дн\w*|дней)"
)
# "Updated 3 hours ago", "há 2 horas", "vor 3 Stunden", "hace 5 días", "il y a 2 heures"
_RELATIVE_TIME_RE = re.compile(
    rf"(?:\b(?:\d{{1,3}}|an?|one)\s+{_AGO_UNITS}\s+ago\b|"
    rf"\b(?:há|vor|hace|il y a|fa|yang lalu)\s+\d{{1,3}}\s+{_AGO_UNITS}\b|"
    rf"\b\d{{1,3}}\s+{_AGO_UNITS}\s+(?:fa|yang lalu|назад)\b|"
    r"^(?:[^\W\d]+:?\s+)?(?:just now|yesterday|today)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\W*$)",
    re.I,
)
_COMMENT_COUNT_RE = re.compile(
    r"^\W*\d[\d,.]*\s*(?:comments?|comentários?|comentarios?|"
    r"kommentare?|commentaires?|commenti|komentar|комментари\w*)\W*$",
    re.I,
)


_SENTENCE_INSIDE_RE = re.compile(r"[.!?]\s+\w")


def header_furniture(text: str) -> str | None:
    """A header line that is page furniture, not metadata: its reason, or None.

    Short lines only (eight words or fewer, no sentence inside): a reading time ("5 min
    read"), a relative timestamp ("Updated 3 hours ago"), a comment count ("12 comments").
    They tell nothing about the article that a reader of the briefing needs, and a
    dateline with an absolute date is kept for the date instead.
    """
    line = text.strip()
    if not line or "\n" in line or len(line) > 80 or len(line.split()) > 8:
        return None
    if _SENTENCE_INSIDE_RE.search(line) or _DATE_HINT_RE.search(line):
        return None
    if _READING_TIME_RE.search(line) and (
        _READING_WORDS_RE.search(line) or len(_WORD_RE.findall(line)) <= 3
    ):
        return "reading time"
    if len(line.split()) <= 6 and not line.endswith(".") and _RELATIVE_TIME_RE.search(line):
        return "relative timestamp"
    if _COMMENT_COUNT_RE.match(line):
        return "comment count"
    return None


def _is_byline(block: _Block) -> bool:
    return block.byline


def _is_dateline(block: _Block) -> bool:
    return block.dateline


def is_caption(text: str, words: int) -> bool:
    """A photo caption: a credit at its end ("… Fabrice Coffrini / AP") or a "Photo:" lead."""
    if words > 90:
        return False
    match = _CREDIT_TAIL_RE.search(text)
    return bool(match) and (match.start() >= len(text) - 80 or match.start() < 10)


def _header_keep(block: _Block) -> bool:
    """Worth keeping before the body: could be a title, dek, byline, dateline or caption."""
    if block.reason is not None and not (_is_byline(block) or _is_dateline(block)):
        return False
    if block.is_list:
        return False
    if (
        block.density > 0.5
        and block.link_count >= 2
        and not (block.byline or block.dateline or _linked_prose(block))
    ):
        return False  # a menu; but "[Author](#) 27/09/2018 [Topic](#)" is a byline
    return bool(block.text)


def _header_start(blocks: list[_Block], start: int) -> int:
    """First block of the header (title …) that precedes the body run.

    It never reaches past a menu, a list, a section line, or three linked headlines in a
    row (a list of other stories, kept out even when a title-shaped line sits above it).
    """
    first = start
    linked_run = 0
    for i in range(start - 1, max(-1, start - 13), -1):
        block = blocks[i]
        if not block.text and block.link_count < 2:
            continue  # markup only, e.g. an icon link between teaser headlines
        headline = block.density > 0.5 and 3 <= block.words <= 25 and not block.is_list
        linked_run = linked_run + 1 if headline else 0
        if linked_run >= 3:
            return next(j for j in range(i + 1, start + 1) if j == start or _after_run(blocks, j))
        if block.heading == 1:
            return _with_lines_above(blocks, i)
        if (
            block.cls == "bad"
            and block.reason is None
            and block.link_count >= 2
            and not (block.byline or block.dateline)
        ):
            break  # a menu above the article: the header cannot reach past it
        if block.is_list or _SECTION_RE.match(block.text) and not header_furniture(block.text):
            break  # a "12 comments" line under the title is no section of the page
        if _header_keep(block):
            first = i
    return _title_heading_above(blocks, start, first)


def _with_lines_above(blocks: list[_Block], title: int) -> int:
    """The title's index, or that of a dateline or byline right above it ("Updated …")."""
    first = title
    while first > 0 and title - first < 2:
        above = blocks[first - 1]
        if not above.dateline or above.is_list or not _date_dominated(above.text):
            break
        first -= 1
    return first


_DATE_NOISE_RE = re.compile(
    r"\d{1,2}[:.]\d{2}|\b(?:[ap]\.?m\.?|[A-Z]{2,4}T|IST|UTC|GMT|published|posted|updated|"
    r"last|first|modified|source|on|at)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
    r"dec)[a-z]*\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
    re.I,
)


def _date_dominated(text: str) -> bool:
    """A line that is a date and at most two other words ("Nov. 20, 2019 6:02 AM EST",
    "November 18"); not a byline with a date ("Von Moritz Bachmann publiziert am …")."""
    rest = _DATE_NOISE_RE.sub(" ", text)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 2


def _linked_prose(block: _Block) -> bool:
    """A paragraph of the article whose words are mostly links (a lede that links every
    name): sentences and stop words, however many links."""
    return block.ends_sentence and block.words >= 20 and block.stop >= 0.3 and not block.is_list


def _title_heading_above(blocks: list[_Block], start: int, first: int) -> int:
    """The article's `# Title` when it sits a few blocks above the header found so far,
    with only thin blocks between: share icons, an author's handle, "Key Points", a photo
    credit. Scraped pages keep the title's heading mark, and these thin rows stopped the
    walk; a block with a sentence's worth of plain text, or a list of other headlines,
    still stops it."""
    if first >= len(blocks) or blocks[first].heading == 1:
        return first
    linked_run = 0
    for i in range(start - 1, max(-1, start - 13), -1):
        block = blocks[i]
        if block.heading == 1:
            return _with_lines_above(blocks, i) if i < first else first
        headline = block.density > 0.5 and 3 <= block.words <= 25 and not block.is_list
        linked_run = linked_run + 1 if headline else 0
        plain_words = 0 if block.byline or block.dateline else block.words * (1 - block.density)
        if linked_run >= 3 or block.cls == "good" or plain_words >= 15 and not _linked_prose(block):
            break
    return first


def _after_run(blocks: list[_Block], j: int) -> bool:
    """Block j is the first past a run of linked headlines (text that is not a link)."""
    block = blocks[j]
    return bool(block.text) and not (block.density > 0.5 and 3 <= block.words <= 25)


def _body_start(blocks: list[_Block], header: int, start: int, end: int) -> int:
    """First block after the header lines: past the last byline, dateline or caption."""
    body = start
    limit = min(end, max(header, start) + 8)
    for j in range(header, limit):
        block = blocks[j]
        if _is_byline(block) or _is_dateline(block) or is_caption(block.text, block.words):
            body = j + 1
        elif block.cls == "good" and block.words >= 40 and block.sentences >= 2:
            break
    return max(body, start)


# ---------------------------------------------------------------------------
# Deduplication
# ---------------------------------------------------------------------------


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    """Word 3-grams of a block's lower-case words."""
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return set(zip(words, words[1:], words[2:], strict=False))


# ---------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------


def repeated_blocks(raws: Sequence[RawArticle]) -> frozenset[str]:
    """Normalised blocks found in two or more files of the corpus: evidence of furniture.

    A newsletter box or a trailer repeats across one site's pages; a paragraph of an
    article does not (syndicated copies aside, which is why prose is never removed on
    this evidence alone). HTML inputs are skipped.
    """
    seen: dict[str, set[str]] = {}
    sizes: dict[str, int] = {}
    for raw in raws:
        if raw.format == "html":
            continue
        keys = {_normal_key(_quick_plain(b)) for b in split_blocks(normalize_chars(raw.text))}
        keys.discard("")
        sizes[raw.id] = sum(_prose_weight(key) for key in keys)
        for key in keys:
            seen.setdefault(key, set()).add(raw.id)
    group = _copies(seen, sizes)
    return frozenset(
        sorted(k for k, ids in seen.items() if len({group.get(i, i) for i in ids}) >= 2)
    )


def _prose_weight(key: str) -> int:
    """What a block weighs in telling copies apart: its length when it reads like a
    sentence of text (eight words or more), nothing for a menu item or a short label."""
    return len(key) if key.count(" ") >= 7 else 0


def _copies(seen: dict[str, set[str]], sizes: dict[str, int]) -> dict[str, str]:
    """File id → the first id of its group of copies: files sharing over four fifths of the
    smaller one's prose (`_prose_weight`; two pages of one site share menus and teaser
    lists, up to two thirds of it) are one article saved twice, whose shared lines are no
    evidence of furniture: without this both copies of a wire story in short lines lost
    their whole text. (Long paragraphs are never removed on repetition alone anyway.)"""
    shared: Counter[tuple[str, str]] = Counter()
    for key, ids in seen.items():
        if 2 <= len(ids) <= 20:  # a block in many files is furniture whatever else they share
            ordered = sorted(ids)
            for x, a in enumerate(ordered):
                for b in ordered[x + 1 :]:
                    shared[(a, b)] += _prose_weight(key)
    groups: UnionFind[str] = UnionFind()
    for (a, b), count in sorted(shared.items()):
        if count and count > 0.8 * min(sizes[a], sizes[b]):
            groups.union(a, b)
    return {i: groups.find(i) for i in list(groups.parent)}


def clean(raw: RawArticle, repeated: frozenset[str] = frozenset()) -> Cleaned:
    """Remove page furniture from one article and repair its text (see the module doc)."""
    if raw.format == "html":
        from .html import clean_html

        return clean_html(raw)
    return clean_text(raw, normalize_chars(raw.text), repeated)


def clean_text(
    raw: RawArticle,
    text: str,
    repeated: frozenset[str] = frozenset(),
    warnings: Sequence[str] = (),
    trust_body: bool = False,
) -> Cleaned:
    """The text path, shared with the HTML path (`trust_body`: input is already the body)."""
    pieces = split_blocks(text)
    language, stop = article_language(text)
    pieces, joins = rejoin_broken(pieces, stop)
    blocks = [_describe(i, piece, stop) for i, piece in enumerate(pieces)]
    removed: list[tuple[int, Removal]] = []
    url: str | None = None

    for block in blocks:
        _classify(block, repeated)
        block.value = _value(block)
    _mark_internal_repeats(blocks)
    _title_bonus(blocks)
    if trust_body:
        start, end = 0, len(blocks)
    else:
        start, end = _body_run(blocks)
        end = _cut_card_run(blocks, start, end)
        end = _cut_author_bio(blocks, start, end)
    header = _header_start(blocks, start)
    body = _body_start(blocks, header, start, end)

    # runs of tiny lines in a trusted body are the page's own (table rows, verse, code)
    controls = set() if trust_body else _control_runs(blocks, body, end)
    kept: list[_Block] = []
    previous: str | None = None
    prose_seen = False  # a paragraph of the article was kept in the header zone
    title_seen = False
    for i, block in enumerate(blocks):
        reason: str | None = None
        if not block.text and not block.links:
            continue  # markup only (a rule, an empty link): nothing to keep or record
        if block.reason in ("original-url trailer", "bare url"):
            found = _trailer_url(blocks, i)
            # a page's own address is written after the body, or just above the title
            near_header = header - 3 <= i <= body
            if found and (i >= end or block.reason == "original-url trailer" or near_header):
                url = url or found
                reason = "original-url trailer"
        if reason is None and header <= i < body:
            if prose_seen and _inside_reason(block) == "caption":
                reason = "caption"  # a photo under the first paragraph, not the lead photo
            elif block.words <= 5 and _CONTROL_LINE_RE.match(block.text):
                reason = "page controls"
            elif _header_keep(block):
                # the article has begun once a paragraph follows a title-like line (a caption
                # shown above the title reads like prose too)
                prose_seen = prose_seen or title_seen and block.cls == "good" and block.words >= 20
                title_seen = title_seen or block.words <= 30 and not block.ends_sentence
                kept.append(block)
                continue
            else:
                reason = (
                    header_furniture(block.text)
                    or block.reason
                    or _outside_reason(block, before=True)
                )
        elif reason is None and body <= i < end:
            if block.cls == "bad" and block.reason is not None:
                reason = block.reason
            elif block.cls == "bad" and (block.density > 0.5 or block.is_list and block.density):
                if _linked_subhead(blocks, i):
                    kept.append(block)
                    continue
                reason = _link_reason(block)
            elif i in controls:
                reason = "page controls"
            else:
                reason = _inside_reason(block)
                if reason is None:
                    kept.append(block)
                    continue
        elif reason is None:
            if _strong_prose(block) and _near_body(blocks, i, start, end):
                kept.append(block)
                continue
            reason = (
                block.reason
                or _inherited(block, previous)
                or _outside_reason(block, before=i < start)
            )
        previous = reason
        removed.append((i, Removal(block.text, reason)))

    # a trusted body is the page's own text: a paragraph the page prints twice (a repeated
    # template line, a pull quote) is read twice, so the HTML path keeps every copy
    kept, duplicates = (kept, []) if trust_body else _deduplicate(kept, header_end=body)
    removed.extend((i, Removal(text, reason)) for i, text, reason, _ in duplicates)
    removed.sort(key=lambda pair: pair[0])
    ids = _source_ids([b.index for b in kept], [i for i, _ in removed])
    targets = {i: target for i, _, _, target in duplicates if target is not None}
    removals = tuple(
        Removal(r.text, f"duplicate of {ids[targets[i]]}") if i in targets else r
        for i, r in removed
    )
    paragraphs = tuple(
        Paragraph(
            id=ids[block.index],
            text=block.text,
            kind=_kind(block, header_end=body),
            is_list=block.is_list,
            links=tuple(block.links),
        )
        for block in kept
    )
    notes = list(warnings)
    if joins:
        notes.append(f"rejoined {joins} paragraph(s) broken mid-sentence")
    if not any(p.kind == "body" for p in paragraphs):
        notes.append("no article body found")
    return Cleaned(
        raw=raw,
        blocks=paragraphs,
        removed=removals,
        warnings=tuple(notes),
        url=url,
        language=language,
    )


def _source_ids(kept: list[int], removed: list[int]) -> dict[int, str]:
    """Provisional ids that number kept and removed blocks together, in source order.

    `b5` is the fifth block of the source that was kept or recorded as removed; the
    numbers the kept blocks skip are the removals', in the order of `removed`. So the
    metadata stage can put the header lines it takes back among the removals in source
    order without another field on `Cleaned`.
    """
    order = sorted([(i, 0) for i in kept] + [(i, 1) for i in removed])
    return {i: f"b{n}" for n, (i, is_removal) in enumerate(order, start=1) if not is_removal}


# "3. **jane_doe** says:", "Bob wrote:": who speaks in a comment thread
_SAYS_RE = re.compile(
    r"^(?:\d{1,4}[.)]\s+)?\S.{0,60}?\s(?:says|said|wrote|writes|replied|sagt|schreibt|disse|"
    r"diz|dice|dit|scrive|пишет|написал)\s*:?\s*$",
    re.I,
)
_REPLY_RE = re.compile(
    r"^(?:reply|replies|report|report abuse|like|log in to reply|responder|antworten|"
    r"répondre|rispondi|ответить)(?:\s*\W?\s*(?:reply|report|like|share|\d+))*\W*$",
    re.I,
)


def _card_marker(blocks: list[_Block], i: int) -> tuple[int, str] | None:
    """Block i ends the head of a repeated card: (where the card starts, its kind).

    A comment: "name says:" or a Reply line. A teaser card: a dated short line under a
    headline that is a link ("[Other story](#)" / name / date / excerpt).
    """
    block = blocks[i]
    if block.words > 12 or block.is_list:
        return None
    if _SAYS_RE.match(block.text) or _REPLY_RE.match(block.text):
        return i, "comment thread"
    if block.dateline:
        for j in range(i - 1, max(-1, i - 4), -1):
            head = blocks[j]
            if head.density > 0.5 and 3 <= head.words <= 25 and not head.is_list:
                return j, "related-article teaser"
            if head.words > 6:
                break  # only a name or two sits between a teaser's headline and its date
    return None


def _cut_card_run(blocks: list[_Block], start: int, end: int) -> int:
    """End the body before a run of three or more repeated cards (comments, teasers).

    Comments and teaser lists are prose, so the body run goes straight through them;
    their shape gives them away: the same small head ("name says:" / date, or a linked
    headline / author / date) every few blocks, to the end of the run. A section line
    just above the first card ("34 responses to …", "More from X") goes with them.
    The blocks cut get the run's kind as their reason.
    """
    first_prose = next((i for i in range(start, end) if blocks[i].cls == "good"), end)
    run: list[tuple[int, str]] = []
    last = -1
    found = False
    # the run may go on past the body's end: a thread's later comments are often cut off
    for i in range(first_prose + 1, min(len(blocks), end + 40)):
        if run and i - last > 6:
            if found:
                break
            run = []  # too far apart: not one list of cards
        marker = _card_marker(blocks, i)
        if marker is None or marker[0] <= last:
            continue  # no card head, or the same card's head seen twice
        if not run and marker[0] >= end:
            break  # a run that starts after the body is not the body's business
        run.append(marker)
        last = i
        found = len(run) >= 3 and end - last <= 8
    if not found:
        return end
    cut = run[0][0]
    for j in range(cut - 1, max(first_prose, cut - 4), -1):
        if blocks[j].cls == "good" or blocks[j].words > 12:
            break
        cut = j
    # a thread's heads can look like teaser heads ("[name](#) says:"), never the reverse
    kinds = {kind for _, kind in run}
    reason = "comment thread" if "comment thread" in kinds else "related-article teaser"
    for block in blocks[cut : max(end, last + 3)]:
        block.reason = block.reason or reason
    return cut


# "About Jane Doe", "Sobre Carlos Nadalim", "Über Moritz Bachmann", "About the author"
_ABOUT_RE = re.compile(
    r"^(?:about|sobre|über|ueber|à propos de|a propos de|acerca de|su|tentang|об|о)\s+"
    r"(?:(?:the\s+)?(?:author|authors|autor|autora|autore|auteur|penulis|авторе)\b"
    r"|(?P<name>(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}))\s*:?$)",
    re.I,
)


def _cut_author_bio(blocks: list[_Block], start: int, end: int) -> int:
    """End the body before an "About <name>" line and the bio under it, near the end.

    The bio is prose, so it joins the body run; the line above it gives it away when it
    names the author the next paragraph is about ("Sobre Carlos Nadalim" / "… Carlos
    Nadalim é também coordenador …"). Only within the last five blocks of the body.
    """
    for i in range(max(start + 1, end - 5), end - 1):
        block = blocks[i]
        if block.words > 6 or block.ends_sentence or block.is_list:
            continue
        match = _ABOUT_RE.match(block.text)
        if not match:
            continue
        # a person's name (two to four capitalised words) that the next paragraph repeats;
        # "About Ascom" heads a press release's boilerplate, which some readers want
        names = (match.group("name") or "").split()
        if names and not any(name in blocks[i + 1].text for name in names):
            continue
        for bio in blocks[i:end]:
            bio.reason = bio.reason or "author bio"
        return i
    return end


def _linked_subhead(blocks: list[_Block], i: int) -> bool:
    """A heading that is one link, with a paragraph under it: a listicle's item name.

    Teaser headlines are links too, but their runs are cut before this is asked.
    """
    block = blocks[i]
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        bool(block.heading)
        and block.link_count == 1
        and block.words <= 12
        and following is not None
        and following.cls in ("good", "neargood")
        and following.reason is None
    )


def _inside_reason(block: _Block) -> str | None:
    """Furniture inside the body that reads like text: a photo caption, a section label.

    A caption ends on its credit ("… (Image: GETTY)", "…Credit: EPA") and not on a
    sentence; a section label is a short line like "Read more" or "Don't miss".
    """
    if block.words <= 5 and _CONTROL_LINE_RE.match(block.text):
        return "page controls"  # even marked as a heading: "## Back to Gallery"
    if block.is_list or block.heading:
        return None
    if block.words <= 40 and not block.ends_sentence and is_caption(block.text, block.words):
        match = _CREDIT_TAIL_RE.search(block.text)
        if match and match.start() >= len(block.text) - 40:
            return "caption"
    if block.words <= 5 and _SECTION_RE.match(block.text):
        return "section label"
    if block.words <= 5 and not any(ch.isalpha() for ch in block.text):
        return "page controls"  # a share count, "1 / 23": numbers with no words
    return None


def _control_runs(blocks: list[_Block], start: int, end: int) -> set[int]:
    """Blocks in runs of three or more tiny lines inside the body: gallery and player controls.

    "Caption" / "Close" / "Image 1 of 8": each line four words or fewer, none a sentence,
    a heading or a list. A real subhead is followed by prose, not by two more of its kind.
    """
    found: set[int] = set()
    run: list[int] = []
    for i in range(start, end + 1):
        block = blocks[i] if i < end else None
        if (
            block is not None
            and block.text
            and block.words <= 4
            and not block.ends_sentence
            and not block.heading
            and not block.is_list
        ):
            run.append(i)
            continue
        if block is not None and not block.text:
            continue  # markup only: does not break a run
        if len(run) >= 3:
            found.update(run)
        run = []
    return found


def _mark_internal_repeats(blocks: list[_Block]) -> None:
    """A non-prose block repeated inside one page is furniture (menus, share rows twice)."""
    counts = Counter(b.key for b in blocks if b.text and b.cls != "good")
    for block in blocks:
        if block.cls == "good" or not block.text:
            continue
        if counts[block.key] >= 2 and block.words <= 12 and block.link_count and block.cls != "bad":
            block.cls = "bad"
            block.value = _value(block)


def _inherited(block: _Block, previous: str | None) -> str | None:
    """A block right after furniture of one kind, with a word of that kind, is more of it."""
    for kind, pattern in _FURNITURE:
        if kind == previous and pattern.search(block.text):
            return kind
    return None


def _strong_prose(block: _Block) -> bool:
    return block.cls == "good" and block.reason is None and block.density < 0.1


def _near_body(blocks: list[_Block], i: int, start: int, end: int) -> bool:
    """Prose just outside the body run, separated from it by short non-link lines only."""
    gap = blocks[i + 1 : start] if i < start else blocks[end:i]
    return len(gap) <= 2 and all(b.cls == "short" and not b.link_count for b in gap)


def _trailer_url(blocks: list[_Block], i: int) -> str | None:
    """The URL of an "Original url:" trailer (same block or the next one)."""
    match = _TRAILER_RE.match(blocks[i].text)
    candidates = []
    if match and match.group(1):
        candidates.append(match.group(1))
    elif i + 1 < len(blocks) and not match:
        candidates.append(blocks[i].text.strip())
    elif i + 1 < len(blocks):
        candidates.append(blocks[i + 1].text.strip())
    if not match:
        candidates = [blocks[i].text.strip()]
    for candidate in candidates:
        candidate = candidate.strip("<>")
        if _URL_RE.match(candidate):
            return candidate if "://" in candidate else "https://" + candidate
    for link in blocks[i].links:
        return link.href
    return None


def _link_reason(block: _Block) -> str:
    text = block.text
    if _TEASER_RE.match(text):
        return "related-article teaser"
    if block.is_list or block.link_count >= 3:
        return "navigation"
    return "link list"


def _outside_reason(block: _Block, before: bool) -> str:
    """A reason for a block outside the body run that carries no specific evidence."""
    if block.density > 0.5 or (block.is_list and block.density > 0.25):
        return "navigation" if before or block.is_list else "related-article teaser"
    if not before and block.words <= 15 and _ROLE_WORDS_RE.search(block.text):
        return "author bio"
    if block.cls == "good":
        return "prose outside the article body"
    return "page furniture before the article" if before else "page furniture after the article"


def _kind(block: _Block, header_end: int) -> str:
    """Subheads: heading markup, or a short unpunctuated line inside the body."""
    if block.is_list:
        return "body"
    if block.heading:
        return "subhead" if block.index >= header_end else "body"
    if (
        block.index >= header_end
        and 1 <= block.words <= 14
        and not block.ends_sentence
        and not block.link_count
        and block.text[:1].isupper()
        and not block.text.rstrip().endswith(",")
    ):
        return "subhead"
    return "body"


def _prose(block: _Block) -> bool:
    return block.words >= 12 and block.stop >= 0.25 and block.sentences >= 1


def _adjacent(kept: list[_Block], a: _Block, b: _Block) -> bool:
    """No kept block between the two."""
    return not any(a.index < k.index < b.index for k in kept)


def _shared_shingles(prints: list[set[tuple[str, ...]]]) -> dict[int, dict[int, int]]:
    """For each pair of blocks x < y that share shingles: how many (`{x: {y: n}}`).

    One pass over the shingles with an index of who holds each, so the cost follows the
    overlap between blocks, not the square of their number. A shingle held by hundreds of
    blocks (a repeated comment form) pairs each holder with the next 100 only.
    """
    first: dict[tuple[str, ...], int] = {}
    holders: dict[tuple[str, ...], list[int]] = {}
    for y, shingles in enumerate(prints):
        for shingle in shingles:
            x = first.setdefault(shingle, y)
            if x != y:
                holders.setdefault(shingle, [x]).append(y)
    pairs: dict[int, dict[int, int]] = {}
    for held in holders.values():
        for i, x in enumerate(held):
            row = pairs.setdefault(x, {})
            for y in held[i + 1 : i + 101]:
                row[y] = row.get(y, 0) + 1
    return pairs


def _deduplicate(
    kept: list[_Block], header_end: int
) -> tuple[list[_Block], list[tuple[int, str, str, int | None]]]:
    """Keep one copy of repeated paragraphs (the fuller) and drop pull quotes.

    Returns the survivors and, for each block that goes, (its index, its text, the
    reason, the index of the kept copy for a duplicate): the caller names that copy by
    its id once ids are given. Header blocks are left to the metadata stage (a caption
    shown twice is its call).
    """
    body = [b for b in kept if b.index >= header_end and b.words >= 6 and not b.is_list]
    prints = [_shingles(b.tokens) for b in body]
    shared_counts = _shared_shingles(prints)
    gone: dict[int, tuple[str, int]] = {}  # index → (reason, index of the fuller copy)
    for x, a in enumerate(body):
        pa = prints[x]
        if a.index in gone or len(pa) < 2:
            continue
        shared = shared_counts.get(x, {})
        for y in sorted(shared):
            b = body[y]
            pb = prints[y]
            if b.index in gone or len(pb) < 2 or shared[y] < 0.75 * min(len(pa), len(pb)):
                continue
            fuller, other = (a, b) if a.words >= b.words else (b, a)
            similar = min(a.words, b.words) / max(a.words, b.words) >= 0.5
            if similar and (_prose(a) and _prose(b) or pa == pb and _adjacent(kept, a, b)):
                gone[other.index] = ("duplicate", fuller.index)
            elif not similar and _prose(fuller) and shared[y] >= 0.9 * min(len(pa), len(pb)):
                gone[other.index] = ("pull quote repeating the body", fuller.index)
            # otherwise items that repeat on purpose (menus, recipes): not duplicates
            if a.index in gone:
                break
    survivors = [b for b in kept if b.index not in gone]
    fixed: list[tuple[int, str, str, int | None]] = []
    for block in kept:
        if block.index not in gone:
            continue
        reason, target = gone[block.index]
        while target in gone:
            target = gone[target][1]
        fixed.append((block.index, block.text, reason, target if reason == "duplicate" else None))
    return survivors, fixed
