"""Which articles `events/story.py` calls stories (their dated clauses no timeline events),
with the evidence of each that dates at least `MIN_DATES` things without a year.

Usage: .venv/bin/python bench/story_articles.py read|unread [tbaq]

The web folders are built as `bench/event_list.py` builds them (one corpus, no
configuration); with `tbaq`, TBAQ's newswire documents are read instead, as
`bench/events_tbaq.py` reads them (reports that must not be taken for stories). On the
read half each such article's measures are printed; on the unread half only counts.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events_tbaq as tbaq  # noqa: E402
from event_list import DEFAULT, build, short_id  # noqa: E402
from split import part_of, select  # noqa: E402
from tbaq_tml import parse_tml  # noqa: E402

from generator.events.story import MIN_DATES, StoryEvidence, story_evidence  # noqa: E402
from generator.timex import article_timexes  # noqa: E402


def web_articles(part: str) -> Iterator[tuple[str, StoryEvidence]]:
    files = [
        f / n for f in DEFAULT for n in select((p.name for p in f.iterdir() if p.is_file()), part)
    ]
    briefing = build(files)
    for article in briefing.articles:
        yield short_id(article.id), story_evidence(article, briefing.timexes)


def tbaq_documents(part: str) -> Iterator[tuple[str, StoryEvidence]]:
    for path in sorted(tbaq.DEFAULT_DATA.rglob("*.tml")):
        if part_of(path.stem) == part:
            article, _ = tbaq.to_article(parse_tml(path.read_text("utf-8"), path.stem))
            yield path.stem, story_evidence(article, article_timexes(article))


def main(argv: list[str]) -> int:
    part = argv[0] if argv else "read"
    if part not in ("read", "unread") or argv[1:] not in ([], ["tbaq"]):
        print(f"usage: story_articles.py read|unread [tbaq]; got {argv}")
        return 2
    found = list((tbaq_documents if argv[1:] else web_articles)(part))
    yearless = [(name, e) for name, e in found if e.dates >= MIN_DATES and not e.dated_years]
    if part == "read":
        for name, e in yearless:
            print(
                f"{name:20} dates {e.dates:3} words {e.words:6} pronouns {e.pronoun_rate:5.1f}"
                f" story {e.is_story}"
            )
    stories = sum(e.is_story for _, e in found)
    print(
        f"{part}: {len(found)} articles, {len(yearless)} dating {MIN_DATES} things or more"
        f" without a year, {stories} stories"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
