"""Merging's work per report, kept across builds: an added article costs its own reports.

Two things merging works out depend on one report alone, or on two, never on the rest of
the corpus: a summary's event nouns, key terms and names (`compare.summary_parts`), and
whether two reports are a pair worth weighing at all (`viable`: dates that can be one, a
key in common, then two shared words or one kind of event on one day). The key weights
(`evidence.rarity`) change with every article, so the scores are worked out again on
every build, but only for these pairs: the last build's pairs are read back by their
reports, and only the reports that are new are paired, through the index of (date, key)
(`pairs.pairs_touching`). A pair that is not viable scores 0 both ways, so leaving it out
changes no merge.

Kept in one file of the cache folder with the generator's digest; a missing, damaged or
foreign file is an empty memo (everything is worked out), and a build writes back only
what it used, so the file does not grow with removed articles.
"""

from __future__ import annotations

import pickle
from collections.abc import Hashable, Sequence
from pathlib import Path

from ..cache import generator_digest, read_sealed, sealed, write_whole
from .compare import Features, SummaryParts, summary_parts, with_parts
from .evidence import MIN_SHARED_WORDS
from .pairs import cross_article_pairs, pairs_touching

FILE_NAME = "event-reports.pickle"
"""In the cache folder, beside the link step's memo."""
_FORMAT = 1


class ReportMemo:
    """The last build's summaries' parts, distinct reports and viable pairs (`known_*`),
    and this build's (written back by `save`)."""

    def __init__(
        self,
        parts: dict[str, SummaryParts] | None = None,
        reports: Sequence[Features] = (),
        pairs: Sequence[tuple[int, int]] = (),
    ):
        self.known_parts = dict(parts or {})
        self.known_reports = list(reports)
        self.known_pairs = list(pairs)
        self.parts: dict[str, SummaryParts] = {}
        self.reports: list[Features] = []
        self.pairs: list[tuple[int, int]] = []

    def summary_parts(self, summary: str) -> SummaryParts:
        """`compare.summary_parts`, read back when a build before this one worked it out."""
        found = self.parts.get(summary) or self.known_parts.get(summary)
        if found is None:
            found = summary_parts(summary)
        self.parts[summary] = found
        return found

    def candidate_pairs(
        self, distinct: Sequence[Features], keys: Sequence[Sequence[Hashable]]
    ) -> set[tuple[int, int]]:
        """The viable pairs of `candidate_pairs(distinct, keys)`: the last build's pairs of
        reports still here, and those of the reports that are new (all pairs, through the
        index by date, when most are new: pairing each new report with every report of
        its year and key grows with the square of a busy year's reports)."""
        index = {report: k for k, report in enumerate(distinct)}
        old = [index.get(report) for report in self.known_reports]
        found = set()
        for i, j in self.known_pairs:
            x, y = old[i], old[j]
            if x is not None and y is not None:
                found.add((x, y) if x <= y else (y, x))
        seen = set(self.known_reports)
        fresh = [k for k, report in enumerate(distinct) if report not in seen]
        if len(fresh) * 2 > len(distinct):  # mostly new (a first build): pair them all
            touching = candidate_pairs(distinct, keys)
        else:
            touching = pairs_touching([f.date for f in distinct], keys, fresh)
            touching |= {(x, x) for x in fresh if keys[x]}
        found |= {(x, y) for x, y in touching if viable(distinct[x], distinct[y])}
        self.reports = list(distinct)
        self.pairs = sorted(found)
        return found


def candidate_pairs(
    distinct: Sequence[Features],
    keys: Sequence[Sequence[Hashable]],
    memo: ReportMemo | None = None,
) -> set[tuple[int, int]]:
    """The pairs (x <= y) of distinct reports merging weighs: those of compatible dates
    sharing a key (`pairs.cross_article_pairs`), and each report with itself (its copies
    in other articles) when it has a key; with a `memo`, the viable ones only."""
    if memo is not None:
        return memo.candidate_pairs(distinct, keys)
    found = cross_article_pairs([f.date for f in distinct], range(len(distinct)), keys)
    return found | {(x, x) for x in range(len(distinct)) if keys[x]}


def viable(a: Features, b: Features) -> bool:
    """Whether the evidence of two reports can be above 0 (`evidence.weighed_evidence`,
    either way), before any word is weighed: one kind of event on one exact day, or as
    many shared words as it asks for."""
    if a.date == b.date and (a.day or b.day) and a.nouns & b.nouns:
        return True
    words_a, words_b = with_parts(a.terms), with_parts(b.terms)
    return len(words_a & words_b) >= min(MIN_SHARED_WORDS, len(words_a), len(words_b))


def load(folder: Path | None) -> ReportMemo | None:
    """The memo kept in the cache `folder` (None: no cache, nothing kept); empty when the
    file is missing, damaged (its digest does not match) or another generator's."""
    if folder is None:
        return None
    stored = read_sealed(folder / FILE_NAME, _header())
    try:
        if stored is not None:
            memo = ReportMemo(*stored)
            if _sound(memo):
                return memo
    except Exception:  # noqa: BLE001 - a missing or damaged memo is an empty one
        pass
    return ReportMemo()


def _sound(memo: ReportMemo) -> bool:
    """Whether the memo holds what it should."""
    count = len(memo.known_reports)
    return (
        all(isinstance(r, Features) for r in memo.known_reports)
        and all(0 <= i < count and 0 <= j < count for i, j in memo.known_pairs)
        and all(isinstance(p, tuple) and len(p) == 3 for p in memo.known_parts.values())
    )


def save(folder: Path | None, memo: ReportMemo | None) -> None:
    """Write what this build used, whole or not at all (a memo that cannot be written only
    costs time next build), with the digest of its contents: a file damaged inside is
    refused, not read as other pairs."""
    if folder is None or memo is None:
        return
    parts = dict(sorted(memo.parts.items()))
    payload = pickle.dumps((parts, memo.reports, memo.pairs), protocol=pickle.HIGHEST_PROTOCOL)
    write_whole(folder / FILE_NAME, sealed(_header(), payload))


def _header() -> bytes:
    """What the file starts with (`cache.sealed`): its format and the generator's digest."""
    return f"briefing event-reports {_FORMAT} {generator_digest()}\n".encode()
