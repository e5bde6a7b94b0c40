"""A web page's title by a vote of everything that claims to be it.

A cascade (header line, then trafilatura's title) takes a section heading ("Allergies
Health Center") or a promo <h1> whenever it comes first. Here every candidate — the page's
JSON-LD headline, og:title, twitter:title, <title> (whole, and with its last part cut at a
separator), the <h1>s, trafilatura's title and the text's title line — gets a score: a
prior for its source, plus its agreement (token overlap) with every other candidate, less
a penalty when it is very short. The weights are data (`generator/data/title_weights.json`),
fitted by `bench/fit_title.py` on the looked-at part of the benchmark only.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .title import without_site_name

_WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "title_weights.json"
_TOKEN_RE = re.compile(r"\w+")
_CUT_RE = re.compile(r"\s[|\-/\\>»–—]\s|\s*\|\s*")
"""A site separator in a <title>: a bar, or a dash, slash or guillemet between spaces."""


@dataclass(frozen=True)
class Candidate:
    """One title as one source gives it."""

    source: str
    text: str


@cache
def weights() -> dict[str, float]:
    """Source priors (`prior.<source>`), `support` and `short`, from the data file."""
    return json.loads(_WEIGHTS.read_text("utf-8"))


def _tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN_RE.findall(text.casefold()))


def overlap(a: str, b: str) -> float:
    """Token F1 of two titles (bags of words, case folded)."""
    ta, tb = _tokens(a), _tokens(b)
    common = sum((ta & tb).values())
    return 2 * common / (sum(ta.values()) + sum(tb.values())) if common else 0.0


def cut_last_part(title: str) -> str:
    """The <title> less its last separated part ("Story | Section | Site" → "Story | Section")."""
    cuts = list(_CUT_RE.finditer(title))
    return title[: cuts[-1].start()].strip() if cuts else ""


def candidates(
    declared: tuple[tuple[str, str], ...],
    extracted: str | None,
    header: str | None,
    publication: str | None,
) -> tuple[Candidate, ...]:
    """The page's declared titles, the derived <title> cuts, trafilatura's and the header's."""
    found = [Candidate(source, text) for source, text in declared]
    for source, text in declared:
        if source == "title":
            found.append(Candidate("title_cut", cut_last_part(text)))
            found.append(Candidate("title_site", without_site_name(text, publication)))
    found.append(Candidate("extracted", extracted or ""))
    found.append(Candidate("header", header or ""))
    return tuple(c for c in found if c.text.strip())


def score(candidate: Candidate, others: tuple[Candidate, ...], w: dict[str, float]) -> float:
    """Prior of the source + agreement with the other candidates − shortness."""
    support = sum(overlap(candidate.text, o.text) for o in others if o is not candidate)
    short = len(_TOKEN_RE.findall(candidate.text)) <= 2
    return w.get(f"prior.{candidate.source}", 0.0) + w["support"] * support - w["short"] * short


def vote(found: tuple[Candidate, ...], w: dict[str, float] | None = None) -> str | None:
    """The best-scoring candidate's text; ties go to the earlier candidate."""
    w = w if w is not None else weights()
    if not found:
        return None
    scored = [(-score(c, found, w), k) for k, c in enumerate(found)]
    return found[min(scored)[1]].text
