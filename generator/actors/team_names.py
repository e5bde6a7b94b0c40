"""A team's whole name in a results line: "Manchester City 3", not "Manchester" and "City".

`retype.teams` makes the name before a score a team; in a table the words before it on
the same run of capitals are the rest of that team's name ("Greenock Morton 1 Falkirk 0",
"Queen's Park 1 Forfar 4"), whatever the rules read in them (a town, a person's name).
"""

from __future__ import annotations

from ..models import ORGANISATION
from .context import Context, Span
from .lexicon import fold, title_words
from .tokens import Token

MAX_WORDS = 4
"""Words at most in one team's name: longer runs are prose, not a row of a table."""


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
