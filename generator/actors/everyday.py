"""Names made of everyday words: capitals alone do not make "Lunch Break" a person or
"HUGE" an acronym.

The rules take a run of capitalised words with no other cue for a person ("default") and a
word in capitals for an acronym. Both guesses rest on capitalisation only, which web pages
spend freely: menu items and product features in Title Case ("Voice Control", "Implement
Stage"), emphasis in capitals ("THANKS", "BUILD"). The evidence against them is how the
words are used: one of English's most frequent words (jusText's stop list), a word the
article itself writes in lower case, or (for these two guesses only) one of English's
common words (`vocabulary`), is an everyday word, and a person's name or an acronym is
seldom made of one. A guessed person stays when the article treats it as a
person: its last word named alone as one ("Herbert notes") or beside a verb of saying.
A person cued by a given name alone is dropped when the given name is one English uses as a
word and does not give (`word_names`: "Night Mode") and every other word is common too.
A person after a title is dropped only when every word of the name is everyday and the
first is no given name ("Vice President for Global Design" leaves "Design"); the risk is a
surname the same article writes in lower case ("President Bush" beside "the bush"). Names
that come from a lexicon, a given name or the tagger are not touched.
"""

from __future__ import annotations

from ..models import ORGANISATION, PERSON
from .context import GUESSED_PERSON, Span
from .lexicon import fold, role_nouns
from .names import first_names
from .ner_evidence import Evidence, frequent_words
from .vocabulary import common_words
from .word_names import word_names

VOCABULARY = True
"""Whether English's common words count as everyday for guessed persons and acronyms (never
for titled persons: "President Trump" stays although "trump" is a word)."""
ACRONYM = "acronym"
"""The rules' cue for an organisation guessed from one word in capitals."""
TITLED = "title"
"""The rules' cue for a person named after a title ("Foreign Minister X")."""
GIVEN_NAME = "given-name"
"""The rules' cue for a person whose name opens with a given name."""
ALIAS = "alias"
"""The rules' cue for a word that stands for a name the article established."""
TEAM = "team"
"""The rules' cue for a team read before a score (`retype.teams`)."""


def everyday(word: str, evidence: Evidence, vocabulary: bool = False) -> bool:
    """A folded word that is one of English's frequent words or that the article also
    writes in lower case; with `vocabulary`, also one of English's common words
    (`vocabulary.common_words`)."""
    return (
        word in frequent_words() or word in evidence.lower or vocabulary and word in common_words()
    )


def everyday_guesses(spans: list[list[Span]], evidence: Evidence) -> frozenset[str]:
    """Folded names of the article's persons guessed from capitals alone that hold an
    everyday word, and of its one-word acronyms that are an everyday word in capitals."""
    out = set()
    for line in spans:
        for span in line:
            words = fold(span.text).split()
            if not words:
                continue
            if _everyday_person(span, words, evidence) or _everyday_acronym(span, words, evidence):
                out.add(fold(span.name))
    return frozenset(out)


def _everyday_person(span: Span, words: list[str], evidence: Evidence) -> bool:
    """A person guessed from capitals with an everyday word in it ("Voice Control"), one
    whose given name and other words are all English words ("Night Mode"), or one after a
    title made only of everyday words, none a given name ("Vice President for Global
    Design": "Design"), or ending in an office ("Chief Strategy Officer": "Strategy
    Officer"); not when the article names it as a person elsewhere."""
    if span.label != PERSON or span.cue not in (GUESSED_PERSON, TITLED, GIVEN_NAME):
        return False
    if words[-1] in evidence.quoted or (
        len(words) > 1
        and words[-1] in evidence.named_alone
        and not everyday(words[-1], evidence)  # "Beauty" for "Ulta Beauty" is no evidence
    ):
        return False  # "Kanye West ... West said": a person after all
    if span.cue == GUESSED_PERSON:
        return any(everyday(w, evidence) for w in words) or (VOCABULARY and _all_words(words))
    if span.cue == GIVEN_NAME:  # "Night Mode": its given name is an English word
        return words[0] in word_names() and VOCABULARY and _all_words(words)
    return words[0] not in first_names() and (
        all(everyday(w, evidence) for w in words) or words[-1] in role_nouns()
    )


def _all_words(words: list[str]) -> bool:
    """Every word is one of English's common words, or a given name that English uses as
    a word and English speakers do not give (`word_names`: "night", "tone")."""
    return all(w in common_words() or w in word_names() for w in words)


def _everyday_acronym(span: Span, words: list[str], evidence: Evidence) -> bool:
    """A one-word acronym guessed from capitals that is an everyday word ("THANKS"), or
    a short form standing for one ("Build" after "the BUILD stage")."""
    return (
        span.label == ORGANISATION
        and span.cue in (ACRONYM, ALIAS)
        and len(words) == 1
        and span.name.isupper()
        and everyday(fold(span.name), evidence, VOCABULARY)
    )


def without_everyday(spans: list[list[Span]], evidence: Evidence) -> list[list[Span]]:
    """Each line's spans less the everyday guesses and the spans that repeat them (a
    headline's "known" copy, a short form's alias); not a team read before a score ("Blue
    Jackets 5, Canadiens 2"), whose other mentions the rules guessed a person."""
    guesses = everyday_guesses(spans, evidence)
    if not guesses:
        return spans
    return [
        [
            s
            for s in line
            if s.label not in (PERSON, ORGANISATION) or s.cue == TEAM or fold(s.name) not in guesses
        ]
        for line in spans
    ]
