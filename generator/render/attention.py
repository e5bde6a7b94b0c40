"""What needs a person's attention (undated articles, inferred dates, ambiguous names):
on the about page for a small briefing, else on pages of its own.

At 2,600 articles the list was 1,775 items, 181 of the about page's 248 kB, and the about
page changes with every added article (its counts of sources), so the whole list was
converted again each time although it seldom changes. Above `ONE_PAGE` items it goes to
`attention.md`, `attention-p2.md`, … (out of the search index), cut where the items
themselves say (`listing.stable_chunks`): pages keep their bytes, and so are not
converted again, while their items stay the same, and an item added or removed changes
its own page (and the about page's count), not every page after it.
"""

from __future__ import annotations

from ..models import Briefing
from .listing import ONE_PAGE, numbered, pager, stable_chunks, unsearched_front_matter
from .paths import relative
from .safe import md

PAGE = "attention.md"
TITLE = "Needs a person's attention"


def _items(problems: tuple[str, ...]) -> str:
    return "\n".join(f"- {md(p)}" for p in problems) + "\n"


def attention_section(briefing: Briefing, page: str) -> str:
    """The about page's section (`page`: its path): the list itself, or a line linking
    the pages that hold it; empty when nothing needs attention."""
    problems = briefing.problems
    if not problems:
        return ""
    if len(problems) <= ONE_PAGE:
        return f"## {TITLE}\n\n" + _items(problems)
    return (
        f"## {TITLE}\n\n{len(problems)} items, undated articles, inferred dates and "
        f"ambiguous names among them, are [listed on pages of their own]"
        f"({relative(page, PAGE)}).\n"
    )


def attention_pages(briefing: Briefing) -> dict[str, str]:
    """The pages holding the list when it is too long for the about page (else none)."""
    problems = briefing.problems
    if len(problems) <= ONE_PAGE:
        return {}
    parts = stable_chunks(problems)
    paths = [numbered(PAGE, number) for number in range(1, len(parts) + 1)]
    files = {}
    for path, part in zip(paths, parts, strict=True):
        out = [unsearched_front_matter(TITLE), f"# {TITLE}\n"]
        out.append(
            "What a person should check, or correct in `briefing.yml` "
            f"(back to [About]({relative(path, 'about.md')})).\n"
        )
        out.append(pager(path, paths))
        out.append(_items(tuple(part)))
        files[path] = "\n".join(line for line in out if line)
    return files
