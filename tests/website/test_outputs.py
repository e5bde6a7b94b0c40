"""Output folders: never the seeds, the config's folder or someone else's files; all or nothing."""

import errno
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main, refusal_line
from generator.problems import Problem
from generator.website import publish, site, site_apart
from generator.website.outputs import (
    MARKER,
    Output,
    OutputWriteError,
    output_problems,
    writing,
)
from generator.website.site import build_lock, read_tree

from ..conftest import make_briefing

ARTICLE = (
    "Ministers meet in Oslo\n\nNorway and Iceland resumed talks in Oslo on Monday, "
    "said Erna Larsen, the Norwegian negotiator.\n"
)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def project(root: Path) -> Path:
    """A scaffold-like folder: briefing.yml and seeds/ with one article."""
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "oslo.txt").write_text(ARTICLE)
    (root / "briefing.yml").write_text("title: Test\n")
    return root


def build(root: Path, *args: str):
    return CliRunner().invoke(
        main,
        ["build", "--seeds", str(root / "seeds"), "--config", str(root / "briefing.yml"), *args],
        catch_exceptions=False,
    )


def test_the_usual_layouts_are_allowed(tmp_path):
    root = project(tmp_path / "p")
    for docs in ("docs_src", "docs"):
        result = build(root, "--docs-dir", str(root / docs), "--site-dir", str(root / "site"))
        assert result.exit_code == 0, result.output
        assert (root / docs / MARKER).is_file() and (root / "site" / MARKER).is_file()
    again = build(root, "--docs-dir", str(root / "docs"), "--site-dir", str(root / "site"))
    assert again.exit_code == 0, again.output


@pytest.mark.parametrize(
    ("docs", "site_dir", "expected"),
    [
        ("seeds", "site", "--docs-dir {r}/seeds is the seeds folder"),
        ("docs", "seeds", "--site-dir {r}/seeds is the seeds folder"),
        ("docs", ".", "--site-dir {r} contains the seeds folder"),
        (".", "site", "--docs-dir {r} contains the seeds folder"),
        ("seeds/out", "site", "--docs-dir {r}/seeds/out lies inside the seeds folder"),
        ("docs", "docs/site", "--site-dir {r}/docs/site lies inside --docs-dir"),
        ("docs", "docs", "--docs-dir {r}/docs is --site-dir"),
    ],
)
def test_an_output_over_the_inputs_is_refused_and_nothing_is_lost(
    tmp_path, docs, site_dir, expected
):
    root = project(tmp_path / "p")
    before = read_tree(root)
    result = build(root, "--docs-dir", f"{root}/{docs}", "--site-dir", f"{root}/{site_dir}")
    assert result.exit_code == 2
    assert "error: " + expected.format(r=root) in result.stderr
    assert read_tree(root) == before


def test_the_config_folder_itself_is_refused_but_a_folder_inside_it_is_not(tmp_path):
    config = tmp_path / "conf" / "briefing.yml"
    config.parent.mkdir()
    seeds = tmp_path / "seeds"
    outputs = [Output("--docs-dir", config.parent), Output("--site-dir", tmp_path / "conf" / "s")]
    problems = output_problems(outputs, seeds, config)
    assert [refusal_line(p) for p in problems] == [
        f"error: --docs-dir {config.parent} is the folder of {config}: it would be deleted",
        f"error: --site-dir {tmp_path}/conf/s lies inside --docs-dir: choose apart",
    ]
    assert problems[0] == Problem(
        str(config.parent),
        f"is the folder of {config}: it would be deleted",
        "--docs-dir",
        severity="error",
    )
    assert output_problems([Output("--docs-dir", tmp_path / "conf" / "d")], seeds, config) == []
    above = [Output("--site-dir", tmp_path)]
    refused = output_problems(above, tmp_path.parent / "seeds", config)[0]
    assert refused.message.startswith("contains the folder of")


def test_a_refusal_escapes_every_folder_it_names(tmp_path):
    seeds = tmp_path / "se\neds"
    seeds.mkdir()
    (problem,) = output_problems([Output("--docs-dir", seeds / "out\x1b")], seeds, None)
    assert (problem.file, problem.key, problem.severity) == (
        str(seeds / "out\x1b"),
        "--docs-dir",
        "error",
    )
    assert refusal_line(problem) == (
        f"error: --docs-dir {tmp_path}/se\\neds/out\\x1b lies inside the seeds folder "
        f"{tmp_path}/se\\neds: it would be deleted"
    )


def test_a_write_failure_is_a_problem_naming_the_folder(tmp_path):
    folder = tmp_path / "docs"
    with pytest.raises(OutputWriteError) as caught, writing(folder):
        raise OSError(errno.EACCES, "Permission denied")
    assert caught.value.problem == Problem(str(folder), "permission denied", severity="error")


def test_a_folder_or_file_the_generator_did_not_make_is_refused(tmp_path):
    root = project(tmp_path / "p")
    (root / "mine").mkdir()
    (root / "mine" / "thesis.md").write_text("my own work\n")
    (root / "notes.txt").write_text("notes\n")
    for docs in ("mine", "notes.txt"):
        result = build(root, "--docs-dir", str(root / docs), "--no-site")
        assert result.exit_code == 2
        assert len(result.stderr.splitlines()) == 1
    assert (root / "mine" / "thesis.md").read_text() == "my own work\n"
    assert (root / "notes.txt").read_text() == "notes\n"
    (root / "empty").mkdir()
    assert build(root, "--docs-dir", str(root / "empty"), "--no-site").exit_code == 0


def test_a_docs_folder_left_in_the_seeds_is_not_read_back(tmp_path):
    root = project(tmp_path / "p")
    old = root / "seeds" / "old-docs"
    old.mkdir()
    (old / MARKER).write_text("")
    (old / "copy.md").write_text("# A page\n\nParis and Rome met in Paris on Monday.\n")
    result = build(root, "--docs-dir", str(root / "docs"), "--no-site")
    assert result.exit_code == 0
    assert "old-docs: skipped: a folder of generated output" in result.stderr.splitlines()
    assert "copy" not in (root / "docs" / "data" / "briefing.json").read_text()


def test_a_build_sharing_only_the_site_folder_waits_its_turn(tmp_path):
    root = project(tmp_path / "p")
    (tmp_path / "shared").mkdir()
    with build_lock(tmp_path / "shared"):
        result = build(
            root, "--docs-dir", str(root / "docs"), "--site-dir", f"{tmp_path}/shared/site"
        )
    assert result.exit_code == 1
    assert "another build is running" in result.stderr
    assert not (root / "docs").exists() and not (tmp_path / "shared" / "site").exists()


def leftovers(root: Path) -> list[str]:
    """Anything but the project, its outputs and the lock: a staging folder left behind."""
    expected = {"briefing.yml", "docs", "seeds", "site", ".briefing.lock"}
    return sorted(p.name for p in root.iterdir() if p.name not in expected)


def no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_disk_full_while_writing_the_docs_leaves_both_folders_as_they_were(tmp_path, monkeypatch):
    root = project(tmp_path / "p")
    outs = ["--docs-dir", str(root / "docs"), "--site-dir", str(root / "site"), "--no-cache"]
    assert build(root, *outs).exit_code == 0
    before = read_tree(root / "docs"), read_tree(root / "site")
    (root / "seeds" / "oslo.txt").write_text(ARTICLE.replace("Monday", "Tuesday"))
    monkeypatch.setattr(site, "_write", no_space)
    result = build(root, *outs)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: no space left on device while writing {root}/docs; "
        "the previous output is left as it was"
    ]
    assert (read_tree(root / "docs"), read_tree(root / "site")) == before
    assert leftovers(root) == []


def test_disk_full_while_writing_the_site_keeps_the_old_docs_too(tmp_path, monkeypatch):
    root = project(tmp_path / "p")
    outs = ["--docs-dir", str(root / "docs"), "--site-dir", str(root / "site"), "--no-cache"]
    assert build(root, *outs).exit_code == 0
    before = read_tree(root / "docs"), read_tree(root / "site")
    (root / "seeds" / "oslo.txt").write_text(ARTICLE.replace("Monday", "Tuesday"))

    def half_site(docs_dir, out_dir, *args, **kwargs):
        (out_dir / "index.html").write_text("half")
        no_space()

    monkeypatch.setattr(site, "render_site", half_site)
    result = build(root, *outs)
    assert result.exit_code == 1
    assert f"no space left on device while writing {root}/site" in result.stderr
    assert (read_tree(root / "docs"), read_tree(root / "site")) == before
    assert leftovers(root) == []


def test_publish_swaps_nothing_when_the_site_fails(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    monkeypatch.setattr(site_apart, "stage_site", no_space)
    with pytest.raises(OutputWriteError):
        publish.publish(
            make_briefing(),
            "T",
            publish.Target(docs, tmp_path / "site", None, jobs=1),
        )
    assert list(tmp_path.iterdir()) == []
