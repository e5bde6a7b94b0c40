"""A long list of what needs attention leaves the about page for pages of its own, cut
where the items say, so one item more changes one page."""

import re

from generator.models import Briefing
from generator.render.attention import attention_pages
from generator.render.listing import ONE_PAGE, stable_chunks
from generator.render.overview import about_page
from generator.render.plan import site_paths


def _briefing(count: int) -> Briefing:
    problems = tuple(f"note-{n:05d}.txt: no publication date" for n in range(count))
    return Briefing("Notes", None, (), (), (), (), (), problems=problems)


def _listed(files: dict[str, str]) -> list[str]:
    return [
        line[2:] for path in files for line in files[path].splitlines() if line.startswith("- ")
    ]


def test_a_short_list_stays_on_the_about_page():
    briefing = _briefing(3)
    about = about_page(briefing, site_paths(briefing))
    assert "## Needs a person's attention\n\n- note-00000.txt&#58; no publication date\n" in about
    assert attention_pages(briefing) == {}


def test_a_long_list_is_on_pages_of_its_own_linked_from_the_about_page():
    briefing = _briefing(ONE_PAGE * 4)
    about = about_page(briefing, site_paths(briefing))
    assert "no publication date" not in about
    assert "1200 items" in about and "(attention.md)" in about
    files = attention_pages(briefing)
    assert list(files)[:2] == ["attention.md", "attention-p2.md"]
    assert len(_listed(files)) == ONE_PAGE * 4
    assert all(len(re.findall(r"^- ", text, re.M)) <= 300 for text in files.values())
    assert all("search:\n  exclude: true" in text for text in files.values())


def test_one_item_more_changes_one_page():
    before = _briefing(ONE_PAGE * 4)
    items = list(before.problems)
    items.insert(7, "inserted.txt: no publication date")
    after = Briefing("Notes", None, (), (), (), (), (), problems=tuple(items))
    old, new = attention_pages(before), attention_pages(after)
    assert len(old) == len(new) > 2
    assert [path for path in new if new[path] != old.get(path)] == ["attention.md"]


def test_stable_chunks_cut_after_the_items_their_digest_picks_and_at_most():
    items = [f"item {n}" for n in range(1000)]
    runs = stable_chunks(items, mean=50, most=80)
    assert [item for run in runs for item in run] == items
    assert all(len(run) <= 80 for run in runs) and len(runs) > 1000 // 80
    without = items[:500] + items[501:]
    kept = {tuple(run) for run in stable_chunks(without, mean=50, most=80)}
    assert len({tuple(run) for run in runs} - kept) <= 2
    assert stable_chunks([]) == [[]]
