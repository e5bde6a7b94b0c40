"""MkDocs' step converts each changed page just before writing it (generator/website/incremental.py):
the same site as converting every page first, as MkDocs does."""

from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.website import incremental
from generator.website.site import read_tree

ARTICLES = {
    "lighthouse.txt": (
        "Lighthouse on Skarva sold\n\nPublished 9 June 2021\n\n"
        "The Skarva Island Trust sold the old lighthouse on Tuesday, its secretary Edda "
        'Lund said. "It will stay open to walkers," said the buyer, Jon Hale.\n'
    ),
    "regatta.txt": (
        "Regatta returns to Brimsey\n\nPublished 14 June 2021\n\n"
        "The Brimsey Sailing Club will hold its regatta on 3 July, club captain Ada Ross "
        "said. The Skarva Island Trust will lend two boats.\n"
    ),
}


def _site(seeds: Path, out: Path) -> dict[str, bytes]:
    result = CliRunner().invoke(
        main,
        ["build", "--seeds", str(seeds), "--docs-dir", str(out / "docs")]
        + ["--site-dir", str(out / "site"), "--no-history", "--no-cache", "--quiet"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return read_tree(out / "site")


def test_deferred_conversion_gives_the_site_of_converting_first(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    converted = []
    real = incremental._convert
    monkeypatch.setattr(
        incremental,
        "_convert",
        lambda page, *a: converted.append(page.file.src_uri) or real(page, *a),
    )
    deferred = _site(seeds, tmp_path / "deferred")
    assert "index.md" in converted and "tags.md" not in converted  # the listing is not deferred
    monkeypatch.setattr(incremental, "DEFERRING_PLUGINS", frozenset())
    converted.clear()
    first = _site(seeds, tmp_path / "first")
    assert converted == []
    # the page record differs: with a plugin we do not know it keeps the search entries
    record = incremental.RECORD_NAME
    assert {k: v for k, v in deferred.items() if k != record} == {
        k: v for k, v in first.items() if k != record
    }
    assert len(first[record]) > len(deferred[record])


def test_written_pages_keep_their_title_but_not_their_sources(tmp_path, monkeypatch):
    """A converted page's Markdown and HTML are dropped once it is written (the memory of
    thousands of pages), its title kept as MkDocs worked it out."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    released = {}
    real = incremental._release

    def release(page):
        title = page.title
        real(page)
        released[page.file.src_uri] = (title, page)

    monkeypatch.setattr(incremental, "_release", release)
    _site(seeds, tmp_path / "out")
    assert "index.md" in released and "tags.md" not in released
    for title, page in released.values():
        assert page.markdown == "" and page.content is None
        assert page.title == title and title
    assert released["articles/lighthouse.md"][0] == "Lighthouse on Skarva sold"
