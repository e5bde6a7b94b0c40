"""Warming before the extraction pool forks: what is loaded, for which formats, and when."""

import json
import subprocess
import sys

from generator import pipeline
from generator.ingest import read_seeds
from generator.run import warm as warming
from generator.run.text_blocks import BlockMemo
from generator.settings.config import Config

from ..conftest import ROOT

_PROBE = """
import json
from dateparser.languages.loader import default_loader
from generator.actors import language_words
from generator.actors.ner_features import city_sizes
from generator.actors.vocabulary import common_words
from generator.clean import profiles
from generator.run.warm import warm
import py3langid.langid
import sys
def state():
    return {
        "html path": "generator.clean.from_html" in sys.modules,
        "locales": len(default_loader._loaded_locales),
        "spelling": common_words.cache_info().currsize,
        "cities": city_sizes.cache_info().currsize,
        "language model": py3langid.langid.IDENTIFIER is not None,
        "stop words": profiles._word_languages.cache_info().currsize,
        "first names": language_words._name_frequencies.cache_info().currsize,
        "english words": language_words._zipf.cache_info().currsize > 0,
    }
before = state()
texts = warm({"text"})
after_texts = state()
pages = warm({"html"})
print(json.dumps([before, texts, after_texts, pages, state()]))
"""


def test_a_corpus_of_texts_loads_its_tables_but_not_dateparser_which_pages_load_whole():
    """Nor the HTML path or the language model: pages load them (texts, see the next test)."""
    # a fresh interpreter: this test process may have loaded any of them already
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    before, texts, after_texts, pages, after_pages = json.loads(out.stdout)
    assert before == {
        "html path": False,
        "locales": 0,
        "spelling": 0,
        "cities": 0,
        "language model": False,
        "stop words": 0,
        "first names": 0,
        "english words": False,
    }
    assert texts == [] and pages == []
    assert after_texts == {
        "html path": False,
        "locales": 0,
        "spelling": 1,
        "cities": 1,
        "language model": False,
        "stop words": 1,
        "first names": 1,
        "english words": True,
    }
    assert after_pages["locales"] > 100  # every locale dateparser knows, not just English
    assert after_pages["html path"] and after_pages["language model"]


_MODEL_PROBE = """
import json, sys
import py3langid.langid
from generator import pipeline
from generator.models import RawArticle
from generator.settings.config import Config
at_fork = []
class Pool(pipeline.ProcessPoolExecutor):
    def __init__(self, *args, **kwargs):
        at_fork.append(py3langid.langid.IDENTIFIER is not None)
        super().__init__(*args, **kwargs)
pipeline.ProcessPoolExecutor = Pool
pipeline.PARALLEL_FROM = 2
english = "Harbour reopens\\n\\nThe old quay reopened on Monday after the storm, and the ferry is back."
other = "Zqwx vrblk\\n\\nTsnn plork gwyth zmbri qworl fnax drubb slemp ytter gnoff."
texts = [f"{english} {i}" for i in range(3)] + ([other] if sys.argv[1] == "other" else [])
raws = [RawArticle(f"a{i}", f"a{i}.txt", t, "text") for i, t in enumerate(texts)]
pipeline.analyse_all(raws, Config(), jobs=2)
print(json.dumps(at_fork))
"""


def test_texts_load_the_language_model_before_the_fork_only_when_one_needs_it():
    """The texts' languages are guessed for their blocks before the pool starts (in a
    helper, run/startup, but for the texts no stop-word list fits, left to the parent):
    the model is loaded in the parent when a text's words fit no list (never in each
    worker again), and not at all for texts in the lists' languages."""

    def loaded_at_fork(corpus: str) -> list[bool]:
        out = subprocess.run(
            [sys.executable, "-c", _MODEL_PROBE, corpus],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(out.stdout)

    # loaded when the pool forks
    assert loaded_at_fork("english") == [False]
    assert loaded_at_fork("other") == [True]


def test_a_loader_that_fails_is_named_and_the_others_still_run(monkeypatch):
    ran = []

    def broken():
        raise OSError("table missing")

    monkeypatch.setattr(
        warming,
        "WARMERS",
        {
            "broken": (broken, frozenset({"text"})),
            "fine": (lambda: ran.append("fine"), frozenset({"text"})),
            "pages only": (lambda: ran.append("pages only"), frozenset({"html"})),
        },
    )
    assert warming.warm({"text"}) == ("broken",)
    assert ran == ["fine"]


def test_the_pool_is_warmed_for_the_formats_of_the_articles_left_after_the_first(monkeypatch):
    raws, _ = read_seeds(ROOT / "seeds")
    asked = []
    monkeypatch.setattr(pipeline, "warm", lambda formats: asked.append(set(formats)))
    pipeline.analyse_all(raws, Config(), jobs=1)
    assert asked == []  # one process: whatever it needs it loads once anyway
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    pipeline.analyse_all(raws, Config(), jobs=2)
    # beside the helper that finds the texts' blocks (run/startup), for every article;
    # then, after the first article, for those left
    assert asked == [{r.format for r in raws}, {r.format for r in raws[1:]}]
    asked.clear()
    known = BlockMemo()
    for raw in raws:
        known.of(raw)
    pipeline.analyse_all(raws, Config(), jobs=2, blocks=known)
    assert asked == [{r.format for r in raws[1:]}]  # every text known: no helper


_PATTERNS_PROBE = """
import json
from generator.actors.other_languages import function_words
from generator.dating import evidence
from generator.lang import ini_table
from generator.run.warm import warm
from generator.timex.lexicon import cue
def state():
    return [cue.cache_info().currsize, evidence._title_table.cache_info().currsize,
            function_words.cache_info().currsize]
before = state()
failed = warm({"text"})
names = sum(len(s) for s in ini_table("en", "timex_cues.ini").values())
print(json.dumps([before, failed, state(), names]))
"""


def test_the_patterns_each_worker_compiled_on_its_first_articles_are_compiled_before():
    """The cue patterns, the date inference's titles and pycountry's table (about 0.3 CPU s
    that each forked worker paid again) are loaded by the warm-up of a corpus of texts."""
    out = subprocess.run(
        [sys.executable, "-c", _PATTERNS_PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    before, failed, after, names = json.loads(out.stdout)
    assert before == [0, 0, 0] and failed == []
    assert after == [names, 1, 1] and names > 10
