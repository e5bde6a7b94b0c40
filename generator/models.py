"""Plain, frozen data passed between the pipeline's stages.

ingest → RawArticle → clean → Cleaned → metadata → Article → actors → ArticleActors
→ timeline → Timex / Event → link → Briefing → render.

Every stage returns a new object; nothing is filled in later. Offsets are Python
string indexes into the `text` of the paragraph they name.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ActorType:
    """One kind of actor: its key (in spans, pages, tags, exports and the schema), the
    heading of its index section and its singular noun."""

    key: str
    heading: str
    noun: str


ACTOR_TYPE_TABLE = (
    ActorType("person", "People", "person"),
    ActorType("state", "States and governments", "state"),
    ActorType(
        "intergovernmental-org", "Intergovernmental organisations", "intergovernmental organisation"
    ),
    ActorType("armed-group", "Armed groups", "armed group"),
    ActorType("political-group", "Political groups and delegations", "political group"),
    ActorType("organisation", "Organisations", "organisation"),
    ActorType("media", "Media", "media"),
)
"""The one table of actor types: recognition, resolution, rendering, tags, exports and the
schema's enum all read it (a test fails if a type key is written anywhere else)."""
ACTOR_TYPES = tuple(t.key for t in ACTOR_TYPE_TABLE)
PERSON, STATE, INTERGOVERNMENTAL_ORG, ARMED_GROUP, POLITICAL_GROUP, ORGANISATION, MEDIA = (
    ACTOR_TYPES
)
GROUP_TYPES = frozenset({ORGANISATION, POLITICAL_GROUP, INTERGOVERNMENTAL_ORG, ARMED_GROUP})
"""The organised groups: neither a person, a state nor a medium (a state's name may
open one's name: "Russian-backed militia", "U.S. State Department")."""

EVENT_KINDS = ("past", "scheduled", "projected")
PRECISIONS = ("day", "month", "year")
PUBLISHED_BASES = ("text", "metadata", "config", "inferred")


@dataclass(frozen=True)
class RawArticle:
    """One input file, decoded, before any cleaning."""

    id: str
    """The input file's stem, e.g. `000_0da71fee4386b36a`."""
    source: str
    """Path relative to the seeds folder, `/`-separated."""
    text: str
    """Decoded text with `\\n` newlines (HTML source for `format == "html"`)."""
    format: str
    """`"text"`, `"markdown"` or `"html"`."""
    encoding: str = "utf-8"
    """The encoding the bytes were decoded with."""
    warnings: tuple[str, ...] = ()
    """Problems noticed while reading (e.g. a guessed encoding)."""


@dataclass(frozen=True)
class Link:
    """A real link kept from the source: `text[start:end]` pointed at `href`."""

    start: int
    end: int
    href: str


@dataclass(frozen=True)
class Paragraph:
    """One block of the article's own text."""

    id: str
    """Stable anchor: `p1`, `p2`, … in reading order."""
    text: str
    """Plain text, no markup. List items are separated by `\\n`."""
    kind: str = "body"
    """`"body"` or `"subhead"`."""
    is_list: bool = False
    """True when `text` holds list items, one per line."""
    links: tuple[Link, ...] = ()
    """Real links (http, https, mailto) kept from the source."""


@dataclass(frozen=True)
class Removal:
    """A block taken out of the article, kept for the audit trail."""

    text: str
    reason: str
    """Why it went: `cookie banner`, `newsletter`, `duplicate of p9`, `byline`, …"""


@dataclass(frozen=True)
class HtmlMetadata:
    """What a saved web page says about itself (title, author, date, site, URL)."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    """trafilatura's reading of the day, asked for only where `library_date` is missing, the
    one place it is read (`generator.clean.html_trafdate`)."""
    sitename: str | None = None
    url: str | None = None
    description: str | None = None
    titles: tuple[tuple[str, str], ...] = ()
    """Every title the page declares, (source, text): see `generator.clean.html_titles`."""
    declared_date: str | None = None
    """The publication day its structured metadata states: see `generator.clean.html_dates`."""
    strict_date: str | None = None
    """htmldate's day from the page's markup alone: see `generator.clean.html_dates`."""
    library_date: str | None = None
    """htmldate's day as the library alone reads the page: see `generator.clean.html_dates`."""
    local_date: str | None = None
    """The declared UTC time's day in the page's own zone: see `generator.clean.html_local_day`."""
    locale: str | None = None
    """The locale the page declares (og:locale, html lang): see `generator.clean.html_dates`."""
    dated_lines: tuple[str, ...] = ()
    """The page's short printed lines that hold a year: see `generator.clean.html_dates`."""
    declared_authors: tuple[str, ...] = ()
    """The authors its JSON-LD names: see `generator.clean.html_jsonld`."""


@dataclass(frozen=True)
class Cleaned:
    """An article's blocks after furniture removal and repair, before metadata.

    `blocks` still holds the header lines (title, dek, byline, dateline, caption):
    the metadata stage reads and takes them.
    """

    raw: RawArticle
    blocks: tuple[Paragraph, ...]
    """Kept blocks in reading order; ids are provisional (`b1`, `b2`, …)."""
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()
    url: str | None = None
    """An original URL found in the text (e.g. an "Original url:" trailer)."""
    html: HtmlMetadata | None = None
    """Page metadata when the input was HTML."""
    language: str | None = None
    """ISO 639-1 code of the article's language (None: no words to tell)."""


@dataclass(frozen=True)
class DateEvidence:
    """One clue an inferred publication date rests on, as a person checks it."""

    paragraph: str
    """Paragraph id, `title`, `subtitle` or `caption`."""
    text: str
    """The expression or phrase in the text."""
    reading: str
    """What it says about the date ("past: on or after 2017-01-01")."""
    earliest: str | None
    """First day it allows (in the year nearest the estimate), None: no bound."""
    latest: str | None
    weight: float
    agrees: bool
    """True when the estimate lies in what it allows."""


WeighedDays = tuple[tuple[str, float], ...]
"""(`YYYY-MM-DD`, likelihood) of an inferred window's candidate days, in calendar order,
summing to 1 (`dating.likeliest.weighed_days`)."""


@dataclass(frozen=True)
class Article:
    """A clean article with its metadata: what every later stage reads."""

    id: str
    source: str
    title: str
    subtitle: str | None
    authors: tuple[str, ...]
    publication: str | None
    published: str | None
    """`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or None."""
    published_basis: str | None
    """`text`, `metadata`, `config`, `inferred` or None."""
    url: str | None
    caption: str | None
    credit: str | None
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str | None = None
    """ISO 639-1 code of the article's language (None: no words to tell)."""
    published_window: tuple[str, str] | None = None
    """First and last day an inferred date may be (`published_basis == "inferred"`)."""
    published_evidence: tuple[DateEvidence, ...] = ()
    """The clues an inferred date rests on, in reading order."""
    published_days: WeighedDays = ()
    """An inferred window's candidate days with their likelihood (empty: all alike)."""

    def paragraph(self, paragraph_id: str) -> Paragraph | None:
        """The paragraph with this id, or None."""
        for paragraph in self.paragraphs:
            if paragraph.id == paragraph_id:
                return paragraph
        return None

    def subtitle_apart(self) -> str | None:
        """The subtitle when the body does not open with it (a saved page keeps its dek as
        the first paragraph too), so that a page or a count shows it once; else None."""
        first = self.paragraphs[0].text.strip() if self.paragraphs else None
        return None if self.subtitle and self.subtitle.strip() == first else self.subtitle


@dataclass(frozen=True)
class Mention:
    """A stretch of an article's text that names an actor."""

    article: str
    paragraph: str
    """Paragraph id, or `"title"` for the article's title."""
    start: int
    end: int
    text: str
    actor: str
    """Actor id: article-local key from `actors.extract_actors`, global id after linking."""


@dataclass(frozen=True)
class LocalActor:
    """An actor as one article knows it, before cross-corpus resolution."""

    key: str
    """Unique within the article."""
    name: str
    """The fullest name the article uses."""
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    """Titles and appositives from the text ("UN Special Envoy for Syria")."""
    affiliations: tuple[str, ...] = ()
    """Keys of actors this one belongs to (person → organisation/state)."""
    description: str | None = None
    """The first descriptive mention, one line."""
    venue_only: bool = False
    """Every mention only says where something happens ("talks in X") or where someone is
    from: a place here, not a party. A state that is nothing else in an article is no actor
    of it (`actors.local`), so no state listed carries it."""
    part_of: str | None = None
    """For an organ or delegation: the collective key ("syria/government") or the state's
    canonical name ("Syria") of what it belongs to; resolved to an actor id corpus-wide."""
    collective: str | None = None
    """For a collective actor: its key, "<state>/<head>" ("syria/air force"); a bare
    description not yet resolved has no state ("/opposition")."""
    not_names: tuple[str, ...] = ()
    """Texts of its mentions that do not name it, so never its aliases: "Cairo" in "the
    Cairo and Riyadh groups" is the Cairo group's mention, and the city's name."""


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who said it."""

    speaker: str | None
    """Actor id (local key before linking), or None when unattributed."""
    text: str
    article: str
    paragraph: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class ArticleActors:
    """The actors stage's output for one article."""

    article: str
    actors: tuple[LocalActor, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...] = ()
    together: tuple[tuple[str, ...], ...] | None = None
    """The local keys named together: each paragraph's, then each sentence's, that name two
    keys or more (`cooccurrence.named_together`), worked out with the article so that the
    corpus's co-occurrence only counts them; None: not worked out (counted from mentions)."""
    digest: bytes = field(default=b"", init=False, repr=False, compare=False)
    """A digest of the fields above, worked out when made (a copy made by `replace` gets
    its own): the link step tells the articles whose actors are as in the last build by
    it (`actors.resolve_added`) without pickling them all again."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "digest", self.made_digest())

    def made_digest(self) -> bytes:
        """The fields pickled without the pickler's memo (equal values, equal bytes)."""
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = True
        pickler.dump((self.article, self.actors, self.mentions, self.quotes, self.together))
        return hashlib.blake2b(buffer.getvalue(), digest_size=16).digest()


@dataclass(frozen=True)
class Timex:
    """A temporal expression normalised to a TimeML value."""

    article: str
    paragraph: str
    start: int
    end: int
    text: str
    value: str
    type: str
    """`DATE`, `TIME`, `DURATION` or `SET`."""
    mod: str | None = None


@dataclass(frozen=True)
class EventSource:
    """Where an event is reported: the sentence and the time expression used."""

    article: str
    paragraph: str
    text: str
    expression: str
    date_inferred: bool = False
    """True when the expression's date rests on the article's inferred publication date."""
    evidence: tuple[float, ...] = field(default=(), compare=False)
    """What this report's words and place say of the event's importance
    (`events.importance.REPORT`), worked out with the article's events; empty when not.
    Derived from the other fields and the article, so no part of a report's identity
    (equality and hashing leave it out)."""


@dataclass(frozen=True)
class Event:
    """Something that happened, is scheduled or is projected at a resolvable time."""

    id: str
    date: str
    precision: str
    kind: str
    summary: str
    actors: tuple[str, ...]
    sources: tuple[EventSource, ...]
    place: str | None = None


@dataclass(frozen=True)
class RelatedActor:
    actor: str
    weight: int


@dataclass(frozen=True)
class Actor:
    """An actor across the whole corpus."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    role: str | None
    mentions: tuple[Mention, ...]
    related: tuple[RelatedActor, ...] = ()
    roles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    """Actor ids this actor belongs to."""
    description: str | None = None
    salience: float = 0.0
    part_of: str | None = None
    """Actor id of the state or collective this organ or delegation belongs to."""

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles that mention this actor, sorted."""
        return tuple(sorted({m.article for m in self.mentions}))


@dataclass(frozen=True)
class Briefing:
    """Everything the renderer needs, complete before anything is written."""

    title: str
    description: str | None
    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    timexes: tuple[Timex, ...]
    problems: tuple[str, ...] = field(default=())
    """Things a person should look at (undated articles, ambiguous names)."""
