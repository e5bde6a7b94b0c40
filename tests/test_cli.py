"""The command line: one line per problem naming the file, and the contract's exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

ARTICLE = """Ministers meet in Oslo to revive fisheries talks

By Jane Roe

March 4, 2019

Norway and Iceland resumed talks in Oslo on Monday, the foreign ministry said.

“We hope to finish by the end of the month,” said Erna Larsen, the Norwegian negotiator.
"""
UNDATED = """Fisheries talks stall again

The talks between Norway and Iceland stalled on Tuesday, officials said.
"""


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Run every command from an empty folder, so the project's own briefing.yml is not read."""
    monkeypatch.chdir(tmp_path)


def corpus(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, data in files.items():
        (seeds / name).write_bytes(data.encode() if isinstance(data, str) else data)
    return seeds


def run(tmp_path: Path, *args: str):
    runner = CliRunner()
    return runner.invoke(main, list(args), catch_exceptions=False)


def build_args(tmp_path: Path, seeds: Path, *extra: str) -> list[str]:
    return [
        "build",
        "--seeds",
        str(seeds),
        "--docs-dir",
        str(tmp_path / "docs"),
        "--site-dir",
        str(tmp_path / "site"),
        "--no-site",
        *extra,
    ]


def test_help_explains_every_build_option():
    result = CliRunner().invoke(main, ["build", "--help"])
    assert result.exit_code == 0
    for option in (
        "--seeds",
        "--docs-dir",
        "--site-dir",
        "--config",
        "--no-site",
        "--strict",
        "--quiet",
    ):
        assert option in result.output


def test_bad_file_is_reported_and_skipped_with_exit_0(tmp_path):
    seeds = corpus(tmp_path, {"good.txt": ARTICLE, "empty.txt": b""})
    result = run(tmp_path, *build_args(tmp_path, seeds))
    assert result.exit_code == 0, result.output
    assert "empty.txt: skipped: empty file" in result.stderr
    data = json.loads((tmp_path / "docs" / "data" / "briefing.json").read_text())
    assert [a["id"] for a in data["articles"]] == ["good"]


def test_strict_turns_a_warning_into_exit_1_and_writes_nothing(tmp_path):
    seeds = corpus(tmp_path, {"good.txt": ARTICLE, "empty.txt": b""})
    result = run(tmp_path, *build_args(tmp_path, seeds, "--strict"))
    assert result.exit_code == 1
    assert "empty.txt: skipped: empty file" in result.stderr
    assert "--strict: 1 warning(s); nothing written" in result.stderr
    assert not (tmp_path / "docs").exists()


def test_nothing_to_build_is_exit_2(tmp_path):
    seeds = corpus(tmp_path, {"empty.txt": b""})
    result = run(tmp_path, *build_args(tmp_path, seeds))
    assert result.exit_code == 2
    assert "nothing to build" in result.stderr


def test_missing_seeds_folder_is_exit_2(tmp_path):
    result = run(tmp_path, *build_args(tmp_path, tmp_path / "nope"))
    assert result.exit_code == 2
    assert "seeds folder not found" in result.stderr


def test_configuration_error_is_exit_2_naming_key_and_line(tmp_path):
    seeds = corpus(tmp_path, {"good.txt": ARTICLE})
    config = tmp_path / "briefing.yml"
    config.write_text("title: Fish\nactors:\n  norway:\n    typo: state\n")
    result = run(tmp_path, *build_args(tmp_path, seeds, "--config", str(config)))
    assert result.exit_code == 2
    assert f"error: {config}:4: actors.norway.typo: unknown key" in result.stderr


def test_correction_for_unknown_article_is_a_warning(tmp_path):
    seeds = corpus(tmp_path, {"good.txt": ARTICLE})
    config = tmp_path / "briefing.yml"
    config.write_text("articles:\n  nosuch:\n    published: 2019-01-01\n")
    result = run(tmp_path, *build_args(tmp_path, seeds, "--config", str(config)))
    assert result.exit_code == 0
    assert "articles.nosuch: no article with this id in the corpus (ignored)" in result.stderr


def test_config_correction_wins_and_is_marked(tmp_path):
    seeds = corpus(tmp_path, {"undated.txt": UNDATED})
    config = tmp_path / "briefing.yml"
    config.write_text(
        "articles:\n  undated:\n    published: 2019-03-05\n    publication: Fish Weekly\n"
    )
    result = run(tmp_path, *build_args(tmp_path, seeds, "--config", str(config)))
    assert result.exit_code == 0, result.stderr
    [article] = json.loads((tmp_path / "docs" / "data" / "briefing.json").read_text())["articles"]
    assert (article["published"], article["published_basis"]) == ("2019-03-05", "config")
    assert article["publication"] == "Fish Weekly"


def test_check_lists_undated_articles_and_writes_nothing(tmp_path):
    # unrelated to the dated article, so the corpus does not date it either
    unrelated = "Bakers crowned\n\nA fennel loaf won the county baking contest on Tuesday.\n"
    seeds = corpus(tmp_path, {"good.txt": ARTICLE, "undated.txt": unrelated})
    result = run(tmp_path, "check", "--seeds", str(seeds), "--docs-dir", str(tmp_path / "docs"))
    assert result.exit_code == 0, result.output
    assert "attention: undated.txt: no publication date" in result.output
    assert not (tmp_path / "docs").exists()


def test_check_lists_an_article_the_corpus_dates_as_inferred(tmp_path):
    seeds = corpus(tmp_path, {"good.txt": ARTICLE, "undated.txt": UNDATED})
    result = run(tmp_path, "check", "--seeds", str(seeds), "--docs-dir", str(tmp_path / "docs"))
    assert result.exit_code == 0, result.output
    assert "attention: undated.txt: publication date 2019-03-" in result.output
    assert "is inferred, not stated" in result.output


def test_check_exit_1_when_a_file_is_refused(tmp_path):
    seeds = corpus(tmp_path, {"good.txt": ARTICLE, "bin.txt": b"\x00\x01\x02\x00"})
    result = run(tmp_path, "check", "--seeds", str(seeds))
    assert result.exit_code == 1
    assert "bin.txt: skipped: binary data (contains NUL bytes)" in result.stderr


def test_quiet_prints_only_problems(tmp_path):
    seeds = corpus(tmp_path, {"good.txt": ARTICLE})
    result = run(tmp_path, *build_args(tmp_path, seeds, "--quiet"))
    assert result.exit_code == 0
    assert result.stderr == "" and result.stdout == ""


def test_python_dash_m_entry_point_works(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0
    assert (
        "build" in completed.stdout and "check" in completed.stdout and "serve" in completed.stdout
    )


@pytest.mark.parametrize("command", ["build", "check", "serve"])
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and len(result.output.splitlines()) > 5


def test_unchanged_rebuild_skips_extraction_and_repeats_the_same_report(tmp_path, monkeypatch):
    seeds = corpus(
        tmp_path,
        {"good.txt": ARTICLE, "empty.txt": b"", "junk.txt": "Subscribe to our newsletter\n"},
    )
    first = run(tmp_path, *build_args(tmp_path, seeds))
    assert first.exit_code == 0

    import generator.build as build_module

    def fail(*args, **kwargs):
        raise AssertionError("extraction ran on an unchanged corpus")

    monkeypatch.setattr(build_module, "analyse", fail)
    second = run(tmp_path, *build_args(tmp_path, seeds))
    assert second.exit_code == 0
    assert second.stderr == first.stderr.replace("docs/ updated", "docs/ unchanged")


def test_changed_article_is_rebuilt(tmp_path):
    seeds = corpus(tmp_path, {"good.txt": ARTICLE})
    assert run(tmp_path, *build_args(tmp_path, seeds)).exit_code == 0
    (seeds / "good.txt").write_text(ARTICLE.replace("Oslo to revive", "Bergen to revive"))
    result = run(tmp_path, *build_args(tmp_path, seeds))
    assert "docs/ updated" in result.stderr
    data = json.loads((tmp_path / "docs" / "data" / "briefing.json").read_text())
    assert data["articles"][0]["title"] == "Ministers meet in Bergen to revive fisheries talks"


def test_debug_reports_the_time_of_each_build_step_in_order(tmp_path):
    seeds = corpus(tmp_path, {"good.txt": ARTICLE})
    result = run(tmp_path, *build_args(tmp_path, seeds, "--debug", "--quiet"))
    assert result.exit_code == 0
    for label in ("timing", "cpu"):  # wall-clock seconds, then CPU seconds, of each step
        lines = [line for line in result.stderr.splitlines() if line.startswith(f"{label}: ")]
        assert len(lines) == 1
        steps = [part.split()[0] for part in lines[0].removeprefix(f"{label}: ").split(", ")]
        assert steps == ["read", "extract", "link", "history", "render", "write", "swap", "stamp"]
        assert all(part.endswith(" s") for part in lines[0].split(", "))


def test_without_debug_no_timing_is_printed(tmp_path):
    seeds = corpus(tmp_path, {"good.txt": ARTICLE})
    result = run(tmp_path, *build_args(tmp_path, seeds))
    assert result.exit_code == 0 and "timing:" not in result.stderr


def test_command_line_process_flushes_its_report_and_keeps_exit_codes(tmp_path):
    seeds = corpus(tmp_path, {"good.txt": ARTICLE, "empty.txt": b""})
    command = [sys.executable, "-m", "generator", *build_args(tmp_path, seeds)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 0
    assert "empty.txt: skipped: empty file" in done.stderr
    assert "1 articles, " in done.stderr and (tmp_path / "docs" / "index.md").is_file()
    missing = [sys.executable, "-m", "generator", "build", "--seeds", str(tmp_path / "none")]
    done = subprocess.run(missing, capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 2 and "seeds folder not found" in done.stderr
