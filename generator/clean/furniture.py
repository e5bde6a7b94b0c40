"""Page furniture by its words and shape: cookie banners, newsletter boxes, paywalls,
comments, advertisements, copyright lines, disclaimers, share rows, menus, trailers,
teasers, tag lines and credits.

The vocabulary only backs up the shape evidence, never decides alone for prose; its words
live in `generator/lang/` (see `vocab`).
"""

from __future__ import annotations

import re

from . import vocab
from .blocks import Block
from .inline import TERMINAL

# Each kind: a pattern whose hits count as evidence. A long prose block needs several
# hits relative to its length; a short or link-heavy block needs one.
FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(source, re.I)) for kind, source in vocab.furniture_kinds()
)
# For each kind, words of which every match of its pattern holds at least one (checked on
# the block's lower-case words). Their count bounds the pattern's hits from above, so the
# regex runs only when its hits could decide: a long article paragraph that says
# "personal" twice never pays for seven regex scans. (Not "join" for comments: "Join the
# conversation" inside an article page heads the article's own continuation as often as a
# comment box; measured: it cut a Davis Cup report in two. "advertisement" also counts any
# block of three words or fewer, "copyright" any "©".)
_KIND_TRIGGERS: dict[str, frozenset[str]] = {
    kind: frozenset(words) for kind, words in vocab.english("kind_triggers").items()
}
_TRIGGERS = frozenset().union(*_KIND_TRIGGERS.values())
_TRIGGER_KINDS = {
    word: tuple(kind for kind, words in _KIND_TRIGGERS.items() if word in words)
    for word in _TRIGGERS
}
_SHARE_WORDS = frozenset(vocab.english("share_words"))
CONTROL_LINE_RE = vocab.english_pattern("control_line")
"""A gallery's, player's or share panel's control, as a line of its own."""
SECTION_RE = vocab.english_pattern("section")
"""Short lines that open an end-of-article section (teasers, comments, tags...)."""
TEASER_RE = vocab.english_pattern("teaser")
_TAGS_RE = vocab.english_pattern("tags")
TRAILER_RE = vocab.english_pattern("trailer")
URL_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# "Reporting by A; Editing by B", "(Additional reporting by C)", "D contributed to this report"
_CREDITS_RE = vocab.english_pattern("credits")
_SKIP_LINK_RE = vocab.english_pattern("skip_link")
ROLE_WORDS_RE = vocab.english_pattern("role_words")

_MENU_SPLIT_RE = re.compile(r"\s+[|»›>/•·]\s+")


def _is_menu_line(text: str) -> bool:
    """A menu or breadcrumb trail: "Home | World | Middle East", "Skip to main content".

    Three or more short items between separators, no sentence: a headline with one
    "Analysis | …" label or a byline "A | Reuters" has two.
    """
    if _SKIP_LINK_RE.match(text):
        rest = _SKIP_LINK_RE.sub("", text).strip()
        return not rest or len(rest.split()) <= 2 or _is_menu_line(rest)
    if text.rstrip()[-1:] in TERMINAL or len(text) > 200:
        return False
    items = _MENU_SPLIT_RE.split(text.strip())
    if len(items) < 3:
        return False
    sizes = [len(item.split()) for item in items]
    return max(sizes) <= 4 and all(item[:1].isupper() or item[:1].isdigit() for item in items)


def furniture_reason(block: Block) -> str | None:
    """The furniture kind the block's words point to, if the evidence is strong enough."""
    text = block.text
    if not text:
        return None
    if TRAILER_RE.match(text) or (URL_RE.match(text) and block.words <= 40):
        return "original-url trailer" if TRAILER_RE.match(text) else "bare url"
    if _TAGS_RE.match(text):
        return "tag line"
    if _CREDITS_RE.match(text) and block.words <= 50:
        return "reporting credits"
    if TEASER_RE.match(text) and (block.density > 0.3 or block.words <= 25):
        return "related-article teaser"
    words = max(block.words, 1)
    if block.words <= 30 and not block.ends_sentence:
        lowered = block.tokens
        named = sum(1 for w in lowered if w in _SHARE_WORDS)
        counted = named + sum(1 for w in lowered if w.isdigit())
        if (
            named
            and counted >= max(2, 0.6 * len(lowered))
            or (0 < len(lowered) <= 2 and named == len(lowered))
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
    for kind, pattern in FURNITURE:
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
        if kind == "comments" and short and SECTION_RE.match(text):
            return kind
        if kind == "cookie banner" and hits >= 3:
            return kind
    return None


def _hits_could_decide(kind: str, hits: int, words: int, short: bool) -> bool:
    """Whether `hits` matches of a kind's pattern could make `furniture_reason` return it.

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
