"""Hostile article shapes that made one step's cost grow faster than the article (issue 17).

Each generator returns a plain-text article of about `size` characters, written here (no
benchmark or seed text): a title, a publication date line (so relative dates resolve), and a
body of the given shape. `article_cost` times every per-article step for one article:
extraction, linking and rendering its pages (no MkDocs site).
"""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Callable

from generator.models import RawArticle
from generator.pipeline import analyse_article, build_briefing
from generator.render import render
from generator.settings.config import Config

_FIRST = "Anna Boris Clara Dmitri Elena Farid Greta Hamid Irene Jonas Karim Lena Marco".split()
_LAST = "Berg Costa Dunn Ekström Fischer Garcia Haddad Ivanova Jensen Kowalski Lopez".split()
_MONTHS = "January February March April May June July August September October November".split()
_HEAD = "Talks on the border accord\n\nPublished 2021-06-15\n\n"


def _names() -> itertools.cycle:
    return itertools.cycle(f"{f} {m}{s}" for f in _FIRST for m in ("", "Mac") for s in _LAST)


def _fill(size: int, parts: Callable[[int], str], joiner: str = " ", end: str = ".") -> str:
    """The head, then parts(0), parts(1), … joined until the body reaches `size`."""
    out, total, i = [], len(_HEAD), 0
    while total < size:
        part = parts(i)
        out.append(part)
        total += len(part) + len(joiner)
        i += 1
    return _HEAD + joiner.join(out) + end + "\n"


def dates_sentence(size: int) -> str:
    """One long sentence full of dates."""
    return _fill(
        size,
        lambda i: f"on {1 + i % 28} {_MONTHS[i % 11]} {1990 + i % 30} the envoys met again",
        joiner=", ",
    )


def relative_dates(size: int) -> str:
    """Many relative dates, one per short sentence."""
    when = ["on Monday", "last week", "two days later", "the next day", "on Friday", "yesterday"]
    return _fill(size, lambda i: f"The envoys met {when[i % len(when)]} in Vienna.", end="")


def name_parens(size: int) -> str:
    """`Ab Cd (` repeated."""
    return _fill(size, lambda i: "Ab Cd (", joiner="")


def byline(size: int) -> str:
    """A long byline of names (distinct people), in a sentence of the article."""
    names = _names()
    text = _fill(size, lambda i: next(names), joiner=", ", end=" signed the letter.")
    return text.replace("\n\n", "\n\nThe envoys met in Vienna on Monday. ", 2)


def capitals(size: int) -> str:
    """Words in capitals, with no defining acronym in brackets."""
    words = "THE MINISTRY OF ENERGY SAID ON TUESDAY THAT FUEL PRICES WILL RISE AGAIN".split()
    return _fill(size, lambda i: words[i % len(words)], end=".")


def quotes(size: int) -> str:
    """Many quoted statements by named people."""
    names = _names()
    return _fill(
        size,
        lambda i: f'"We will keep talking about item {i}," said {next(names)}.',
        end="",
    )


def results(size: int) -> str:
    """A match report's results lines: plural nicknames before scores with their stops."""
    teams = "Bears Comets Drakes Eagles Falcons Giants Hawks Jets Kings Lions Owls".split()
    return _fill(
        size,
        lambda i: (
            f"{teams[i % 11]} {i % 9}, {teams[(i + 3) % 11]} {i % 7}: the "
            f"{teams[(i + 5) % 11]} beat the {teams[(i + 7) % 11]} in overtime."
        ),
        end="",
    )


_SUBJECTS = (
    "delegations from Austria",
    "the finance ministry",
    "farmers near the river",
    "the central bank",
    "union leaders",
    "two regional governors",
    "the port authority",
    "a group of lawmakers",
    "local officials",
    "the energy regulator",
    "rail workers",
    "the opposition party",
)
_ACTIONS = (
    "met in Vienna to discuss",
    "voted against",
    "published a report on",
    "raised new doubts about",
    "asked for changes to",
    "signed a letter backing",
    "delayed a decision on",
    "held talks about",
    "criticised",
    "welcomed",
)
_OBJECTS = (
    "the border accord",
    "water rights",
    "fuel prices",
    "the grain export plan",
    "a new customs code",
    "the pension reform",
    "rules for seasonal workers",
    "the bridge project",
    "tariffs on steel",
    "the budget for schools",
    "a gas pipeline",
)
_TAILS = (
    "officials said",
    "according to a statement",
    "two people familiar with the matter said",
    "a spokeswoman confirmed",
    "the agency reported",
)


def _sentence(rng: random.Random, names: itertools.cycle) -> str:
    """One news sentence from the word lists, with a date, a number or a named speaker."""
    subject, action, thing = rng.choice(_SUBJECTS), rng.choice(_ACTIONS), rng.choice(_OBJECTS)
    date = f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(1990, 2024)}"
    form = rng.randrange(4)
    if form == 0:
        return f"On {date}, {subject} {action} {thing}, {rng.choice(_TAILS)}."
    if form == 1:
        return f'"We cannot accept {thing} as it stands," {next(names)} said on {date}.'
    if form == 2:
        return f"{subject[0].upper()}{subject[1:]} {action} {thing} after {rng.randint(2, 900)} complaints."
    return f"{next(names)}, who leads {subject}, said the group {action} {thing} last week."


def prose(size: int) -> str:
    """Ordinary news prose: paragraphs of five sentences built from word lists."""
    rng, names = random.Random(17), _names()
    return _fill(
        size,
        lambda i: " ".join(_sentence(rng, names) for _ in range(5)),
        joiner="\n\n",
        end="",
    )


SHAPES: dict[str, Callable[[int], str]] = {
    "dates in one sentence": dates_sentence,
    "relative dates": relative_dates,
    "Ab Cd ( repeated": name_parens,
    "long byline": byline,
    "words in capitals": capitals,
    "quotes": quotes,
    "ordinary prose": prose,
    "results lines": results,
}


def article_cost(text: str) -> float:
    """CPU seconds of this process to extract, link and render one article: CPU time, not
    wall time, so that other work on a shared machine does not count against the article."""
    raw = RawArticle(id="shape", source="shape.txt", text=text, format="text")
    start = time.process_time()
    result = analyse_article(raw, frozenset(), None)
    if result.article.paragraphs:
        render(build_briefing([result], Config()), jobs=1)
    return time.process_time() - start
