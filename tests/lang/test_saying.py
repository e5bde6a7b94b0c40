"""The verbs of saying live once, in `lang/en/reporting_verbs.tsv`, and every stage that
needs them reads that table: the actors' recogniser, quotations and appositives, claims,
date divergences, events and key points. No stage keeps a copy, in code or in its own table.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.actors import local, quotes
from generator.actors import words as actor_words
from generator.clean.cuts import _SAYS_RE
from generator.events import words as event_words
from generator.findings import claims, date_divergences, keypoints
from generator.lang import parse, read_text
from generator.lang.saying import from_rows, reporting_verbs
from generator.timex.lexicon import cue
from tests.codestrings import code_strings

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
VERBS = reporting_verbs()


def test_a_table_gives_each_stage_its_forms():
    text = "# c\nsay\tsays\tsaid\tsaying\tsay\tcore\nclaim\tclaims*\tclaimed\tclaiming\t-\t-\n"
    verbs = from_rows(parse("x.tsv", text))
    assert verbs.finite == ("says", "said", "claimed", "say")
    assert verbs.gerund == ("saying", "claiming")
    assert "claims" not in verbs.every_form  # marked as a noun too ("the claims")
    assert verbs.every_form == frozenset({"says", "said", "claimed", "say", "saying", "claiming"})
    assert verbs.core == frozenset({"says", "said", "saying", "say"})


def test_a_row_without_its_six_columns_is_refused_by_name():
    with pytest.raises(ValueError, match=r"reporting_verbs\.tsv.*6 columns.*'tell'"):
        from_rows((("tell", "tells", "told"),))


# "maintained" was only in the claims' copy, "continued" only in the quotes', "cited" and
# "citing" only in the events', "wrote" in neither the claims' nor the events' copy.
@pytest.mark.parametrize("verb", ["maintained", "continued", "cited", "wrote", "said"])
def test_every_stage_hears_a_verb_of_the_shared_table(verb):
    assert verb in VERBS.finite
    assert (verb in actor_words.SAY_VERBS) == (verb in VERBS.person)
    assert re.fullmatch(f"(?:{quotes.VERBS})", verb)
    assert quotes.AFTER_NAME.match(f", the envoy, {verb} it")
    assert claims.words()["verb"].match(f" {verb} that")
    assert event_words.PAST.search(f"They {verb} it.")
    assert verb in date_divergences._words()[0]


@pytest.mark.parametrize("verb", ["wrote", "admits", "asked", "said"])
def test_the_recogniser_hears_the_verbs_said_of_people(verb):
    # "wrote" and "asked" were not in the appositive's copy ("said", "says", "told"),
    # "admits" in none of the recogniser's
    assert verb in actor_words.SAY_VERBS
    assert local.APPOSITIVE.search(f"Ann Lee, a researcher at the institute {verb} then")


def test_verbs_said_of_organisations_make_no_person():
    """ "Yahoo Finance reported", "the Metroid Queen continued to scream": no person."""
    for verb in ("reported", "continued", "confirmed", "cited"):
        assert verb in VERBS.finite and verb not in actor_words.SAY_VERBS


def test_only_the_core_verbs_are_stopwords():
    """ "said" and "told" only tell who spoke; "continued", "admitted", "announced" have
    senses of their own: as stopwords they emptied events ("He was admitted to hospital")."""
    for verb in ("said", "told", "says", "telling"):
        assert verb in event_words.STOPWORDS and verb in keypoints.lexicon()["stopwords"]
    for verb in ("continued", "admitted", "announced", "maintained"):
        assert verb not in event_words.STOPWORDS
        assert verb not in keypoints.lexicon()["stopwords"]


def test_the_cleaner_and_timex_hear_the_shared_verbs_too():
    # "noted" was never in the cleaner's comment-header copy, "warns" never in timex's
    # present cue ("says", "say")
    assert _SAYS_RE.match("Bob noted:") and _SAYS_RE.match("Ana disse:")
    assert cue("present").search("the minister warns")
    present = read_text("en", "timex_cues.ini").split("present = ")[1].split("\n")[0]
    present = re.sub(r"\{\w+\}", "", present)
    assert _saying_in(present) == set()


def test_participles_of_saying_end_a_dated_clause():
    assert event_words.TRAILING_ASIDE.match("citing officials")
    assert event_words.TRAILING_ASIDE.match("warning of more")


def test_nouns_among_the_forms_are_no_verbs_anywhere():
    assert "states" not in actor_words.SAY_VERBS  # "Gulf states"
    assert not claims.words()["verb"].match(" claims that")
    assert "reports" not in keypoints.lexicon()["stopwords"]


def _saying_in(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower())) & VERBS.every_form


def _copies(source: str) -> list[str]:
    """A regex alternation naming two verbs of saying, or two literals that are each one."""
    strings = code_strings(source)
    alternations = [text for text in strings if "|" in text and len(_saying_in(text)) >= 2]
    single = sorted({text for text in strings if text.lower() in VERBS.every_form})
    return alternations + (single if len(single) >= 2 else [])


def test_no_copy_of_the_verbs_is_written_in_code():
    copies = [
        (path.relative_to(GENERATOR).as_posix(), text)
        for path in sorted(GENERATOR.rglob("*.py"))
        for text in _copies(path.read_text(encoding="utf-8"))
    ]
    assert copies == []


KEPT = {
    ("claims.json", "that_verbs"): "which verbs report a claim only with their `that`",
    ("claims.json", "object_verbs"): "which verbs take a listener first (`told reporters`)",
    ("claims.json", "_about"): "prose",
    ("events.json", "summary.leading_fillers"): '"that said" is a connective',
    ("clean.json", "bio_verbs"): 'what a reporter does ("Jane Roe writes about roads")',
    ("clean.json", "bio_words"): 'what a reporter does ("has reported from Kyiv")',
}
"""Lists of the stages' tables that name verbs of saying for another meaning."""


def _lists(value, path=""):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _lists(inner, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        yield path, " ".join(v for v in value if isinstance(v, str))
    elif isinstance(value, str):
        yield path, value


@pytest.mark.parametrize(
    "table", ["events.json", "claims.json", "keypoints.json", "clean.json", "timex.json"]
)
def test_no_stage_table_keeps_its_own_copy(table):
    data = json.loads((GENERATOR / "lang" / "en" / table).read_text(encoding="utf-8"))
    copies = [
        (key, sorted(_saying_in(text)))
        for key, text in _lists(data)
        if not key.endswith("_comment") and (table, key) not in KEPT and _saying_in(text)
    ]
    assert copies == []


def test_the_actor_cues_keep_no_copy():
    """No list repeats a verb said of people; `state_verbs` may name the others in their
    own sense ("Moscow continued its offensive")."""
    cues = json.loads((GENERATOR / "lang" / "en" / "actor_cues.json").read_text("utf-8"))
    person = set(VERBS.person)
    copies = {name: set(c["words"]) & person for name, c in cues.items()}
    assert {name: found for name, found in copies.items() if found} == {}


def test_the_check_sees_a_planted_copy():
    assert _copies('"""Said and told."""\nX = r"\\b(?:said|told)\\b"\n') == [r"\b(?:said|told)\b"]
    assert _copies('X = {"said", "told", "x"}\n') == ["said", "told"]
    assert _copies('X = "said"\nHELP = "a warning, writing nothing"\n') == []
