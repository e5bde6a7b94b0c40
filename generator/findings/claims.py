"""Statements: what a named actor is reported to claim or deny, with the claim's polarity.

Two sources of statements: reported speech in body sentences ("Russia said the ceasefire
held", "the ministry denied reports that its jets struck the market"), where the speaker is
an actor mention standing right before a reporting verb, and the direct quotations the
actors stage attributed to a speaker. The words (reporting and denial verbs, negations,
hedges, opposite words) are data in generator/lang/en/claims.json. A pure function of the
Briefing; generator/findings/contradictions.py sets statements against each other.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import lang
from ..lang.saying import reporting_verbs
from ..models import Article, Briefing, Mention, Paragraph, Quote
from ..text.sentences import sentence_spans
from .keypoints import content_words, lexicon

MIN_WORDS, MAX_WORDS = 2, 30
"""A claim's content words: fewer say too little to compare, more are not one claim."""

_TOKEN = re.compile(r"[^\W_][\w'’-]*")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Statement:
    """One claim an actor is reported to make: `text` is `paragraph.text[start:end]`."""

    speaker: str
    """Actor id."""
    article: str
    paragraph: str
    start: int
    end: int
    text: str
    verb: str
    """The reporting verb as written ("said", "denied"), or "" for a direct quotation."""
    words: frozenset[str]
    """The claim's content words, without negations and opposite words: what is compared."""
    negated: bool
    """The claim is denied or negated ("denied that …", "… did not …")."""
    sides: frozenset[tuple[int, int]]
    """(pair, side) of each opposite word in the claim ("held" against "violated")."""
    anchors: frozenset[str]
    """Numbers, months and weekdays: claims about different days or counts are not one."""
    about: frozenset[str]
    """Whom the claim is about: the speaker when it opens on a pronoun ("it would attend"),
    else the actors it names (often none)."""
    about_speaker: bool
    """The claim opens on a pronoun: it is the speaker's own business."""


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    """The claim words of generator/lang/en/claims.json, with the patterns built from them."""
    data = lang.load("en", "claims.json")
    verbs = sorted(reporting_verbs().finite + tuple(data["deny_verbs"]), key=len, reverse=True)
    adverbs = "|".join(map(re.escape, sorted(set(data["adverbs"]), key=len, reverse=True)))
    objects = "|".join(
        re.escape(o).replace(r"\ ", r"\s+")
        for o in sorted(data["denied_objects"], key=len, reverse=True)
    )
    opposites: dict[str, set[tuple[int, int]]] = {}
    for pair, sides in enumerate(data["opposites"]):
        for side, forms in enumerate(sides):
            for form in forms:
                opposites.setdefault(form, set()).add((pair, side))
    months = {row[0] for row in lang.load("en", "months.tsv")}
    return {
        # after the speaker's name: an appositive, a possessive's noun, adverbs, the verb
        "verb": re.compile(
            r"(?:\s*,[^,“”\"]{1,80},)?(?:['’]s(?:\s+[a-z][\w-]*){1,3})?"
            rf"\s+(?:(?:{adverbs})\s+){{0,2}}(?P<verb>{'|'.join(map(re.escape, verbs))})\b"
            r"(?!\s+(?:by|to\s+be|was|is|were|are)\b)"
        ),
        "object": re.compile(rf"(?:(?:{objects})\s+(?:that\s+)?)", re.IGNORECASE),
        "that": re.compile(r"\bthat\s+"),
        "deny": frozenset(data["deny_verbs"]),
        "object_verbs": frozenset(data["object_verbs"]),
        "that_verbs": frozenset(data["that_verbs"]),
        "not_after": frozenset(data["speaker_not_after"]),
        "that_preludes": tuple(data["that_preludes"]),
        "negations": frozenset(data["negations"]),
        "exceptions": tuple(data["negation_exceptions"]),
        "hedges": frozenset(data["hedges"]),
        "opposites": {w: frozenset(s) for w, s in opposites.items()},
        "opposite_words": frozenset(content_words(" ".join(opposites))),
        "time_words": frozenset(months | set(lang.load("en", "weekdays.txt"))),
        "self": frozenset(data["self_subjects"]),
    }


def statement(
    speaker: str,
    where: tuple[str, Paragraph],
    span: tuple[int, int],
    claim: tuple[str, frozenset[str]],
    verb: str,
) -> Statement | None:
    """The statement whose content is `claim` (None when it asserts nothing comparable:
    a question, a hedge, too few or too many words). `claim`: its words and the actors
    they name."""
    claim, named = claim
    table = words()
    tokens = [t.lower().strip("'’-") for t in _TOKEN.findall(claim)]
    if "?" in claim or not tokens or table["hedges"] & set(tokens):
        return None
    core = content_words(claim) - table["opposite_words"] - table["negations"]
    if not MIN_WORDS <= len(core) <= MAX_WORDS:
        return None
    lowered = " ".join(tokens)
    negations = sum(t in table["negations"] or t.endswith(("n't", "n’t")) for t in tokens)
    negations -= sum(lowered.count(phrase) for phrase in table["exceptions"])
    negated = (negations % 2 == 1) != (verb.lower() in table["deny"])
    article, paragraph = where
    return Statement(
        speaker,
        article,
        paragraph.id,
        span[0],
        span[1],
        paragraph.text[span[0] : span[1]],
        verb,
        frozenset(core),
        negated,
        frozenset(s for t in tokens for s in table["opposites"].get(t, ())),
        frozenset(_DIGITS.findall(claim)) | (table["time_words"] & set(tokens)),
        frozenset({speaker}) if tokens[0] in table["self"] else named,
        tokens[0] in table["self"],
    )


def _content(sentence: str, verb: str) -> str:
    """What the reporting verb introduces: after "that" when it comes soon ("said on Monday
    that …", "told reporters that …"), after a denied noun ("denied reports that …"), up to
    the first clause boundary; "" when a quotation follows (that is a quote's statement) or
    when the verb takes a plain object ("announced a ceasefire", "rejected the plan")."""
    table = words()
    rest = sentence.strip()
    that = table["that"].search(rest[:60])
    prelude = rest[: that.start()].split() if that else []
    verb = verb.lower()
    if that and (
        not prelude
        or (len(prelude) <= 5 and (verb in table["object_verbs"] or _opens_prelude(prelude)))
    ):
        rest = rest[that.end() :]
    elif verb in table["object_verbs"] or verb in table["that_verbs"]:
        return ""  # "told reporters the …", "announced a ceasefire": no claim without "that"
    elif verb in table["deny"]:
        denied = table["object"].match(rest)
        if denied:
            rest = rest[denied.end() :]
        elif not rest.split(maxsplit=1)[0].lower().endswith("ing"):
            return ""  # "rejected the plan" denies no claim; "denied shelling Kell" does
    rest = rest.lstrip(" ,:")
    if not rest or rest[0] in "“\"‘'":
        return ""
    for cut in lexicon()["clause_cuts"]:
        at = rest.find(cut)
        rest = rest[:at] if at > 0 else rest
    return rest.rstrip(" .!,;")


def _opens_prelude(prelude: list[str]) -> bool:
    """The words before "that" are a time or place ("on Monday", "in a statement")."""
    lowered = " ".join(prelude).lower()
    return any(lowered == p or lowered.startswith(p + " ") for p in words()["that_preludes"])


def _reported(article: str, paragraph: Paragraph, mentions: list[Mention]) -> Iterator[Statement]:
    """Reported speech: a mention right before a reporting verb speaks the rest."""
    pattern = words()["verb"]
    ordered = sorted(mentions, key=_at)
    starts = [m.start for m in ordered]
    for start, end in sentence_spans(paragraph.text):
        # the mentions starting in the sentence, found by bisection: a search of all of
        # them for each sentence cost a time quadratic in a long paragraph's length
        near = ordered[bisect_left(starts, start) : bisect_right(starts, end)]
        inside = [m for m in near if m.end <= end]
        for mention in reversed(inside):
            verb = pattern.match(paragraph.text, mention.end, end)
            if verb is None or any(mention.end <= m.start < verb.end() for m in inside):
                continue  # no verb, or another name stands nearer to it
            before = _TOKEN.findall(paragraph.text[max(start, mention.start - 12) : mention.start])
            if before and before[-1].lower() in words()["not_after"]:
                break  # "an affiliate in Syria announced": the speaker is not named here
            claim = _content(paragraph.text[verb.end() : end], verb["verb"])
            at = paragraph.text.find(claim, verb.end()) if claim else -1
            named = _named(inside, at, at + len(claim))
            found = claim and statement(
                mention.actor, (article, paragraph), (start, end), (claim, named), verb["verb"]
            )
            if found:
                yield found
                break  # one speaker per sentence: the last one named before a verb


def _at(mention: Mention) -> tuple[int, int]:
    return (mention.start, mention.end)


def _named(mentions: list[Mention], start: int, end: int) -> frozenset[str]:
    """The actors named between start and end."""
    return frozenset(m.actor for m in mentions if start <= m.start and m.end <= end)


def _quoted(quote: Quote, paragraph: Paragraph, mentions: list[Mention]) -> Statement | None:
    """A direct quotation of a named speaker: its own words are the claim."""
    if quote.speaker is None:
        return None
    body = paragraph.text[quote.start : quote.end].strip("“”\"‘’' ")
    if body != quote.text:
        return None  # the quote no longer stands where it was found
    named = _named(mentions, quote.start, quote.end)
    where = (quote.article, paragraph)
    return statement(quote.speaker, where, (quote.start, quote.end), (quote.text, named), "")


Mentions = Mapping[str, Sequence[Mention]]
"""Paragraph id → the actor mentions in it, in the briefing's order."""


def article_statements(
    article: Article, mentions: Mentions, quotes: Sequence[Quote]
) -> tuple[Statement, ...]:
    """Every statement of one article: its reported speech, then its quotes' (in `quotes`'
    order), read from its paragraphs, the mentions in them and its quotes alone; so it is
    kept across builds (findings/parts.py)."""
    out: list[Statement] = []
    for paragraph in article.paragraphs:
        if paragraph.kind == "body" and not paragraph.is_list:
            out.extend(_reported(article.id, paragraph, list(mentions.get(paragraph.id, ()))))
    paragraphs = {p.id: p for p in article.paragraphs}
    for quote in quotes:
        paragraph = paragraphs.get(quote.paragraph)
        found = paragraph and _quoted(quote, paragraph, list(mentions.get(quote.paragraph, ())))
        if found:
            out.append(found)
    return tuple(out)


StatementsOf = Callable[[Article, Mentions, Sequence[Quote]], tuple[Statement, ...]]


def statements(
    briefing: Briefing, statements_of: StatementsOf = article_statements
) -> tuple[Statement, ...]:
    """Every statement of a named actor in the corpus, in reading order (`statements_of`:
    each article's, `article_statements` or a memo of it)."""
    mentions: dict[str, dict[str, list[Mention]]] = {}
    for actor in briefing.actors:
        for mention in actor.mentions:
            by_paragraph = mentions.setdefault(mention.article, {})
            by_paragraph.setdefault(mention.paragraph, []).append(mention)
    quotes: dict[str, list[Quote]] = {}
    for quote in briefing.quotes:
        quotes.setdefault(quote.article, []).append(quote)
    out: list[Statement] = []
    for article in briefing.articles:
        out.extend(statements_of(article, mentions.get(article.id, {}), quotes.get(article.id, [])))
    order = {a.id: i for i, a in enumerate(briefing.articles)}
    return tuple(
        sorted(out, key=lambda s: (order[s.article], _number(s.paragraph), s.start, s.speaker))
    )


def _number(paragraph_id: str) -> int:
    return int(paragraph_id[1:]) if paragraph_id[1:].isdigit() else 0
