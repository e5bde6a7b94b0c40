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

An entry is JSON text (statements: their pickle, in base64) or, for the sentences' parts,
the value itself (the record is a pickle, render/record.py); one that does not decode or
is not of its type (a corrupt or foreign record) is found again, never trusted. Entries found in forked workers are handed back to the parent
(`Memo.used`), which records those of the current articles only (the record does not grow).
"""

from __future__ import annotations

import base64
import hashlib
import json
import pickle
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from ..cache import generator_digest
from ..models import Actor, Article, Quote
from ..run.kept import canonical_pickle
from .claims import Mentions, Statement, article_statements
from .date_divergences import SourceWords, source_words
from .figure_subjects import Subject, subject
from .figures import Figure, article_figures
from .keypoints import Found, article_candidates

T = TypeVar("T")

PREFIX = "parts\0"
"""Names of the entries among the render record's units (render/reuse.py)."""


def article_digest(article: Article) -> str:
    """A digest of what the parts read: the article's id and its paragraphs' id, kind,
    is_list and text (a canonical JSON list: complete, and cheaper than dataclass repr)."""
    read = [article.id, [[p.id, p.kind, p.is_list, p.text] for p in article.paragraphs]]
    digest = hashlib.sha256(generator_digest().encode())
    digest.update(json.dumps(read, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _encode_figures(found: tuple[Figure, ...]) -> str:
    return json.dumps([[f.quantity, f.value, f.paragraph, f.start, f.end] for f in found])


def _decode_figures(article: Article, data: str) -> tuple[Figure, ...]:
    texts = {p.id: p.text for p in article.paragraphs}
    out = []
    for quantity, value, paragraph, start, end in json.loads(data):
        if not (isinstance(quantity, str) and type(value) is int and paragraph in texts):
            raise ValueError("not a figure")
        text = texts[paragraph][start:end]
        out.append(Figure(quantity, value, article.id, paragraph, start, end, text))
    return tuple(out)


def _encode_candidates(found: tuple[Found, ...]) -> str:
    return json.dumps(
        [[n, start, end, sorted(words), unnamed] for n, start, end, words, unnamed in found]
    )


def _decode_candidates(article: Article, data: str) -> tuple[Found, ...]:
    out = []
    for number, start, end, words, unnamed in json.loads(data):
        if not all(type(n) is int for n in (number, start, end)) or type(unnamed) is not bool:
            raise ValueError("not a sentence")
        if not 0 <= number < len(article.paragraphs):
            raise ValueError("no such paragraph")
        if not isinstance(words, list) or not all(type(w) is str for w in words):
            raise ValueError("not content words")
        out.append((number, start, end, frozenset(words), unnamed))
    return tuple(out)


def _encode_statements(found: tuple[Statement, ...]) -> str:
    return base64.b64encode(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)).decode()


def _decode_statements(_article: Article, data: str) -> tuple[Statement, ...]:
    try:
        found = pickle.loads(base64.b64decode(data, validate=True))
    except Exception as e:  # noqa: BLE001 - whatever a damaged pickle raises, it is found again
        raise ValueError("not statements") from e
    if not isinstance(found, tuple) or not all(type(s) is Statement for s in found):
        raise ValueError("not statements")
    return found


class Memo:
    """The entries of the last record (`known`) and those read or found in this build
    (`used`): the one mutable object of the findings, filled as they look things up."""

    def __init__(self, known: Mapping[str, object] | None = None):
        self.known = dict(known or {})
        self.used: dict[str, object] = {}
        self._digests: dict[str, tuple[Article, str]] = {}

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
        encode: Callable[[T], str],
        decode: Callable[[Article, str], T],
        key: str = "",
    ) -> T:
        entry = f"{PREFIX}{name}\0{self._digest(article)}{key}"
        data = self.known.get(entry)
        if data is not None:
            try:
                value = decode(article, data)
            except (ValueError, TypeError, KeyError, IndexError):
                value = None  # corrupt: found again below
            if value is not None:
                self.used[entry] = data
                return value
        value = find(article)
        self.used[entry] = encode(value)
        return value

    def figures(self, article: Article) -> tuple[Figure, ...]:
        """`article_figures`, read back when known."""
        return self._get("figures", article, article_figures, _encode_figures, _decode_figures)

    def statements(
        self, article: Article, mentions: Mentions, quotes: Sequence[Quote]
    ) -> tuple[Statement, ...]:
        """`article_statements`, read back when known: keyed also on the mentions and
        quotes it reads, pickled whole."""
        key = "\0" + hashlib.sha256(canonical_pickle((mentions, quotes))).hexdigest()
        find = lambda a: article_statements(a, mentions, quotes)  # noqa: E731
        return self._get("statements", article, find, _encode_statements, _decode_statements, key)

    def candidates(self, article: Article) -> tuple[Found, ...]:
        """`article_candidates`, read back when known."""
        return self._get(
            "candidates", article, article_candidates, _encode_candidates, _decode_candidates
        )

    def _keyed(self, name: str, inputs: object, find: Callable[[], T], kind: type) -> T:
        """`find()`, kept under a digest of `inputs` (all it reads, pickled whole) and of
        the generator; an entry that is not a `kind` is found again."""
        digest = hashlib.sha256(generator_digest().encode())
        digest.update(canonical_pickle(inputs))
        entry = f"{PREFIX}{name}\0{digest.hexdigest()}"
        for known in (self.used, self.known):
            value = known.get(entry)
            if type(value) is kind:
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


def known_entries(units: Mapping[str, object]) -> dict[str, object]:
    """The entries among a loaded render record's units (record.Unit: the entry in `key`)."""
    return {
        name: unit.key  # type: ignore[attr-defined]
        for name, unit in units.items()
        if name.startswith(PREFIX) and getattr(unit, "key", None) is not None
    }
