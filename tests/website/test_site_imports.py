"""The process that runs MkDocs (website/site_apart.py) imports the site step alone: not
the renderer or the pipeline, whose import costs that process most of a second, nor the
reading of articles (the cache module's `inputs_digest` imports it where it is called:
0.03-0.04 CPU s of the site process's start)."""

import subprocess
import sys

from ..conftest import ROOT

PROGRAM = """
import sys
import generator.website.site
heavy = sorted(m for m in sys.modules if m.split(".")[:2] in (
    ["generator", "render"], ["generator", "pipeline"], ["generator", "findings"],
    ["generator", "actors"], ["generator", "dating"],
    ["generator", "ingest"], ["generator", "deferred"], ["generator", "models"],
))
print(" ".join(heavy))
"""


def test_the_site_step_imports_no_part_of_the_pipeline():
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == []


def test_the_site_name_is_the_one_the_renderer_escapes():
    from generator.render.safe import html_text, site_name
    from generator.text.html_text import site_name as light

    title = '  <b>Talks</b> & "{{ x }}"\n in Oslo '
    assert light(title) == site_name(title) == html_text('<b>Talks</b> & "{{ x }}" in Oslo')
