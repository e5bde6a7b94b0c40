"""A stage that raises on one article keeps the article, with a warning saying what is missing."""

from __future__ import annotations

from generator import pipeline
from generator.models import RawArticle

TEXT = (
    "Harbour talks resume in Valletta\n\n"
    "The mayor, Anna Borg, said the talks would go on for a week.\n\n"
    "Negotiators from both towns first met on 3 March 2021 to discuss the harbour fees, "
    "and they will meet again in the spring, officials said."
)


def _raw() -> RawArticle:
    return RawArticle(id="harbour", source="harbour.txt", text=TEXT, format="txt")


def test_a_failing_actor_stage_keeps_the_article_and_says_so(monkeypatch):
    def broken(article):
        raise IndexError("no such group")

    monkeypatch.setattr(pipeline.actor_stage, "extract_actors", broken)
    result = pipeline.analyse_article(_raw(), frozenset(), None)
    assert result.article.paragraphs
    assert result.actors.actors == () and result.actors.article == "harbour"
    assert result.timexes  # the stages that worked keep their results
    assert result.failed == ("actors not extracted: IndexError: no such group",)
    assert result.failed[0] in result.article.warnings


def test_a_failing_timex_stage_leaves_no_events_but_the_actors(monkeypatch):
    whole = pipeline.analyse_article(_raw(), frozenset(), None)
    assert whole.failed == () and whole.clauses

    def broken(article):
        raise KeyError("H")

    monkeypatch.setattr(pipeline.timex_stage, "article_timexes", broken)
    result = pipeline.analyse_article(_raw(), frozenset(), None)
    assert result.failed == ("time expressions not extracted: KeyError: 'H'",)
    assert result.timexes == () and result.clauses == ()
    assert result.actors == whole.actors


def test_failures_still_reach_the_packed_caller(monkeypatch):
    def broken(raw, repeated):
        raise ValueError("bad bytes")

    monkeypatch.setattr(pipeline.clean_stage, "clean", broken)
    outcome = pipeline._analyse_packed((_raw(), frozenset(), None, None))
    assert isinstance(outcome, pipeline.ArticleFailure)
    assert outcome.error == "ValueError: bad bytes"
