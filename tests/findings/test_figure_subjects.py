"""Figures are compared only when they count the same thing about the same subject."""

from generator.findings.divergences import divergences
from generator.findings.figure_subjects import groups

from .test_keypoints import article, briefing


def kinds(*texts: str) -> list[tuple[str, tuple[str, ...]]]:
    """(kind, values) of every divergence between one-paragraph articles a1, a2, …"""
    arts = [article(f"a{i}", t) for i, t in enumerate(texts, 1)]
    return [(d.kind, tuple(c.value for c in d.claims)) for d in divergences(briefing(arts))]


def test_the_same_quantity_about_different_subjects_is_no_divergence():
    assert (
        kinds(
            "Floods in Kenya have killed 40 people in the capital this week.",
            "An earthquake in Chile killed 300 people on Monday, officials said.",
        )
        == []
    )
    assert (
        kinds(
            "From 2010 to 2015 the plague killed 584 people worldwide, the health agency said.",
            "The Black Death killed 50 million people in Europe in the fourteenth century.",
        )
        == []
    )


def test_the_same_quantity_about_the_same_subject_is_a_divergence():
    assert kinds(
        "The civil war in Arcadia has killed 400,000 people, the Lakeside Institute says.",
        "Since it began, the war in Arcadia has killed 300,000, diplomats in Lakeside said.",
    ) == [("figure", ("400000", "300000"))]


def test_a_shared_source_or_shared_words_do_not_make_one_subject_across_places():
    assert (
        kinds(
            "According to Reuters, floods in the Kenyan highlands killed 40 people on Monday.",
            "According to Reuters, floods in the Chilean highlands killed 300 people on Monday.",
        )
        == []
    )


def test_a_shared_organisation_does_not_make_one_subject_across_places():
    assert (
        kinds(
            "The United Nations said floods in the Kenyan highlands killed 40 people on Monday.",
            "The United Nations said floods in the Chilean highlands killed 300 people on Monday.",
        )
        == []
    )


def test_one_shared_place_alone_is_not_one_subject():
    assert kinds("Floods in Kenya killed 40.", "Drought in Kenya killed 300.") == []
    assert kinds("Floods in Kenya killed 40.", "Floods in Kenya killed 300.") == [
        ("figure", ("300", "40"))
    ]


def test_a_news_outlet_is_no_subject_and_a_country_adjective_is_its_country():
    assert (
        kinds(
            "Reuters reported that floods killed 40 people in the highlands.",
            "Floods killed 300 people in the highlands, Reuters reported.",
        )
        == []
    )
    assert kinds(
        "Syrian government shelling has killed 40 civilians in the highlands.",
        "Government shelling in Syria has killed 300 civilians in the highlands.",
    ) == [("figure", ("300", "40"))]


def test_disjoint_years_are_different_periods():
    assert (
        kinds(
            "In 2014 the war in Arcadia killed 4,000 people across the northern provinces.",
            "In 2016 the war in Arcadia killed 9,000 people across the northern provinces.",
        )
        == []
    )
    assert kinds(
        "In 2014 the war in Arcadia killed 4,000 people across the northern provinces.",
        "During 2014 the war in Arcadia killed 9,000 people across the northern provinces.",
    ) == [("figure", ("9000", "4000"))]


def test_a_figure_s_own_number_is_no_year():
    assert kinds(
        "The war in Arcadia has killed 1600 people across the northern provinces.",
        "The war in Arcadia has killed 1800 people across the northern provinces.",
    ) == [("figure", ("1800", "1600"))]


def test_related_quantities_only_about_one_subject():
    assert (
        kinds(
            "The war in Arcadia has displaced 11 million people from their homes.",
            "The drought in Borduria has created five million refugees across the region.",
        )
        == []
    )
    found = kinds(
        "The war in Arcadia has displaced 11 million people from their homes.",
        "The war in Arcadia has created five million refugees across the region.",
    )
    assert found == [("related-figures", ("11000000", "5000000"))]


def test_two_subjects_of_one_quantity_are_two_entries_named_by_their_subject():
    arts = [
        article(
            "a1", "The war in Arcadia has killed 400,000 people.", "Floods in Kenya killed 40."
        ),
        article(
            "a2", "The war in Arcadia has killed 300,000 people.", "Floods in Kenya killed 60."
        ),
    ]
    found = divergences(briefing(arts))
    assert [(d.topic, [c.value for c in d.claims]) for d in found] == [
        ("Deaths: arcadia, conflict", ["400000", "300000"]),
        ("Deaths: flood, kenya", ["60", "40"]),
    ]


def test_the_figure_s_own_sentence_is_its_subject_not_the_whole_paragraph():
    assert (
        kinds(
            "The war in Arcadia goes on. Floods in Kenya have killed 40 people in the capital.",
            "The war in Arcadia has killed 300 people in the capital, the ministry said.",
        )
        == []
    )


def test_groups_are_complete_so_a_chain_does_not_join_its_ends():
    near = {(1, 2), (2, 3)}
    same = lambda a, b: (a, b) in near or (b, a) in near  # noqa: E731
    assert groups([1, 2, 3], same, lambda _: "k") == [[1, 2], [3]]
    assert groups([1, 2, 3], same, str) == [[1], [2], [3]]  # no shared key: never compared
