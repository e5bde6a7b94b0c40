"""Every timeline event of one half of a text folder built as one corpus without
`briefing.yml`, listed per article, saved, and scored against hand-judged files.

Usage: .venv/bin/python bench/event_list.py read|unread [--save FILE] [--diff FILE]
[--judged FILE] [--gold FILE] [--show] [FOLDER ...]
(default folders: ../shared/bench/article-extraction/text and readability-pages/pages)

The halves of the folders are built together as an analyst's new corpus would be: every
file read as a build reads it, no configuration, one briefing (`generator.pipeline`). A
line is one event as one article reports it: the article (its id, a long digest cut to 12
characters), the date, the kind and the event's summary.

- `--judged FILE` (precision, read half only): a hand-judged sample of lines such as
  `bench/events_judged_text_read.tsv`, each `right`, `wrong date`, `not an event` or
  `fragment`. Precision is the share of the sample's lines still listed that are `right`.
  Lines of the sample's draw (SHA-1 of the line 0 mod 3) that no verdict covers yet are
  counted, and printed with `--show`, to be judged.
- `--gold FILE` (recall, read half only): the dated events a reader expects of some
  articles, such as `bench/events_gold_text_read.json`. An expected event is found when an
  event of that article has its date (a `YYYY-MM` or `YYYY` gold date takes any day of it)
  and one of its keywords in the summary or the source sentence.

On the unread half nothing but counts is printed, and a saved list holds digests, not text
(`bench/split.py`: that half is only scored).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from saved_list import save_and_diff  # noqa: E402
from split import select  # noqa: E402

from generator.ingest import NotAnArticle, read_article  # noqa: E402
from generator.models import Briefing  # noqa: E402
from generator.pipeline import ArticleFailure, analyse_all, build_briefing  # noqa: E402
from generator.settings.config import load_config  # noqa: E402

SHARED = ROOT.parent / "shared" / "bench"
DEFAULT = (SHARED / "article-extraction" / "text", SHARED / "readability-pages" / "pages")
SAMPLE_MODULUS = 3
"""A line is in the precision sample when the SHA-1 of its text is 0 modulo this."""


@dataclass(frozen=True)
class Line:
    """One event as one article reports it."""

    article: str
    date: str
    kind: str
    summary: str
    sentence: str
    expression: str = ""
    """The date expression as the article writes it, and the article's date (for judging)."""
    published: str = ""

    @property
    def key(self) -> str:
        """What a judged file names: article, date and summary (the kind is no evidence)."""
        return f"{self.article}\t{self.date}\t{_one_line(self.summary)}"


def short_id(article: str) -> str:
    """An article's id as a line names it: a digest id cut to 12 characters."""
    return article[:12] if len(article) >= 40 else article


def _one_line(text: str) -> str:
    return " ".join(text.split())


def sampled(key: str) -> bool:
    """The line is in the precision sample's draw."""
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % SAMPLE_MODULUS == 0


def build(files: list[Path]) -> Briefing:
    """The files as one briefing without configuration; refused files named on stderr."""
    raws = []
    for path in files:
        try:
            raws.append(read_article(path, path.name, path.stem))
        except NotAnArticle as problem:
            print(f"{path.name}: skipped: {problem}", file=sys.stderr)
    config = load_config(None)
    results = []
    for raw, result in zip(raws, analyse_all(raws, config, jobs=1), strict=True):
        if isinstance(result, ArticleFailure):
            print(f"{raw.source}: skipped: extraction failed: {result.error}", file=sys.stderr)
        elif result.article.paragraphs:
            results.append(result)
    return build_briefing(results, config)


def lines_of(briefing: Briefing) -> list[Line]:
    """Each event once per article that reports it, sorted."""
    published = {
        a.id: f"{a.published or '-'} ({a.published_basis or '-'})" for a in briefing.articles
    }
    found = set()
    for event in briefing.events:
        for source in event.sources:
            found.add(
                Line(
                    short_id(source.article),
                    event.date,
                    event.kind,
                    event.summary,
                    source.text,
                    source.expression,
                    published[source.article],
                )
            )
    return sorted(found, key=lambda line: (line.article, line.date, line.summary))


def verdicts_in(path: Path) -> dict[str, str]:
    """Each line's key (`Line.key`: article, date, summary) and its verdict, of a judged file
    (one line a tab-separated row, `#` comments): the precision sample, the importance
    labels and the eventness fit all read theirs here."""
    found = {}
    for row in path.read_text("utf-8").splitlines():
        if row and not row.startswith("#"):
            article, date, summary, verdict = row.split("\t")[:4]
            found[f"{article}\t{date}\t{summary}"] = verdict
    return found


def judged_counts(lines: list[Line], judged: Path) -> tuple[Counter[str], list[Line]]:
    """Verdicts of the judged lines still listed, and the sampled lines with no verdict."""
    verdicts = verdicts_in(judged)
    counts: Counter[str] = Counter()
    unjudged = []
    for line in lines:
        if line.key in verdicts:
            counts[verdicts[line.key]] += 1
        elif sampled(line.key):
            unjudged.append(line)
    return counts, unjudged


def _date_matches(gold: str, date: str) -> bool:
    return date == gold or (len(gold) < 10 and date.startswith(gold))


def recall(lines: list[Line], gold: Path) -> tuple[int, int, list[str]]:
    """Expected events found, expected events, and the missed ones ("article date name")."""
    table = json.loads(gold.read_text("utf-8"))
    by_article: dict[str, list[Line]] = {}
    for line in lines:
        by_article.setdefault(line.article, []).append(line)
    found, total, missed = 0, 0, []
    for article, expected in sorted(table["articles"].items()):
        for event in expected:
            total += 1
            words = [k.casefold() for k in event["keywords"]]
            if any(
                _date_matches(event["date"], line.date)
                and any(w in f"{line.summary} {line.sentence}".casefold() for w in words)
                for line in by_article.get(short_id(article), ())
            ):
                found += 1
            else:
                missed.append(f"{short_id(article)} {event['date']} {event['name']}")
    return found, total, missed


def saved_entry(line: Line, hidden: bool) -> str:
    """One line as saved; on the unread half a digest of it."""
    return hashlib.sha1(line.key.encode()).hexdigest()[:16] if hidden else line.key


def report(lines: list[Line], options: dict[str, str], hidden: bool, show: bool) -> None:
    """The optional parts: saving, diffing, precision and recall."""
    entries = {saved_entry(line, hidden) for line in lines}
    save_and_diff(entries, options, hidden)
    if hidden:
        return
    if "--judged" in options:
        counts, unjudged = judged_counts(lines, Path(options["--judged"]))
        total = sum(counts.values())
        shown = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        share = counts["right"] / total if total else 0.0
        print(f"judged sample: {total} still listed ({shown}); precision {share:.3f}")
        print(f"sampled lines not judged yet: {len(unjudged)}")
        if show:
            for line in unjudged:
                print(
                    f"?\t{line.key}\t{line.kind}\t[{line.expression} | {line.published}]"
                    f"\t{_one_line(line.sentence)}"
                )
    if "--gold" in options:
        found, total, missed = recall(lines, Path(options["--gold"]))
        print(f"expected events: {found} of {total} found; recall {found / total:.3f}")
        print("\n".join(f"missed\t{m}" for m in missed))


def main(argv: list[str]) -> int:
    named = ("--save", "--diff", "--judged", "--gold")
    options = {k: v for k, v in zip(argv, argv[1:], strict=False) if k in named}
    flags = {"--show"}
    args = [a for a in argv if a not in options and a not in options.values() and a not in flags]
    part = args[0] if args else "read"
    folders = [Path(a) for a in args[1:]] or list(DEFAULT)
    if part not in ("read", "unread") or not all(f.is_dir() for f in folders):
        print(
            "usage: event_list.py read|unread [--save F] [--diff F] [--judged F] [--gold F]"
            f" [--show] [FOLDER ...]; got {argv}"
        )
        return 2
    hidden = part == "unread"
    files = [
        folder / name
        for folder in folders
        for name in select((p.name for p in folder.iterdir() if p.is_file()), part)
    ]
    lines = lines_of(build(files))
    kinds = Counter(line.kind for line in lines)
    dated = len({line.article for line in lines})
    shown = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    print(f"{part}: {len(files)} articles, {dated} with events, {len(lines)} events ({shown})")
    report(lines, options, hidden, "--show" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
