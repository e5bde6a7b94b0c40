"""The key points and divergences found by the faster code are those of the plain
definitions: a candidate's redundancy kept up to date as points are chosen (not measured
again each round), content words read through a word cache, and an incremental build that
adds an article gives a full build's key points and divergences byte for byte."""

import math
import re

from generator.findings import keypoints
from generator.findings.keypoints import REPEAT_SIMILARITY, _Candidate, similarity
from generator.models import Actor, Briefing
from generator.website.site import read_tree

from .conftest import build_docs, write_corpus


def _candidate(index: int, words: str, events=(), actors=()) -> _Candidate:
    return _Candidate(
        f"a{index}",
        "p0",
        0,
        len(words),
        words,
        frozenset(words.split()),
        frozenset(events),
        frozenset(actors),
        (index, index % 3, 0),
    )


def _plain_select(candidates, briefing):
    """The definition: every round, each candidate's redundancy measured against every
    chosen point, and candidates too close to one left out."""
    event_weight = keypoints._event_weights(briefing)
    top = max((a.salience for a in briefing.actors), default=0.0) or 1.0
    actor_weight = {a.id: a.salience / top for a in briefing.actors}
    chosen, events, actors = [], set(), set()
    pool = sorted(candidates, key=lambda c: c.order)
    while len(chosen) < keypoints.MAX_POINTS:
        best, best_gain = None, 0.0
        for c in pool:
            if any(similarity(c.words, x.words) >= REPEAT_SIMILARITY for x in chosen):
                continue
            redundancy = max((similarity(c.words, x.words) for x in chosen), default=0.0)
            gain = keypoints._gain(c, events, actors, redundancy, event_weight, actor_weight)
            if gain > best_gain + 1e-9:
                best, best_gain = c, gain
        if best is None or (best_gain < 0.5 and len(chosen) >= keypoints.MIN_POINTS):
            break
        chosen.append(best)
        events |= best.events
        actors |= best.actors
        pool.remove(best)
    return chosen


def test_select_chooses_what_the_plain_definition_chooses():
    vocabulary = "flood river bridge council mayor rain storm road school farm harbour ferry"
    words = vocabulary.split()
    candidates = [
        _candidate(
            i,
            " ".join(words[(i * k) % len(words)] for k in range(1, 2 + i % 5)),
            events=[f"e{i % 4}"] if i % 3 else [],
            actors=[f"x{i % 5}"] if i % 2 else [],
        )
        for i in range(40)
    ]
    actors = tuple(
        Actor(f"x{i}", f"Actor {i}", "person", (), None, (), salience=i - 1.0) for i in range(5)
    )
    briefing = Briefing("t", None, (), actors, (), (), ())
    chosen = keypoints._select(candidates, briefing)
    assert chosen == _plain_select(candidates, briefing)
    assert len(chosen) >= keypoints.MIN_POINTS  # enough rounds to exercise the redundancy
    assert all(
        similarity(a.words, b.words) < REPEAT_SIMILARITY
        for i, a in enumerate(chosen)
        for b in chosen[i + 1 :]
    )


def test_content_words_are_the_plain_definition():
    stop = keypoints.lexicon()["stopwords"]

    def plain(text: str) -> frozenset[str]:
        out = set()
        for word in re.findall(r"[^\W_][\w'’-]*", text.lower()):
            word = word.strip("'’-")
            if len(word) >= 2 and word not in stop:
                out.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
        return frozenset(out)

    for text in (
        "The councils' bridges were closed, the mayor said on Monday.",
        "Floods: 2,000 homes' roofs — and its buses — lost; a 'b' c-",
        "",
    ):
        assert keypoints.content_words(text) == plain(text)
    assert keypoints.content_words("Bridges and roads") == frozenset({"bridge", "road"})


def test_sources_are_sorted_by_closeness_then_reading_order():
    point = _candidate(0, "flood river bridge council mayor")
    near = _candidate(1, "flood river bridge council")  # cosine 0.89
    nearer_later = _candidate(5, "flood river bridge council mayor")  # cosine 1.0
    far = _candidate(2, "harbour ferry")
    same_article = _candidate(0, "flood river bridge council mayor")
    sources = keypoints._sources(point, [near, far, nearer_later, same_article], {})
    assert [s.article for s in sources] == ["a0", "a1", "a5"]  # own first, then by article
    assert math.isclose(similarity(point.words, near.words), 4 / math.sqrt(20))


ARTICLES = {
    "flood.txt": (
        "Flood in Varnholm\n\nPublished 3 March 2021\n\n"
        "The river flood in Varnholm killed 120 people on Monday, the Varnholm regional "
        "office said in a statement.\n\n"
        "Rescue teams from the Varnholm fire service searched the flooded villages along the "
        "river for missing residents.\n\n"
        "The Varnholm council opened three schools as shelters for families whose homes "
        "were destroyed by the water.\n"
    ),
    "bridge.txt": (
        "Bridge closed after storm\n\nPublished 5 March 2021\n\n"
        "Engineers closed the old stone bridge at Kessel after the storm damaged its "
        "northern arch, the Kessel roads agency said.\n\n"
        "Drivers must take a detour through the valley road until repairs are finished "
        "later in the spring.\n"
    ),
}
ADDED = (
    "Flood toll rises\n\nPublished 6 March 2021\n\n"
    "The river flood in Varnholm killed 140 people, the Varnholm regional office said on "
    "Thursday as rescue teams searched the villages.\n\n"
    "The Varnholm council said the shelters in the schools would stay open for the families "
    "of the flooded villages until the end of the month.\n"
)


def test_added_article_gives_a_full_builds_key_points_and_divergences(tmp_path):
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    live = tmp_path / "live" / "docs"
    build_docs(seeds, live)
    before = read_tree(live)
    (seeds / "toll.txt").write_text(ADDED, encoding="utf-8")
    build_docs(seeds, live)
    fresh = tmp_path / "fresh" / "docs"
    build_docs(write_corpus(tmp_path / "all", {**ARTICLES, "toll.txt": ADDED}), fresh, "--no-cache")
    added, full = read_tree(live), read_tree(fresh)
    assert added == full
    assert b"killed 140" in full["divergences.md"] and b"killed 120" in full["divergences.md"]
    assert b"killed 140" not in before["divergences.md"]
    assert full["index.md"] != before["index.md"]  # the key points moved with the article
