"""Figures in article text: "400,000 lives", "killed 300,000", "five million refugees".

A figure is a number next to a word that says what it counts (a table of quantity nouns and
verbs in generator/lang/en/quantities.json), so years and ages are never taken for tolls.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..models import Article


@dataclass(frozen=True)
class Figure:
    """A number the text gives for a quantity, where it stands."""

    quantity: str
    """Key from the table: `deaths`, `displaced`, `refugees`, …"""
    value: int
    article: str
    paragraph: str
    start: int
    end: int
    text: str
    """`paragraph.text[start:end]`: the number with the words that name the quantity."""


@lru_cache(maxsize=1)
def table() -> dict[str, Any]:
    """The quantity table, read once."""
    path = resources.files("generator").joinpath("lang/en/quantities.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _alternation(words) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = table()
    number = (
        rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_alternation(data['number_words'])})"
        rf"(?:\s+(?P<scale>{_alternation(data['scales'])}))?"
    )
    filler = rf"(?:(?:{_alternation(data['fillers'])})\s+)?"
    after = re.compile(
        rf"(?<![\w,.]){number}(?!\s*(?:%|percent|per\s+cent))\s+(?P<noun>{_alternation(data['after'])})\b",
        re.IGNORECASE,
    )
    before = re.compile(
        rf"\b(?P<verb>{_alternation(data['before'])})\s+{filler}{number}(?![\w,.]*\s*(?:%|percent|per\s+cent|years?|months?|days?|weeks?|times?|km|miles?|kilomet))",
        re.IGNORECASE,
    )
    return after, before


def _value(number: str, scale: str | None) -> int | None:
    data = table()
    word = number.lower()
    if word in data["number_words"]:
        base = float(data["number_words"][word])
    else:
        try:
            base = float(number.replace(",", ""))
        except ValueError:
            return None
    if scale:
        base *= data["scales"][scale.lower()]
    return int(round(base))


def _key(table_part: dict[str, str], words: str) -> str:
    return table_part[" ".join(words.lower().split())]


def article_figures(article: Article) -> tuple[Figure, ...]:
    """Every figure in the article's body, in reading order."""
    after, before = _patterns()
    data = table()
    found = []
    for paragraph in article.paragraphs:
        text = paragraph.text
        for pattern, part, group in ((after, "after", "noun"), (before, "before", "verb")):
            for match in pattern.finditer(text):
                value = _value(match["number"], match["scale"])
                if value is None or value < 2 or (1900 <= value <= 2100 and not match["scale"]):
                    continue
                found.append(
                    Figure(
                        _key(data[part], match[group]),
                        value,
                        article.id,
                        paragraph.id,
                        match.start(),
                        match.end(),
                        match.group(),
                    )
                )
    unique = {(f.paragraph, f.start, f.quantity): f for f in found}
    return tuple(
        sorted(unique.values(), key=lambda f: (paragraph_number(f.paragraph), f.start, f.end))
    )


def paragraph_number(paragraph_id: str) -> int:
    """`p12` → 12: paragraphs in reading order (a string sort puts p10 before p2)."""
    return int(paragraph_id[1:]) if paragraph_id[1:].isdigit() else 0
