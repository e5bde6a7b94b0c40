"""A page kept from the previous site: its HTML linked in, and what MkDocs' anchor checks
read of it given back from its record.

MkDocs checks, after every page is rendered, each page's links to other pages' anchors
(`Page.validate_anchor_links`, strict: a missing anchor fails the build). A kept page's
anchors come from its record, since rendered pages may link to them. Its own links are
given back only when one of them points to a page that is not kept: links between kept
pages were checked by the previous build, against the same anchors (same sources, same
configuration: the record's site key), and it passed, or it would have written no record.
So a one-page change costs no work per kept page beyond its anchors.
"""

from __future__ import annotations

from collections.abc import Container

from ..run.processes import Forked, ProcessLost, fork_context
from .kept_files import keep_files
from .page_records import PageRecord


def restore(page, record: PageRecord, files, kept: Container[str] = ()) -> None:
    """Give a page that was not rendered here what MkDocs' anchor checks read from a
    rendered one: its anchors, and its links unless every page they point to is in `kept`
    (source paths of the pages kept from the previous site)."""
    page.present_anchor_ids = set(record.anchors)
    if all(uri in kept for uri in record.links):
        return
    page.links_to_anchors = {}
    by_uri = files.src_uris  # what `get_file_from_path` looks up (a record's are normal)
    for uri, anchors in record.links.items():
        target = by_uri.get(uri)
        if target is not None:
            page.links_to_anchors[target] = dict(anchors)


LINK_APART_FROM = 2000
"""From this many kept pages on, they are linked by a forked process while this one
converts the changed pages (about 15 µs of system time a link; a fork costs a few ms)."""


class Linking:
    """Kept pages being linked into the new site, in a forked process for many of them
    (`LINK_APART_FROM`), else here and now. `wait` raises the first failure as OSError."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._process: Forked | None = None
        context = fork_context() if len(pairs) >= LINK_APART_FROM else None
        if context is None:
            keep_files(pairs)
            return
        self._process = Forked(context, keep_files, pairs, lost=LOST)

    def wait(self) -> None:
        """Return once every page is linked."""
        if self._process is None:
            return
        process, self._process = self._process, None
        try:
            process.result()
        except Exception as error:  # noqa: BLE001 - any failure of the process apart
            failure = (
                str(error) if isinstance(error, ProcessLost) else f"{type(error).__name__}: {error}"
            )
            raise OSError(f"could not keep a page of the previous site: {failure}") from None
        finally:
            process.close()


LOST = "the linking process ended without an answer"
