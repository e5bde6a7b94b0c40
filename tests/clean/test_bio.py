"""One author-bio cutter (`clean.bio.bio_start`) serves the cleaner and the metadata stage."""

from __future__ import annotations

from pathlib import Path

from generator.clean.bio import bio_start, closing
from generator.clean.blocks import Block
from generator.clean.cuts import cut_author_bio as clean_cut
from generator.metadata.byline import cut_author_bio as metadata_cut
from generator.models import Paragraph
from tests.codestrings import code_strings

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
STORY = "The council met on Tuesday and voted to close the old bridge to lorries for a year."
ABOUT = "About Mara Quill"
BIO = "Mara Quill has written about roads and bridges for twenty years."
OWN = "Mara Quill is our transport correspondent, based in Leeds."


def test_an_about_line_that_the_next_paragraph_names_opens_a_bio():
    body = [closing(STORY), closing(STORY), closing(ABOUT), closing(BIO)]
    assert bio_start(body) == 2
    other = [closing(STORY), closing(STORY), closing("About Ascom"), closing(STORY)]
    assert bio_start(other) is None  # a press release's boilerplate, kept


def test_a_last_paragraph_on_the_own_author_is_a_bio_once_the_authors_are_known():
    body = [closing(STORY), closing(OWN)]
    assert bio_start(body) is None
    assert bio_start(body, ["Mara Quill"]) == 1
    assert bio_start(body, ["Quill"]) is None  # one word is no name to rely on
    assert bio_start([closing(STORY), closing(OWN, prose=False)], ["Mara Quill"]) is None


def _paragraphs(*texts: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(f"p{i}", text) for i, text in enumerate(texts, 1))


def test_both_stages_cut_with_the_one_function():
    body = _paragraphs(STORY, STORY, ABOUT, BIO)
    kept, bio = metadata_cut(body, ())
    assert [p.text for p in bio] == [ABOUT, BIO]  # the metadata stage hears "About" now
    assert metadata_cut(_paragraphs(STORY, OWN), ["Mara Quill"])[1][0].text == OWN
    blocks = [Block(i, p.text, p.text, words=len(p.text.split())) for i, p in enumerate(body)]
    assert clean_cut(blocks, 0, 4) == 2
    assert [b.reason for b in blocks] == [None, None, "author bio", "author bio"]


def test_no_other_module_reads_the_bio_words():
    readers = sorted(
        path.relative_to(GENERATOR).as_posix()
        for path in GENERATOR.rglob("*.py")
        if {"bio_verbs", "bio_words", "about_words"} & set(code_strings(path.read_text("utf-8")))
    )
    assert readers == ["clean/bio.py"]
