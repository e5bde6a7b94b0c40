"""Contradictory claims: one named actor reported to say what another (or the same one,
elsewhere) denies, or two saying opposite things about the same matter.

Precision first, for a wrong "contradiction" misleads the reader. Two statements contradict
when their claims are about the same thing (content-word cosine, the key points' measure, at
least SAME_CLAIM over at least two shared words) and their polarities are opposite: one is
denied or negated and the other not, or one says a word whose opposite the other says
("held" against "violated"), not both. Left alone: statements from one article by one
speaker, claims about different days or counts, and a claim a speaker makes about itself
("it would attend") set against another speaker's claim that is not about that speaker
("Arcadia said Borduria's troops shelled Kell" against "Borduria denied that its troops
shelled Kell" is kept).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..models import Briefing
from .claims import Statement, StatementsOf, article_statements, statements
from .keypoints import similarity

SAME_CLAIM = 0.6
"""Content-word cosine at or above which two claims are about the same thing."""
MIN_SHARED = 2
COMMON_WORD = 50
"""A word in more statements than this tells nothing about which are one claim."""


@dataclass(frozen=True)
class Contradiction:
    """Two statements that cannot both hold: `first` comes first in reading order."""

    first: Statement
    second: Statement
    similarity: float


def _opposed(a: Statement, b: Statement) -> bool:
    """Opposite polarity: negated against not, or opposite words; both at once agree."""
    flips = a.negated != b.negated
    pairs_a = {pair: side for pair, side in a.sides}
    if any(pair in pairs_a and pairs_a[pair] != side for pair, side in b.sides):
        flips = not flips
    return flips


def _comparable(a: Statement, b: Statement) -> bool:
    """Two statements that may be set against each other at all."""
    if a.article == b.article and a.speaker == b.speaker:
        return False  # one source, one voice: a turn of phrase, not a difference of sources
    if a.article == b.article and a.paragraph == b.paragraph and a.start == b.start:
        return False  # one sentence read twice (reported and quoted)
    if a.speaker != b.speaker and (a.about_speaker or b.about_speaker) and not a.about & b.about:
        return False  # "it would attend" from two speakers: about two different actors
    return not (a.anchors and b.anchors and a.anchors != b.anchors)


def _candidates(found: tuple[Statement, ...]) -> list[tuple[int, int]]:
    """Pairs of statements sharing at least MIN_SHARED content words, through a word index
    (never all pairs: a large corpus has thousands of statements)."""
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(found):
        for word in s.words:
            by_word[word].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in by_word.values():
        if len(members) > COMMON_WORD:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                shared[(i, j)] += 1
    return sorted(pair for pair, count in shared.items() if count >= MIN_SHARED)


def contradictions(
    briefing: Briefing, statements_of: StatementsOf = article_statements
) -> tuple[Contradiction, ...]:
    """Every contradiction, one per pair of (speaker, article) sides, in reading order
    (`statements_of`: each article's statements, or a memo of them)."""
    found = statements(briefing, statements_of)
    best: dict[tuple[tuple[str, str], tuple[str, str]], Contradiction] = {}
    for i, j in _candidates(found):
        a, b = found[i], found[j]
        if not _comparable(a, b) or not _opposed(a, b):
            continue
        score = similarity(a.words, b.words)
        if score < SAME_CLAIM:
            continue
        key = ((a.speaker, a.article), (b.speaker, b.article))
        if key not in best or score > best[key].similarity:
            best[key] = Contradiction(a, b, score)
    order = {s: i for i, s in enumerate(found)}
    return tuple(sorted(best.values(), key=lambda c: (order[c.first], order[c.second])))
