"""`briefing new DIR`: a new briefing folder, like `mkdocs new` or `hugo new site`.

It holds a commented briefing.yml titled after the folder, an empty `articles/` folder
and a README saying what to do next. Nothing existing is ever overwritten.
"""

from __future__ import annotations

import json
from pathlib import Path

from .folder import CONFIG_NAME

ARTICLES = "articles"


class ScaffoldError(Exception):
    """The folder cannot be scaffolded; the message says why."""


def title_from(folder: Path) -> str:
    """`my-briefing` -> `My briefing`: a readable first title the user will likely edit."""
    words = folder.resolve().name.replace("_", " ").replace("-", " ").split()
    text = " ".join(words) or "Briefing"
    return text[0].upper() + text[1:]


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def config_text(title: str) -> str:
    return f"""\
# The briefing's settings. Every key is optional; see the README of `briefing`.
title: {_quoted(title)}
# description: "One or two sentences shown under the title."

# seeds: articles          # the folder of articles, relative to this file

# Corrections, keyed by article id (the input file's name without extension):
articles: {{}}
#  my-article:
#    published: 2024-05-01     # YYYY-MM-DD, YYYY-MM or YYYY
#    title: "A better title"   # also: subtitle, authors (a list), publication, url

# Curation, keyed by actor id (the name of the actor's page):
actors: {{}}
#  russia:
#    aliases: [Moscow, the Kremlin]
#    role: "…"

# Timeline corrections, keyed by event id:
events: {{}}
"""


def readme_text(title: str) -> str:
    return f"""\
# {title}

Next: copy your articles (.txt, .md, .html, .htm) into `{ARTICLES}/`, then run
`briefing build` here and open `site/index.html` (or `briefing serve` for a live preview).
Edit `{CONFIG_NAME}` for the title and corrections; an optional `mkdocs.yml` here changes
the site's look (palette, logo, extra CSS) but never its offline settings.
"""


def scaffold(folder: Path) -> list[Path]:
    """Create the briefing folder; returns what was written. Raises ScaffoldError."""
    if (folder / CONFIG_NAME).exists():
        raise ScaffoldError(f"{folder / CONFIG_NAME}: already exists; nothing written")
    if folder.exists() and not folder.is_dir():
        raise ScaffoldError(f"{folder}: exists and is not a folder")
    title = title_from(folder)
    files = {CONFIG_NAME: config_text(title), "README.md": readme_text(title)}
    if (folder / "README.md").exists():
        del files["README.md"]
    try:
        (folder / ARTICLES).mkdir(parents=True, exist_ok=True)
        written = [folder / ARTICLES]
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
            written.append(folder / name)
    except OSError as error:
        raise ScaffoldError(f"{folder}: cannot write: {error.strerror}") from None
    return written
