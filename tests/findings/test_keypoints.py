"""Key points, figures and divergences on small invented briefings."""

from generator.findings.divergences import divergences
from generator.findings.figures import article_figures
from generator.findings.keypoints import key_points, opens_dangling, similarity
from generator.models import Actor, Article, Briefing, Event, EventSource, Mention, Paragraph


def article(aid: str, *texts: str, publication: str | None = None) -> Article:
    return Article(
        id=aid,
        source=f"{aid}.txt",
        title=f"Title {aid}",
        subtitle=None,
        authors=(),
        publication=publication or f"Paper {aid}",
        published="2030-04-02",
        published_basis="text",
        url=None,
        caption=None,
        credit=None,
        paragraphs=tuple(Paragraph(f"p{i}", t) for i, t in enumerate(texts, 1)),
    )


def briefing(articles, events=(), actors=()) -> Briefing:
    return Briefing("T", None, tuple(articles), tuple(actors), tuple(events), (), ())


MAIN_A = "Ministers of Arcadia and Borduria signed a water-sharing treaty in Lakeside on Monday."
MAIN_B = "Arcadia and Borduria signed a treaty on sharing water at talks in Lakeside on Monday."
BACKGROUND = "The dispute over the Blue River has simmered between the two neighbours for decades of drought."
DANGLING = (
    "He said the treaty would be ratified by the Arcadian parliament before the summer recess."
)
OTHER = "Farmers along the Blue River welcomed the promise of regular irrigation from the reservoirs upstream."


def treaty_briefing() -> Briefing:
    a1 = article("a1", MAIN_A, DANGLING, BACKGROUND)
    a2 = article("a2", MAIN_B, OTHER)
    event = Event(
        id="2030-04-01-treaty",
        date="2030-04-01",
        precision="day",
        kind="past",
        summary="signed a water-sharing treaty",
        actors=("arcadia",),
        sources=(
            EventSource("a1", "p1", MAIN_A, "Monday"),
            EventSource("a2", "p1", MAIN_B, "Monday"),
        ),
    )
    arcadia = Actor(
        "arcadia",
        "Arcadia",
        "state",
        (),
        None,
        (
            Mention("a1", "p1", 13, 20, "Arcadia", "arcadia"),
            Mention("a2", "p1", 0, 7, "Arcadia", "arcadia"),
        ),
        salience=3.0,
    )
    return briefing([a1, a2], [event], [arcadia])


def test_the_main_event_comes_first_with_both_sources_and_exact_text():
    b = treaty_briefing()
    points = key_points(b)
    assert points[0].events == ("2030-04-01-treaty",)
    assert {(s.article, s.paragraph) for s in points[0].sources} == {("a1", "p1"), ("a2", "p1")}
    for point in points:
        paragraph = b.articles[0 if point.article == "a1" else 1].paragraph(point.paragraph)
        assert paragraph.text[point.start : point.end] == point.text


def test_two_reports_of_one_fact_make_one_point_and_pronoun_openings_are_left_out():
    texts = [p.text for p in key_points(treaty_briefing())]
    assert not (MAIN_A in texts and MAIN_B in texts)
    assert DANGLING not in texts
    assert BACKGROUND in texts or OTHER in texts


def test_key_points_are_deterministic():
    assert key_points(treaty_briefing()) == key_points(treaty_briefing())


def test_a_long_sentence_is_cut_at_a_clause_boundary_never_rewritten():
    first = "Arcadia announced a national plan to rebuild the dams destroyed in the spring floods"
    rest = "; " + ", ".join(
        f"the {w} district will get new pumps"
        for w in ["north", "south", "east", "west", "upper", "lower", "middle"]
    )
    b = briefing([article("a1", first + rest + ".")])
    (point,) = [p for p in key_points(b) if p.text.startswith("Arcadia announced")]
    assert point.text == first


def test_openings_that_need_an_antecedent():
    assert opens_dangling("He said the deal was done.")
    assert opens_dangling("“This is a disaster,” the minister said.")
    assert opens_dangling("However, Arcadia refused.")
    assert opens_dangling("The deal was signed on Monday.")
    assert opens_dangling("Contrast that with the treaty signed in May.")
    assert not opens_dangling("The Arcadian parliament approved the deal.")
    assert not opens_dangling("Borduria's president signed the deal.")


def test_similarity_is_over_content_words():
    assert similarity(frozenset({"treaty", "water"}), frozenset({"treaty", "water"})) == 1.0
    assert similarity(frozenset(), frozenset({"x"})) == 0.0


def test_figures_name_their_quantity_and_skip_years():
    a = article(
        "a1",
        "The war, which began in 2011, has cost upwards of 400,000 lives and created five million refugees.",
        "Shelling killed 12 and displaced 3.5 million people since 2011 killed hopes of peace.",
    )
    got = [(f.quantity, f.value, f.paragraph, f.text) for f in article_figures(a)]
    assert got == [
        ("deaths", 400000, "p1", "400,000 lives"),
        ("refugees", 5000000, "p1", "five million refugees"),
        ("deaths", 12, "p2", "killed 12"),
        ("displaced", 3500000, "p2", "displaced 3.5 million"),
    ]


def test_different_tolls_and_related_quantities_are_set_side_by_side():
    a1 = article(
        "a1", "The conflict in Arcadia has cost 400,000 lives and created 5 million refugees."
    )
    a2 = article(
        "a2", "The fighting in Arcadia has killed 300,000 and displaced 11 million in five years."
    )
    found = divergences(briefing([a1, a2]))
    kinds = {d.kind: d for d in found}
    deaths = kinds["figure"]
    assert [(c.article, c.paragraph, c.value) for c in deaths.claims] == [
        ("a1", "p1", "400000"),
        ("a2", "p1", "300000"),
    ]
    related = kinds["related-figures"]
    assert {c.value for c in related.claims} == {"11000000", "5000000"}
    assert "Not the same quantity" in related.note


def test_the_same_figure_everywhere_is_no_divergence():
    a1 = article("a1", "The storm killed 40 in the capital.")
    a2 = article("a2", "Officials said 40 dead were counted after the storm.")
    assert divergences(briefing([a1, a2])) == ()


def test_one_event_given_two_dates_by_two_articles():
    s1 = "Arcadia and Borduria signed the Lakeside water treaty on April 1 after long talks."
    s2 = "Arcadia and Borduria signed the Lakeside water treaty on April 3 after long talks."
    events = [
        Event(
            "e1",
            "2030-04-01",
            "day",
            "past",
            "signed treaty",
            ("arcadia",),
            (EventSource("a1", "p1", s1, "April 1"),),
        ),
        Event(
            "e2",
            "2030-04-03",
            "day",
            "past",
            "signed treaty",
            ("arcadia",),
            (EventSource("a2", "p1", s2, "April 3"),),
        ),
    ]
    mentions = (
        Mention("a1", "p1", 0, 7, "Arcadia", "arcadia"),
        Mention("a2", "p1", 0, 7, "Arcadia", "arcadia"),
    )
    arcadia = Actor("arcadia", "Arcadia", "state", (), None, mentions)
    arts = [article("a1", s1), article("a2", s2)]
    (found,) = divergences(briefing(arts, events, [arcadia]))
    assert found.kind == "date"
    assert [(c.article, c.paragraph, c.value) for c in found.claims] == [
        ("a1", "p1", "2030-04-01"),
        ("a2", "p1", "2030-04-03"),
    ]
