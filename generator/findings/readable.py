"""Whether a sentence reads on its own, as a key point must: it names its subject.

A key point is read away from its article, so a sentence that needs the one before it is
left out: one that opens on a pronoun ("He said", "Eight of those"), a connective
("However", "In addition,", "Protesters, however, …") or "the deal";
one whose subject, after a short opening phrase, is a pronoun ("Since 1949, it has grown",
"On Friday, they said"), unless a name in that phrase is what the pronoun stands for ("After
Arcadia signed, it said"); a list of names and dates; a quotation. A wire dateline that
opens the sentence ("NAIROBI, Kenya (AP) _", "(Xinhua) --") is no part of the point: the
point starts after it, still the source's own words (`after_dateline`). A subject that is
"the" and a common noun ("The boy was placed …") is not refused but weighs less
(`names_its_subject`): the issue asks to prefer a sentence that names its subject.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from ..lang.saying import reporting_verbs
from ..metadata.words import ENGLISH_MONTHS, WEEKDAYS

WORD = re.compile(r"[^\W_][\w'’-]*")
LEADING_PUNCT = "\"'“‘(«—–- "

_LEAD = re.compile(r"([^,;:“”\"]{1,60}),\s+([^\W_][\w'’-]*)")
"""A short opening phrase and the first word after its comma."""
LEAD_WORDS = 5
"""An opening phrase of at most this many words ("Since 1949", "Asked about the deal")."""
_WEEKDAYS = frozenset(w for w in WEEKDAYS if w.endswith("day"))
"""A weekday does not say which thing is meant ("the location for Friday's ceremony")."""
_CALENDAR = frozenset(ENGLISH_MONTHS) | _WEEKDAYS
"""Month names and abbreviations, full weekday names: the shared calendar tables
(lang/en/months.tsv, weekdays.txt), not Python's locale-dependent `calendar`."""
_INSERTED = re.compile(r"[^,;:“”\"]{1,40},\s+([a-z][a-z ]{1,20}),\s")
"""A subject, then a connective set off by commas ("Protesters, however, dismissed …")."""
NAMED_WITHIN = 5
"""How many words after "the" a subject is read for a name (`names_its_subject`)."""
_DATELINES = (
    # "NAIROBI, Kenya (AP) _", "WASHINGTON, March 12 (Xinhua) --", "(AP)--"
    re.compile(r"(?:[A-Z][^()\n!?]{0,50}?)?\([A-Z][A-Za-z]{1,20} ?\)\s*(?:--|—|–|_|-)\s*"),
    # "INDEPENDENCE, Mo. _", "WASHINGTON --": a place in capitals, then a dash
    re.compile(r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:, [A-Z][A-Za-z.' ]{1,20})? (?:--|—|_) "),
)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str] | tuple[str, ...]]:
    """The English word lists (generator/lang/en/keypoints.json), read once."""
    path = resources.files("generator").joinpath("lang/en/keypoints.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        "stopwords": frozenset(data["stopwords"]) | reporting_verbs().core,
        "dangling_starts": frozenset(data["dangling_starts"]),
        "dangling_phrases": tuple(data["dangling_phrases"]),
        "inserted_connectives": frozenset(data["inserted_connectives"]),
        "subject_ends": frozenset(data["subject_ends"]) | reporting_verbs().core,
        "pronouns": frozenset(data["pronouns"]),
        "anaphoric_nouns": frozenset(data["anaphoric_nouns"]),
        "clause_cuts": tuple(data["clause_cuts"]),
    }


def pronoun_after_lead(text: str) -> bool:
    """True when a short opening phrase with no name in it is followed by a pronoun:
    "Since 1949, it has been expanded", "On Friday, his lawyers said"."""
    found = _LEAD.match(text.lstrip(LEADING_PUNCT))
    if not found or found.group(2).lower() not in lexicon()["pronouns"]:
        return False
    lead = WORD.findall(found.group(1))
    named = [w for w in lead[1:] if w[0].isupper() and w.lower() not in _CALENDAR]
    return 1 <= len(lead) <= LEAD_WORDS and not named


def opens_dangling(text: str) -> bool:
    """True when the sentence opens on a word that needs an antecedent: a pronoun
    ("He said"), a connective ("But", "However"), "the deal" with no name after it, or a
    pronoun after a short opening phrase ("Since 1949, it …")."""
    words = WORD.findall(text.lstrip(LEADING_PUNCT)[:80])
    if not words:
        return True
    first = words[0].lower()
    words_lex = lexicon()
    if first in words_lex["dangling_starts"]:
        return True
    if len(words) > 1 and words[1].lower() in words_lex["pronouns"] - {"his", "her", "their"}:
        return True  # "Contrast that with …", "Despite this, …"
    if len(words) > 2 and words[1].lower() == "of" and words[2].lower() in words_lex["pronouns"]:
        return True  # "Eight of those are in custody", "Some of them …"
    if _connective_opening(text.lstrip(LEADING_PUNCT)):
        return True
    if first == "the" and len(words) > 1:
        second = words[1]
        return second.lower() in words_lex["anaphoric_nouns"] and not second[:1].isupper()
    return pronoun_after_lead(text)


def _connective_opening(text: str) -> bool:
    """True for a sentence that opens on a connective phrase ("In addition, …", "As a
    result, …") or sets one off after its subject ("Protesters, however, …"): it answers
    the sentence before it."""
    lowered = text[:60].lower()
    if any(lowered.startswith(f"{phrase},") for phrase in lexicon()["dangling_phrases"]):
        return True
    inserted = _INSERTED.match(lowered)
    return bool(inserted) and inserted.group(1) in lexicon()["inserted_connectives"]


def names_its_subject(text: str) -> bool:
    """False for a sentence whose subject is "the" and a common noun with no name, month or
    figure in it ("The boy was placed …", "The new additions bring …"): it points back to
    an earlier sentence. The subject is read up to `NAMED_WITHIN` words, or to the first
    auxiliary, verb of saying or "-ed" word. Such a sentence may still be a point, but one
    that names its subject is preferred."""
    words = WORD.findall(text.lstrip(LEADING_PUNCT)[:120])
    if not words or words[0].lower() != "the":
        return True
    for word in words[1 : NAMED_WITHIN + 1]:
        lowered = word.lower().removesuffix("'s").removesuffix("’s")
        if word[0].isdigit() or (word[0].isupper() and lowered not in _WEEKDAYS):
            return True
        if lowered in lexicon()["subject_ends"] or lowered.endswith("ed"):
            return False
    return False


def opens_with_pronoun(text: str) -> bool:
    """True when the subject is a personal or demonstrative pronoun: the first word, or the
    first after a short opening phrase without a name (the bench's measure)."""
    words = WORD.findall(text.lstrip(LEADING_PUNCT)[:40])
    if not words:
        return False
    return words[0].lower() in lexicon()["pronouns"] or pronoun_after_lead(text)


def readable(text: str) -> bool:
    """A sentence that reads on its own: opens on a capital, names its subject, is mostly
    words (not a list of names and dates), and is not mostly a quotation."""
    first = text.lstrip(LEADING_PUNCT)[:1]
    if not (first.isupper() or first.isdigit()) or opens_dangling(text):
        return False
    if text.count("“") + text.count('"') > 2:
        return False
    words = WORD.findall(text)
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return len(words) >= 8 and capitalised <= 0.5 * len(words)


def after_dateline(text: str, start: int) -> int:
    """Where a sentence starting at `start` begins once a wire dateline that opens it is
    left out (`start` itself when none does)."""
    for dateline in _DATELINES:
        found = dateline.match(text, start)
        if found and found.end() < len(text) and text[found.end()].isupper():
            return found.end()
    return start
