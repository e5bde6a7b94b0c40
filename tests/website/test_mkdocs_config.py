"""A folder's mkdocs.yml changes the look, never the offline settings; MkDocs failures say why."""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.website.mkdocs_config import merge

PACKAGED = {
    "site_name": "Briefing",
    "use_directory_urls": False,
    "strict": True,
    "nav": [{"Overview": "index.md"}],
    "theme": {"name": "material", "font": False, "palette": {"primary": "indigo"}},
    "plugins": ["search", "tags", "offline"],
    "markdown_extensions": ["tables", {"toc": {"permalink": False}}],
    "extra": {"generator": False, "polyfills": ["assets/javascripts/iframe-worker-shim.js"]},
    "extra_css": ["assets/briefing.css"],
}
ARTICLE = (
    "Ministers meet in Lisbon\n\n"
    "LISBON, May 2, 2021 - Ministers from Arcadia and Borduria met in Lisbon on Sunday to "
    "discuss fishing rights, their first meeting since the dispute began last year.\n\n"
    '"We made progress," said Clara Moss, the Arcadian minister, after the meeting.\n'
)


def test_no_own_file_gives_the_packaged_configuration():
    assert merge(PACKAGED, None) == PACKAGED


def test_look_changes_are_kept_and_offline_keys_forced_back():
    own = {
        "theme": {"name": "readthedocs", "font": {"text": "Roboto"}, "palette": {"primary": "red"}},
        "use_directory_urls": True,
        "nav": [{"Mine": "mine.md"}],
        "plugins": [{"search": {"lang": "fr"}}, "privacy"],
        "markdown_extensions": ["admonition", "tables"],
        "extra": {"polyfills": [], "analytics": {"provider": "none"}},
        "extra_css": ["assets/mine.css"],
        "copyright": "Mine",
    }
    merged = merge(PACKAGED, own)
    assert merged["theme"] == {"name": "material", "font": False, "palette": {"primary": "red"}}
    assert merged["use_directory_urls"] is False and merged["nav"] == PACKAGED["nav"]
    assert merged["plugins"] == ["search", "tags", "offline", "privacy"]
    assert merged["markdown_extensions"] == [*PACKAGED["markdown_extensions"], "admonition"]
    assert merged["extra"]["polyfills"] == PACKAGED["extra"]["polyfills"]
    assert merged["extra"]["analytics"] == {"provider": "none"}
    assert merged["extra_css"] == ["assets/briefing.css", "assets/mine.css"]
    assert merged["copyright"] == "Mine"


def briefing_folder(path: Path, mkdocs_yml: str | None) -> Path:
    (path / "articles").mkdir(parents=True)
    (path / "articles" / "lisbon.txt").write_text(ARTICLE)
    (path / "briefing.yml").write_text('title: "Fishing talks"\n')
    if mkdocs_yml is not None:
        (path / "mkdocs.yml").write_text(mkdocs_yml)
    return path


@pytest.fixture
def strict_umask():
    previous = os.umask(0o077)
    yield
    os.umask(previous)


def test_own_mkdocs_yml_recolours_the_site_which_stays_offline_and_readable(
    tmp_path, monkeypatch, strict_umask
):
    folder = briefing_folder(
        tmp_path / "fishing",
        "theme:\n  custom_dir: look\n  palette:\n    primary: red\n"
        "use_directory_urls: true\ncopyright: Ours\nextra_css: [assets/ours.css]\n",
    )
    (folder / "look" / "assets").mkdir(parents=True)
    (folder / "look" / "assets" / "ours.css").write_text("h1 { color: red; }\n")
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    site = folder / "site"
    index = (site / "index.html").read_text()
    assert 'data-md-color-primary="red"' in index and "Ours" in index
    assert "assets/javascripts/iframe-worker-shim.js" in index
    assert 'href="assets/ours.css"' in index and 'href="assets/briefing.css"' in index
    assert (site / "assets" / "ours.css").read_text() == "h1 { color: red; }\n"
    assert (site / "articles" / "lisbon.html").is_file()  # no directory URLs
    assert "fonts.googleapis" not in index
    for folder_out in (site, folder / "docs_src"):
        assert folder_out.stat().st_mode & 0o777 == 0o755
        modes = {p.stat().st_mode & 0o777 for p in folder_out.rglob("*") if p.is_file()}
        assert modes == {0o644}
        modes = {p.stat().st_mode & 0o777 for p in folder_out.rglob("*") if p.is_dir()}
        assert modes == {0o755}


@pytest.mark.parametrize(
    "mkdocs_yml, why",
    [
        ("theme: [unclosed\n", 'fishing/mkdocs.yml", line 2'),
        ("theme:\n  custom_dir: no-such-folder\n", "no-such-folder"),
    ],
)
def test_mkdocs_failure_says_why_and_exits_1_without_site_built(
    tmp_path, monkeypatch, mkdocs_yml, why
):
    folder = briefing_folder(tmp_path / "fishing", mkdocs_yml)
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 1
    assert "MkDocs could not build the site" in result.stderr and why in result.stderr
    assert "site built" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert not (folder / "site").exists()


def test_packaged_configuration_lives_in_the_package_and_nothing_is_written_there(
    tmp_path, monkeypatch
):
    import generator

    package = Path(generator.__file__).parent
    before = sorted(p.name for p in (package / "assets").iterdir())
    folder = briefing_folder(tmp_path / "fishing", None)
    monkeypatch.chdir(tmp_path)  # outside the folder, with relative folders
    result = CliRunner().invoke(
        main, ["build", "--seeds", "fishing/articles", "--site-dir", "out/site"]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "site" / "index.html").is_file()
    assert "Fishing talks" in (tmp_path / "out" / "site" / "index.html").read_text()
    assert sorted(p.name for p in (package / "assets").iterdir()) == before
    assert (folder / "docs_src").is_dir()  # the docs default to the seeds' briefing folder
