"""Which folders a command works on: the briefing folder and its seeds, docs, site, settings.

A briefing folder is a folder holding `briefing.yml`. Its settings apply only to its own
seeds: the folder named by its `seeds:` key, else `articles/`, else `seeds/`. Inside a
briefing folder the defaults are its seeds, `docs_src/` and `site/`. Explicit
`--seeds/--docs-dir/--site-dir/--config` resolve against the working directory, and
explicit seeds pick up the settings of the folder they belong to (the working folder or
the seeds' parent) and no other: building `~/mine` from inside another briefing folder
never applies that folder's corrections or title, and never writes over its outputs: such
a build must name its `--docs-dir` (the site goes beside it unless `--site-dir` says where).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

CONFIG_NAME = "briefing.yml"
SEEDS_DEFAULTS = ("articles", "seeds")
"""Seeds folder of a briefing folder whose briefing.yml names none: the first that exists
(a new scaffold has `articles/`; the repository's bundled briefing keeps `seeds/`)."""


class ForeignSeeds(ValueError):
    """Seeds that are not the working briefing folder's, with no output folders given."""


@dataclass(frozen=True)
class Paths:
    """Absolute folders and files of one command."""

    seeds: Path
    docs_dir: Path
    site_dir: Path
    config: Path | None
    """The briefing.yml whose settings apply, or None for the defaults."""
    folder: Path | None
    """The briefing folder in use (its mkdocs.yml overrides the packaged one)."""


def declared_seeds(config_file: Path) -> str | None:
    """The `seeds:` key of a briefing.yml, if it has a usable one.

    A broken file names no seeds here; loading it for real reports the problem."""
    try:
        data = yaml.safe_load(config_file.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    value = data.get("seeds") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value.strip() else None


def seeds_of(folder: Path) -> Path:
    """The seeds folder of a briefing folder."""
    named = declared_seeds(folder / CONFIG_NAME)
    if named is not None:
        return folder / named
    for name in SEEDS_DEFAULTS:
        if (folder / name).is_dir():
            return folder / name
    return folder / SEEDS_DEFAULTS[0]


def _inside(path: Path, folder: Path) -> bool:
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


def owner_of(seeds: Path, cwd: Path) -> Path | None:
    """The briefing folder whose seeds these are: the working folder's or the seeds' parent's."""
    for folder in (cwd, seeds.parent):
        if (folder / CONFIG_NAME).is_file() and _inside(seeds, seeds_of(folder)):
            return folder
    return None


def resolve(
    cwd: Path,
    seeds: Path | None = None,
    docs_dir: Path | None = None,
    site_dir: Path | None = None,
    config: Path | None = None,
) -> Paths:
    """Fill in the folders a command was not given (see the module's docstring)."""

    def absolute(path: Path) -> Path:
        return path if path.is_absolute() else cwd / path

    if config is not None:
        config = absolute(config)
        folder: Path | None = config.parent
        seeds = absolute(seeds) if seeds is not None else seeds_of(config.parent)
    elif seeds is not None:
        seeds = absolute(seeds)
        folder = owner_of(seeds, cwd)
        config = folder / CONFIG_NAME if folder is not None else None
    elif (cwd / CONFIG_NAME).is_file():
        folder, config, seeds = cwd, cwd / CONFIG_NAME, seeds_of(cwd)
    else:
        folder = None
        seeds = next(
            (cwd / name for name in SEEDS_DEFAULTS if (cwd / name).is_dir()),
            cwd / SEEDS_DEFAULTS[0],
        )
    base = folder if folder is not None else cwd
    if folder is None and (cwd / CONFIG_NAME).is_file():
        # another corpus built from inside a briefing folder: never over its outputs
        if docs_dir is None:
            raise ForeignSeeds(
                f"{seeds} are not the seeds of the briefing folder {cwd}: give --docs-dir "
                "(and --site-dir), so that its docs_src/ and site/ are not replaced"
            )
        base = absolute(docs_dir).parent
    return Paths(
        seeds=seeds,
        docs_dir=absolute(docs_dir) if docs_dir is not None else base / "docs_src",
        site_dir=absolute(site_dir) if site_dir is not None else base / "site",
        config=config,
        folder=folder,
    )
