"""The HTML body candidates' settings (bench/body_candidates.py), on a small invented page."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from body_candidates import CANDIDATES, _options  # noqa: E402

PROSE = (
    "The Varnel council met on Tuesday to vote on the new flood barrier, which the "
    "engineers say will protect four hundred homes along the river for thirty years."
)
PAGE = (
    "<html><head><title>Sluice plan</title></head><body><nav><a href='/a'>Home</a></nav>"
    f"<article><h1>Sluice plan</h1><p>{PROSE}</p><p>{PROSE.replace('Tuesday', 'Monday')}</p>"
    "<table><tr><td>Section one</td><td>2027</td></tr></table></article></body></html>"
)


def test_the_variants_change_one_setting_of_the_balanced_run():
    assert _options().focus == "balanced" and _options().tables
    assert _options(recall=True).focus == "recall"
    assert not _options(tables=False).tables and _options(tables=False).focus == "balanced"


def test_every_trafilatura_candidate_finds_the_article():
    for name in ("precise", "balanced", "favor_recall", "precise merged with favor_recall"):
        assert "protect four hundred homes" in CANDIDATES[name](PAGE), name
