"""MkDocs' file list made more cheaply (generator/website/settled_files.py): the theme's files
are MkDocs' own, in its order, and the settled list of pages is the one MkDocs gives."""

from pathlib import Path

import pytest

from generator.website import mkdocs_config, settled_files


@pytest.fixture
def config(tmp_path: Path):
    """The packaged configuration over a small docs folder, with a folder's own theme
    override that holds files the patterns keep and leave out."""
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n")
    (docs / "articles" / "ferry.md").write_text("# Ferry\n")
    (docs / "notes.txt").write_text("kept as a file, not a page\n")
    custom = tmp_path / "overrides"
    (custom / "locales").mkdir(parents=True)
    (custom / "extra.JS").write_text("//\n")
    (custom / "README.txt").write_text("left out: readme\n")
    (custom / "locales" / "xx.yml").write_text("left out: a translation\n")
    (custom / "notes.md").write_text("left out: Markdown\n")
    own = tmp_path / "mkdocs.yml"
    own.write_text("theme:\n  custom_dir: overrides\n")
    return mkdocs_config.load(own, docs, tmp_path / "site", "Harbour")


def _gathered(config):
    from mkdocs.structure.files import get_files

    files = get_files(config)
    return files, config.theme.get_env()


def test_theme_files_are_mkdocs_own_in_its_order(config):
    mine, env = _gathered(config)
    settled_files.add_theme_files(mine, env, config)
    theirs, env = _gathered(config)
    theirs.add_files_from_theme(env, config)
    listed = [(f.src_uri, f.abs_src_path, f.dest_uri) for f in mine]
    assert listed == [(f.src_uri, f.abs_src_path, f.dest_uri) for f in theirs]
    uris = {f.src_uri for f in mine}
    assert "extra.JS" in uris and "notes.txt" in uris
    assert not uris & {"README.txt", "locales/xx.yml", "notes.md", "main.html"}
    assert "assets/images/favicon.png" in uris  # Material's assets (its icons are left out)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("assets/app.js", True),
        (".icons/a.svg", False),
        ("x/.hidden", False),
        ("Partials/README.md", False),
        ("main.HTML", False),
        ("mkdocs_theme.yml", False),
        ("sitemap.xml", False),
        ("404.html", False),
        ("locales/en.yml", False),
        ("assets/locales/en.yml", True),
    ],
)
def test_theme_filter_answers_as_fnmatch_does(config, name, kept):
    import fnmatch

    patterns = settled_files.theme_patterns(config)
    assert settled_files.theme_filter(patterns)(name) is kept
    assert any(fnmatch.fnmatch(name.lower(), p) for p in patterns) is (not kept)


def test_settled_pages_are_listed_once_and_as_mkdocs_lists_them(config, monkeypatch):
    from mkdocs.structure.files import Files, InclusionLevel, get_files, set_exclusions

    files = get_files(config)
    set_exclusions(files, config)
    expected = [f.src_uri for f in files.documentation_pages()]
    calls = []
    real = Files.documentation_pages
    monkeypatch.setattr(
        Files, "documentation_pages", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    settled_files.settle(files)
    first, second = files.documentation_pages(), files.documentation_pages()
    assert [f.src_uri for f in first] == expected == ["index.md", "articles/ferry.md"]
    assert first == second and first is not second  # a copy each time
    assert len(calls) == 1
    everything = files.documentation_pages(inclusion=InclusionLevel.all)
    assert [f.src_uri for f in everything] == expected and len(calls) == 2
