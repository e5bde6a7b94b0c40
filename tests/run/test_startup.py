"""The texts' blocks found in a forked helper while the parent warms up (run/startup):
the same blocks as found here, py3langid's model handed over when a text needed it, and
a helper that dies leaves every text to the memo."""

import json
import os
import subprocess
import sys

from generator.models import RawArticle
from generator.run import startup, text_blocks

from ..conftest import ROOT

TEXTS = (
    "Ferry timetable changes\n\nThe island ferry will sail twice a day from Monday, the "
    "operator said, after the second boat was taken out of service for repairs.",
    "Old mill reopens\n\nThe old grain mill by the river reopened on Thursday as a museum, "
    "with the millstones turning again for the first time in forty years.",
    "Zqwx vrblk\n\nTsnn plork gwyth zmbri qworl fnax drubb slemp ytter gnoff.",
)


def _raws() -> list[RawArticle]:
    return [RawArticle(f"t{i}", f"t{i}.txt", text, "text") for i, text in enumerate(TEXTS)]


def test_the_helper_finds_the_blocks_found_here_while_the_warm_up_runs_here():
    memo, computed_here = text_blocks.BlockMemo(), []
    memo.compute = lambda text: computed_here.append(text) or text_blocks.text_blocks(text)
    warmed: list[int] = []
    assert startup.blocks_while_warming(memo, _raws(), lambda: warmed.append(os.getpid()))
    assert warmed == [os.getpid()]  # the warm-up runs here, not in the helper
    assert len(memo.used) == 3 and not memo.unknown(_raws())
    found = [memo.of(raw) for raw in _raws()]
    assert not computed_here
    assert found == [text_blocks.text_blocks(text) for text in TEXTS]


def test_texts_the_memo_knows_are_not_sent_to_the_helper(monkeypatch):
    memo = text_blocks.BlockMemo({})
    first = memo.of(_raws()[0])

    def helper(texts, _model_file):  # in the helper: what it was given comes back
        return [text_blocks.TextBlocks(frozenset({text}), None) for text in texts], False

    monkeypatch.setattr(startup, "blocks_and_model", helper)
    startup.blocks_while_warming(memo, _raws(), lambda: None)
    helped = [b for b in memo.used.values() if b is not first]
    assert sorted(next(iter(b.file_keys)) for b in helped) == sorted(TEXTS[1:])


def test_a_helper_that_dies_leaves_its_texts_to_the_memo(monkeypatch):
    def dies(texts, _model_file):
        os._exit(3)  # killed before it could answer

    monkeypatch.setattr(startup, "blocks_and_model", dies)
    memo = text_blocks.BlockMemo()
    assert startup.blocks_while_warming(memo, _raws(), lambda: None)
    assert not memo.used and len(memo.unknown(_raws())) == 3
    assert [memo.of(raw) for raw in _raws()] == [text_blocks.text_blocks(t) for t in TEXTS]


def test_where_processes_cannot_fork_nothing_is_done(monkeypatch):
    monkeypatch.setattr(startup, "fork_context", lambda: None)
    warmed: list[bool] = []
    memo = text_blocks.BlockMemo()
    assert not startup.blocks_while_warming(memo, _raws(), lambda: warmed.append(True))
    assert not warmed and not memo.used


_MODEL_PROBE = """
import json, sys
import py3langid.langid
from generator.models import RawArticle
from generator.run import startup, text_blocks
from generator.text.language import identify
read_here = []
read = py3langid.langid.LanguageIdentifier.from_model_file
def counted(*args, **kwargs):
    read_here.append(1)  # counted in this process only: the helper's count stays there
    return read(*args, **kwargs)
py3langid.langid.LanguageIdentifier.from_model_file = counted
texts = json.loads(sys.argv[1])
raws = [RawArticle(f"t{i}", f"t{i}.txt", t, "text") for i, t in enumerate(texts)]
startup.blocks_while_warming(text_blocks.BlockMemo(), raws, lambda: None)
handed = py3langid.langid.IDENTIFIER is not None
print(json.dumps([handed, len(read_here), identify(texts[-1]) if handed else None]))
"""


def test_the_model_the_helper_loaded_is_handed_over_not_read_again():
    """In a fresh interpreter (this one may have the model already): a text no stop-word
    list fits makes the helper load py3langid's model, which this process then has
    without reading its file; English texts load none."""

    def probe(texts: tuple[str, ...]) -> list:
        out = subprocess.run(
            [sys.executable, "-c", _MODEL_PROBE, json.dumps(texts)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(out.stdout)

    from generator.text.language import identify

    assert probe(TEXTS[:2]) == [False, 0, None]
    assert probe(TEXTS) == [True, 0, identify(TEXTS[2])]
