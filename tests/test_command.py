"""The `briefing` console script imports the command line only when it runs: a spawned
process (MkDocs apart) imports the script again, and must not pay for the pipeline."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from tests.conftest import ROOT

PROGRAM = """
import sys
import generator.command
print(sorted(m for m in sys.modules if m.startswith("generator.")))
"""


def test_the_console_script_is_the_light_entry_point():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["briefing"] == "generator.command:entry"


def test_importing_the_entry_point_imports_no_part_of_the_generator():
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "['generator.command']"


def test_the_entry_point_runs_the_command_line():
    program = "import sys; sys.argv = ['briefing', '--version']; "
    program += "from generator.command import entry; entry()"
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("briefing, version")
