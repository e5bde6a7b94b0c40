"""Shared fixtures: a small hand-made Briefing whose every value a test can reason about."""

from pathlib import Path

import pytest
from hypothesis import settings

from generator.models import (
    Actor,
    Article,
    Briefing,
    Event,
    EventSource,
    Mention,
    Paragraph,
    Quote,
    RelatedActor,
    Removal,
)

ROOT = Path(__file__).resolve().parent.parent

# Property tests check behaviour, not speed: no per-example deadline, which a loaded CI
# machine crosses (200 ms by default) on inputs that take 20 ms when it is idle.
settings.register_profile("briefing", deadline=None)
settings.load_profile("briefing")


def build_cli(seeds: Path, *options: str) -> str:
    """`briefing build --seeds SEEDS OPTIONS…` run in this process; fails the test unless it
    exits 0, and returns what it printed."""
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(
        main, ["build", "--seeds", str(seeds), *options], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result.output


def build_docs(seeds: Path, docs: Path, *extra: str) -> None:
    """Only the docs folder of SEEDS, with no history and no site (the render tests' build)."""
    build_cli(seeds, "--docs-dir", str(docs), "--no-site", "--no-history", "--quiet", *extra)


def build_site(seeds: Path, out: Path, *extra: str) -> None:
    """SEEDS built into out/docs and out/site with no history (the website tests' build)."""
    build_cli(
        seeds,
        "--docs-dir",
        str(out / "docs"),
        "--site-dir",
        str(out / "site"),
        "--no-history",
        "--quiet",
        *extra,
    )


def write_corpus(folder: Path, articles: dict[str, str]) -> Path:
    """A seeds folder holding `articles` (file name: text), UTF-8."""
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build_bundled(out: Path, *extra: str) -> None:
    """Build the bundled seeds with the project's briefing.yml into out/docs and out/site."""
    build_cli(
        ROOT / "seeds",
        "--config",
        str(ROOT / "briefing.yml"),
        "--docs-dir",
        str(out / "docs"),
        "--site-dir",
        str(out / "site"),
        "--quiet",
        *extra,
    )


def make_briefing() -> Briefing:
    p1 = "Delegates from Arcadia and Borduria met in Vienna on Monday."
    p2 = "“We will return next week,” said Anna Kovacs, the Arcadian envoy."
    article = Article(
        id="a1",
        source="a1.txt",
        title="Talks open in Vienna",
        subtitle="A first round ends without a deal.",
        authors=("Jane Roe",),
        publication="The Daily",
        published="2019-03-04",
        published_basis="text",
        url="https://daily.example/talks",
        caption=None,
        credit=None,
        paragraphs=(
            Paragraph("p1", p1),
            Paragraph("p2", "Background", kind="subhead"),
            Paragraph("p3", p2),
        ),
        removed=(Removal("Subscribe to our newsletter", "newsletter"),),
    )
    arcadia = Actor(
        id="arcadia",
        name="Arcadia",
        type="state",
        aliases=("Arcadian",),
        role=None,
        mentions=(
            Mention("a1", "p1", 15, 22, "Arcadia", "arcadia"),
            Mention("a1", "p3", 50, 58, "Arcadian", "arcadia"),
        ),
        related=(RelatedActor("anna-kovacs", 1), RelatedActor("borduria", 1)),
        salience=2.0,
    )
    borduria = Actor(
        id="borduria",
        name="Borduria",
        type="state",
        aliases=(),
        role=None,
        mentions=(Mention("a1", "p1", 27, 35, "Borduria", "borduria"),),
        related=(RelatedActor("arcadia", 1),),
        salience=1.0,
    )
    kovacs = Actor(
        id="anna-kovacs",
        name="Anna Kovacs",
        type="person",
        aliases=(),
        role="Arcadian envoy",
        mentions=(Mention("a1", "p3", 33, 44, "Anna Kovacs", "anna-kovacs"),),
        related=(RelatedActor("arcadia", 1),),
        salience=1.5,
    )
    event = Event(
        id="2019-03-04-delegates-met",
        date="2019-03-04",
        precision="day",
        kind="past",
        summary="Delegates from Arcadia and Borduria met in Vienna",
        actors=("arcadia", "borduria"),
        sources=(EventSource("a1", "p1", p1, "on Monday"),),
    )
    return Briefing(
        title="Vienna talks",
        description="A test briefing.",
        articles=(article,),
        actors=(kovacs, arcadia, borduria),
        events=(event,),
        quotes=(Quote("anna-kovacs", "We will return next week,", "a1", "p3"),),
        timexes=(),
    )


@pytest.fixture
def briefing() -> Briefing:
    return make_briefing()


def counted_forks(monkeypatch) -> list[int]:
    """Counts the findings workers the render starts (its fork context's Process): one
    entry a worker."""
    from generator.render import findings_workers

    forked: list[int] = []
    real = findings_workers.fork_context()
    assert real is not None

    class Counted:
        def __getattr__(self, name):
            return getattr(real, name)

        def Process(self, *args, **kwargs):  # noqa: N802 - the context's own name
            forked.append(1)
            return real.Process(*args, **kwargs)

    monkeypatch.setattr(findings_workers, "fork_context", Counted)
    return forked
