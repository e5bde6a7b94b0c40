"""The MkDocs configuration of a build: the packaged one, with a folder's own overrides.

A briefing folder may hold its own `mkdocs.yml` to change the look (palette, logo,
favicon, features, extra CSS and JavaScript, copyright, extra Markdown extensions). It
is merged over the packaged configuration, and the keys the offline, file:// reading
depends on are forced back, so no override can break it: where pages and site go, the
navigation (the generator writes those pages), directory URLs, strictness, the
Material theme without web fonts, the search, tags and offline plugins, the Markdown
extensions the pages use, the offline-search shim and the briefing's own stylesheet.
Every path handed to MkDocs is absolute, so nothing is ever resolved against the
installed package's folder.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

PACKAGE_MKDOCS_YML = Path(__file__).parent.parent / "assets" / "mkdocs.yml"
FORCED_TOP = ("nav", "use_directory_urls", "strict", "validation")
"""Keys taken from the packaged configuration whatever a folder's file says."""
FORCED_THEME = ("name", "font")
ADDED_LISTS = ("plugins", "markdown_extensions", "extra_css")
"""Lists whose packaged entries are always kept; a folder's file may add to them."""


def _entry_name(entry: Any) -> str:
    """`search` and `{search: {...}}` name the same plugin or extension."""
    return next(iter(entry)) if isinstance(entry, dict) and entry else str(entry)


def _union(packaged: list, own: list) -> list:
    """Packaged entries first (kept as they are), then the folder's new ones."""
    names = {_entry_name(entry) for entry in packaged}
    return list(packaged) + [entry for entry in own if _entry_name(entry) not in names]


def merge(packaged: dict[str, Any], own: dict[str, Any] | None) -> dict[str, Any]:
    """The packaged configuration with a folder's overrides; offline-critical keys forced."""
    merged = dict(packaged)
    if not own:
        return merged
    for key, value in own.items():
        if key in FORCED_TOP:
            continue
        if key in ADDED_LISTS and isinstance(value, list):
            merged[key] = _union(packaged.get(key) or [], value)
        elif key in {"theme", "extra"} and isinstance(value, dict):
            merged[key] = {**(packaged.get(key) or {}), **value}
        else:
            merged[key] = value
    theme = dict(merged.get("theme") or {})
    for key in FORCED_THEME:
        theme[key] = packaged["theme"][key]
    merged["theme"] = theme
    extra = dict(merged.get("extra") or {})
    extra["polyfills"] = _union(packaged["extra"]["polyfills"], extra.get("polyfills") or [])
    merged["extra"] = extra
    return merged


def _read_yaml(path: Path) -> dict[str, Any]:
    from mkdocs.utils import yaml_load

    with open(path, "rb") as handle:
        loaded = yaml_load(handle)
    return loaded if isinstance(loaded, dict) else {}


def load(own_yml: Path | None, docs_dir: Path, site_dir: Path, site_name: str, **extra: Any):
    """MkDocs' configuration object for one build (raises MkDocs' own errors).

    `own_yml`: the briefing folder's mkdocs.yml, or None for the packaged one alone.
    Relative paths in it (a theme `custom_dir`) resolve against its own folder.
    """
    from mkdocs.config import load_config

    options = merge(_read_yaml(PACKAGE_MKDOCS_YML), _read_yaml(own_yml) if own_yml else None)
    options.update(
        docs_dir=str(docs_dir.resolve()),
        site_dir=str(site_dir.resolve()),
        site_name=site_name,
        **extra,
    )
    where = own_yml if own_yml is not None else PACKAGE_MKDOCS_YML
    return load_config(io.BytesIO(b"{}"), config_file_path=str(where.resolve()), **options)
