"""Per-article parts of the findings, kept across builds.

An article's figures and its key-point candidate sentences (with each one's content words
and whether it names its subject) are pure functions of its id and
its paragraphs (id, kind, is_list, text); its statements (findings/claims.py), of those and
of the actor mentions and quotes in it. Finding them for every article is most of the
briefing-wide findings after one added article. So each is kept under a digest of exactly
what it reads (and of the generator's code), in the render's record
(render/reuse.py), and read back instead of found again while that digest is unchanged.

Likewise, by a digest of what they read, the subject of a figure's sentence
(`figure_subjects.subject`) and the words of an event source's sentence that the date
divergences compare (`date_divergences.source_words`): after one added article, finding
them again for every figure and every dated source was most of the divergences.

An entry is the value itself (the record is one checksummed pickle, render/record.py,
ignored whole when damaged or of another generator); one that is not of its type is
found again, never trusted. Entries found in forked workers are handed back to the parent
(`Memo.delta`, `Memo.merge`), which records those of the current articles only (the record does not grow).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from ..cache import generator_digest
from ..models import Actor, Article, Quote
from ..run.canonical import rows
from ..run.kept import canonical_pickle
from .claims import Mentions, Statement, article_statements
from .copies import near_count
from .date_divergences import SourceWords, source_words
from .figure_subjects import Subject, subject
from .figures import Figure, article_figures
from .keypoints import Found, article_candidates, article_prints
from .placed import Placed, Spans, placed

T = TypeVar("T")

PREFIX = "parts\0"
"""Names of the entries among the render record's units (render/reuse.py)."""


def article_digest(article: Article) -> str:
    """A digest of what the parts read: the article's id and its paragraphs' id, kind,
    is_list and text, pickled without memo (`canonical_pickle`: complete, and made in C, a
    fifth of the time of the JSON list it was, which was most of a findings worker's memo)."""
    read = (article.id, [(p.id, p.kind, p.is_list, p.text) for p in article.paragraphs])
    digest = hashlib.sha256(generator_digest().encode())
    digest.update(canonical_pickle(read))
    return digest.hexdigest()


def _figures_of(article: Article, value: object) -> bool:
    return type(value) is tuple and all(
        type(f) is Figure and f.article == article.id for f in value
    )


def _candidates_of(article: Article, value: object) -> bool:
    count = len(article.paragraphs)
    return type(value) is tuple and all(
        type(c) is tuple and len(c) == 5 and type(c[3]) is frozenset and 0 <= c[0] < count
        for c in value
    )


def _prints_of(_article: Article, value: object) -> bool:
    return type(value) is frozenset and all(type(s) is str for s in value)


def _statements_of(article: Article, value: object) -> bool:
    return type(value) is tuple and all(
        type(s) is Statement and s.article == article.id for s in value
    )


class Memo:
    """The entries of the last record (`known`) and those read or found in this build
    (`used`): the one mutable object of the findings, filled as they look things up."""

    def __init__(self, known: Mapping[str, object] | None = None):
        self.known = dict(known or {})
        self.used: dict[str, object] = {}
        self._digests: dict[str, tuple[Article, str]] = {}

    def delta(self) -> tuple[tuple[str, ...], dict[str, object]]:
        """What a forked worker hands back to the parent, whose memo knows the same entries:
        the names of those it read back, and the values of those it found (sending every
        value read back would pickle most of the record twice more)."""
        read = tuple(n for n, v in self.used.items() if self.known.get(n) is v)
        return read, {n: v for n, v in self.used.items() if self.known.get(n) is not v}

    def merge(self, delta: tuple[tuple[str, ...], dict[str, object]]) -> None:
        """Take in a worker's `delta`, as if this memo had looked the entries up itself."""
        read, found = delta
        self.used.update((n, self.known[n]) for n in read)
        self.used.update(found)

    def _digest(self, article: Article) -> str:
        """`article_digest`, worked out once per article object (its parts share it)."""
        known = self._digests.get(article.id)
        if known is None or known[0] is not article:
            known = self._digests[article.id] = (article, article_digest(article))
        return known[1]

    def _get(
        self,
        name: str,
        article: Article,
        find: Callable[[Article], T],
        valid: Callable[[Article, object], bool],
        key: str = "",
    ) -> T:
        entry = f"{PREFIX}{name}\0{self._digest(article)}{key}"
        if entry in self.used:  # read or found already this build (prints read candidates)
            return self.used[entry]  # type: ignore[return-value]
        value = self.known.get(entry)
        if value is not None and valid(article, value):
            self.used[entry] = value
            return value  # type: ignore[return-value]
        value = find(article)  # missing, or not what it should be: found again
        self.used[entry] = value
        return value

    def figures(self, article: Article) -> tuple[Figure, ...]:
        """`article_figures`, read back when known."""
        return self._get("figures", article, article_figures, _figures_of)

    def statements(
        self, article: Article, mentions: Mentions, quotes: Sequence[Quote]
    ) -> tuple[Statement, ...]:
        """`article_statements`, read back when known: keyed also on the mentions and
        quotes it reads, as plain rows (`run/canonical.rows`: pickling the records spelt
        every field's name again, most of the key's time)."""
        read = (tuple((p, rows(found)) for p, found in mentions.items()), rows(quotes))
        key = "\0" + hashlib.sha256(canonical_pickle(read)).hexdigest()
        find = lambda a: article_statements(a, mentions, quotes)  # noqa: E731
        return self._get("statements", article, find, _statements_of, key)

    def candidates(self, article: Article) -> tuple[Found, ...]:
        """`article_candidates`, read back when known."""
        return self._get("candidates", article, article_candidates, _candidates_of)

    def prints(self, article: Article) -> frozenset[str]:
        """`keypoints.article_prints` of its candidates, read back when known."""
        find = lambda a: article_prints(a, self.candidates(a))  # noqa: E731
        return self._get("prints", article, find, _prints_of)

    def near_count(self, first: Article, second: Article) -> int:
        """`copies.near_count` of the two articles' prints, read back when known: keyed on
        both articles' digests (their prints are a function of each)."""
        entry = f"{PREFIX}near\0{self._digest(first)}\0{self._digest(second)}"
        most = min(len(self.prints(first)), len(self.prints(second)))
        for known in (self.used, self.known):
            value = known.get(entry)
            if type(value) is int and 0 <= value <= most:
                self.used[entry] = value
                return value
        value = near_count(self.prints(first), self.prints(second))
        self.used[entry] = value
        return value

    def _keyed(
        self,
        name: str,
        inputs: object,
        find: Callable[[], T],
        kind: type,
        valid: Callable[[object], bool] | None = None,
    ) -> T:
        """`find()`, kept under a digest of `inputs` (all it reads, pickled whole) and of
        the generator; an entry that is not a `kind` (or not `valid`) is found again."""
        digest = hashlib.sha256(generator_digest().encode())
        digest.update(canonical_pickle(inputs))
        entry = f"{PREFIX}{name}\0{digest.hexdigest()}"
        for known in (self.used, self.known):
            value = known.get(entry)
            if type(value) is kind and (valid is None or valid(value)):
                self.used[entry] = value
                return value  # type: ignore[return-value]
        value = find()
        self.used[entry] = value
        return value

    def subject(self, sentence: str, actors: Sequence[Actor]) -> Subject:
        """`figure_subjects.subject`, read back when known: it reads the sentence and the
        actors' names and types."""
        read = (sentence, tuple((a.name, a.type) for a in actors))
        return self._keyed("subject", read, lambda: subject(sentence, actors), Subject)

    def source_words(
        self, sentence: str, clause: str, expression: str, actors: Sequence[Actor]
    ) -> SourceWords:
        """`date_divergences.source_words`, read back when known: it reads the texts and
        the actors' names and types."""
        read = (sentence, clause, expression, tuple((a.name, a.type) for a in actors))
        find = lambda: source_words(sentence, clause, expression, actors)  # noqa: E731
        return self._keyed("source-words", read, find, SourceWords)

    def placed(self, article: Article, found: Sequence[Found], spans: Spans) -> Placed:
        """`placed.placed`, read back when known: it reads the article (its candidates are
        a function of it) and the event sources and mentions in it (`spans`)."""
        read = (self._digest(article), spans.events, spans.mentions)
        find = lambda: placed(article, found, spans)  # noqa: E731
        return self._keyed("placed", read, find, tuple, lambda v: _placed_of(found, v))


def _placed_of(found: Sequence[Found], value: object) -> bool:
    """A placement of `found`: one pair of sets per candidate (their members are not
    checked one by one: that cost as much as finding them, and the record is sealed)."""
    return (
        type(value) is tuple
        and len(value) == len(found)
        and all(
            type(p) is tuple and len(p) == 2 and type(p[0]) is frozenset and type(p[1]) is frozenset
            for p in value
        )
    )


def known_entries(units: Mapping[str, object]) -> dict[str, object]:
    """The entries among a loaded render record's units (record.Unit: the entry in `key`)."""
    return {
        name: unit.key  # type: ignore[attr-defined]
        for name, unit in units.items()
        if name.startswith(PREFIX) and getattr(unit, "key", None) is not None
    }
