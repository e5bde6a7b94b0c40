"""folder: a briefing folder's settings apply to its own seeds and to nothing else."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.settings.folder import ForeignSeeds, resolve
from generator.settings.scaffold import scaffold, title_from

ARTICLE = (
    "Ministers meet in Lisbon\n\n"
    "LISBON, May 2, 2021 - Ministers from Arcadia and Borduria met in Lisbon on Sunday to "
    "discuss fishing rights, their first meeting since the dispute began last year.\n\n"
    '"We made progress," said Clara Moss, the Arcadian minister, after the meeting.\n'
)


def briefing_folder(path: Path, title: str, seeds: str = "articles", key: bool = False) -> Path:
    path.mkdir(parents=True)
    (path / seeds).mkdir()
    (path / seeds / "lisbon.txt").write_text(ARTICLE)
    text = f'title: "{title}"\narticles:\n  not-here:\n    published: 2020\n'
    (path / "briefing.yml").write_text(text + (f"seeds: {seeds}\n" if key else ""))
    return path


def test_inside_a_briefing_folder_its_settings_seeds_and_outputs_are_used(tmp_path):
    folder = briefing_folder(tmp_path / "mine", "Mine")
    paths = resolve(folder)
    assert paths.config == folder / "briefing.yml" and paths.folder == folder
    assert paths.seeds == folder / "articles"
    assert (paths.docs_dir, paths.site_dir) == (folder / "docs_src", folder / "site")


def test_seeds_folder_defaults_to_articles_then_seeds_or_is_named(tmp_path):
    assert resolve(briefing_folder(tmp_path / "a", "A", "seeds")).seeds == tmp_path / "a" / "seeds"
    named = briefing_folder(tmp_path / "b", "B", "texts", key=True)
    assert resolve(named).seeds == named / "texts"


def test_other_seeds_from_inside_a_briefing_folder_do_not_get_its_settings(tmp_path):
    repo = briefing_folder(tmp_path / "repo", "Repository briefing", "seeds")
    other = tmp_path / "mine"
    other.mkdir()
    paths = resolve(repo, seeds=Path("../mine"), docs_dir=Path("d"))
    assert paths.config is None and paths.folder is None
    assert paths.seeds == repo / "../mine"
    # its own seeds, named explicitly, still get its settings
    assert resolve(repo, seeds=Path("seeds")).config == repo / "briefing.yml"


def test_explicit_seeds_get_the_settings_of_the_folder_they_belong_to(tmp_path):
    folder = briefing_folder(tmp_path / "mine", "Mine")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    paths = resolve(elsewhere, seeds=folder / "articles", docs_dir=Path("d"), site_dir=Path("s"))
    assert paths.config == folder / "briefing.yml"
    assert (paths.docs_dir, paths.site_dir) == (elsewhere / "d", elsewhere / "s")


def test_explicit_config_names_its_folder_and_seeds(tmp_path):
    folder = briefing_folder(tmp_path / "mine", "Mine")
    paths = resolve(tmp_path, config=Path("mine/briefing.yml"))
    assert paths.folder == folder and paths.seeds == folder / "articles"


def test_build_of_other_seeds_from_a_briefing_folder_has_no_leaked_title_or_warning(
    tmp_path, monkeypatch
):
    repo = briefing_folder(tmp_path / "repo", "Repository briefing", "seeds")
    other = tmp_path / "mine"
    other.mkdir()
    (other / "lisbon.txt").write_text(ARTICLE)
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(
        main, ["build", "--no-site", "--seeds", str(other), "--docs-dir", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    index = (tmp_path / "out" / "index.md").read_text()
    assert "Repository briefing" not in index
    assert "not-here" not in result.stderr


def test_scaffold_writes_a_commented_config_titled_after_the_folder(tmp_path):
    folder = tmp_path / "gulf-fishing_talks"
    scaffold(folder)
    assert title_from(folder) == "Gulf fishing talks"
    config = (folder / "briefing.yml").read_text()
    assert 'title: "Gulf fishing talks"' in config and config.count("\n#") >= 5
    assert (folder / "articles").is_dir() and "briefing build" in (folder / "README.md").read_text()


def test_new_refuses_an_existing_briefing_folder_and_keeps_it(tmp_path, monkeypatch):
    folder = briefing_folder(tmp_path / "mine", "Mine")
    before = (folder / "briefing.yml").read_bytes()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["new", "mine"])
    assert result.exit_code == 1 and "already exists" in result.stderr
    assert (folder / "briefing.yml").read_bytes() == before


def test_new_then_build_inside_uses_the_folders_title(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["new", "baltic-watch"]).exit_code == 0
    (tmp_path / "baltic-watch" / "articles" / "lisbon.txt").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path / "baltic-watch")
    result = CliRunner().invoke(main, ["build", "--no-site"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "baltic-watch" / "docs_src" / "index.md").read_text().count(
        "Baltic watch"
    ) >= 1


def test_foreign_seeds_from_inside_a_briefing_folder_need_explicit_outputs(tmp_path):
    folder = tmp_path / "mine"
    (folder / "articles").mkdir(parents=True)
    (folder / "briefing.yml").write_text('title: "Mine"\n')
    other = tmp_path / "elsewhere"
    other.mkdir()
    with pytest.raises(ForeignSeeds, match="give --docs-dir"):
        resolve(folder, seeds=other, site_dir=Path("out/site"))
    paths = resolve(folder, seeds=other, docs_dir=Path("out/docs"))
    assert paths.config is None
    assert (paths.docs_dir, paths.site_dir) == (folder / "out/docs", folder / "out/site")
