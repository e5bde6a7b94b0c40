"""People named so far, looked up by their name's words instead of scanned."""

from generator.actors.person_index import PersonIndex


def _index(*names: str) -> PersonIndex:
    index = PersonIndex()
    for name in names:
        index.add(tuple(name.split()), name.replace(" ", "-"))
    return index


def test_a_shorter_name_finds_the_one_fuller_name_it_begins():
    index = _index("juan miguel gonzalez", "ali bagheri kani")
    assert index.one_fuller(("juan", "miguel")) == "juan-miguel-gonzalez"
    assert index.one_fuller(("juan", "miguel", "gonzalez")) is None  # not longer
    assert index.one_fuller(("miguel", "gonzalez")) is None  # not its beginning


def test_two_fuller_names_make_it_ambiguous():
    index = _index("juan miguel gonzalez", "juan miguel perez")
    assert index.one_fuller(("juan", "miguel")) is None


def test_a_first_word_finds_the_first_name_in_sort_order():
    index = _index("omar zaki", "omar abbas", "lena berg")
    assert index.first_word("omar") == "omar-abbas"
    assert index.first_word("lena") == "lena-berg"
    assert index.first_word("berg") is None
    assert index.get(("omar", "zaki")) == "omar-zaki"
    assert index.get(("omar",)) is None
