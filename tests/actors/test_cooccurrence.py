"""Co-occurrence counted in arrays (actors/cooccurrence.py) equals counting each pair in
turn: +1 per paragraph naming both actors, +1 more per sentence naming both."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.actors.cooccurrence import SENTENCE_RE, named_together, related, related_together
from generator.models import Mention, RelatedActor

TEXTS = {
    ("a1", "p1"): "Talks began. Envoys met at noon! Then “Nobody left.” The end",
    ("a1", "p2"): "One sentence only, with no break at all",
    ("a2", "p1"): "First part. Second part? Third part.",
    ("a2", "title"): "A title. With two",
}


def text(article: str, paragraph: str) -> str:
    return TEXTS.get((article, paragraph), "")


def counted_one_by_one(mentions, text):
    """The count as the actors' records made it before (a Counter of tuples)."""
    by_paragraph = defaultdict(list)
    for actor, found in mentions:
        for m in found:
            by_paragraph[(m.article, m.paragraph)].append((m.start, actor))
    weights = Counter()
    for where, found in by_paragraph.items():
        present = sorted({i for _, i in found})
        if len(present) < 2:
            continue
        weights.update(combinations(present, 2))
        ends = [m.end() for m in SENTENCE_RE.finditer(text(*where))]
        sentences = defaultdict(set)
        for start, actor in found:
            sentences[bisect_right(ends, start)].add(actor)
        for members in sentences.values():
            weights.update(combinations(sorted(members), 2))
    table = defaultdict(list)
    for (a, b), weight in weights.items():
        table[a].append((-weight, b))
        table[b].append((-weight, a))
    return {
        actor: tuple(RelatedActor(other, -weight) for weight, other in sorted(entries))
        for actor, entries in table.items()
    }


def mention(where: tuple[str, str], start: int) -> Mention:
    return Mention(where[0], where[1], start, start + 3, "Xyz", "local")


def test_paragraph_and_sentence_add_up():
    mentions = [
        ("nato", [mention(("a1", "p1"), 0), mention(("a1", "p1"), 20)]),
        ("un", [mention(("a1", "p1"), 5), mention(("a1", "p2"), 1)]),
        ("eu", [mention(("a1", "p2"), 30), mention(("a1", "p1"), 40)]),
    ]
    table = related(mentions, text)
    # nato and un: one paragraph (+1), one sentence ("Talks began.": +1)
    assert table["nato"] == (RelatedActor("un", 2), RelatedActor("eu", 1))
    # un and eu: two paragraphs, and p2's one sentence
    assert table["un"] == (RelatedActor("eu", 3), RelatedActor("nato", 2))
    assert table == counted_one_by_one(mentions, text)


def test_an_actor_alone_pairs_no_one():
    mentions = [("nato", [mention(("a1", "p1"), 0), mention(("a1", "p1"), 20)]), ("un", [])]
    assert related(mentions, text) == {}
    assert related([], text) == {}


def test_the_last_sentence_of_a_paragraph_is_not_the_first_of_the_next():
    # "The end" (no break after it) and the start of a2/p1 share a sentence number in
    # neither: only the paragraphs' own sentences pair actors
    mentions = [
        ("nato", [mention(("a1", "p1"), 60), mention(("a2", "p1"), 20)]),
        ("un", [mention(("a1", "p1"), 0), mention(("a2", "p1"), 0)]),
    ]
    assert related(mentions, text) == {
        "nato": (RelatedActor("un", 2),),
        "un": (RelatedActor("nato", 2),),
    }


places = st.sampled_from([*TEXTS, ("a3", "p9")])
found = st.lists(st.builds(mention, places, st.integers(0, 70)), max_size=6)
actors = st.lists(st.tuples(st.sampled_from(["b", "a", "c-2", "c", "z"]), found), max_size=6)


@settings(max_examples=300, deadline=None)
@given(actors)
def test_the_same_table_as_counting_each_pair(mentions):
    assert related(mentions, text) == counted_one_by_one(mentions, text)


def by_owner(mentions, owners):
    """Each actor's mentions, as the resolver gives `related` them: those of its local keys."""
    out = defaultdict(list)
    for m in mentions:
        if (m.article, m.actor) in owners:
            out[owners[(m.article, m.actor)]].append(m)
    return sorted(out.items())


def together_of(mentions):
    articles = sorted({m.article for m in mentions})
    return [
        (a, named_together([m for m in mentions if m.article == a], lambda p, a=a: text(a, p)))
        for a in articles
    ]


def test_keys_named_together_per_paragraph_then_per_sentence():
    mentions = [
        Mention("a1", "p1", 0, 3, "Xyz", "k1"),
        Mention("a1", "p1", 5, 8, "Xyz", "k2"),
        Mention("a1", "p1", 40, 43, "Xyz", "k3"),
        Mention("a1", "p2", 1, 4, "Xyz", "k1"),
    ]
    # p1 names three keys; its first sentence two of them; p2 one key (no group)
    assert named_together(mentions, lambda p: text("a1", p)) == (
        ("k1", "k2", "k3"),
        ("k1", "k2"),
    )


def test_two_keys_of_one_actor_pair_it_with_no_one_and_count_once():
    mentions = [
        Mention("a1", "p1", 0, 3, "Xyz", "k1"),
        Mention("a1", "p1", 5, 8, "Xyz", "k2"),
        Mention("a1", "p1", 9, 12, "Xyz", "k3"),
    ]
    owners = {("a1", "k1"): "assad", ("a1", "k2"): "assad", ("a1", "k3"): "un"}
    table = related_together(together_of(mentions), owners)
    assert table == related(by_owner(mentions, owners), text)
    assert table["un"] == (RelatedActor("assad", 2),)


keyed = st.builds(
    lambda where, start, key: Mention(where[0], where[1], start, start + 3, "Xyz", key),
    places,
    st.integers(0, 70),
    st.sampled_from(["k1", "k2", "k3", "k4"]),
)
owned = st.dictionaries(
    st.tuples(st.sampled_from(["a1", "a2", "a3"]), st.sampled_from(["k1", "k2", "k3", "k4"])),
    st.sampled_from(["b", "a", "c-2", "c"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(keyed, max_size=10), owned)
def test_counting_groups_of_keys_is_counting_mentions(mentions, owners):
    expected = related(by_owner(mentions, owners), text)
    assert related_together(together_of(mentions), owners) == expected
