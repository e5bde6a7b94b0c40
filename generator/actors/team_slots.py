"""In a match report, a town standing where a team stands is the team: "played for Nice",
"Kent beat Essex", "Texas manager Johnny Oates", "Baltimore's Eddie Murray".

Clubs are often named after their town, county or state, which the gazetteer reads as a
place. `team_roles` catches a player's position between such a name and a person; this
module reads the other places a team takes in a report of matches: the object of a match's
words ("against", "defeat to", "played for"), the subject of its verbs ("beat"), an office
of any club before a person ("captain", "senior"), and a possessive before a person or a
match's noun ("Nice's home defeat"). Those words are weak evidence alone ("against Moscow",
"Texas senior senator"), so they are read only in an article whose lower-case words show
it reports matches: three different words of `lang/en/actor_sport_words.txt`, or a
player's position. The names found are typed teams at every mention that is no venue, as
`team_roles.with_teams` does with its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ..models import PERSON
from .context import Span
from .lexicon import data_lines, fold
from .names import first_names
from .team_roles import run_before, team_roles
from .tokens import Token, tokenize

MAX_WORDS = 3
"""Words at most of a team's name found this way."""
SPORT_WORDS = 3
"""Different words of a match report from which an article reports matches."""
KINDS = ("before", "opposed", "after", "role", "owned")
PERSON_CUES = frozenset({"given-name", "initial"})
"""Cues of a person a team's name may stand before: a given name or an initial, not
capitals alone ("Mammaw's Fried Okra Music")."""
TOWNS = frozenset({"place", "capital"})
"""Readings of a name the slot outweighs: a town, a county, a state's part; not an undecided
word, which in a match of two players is a player ("beat Jansher")."""


@cache
def sport_words() -> frozenset[str]:
    """The lower-case words only a report of a sporting contest uses."""
    return frozenset(line.strip() for line in data_lines("actor_sport_words.txt"))


@cache
def slot_words() -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """Per kind of slot, its phrases as word tuples under their first word, longest first."""
    table: dict[str, dict[str, list[tuple[str, ...]]]] = {kind: {} for kind in KINDS}
    rows = [line.split("\t") for line in data_lines("actor_team_slots.tsv")]
    for kind, words in sorted(rows, key=lambda row: -len(row[1].split())):
        phrase = tuple(words.split())
        table[kind].setdefault(phrase[0], []).append(phrase)
    return {kind: {k: tuple(v) for k, v in found.items()} for kind, found in table.items()}


def reports_matches(texts: list[str]) -> bool:
    """Whether the article's lower-case words show it reports matches (see the module)."""
    words = {w.strip(".,;:!?\"'()").lower() for text in texts for w in text.split()}
    words = {w for w in words if w and w[0].islower()}
    positions = {p[0] for phrases in team_roles().values() for p in phrases if len(p) == 1}
    return bool(words & positions) or len(words & sport_words()) >= SPORT_WORDS


def _phrase_at(tokens: list[Token], k: int, kind: str) -> int:
    """How many tokens from k spell a phrase of `kind` (0: none)."""
    if k >= len(tokens) or tokens[k].kind != "low":
        return 0
    for phrase in slot_words()[kind].get(tokens[k].text.lower(), ()):
        n = len(phrase)
        if tuple(t.text.lower() for t in tokens[k : k + n]) == phrase:
            return n
    return 0


def _possessive(tokens: list[Token], k: int) -> bool:
    """Whether token k is a possessive: "'s", or a lone apostrophe after a plural "Heights'"."""
    token = tokens[k]
    return token.kind == "poss" or (
        token.text in ("'", "’")
        and tokens[k - 1].text.endswith("s")
        and token.start == tokens[k - 1].end
    )


def _run_after(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The run of at most MAX_WORDS capitalised tokens starting at token k."""
    b = k
    while b < len(tokens) and tokens[b].kind == "cap":
        b += 1
    if k < b <= k + MAX_WORDS:
        return k, b
    return None


def _follows_team(tokens: list[Token], k: int, persons: set[int], people: set[int]) -> bool:
    """Whether the words from token k make the name right before them a team: a match's
    verb not followed by a person, or a club's office before a person."""
    n = _phrase_at(tokens, k, "after")
    if n:
        return k + n >= len(tokens) or tokens[k + n].start not in people
    n = _phrase_at(tokens, k, "role")
    return bool(n) and k + n < len(tokens) and tokens[k + n].start in persons


def _slot_runs(
    tokens: list[Token], persons: set[int], people: set[int]
) -> Iterator[tuple[int, int]]:
    """Token ranges of the names in a team's slot (see the module); `persons`: where the
    persons with a cue start, `people`: where any person starts or ends (a match of two
    players: "Iga Roe beat Coco Doe")."""
    for k, token in enumerate(tokens):
        if token.kind == "low":
            paired = k > 0 and tokens[k - 1].end in people  # "Ada Roe beat Tamsel"
            n = _phrase_at(tokens, k, "before") or (
                0 if paired else _phrase_at(tokens, k, "opposed")
            )
            run = _run_after(tokens, k + n) if n else None
            if run:
                yield run
            run = run_before(tokens, k) if _follows_team(tokens, k, persons, people) else None
            if run:
                yield run
        elif k and k + 1 < len(tokens) and _possessive(tokens, k):
            nxt = tokens[k + 1]
            owned = nxt.start in persons or _phrase_at(tokens, k + 1, "owned")
            run = run_before(tokens, k) if owned else None
            if run:
                yield run


def _town(run: list[Token], inside: list[Span], start: int, end: int) -> bool:
    """Whether the rules read the run [start, end) as a town alone, or nothing in it and it
    is one word and no given name ("beat Yorkshire"; not "beat Thomas Johansson" in a match
    of two players)."""
    if not inside:
        return len(run) == 1 and fold(run[0].text) not in first_names()
    return all(s.label in TOWNS and start <= s.start and s.end <= end for s in inside)


def slot_teams(texts: list[str], spans: list[list[Span]]) -> set[str]:
    """Folded names the article shows to be teams by the slots they stand in (see the
    module), none a word of a person's name in the article ("against Jansher" after
    "Jansher Khan")."""
    if not reports_matches(texts):
        return set()
    found: set[str] = set()
    known = {fold(w) for line in spans for s in line if s.label == PERSON for w in s.text.split()}
    for text, line in zip(texts, spans, strict=True):
        persons = {s.start for s in line if s.label == PERSON and s.cue in PERSON_CUES}
        people = {x for s in line if s.label == PERSON for x in (s.start, s.end)}
        tokens = tokenize(text)
        for a, b in _slot_runs(tokens, persons, people):
            start, end = tokens[a].start, tokens[b - 1].end
            inside = [s for s in line if s.start < end and start < s.end]
            if _town(tokens[a:b], inside, start, end) and fold(text[start:end]) not in known:
                found.add(fold(text[start:end]))
    return found
