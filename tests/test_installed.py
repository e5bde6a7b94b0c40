"""Done-when for a new user: install the tool (not editable) into a fresh virtualenv with the
pip that Python 3.11 ships, without npm, scaffold a folder, build it, read it from file://.

Slow (about a minute, most of it pip reading its cache): the one test that sees what a
user of the installed package sees, including declared dependencies and packaged assets.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTICLES = {
    "vienna-talks.txt": (
        "Delegates meet in Vienna\n\nBy Jane Roe\n\n"
        "VIENNA, March 4, 2019 - Delegates from Arcadia and Borduria met in Vienna on Monday "
        "to discuss a ceasefire, the first direct talks between the two states in three years.\n\n"
        '"We will return next week," said Anna Kovacs, the Arcadian envoy, after the meeting '
        "ended without an agreement.\n"
    ),
    "border-deal.txt": (
        "Borduria offers a border deal\n\nBy Tom Ash\n\n"
        "SZOHOD, March 11, 2019 - Borduria's foreign minister, Marek Novak, said on Monday "
        "that his government would withdraw its troops from the border once a deal was signed.\n\n"
        "Anna Kovacs welcomed the offer and said Arcadia would study it before the next round "
        "of talks in Vienna.\n"
    ),
    "second-round.html": (
        "<html><head><title>Second round of talks ends</title></head><body><article>"
        "<h1>Second round of talks ends</h1><p>By Jane Roe</p>"
        "<p>VIENNA, March 18, 2019 - The second round of talks between Arcadia and Borduria "
        "ended on Monday with an agreement to exchange prisoners before the summer.</p>"
        "<p>Marek Novak called the agreement a first step, and Anna Kovacs said both "
        "delegations would meet again in April to discuss the border.</p>"
        "</article></body></html>"
    ),
}


def python311() -> str:
    found = shutil.which("python3.11")
    if found is None:
        pytest.fail("python3.11 is needed for the installation test", pytrace=False)
    return found


def run(args: list, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=lambda: os.umask(0o077),  # a strict umask must not leak into the site
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


def files_below(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    """A fresh venv (bundled pip, no upgrade) with the project installed from a clean copy."""
    base = tmp_path_factory.mktemp("installed")
    source = _mkdir(base / "source")  # a copy: pip's in-tree build writes nothing in the repo
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "generator", source / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    venv = base / "venv"
    subprocess.run([python311(), "-m", "venv", str(venv)], check=True, timeout=300)
    env = {
        "PATH": str(venv / "bin"),  # no npm, no node: nothing but the venv
        "HOME": os.environ.get("HOME", str(base)),
        "LANG": "C.UTF-8",
    }
    assert shutil.which("npm", path=env["PATH"]) is None
    run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", str(source)], base, env)
    site_packages = Path(
        run(
            [
                venv / "bin" / "python",
                "-c",
                "import sysconfig; print(sysconfig.get_path('purelib'))",
            ],
            base,
            env,
        ).stdout.strip()
    )
    return {"base": base, "env": env, "bin": venv / "bin", "site_packages": site_packages}


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


@pytest.fixture(scope="module")
def built(installed) -> dict:
    base, env, bin_ = installed["base"], installed["env"], installed["bin"]
    before = files_below(installed["site_packages"])
    run([bin_ / "briefing", "new", "my-briefing"], base, env)
    folder = base / "my-briefing"
    for name, text in ARTICLES.items():
        (folder / "articles" / name).write_text(text, encoding="utf-8")
    run([bin_ / "briefing", "build"], folder, env)
    elsewhere = _mkdir(base / "elsewhere")
    out = base / "out"
    run(
        [
            bin_ / "briefing",
            "build",
            "--seeds",
            folder / "articles",
            "--docs-dir",
            out / "docs",
            "--site-dir",
            out / "site",
        ],
        elsewhere,
        env,
    )
    after = files_below(installed["site_packages"])
    return {"folder": folder, "out": out, "elsewhere": elsewhere, "new_files": after - before}


def test_scaffold_holds_settings_articles_and_a_readme(built):
    folder = built["folder"]
    assert 'title: "My briefing"' in (folder / "briefing.yml").read_text()
    assert "articles/" in (folder / "README.md").read_text()


@pytest.mark.parametrize("where", ["in the folder", "from elsewhere"])
def test_every_article_page_and_the_folders_title(built, where):
    docs, site = (
        (built["folder"] / "docs_src", built["folder"] / "site")
        if where == "in the folder"
        else (built["out"] / "docs", built["out"] / "site")
    )
    for name in ARTICLES:
        assert (site / "articles" / f"{Path(name).stem}.html").is_file(), name
    data = json.loads((docs / "data" / "briefing.json").read_text())
    assert data["title"] == "My briefing"
    assert (
        "<h1" in (site / "index.html").read_text()
        and "My briefing" in (site / "index.html").read_text()
    )
    assert (site / "assets" / "javascripts" / "iframe-worker-shim.js").is_file()


def test_nothing_written_inside_site_packages_or_elsewhere(built):
    assert built["new_files"] == set()
    assert list(built["elsewhere"].iterdir()) == []


def test_site_is_world_readable_despite_umask_077(built):
    for site in (built["folder"] / "site", built["out"] / "site"):
        assert site.stat().st_mode & 0o777 == 0o755
        for path in site.rglob("*"):
            assert path.stat().st_mode & 0o777 == (0o755 if path.is_dir() else 0o644), path


def test_search_finds_an_actor_from_file_url_in_chromium(built):
    if not CHROMIUM.exists() and not os.environ.get("CI"):
        pytest.skip("Chromium is not installed at /usr/bin/chromium (run `make test` as root)")
    from playwright.sync_api import sync_playwright

    from .test_browser import ARGS

    index = (built["folder"] / "site" / "index.html").as_uri()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=ARGS, headless=True
        )
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(index)
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.wait_for_function(
            "document.querySelector('.md-search-result__meta').textContent.trim()"
            " !== 'Initializing search'"
        )
        page.locator("input.md-search__input").press_sequentially("Kovacs", delay=30)
        result = page.locator(".md-search-result__list a[href*='actors/']").first
        result.wait_for(timeout=10000)
        before = page.url  # "load" alone returns at once and races the click
        result.click()
        page.wait_for_url(lambda address: address != before, timeout=10000)
        assert "/actors/" in page.url and page.url.startswith("file://")
        assert errors == []
        browser.close()
