"""The clause of a sentence that a date belongs to: what the sentence says about the date.

The sentence is cut at semicolons, colons and dashes, then at commas; asides that do not
hold the date are dropped, and an overlong rest is shortened to its subject's opening and
the dated piece. The words that decide (asides, relative pronouns, function words) come
from `words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.sentences import sentence_at
from .words import (
    COMMA,
    DETERMINER,
    DETERMINERS,
    FUNCTION_WORDS,
    HARD_BREAK,
    LEADING_ASIDE,
    RELATIVE,
    TRAILING_ASIDE,
    WORD,
)

MAX_SUMMARY_WORDS = 25
ANTECEDENT_WORDS = 6
"""Words before a relative clause that may all be its antecedent ("Russia, which …")."""
NOUN_PHRASE_WORDS = 8
"""Words from a determiner to a preposition that may still be one noun phrase with its
modifiers ("the U.S.-led political process based on" counts U, S, -led: seven)."""
SENTENCE_REACH = 1000
"""Characters of a sentence read on each side of a date. No news sentence comes near it; a
hostile one of thousands of dates would otherwise be read whole for each date (quadratic)."""


@dataclass(frozen=True)
class Clause:
    """Where a dated clause lies in its paragraph, and the pieces its summary is made of."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    pieces: tuple[tuple[int, int], ...] = ()
    """The stretches the summary is made of, in order (a dropped aside leaves a gap)."""
    trimmed_head: bool = False
    """True when the first piece is the start of a longer one (the summary shows "…")."""


def word_count(text: str, start: int, end: int) -> int:
    """Words of `text[start:end]`, as summaries count them."""
    return len(WORD.findall(text, start, end))


def _hard_clause(text: str, start: int, end: int, s_start: int, s_end: int) -> tuple[int, int]:
    """The stretch between semicolons, colons and dashes that holds the expression; widened
    to the neighbouring stretches while it is under six words ("in December —")."""
    cuts = [s_start]
    for match in HARD_BREAK.finditer(text, s_start, s_end):
        if not (match.start() < end and start < match.end()):
            cuts.append(match.end())
    cuts = sorted(set(cuts + [s_end]))
    c_start, c_end = s_start, s_end
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a <= start < b:
            c_start, c_end = a, b
            break
    while word_count(text, c_start, c_end) < 6 and (c_start, c_end) != (s_start, s_end):
        i, j = cuts.index(c_start), cuts.index(c_end)
        if i > 0:
            c_start = cuts[i - 1]
        elif j < len(cuts) - 1:
            c_end = cuts[j + 1]
    return c_start, c_end


def stretch(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of the sentence between semicolons, colons and dashes that holds the
    expression at `start:end`: all a dated clause can draw its words from."""
    s_start, s_end = _sentence_window(text, *sentence_at(text, start), start, end)
    return _hard_clause(text, start, end, s_start, s_end)


def dated_piece(text: str, start: int, end: int) -> tuple[int, int, int, int]:
    """The comma piece of the stretch (`stretch`) that holds the expression at `start:end`:
    its start, its index among the stretch's pieces, its end, and where the next piece
    starts (the stretch's end when it is the last)."""
    c_start, c_end = stretch(text, start, end)
    pieces = _comma_pieces(text, c_start, c_end, start, end)
    for i, (a, b) in enumerate(pieces):
        if a <= start < b:
            return a, i, b, pieces[i + 1][0] if i + 1 < len(pieces) else c_end
    return start, 0, end, c_end


def _comma_pieces(text: str, c_start: int, c_end: int, start: int, end: int) -> list[list[int]]:
    """[start, end) of the comma-separated pieces, the comma left out; never inside the
    expression ("Friday, May 19")."""
    pieces = []
    piece_start = c_start
    for match in COMMA.finditer(text, c_start, c_end):
        if match.start() < end and start < match.end():
            continue
        pieces.append([piece_start, match.start()])
        piece_start = match.end()
    pieces.append([piece_start, c_end])
    return [p for p in pieces if p[1] > p[0]]


def _sentence_window(text: str, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    """The sentence, or in an overlong one the words within `SENTENCE_REACH` of the date."""
    if s_end - s_start <= 2 * SENTENCE_REACH:
        return s_start, s_end
    if start - s_start > SENTENCE_REACH:
        cut = text.find(" ", start - SENTENCE_REACH, start)
        s_start = cut + 1 if cut >= 0 else start
    if s_end - end > SENTENCE_REACH:
        cut = text.rfind(" ", end, end + SENTENCE_REACH)
        s_end = cut if cut >= 0 else end
    return s_start, s_end


def clause(text: str, start: int, end: int) -> Clause:
    """What the event sentence says about the date, in the sentence's own words.

    The stretch between semicolons and dashes that holds the expression is split at commas.
    Asides that do not hold it are dropped: a leading subordinate clause ("Although …,"),
    a relative clause between commas (", which …,"), a trailing ", adding …" or
    ", according to …". A relative clause in mid-sentence that holds the date keeps its
    antecedent instead of the main verb ("Russia, which backed Assad … in 2015"). What is
    left keeps its subject; over 25 words, the subject's opening and the dated piece remain.
    """
    s_start, s_end = _sentence_window(text, *sentence_at(text, start), start, end)
    c_start, c_end = _hard_clause(text, start, end, s_start, s_end)
    pieces = _comma_pieces(text, c_start, c_end, start, end)
    k = next(i for i, p in enumerate(pieces) if p[0] <= start < p[1] or i == len(pieces) - 1)
    last = len(pieces) - 1
    dated = text[pieces[k][0] : pieces[k][1]]
    opening = 1 if k > 1 and LEADING_ASIDE.match(text, pieces[0][0]) else 0
    too_long = word_count(text, pieces[opening][0], pieces[k][1]) > MAX_SUMMARY_WORDS
    closing = 0 < k == last and not too_long and _long_main(text, pieces)
    if RELATIVE.match(dated) and k > 0 and (k < last or too_long or closing):
        begin = _antecedent(text, pieces[k - 1][0], pieces[k][0], closing)
        return Clause(begin, pieces[k][1], s_start, s_end, ((begin, pieces[k][1]),))

    def aside(i: int) -> bool:
        piece = text[pieces[i][0] : pieces[i][1]]
        if i == 0:
            return last > 0 and LEADING_ASIDE.match(piece) is not None
        if RELATIVE.match(piece):
            return i < last or k < i
        return TRAILING_ASIDE.match(piece) is not None and i > k

    kept = [i for i in range(len(pieces)) if i == k or not aside(i)]
    spans = [(pieces[i][0], pieces[i][1]) for i in kept]
    # keep the comma-joined runs whole: a dropped aside splits a run in two
    runs: list[tuple[int, int]] = []
    for i, (a, b) in zip(kept, spans, strict=True):
        if runs and i - 1 in kept:
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    runs, trimmed = _shortened(text, runs, pieces, k)
    return Clause(runs[0][0], runs[-1][1], s_start, s_end, tuple(runs), trimmed)


def _long_main(text: str, pieces: list[list[int]]) -> bool:
    """The sentence says more before its closing relative clause than a subject: the date
    there belongs to the antecedent ("the statement endorses the process, which resumes
    Feb. 8" dates the process, not the statement)."""
    return word_count(text, pieces[0][0], pieces[-2][1]) > ANTECEDENT_WORDS


def _shortened(
    text: str, runs: list[tuple[int, int]], pieces: list[list[int]], k: int
) -> tuple[list[tuple[int, int]], bool]:
    """The kept runs, cut to the subject's opening and the dated piece (`pieces[k]`) when
    over `MAX_SUMMARY_WORDS`; and whether the opening was cut short."""
    trimmed = False
    if sum(word_count(text, a, b) for a, b in runs) > MAX_SUMMARY_WORDS:
        own = next(r for r in runs if r[0] <= pieces[k][0] < r[1] or r[0] == pieces[k][0])
        if word_count(text, *own) > MAX_SUMMARY_WORDS:
            own = (pieces[k][0], pieces[k][1])
            if k + 1 < len(pieces) and word_count(text, *own) <= 4:
                # "Earlier this month, delegations met in Istanbul …": the date opens the
                # sentence, the pieces after it say what happened
                own = (pieces[k][0], _past_names(text, pieces, k + 1))
        head = runs[0]
        budget = MAX_SUMMARY_WORDS - word_count(text, *own)
        if head[0] < own[0] and budget >= 4:
            head_end = _head_cut(text, head[0], min(head[1], own[0]), budget)
            trimmed = head_end < min(head[1], own[0])
            runs = [(head[0], head_end), own]
        else:
            runs = [own]
    return runs, trimmed


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]")


def _past_names(text: str, pieces: list[list[int]], i: int) -> int:
    """The end of piece `i`, or of the first later piece with a lower-case word when piece `i`
    has none: a name and its apposition ("In October, Rep. Ann Lee, R-Ohio, visited …") say
    who, not what happened. At most `MAX_SUMMARY_WORDS` words from piece `i`."""
    first = pieces[i][0]
    while (
        i + 1 < len(pieces)
        and _LOWER_WORD.search(text[pieces[i][0] : pieces[i][1]]) is None
        and word_count(text, first, pieces[i + 1][1]) <= MAX_SUMMARY_WORDS
    ):
        i += 1
    return pieces[i][1]


def _head_cut(text: str, start: int, end: int, budget: int) -> int:
    """Where to end the opening of a sentence kept for its subject: within `budget` words,
    before the last function word ("Russia pushed forward a new agreement with Iran and
    Turkey" rather than "… and Turkey to jointly")."""
    words = list(WORD.finditer(text, start, end))
    if len(words) <= budget:
        return end
    words = words[:budget]
    for i in range(len(words) - 1, 2, -1):
        if words[i].group().lower() in FUNCTION_WORDS:
            while i > 0 and words[i - 1].group().lower() in FUNCTION_WORDS:
                i -= 1
            return words[i - 1].end()
    return words[-1].end()


def _antecedent(text: str, piece_start: int, clause_start: int, closing: bool = False) -> int:
    """Where the noun phrase before a relative clause starts: the whole preceding piece when
    it is short ("Russia, which …"), else its last determiner ("… the Syrian conflict, which").
    A clause `closing` a longer sentence takes the noun phrase before it (`_object_start`):
    "the statement endorses the process, which resumes Feb. 8" dates the process."""
    short = len(WORD.findall(text[piece_start:clause_start])) <= ANTECEDENT_WORDS
    if closing:
        return _object_start(text, piece_start, clause_start)
    if short:
        return piece_start
    tail_start = max(piece_start, clause_start - 50)
    found = list(DETERMINER.finditer(text, tail_start, clause_start))
    if found:
        return found[-1].start()
    return piece_start if short else clause_start


_LINKS = FUNCTION_WORDS - set(DETERMINERS)
"""Prepositions and conjunctions: a noun phrase goes on across them ("the process based on
the resolution", "the formalities of the deal")."""


def _object_start(text: str, piece_start: int, clause_start: int) -> int:
    """Where the noun phrase just before a closing relative clause starts: its last
    determiner, moved back to an earlier one while the words between end in a preposition
    or conjunction (at most `NOUN_PHRASE_WORDS` words: "the process based on the resolution");
    the piece's start when it has no determiner after its first word."""
    found = list(DETERMINER.finditer(text, piece_start + 1, clause_start))
    if not found:
        return piece_start
    start = found[-1].start()
    for earlier in reversed(found[:-1]):
        gap = WORD.findall(text, earlier.end(), start)
        if not gap or len(gap) > NOUN_PHRASE_WORDS or gap[-1].lower() not in _LINKS:
            break
        start = earlier.start()
    return start
