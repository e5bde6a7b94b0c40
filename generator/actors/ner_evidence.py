"""What the whole article says about a name the tagger reads, beyond the one reading.

The tagger reads one line at a time; a name's other mentions tell more. A word the tagger
reads as a person in one place and as an organisation in three is not plainly a person; a
name followed by a plural verb ("Chelsea have paid") is a group, not one person; a name
counted like a thing ("a compact Sentra", "the 2020 Sentra") or priced ("Note 10 Plus for
$840") is a product; a person the rules guessed from capitals alone that the tagger reads
as something else on every mention, with an everyday word in it, is no person. Every cue
here is a property of how the article uses the name, or a word of the shared language
table (`lang/en/actor_tagger_cues.json`), never a list of names.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

import justext

from ..lang import load
from ..models import ORGANISATION, PERSON
from .context import GUESSED_PERSON, Span
from .lexicon import fold, org_words
from .ner_features import BIG_CITY, Line, city_sizes
from .ner_vetoes import product_model
from .tokens import NAME_KINDS, Token, name_runs, sentence_start

Ranges = list[list[tuple[int, int, str, float]]]

RETYPABLE = frozenset({("place", "lexicon")})
"""Rule spans typed on weak evidence, a gazetteer place of the same spelling, that the
tagger may make a person: "Dole" is a town in the gazetteer and a person in "Clinton and
Dole". Never an organisation on the tagger's word alone (a city's team is CoNLL's
convention; a news reader's "Geneva" is the city), and a person by default is not made a
place or an organisation on a weak reading: on the test texts the tagger took "finance
minister, Kwame Boateng," for a place."""
WEAK_PERSON_CUES = frozenset({GUESSED_PERSON, "given-name"})
"""Rule persons typed on weak evidence: a run of capitals with no other cue ("Kansai
Electric Power"), or one whose first word is also a given name ("Sheffield United")."""
RETYPE_MARGIN = 120.0
"""How far the tagger's organisation or place must beat "O" to retype a weak rule person.
On the read part every retype was right from 60 up (the weights were fitted there, so the
tagger is over-sure of it); of 60, 90, 120 and 150, 120 is the lowest at which no scored
figure of the unread part fell (PER recall lost 0.007 at 60), so it was chosen with the
unread part scored, not read."""


MAX_ADJECTIVES = 3
"""Lower-case words at most between an indefinite article and the name it counts."""


@cache
def frequent_words() -> frozenset[str]:
    """English's most frequent words, from jusText's stop list (already a dependency)."""
    return frozenset(fold(w) for w in justext.get_stoplist("English"))


@cache
def _cues() -> dict[str, frozenset[str]]:
    table = load("en", "actor_tagger_cues.json")
    return {key: frozenset(value["words"]) for key, value in table.items()}


@dataclass(frozen=True)
class Evidence:
    """Per folded name, how the article uses it (one record per article)."""

    readings: dict[str, tuple[str, ...]]
    """The tagger's classes for each of its mentions, in order."""
    quoted: frozenset[str]
    """Standing next to a verb of saying (`ner_vetoes.speakers`)."""
    collective: frozenset[str]
    """Subject of a plural verb ("Chelsea have", "the Doobies are")."""
    countable: frozenset[str]
    """Last words of names counted or sold like a thing: "a Sentra", "the 2020 Sentra",
    "Plus for $840"."""
    products: frozenset[str]
    """Such names of two words or more, and every run of two words or more inside them:
    "dji mavic mini", "mavic mini" and "dji mavic" ("DJI Mavic Mini for $399")."""
    named_alone: frozenset[str]
    """Words the rules take for a person on their own ("Herbert notes") or that stand next
    to a verb of saying: a longer name ending in one is a person's."""
    heads: frozenset[str]
    """Organisation words (`actor_org_words.tsv`) that end a name of two words or more the
    rules found ("Police Department"): alone, such a word refers back to the longer name
    and is no new actor."""
    lower: frozenset[str]
    """Words the article also writes in lower case."""
    pronouns: bool
    """The article refers to someone as "he" or "she" somewhere."""
    below: frozenset[str]
    """Words written capitalised inside a sentence, or named by the rules, below the
    headline."""

    def known_below(self, text: str) -> bool:
        """Every word of a headline's name is used below it: a headline's capitals alone
        say nothing ("Amazon discounts MacBooks from $700")."""
        return all(word in self.below for word in fold(text).split())

    @property
    def repeated(self) -> frozenset[str]:
        """Names the tagger finds at least twice in the article."""
        return frozenset(k for k, v in self.readings.items() if len(v) >= 2)

    @property
    def persons(self) -> frozenset[str]:
        """Names read as a person at least twice and never as a place: one reading alone
        ("Idlib, Daraa, and beyond") is no reason to retype."""
        return frozenset(
            k for k, v in self.readings.items() if v.count("PER") >= 2 and "LOC" not in v
        )


def gather(lines: list[Line], tagged: Ranges, quoted: frozenset[str]) -> Evidence:
    """The evidence of one article's lines and the tagger's names in them."""
    readings: dict[str, list[str]] = {}
    for line, ranges in zip(lines, tagged, strict=True):
        for start, end, cls, _ in ranges:
            readings.setdefault(fold(line.text[start:end]), []).append(cls)
    collective: set[str] = set()
    counted: set[tuple[str, ...]] = set()
    alone = set(quoted)
    below: set[str] = set()
    heads: set[str] = set()
    for line in lines:
        heads.update(_org_head(s.text) for s in line.spans if " " in s.text.strip())
        collective |= _plural_subjects(line.tokens)
        counted |= _counted(line.tokens)
        alone.update(fold(s.text) for s in line.spans if s.label == PERSON and " " not in s.text)
        if line.index > 0:
            below |= _used_as_names(line)
    pronouns = _cues()["personal_pronouns"]
    said_of_people = any(t.text.lower() in pronouns for line in lines for t in line.tokens)
    return Evidence(
        {k: tuple(v) for k, v in readings.items()},
        quoted,
        frozenset(collective),
        frozenset(run[-1] for run in counted),
        frozenset(
            " ".join(run[a:b])
            for run in counted
            for a in range(len(run))
            for b in range(a + 2, len(run) + 1)
        ),
        frozenset(alone),
        frozenset(heads - {""}),
        frozenset(fold(t.text) for line in lines for t in line.tokens if t.kind == "low"),
        said_of_people,
        frozenset(below),
    )


def _org_head(text: str) -> str:
    """The name's last word when the organisation-word table has it, else ""."""
    last = fold(text).split()[-1]
    return last if last in org_words() else ""


def _used_as_names(line: Line) -> set[str]:
    """Folded words of the rules' names and capitalised words inside a sentence of a line
    that is not itself in capitals or Title Case."""
    out = {word for span in line.spans for word in fold(span.text).split()}
    if not line.title_like:
        tokens = line.tokens
        out.update(
            fold(t.text)
            for i, t in enumerate(tokens)
            if t.kind in NAME_KINDS and not sentence_start(tokens, i)
        )
    return out


def rule_span_retyped(span: Span, cls: str, confidence: float, evidence: Evidence):
    """The rules' span as the tagger and the article retype it, or None when it stands: a
    gazetteer word read as a person on two mentions and never as a place ("Clinton and
    Dole"), a group when it is the subject of a plural verb ("Chelsea have paid"); a weak
    rule person read clearly as an organisation or a place (`weak_person_retyped`)."""
    folded = fold(span.text)
    if (
        cls == "PER"
        and (span.label, span.cue) in RETYPABLE
        and city_sizes().get(folded, 0) < BIG_CITY
        and folded in evidence.persons
    ):
        label = ORGANISATION if folded in evidence.collective else PERSON
        return Span(span.start, span.end, span.text, label, span.text, cue="tagger")
    return weak_person_retyped(span, cls, confidence, evidence)


def weak_person_retyped(span: Span, cls: str, confidence: float, evidence: Evidence):
    """A rule person on a weak cue that the tagger clearly reads, on this very stretch and
    on every mention of the name, as an organisation or a place ("Blue Jays", "Kansai
    Electric Power"); None when the rules' reading stands."""
    if span.label != PERSON or span.cue not in WEAK_PERSON_CUES or cls not in ("ORG", "LOC"):
        return None
    folded = fold(span.text)
    if confidence < RETYPE_MARGIN or "PER" in evidence.readings.get(folded, ("PER",)):
        return None
    if folded.split()[-1] in evidence.named_alone:
        return None  # "De'Broski Herbert" and "Herbert notes": a person after all
    label = ORGANISATION if cls == "ORG" else "place"
    return Span(span.start, span.end, span.text, label, span.text, cue="tagger")


def guessed_person_unread(
    span: Span, ranges: list[tuple[int, int, str, float]], evidence: Evidence
) -> bool:
    """A person the rules guessed from capitals alone ("default": "Weight Loss", "Build
    Stage", "Casino Amphitheatre") with an everyday word in it (one of English's frequent
    words, or one the article also writes in lower case), that the tagger reads as
    something else on this stretch and on every mention of the name, and whose last word
    is no person on its own. A name of unusual words alone ("Vuk Draskovic") stays: the
    tagger's reading is no reason to drop it."""
    if span.label != PERSON or span.cue not in WEAK_PERSON_CUES | {"alias"}:
        return False
    folded = fold(span.text)
    if product_model(span.text) or product_model(span.name):
        return True  # "RAV4", "Galaxy S10": a model, never a person's name
    if folded in evidence.products or fold(span.name) in evidence.products:
        return True  # "Sonos Move for $400", "the Wyze Sense starter kit": a product
    if span.cue != GUESSED_PERSON:
        return False
    if "PER" in evidence.readings.get(folded, ()) or folded.split()[-1] in evidence.named_alone:
        return False
    if not any(w in evidence.lower or w in frequent_words() for w in folded.split()):
        return False
    over = _classes_over(ranges, span.start, span.end)
    return bool(over) and "PER" not in over


def _classes_over(ranges: list[tuple[int, int, str, float]], start: int, end: int) -> list[str]:
    """Classes of the tagger's names that overlap [start, end). The names of a line are in
    order and apart, so a bisection finds the first (a line may be a whole article)."""
    k = max(0, bisect_left(ranges, (start,)) - 1)
    out = []
    while k < len(ranges) and ranges[k][0] < end:
        if start < ranges[k][1]:
            out.append(ranges[k][2])
        k += 1
    return out


def _plural_subjects(tokens: list[Token]) -> set[str]:
    """Capitalised words right before a plural verb, not after "and" or a comma (where the
    verb's subject is the whole list): "Chelsea have paid", "the Wild are"."""
    out = set()
    plural = _cues()["plural_verbs"]
    for i in range(1, len(tokens)):
        word, name = tokens[i], tokens[i - 1]
        if word.kind != "low" or word.text.lower() not in plural or name.kind != "cap":
            continue
        before = tokens[i - 2].text.lower() if i >= 2 else ""
        if before not in _cues()["list_joins"]:
            out.add(fold(name.text))
    return out


def _counted(tokens: list[Token]) -> set[tuple[str, ...]]:
    """The folded words of runs of capitalised words used like things: after an indefinite
    article with only lower-case words between and no noun after ("a redesigned compact
    Sentra from"), after a model year ("the 2020 Sentra"), or right before a price ("Note
    10 Plus for $840", "Hybrid HR smartwatch for $195")."""
    out = set()
    cues = _cues()
    for i, after in name_runs(tokens):
        end = after - 1
        if (
            _after_article(tokens, i, end, cues)
            or _after_year(tokens, i)
            or _priced(tokens, i, end, cues)
        ):
            out.add(tuple(fold(t.text) for t in tokens[i : end + 1]))
    return out


def _after_article(tokens: list[Token], i: int, end: int, cues: dict[str, frozenset[str]]) -> bool:
    """ "a redesigned compact Sentra from": an indefinite article, then only lower-case
    words, then the name, then no noun it would qualify ("a Harvard researcher")."""
    k = i - 1
    while k >= max(0, i - 1 - MAX_ADJECTIVES) and _adjective_like(tokens[k], cues):
        k -= 1
    if k < 0 or tokens[k].kind != "low" or tokens[k].text.lower() not in cues["articles"]:
        return False
    nxt = tokens[end + 1] if end + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "poss":
        return False  # "a County Sheriff's dog": the name owns the thing counted
    return nxt is None or nxt.kind != "low" or fold(nxt.text) in frequent_words()


def _adjective_like(token: Token, cues: dict[str, frozenset[str]]) -> bool:
    """A lower-case word that may stand between an article and its noun: not an article
    and none of English's frequent words ("for", "with", "the" end the phrase)."""
    word = token.text.lower()
    return token.kind == "low" and word not in cues["articles"] and word not in frequent_words()


def _after_year(tokens: list[Token], i: int) -> bool:
    """ "the 2020 Sentra": a model year, after a determiner, before the name ("of 1909
    Elm Drive" is an address)."""
    if i < 2:
        return False
    year, before = tokens[i - 1], tokens[i - 2]
    return (
        year.kind == "num"
        and len(year.text) == 4
        and year.text.isdigit()
        and year.text[:2] in ("19", "20")
        and before.text.lower() in _cues()["year_determiners"]
    )


def _priced(tokens: list[Token], i: int, end: int, cues: dict[str, frozenset[str]]) -> bool:
    """ "Note 10 Plus for $840", "Hybrid HR smartwatch for $195": the name, or the name and
    one lower-case noun, sold for a price; not a shop ("at Amazon for $150")."""
    if i and tokens[i - 1].text.lower() in cues["seller_prepositions"]:
        return False
    k = end + 1
    if k < len(tokens) and tokens[k].kind == "low" and tokens[k].text.lower() != "for":
        k += 1
    return (
        k + 1 < len(tokens)
        and tokens[k].text.lower() == "for"
        and tokens[k + 1].kind == "punct"
        and tokens[k + 1].text in cues["currency_signs"]
    )


def product_or_group(text: str, label: str, evidence: Evidence) -> str | None:
    """The label a tagger name keeps: None for a product, an organisation for a "person"
    that is the subject of a plural verb."""
    folded = fold(text)
    if folded.split()[-1] in evidence.countable:
        return None
    if label == PERSON and folded in evidence.collective:
        return ORGANISATION
    return label
