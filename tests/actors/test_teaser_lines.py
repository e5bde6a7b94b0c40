"""Names only in teaser lines (other stories' headlines left in the body) are no actors of
the article (#14, false actors; invented texts)."""

from __future__ import annotations

from generator.actors import extract_actors
from generator.actors.teaser_lines import headline_shaped, teaser_parts

from .test_actors import make

STORY = (
    "The harbour board of Velmont voted on Monday to close the northern pier for repairs, "
    "Ada Velk said.\n\n"
    "Repairs to the pier will take three months and cost the harbour board $2 million.\n\n"
)
TEASERS = (
    "Corin Dask wins baking contest with giant marzipan castle\n\n"
    "Festival crowds cheer as fireworks light frozen lake\n\n"
)
AFTER = "Fishing boats will moor at the southern pier until the repairs end, Velk said."


def names(text: str, **meta) -> set[str]:
    return {a.name for a in extract_actors(make(text, title="Pier to close", **meta)).actors}


def test_headline_shape():
    assert headline_shaped("Corin Dask wins baking contest")
    assert not headline_shaped("Corin Dask won the contest.")
    assert not headline_shaped("— Corin Dask (@corin) May 2, 2023")
    assert not headline_shaped("(1) Think of a noun")
    assert not headline_shaped("Corin Dask won the contest. [QV2 / ZR]")  # a cited sentence


def test_a_person_only_in_a_box_of_foreign_headlines_is_no_actor():
    found = names(STORY + TEASERS + AFTER)
    assert "Corin Dask" not in found
    assert "Ada Velk" in found


def test_a_box_of_headlines_opening_the_body_is_teasers():
    assert "Corin Dask" not in names(TEASERS + STORY + AFTER)


def test_section_headings_of_the_story_are_no_teasers():
    headings = "Corin Dask on the pier repairs\n\nThe harbour board and its repairs\n\n"
    text = STORY + headings + AFTER
    assert not teaser_parts({f"p{i}": t for i, t in enumerate(text.split("\n\n"), 1)})
    assert "Corin Dask" in names(text)


def test_a_person_the_story_names_again_stays():
    text = STORY + TEASERS + "Corin Dask, a baker, said the pier matters to her shop."
    assert "Corin Dask" in names(text)


def test_a_single_headline_line_is_no_box():
    text = STORY + "Corin Dask wins baking contest with giant marzipan castle\n\n" + AFTER
    assert "Corin Dask" in names(text)


def test_other_languages_are_left_alone():
    assert "Corin Dask" in names(STORY + TEASERS + AFTER, language="de")


def test_results_lines_are_no_teasers():
    results = "Velmont Rovers 2 Harbour Athletic 1\n\nCorin United 3 Dask Wanderers 0\n\n"
    text = "Results of the cup games played on Saturday:\n\n" + results
    assert not teaser_parts({f"p{i}": t for i, t in enumerate(text.split("\n\n"), 1)})
