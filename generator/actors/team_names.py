"""A team's whole name in a results line: "Manchester City 3", not "Manchester" and "City";
in a match report, a town and a plural nickname: "the Texas Rangers beat ... 5-3".

`retype.teams` makes the name before a score a team; in a table the words before it on
the same run of capitals are the rest of that team's name ("Greenock Morton 1 Falkirk 0",
"Queen's Park 1 Forfar 4"), whatever the rules read in them (a town, a person's name).
"""

from __future__ import annotations

import re

from ..models import ORGANISATION, PERSON
from .context import GUESSED_PERSON, Context, Span, lookup
from .lexicon import fold, stopwords, title_words
from .tokens import Token
from .vocabulary import common_word

MAX_WORDS = 4
"""Words at most in one team's name: longer runs are prose, not a row of a table."""
SCORE_RE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")
"""A match's score in prose ("beat the Angels 6-2"), not a date or a range of years."""
TOWNS = frozenset({"place", "capital"})
"""Gazetteer labels of a town or a state (US states are places) a team is named after."""


def whole_teams(ctx: Context, spans: list[Span]) -> list[Span]:
    """Each team span before a score stretched back over the capitals just before it."""
    starts = {t.start: n for n, t in enumerate(ctx.tokens)}
    out = list(spans)
    for span in spans:
        n = starts.get(span.start)
        if span.cue != "team" or n is None:
            continue
        first = _run_start(ctx.tokens, n)
        if first == n:
            continue
        begin = ctx.tokens[first].start
        text = ctx.text[begin : span.end]
        out = [s for s in out if not (begin <= s.start and s.end <= span.end)]
        out.append(Span(begin, span.end, text, ORGANISATION, text, cue="team"))
    return sorted(out, key=lambda s: (s.start, -s.end))


def _run_start(tokens: list[Token], n: int) -> int:
    """The first token of the run of capitalised words (and "'s" or "of" between them)
    that ends at token n, one space apart: a number, a comma or "v" ends it."""
    first = n
    k = n - 1
    while k >= 0 and tokens[k].end + 1 >= tokens[k + 1].start and n - k < MAX_WORDS + 2:
        token = tokens[k]
        if token.kind == "cap" and fold(token.text) not in title_words():
            first = k
        elif not (token.kind == "poss" or token.text == "of") or k == 0:
            break
        k -= 1
    words = sum(tokens[m].kind == "cap" for m in range(first, n + 1))
    return first if words <= MAX_WORDS else n


def nickname_teams(ctx: Context, spans: list[Span]) -> list[Span]:
    """In a line with a score, a town and one or two capitalised words ending in a plural
    -s or -x that end the run ("Texas Rangers", "Chicago White Sox") are one team, where
    the rules read a place and a stray word, or a person ("Cleveland" is a given name)."""
    if not SCORE_RE.search(ctx.text):
        return spans
    out = list(spans)
    tokens = ctx.tokens
    for a in range(len(tokens)):
        end = _nickname_end(ctx, a)
        if end is None:
            continue
        begin, stop = tokens[a].start, tokens[end - 1].end
        if any(s.start < begin < s.end or s.start < stop < s.end for s in out):
            continue  # a longer name holds part of it
        inside = [s for s in out if begin <= s.start and s.end <= stop]
        guessed = [s for s in inside if s.label == PERSON and s.cue != GUESSED_PERSON]
        if guessed and not _over_person(ctx, a, end):
            continue
        text = ctx.text[begin:stop]
        out = [s for s in out if s not in inside]
        out.append(Span(begin, stop, text, ORGANISATION, text, cue="team"))
    return sorted(out, key=lambda s: (s.start, -s.end))


def _over_person(ctx: Context, a: int, end: int) -> bool:
    """Whether a team outranks the rules' person read on a cue (a given name, a title;
    a guess from capitals alone always gives way): a town of two words or more ("San Diego
    Padres": a given name is one word), or a nickname that is an everyday word or a
    people's name ("Cleveland Indians"), where a surname is neither ("Leander Paes")."""
    tokens = ctx.tokens
    town_words = next(m for m in range(end - 1, a, -1) if lookup(ctx, a, m) is not None) - a
    last = tokens[end - 1].text
    entry = lookup(ctx, end - 1, end)
    return town_words >= 2 or common_word(last) or (entry is not None and entry.demonym)


def _nickname_end(ctx: Context, a: int) -> int | None:
    """The end of "town Nickname(s)" starting at token a, or None."""
    tokens = ctx.tokens
    if a > 0 and tokens[a - 1].kind == "cap" and fold(tokens[a - 1].text) not in stopwords():
        return None  # inside a longer run of capitals ("The" starts a sentence)
    for m in range(min(len(tokens), a + 3), a, -1):
        entry = lookup(ctx, a, m)
        if entry is not None and entry.label in TOWNS and not entry.demonym:
            break
    else:
        return None
    end = m
    while end < len(tokens) and end - m < 2 and _nickname_word(tokens, end):
        end += 1
    if end == m or (end < len(tokens) and tokens[end].kind == "cap"):
        return None
    last = tokens[end - 1].text
    return end if last[-1:] in ("s", "x") and last[-2:] != "'s" else None


def _nickname_word(tokens: list[Token], k: int) -> bool:
    token = tokens[k]
    return (
        token.kind == "cap"
        and tokens[k - 1].end + 1 == token.start
        and fold(token.text) not in stopwords()
        and fold(token.text) not in title_words()
    )
