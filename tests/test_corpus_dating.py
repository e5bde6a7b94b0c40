"""Dating an undated article by the dated articles alike it (generator/dating/corpus.py)."""

import datetime as dt
import gc
import json
from pathlib import Path

import jsonschema

from generator import pipeline
from generator.cache import ArticleCache
from generator.dating.corpus import CORPUS, CorpusWeights, Neighbour, infer_corpus, infer_near
from generator.dating.similarity import profiles, shared_words, similarity
from generator.link import article_problems
from generator.models import Article, Paragraph, RawArticle
from generator.render.article_pages import article_page
from generator.render.export import briefing_data
from generator.render.plan import site_paths
from generator.settings.config import Config

SCHEMA = Path(__file__).resolve().parents[1] / "generator" / "schema" / "briefing.schema.json"

FERRY_1 = (
    "Valdoria and Kesmet open ferry talks\n\n10 March 2021\n\n"
    "Negotiators from Valdoria and Kesmet met in Brisk Harbour to settle the ferry tariff "
    "dispute. Orlan Pike, the Valdorian envoy, said the tariff had doubled since autumn.\n\n"
    "Kesmet's delegation asked for a ferry quota, and Pike called the quota unworkable."
)
FERRY_2 = (
    "Ferry talks in Brisk Harbour stall\n\n12 March 2021\n\n"
    "The Valdoria-Kesmet ferry talks stalled on the tariff question, Orlan Pike said. "
    "The Kesmet delegation walked out of Brisk Harbour.\n\n"
    "Ferry operators in Valdoria fear the quota will ruin them."
)
FERRY_UNDATED = (
    "Ferry envoy Pike warns Kesmet\n\n"
    "On Monday Orlan Pike told the Kesmet delegation in Brisk Harbour that Valdoria would not "
    "accept a ferry quota. The tariff dispute has idled the ferry fleet for weeks.\n\n"
    "Valdoria's ferry operators back their envoy, Pike said."
)
UNRELATED = (
    "Lunsford bakers crowned\n\n"
    "A sourdough loaf with fennel won the county baking contest in Lunsford, where judges "
    "tasted two hundred cakes, pies and breads.\n\n"
    "The winning baker plans to open a bakery near the cathedral next spring."
)


def _results(texts: dict[str, str]) -> list[pipeline.ArticleResult]:
    raws = [RawArticle(name, f"{name}.txt", text, "txt") for name, text in texts.items()]
    return [pipeline.analyse_article(raw, frozenset(), None) for raw in raws]


def _article(name: str, text: str) -> Article:
    paragraphs = tuple(Paragraph(f"p{i}", t) for i, t in enumerate(text.split("\n\n"), 1))
    return Article(
        name, f"{name}.txt", "", None, (), None, None, None, None, None, None, paragraphs
    )


def test_an_undated_article_is_dated_near_the_dated_articles_that_share_its_names():
    results = _results({"ferry-1": FERRY_1, "ferry-2": FERRY_2, "ferry-3": FERRY_UNDATED})
    assert results[2].article.published is None  # its own text names no year
    dated = pipeline.with_corpus_dates(results)
    article = dated[2].article
    assert article.published_basis == "inferred"
    lo, hi = (dt.date.fromisoformat(d) for d in article.published_window)
    assert lo <= dt.date(2021, 3, 11) <= hi
    assert (hi - lo).days + 1 <= CorpusWeights().max_days
    assert any("clues in the text and the corpus" in w for w in article.warnings)
    assert dated[:2] == results[:2]  # the dated ones are left as they were


def test_the_trail_names_the_neighbours_and_the_words_they_share():
    results = pipeline.with_corpus_dates(
        _results({"ferry-1": FERRY_1, "ferry-2": FERRY_2, "ferry-3": FERRY_UNDATED})
    )
    near = [e for e in results[2].article.published_evidence if e.paragraph == CORPUS]
    assert {e.text for e in near} == {"ferry-1.txt", "ferry-2.txt"}
    (first,) = [e for e in near if e.text == "ferry-1.txt"]
    assert first.reading.startswith("published near ferry-1.txt (2021-03-10), which shares: ")
    assert "Pike" in first.reading and "Kesmet" in first.reading
    (line,) = [p for p in article_problems([r.article for r in results]) if "ferry-3" in p]
    assert "is inferred, not stated" in line


def test_the_export_and_the_article_page_show_the_neighbours():
    raws = {"ferry-1": FERRY_1, "ferry-2": FERRY_2, "ferry-3": FERRY_UNDATED}
    briefing = pipeline.build_briefing(_results(raws), Config())
    paths = site_paths(briefing)
    data = briefing_data(briefing, paths)
    jsonschema.validate(data, json.loads(SCHEMA.read_text("utf-8")))
    (exported,) = [a for a in data["articles"] if a["id"] == "ferry-3"]
    assert exported["published_basis"] == "inferred"
    near = [e for e in exported["published_evidence"] if e["paragraph"] == CORPUS]
    assert sorted(e["text"] for e in near) == ["ferry-1.txt", "ferry-2.txt"]
    article = next(a for a in briefing.articles if a.id == "ferry-3")
    page = article_page(article, briefing, paths, [])
    assert "published near ferry-2.txt (2021-03-12), which shares:" in page


def test_the_relative_dates_of_a_corpus_dated_article_are_read_against_its_window():
    before = _results({"ferry-1": FERRY_1, "ferry-2": FERRY_2, "ferry-3": FERRY_UNDATED})
    (monday,) = [t for t in before[2].timexes if t.text == "Monday"]
    assert monday.value.startswith("XXXX")
    after = pipeline.with_corpus_dates(before)
    (monday,) = [t for t in after[2].timexes if t.text == "Monday"]
    assert monday.value.startswith("2021")
    sources = [s for c in after[2].clauses for s in c.event.sources]
    assert sources and all(s.date_inferred for s in sources if s.expression == "Monday")


def test_an_unrelated_undated_article_stays_undated():
    results = _results({"ferry-1": FERRY_1, "ferry-2": FERRY_2, "bakers": UNRELATED})
    dated = pipeline.with_corpus_dates(results)
    assert dated[2].article.published is None
    assert dated == results


def test_two_stories_far_apart_and_no_clue_to_choose_abstain():
    article = _article("x", "Pike met the Kesmet delegation.")
    found = [
        Neighbour("a.txt", dt.date(2021, 3, 10), 0.5, ("Pike",)),
        Neighbour("b.txt", dt.date(2021, 9, 10), 0.5, ("Kesmet",)),
    ]
    assert infer_near(article, (), found) is None
    assert infer_near(article, (), found[:1]) is not None


def test_similarity_is_high_for_one_story_and_low_for_unrelated_texts():
    every = profiles(
        [_article(n, t) for n, t in (("a", FERRY_1), ("b", FERRY_2), ("c", UNRELATED))]
    )
    assert similarity(every[0], every[1]) > 3 * similarity(every[0], every[2])
    assert {"Pike", "Kesmet"} <= set(shared_words(every[0], every[1], 8))


def test_only_articles_without_a_date_are_dated_and_never_by_an_inferred_one():
    ferry = _article("u", FERRY_UNDATED)
    inferred = Article(
        **{**_article("i", FERRY_1).__dict__, "published": "2021-03-10"},
    )
    inferred = Article(
        **{**inferred.__dict__, "published_basis": "inferred"},
    )
    assert infer_corpus([(ferry, ()), (inferred, ())]) == [None, None]


def test_the_cached_result_stays_per_article(tmp_path):
    texts = {"ferry-1": FERRY_1, "ferry-2": FERRY_2, "ferry-3": FERRY_UNDATED}
    raws = [RawArticle(name, f"{name}.txt", text, "txt") for name, text in texts.items()]
    cache = ArticleCache(tmp_path / "cache")
    first = pipeline.analyse_all(raws, Config(), jobs=1, cache=cache)
    briefing = pipeline.build_briefing(first, Config())
    assert {a.id: a.published_basis for a in briefing.articles}["ferry-3"] == "inferred"
    again = pipeline.analyse_all(raws, Config(), jobs=1, cache=cache)
    assert again[2].article.published is None  # what the cache holds: the text alone
    assert again == first
    # alone, the same article (same cache entry) stays undated
    alone = pipeline.analyse_all(raws[2:], Config(), jobs=1, cache=cache)
    assert alone[0] == first[2]
    assert pipeline.build_briefing(alone, Config()).articles[0].published is None


def test_when_corpus_dating_raises_the_undated_article_stays_undated_and_says_why(monkeypatch):
    results = _results({"ferry-1": FERRY_1, "ferry-3": FERRY_UNDATED})

    def broken(_corpus, **_memos):
        raise ValueError("bad profile")

    monkeypatch.setattr(pipeline, "infer_corpus", broken)
    dated = pipeline.with_corpus_dates(results)
    assert dated[0] == results[0]
    assert dated[1].article.published is None
    assert "corpus dating not extracted: ValueError: bad profile" in dated[1].article.warnings


def test_the_corpus_dating_runs_with_the_collector_paused_like_the_rest_of_the_link_step(
    monkeypatch,
):
    """Full collections walked the whole corpus's objects while its articles were dated."""
    results = _results({"ferry-1": FERRY_1, "ferry-3": FERRY_UNDATED})
    seen = []

    def watched(corpus, **memos):
        seen.append(gc.isenabled())
        return [None] * len(corpus)

    monkeypatch.setattr(pipeline, "infer_corpus", watched)
    assert gc.isenabled()
    pipeline.build_briefing(results, Config())
    assert seen == [False]
    assert gc.isenabled()
