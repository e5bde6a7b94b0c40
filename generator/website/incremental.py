"""Incremental site build: MkDocs' own page machinery, run only for the pages that changed.

MkDocs' `build()` renders every page, and its `dirty` mode cannot serve a published site
(it leaves the search index and the tags page with only the rebuilt pages, and logs a
warning that strict mode turns into a failure). So this module runs the same steps as
`mkdocs.commands.build.build` (same plugin events, same order) with one difference: a
page whose Markdown source has the same digest as at the previous build, under the same
configuration and versions, is neither converted nor rendered. Its previous HTML is
hard-linked into the new site (bytes and mtime kept), and what other parts of the site
need from it comes from a record kept beside the site (`.briefing-pages.pickle`): its
search-index entries, its anchors and its links to other pages' anchors, so the search
index and MkDocs' anchor checks stay those of a full build. Its front matter is still
read, so the tags plugin sees every page. A page's HTML depends only on its own source
and the site-wide configuration: the navigation is a fixed list with its own titles
(generator/assets/mkdocs.yml, forced), and pages holding a tags listing are always
rebuilt. Whole-site files (search index, sitemap, 404, theme assets) are written each time.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..run.processes import settled_heap
from . import (
    kept_pages,
    page_markdown,
    page_workers,
    partial_cache,
    search_index,
    settled_files,
)
from .kept_files import plain_file
from .page_records import (  # noqa: F401 - the record's names, as before
    RECORD_FORMAT,
    RECORD_NAME,
    PageRecord,
    dump_records,
    load_records,
    page_meta,
    site_key,
)

LISTING_MARKER = "<!-- material/tags"
"""A page holding a tags listing depends on every page's tags: always rebuilt."""
log = logging.getLogger("mkdocs.briefing.incremental")


@dataclass(frozen=True)
class Result:
    """How many pages were rendered, and how many were kept from the previous site."""

    rendered: int
    kept: int
    search: tuple[search_index.Prepared, ...] | None = None
    """Every page's shares of the prebuilt search index, in the search plugin's order
    (None: the search plugin is not Material's; the index is made from its file)."""


def _digest(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


Digests = Mapping[str, bytes]
"""{source path: SHA-256 of its bytes} of the docs, when the caller knows them (the build
just rendered them): then the sources are not read again for their digests."""


def _source_digest(file, digests: Digests | None) -> str:
    known = digests.get(file.src_uri) if digests is not None else None
    return known.hex() if known is not None else _digest(file.abs_src_path)


def _write_shared(shared: list, write) -> dict:
    """{source path: record} of the (source path, file) pages `write` writes, shared out
    between processes by their sources' size (page_workers)."""
    sizes = [_size(file.abs_src_path) for _uri, file in shared]
    workers = page_workers.worker_count(len(shared), sum(sizes))
    return page_workers.write_shared(shared, write, workers, sizes)


def _size(path: str) -> int:
    """A source's size in bytes, what converting it costs (0 when it cannot be read: its
    conversion reports that)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _lists_tags(path: str) -> bool:
    """Whether a page's source holds a tags listing. Read as bytes: the marker is ASCII,
    which UTF-8 (with any bad bytes replaced) decodes as the same characters."""
    with open(path, "rb") as handle:
        return _LISTING_BYTES in handle.read()


_LISTING_BYTES = LISTING_MARKER.encode("ascii")


def _reusable(
    pages, records: dict[str, PageRecord], previous: Path | None, digests: Digests | None = None
) -> dict[str, str]:
    """{source path: digest} of the `pages` (files) whose previous HTML can be kept as it is:
    a plain file, reached through no link (`kept_files`)."""
    keep = {}
    folders: dict[str, bool] = {}  # the previous site's folders found plain (no link)
    for file in pages:
        record = records.get(file.src_uri)
        if record is None or previous is None or file.abs_src_path is None:
            continue
        if record.digest != _source_digest(file, digests):
            continue
        if record.listing or not plain_file(os.fspath(previous), file.dest_uri, folders):
            continue
        keep[file.src_uri] = record.digest
    return keep


def _read_only(page, config, files) -> bool:
    """Read a kept page's source and front matter (the tags plugin collects them), without
    converting its Markdown. True when the plugins left its Markdown as the file has it."""
    config._current_page = page
    try:
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        source = page.markdown
        page.markdown = config.plugins.on_page_markdown(
            page.markdown, page=page, config=config, files=files
        )
        return page.markdown == source
    finally:
        config._current_page = None


def _kept_meta(page, record: PageRecord, config, files) -> bool:
    """Give a kept page its front matter from its record, without reading its source, as
    `_read_only` would from the file: only under plugins known to read nothing else of an
    unrendered page (`DEFERRING_PLUGINS`) and with a title in the front matter (else its
    title would come from its Markdown). False: nothing done, read it."""
    if record.meta is None or "title" not in record.meta:
        return False
    if not set(config.plugins) <= DEFERRING_PLUGINS:
        return False
    if not _tagged(record.meta, config):
        # What those plugins' events do with a page without tags is nothing (the tags
        # plugin maps a page only by its tags; no listing in an empty text): skipped,
        # for thousands of kept pages. Its front matter is still what its nav item reads.
        page.markdown, page.meta = "", record.meta
        return True
    config._current_page = page
    try:
        page = config.plugins.on_pre_page(page, config=config, files=files)
        # The record's own dict, not a copy: it was just read for this page alone, and
        # those plugins only read a page's front matter.
        page.markdown, page.meta = "", record.meta
        page.markdown = config.plugins.on_page_markdown("", page=page, config=config, files=files)
        return True
    finally:
        config._current_page = None


def _tagged(meta: Mapping, config) -> bool:
    """Whether front matter gives a page tags under any of the tags plugins on (each reads
    its own `tags_name_property`, "tags" by default), as the plugin tests it (a value that
    is empty gives none)."""
    names = {"tags"}
    for name, plugin in config.plugins.items():
        if name in TAGS_PLUGINS:
            names.add(getattr(plugin.config, "tags_name_property", "tags"))
    return any(meta.get(name) for name in names)


def _shelve(page) -> None:
    """Drop a read page's Markdown until it is written (`_convert` reads it again from its
    file): its title is fixed first, as MkDocs works it out from the Markdown. So the
    sources of thousands of pages waiting to be written are never all in memory."""
    page.title = page.title
    page.markdown = ""


def _search_entries(config) -> list | None:
    """The search plugin's list of index entries, where it is Material's (else None: the
    index cannot be completed from records, so every page is rendered)."""
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    index = getattr(plugin, "search_index", None)
    entries = getattr(index, "entries", None)
    return entries if isinstance(entries, list) else None


def _release(page) -> None:
    """Drop a written (or kept) page's Markdown and HTML: what is read of it later is its
    title (fixed here: MkDocs works it out from the Markdown when asked), anchors and
    links. Thousands of pages' sources are then never all in memory."""
    page.title = page.title
    page.markdown = ""
    page.content = None


def _record(page, digest: str, search: list, listing: bool, raw: bool) -> PageRecord:
    """What a written page gives the rest of the site; its search entries themselves only
    when `raw` (a plugin we do not know may read the search plugin's own index)."""
    index = tuple(search_index.prepare(entry) for entry in search)
    links = {
        target.src_uri: dict(sorted(anchors.items()))
        for target, anchors in sorted(
            (page.links_to_anchors or {}).items(), key=lambda item: item[0].src_uri
        )
    }
    anchors = tuple(sorted(page.present_anchor_ids or ()))
    kept = tuple(search) if raw else ()
    return PageRecord(digest, kept, anchors, links, page_meta(page), listing, index)


def _gather(config, templates: Path | None = None):
    """MkDocs' build up to the reading of pages: (config, files, env, nav). `templates`: a
    folder where the theme's compiled templates are kept between builds (sealed files,
    `template_cache`, checked against each template's source by Jinja), or None."""
    from mkdocs.structure.files import get_files, set_exclusions
    from mkdocs.structure.nav import get_navigation

    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    files = get_files(config)
    env = config.theme.get_env()
    if templates is not None:
        from .template_cache import SealedTemplates  # Jinja: imported only for a site

        templates.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = SealedTemplates(templates)
    settled_files.add_theme_files(files, env, config)
    files = config.plugins.on_files(files, config=config)
    set_exclusions(files, config)
    if set(config.plugins) <= DEFERRING_PLUGINS:  # none of them adds files later
        settled_files.settle(files)
    nav = get_navigation(files, config)
    nav = config.plugins.on_nav(nav, config=config, files=files)
    return config, files, env, nav


def _before_pages(config, files, env, nav):
    """MkDocs' build before its pages: the `env` event, the static files and the theme's
    and extra templates (the theme's page-independent partials then cached per folder:
    partial_cache). The environment, as the event left it."""
    from mkdocs.commands.build import _build_extra_template, _build_theme_template

    env = config.plugins.on_env(env, config=config, files=files)
    partial_cache.install(env, nav)
    files.copy_static_files()
    for template in config.theme.static_templates:
        _build_theme_template(template, env, files, config, nav)
    for template in config.extra_templates:
        _build_extra_template(template, files, config, nav)
    return env


def _write_pages(
    config, files, env, nav, keep, records, previous: Path | None, deferred=(), digests=None
):
    """Render the changed pages and keep the others: the new records. A `deferred` page
    is converted from Markdown just before it is written and its HTML dropped after; the
    deferred pages are written by several processes on a large site (page_workers); the
    theme's page-independent partials are rendered once per folder (partial_cache).
    `digests`: the sources' `Digests`, when known."""
    from mkdocs.commands.build import _build_page

    env = _before_pages(config, files, env, nav)
    entries = _search_entries(config)
    doc_files = files.documentation_pages()  # once: each listing looks at every file
    raw = not set(config.plugins) <= DEFERRING_PLUGINS

    def write(file) -> PageRecord:
        """Write one page: its record, its search entries taken back out of the list (the
        list is put together in page order at the end)."""
        page = file.page
        before = len(entries) if entries is not None else 0
        if file.src_uri in deferred:
            _convert(page, config, files)
        _build_page(page, config, doc_files, nav, env)
        if file.src_uri in deferred:
            _release(page)  # written: only its title, anchors and links are read later
        added = entries[before:] if entries is not None else []
        if entries is not None:
            del entries[before:]
        listing = _lists_tags(file.abs_src_path)
        return _record(page, _source_digest(file, digests), added, listing, raw)

    new: dict[str, PageRecord] = {}
    shared, pairs = [], []
    for file in doc_files:
        if file.src_uri in keep and entries is not None and previous is not None:
            pairs.append((os.path.join(previous, file.dest_uri), file.abs_dest_path))
    linking = kept_pages.Linking(pairs)  # apart for many: beside the changed pages' writing
    try:
        for file in doc_files:
            if file.src_uri in keep and entries is not None and previous is not None:
                new[file.src_uri] = records[file.src_uri]
                kept_pages.restore(file.page, new[file.src_uri], files, keep)
                _release(file.page)
            elif file.src_uri in deferred:
                shared.append((file.src_uri, file))
            else:
                new[file.src_uri] = write(file)
        written = _write_shared(shared, write)
    finally:
        linking.wait()
    for uri, file in shared:
        new[uri] = written[uri]
        if file.page.present_anchor_ids is None:  # written by another process
            kept_pages.restore(file.page, new[uri], files)
    if entries is not None and raw:  # else the index is made from the records' shares
        entries.extend(entry for file in doc_files for entry in new[file.src_uri].search)
    for file in doc_files:
        file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
    return new


DEFERRING_PLUGINS = frozenset({"search", "material/search", "tags", "material/tags"})
DEFERRING_PLUGINS |= {"offline", "material/offline"}
"""Plugins known not to read other pages' HTML: with only these, a page can be converted
just before it is written, so the HTML of thousands of pages is never all in memory."""
TAGS_PLUGINS = frozenset({"tags", "material/tags"})


def _deferrable(config, pages, keep) -> frozenset[str]:
    """The rendered pages whose conversion can wait until they are written: none when a
    plugin we do not know is on; never a page holding a tags listing (filled in before any
    page is written, from every page's tags)."""
    if not set(config.plugins) <= DEFERRING_PLUGINS:
        return frozenset()
    deferred = set()
    for file in pages:
        if file.src_uri in keep or file.abs_src_path is None:
            continue
        if not _lists_tags(file.abs_src_path):
            deferred.add(file.src_uri)
    return frozenset(deferred)


def _convert(page, config, files) -> None:
    """The rest of MkDocs' `_populate_page` for a page already read (`_read_only`):
    Markdown to HTML, and the `page_content` event."""
    config._current_page = page
    try:
        if not page.markdown:  # shelved (`_shelve`): read again, as `_read_only` left it
            page.read_source(config)
        page_markdown.render(page, config, files)
        page.content = config.plugins.on_page_content(
            page.content, page=page, config=config, files=files
        )
    finally:
        config._current_page = None


def available() -> bool:
    """Whether this MkDocs still has the build steps this module reuses (they are private:
    a MkDocs that renamed them gets a plain full build instead of a broken one)."""
    try:
        from mkdocs.commands.build import (  # noqa: F401
            _build_extra_template,
            _build_page,
            _build_theme_template,
            _populate_page,
        )
    except ImportError:
        return False
    return True


def _read_pages(pages, keep, deferred, records, config, files) -> None:
    """MkDocs' reading of every page: a kept page given its front matter (from its record
    where it can be), a deferred page read and shelved, any other read and converted."""
    from mkdocs.commands.build import _populate_page
    from mkdocs.structure.pages import Page

    for file in pages:
        if file.page is None:
            Page(None, file, config)
        if file.src_uri in keep and _kept_meta(file.page, records[file.src_uri], config, files):
            continue
        if file.src_uri in keep or file.src_uri in deferred:
            unchanged = _read_only(file.page, config, files)
            if unchanged and file.src_uri in deferred:
                _shelve(file.page)
        else:
            _populate_page(file.page, config, files)


def build(
    config,
    previous: Path | None,
    key: str,
    digests: Digests | None = None,
    templates: Path | None = None,
) -> Result:
    """Build the site into `config.site_dir` (an empty folder), keeping from `previous` (the
    last site, or None) every page whose source is unchanged. Same output as MkDocs'
    `build(config)`, plus the record file. Raises MkDocs' own errors, as `build` does.
    `digests`: the sources' digests when known (`Digests`); `templates`: see `_gather`."""
    from mkdocs import utils
    from mkdocs.exceptions import Abort, BuildError

    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    if config.strict:
        logging.getLogger("mkdocs").addHandler(counter)
    try:
        config, files, env, nav = _gather(config, templates)
        with settled_heap():  # the files, pages and records: no collection walks them again
            records = load_records(previous, key)
            pages = files.documentation_pages()  # once: each listing looks at every file
            keep = _reusable(pages, records, previous, digests)
            searched = _search_entries(config) is not None
            if not searched:
                keep = {}
            deferred = _deferrable(config, pages, keep)
            _read_pages(pages, keep, deferred, records, config, files)
            with settled_heap():
                new = _write_pages(
                    config, files, env, nav, keep, records, previous, deferred, digests
                )
        config.plugins.on_post_build(config=config)
        if counts := counter.get_counts():
            message = ", ".join(f"{v} {k.lower()}s" for k, v in counts)
            raise Abort(f"Aborted with {message} in strict mode!")
        (Path(config.site_dir) / RECORD_NAME).write_bytes(dump_records(new, key))
    except Exception as error:
        config.plugins.on_build_error(error=error)
        if isinstance(error, BuildError):
            raise Abort("Aborted with a BuildError!") from error
        raise
    finally:
        logging.getLogger("mkdocs").removeHandler(counter)
    kept = sum(1 for uri in new if uri in keep)
    return Result(len(new) - kept, kept, _shares(pages, new) if searched else None)


def _shares(pages, records: Mapping[str, PageRecord]) -> tuple[search_index.Prepared, ...]:
    """Every page's shares of the search index, in page order (the search plugin's)."""
    return tuple(share for file in pages for share in records[file.src_uri].index)
