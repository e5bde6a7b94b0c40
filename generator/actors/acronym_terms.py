"""Runs of capitals that no lexicon knows and the article uses as a term, not as a name.

The rules type an unknown run of capitals as an organisation (cue `acronym`): right for
"the DEA says" or "NASA's telescope", wrong for a term of the trade. Three kinds of use
say it is a term, over every use in the article:

- an everyday English word set in capitals ("... compatible DONE."): one of English's
  frequent words (`ner_evidence.frequent_words`), or in an English article a word as
  common as "done" or "care" (Zipf frequency `EVERYDAY_ZIPF` or more) where that use does
  not act ("CARE said" is the charity's);
- a unit glued to its figure ("a 256GB model"), which `figure_words` (a figure, a space,
  the unit) does not see;
- a code in a bracketed list of codes ("[M2 SP / MF]", `code_brackets`);
- named once, as the modifier of the lower-case noun that follows it, with no article
  before it ("during IME composition", "the country's SARS outbreak", "an open RTB
  exchange"): a name used once is an actor when it does something or is something's
  ("the DEA says", "NIU's title") or is introduced ("the FBI"), not when it only
  qualifies a noun.

A run defined in the text ("People Power Party (PPP)") or named twice stays an actor
unless every use is of the first three kinds. The third kind is read in English articles
only: German puts a verb after its subject ("die SEC ermittelt").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ..lang.tense import modals, past_words
from ..models import ACTOR_TYPES
from .code_brackets import in_code_list
from .context import Span
from .events_venues import acts
from .language_words import zipf
from .lexicon import fold
from .ner_evidence import frequent_words
from .texts import TITLE
from .tokens import Token, tokenize
from .words import NAME_INTRODUCERS, SAY_VERBS, STATE_VERBS

EVERYDAY_ZIPF = 5.5
"""English words this frequent ("done" 5.6, "care" 5.6, "mr" 5.7) are read as the word in
capitals unless the use acts; an acronym of an organisation is rarely so common a word
("ice" 5.0, "act" 5.3, "aim" 4.5 are not)."""


def _use(text: str, span: Span, english: bool = True) -> str:
    """What one use of the run is: `word`, `unit`, `code`, `modifier` or `name`."""
    word = fold(span.text)
    if word in frequent_words():
        return "word"
    if english and zipf(word, "en") >= EVERYDAY_ZIPF and not acts(text, span.start, span.end):
        return "word"
    if span.start > 0 and text[span.start - 1].isdigit():
        return "unit"
    if in_code_list(text, span.start, span.end):
        return "code"
    if modifies(*around(text, span)):
        return "modifier"
    return "name"


def around(text: str, span: Span) -> tuple[list[Token], list[Token]]:
    """The token just before the span and the one just after it (each list empty at an
    edge of the text): what `modifies` reads."""
    before = tokenize(text[max(0, span.start - 40) : span.start])[-1:]
    after = tokenize(text[span.end : span.end + 40])[:1]
    return before, after


@cache
def _verb_forms() -> frozenset[str]:
    """Irregular pasts and modals ("NASA spoke", "the FDA will"): `lang/en/tense_cues.json`."""
    return frozenset(past_words("en")) | frozenset(modals("en").split("|"))


def modifies(before: list[Token], after: list[Token]) -> bool:
    """The run stands before a lower-case noun (not a verb of saying or acting, an
    irregular past or a modal, nor a word in -s or -ed that may be a verb: "CPD arrests
    six"), with no article before it."""
    if not after or after[0].kind != "low" or after[0].start != 1:
        return False
    word = fold(after[0].text)
    if word in SAY_VERBS or word in STATE_VERBS or word in frequent_words():
        return False
    if word.endswith(("s", "ed")) or word in _verb_forms():
        return False
    return not (before and fold(before[-1].text) in NAME_INTRODUCERS)


def term_acronyms(
    parts: Iterable[tuple[str, str, list[Span]]], language: str | None = None
) -> set[str]:
    """Folded runs of capitals typed by the `acronym` cue that every use shows to be a term
    (see the module); `parts` are (part id, text, spans) of each part of one article. A
    headline's use is a name's: a headline drops its articles and verbs read as nouns. The
    modifier's reading is English grammar: in another `language` (ISO 639-1; None is
    unknown, read as English) it is a name's ("die SEC ermittelt", "der BAFA")."""
    english = language in (None, "en")
    uses: dict[str, list[str]] = {}
    for part, text, spans in parts:
        for span in spans:
            if span.label in ACTOR_TYPES or span.cue == "acronym":
                kind = _use(text, span, english) if span.cue == "acronym" else "name"
                if kind == "modifier" and (part == TITLE or not english):
                    kind = "name"
                uses.setdefault(fold(span.text), []).append(kind)
    terms = set()
    for name, kinds in uses.items():
        if all(kind in ("word", "unit", "code") for kind in kinds) or kinds == ["modifier"]:
            terms.add(name)
    return terms
