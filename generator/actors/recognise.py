"""Find typed names in one text: capitalised sequences, lexicon hits and context cues.

Works like spaCy's SpanRuler plus a fallback for unseen names:
1. tokenise; group capitalised tokens (with name particles such as "al-", "de", "van" and
   organisation connectors such as "of", "for") into maximal sequences;
2. per sequence, in order: the whole sequence in the gazetteer → leading sentence words and
   titles stripped (kept as the role) → organisation head word ("Committee", "Front") →
   split at connectors → gazetteer hits inside (longest first) → the rest is a person when a
   cue says so (title, given name, initial, particle, verb of saying), else left undecided;
3. `resolve_singles` settles undecided single words against the names of the whole text.

No statistical model: every decision is a rule over data in `lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .lexicon import (
    Entry,
    everyday_acronyms,
    first_names,
    fold,
    gazetteer,
    head_words,
    modifiers,
    org_words,
    role_nouns,
    stopwords,
    title_words,
    titles,
    us_state_codes,
)

TOKEN_RE = re.compile(
    r"(?P<acro>(?:[A-Z]\.){2,})"
    r"|(?P<word>[^\W\d_][\w]*(?:[-'’][\w]+)*)"
    r"|(?P<num>\d[\d.,:/]*)"
    r"|(?P<punct>\S)"
)
PARTICLES = frozenset(
    "al el ad as ash at az ar an bin ibn bint ben abu abd de da di du del della der den des "
    "van von ter le la los las y dos das".split()
)
"""Lower-case name particles, as a hyphenated prefix ("al-Assad") or a word ("de Mistura")."""
WORD_PARTICLES = frozenset(
    "al el bin ibn bint ben abu de da di du del della der den des van von ter le la dos das y".split()
)
"""Particles that may stand as separate words inside a name (not "at", "as", "an")."""
CONNECTORS = frozenset({"of", "for", "on", "and", "&", "in"})
COLLECTIVE_POSSESSORS = frozenset("people peoples workers women mothers".split())
"""Possessors inside a group's name: "Tigray People's Liberation Front", "Workers' Party"."""
"""Words allowed inside organisation names ("Council on Foreign Relations")."""
SENTENCE_END = frozenset('.!?:;"“”‘(—–•|')
LOCATIVE = frozenset(
    "in at near from to into outside inside around across via toward towards through "
    "throughout within over under north south east west".split()
)
SAY_VERBS = frozenset(
    "said says say told tells added adds stated warned argued explained insisted noted "
    "suggested suggests wrote claimed announced declared asked replied responded "
    "acknowledged admitted believes thinks".split()
)
STATE_VERBS = frozenset(
    "has have had is was will would could can may might must should wants want hopes hoped "
    "insists insisted denied denies accused accuses rejected rejects agreed agrees refused "
    "refuses backed backs supports supported demanded demands sent sends needs plans "
    "continues continued does did seems appears cut cuts broke breaks struck strikes "
    "sought seeks withdrew withdraws threatened threatens warned warns welcomed welcomes "
    "condemned condemns responded responds imposed imposes lifted lifts expelled expels "
    "recalled recalls".split()
)
"""Verbs after a capital that make it stand for its government ("Moscow insisted")."""
PLACE_OF = frozenset(
    "town city village province region district county coast island capital suburb suburbs "
    "outskirts area port territory governorate state east west north south outside heart "
    "centre center".split()
)
"""Nouns before "of" that make the next name a place ("the town of X", "east of X")."""
CORPORATE = frozenset("inc corp co ltd plc llc ag sa nv bv spa gmbh".split())
"""Company suffixes: they end a company's name, so "X Inc and Y Corp" are two names."""
ABBREVIATIONS = frozenset("Inc Corp Co Ltd Jr Sr Bros St Mt Ft".split())
"""Words whose full stop belongs to them ("Barnett Banks Inc.", "Martin Luther King Jr.")."""
LEADER_NOUNS = frozenset("regime administration presidency".split())
"""Nouns after "the X" that make X the leader they are named after ("the Obama administration")."""
ARMED_NOUNS = frozenset(
    "militia militias rebels fighters militants insurgents guerrillas jihadists paramilitaries "
    "gunmen".split()
)
"""Nouns after a name that make it an armed group ("Houthi rebels", "the Wagner militia")."""
POLITICAL_NOUNS = frozenset("party bloc delegation caucus".split())
"""Nouns after a name that make it a political group ("the Tudeh party", "X delegation")."""
GROUP_NOUNS = frozenset(
    "group groups faction factions organisation organization outfit alliance coalition "
    "movement network umbrella affiliate offshoot branch wing franchise force".split()
)
ARMED_ADJECTIVES = frozenset(
    "rebel rebels militant armed jihadist jihadi insurgent extremist terrorist islamist "
    "paramilitary guerrilla militia".split()
)
POLITICAL_ADJECTIVES = frozenset("opposition political parliamentary ruling exiled exile".split())
APPOSITIVE_STOPS = frozenset(
    "of on in at for with from by to that which who whose when where and or but".split()
)
"""Words that end the noun phrase of an appositive: "a researcher focusing on militias"."""
COUNCIL_HEADS = frozenset({"council", "committee"})
COUNCIL_POLITICAL = frozenset(
    "national transitional revolutionary democratic governing opposition negotiations "
    "negotiation negotiating coordination leadership liberation salvation central popular "
    "people's peoples".split()
)
"""Words that make a council or committee a political body ("Kurdish National Council")."""
COUNCIL_CIVIC = frozenset(
    "security research refugee refugees relations economic trade business medical science "
    "city town municipal local county district olympic arts sports sport".split()
)
"""Words that make it an institution, whatever else it says ("Norwegian Refugee Council")."""
CAPS_SKIP = frozenset({"who", "is", "ap", "au", "us", "it", "in", "an", "as", "at", "or"})
"""Acronym aliases that are ordinary words when a text is in capitals."""


class Token(NamedTuple):
    """One token of a text. A named tuple, not a frozen dataclass: a corpus makes millions
    and a tuple is built several times faster."""

    start: int
    end: int
    text: str
    kind: str
    """`cap`, `low`, `acro`, `init`, `num`, `poss` or `punct`."""


@dataclass(frozen=True)
class Span:
    """A recognised name in one text."""

    start: int
    end: int
    text: str
    label: str
    """An actor type, or `place`, `capital`, `seat`, `demonym`, or `single` (undecided)."""
    name: str
    """Canonical name for lexicon hits, else the surface text."""
    state: str | None = None
    """The state a capital, seat or demonym stands for."""
    cue: str = ""
    """Why: `lexicon`, `title`, `org-word`, `given-name`, `initial`, `particle`, `said`, ..."""
    title: str | None = None
    """A title inside the same sequence ("UN Special Envoy for Syria")."""
    title_start: int | None = None
    """Offset where that title starts."""
    metonym: bool = False
    """For capitals: the context makes it the government, not the place."""
    descriptor: str | None = None
    """A descriptive phrase next to the name that typed it ("rebel group", "the al-Qaeda
    affiliate"), kept as the actor's description."""


def tokenize(text: str) -> list[Token]:
    """Words, acronyms, initials, numbers and punctuation with their offsets."""
    tokens: list[Token] = []
    for match in TOKEN_RE.finditer(text):
        (start, end), kind, word = match.span(), match.lastgroup or "punct", match.group()
        if kind == "word":
            if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
                tokens.append(Token(start, end - 2, word[:-2], _word_kind(word[:-2])))
                tokens.append(Token(end - 2, end, word[-2:], "poss"))
                continue
            kind = _hyphen_kind(word)
            if word in ABBREVIATIONS and text[end : end + 1] == "." and tokens:
                tokens.append(Token(start, end + 1, word + ".", kind))
                continue
            if (
                len(word) == 1
                and word.isupper()
                and end < len(text)
                and text[end] == "."
                and (end + 1 == len(text) or text[end + 1] != " " or _next_is_cap(text, end + 1))
            ):
                tokens.append(Token(start, end + 1, word + ".", "init"))
                continue
        elif kind == "punct" and tokens and tokens[-1].kind == "init" and tokens[-1].end > start:
            continue
        tokens.append(Token(start, end, word, kind))
    return tokens


def _next_is_cap(text: str, i: int) -> bool:
    while i < len(text) and text[i] == " ":
        i += 1
    return i < len(text) and text[i].isupper()


def _word_kind(word: str) -> str:
    if word[0].isupper():
        if len(word) >= 2 and word.isupper() and word.isalpha():
            return "acro"
        return "cap"
    head, _, rest = word.partition("-")
    if rest and head in PARTICLES and rest[:1].isupper():
        return "cap"
    return "low"


@lru_cache(maxsize=1 << 16)
def _hyphen_kind(word: str) -> str:
    """Adjectives such as "Damascus-based" or "Russian-backed" are not parts of a name.

    Cached: a corpus has a few thousand distinct words and every one is typed again on
    each use.
    """
    if "-" in word and word.rsplit("-", 1)[1][:1].islower() and word[:1].isupper():
        return "low"
    return _word_kind(word)


def is_title_like(text: str) -> bool:
    """True for headlines in capitals or Title Case, where capitals say nothing about names."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < 3:
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        return True
    content = [w for w in words if len(w) > 3]
    return bool(content) and sum(w[0].isupper() for w in content) / len(content) > 0.75


def _sentence_start(tokens: list[Token], i: int) -> bool:
    if i == 0:
        return True
    prev = tokens[i - 1]
    return prev.kind == "punct" and prev.text in SENTENCE_END or prev.kind == "num" and i == 1


def _sequences(tokens: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs [i, j) of capitalised tokens, particles and connectors between them."""
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        if tokens[i].kind not in ("cap", "acro", "init"):
            i += 1
            continue
        j = i + 1
        while j < n:
            kind = tokens[j].kind
            if kind in ("cap", "acro", "init"):
                j += 1
                continue
            nxt = tokens[j + 1] if j + 1 < n else None
            lower = tokens[j].text.lower()
            nxt2 = tokens[j + 2] if j + 2 < n else None
            if (
                kind == "low"
                and lower in WORD_PARTICLES
                and nxt is not None
                and nxt.text in WORD_PARTICLES
                and nxt2 is not None
                and nxt2.kind == "cap"
            ):
                j += 2
                continue
            if (
                kind == "low"
                and lower in ("of", "for", "on")
                and nxt is not None
                and nxt.text == "the"
                and nxt2 is not None
                and nxt2.kind in ("cap", "acro")
            ):
                j += 2
                continue
            if (
                nxt is not None
                and nxt.kind in ("cap", "acro")
                and (
                    (kind == "low" and lower in WORD_PARTICLES | CONNECTORS)
                    or (kind == "punct" and tokens[j].text == "&")
                )
            ):
                j += 1
                continue
            if (
                kind == "low"
                and lower == "the"
                and j > i
                and tokens[j - 1].text.lower() in CONNECTORS
            ):
                j += 1
                continue
            if (
                kind == "poss"
                and nxt is not None
                and nxt.kind == "cap"
                and (
                    j - i == 1
                    or tokens[j - 2].kind == "low"
                    or fold(tokens[j - 1].text) in COLLECTIVE_POSSESSORS
                )
            ):
                follow = tokens[j + 1 : j + 4]
                if any(fold(t.text) in org_words() for t in follow if t.kind == "cap"):
                    j += 1
                    continue
            break
        while j > i and tokens[j - 1].kind in ("low", "punct", "poss"):
            j -= 1
        runs.append((i, j))
        i = j
    return runs


class _Recogniser:
    """State for one text: its tokens and the spans found so far."""

    def __init__(self, text: str):
        self.text = text
        self.tokens = tokenize(text)
        self.spans: list[Span] = []
        self.gaz = gazetteer()

    def surface(self, i: int, j: int) -> str:
        return self.text[self.tokens[i].start : self.tokens[j - 1].end]

    def lookup(self, i: int, j: int) -> Entry | None:
        return self.gaz.get(fold(self.surface(i, j)))

    def emit(self, i: int, j: int, label: str, name: str | None = None, **extra) -> None:
        start, end = self.tokens[i].start, self.tokens[j - 1].end
        text = self.text[start:end]
        self.spans.append(Span(start, end, text, label, name or text, **extra))

    def emit_entry(self, i: int, j: int, entry: Entry) -> None:
        if entry.label == "place" and j - i == 1 and self.leader_next(i, j):
            self.emit(i, j, "person", cue="leader")
            return
        if entry.demonym:
            self.emit(i, j, "demonym", entry.name, state=entry.state, cue="lexicon")
        elif entry.label == "capital":
            self.emit(
                i,
                j,
                "capital",
                entry.name,
                state=entry.state,
                cue="lexicon",
                metonym=self.is_metonym(i, j),
            )
        else:
            self.emit(i, j, entry.label, entry.name, state=entry.state, cue="lexicon")

    def locative_before(self, i: int) -> bool:
        """A preposition of place before token i: "in X", "near X", "the town of X"."""
        tokens = self.tokens
        if i == 0:
            return False
        word = tokens[i - 1].text.lower()
        if word == "of":
            return i >= 2 and tokens[i - 2].text.lower() in PLACE_OF
        return word in LOCATIVE

    def leader_next(self, i: int, j: int) -> bool:
        """ "the X regime", "X's administration": X names the leader, not a place."""
        tokens = self.tokens
        k = j + 1 if j < len(tokens) and tokens[j].kind == "poss" else j
        if k >= len(tokens) or tokens[k].text not in LEADER_NOUNS:
            return False
        return k > j or (i > 0 and tokens[i - 1].text.lower() == "the")

    def is_metonym(self, i: int, j: int) -> bool:
        """A capital stands for its government when it acts, owns or is dealt with.

        Not after "the" or a locative ("the Cairo group", "in Moscow"), nor when it (or a
        coordination of capitals) modifies a following noun ("the Cairo and Riyadh groups",
        "Riyadh platform"): those are places, venues or names of factions.
        """
        tokens = self.tokens
        before = tokens[i - 1] if i > 0 else None
        prior = before.text.lower() if before is not None and before.kind == "low" else ""
        if prior in ("the", "a", "an") or prior in LOCATIVE:
            return False
        k = j
        while (
            k + 1 < len(tokens)
            and tokens[k].text.lower() in ("and", "or", ",")
            and self._state_like(tokens[k + 1].text)
        ):
            k += 2
        after = tokens[k] if k < len(tokens) else None
        if after is not None and after.kind == "poss":
            return True
        if after is not None and after.kind == "low":
            word = after.text.lower()
            if word in STATE_VERBS or word in SAY_VERBS or _past_verb(word):
                return True
            if k > j or word not in ("and", "or", "to", "for", "on", "over", "in", "at"):
                return False
        return prior in ("with", "between", "against", "and", "pressure", "pressured")

    def _state_like(self, word: str) -> bool:
        entry = self.gaz.get(fold(word))
        return entry is not None and entry.label in ("state", "capital", "seat")

    # -- per sequence ------------------------------------------------------------------

    def sequence(self, i: int, j: int) -> None:
        tokens = self.tokens
        entry = self.lookup(i, j)
        if entry is not None:
            self.emit_entry(i, j, entry)
            return
        # Leading sentence words ("Despite Russia"), and calendar words anywhere at the ends.
        while i < j and fold(tokens[i].text) in stopwords() and not self._starts_name(i, j):
            if (
                fold(tokens[i].text) in modifiers()
                and self.org_kind(i, j) is not None
                and self.lookup(i + 1, j) is None
            ):
                break
            if tokens[i].kind == "acro" and self.lookup(i, i + 1) is not None:
                break
            if fold(tokens[j - 1].text) in CORPORATE and j - i >= 3:
                break  # "First Union Corp.": a company's name may begin with any word
            i += 1
            while i < j and tokens[i].kind in ("low", "punct", "poss"):
                i += 1
        while j > i and (
            fold(tokens[j - 1].text) in stopwords()
            and tokens[j - 1].kind == "cap"
            or tokens[j - 1].kind in ("low", "punct", "poss")
        ):
            j -= 1  # "the Security Council on Monday" → "Security Council"
        if i >= j or j - i == 1 and self.known_compound(tokens[i]):
            return
        for k in range(i + 1, j - 1):
            # "West Bank and Gaza", "Acme Corp and Lear Inc": two names, not one.
            if tokens[k].text in ("and", "&") and (
                self.lookup(i, k) is not None
                and self.lookup(i, k).label != "person"
                or fold(tokens[k - 1].text) in CORPORATE
            ):
                self.sequence(i, k)
                self.sequence(k + 1, j)
                return
        entry = self.lookup(i, j)
        if entry is not None:
            self.emit_entry(i, j, entry)
            return
        for k in range(i + 2, j - 1):
            # "Institute for Security Studies in Addis Ababa": the place is not in the name
            if tokens[k].text == "in" and tokens[k].kind == "low":
                place = self.lookup(k + 1, j)
                if place is not None and place.label in ("place", "capital", "state"):
                    self.sequence(i, k)
                    self.emit_entry(k + 1, j, place)
                    return
        title, title_start, i = self.strip_title(i, j)
        if i >= j:
            return
        head = head_words().get(fold(tokens[j - 1].text))
        if head is not None and j - i >= 2 and self.org_kind(i, j - 1) is None:
            if head == "place":
                self.emit(i, j, "place", cue="head-word")
            return
        kind = self.org_kind(i, j)
        cut = next(
            (
                k
                for k in range(i + 1, j)
                if tokens[k].kind == "low" and tokens[k].text in CONNECTORS
            ),
            None,
        )
        if (
            kind is not None
            and cut == i + 1
            and _sentence_start(tokens, i)
            and self.lookup(i, cut) is None
            and fold(tokens[i].text) not in first_names()
        ):
            a = cut + 1
            while a < j and tokens[a].kind == "low":
                a += 1
            self.sequence(a, j)
            return
        if (
            kind is not None
            and cut is not None
            and self.org_kind(i, cut) is None
            and self.lookup(i, cut) is None
            and (self.person_cue(i, cut, title) is not None or self.member_of_known(i, cut, j))
        ):
            self.chunk(i, cut, title, title_start)
            a = cut + 1
            while a < j and tokens[a].kind == "low":
                a += 1
            self.sequence(a, j)
            return
        if kind is not None:
            self.emit(i, j, kind, cue="org-word")
            return
        for n, (a, b) in enumerate(self.split_connectors(i, j)):
            if n:  # "… Hulusi Akar and UN Secretary-General António Guterres"
                title, title_start, a = self.strip_title(a, b)
                if a >= b:
                    continue
            self.chunk(a, b, title, title_start)
            title, title_start = None, None

    def after_town(self, i: int) -> bool:
        """ "Cleveland, OH", "South Bend, Ind.": a capitalised word and a comma before."""
        tokens = self.tokens
        return i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].kind == "cap"

    def member_of_known(self, i: int, cut: int, j: int) -> bool:
        """ "Sui-Lee Wee of the New York Times": two or three capitalised words, "of" or
        "from", then a known organisation or outlet. A person and their employer."""
        tokens = self.tokens
        if tokens[cut].text not in ("of", "from") or not 2 <= cut - i <= 3:
            return False
        if not all(tokens[k].kind == "cap" for k in range(i, cut)):
            return False
        a = cut + 1 + (tokens[cut + 1].text == "the" if cut + 1 < j else 0)
        entry = self.lookup(a, j)
        return entry is not None and entry.label in (
            "organisation",
            "media",
            "intergovernmental-org",
        )

    def _starts_name(self, i: int, j: int) -> bool:
        """A stopword that begins a known multi-word name ("The Hague", "New York")."""
        return any(self.lookup(i, k) is not None for k in range(min(j, i + 5), i + 1, -1))

    def strip_title(self, i: int, j: int) -> tuple[str | None, int | None, int]:
        """Strip `[qualifier] Title [for|of X]` before a name; qualifiers become spans."""
        tokens = self.tokens
        k = i
        qualifier: tuple[int, int, Entry] | None = None
        for m in range(min(j - 1, i + 4), i, -1):
            entry = self.lookup(i, m)
            if entry is not None and entry.label not in ("place", "person"):
                qualifier = (i, m, entry)
                k = m
                break
        best = title_at = 0
        # The title may follow up to two capitalised words that only qualify it ("Airport
        # Director", "Financial Secretary"); they become part of the role, not of the name.
        for start in range(k, min(k + 3, j - 1)):
            if start > k and (
                tokens[start - 1].kind not in ("cap", "acro")  # "CIA Director William Burns"
                or fold(tokens[start - 1].text) in first_names()
            ):
                break
            for m in range(min(j - 1, start + 5), start, -1):
                title = fold(self.surface(start, m))
                if title in titles() or title[-1:] == "s" and title[:-1] in titles():
                    best, title_at = m, start  # "Presidents X of Ukraine and Boris Yeltsin"
                    break
            if best:
                break
        if not best or tokens[best].kind == "poss" or tokens[best - 1].kind == "poss":
            return None, None, i
        m = best
        the = 1 if m + 2 < j and tokens[m + 1].text == "the" else 0
        if (
            m + 1 + the < j
            and tokens[m].text.lower() in ("for", "of", "on")
            and tokens[m + 1 + the].kind in ("cap", "acro")
        ):
            m += the
            end = m + 1
            while end < j and not self._looks_like_name_start(end, j):
                end += 1
            if end >= j:
                end = m + 2
            for stop in range(end, m + 1, -1):
                entry = self.lookup(m + 1, stop)
                if entry is not None:
                    self.emit_entry(m + 1, stop, entry)
                    m = stop
                    break
            else:
                m = end if end < j else m
        if (
            m >= j
            or j - m == 1
            and (fold(tokens[m].text) in org_words() or fold(tokens[m].text) in head_words())
        ):
            # "the Justice Department", "High Commissioner for Human Rights": an office
            return None, None, i
        if qualifier is not None:
            self.emit_entry(*qualifier)
        for q in range(k, title_at):
            word = tokens[q].text
            if tokens[q].kind == "acro" and fold(word) not in everyday_acronyms():
                self.emit(q, q + 1, "organisation", cue="acronym")  # the CIA of "CIA Director"
        start = tokens[i].start
        return self.text[start : tokens[m - 1].end], start, m

    def _looks_like_name_start(self, k: int, j: int) -> bool:
        return fold(self.tokens[k].text) in first_names() or self.tokens[k].kind == "init"

    def org_kind(self, i: int, j: int) -> str | None:
        """The actor type an organisation head word gives this sequence, if any."""
        words = org_words()
        folded = [fold(self.tokens[k].text) for k in range(i, j)]
        last = words.get(folded[-1])
        if last is not None and j - i >= 2:
            return _council_kind(folded) if folded[-1] in COUNCIL_HEADS else last[0]
        for k in range(i, j):
            head = fold(self.tokens[k].text.split("-")[0])
            hit = words.get(head)
            if hit is not None and hit[1] == "any" and j - i >= 2:
                return _council_kind(folded) if head in COUNCIL_HEADS else hit[0]
        for k in range(i + 1, j - 2):
            # "Belgrade Centre for Security Policy", "Revolutionary Armed Forces of Colombia":
            # a head word that ends its phrase, then the complement that names its field
            hit = words.get(folded[k - i])
            if (
                hit is not None
                and folded[k - i] not in CORPORATE  # "Kia Motor Corp of South Korea"
                and self.tokens[k].kind == "cap"
                and self.tokens[k + 1].text in ("of", "for", "on")
                and self.tokens[k + 2].kind in ("cap", "low")
            ):
                sub = folded[: k - i + 1]
                return _council_kind(sub) if folded[k - i] in COUNCIL_HEADS else hit[0]
        return None

    def split_connectors(self, i: int, j: int) -> list[tuple[int, int]]:
        """Cut a sequence at connectors that do not sit inside an organisation's name."""
        parts = []
        a = i
        for k in range(i, j):
            token = self.tokens[k]
            if token.kind in ("low", "punct") and (
                token.text.lower() in CONNECTORS or token.text == "&"
            ):
                if a < k:
                    parts.append((a, k))
                a = k + 1
        if a < j:
            parts.append((a, j))
        out = []
        for a, b in parts:
            while a < b and self.tokens[a].kind == "low":
                a += 1
            if a < b:
                out.append((a, b))
        return out

    def chunk(self, i: int, j: int, title: str | None, title_start: int | None) -> None:
        """Classify a connector-free stretch: gazetteer hits inside, else a person or undecided."""
        entry = self.lookup(i, j)
        if entry is not None:
            self.emit_entry(i, j, entry)
            return
        kind = self.org_kind(i, j)
        if kind is not None:
            self.emit(i, j, kind, cue="org-word")
            return
        cue = self.person_cue(i, j, title)
        if (
            cue in ("given-name", "default", "said")
            and j - i >= 2
            and i > 0
            and self.tokens[i - 1].text in ("in", "near", "around", "across", "outside", "inside")
        ):
            self.emit(i, j, "place", cue="locative")
            return
        if cue is not None:
            self.emit(i, j, "person", cue=cue, title=title, title_start=title_start)
            return
        # Gazetteer hits inside, longest first from the left; the gaps are classified again.
        k = i
        gap_start = i
        found = False
        while k < j:
            for m in range(min(j, k + 6), k, -1):
                entry = self.lookup(k, m)
                if entry is not None and not (m - k == 1 and self.tokens[k].kind == "init"):
                    if gap_start < k:
                        self.rest(gap_start, k)
                    self.emit_entry(k, m, entry)
                    k = gap_start = m
                    found = True
                    break
            else:
                k += 1
        if not found:
            self.rest(i, j)
        elif gap_start < j:
            self.rest(gap_start, j)

    def person_cue(self, i: int, j: int, title: str | None) -> str | None:
        """Why the stretch [i, j) is a person's name, or None."""
        tokens = self.tokens
        n = j - i
        if sum(1 for k in range(i, j) if tokens[k].text.lower() not in PARTICLES) > 5:
            return None  # "Sheikh Mohammed bin Abdulrahman Al Thani" has four name words
        if any(tokens[k].kind == "acro" for k in range(i, j)):
            # "the CEO of NASA": a title before an acronym names its organisation
            return "title" if title is not None and tokens[i].kind != "acro" else None
        if title is not None:
            return "title"
        first = fold(tokens[i].text)
        if n >= 2 and tokens[i].kind == "init" and tokens[j - 1].kind == "cap":
            return "initial"
        head = self.gaz.get(first)
        if n >= 2 and first in first_names() and (head is None or head.label in ("place",)):
            return "given-name"
        if n >= 2 and any(
            tokens[k].text.lower() in PARTICLES or tokens[k].text.split("-")[0] in PARTICLES
            for k in range(i + 1, j)
        ):
            return "particle"
        left = self.left_title(i)
        if left is not None:
            return "title"
        if n >= 2 and self.said_next(i, j):
            return "said"
        if n >= 2 and self.role_appositive(j):
            return "appositive"
        return None

    def role_appositive(self, j: int) -> bool:
        """ "…, a senior TPLF official and the group's spokesman": an appositive right after
        the name whose noun phrase is headed by a role noun only a person holds."""
        tokens = self.tokens
        k = j + 1
        if k >= len(tokens) or tokens[j].text != "," or tokens[k].text not in ("a", "an", "the"):
            return False
        for m in range(k + 1, min(len(tokens), k + 7)):
            token = tokens[m]
            if token.kind == "punct" and token.text != "-":
                return False
            if token.kind != "low":
                continue
            if fold(token.text) in role_nouns() and token.text not in _SHARED_ROLE_NOUNS:
                return True
            if token.text in APPOSITIVE_STOPS:
                return False
        return False

    def left_title(self, i: int) -> str | None:
        """A lower-case title right before the name ("opposition spokesperson Yahya ...")."""
        if i == 0:
            return None
        prev = self.tokens[i - 1]
        if prev.kind == "low" and fold(prev.text) in titles():
            return prev.text
        return None

    def said_next(self, i: int, j: int) -> bool:
        tokens = self.tokens
        if j < len(tokens) and tokens[j].kind == "low" and tokens[j].text in SAY_VERBS:
            return True
        if j < len(tokens) and tokens[j].text == "," and j + 1 < len(tokens):
            return False
        return i >= 1 and tokens[i - 1].text in SAY_VERBS

    def rest(self, i: int, j: int) -> None:
        """A stretch with no lexicon hit: a person by cue, a multi-word default, or undecided."""
        tokens = self.tokens
        while i < j and (
            tokens[i].kind in ("low", "punct", "poss") or fold(tokens[i].text) in stopwords()
        ):
            i += 1
        if i >= j:
            return
        n = j - i
        cue = self.person_cue(i, j, None)
        if (
            cue in ("given-name", "default", None)
            and n >= 2
            and i > 0
            and tokens[i - 1].text in ("in", "near", "around", "across", "outside", "inside")
            and all(tokens[k].kind == "cap" for k in range(i, j))
        ):
            self.emit(i, j, "place", cue="locative")
            return
        if cue is not None:
            self.emit(i, j, "person", cue=cue)
            return
        if (
            n == 1
            and tokens[i].text.replace(".", "") in us_state_codes()  # "NY", "N.Y."
            and (self.after_town(i) or self.locative_before(i))
        ):
            self.emit(i, j, "place", cue="us-state")  # "Cleveland, OH"
            return
        if (
            n == 1
            and tokens[i].kind == "acro"
            and 2 <= len(tokens[i].text) <= 6
            and not (
                fold(tokens[i].text) in stopwords()
                or fold(tokens[i].text) in everyday_acronyms()
                or _roman(tokens[i].text)
            )
        ):
            self.emit(i, j, "organisation", cue="acronym")
            return
        if (
            n == 1
            and tokens[i].kind == "acro"
            or all(tokens[k].kind == "acro" for k in range(i, j))
        ):
            return
        if n == 1 and self.leader_next(i, j):
            self.emit(i, j, "person", cue="leader")
            return
        if n == 1:
            locative = self.locative_before(i)
            self.emit(i, j, "single", cue="locative" if locative else "")
            return
        if n <= 4 and not any(
            fold(tokens[k].text) in stopwords()
            or _camel_case(tokens[k].text)
            or fold(tokens[k].text) in title_words()
            or fold(tokens[k].text) in head_words()
            or tokens[k].kind != "cap"
            for k in range(i, j)
        ):
            if self.locative_before(i):
                self.emit(i, j, "place", cue="locative")
            else:
                self.emit(i, j, "person", cue="default")

    # -- whole text --------------------------------------------------------------------

    def run(self) -> list[Span]:
        tokens = self.tokens
        for i, j in _sequences(tokens):
            if j - i == 1 and tokens[i].kind == "cap" and _sentence_start(tokens, i):
                word = fold(tokens[i].text)
                if word in stopwords() or word in title_words():
                    continue
            self.sequence(i, j)
        # Lower-case-led hyphen compounds: "anti-ISIS", "post-Aleppo", "Russian-backed".
        for token in tokens:
            if token.kind in ("low", "cap", "acro") and "-" in token.text:
                self.hyphen_parts(token)
        self.spans.sort(key=lambda s: (s.start, -s.end))
        spans = self.typed_by_context(self.teams(_drop_overlaps(self.spans)))
        return self.located_states(spans)

    def located_states(self, spans: list[Span]) -> list[Span]:
        """A state that only locates a place is a place: "Astana, Kazakhstan", "the capital of
        Kazakhstan", "east of Syria"."""
        first = {t.start: k for k, t in enumerate(self.tokens)}
        out = []
        previous: Span | None = None
        for span in spans:
            if span.label == "state" and span.cue == "lexicon" and span.start in first:
                i = first[span.start]
                after_place = (
                    previous is not None
                    and previous.label in ("place", "capital")
                    and self.text[previous.end : span.start] == ", "
                )
                if after_place or (self.locative_before(i) and self.tokens[i - 1].text == "of"):
                    span = Span(span.start, span.end, span.text, "place", span.name, cue="located")
            out.append(span)
            previous = span
        return out

    def known_compound(self, token: Token) -> bool:
        """ "Russia-Turkey", "US-Russian": every part is a known name, left to `hyphen_parts`."""
        parts = token.text.split("-")
        return len(parts) >= 2 and all(
            p[:1].isupper() and fold(p) in self.gaz and self.gaz[fold(p)].label != "place"
            for p in parts
        )

    def typed_by_context(self, spans: list[Span]) -> list[Span]:
        """Type undecided names and generic organisations from a descriptive phrase beside
        them: "rebel group X", "the X militia", "X rebels", "X, the al-Qaeda affiliate",
        "opposition bloc X", "X delegation". Lexicon names keep their type but get the phrase
        as a descriptor."""
        first = {t.start: k for k, t in enumerate(self.tokens)}
        last = {t.end: k for k, t in enumerate(self.tokens)}
        out = []
        for span in spans:
            i, j = first.get(span.start), last.get(span.end)
            if i is None or j is None or span.label in ("place", "capital", "seat", "demonym"):
                out.append(span)
                continue
            found = self.context(i, j + 1)
            if found is None or (
                span.label == "person"
                and span.cue not in ("default", "said")
                and not (span.cue == "given-name" and found[1].startswith(span.text))
            ):
                out.append(span)
                continue
            kind, descriptor = found
            label = span.label
            if label in ("single", "person") or (
                label == "organisation" and span.cue in ("org-word", "acronym")
            ):
                label = kind
            out.append(
                Span(
                    span.start,
                    span.end,
                    span.text,
                    label,
                    span.name,
                    state=span.state,
                    cue=span.cue if label == span.label else "context",
                    descriptor=descriptor,
                )
            )
        return out

    def context(self, i: int, j: int) -> tuple[str, str] | None:
        """(actor type, descriptive phrase) from the words around the name [i, j), or None."""
        tokens = self.tokens
        after = tokens[j] if j < len(tokens) else None
        if after is not None and after.kind == "low" and (j - i >= 2 or tokens[i].kind == "acro"):
            word = after.text.lower()
            if word in ARMED_NOUNS:
                return "armed-group", self.text[tokens[i].start : after.end]
            if word in POLITICAL_NOUNS:
                return "political-group", self.text[tokens[i].start : after.end]
        if i >= 1 and tokens[i - 1].kind == "low":
            noun = tokens[i - 1].text.lower()
            if noun in GROUP_NOUNS | POLITICAL_NOUNS or noun in ("militia", "rebels"):
                k = i - 1
                adjectives = ARMED_ADJECTIVES | POLITICAL_ADJECTIVES
                while k > max(0, i - 4) and tokens[k - 1].text.lower() in adjectives:
                    k -= 1
                words = {t.text.lower() for t in tokens[k : i - 1]}
                phrase = self.text[tokens[k].start : tokens[i - 1].end]
                if noun in ("militia", "rebels") or words & ARMED_ADJECTIVES:
                    return "armed-group", phrase
                if noun in POLITICAL_NOUNS or words & POLITICAL_ADJECTIVES:
                    return "political-group", phrase
        if after is not None and after.text == ",":
            return self.appositive_type(j + 1)
        return None

    def appositive_type(self, k: int) -> tuple[str, str] | None:
        """ "…, the al-Qaeda affiliate": a determiner, up to four words, a group noun."""
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].text.lower() not in ("the", "a", "an"):
            return None
        for m in range(k + 1, min(len(tokens), k + 6)):
            token = tokens[m]
            if token.kind == "punct" and token.text != "-":
                return None
            word = token.text.lower()
            if word in APPOSITIVE_STOPS or fold(word) in role_nouns():
                return None
            if word not in GROUP_NOUNS | ARMED_NOUNS | POLITICAL_NOUNS:
                continue
            labels = {getattr(self.gaz.get(fold(t.text)), "label", "") for t in tokens[k:m]}
            words = {fold(t.text) for t in tokens[k:m]} | {
                part for t in tokens[k:m] for part in fold(t.text).split("-")
            }
            phrase = self.text[tokens[k].start : token.end]
            if word in ARMED_NOUNS or words & ARMED_ADJECTIVES or "armed-group" in labels:
                return "armed-group", phrase
            if word in POLITICAL_NOUNS or words & POLITICAL_ADJECTIVES:
                return "political-group", phrase
            if "political-group" in labels:
                return "political-group", phrase
            return None
        return None

    def teams(self, spans: list[Span]) -> list[Span]:
        """In a results line ("Leeds 2 Chelsea 1"), a place or bare word before a score is a team."""
        tokens = self.tokens
        if sum(t.kind == "num" for t in tokens) < 2:
            return spans
        scores = set()
        for k, token in enumerate(tokens[:-1]):
            after = tokens[k + 2] if k + 2 < len(tokens) else None
            score = tokens[k + 1]
            # A score is a small whole number, not a dateline's year ("LONDON 1996-12-06").
            if (
                score.kind == "num"
                and score.text.isdigit()
                and len(score.text) <= 3
                and (after is None or after.text not in ("-", "/", "–", "—"))
            ):
                scores.add(token.end)
        out = []
        for span in spans:
            if span.label in ("place", "capital", "single") and span.end in scores:
                span = Span(span.start, span.end, span.text, "organisation", span.text, cue="team")
            out.append(span)
        return out

    def hyphen_parts(self, token: Token) -> None:
        parts = token.text.split("-")
        if parts[0] in PARTICLES or (
            token.kind == "cap"
            and all(p[:1].isupper() for p in parts)
            and not all(fold(p) in self.gaz for p in parts)
        ):
            return
        offset = token.start
        for part in parts:
            if part[:1].isupper():
                entry = self.gaz.get(fold(part))
                start, end = offset, offset + len(part)
                if entry is not None and entry.label != "place":
                    label = "demonym" if entry.demonym else entry.label
                    if entry.label == "capital":
                        label = "place"
                    self.spans.append(
                        Span(start, end, part, label, entry.name, state=entry.state, cue="hyphen")
                    )
                elif entry is not None:
                    self.spans.append(Span(start, end, part, "place", entry.name, cue="hyphen"))
                elif (
                    part.isupper()
                    and 2 <= len(part) <= 6
                    and part not in us_state_codes()  # "R-CA": a congressman's state
                    and fold(part) not in everyday_acronyms()
                ):
                    self.spans.append(Span(start, end, part, "organisation", part, cue="acronym"))
            offset += len(part) + 1


_SHARED_ROLE_NOUNS = frozenset("ally member leader defender general justice chief head".split())
"""Role nouns a state or a group can hold as well ("a key ally of …", "a member of …")."""


def _council_kind(words: list[str]) -> str:
    """A council's or committee's type from its other words, not from a list of names.

    "Council on/for X" is an institution or think-tank; a "Military Council" an armed group;
    a national, transitional or revolutionary one a political group ("Kurdish National
    Council", "High Negotiations Committee"); civic words ("Security", "Refugee", "City")
    keep it an organisation. UN bodies come from the lexicon before this is asked.
    """
    rest = set(words[:-1]) if words[-1] in COUNCIL_HEADS else set(words)
    if rest & {"on", "for", "of"} or rest & COUNCIL_CIVIC:
        return "organisation"
    if "military" in rest:
        return "armed-group"
    if rest & COUNCIL_POLITICAL:
        return "political-group"
    return "organisation"


def _past_verb(word: str) -> bool:
    """A lower-case word that reads as a past-tense verb after a subject ("Ankara welcomed")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


_CAMEL_RE = re.compile(r"[a-z][A-Z]")
_NAME_PREFIX_RE = re.compile(r"^(?:Mc|Mac|O'|O’|D'|D’|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z]")


def _camel_case(word: str) -> bool:
    """ "AirPods", "PlayStation", "WeWork": a brand's spelling, not part of a person's
    name ("McDonald", "DeShawn", "LaToya" keep their prefixes)."""
    return bool(_CAMEL_RE.search(word)) and not _NAME_PREFIX_RE.match(word)


def _roman(word: str) -> bool:
    return bool(re.fullmatch(r"[IVXLC]+", word))


def _drop_overlaps(spans: list[Span]) -> list[Span]:
    """Longest match wins; spans are sorted by start, longest first."""
    out: list[Span] = []
    end = -1
    for span in spans:
        if span.start >= end:
            out.append(span)
            end = span.end
    return out


def recognise(text: str) -> list[Span]:
    """Every name in running text, sorted by offset."""
    return _Recogniser(text).run()


def recognise_title_like(text: str, known: dict[str, Span]) -> list[Span]:
    """Names in a headline: only lexicon entries and names already known (folded → span)."""
    rec = _Recogniser(text)
    tokens = rec.tokens
    i = 0
    while i < len(tokens):
        if tokens[i].kind in ("punct", "num", "poss"):
            i += 1
            continue
        for m in range(min(len(tokens), i + 6), i, -1):
            key = fold(rec.surface(i, m))
            if key in CAPS_SKIP and m - i == 1:
                continue
            if key in known:
                span = known[key]
                rec.emit(i, m, span.label, span.name, state=span.state, cue="known")
                i = m
                break
            entry = rec.gaz.get(key)
            if entry is not None and fold(tokens[i].text) not in stopwords():
                rec.emit_entry(i, m, entry)
                i = m
                break
        else:
            i += 1
    return rec.spans


def resolve_singles(
    spans: list[Span], known: dict[str, Span], given: dict[str, Span] | None = None
) -> list[Span]:
    """Settle undecided single words: a known name's part, a place by context, or dropped.

    `given` (folded given name → person) is consulted last, for undecided words only: a
    person may be called by the given name alone ("Abiy"), but a place or a team that
    shares it stays what it is.
    """
    out = []
    for span in spans:
        hit = known.get(fold(span.text))
        if hit is None and span.label == "single" and given:
            hit = given.get(fold(span.text))
        if (
            (span.label == "place" or span.cue == "team")
            and hit is not None
            and hit.label == "person"
            and " " not in span.text
        ):
            span = Span(span.start, span.end, span.text, "single", span.text)
        if span.label != "single":
            out.append(span)
            continue
        if hit is not None:
            out.append(
                Span(
                    span.start,
                    span.end,
                    span.text,
                    hit.label,
                    hit.name,
                    state=hit.state,
                    cue="alias",
                )
            )
        elif span.cue == "locative":
            out.append(Span(span.start, span.end, span.text, "place", span.text, cue="locative"))
    return out


def name_parts(name: str) -> list[str]:
    """Folded words of a person's name without particles: "Bashar al-Assad" → bashar, assad."""
    words = []
    for word in re.split(r"[\s]+", fold(name)):
        head, _, rest = word.partition("-")
        if rest and head in PARTICLES:
            word = rest
        if word and word not in PARTICLES:
            words.append(word)
    return words


def known_names(spans: list[Span]) -> dict[str, Span]:
    """Folded names a text has established: full names, and surnames owned by one person."""
    known: dict[str, Span] = {}
    surnames: dict[str, set[str]] = {}
    for span in spans:
        if span.label in ("single", "demonym"):
            continue
        known.setdefault(fold(span.text), span)
        if span.label == "person":
            parts = name_parts(span.name)
            if len(parts) >= 2:
                surnames.setdefault(parts[-1], set()).add(fold(span.name))
                surnames.setdefault(" ".join(parts[1:]), set()).add(fold(span.name))
    by_name = {fold(s.name): s for s in spans if s.label == "person"}
    for surname, owners in surnames.items():
        if len(owners) == 1:
            known.setdefault(surname, by_name[next(iter(owners))])
    return known


def given_names(spans: list[Span], known: dict[str, Span]) -> dict[str, Span]:
    """Folded given name → its person, when one person of the text has it and it is no
    other known name ("Abiy" after "Abiy Ahmed"; not "Ali" with two Alis)."""
    owners: dict[str, set[str]] = {}
    by_name: dict[str, Span] = {}
    for span in spans:
        if span.label != "person":
            continue
        parts = name_parts(span.name)
        if len(parts) >= 2 and len(parts[0]) > 2:
            owners.setdefault(parts[0], set()).add(fold(span.name))
            by_name.setdefault(fold(span.name), span)
    return {
        given: by_name[next(iter(names))]
        for given, names in sorted(owners.items())
        if len(names) == 1 and given not in known
    }


NICKNAME_RE = re.compile(
    r",?\s+(?:(?:widely|better|also|commonly|popularly|universally|simply|often)\s+)?"
    r"(?:known|referred to)\s+as\s+[\"“']?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
"""A name's nickname in the text: "Mohamed Hamdan Dagalo, widely known as Hemedti"."""


def nicknames(texts: list[str], body: list[list[Span]]) -> dict[str, Span]:
    """Folded nickname → the person or group it was introduced for."""
    found: dict[str, Span] = {}
    for text, spans in zip(texts, body, strict=True):
        for span in spans:
            if span.label in ("single", "place", "capital", "demonym"):
                continue
            match = NICKNAME_RE.match(text, span.end)
            if match:
                found.setdefault(fold(match.group(1)), span)
    return found


_PLURAL_ACRONYM_RE = re.compile(r"\b([A-Z]{2,6})s\b")
_ENDS_NOUN_PHRASE = (
    r"(?=\s*[.,;:!?)]|\s+(?:that|which|with|for|in|on|at|from|and|or|is|was|has|had|will|"
    r"can|could|would|to|of)\b)"
)
"""What may follow an acronym that heads its noun phrase (not "his WBO title")."""
_DETERMINED_ACRONYM_RE = re.compile(
    r"\b(?i:an?|its|their|his|her|our|your|my|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+([A-Z]{2,6})" + _ENDS_NOUN_PHRASE
)


_CAPITALS_WORD_RE = re.compile(r"\b[A-Z]{3,6}\b")
_NAME_CHAIN_RE = re.compile(r"\b[A-Z][\w'’-]*+(?:\s+(?:of|on|for|the|and|[A-Z][\w'’-]*+))*+")
"""Capitalised words, with "of", "on", "for", "the", "and" between them. Possessive: the
words of one chain can be read only one way, and a chain not followed by a short form in
brackets is skipped whole (backtracking word by word, from every word, was quadratic on a
text in capitals)."""
_SHORT_FORM_RE = re.compile(r"\s+\(([A-Z]{2,8})\)")
_WORD_TOKEN_RE = re.compile(r"\w+")


def _defined_short_forms(text: str) -> Iterator[tuple[str, str]]:
    """(name, short form) for each "Joint Comprehensive Plan of Action (JCPOA)", in one pass:
    a chain that fails from its first word fails from any later word of it too."""
    position = 0
    while chain := _NAME_CHAIN_RE.search(text, position):
        short = _SHORT_FORM_RE.match(text, chain.end())
        if short:
            yield chain.group(), short.group(1)
            position = short.end()
        else:
            position = chain.end()


def common_acronyms(texts: list[str]) -> frozenset[str]:
    """Acronyms the text itself uses as common nouns: pluralised ("two SUVs"), or after
    "a/an", a possessive or an ordinal and heading the noun phrase ("an EV that…",
    "its EV and…", "the seventh EV to…"), ordinary words set in capitals that the text
    also writes in lower case ("PLAN" and "plan"), or the short form of a thing's name
    ("Joint Comprehensive Plan of Action (JCPOA)"). An organisation is none of these; as a
    modifier ("a BBC reporter", "his WBO title") it is left alone."""
    found: set[str] = set()
    for text in texts:
        found.update(_PLURAL_ACRONYM_RE.findall(text))
        found.update(_DETERMINED_ACRONYM_RE.findall(text))
    whole = "\n".join(texts)
    # "the Joint Comprehensive Plan of Action (JCPOA)": the short form of a thing's name
    for name, short in _defined_short_forms(whole):
        words = re.split(r"\s+(?:of|on|for)\s+", name)[0].split()
        if words and head_words().get(fold(words[-1])) == "thing":
            found.add(short)
    # "EAT WELL, PLAN AHEAD" in a text that also says "eat" and "plan": words in capitals
    # (the whole words of the text are listed once, not searched for each capitals word)
    words = set(_WORD_TOKEN_RE.findall(whole))
    found.update(w for w in set(_CAPITALS_WORD_RE.findall(whole)) if w.lower() in words)
    return frozenset(found)


def _drop_common_acronyms(spans: list[Span], common: frozenset[str]) -> list[Span]:
    return [
        s
        for s in spans
        if not (
            (s.cue == "acronym" and s.text in common)
            or (s.text.endswith("s") and s.text[:-1] in common and s.text[:-1].isupper())
        )
    ]


def recognise_document(title: str, texts: list[str]) -> tuple[list[Span], list[list[Span]]]:
    """Spans of a headline and its body texts, with single words settled on the whole text.

    Unknown acronyms that the article uses as common nouns (`common_acronyms`) are dropped.
    """
    head, body = _recognise_document(title, texts)
    common = common_acronyms([title, *texts])
    if not common:
        return head, body
    return _drop_common_acronyms(head, common), [_drop_common_acronyms(b, common) for b in body]


def _recognise_document(title: str, texts: list[str]) -> tuple[list[Span], list[list[Span]]]:
    subheads = [
        len(text.split()) <= 12
        and is_title_like(text)
        and not re.search(r"[\d.,;:!?]\s*$|\d", text)
        for text in texts
    ]
    body = [[] if sub else recognise(text) for text, sub in zip(texts, subheads, strict=True)]
    places = {fold(s.text) for spans in body for s in spans if s.cue == "locative"}
    body = [
        [
            Span(s.start, s.end, s.text, "place", s.text, cue="locative")
            if s.cue in ("default", "given-name") and fold(s.text) in places
            else s
            for s in spans
        ]
        for spans in body
    ]
    everything = [span for spans in body for span in spans]
    known = known_names(everything)
    for nickname, span in nicknames(texts, body).items():
        known.setdefault(nickname, span)
    given = given_names(everything, known)
    body = [
        recognise_title_like(text, known) if sub else spans
        for text, sub, spans in zip(texts, subheads, body, strict=True)
    ]
    body = [resolve_singles(spans, known, given) for spans in body]
    if is_title_like(title):
        head = recognise_title_like(title, known)
    else:
        head = resolve_singles(recognise(title), known, given)
    return head, body
