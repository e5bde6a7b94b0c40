"""Scoring rules of `../shared/bench/readability-pages/README.md`, one pure function per field.

Each page-level function returns True/False for right/wrong, or None when the page is not
scored for that field; the summaries average them as the README says.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "−": "-",
        "\u00a0": " ",
    }
)
_SEPARATORS = re.compile(r"\s*(?:\||_|::|»|·|•)\s*|\s+[-–—/]\s+")
_URL = re.compile(r"(?:https?://|www\.)\S*")
_LETTERS = re.compile(r"[^\W\d_]+")
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_NOT_NAMES = frozenset(
    (
        "by and with the of to for from in at on or von und mit par et avec por y con di "
        "written edited posted published updated update last author authors follow staff "
        "writer reporter correspondent contributor contributors am pm utc gmt est edt pst pdt "
        "cet cest ma md phd mph rn " + _MONTHS
    ).split()
)
_TLDS = frozenset("com org net fr de uk co es it ru cz br au info".split())


def fold(text: str) -> str:
    """NFKC, case folded, accents removed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def title_norm(text: str) -> str:
    """The README's title normalisation (quotes and dashes made plain, case folded, spaces)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return re.sub(r"\s+", " ", text).strip()


def title_exact(answer: str | None, gold: str) -> bool:
    return bool(answer) and title_norm(answer) == title_norm(gold)


def _title_parts(title: str) -> set[str]:
    """Each text before and after a site separator, normalised."""
    parts = set()
    for match in _SEPARATORS.finditer(title):
        parts.add(title_norm(title[: match.start()]))
        parts.add(title_norm(title[match.end() :]))
    return parts - {""}


def title_relaxed(answer: str | None, gold: str) -> bool:
    """Exact, or one equals a part of the other cut at a site separator."""
    if not answer:
        return False
    a, g = title_norm(answer), title_norm(gold)
    return a == g or a in _title_parts(gold) or g in _title_parts(answer)


def bag_f1(answer: str, gold: str) -> float:
    """F1 of the two multisets of folded `\\w+` tokens (0 for an empty answer)."""
    a, g = Counter(re.findall(r"\w+", fold(answer))), Counter(re.findall(r"\w+", fold(gold)))
    shared = sum((a & g).values())
    if not shared:
        return 0.0
    p, r = shared / sum(a.values()), shared / sum(g.values())
    return 2 * p * r / (p + r)


def bag_pr(answer: str, gold: str) -> tuple[float | None, float]:
    """Body rule: page precision (None for an empty answer) and recall over `\\w+` bags,
    case kept."""
    a, g = Counter(re.findall(r"\w+", answer)), Counter(re.findall(r"\w+", gold))
    shared = sum((a & g).values())
    precision = shared / sum(a.values()) if a else None
    recall = shared / sum(g.values()) if g else 1.0
    return precision, recall


def name_tokens(text: str) -> set[str]:
    """Runs of letters, web addresses removed, folded, less the README's non-name words."""
    return {t for t in _LETTERS.findall(fold(_URL.sub(" ", text))) if t not in _NOT_NAMES}


def byline_right(authors: tuple[str, ...], gold: str | None) -> tuple[str, bool] | None:
    """("named"|"empty", right) for a scored page; None when the gold has text but no name."""
    answer = name_tokens(" ".join(authors))
    lines = [line for line in (gold or "").splitlines() if line.strip()]
    if not lines:
        return "empty", not answer
    wanted = name_tokens(lines[0])
    if not wanted:
        return None
    covered = wanted <= answer
    return "named", covered and 2 * len(answer & wanted) >= len(answer)


def _site_tokens(text: str) -> list[str]:
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", fold(text)).replace("_", " ")
    tokens = re.findall(r"\w+", text)
    if tokens[:1] == ["www"]:
        tokens = tokens[1:]
    if tokens[:1] == ["the"]:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _TLDS:
        tokens = tokens[:-1]
    return tokens


def site_right(answer: str | None, gold: str) -> bool:
    """Equal once run together, or the shorter token list starts the longer one."""
    a, g = _site_tokens(answer or ""), _site_tokens(gold)
    if not a or not g:
        return False
    short, long_ = sorted((a, g), key=len)
    return "".join(a) == "".join(g) or long_[: len(short)] == short


def day_verdict(answer: str | None, gold_day: str) -> str:
    """ "right", "wrong", "coarse" (a month or a year) or "none" against a gold `YYYY-MM-DD`."""
    if not answer:
        return "none"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", answer):
        return "right" if answer == gold_day else "wrong"
    if re.fullmatch(r"\d{4}(?:-\d{2})?", answer):
        return "coarse"
    return "wrong"
