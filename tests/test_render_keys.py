"""Render keys and kept link parts are digests of values: the same in every process
(another hash seed orders sets and dicts' hashes otherwise), so the next build reads them
back; and any change of a value a page shows changes its key."""

import json
import os
import subprocess
import sys
from dataclasses import replace

from generator.render import _events_by
from generator.render.plan import site_paths
from generator.render.reuse import unit_keys

from .conftest import ROOT, make_briefing

PROGRAM = """
import json
from tests.conftest import make_briefing
from generator.render import _events_by
from generator.render.plan import site_paths
from generator.render.reuse import unit_keys
from generator.run.kept import _key
from generator.pipeline import analyse_article
from generator.models import RawArticle
briefing = make_briefing()
paths = site_paths(briefing)
keys = unit_keys(briefing, paths, *_events_by(briefing))
raw = RawArticle("a", "a.txt", "Talks in Oslo\\n\\nPublished 3 May 2020\\n\\nMinisters met.", "txt")
result = analyse_article(raw, frozenset(), None)
keys["kept"] = _key(len, (result.article, result.timexes))
print(json.dumps(keys, sort_keys=True))
"""


def _keys_with_seed(seed: str) -> dict:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_keys_are_the_same_in_processes_with_other_hash_seeds():
    first, second = _keys_with_seed("1"), _keys_with_seed("2")
    assert first == second
    assert len(first) > 3


def test_a_changed_name_changes_the_keys_of_the_pages_that_show_it():
    briefing = make_briefing()
    before = unit_keys(briefing, site_paths(briefing), *_events_by(briefing))
    renamed = replace(briefing.actors[0], name=briefing.actors[0].name + " Jr")
    changed = replace(briefing, actors=(renamed, *briefing.actors[1:]))
    after = unit_keys(changed, site_paths(changed), *_events_by(changed))
    assert before.keys() == after.keys()
    differ = {unit for unit in before if before[unit] != after[unit]}
    assert f"actor\0{renamed.id}" in differ
    assert any(unit.startswith("article\0") for unit in differ)  # the articles naming it


def test_any_part_of_an_article_changes_its_key():
    """An article's key is made from its fields as plain tuples (`reuse._article_row`):
    a paragraph's text or link, a removal, a date clue or a likely day each change it."""
    from generator.models import DateEvidence, Link, Removal

    briefing = make_briefing()
    article = briefing.articles[0]
    first = article.paragraphs[0]
    evidence = DateEvidence("p1", "in May", "2020-05", "2020-05-01", "2020-05-31", 1.0, True)
    changes = [
        replace(
            article, paragraphs=(replace(first, text=first.text + "!"), *article.paragraphs[1:])
        ),
        replace(
            article,
            paragraphs=(
                replace(first, links=(Link(0, 2, "https://x.test"),)),
                *article.paragraphs[1:],
            ),
        ),
        replace(article, removed=(*article.removed, Removal("Subscribe now", "newsletter"))),
        replace(article, published_evidence=(evidence,)),
        replace(article, published_days=(("2020-05-03", 0.5),)),
    ]
    unit = f"article\0{article.id}"
    keys = {unit_keys(briefing, site_paths(briefing), *_events_by(briefing))[unit]}
    for changed in changes:
        other = replace(briefing, articles=(changed, *briefing.articles[1:]))
        keys.add(unit_keys(other, site_paths(other), *_events_by(other))[unit])
    assert len(keys) == len(changes) + 1
