"""Actor resolution kept across builds (actors/resolve_memo.py, resolve_added.py): a
resolution from the last build's gives the same index as one made afresh, whatever was
added, changed or removed; a damaged memo is an empty one; a curated corpus keeps nothing."""

from __future__ import annotations

import pickle
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.actors import extract_actors, resolve_actors, resolve_memo
from generator.actors.resolve_memo import ActorMemo
from generator.models import ArticleActors, LocalActor, Mention
from generator.settings.config import ActorCuration
from tests.actors.test_actors import make

# Invented local actors, chosen to meet each other: one surname for two people and alone,
# particles, two spellings of one group, an acronym, states, qualified and bare
# descriptions, an organ part of a state, one name as a person and as an organisation.
POOL = (
    LocalActor("", "Lena Okafor", "person", roles=("Foreign Minister",)),
    LocalActor("", "Daniel Okafor", "person", roles=("envoy",)),
    LocalActor("", "Okafor", "person"),
    LocalActor("", "Karim al-Haddad", "person", description="Karim al-Haddad, a general"),
    LocalActor("", "Karim Haddad", "person", roles=("General",)),
    LocalActor("", "Haddad", "person"),
    LocalActor("", "Union of Ports", "organisation", aliases=("UP",)),
    LocalActor("", "UP", "organisation"),
    LocalActor("", "al-Qaida", "armed-group"),
    LocalActor("", "al-Qaeda", "armed-group"),
    LocalActor("", "Kaluria", "state"),
    LocalActor("", "Veldt", "state"),
    LocalActor(
        "",
        "Kalurian government",
        "organisation",
        part_of="Kaluria",
        collective="kaluria/government",
    ),
    LocalActor("", "Kalurian opposition", "political-group", collective="kaluria/opposition"),
    LocalActor("", "Veldt opposition", "political-group", collective="veldt/opposition"),
    LocalActor("", "the opposition", "political-group", collective="/opposition"),
    LocalActor(
        "",
        "Kalurian government delegation",
        "organisation",
        collective="kaluria/government delegation",
        part_of="kaluria/government",
    ),
    LocalActor("", "Northern Bank", "organisation"),
    LocalActor("", "Northern Bank", "person"),
)


@st.composite
def article_actors(draw: st.DrawFn, article: str) -> ArticleActors:
    """One invented article's local actors, mentions and keys named together."""
    chosen = draw(st.lists(st.sampled_from(range(len(POOL))), min_size=1, max_size=5))
    actors = []
    for k, which in enumerate(dict.fromkeys(chosen)):
        actors.append(replace(POOL[which], key=f"k{k}"))
    states = [a.key for a in actors if a.type == "state"]
    if states and draw(st.booleans()):  # a person of this article affiliated with a state
        actors = [
            replace(a, affiliations=(states[0],)) if a.type == "person" else a for a in actors
        ]
    mentions = []
    for actor in actors:
        for _ in range(draw(st.integers(1, 3))):
            paragraph = draw(st.sampled_from(["title", "p1", "p2", "p3"]))
            start = draw(st.integers(0, 60))
            mentions.append(
                Mention(article, paragraph, start, start + len(actor.name), actor.name, actor.key)
            )
    keys = [a.key for a in actors]
    groups = []
    if len(keys) >= 2:
        pick = st.lists(st.sampled_from(keys), min_size=2, max_size=3, unique=True)
        groups = draw(st.lists(pick, max_size=3))
    return ArticleActors(
        article, tuple(actors), tuple(mentions), (), tuple(tuple(sorted(g)) for g in groups)
    )


@st.composite
def corpora(draw: st.DrawFn) -> list[ArticleActors]:
    count = draw(st.integers(2, 6))
    return [draw(article_actors(f"a{k}")) for k in range(count)]


def resolved(per_article, memo=None):
    return resolve_actors([], per_article, (), memo)


def carried(memo: ActorMemo) -> ActorMemo:
    """The memo as the next build reads it (pickled, as `resolve_memo.save` writes it)."""
    return ActorMemo(pickle.loads(pickle.dumps(memo.state)))


def twice(before, after) -> tuple[object, ActorMemo]:
    """`after` resolved with the records kept from resolving `before`."""
    memo = ActorMemo()
    resolved(before, memo)
    again = carried(memo)
    return resolved(after, again), again


@settings(max_examples=300, deadline=None)
@given(corpora(), st.data())
def test_an_added_article_gives_the_index_made_afresh(corpus, data):
    added = data.draw(st.sampled_from(range(len(corpus))))
    before = corpus[:added] + corpus[added + 1 :]
    index, _ = twice(before, corpus)
    assert index == resolved(corpus)


@settings(max_examples=200, deadline=None)
@given(corpora(), st.data())
def test_a_removed_or_changed_article_gives_the_index_made_afresh(corpus, data):
    which = data.draw(st.sampled_from(range(len(corpus))))
    removed = corpus[:which] + corpus[which + 1 :]
    index, _ = twice(corpus, removed)
    assert index == resolved(removed)
    other = data.draw(article_actors(corpus[which].article))
    changed = [*corpus[:which], other, *corpus[which + 1 :]]
    index, _ = twice(corpus, changed)
    assert index == resolved(changed)


def test_an_added_article_is_resolved_against_the_last_resolution():
    a = make("Rosa Delgado met Hugo Brandt in Lima. NATO joined.", aid="a1")
    b = make("Odile Varenne spoke to the press in Quito.", aid="a2")
    c = make("Hugo Brandt and Odile Varenne met again.", aid="a3")
    found = [extract_actors(x) for x in (a, b, c)]
    index, memo = twice(found[:2], found)
    assert memo.added
    assert index == resolved(found)
    brandt = next(x for x in index.actors if x.id == "hugo-brandt")
    assert {m.article for m in brandt.mentions} == {"a1", "a3"}


def test_an_article_removed_is_resolved_whole():
    found = [
        extract_actors(make("Rosa Delgado met Hugo Brandt in Lima.", aid="a1")),
        extract_actors(make("Odile Varenne spoke in Quito.", aid="a2")),
    ]
    index, memo = twice(found, found[:1])
    assert not memo.added
    assert index == resolved(found[:1])


def test_a_description_resolved_otherwise_makes_its_article_changed():
    bare, one, two = (
        ArticleActors(
            article,
            (replace(POOL[which], key="k0"),),
            (Mention(article, "p1", 0, 5, POOL[which].name, "k0"),),
            (),
            (),
        )
        for article, which in (("a1", 15), ("a2", 13), ("a3", 14))
    )
    # with one opposition named, "the opposition" is it; with two, no one
    index, _ = twice([bare, one], [bare, one, two])
    assert index == resolved([bare, one, two])
    assert any("stands for no one actor" in p for p in index.problems)


def test_a_damaged_memo_is_an_empty_one(tmp_path):
    found = [extract_actors(make("Rosa Delgado met Hugo Brandt in Lima.", aid="a1"))]
    memo = ActorMemo()
    resolved(found, memo)
    resolve_memo.save(tmp_path, memo)
    path = tmp_path / resolve_memo.FILE_NAME
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    damaged = resolve_memo.load(tmp_path)
    assert damaged is not None and damaged.known is None
    assert resolved(found, damaged) == resolved(found)
    resolve_memo.save(tmp_path, memo)
    whole = resolve_memo.load(tmp_path)
    assert whole is not None and whole.known == memo.state
    assert resolve_memo.load(None) is None


def test_a_curated_corpus_keeps_nothing():
    a = make("Rosa Delgado met Hugo Brandt in Lima.", aid="a1")
    found = [extract_actors(a)]
    curations = [ActorCuration(id="rosa-delgado", merge=("hugo-brandt",))]
    memo = ActorMemo()
    resolved(found, memo)
    again = carried(memo)
    index = resolve_actors([a], found, curations, again)
    assert index == resolve_actors([a], found, curations)
    assert not again.added and again.state is None
