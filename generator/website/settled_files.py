"""MkDocs' file list, gathered and then asked for more cheaply: same files, same order.

Two of MkDocs' file steps cost in proportion to what they look through, every build:
`Files.add_files_from_theme` tests each of the theme's files (Material ships some 14,000,
mostly icons) against a dozen `fnmatch` patterns one at a time, and
`Files.documentation_pages` lists the Markdown pages of the whole site again on each of
its half a dozen calls in a build (a large briefing has 15,000 pages). Here the patterns
are one regular expression of the same `fnmatch` translations, and once the files are
settled (after `on_files` and the navigation), the list of pages is made once and handed
out as a copy.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterable

THEME_PATTERNS = ("locales/*",)
"""What MkDocs 1.6's `add_files_from_theme` leaves out besides its first seven patterns,
the Markdown extensions and the theme's static templates (kept in its order)."""


def theme_patterns(config) -> list[str]:
    """The patterns MkDocs' `add_files_from_theme` tests each theme file against."""
    from mkdocs import utils

    patterns = [".*", "*/.*", "*.py", "*.pyc", "*.html", "*readme*", "mkdocs_theme.yml"]
    patterns.extend(THEME_PATTERNS)
    patterns.extend(f"*{extension}" for extension in utils.markdown_extensions)
    patterns.extend(config.theme.static_templates)
    return patterns


def theme_filter(patterns: Iterable[str]) -> Callable[[str], bool]:
    """True for a theme file none of the `patterns` matches, as `fnmatch.fnmatch` on its
    lower-cased name tests them (`normcase` on both sides, then the same translations)."""
    joined = "|".join(fnmatch.translate(os.path.normcase(p)) for p in patterns)
    matches = re.compile(joined).match

    def keep(name: str) -> bool:
        return matches(os.path.normcase(name.lower())) is None

    return keep


def add_theme_files(files, env, config) -> None:
    """`files.add_files_from_theme(env, config)`, with the patterns tested at once."""
    from mkdocs.structure.files import File

    keep = theme_filter(theme_patterns(config))
    for path in env.list_templates(filter_func=keep):
        if files.get_file_from_path(path) is None:  # theme files never override the docs
            for folder in config.theme.dirs:
                if os.path.isfile(os.path.join(folder, path)):
                    files.append(File(path, folder, config.site_dir, config.use_directory_urls))
                    break


def settle(files) -> None:
    """Make `files.documentation_pages()` (the default inclusion) list the pages once: for
    a file list no step changes any more (plugins known not to add files)."""
    from mkdocs.structure.files import InclusionLevel

    pages = files.documentation_pages()
    everything = files.documentation_pages

    def documentation_pages(*, inclusion=InclusionLevel.is_included):
        if inclusion is InclusionLevel.is_included:
            return list(pages)
        return everything(inclusion=inclusion)

    files.documentation_pages = documentation_pages
