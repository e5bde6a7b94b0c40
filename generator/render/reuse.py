"""Incremental render: a page is rendered again only when something it shows has changed.

Adding one article to a large briefing changes a few dozen pages, yet rendering every
article and actor page takes most of the render step. So each article page, and each
actor's page with its continuation pages, is a *unit* with a *key*: a digest of everything
its render reads — the object itself, its entries in the site plan, and of every other
object only what the page shows of it (an actor linked from an article shows its name and
its path; an article quoted on an actor's page, all of it). The keys of the last render
are kept in the cache folder with a digest of each page's text (render/record.py). A unit
whose key is unchanged, and whose pages on disk still have those digests (known without
reading them while their stat signatures are those recorded), is linked from disk instead
of rendered; the output is the same bytes as a full render. The indexes, the timeline, the
overview and the exports are rendered every time (they change with any article).

The keys must follow what `article_page` and `actor_pages` read: a renderer that starts to
read something new must add it here (tests/test_render_reuse.py compares an incremental
render with a full one, article by article added, changed and removed).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..cache import generator_digest
from ..models import Actor, Article, Briefing, Event
from ..run.canonical import row, rows
from ..run.kept import canonical_pickle
from ..website.kept_files import keep_files, plain_folder
from .briefing_lines import line_keys
from .listing import TAG_PAGES_UP_TO, search_exclusion
from .paths import SitePaths
from .record import RENDER_RECORD as RENDER_RECORD
from .record import Signature, Unit, signature
from .record import load as load
from .record import save as save


def article_unit(article_id: str) -> str:
    return f"article\0{article_id}"


def actor_unit(actor_id: str) -> str:
    return f"actor\0{actor_id}"


def _digest(*parts: object) -> str:
    """A digest of the parts' values: pickled without memo (`canonical_pickle`), which is
    complete like their repr and a third of its time for thousands of actors."""
    return hashlib.sha256(canonical_pickle(parts)).hexdigest()


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _site_wide(briefing: Briefing) -> str:
    """What every page depends on beyond its own objects: the generator's code and the
    size thresholds that decide tags and search exclusion."""
    count = len(briefing.articles)
    return _digest(generator_digest(), count > TAG_PAGES_UP_TO, search_exclusion(count))


@dataclass(frozen=True)
class _Shown:
    """What a page shows of the objects it links to, worked out once for every page."""

    actors: dict[str, tuple[str | None, str | None]]
    """actor id → (name, page): a link to an actor shows its name and goes to its page."""
    articles: dict[str, tuple[str, str | None]]
    """article id → (digest of the whole article, page): actor pages quote articles."""
    events: dict[str, str]
    """event id → digest of the event and of the timeline page it is on."""


def shown_objects(briefing: Briefing, paths: SitePaths) -> _Shown:
    """What pages show of each actor, article and event (`_Shown`)."""
    actors = {a.id: (a.name, paths.actors.get(a.id)) for a in briefing.actors}
    articles = {
        a.id: (_digest(_article_row(a)), paths.articles.get(a.id)) for a in briefing.articles
    }
    events = {e.id: _digest(e, paths.events.get(e.id, "")) for e in briefing.events}
    return _Shown(actors, articles, events)


def _article_row(article: Article) -> tuple[str, tuple[object, ...]]:
    """The article whole, its records' tuples as `canonical.rows` gives them: pickled,
    a dataclass spells its field names again for every paragraph (0.12 against 0.07 CPU s
    for 2,600 articles)."""
    return row(
        article,
        paragraphs=rows(article.paragraphs),
        removed=rows(article.removed),
        published_evidence=rows(article.published_evidence),
    )


def article_key(site: str, article: Article, paths: SitePaths, events, shown: _Shown) -> str:
    """Everything `article_page` reads for this article."""
    mentions = paths.mentions_by_article.get(article.id, [])
    actors = sorted({m.actor for m in mentions})
    return _digest(
        site,
        shown.articles.get(article.id),
        rows(mentions),
        [(a, shown.actors.get(a)) for a in actors],
        [shown.events.get(e.id) or _digest(e) for e in events],
    )


def actor_key(site: str, actor: Actor, paths: SitePaths, events, shown: _Shown) -> str:
    """Everything `actor_pages` reads for this actor (not its salience, which only orders
    the lists of actors, and moves for many actors whenever the busiest one changes)."""
    quotes = paths.quotes_by_speaker.get(actor.id, [])
    parts = paths.parts_of.get(actor.id, [])
    linked = {actor.id, *actor.affiliations, *parts, *(r.actor for r in actor.related)}
    if actor.part_of:
        linked.add(actor.part_of)
    articles = {m.article for m in actor.mentions} | {q.article for q in quotes}
    return _digest(
        site,
        row(actor, salience=0.0, mentions=rows(actor.mentions), related=rows(actor.related)),
        paths.actors.get(actor.id),
        rows(quotes),
        parts,
        [shown.events.get(e.id) or _digest(e) for e in events],
        [(a, shown.actors.get(a)) for a in sorted(linked)],
        [(a, shown.articles.get(a)) for a in sorted(articles)],
    )


def unit_keys(
    briefing: Briefing,
    paths: SitePaths,
    events_by_article: Mapping[str, list[Event]],
    events_by_actor: Mapping[str, list[Event]],
    shown: _Shown | None = None,
) -> dict[str, str]:
    """Every unit's key, for this briefing and site plan (`shown`: its `shown_objects`,
    when made already)."""
    site = _site_wide(briefing)
    shown = shown or shown_objects(briefing, paths)
    keys = {
        article_unit(a.id): article_key(site, a, paths, events_by_article.get(a.id, []), shown)
        for a in briefing.articles
    }
    for actor in briefing.actors:
        keys[actor_unit(actor.id)] = actor_key(
            site, actor, paths, events_by_actor.get(actor.id, []), shown
        )
    return keys


def unit_pages(
    briefing: Briefing, paths: SitePaths, files: Mapping[str, str]
) -> dict[str, list[str]]:
    """The pages each unit wrote among `files`: an article's page; an actor's page and its
    continuation pages (`actors/<slug>/more-pN.md`)."""
    pages = {article_unit(a.id): [paths.articles[a.id]] for a in briefing.articles}
    continued: dict[str, list[str]] = {}
    for name in files:
        folder, _, leaf = name.rpartition("/")
        if folder.startswith("actors/") and leaf.startswith("more"):
            continued.setdefault(folder + ".md", []).append(name)
    for actor in briefing.actors:
        main = paths.actors[actor.id]
        pages[actor_unit(actor.id)] = [main, *sorted(continued.get(main, []))]
    return pages


def _read(path: str | Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)  # a link is no page the render wrote
    except OSError:
        return None
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks)


def _bytes_digest(path: str | Path) -> str | None:
    """The digest of a page's bytes: its text's `text_digest` when it is UTF-8 (a page that
    is not matches no text's digest)."""
    data = _read(path)
    return None if data is None else hashlib.sha256(data).hexdigest()


def kept_pages(
    keys: Mapping[str, str], previous: Mapping[str, Unit], docs_dir: Path
) -> tuple[dict[str, dict[str, str]], dict[str, Signature]]:
    """({unit: {page: text digest}} of the units whose key is unchanged and whose pages in
    `docs_dir` are still exactly those the last render wrote (else they are rendered), and
    the stat signatures of those of their pages whose signature is still the recorded one).
    A page whose stat signature is the recorded one is not read (render/record.py); the
    others are read one at a time and not kept: they are linked, not rewritten."""
    kept: dict[str, dict[str, str]] = {}
    signed: dict[str, Signature] = {}
    folder = os.fspath(docs_dir)  # joined as strings: a Path per page cost more than its stat
    folders: dict[str, bool] = {}
    for name, key in keys.items():
        unit = previous.get(name)
        if unit is None or unit.key != key or not unit.pages:
            continue
        same = {}
        for page, digest in unit.pages.items():
            was = unit.signatures.get(page)
            found = _unchanged(folder, page, digest, was, folders)
            if not found:
                break
            if found == SIGNED and was is not None:
                same[page] = was
        else:
            kept[name] = dict(unit.pages)
            signed.update(same)
    return kept, signed


@dataclass(frozen=True)
class Kept:
    """What a render keeps from the last one, and the keys it records for the next."""

    keys: dict[str, str] = field(default_factory=dict)
    """Every unit's key."""
    pages: dict[str, dict[str, str]] = field(default_factory=dict)
    """The pages (with their digests) of the units that can be kept (`kept_pages`)."""
    signed: dict[str, Signature] = field(default_factory=dict)
    """Those pages' stat signatures found unchanged."""
    line_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """briefing.json's line keys (render/briefing_lines.py)."""


def kept_units(
    briefing: Briefing,
    paths: SitePaths,
    events_by_article: Mapping[str, list[Event]],
    events_by_actor: Mapping[str, list[Event]],
    previous: Mapping[str, Unit] | None,
    docs_dir: Path | None,
) -> Kept:
    """The units' keys and what can be kept of the last render (`previous`, none: nothing
    is kept or recorded) in `docs_dir`."""
    if previous is None:
        return Kept()
    shown = shown_objects(briefing, paths)
    keys = unit_keys(briefing, paths, events_by_article, events_by_actor, shown)
    actor_keys = {a.id: keys[actor_unit(a.id)] for a in briefing.actors}
    lines_keyed = line_keys(briefing, shown.articles, actor_keys)
    if docs_dir is None:
        return Kept(keys, line_keys=lines_keyed)
    return Kept(keys, *kept_pages(keys, previous, docs_dir), lines_keyed)


SIGNED, READ = "signed", "read"


def _unchanged(
    folder: str, page: str, digest: str, signed: Signature | None, folders: dict[str, bool]
) -> str:
    """SIGNED when the page's stat signature is the one the record took (render/record.py):
    it is still the page whose text has `digest`; else READ when its bytes, read and
    digested, still have that digest; "" when they do not, it is gone, or it or a folder
    on its way is a link (`kept_files.plain_file`: a link is never kept)."""
    path = os.path.join(folder, page)
    if not plain_folder(folder, page.rpartition("/")[0], folders):
        return ""  # the page itself: `signature` and `_read` never follow a link
    if signed is not None and signature(path) == signed:
        return SIGNED
    return READ if _bytes_digest(path) == digest else ""


def read_kept(digests: Mapping[str, str], docs_dir: Path) -> dict[str, str]:
    """The texts of kept pages ({page: digest} from `kept_pages`), for a render that returns
    texts. A page changed since it was checked (by hand, meanwhile) raises ValueError."""
    texts = {}
    for page, digest in digests.items():
        data = _read(docs_dir / page)
        if data is None or hashlib.sha256(data).hexdigest() != digest:
            raise ValueError(f"{docs_dir / page}: changed while the docs were rendered")
        texts[page] = data.decode("utf-8")
    return texts


def link_pages(pages: Iterable[str], source: Path, target: Path) -> None:
    """Put kept pages into the staged docs folder as hard links to the live ones (same
    bytes, same inode and mtime: nothing rewritten), else as copies."""
    keep_files((os.path.join(source, page), os.path.join(target, page)) for page in pages)
