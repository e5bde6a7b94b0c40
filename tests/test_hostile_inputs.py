"""Hostile inputs of the kind that used to sink the whole build: each is skipped or made safe
with one line naming it (escaped), and the rest is built (exit 0)."""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from generator.cli import main, problem_line
from generator.ingest import NotAnArticle, decode, read_seeds
from generator.render.export import network_graphml
from generator.text.shown import shown
from generator.website.outputs import MARKER

from .conftest import make_briefing

ARTICLE = "Talks in {place}\n\nNorway and Iceland met in {place} on Monday, said Jon Olsen.\n"


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE.format(place="Oslo"))
    return folder


def test_shown_escapes_what_a_terminal_would_obey():
    assert shown("a\nb\x1b[31m.txt") == "a\\nb\\x1b[31m.txt"
    assert shown(os.fsdecode(b"bad\xff.txt")) == "bad\\xff.txt"
    assert shown("x\u202eexe.txt") == "x\\u202eexe.txt"
    assert shown("Ünïcödé ✓ 文章.txt") == "Ünïcödé ✓ 文章.txt"


def test_a_file_name_that_is_not_utf8_is_skipped(seeds):
    (seeds / os.fsdecode(b"bad\xff.txt")).write_text(ARTICLE.format(place="Rome"))
    raws, problems = read_seeds(seeds)
    assert [r.source for r in raws] == ["good.txt"]
    assert [problem_line(p) for p in problems] == [
        "bad\\xff.txt: skipped: the file name is not valid UTF-8 (rename the file)"
    ]


def test_looping_links_are_skipped(seeds):
    (seeds / "one.txt").symlink_to("two.txt")
    (seeds / "two.txt").symlink_to("one.txt")
    raws, problems = read_seeds(seeds)
    assert [r.source for r in raws] == ["good.txt"]
    assert [problem_line(p) for p in problems] == [
        "one.txt: skipped: a link that loops or leads nowhere",
        "two.txt: skipped: a link that loops or leads nowhere",
    ]


def test_an_unreadable_folder_is_named(seeds, monkeypatch):
    (seeds / "locked").mkdir()
    (seeds / "locked" / "x.txt").write_text(ARTICLE.format(place="Rome"))
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    raws, problems = read_seeds(seeds)
    assert [r.source for r in raws] == ["good.txt"]
    assert [problem_line(p) for p in problems] == [
        "locked: skipped: cannot read this folder (Permission denied)"
    ]


def test_a_bom_does_not_skip_the_binary_checks():
    with pytest.raises(NotAnArticle, match="NUL"):
        decode(b"\xef\xbb\xbfTitle\n\nText with a NUL \x00 byte.\n")
    with pytest.raises(NotAnArticle, match="control characters"):
        decode(b"\xef\xbb\xbf" + bytes(range(1, 9)) * 50)


def test_graphml_holds_names_with_characters_xml_cannot():
    briefing = make_briefing()
    kovacs = briefing.actors[0]
    actors = (kovacs.__class__(**{**kovacs.__dict__, "name": "Anna\x0cKo\ud800vacs\x00"}),)
    briefing = briefing.__class__(**{**briefing.__dict__, "actors": actors + briefing.actors[1:]})
    tree = etree.fromstring(network_graphml(briefing).encode("utf-8"))
    names = tree.xpath("//g:data[@key='d0']/text()", namespaces={"g": tree.nsmap[None]})
    assert "Anna\ufffdKo\ufffdvacs\ufffd" in names


def test_a_corpus_of_such_inputs_builds_with_one_escaped_line_each(seeds, tmp_path):
    (seeds / os.fsdecode(b"latin\xe9.txt")).write_text(ARTICLE.format(place="Rome"))
    (seeds / "loop.txt").symlink_to("loop.txt")
    (seeds / "new\nline\x1b[2J.txt").write_text("")
    (seeds / "bom-nul.txt").write_bytes(b"\xef\xbb\xbfTitle\n\nA NUL \x00 here.\n")
    (seeds / "ff.txt").write_text("Talks in Bergen\n\nKari\x0cNordmann met Jon\x0bOlsen.\n")
    (seeds / "ld.html").write_text(
        '<html><head><script type="application/ld+json">{"headline": "Talks \\ud800 in Bodø", '
        '"author": {"name": "Kari \\udc80 Nordmann"}, "publisher": {"name": "\\ud800"}}'
        "</script></head><body><article><p>Norway and Iceland met in Bodø on Monday, said "
        "Jon Olsen, who led the talks for Norway.</p></article></body></html>"
    )
    (seeds / "old-site").mkdir()
    (seeds / "old-site" / MARKER).write_text("")
    (seeds / "old-site" / "page.md").write_text(ARTICLE.format(place="Paris"))
    result = CliRunner().invoke(
        main,
        ["build", "--seeds", str(seeds), "--docs-dir", str(tmp_path / "docs"), "--no-site"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert "\x1b" not in result.stderr
    for expected in (
        "latin\\xe9.txt: skipped: the file name is not valid UTF-8 (rename the file)",
        "loop.txt: skipped: a link that loops or leads nowhere",
        "new\\nline\\x1b[2J.txt: skipped: empty file",
        "bom-nul.txt: skipped: binary data (contains NUL bytes)",
        "old-site: skipped: a folder of generated output",
    ):
        assert expected in lines
    etree.parse(str(tmp_path / "docs" / "data" / "network.graphml"))
