"""briefing.json's article and actor lines read back from the last build's file
(render/briefing_lines.py): the same bytes as made anew, and only unchanged items read back."""

import os

from generator.render import briefing_lines, export
from generator.render.briefing_lines import Serialised, _item_lines
from generator.render.chunked import json_chunks
from generator.render.common import to_json
from generator.website.site import read_tree

from .conftest import build_docs, write_corpus
from .test_render_reuse import ADDED, ARTICLES


def test_item_lines_are_the_items_json_as_written():
    data = {
        "schema": "x/1",
        "articles": [{"id": "a", "text": 'line\nbreak "quoted" ,'}, {"id": "b", "n": [1, 2]}],
        "empty": [],
        "actors": iter([{"id": "c", "note": "    indented"}]),
        "problems": ["one"],
    }
    written = "".join(json_chunks(data)).encode("utf-8").splitlines(keepends=True)
    lines = _item_lines(written, ("articles", "actors", "problems", "empty"))
    assert lines["articles"] == [to_json(item).encode("utf-8") for item in data["articles"]]
    assert lines["actors"] == [to_json({"id": "c", "note": "    indented"}).encode("utf-8")]
    assert lines["problems"] == [b'"one"']
    assert "empty" not in lines and "schema" not in lines
    assert list(_item_lines(written)) == ["articles", "actors"]  # only the lists asked for


def test_kept_lines_are_written_as_they_are():
    kept = {"articles": [Serialised('{"id": "kept"}'), None]}
    text = "".join(json_chunks({"articles": [kept["articles"][0], {"id": "made"}]}))
    assert text == '{\n  "articles": [\n    {"id": "kept"},\n    {"id": "made"}\n  ]\n}\n'


def _made_counts(monkeypatch) -> dict[str, int]:
    """Counts the articles' and actors' export data made (not read back)."""
    counts = {"articles": 0, "actors": 0}
    for name, real in (("articles", export._article_data), ("actors", export._actor_data)):

        def counted(item, paths, real=real, name=name):
            counts[name] += 1
            return real(item, paths)

        monkeypatch.setattr(export, f"_{name[:-1]}_data", counted)
    return counts


def test_one_added_article_reads_the_others_lines_back(tmp_path, monkeypatch):
    """The second build makes the added article's line (the actors' lines all change here:
    a fourth article moves every salience); every other line comes from the first build's
    file, and the file is that of a full build."""
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    docs = tmp_path / "docs"
    build_docs(seeds, docs)
    counts = _made_counts(monkeypatch)
    (seeds / "appeal.txt").write_text(ADDED, encoding="utf-8")
    build_docs(seeds, docs)
    assert counts["articles"] == 1
    fresh = write_corpus(tmp_path / "fresh-seeds", {**ARTICLES, "appeal.txt": ADDED})
    build_docs(fresh, tmp_path / "fresh" / "docs", "--no-cache")
    assert read_tree(docs) == read_tree(tmp_path / "fresh" / "docs")


def test_a_changed_article_and_an_edited_file_are_made_anew(tmp_path, monkeypatch):
    """A changed article's line is made again, and those of the actors it names after the
    change (their mentions move), not the others'; and when the file is not the one the
    record signed (edited by hand), no line is read from it."""
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    docs = tmp_path / "docs"
    build_docs(seeds, docs)
    counts = _made_counts(monkeypatch)
    changed = ARTICLES["ferry.txt"].replace("two crossings", "three crossings")
    (seeds / "ferry.txt").write_text(changed, encoding="utf-8")
    build_docs(seeds, docs)
    assert counts["articles"] == 1
    assert 0 < counts["actors"] < read_tree(docs)[briefing_lines.PAGE].count(b'"salience"')
    exported = docs / briefing_lines.PAGE
    exported.write_text(exported.read_text(encoding="utf-8").replace("three", "four"), "utf-8")
    os.utime(exported, ns=(1, 1))
    counts["articles"] = 0
    (seeds / "appeal.txt").write_text(ADDED, encoding="utf-8")
    build_docs(seeds, docs)
    assert counts["articles"] == 4
    fresh = write_corpus(
        tmp_path / "fresh-seeds", {**ARTICLES, "ferry.txt": changed, "appeal.txt": ADDED}
    )
    build_docs(fresh, tmp_path / "fresh" / "docs", "--no-cache")
    assert read_tree(docs) == read_tree(tmp_path / "fresh" / "docs")
