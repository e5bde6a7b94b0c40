"""The recogniser's cue words, read once from `lang/en/actor_cues.json`.

Each set is named for the decision it serves; the words themselves live only in the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lang import alternation as alternation  # the word lists' pattern maker, re-exported
from ..lang import load
from ..lang.saying import reporting_verbs

LANG = "en"


def _words(name: str) -> frozenset[str]:
    return frozenset(_ordered(name))


def _ordered(name: str) -> tuple[str, ...]:
    return tuple(load(LANG, "actor_cues.json")[name]["words"])


def longest_first(words: Iterable[str]) -> str:
    """A regex alternation of the literal `words`, longest first, so that a word wins over
    any shorter word it begins with."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


PARTICLES = _words("particles")
"""Lower-case name particles, as a hyphenated prefix ("al-Assad") or a word ("de Mistura")."""
WORD_PARTICLES = _words("word_particles")
"""Particles that may stand as separate words inside a name (not "at", "as", "an")."""
CONNECTORS = _words("connectors")
"""Words allowed inside organisation names ("Council on Foreign Relations")."""
COLLECTIVE_POSSESSORS = _words("collective_possessors")
"""Possessors inside a group's name: "Tigray People's Liberation Front", "Workers' Party"."""
LOCATIVE = _words("locative")
"""Prepositions of place before a name: "in X", "near X" make it a place."""
NATIONALITY_SKIPPED = _words("nationality_skipped")
"""Words between a nationality and its office ("Palestinian chief negotiator")."""
NATIONALITY_JOINS = _words("nationality_joins")
"""Words of a list of nationalities sharing one noun ("Australian and other US-led jets")."""
NAMING_WORDS = _ordered("naming_words")
"""Words that introduce a name of anything: "a person called “X”" (a name, not a title)."""
OPINION_VERBS = _words("opinion_verbs")
"""Verbs of thinking that, like the verbs of saying, make the name before them a person."""
SAY_VERBS = frozenset(reporting_verbs().person) | OPINION_VERBS
"""Verbs of saying (the shared table) or of thinking next to a name that make it a person, or a capital its government."""
STATE_VERBS = _words("state_verbs")
"""Verbs after a capital that make it stand for its government ("Moscow accused"), besides the verbs of saying said of people."""
PLACE_OF = _words("place_of")
"""Nouns before "of" that make the next name a place ("the town of X", "east of X")."""
CORPORATE = _words("corporate")
"""Company suffixes: they end a company's name, so "X Inc and Y Corp" are two names."""
ABBREVIATIONS = _words("abbreviations")
"""Words whose full stop belongs to them ("Barnett Banks Inc.", "Martin Luther King Jr.")."""
NAME_PREFIXES = _words("name_prefixes")
"""Abbreviations opening a name ("St. Louis"): their stop ends no sentence before a capital."""
LEADER_NOUNS = _words("leader_nouns")
"""Nouns after "the X" that make X the leader they are named after ("the Obama administration")."""
LEADER_GOVERNMENT_NOUNS = _words("leader_government_nouns")
"""Nouns after "the X" that make X a leader when the leaders table knows X ("Putin's government")."""
ARMED_NOUNS = _words("armed_nouns")
"""Nouns after a name that make it an armed group ("Houthi rebels", "the Wagner militia")."""
POLITICAL_NOUNS = _words("political_nouns")
"""Nouns after a name that make it a political group ("the Tudeh party", "X delegation")."""
GROUP_NOUNS = _words("group_nouns")
"""Nouns that head a descriptive phrase of a group ("rebel group X", "X, the al-Qaeda affiliate")."""
ARMED_ADJECTIVES = _words("armed_adjectives")
"""Adjectives that make a group noun an armed group ("rebel group", "armed faction")."""
POLITICAL_ADJECTIVES = _words("political_adjectives")
"""Adjectives that make a group noun a political group ("opposition bloc")."""
APPOSITIVE_STOPS = _words("appositive_stops")
"""Words that end the noun phrase of an appositive: "a researcher focusing on militias"."""
COUNCIL_HEADS = _words("council_heads")
"""Head words whose type depends on the other words of the name (`council_kind`)."""
COUNCIL_POLITICAL = _words("council_political")
"""Words that make a council or committee a political body ("Kurdish National Council")."""
COUNCIL_CIVIC = _words("council_civic")
"""Words that make it an institution, whatever else it says ("Norwegian Refugee Council")."""
CAPS_SKIP = _words("caps_skip")
"""Acronym aliases that are ordinary words when a text is in capitals."""
SHARED_ROLE_NOUNS = _words("shared_role_nouns")
"""Role nouns a state or a group can hold as well ("a key ally of …", "a member of …")."""
SAYING = tuple(sorted(reporting_verbs().finite, key=lambda verb: (-len(verb), verb)))
"""The finite verbs of saying (the shared table), longest first for a regex alternation."""
QUOTE_PHRASES = _ordered("quote_phrases")
"""Phrases that, like the verbs of saying, attribute a quotation ("according to X")."""
QUOTE_VERBS = SAYING + QUOTE_PHRASES
"""Verbs and phrases that attribute a quotation ("said", "according to"): a regex alternation."""
REPORTED_VERBS = _ordered("reported_verbs")
"""Verbs that, like `QUOTE_VERBS`, report what a person said of something ("X called it ..."). Order kept."""
APPOSITIVE_SAY_VERBS = tuple(sorted(reporting_verbs().person, key=lambda v: (-len(v), v)))
"""Verbs of saying that end an appositive ("X, a researcher, said"): those said of people."""
NOT_APPOSITIVE = _words("not_appositive")
"""First words of a clause or coordination after a comma, never of an appositive: in "Rex Tillerson, and Russian Foreign Minister Sergei Lavrov" the title is Lavrov's."""
HONORIFICS = _words("honorifics")
"""Forms of address: stripped from the name, but not a role."""
LEFT_ROLE_NOUNS = _words("left_role_nouns")
"""Job nouns that, like a title, may stand right before a name ("top diplomat Wang Yi")."""
AMBIGUOUS_TITLE_HEADS = _words("ambiguous_title_heads")
"""Title heads that are ordinary words in lower case ("the state", "a major", "in private")."""
AFTER_NOUN_PHRASE = _ordered("after_noun_phrase")
"""Words that may follow an acronym heading its noun phrase ("an EV that ..."; not "his WBO title"). Order kept: a regex alternation."""
ACRONYM_DETERMINERS = _ordered("acronym_determiners")
"""Determiners and ordinals before an acronym used as a common noun ("an EV", "its EV", "the seventh EV"). Order kept: a regex alternation ("an" before "a")."""
NAME_INTRODUCERS = _words("name_introducers")
"""Words before a run of capitals that introduce it as a thing in its own right ("the FBI")."""
NOT_REPORTING_AFTER = _ordered("not_reporting_after")
"""Words after a verb of saying that make it no report ("the letter Mike wrote was ..."). Order kept: a regex alternation."""
PLACE_PREPOSITIONS = _words("place_prepositions")
"""Prepositions before a multi-word name that, with no stronger cue, make it a place."""
