"""An article's figures and key-point candidate sentences kept across builds (findings/parts.py):
a hit gives what finding them gives, a changed article is found again, a corrupt entry is
found again with no crash, and builds with the memo give a full build's docs byte for byte."""

from dataclasses import replace
from pathlib import Path

import pytest

from generator.cache import CACHE_DIR_NAME
from generator.findings import copies, parts
from generator.findings.claims import article_statements, statements
from generator.findings.figures import Figure, article_figures
from generator.findings.keypoints import article_candidates
from generator.models import Actor, Article, Briefing, Mention, Paragraph, Quote
from generator.render import reuse
from generator.render.record import Record, encode
from generator.website.site import read_tree

from .conftest import build_docs, write_corpus

BODY = (
    "The storm on the Harrow coast killed 37 people and displaced 2,400 residents, the Harrow "
    "coastguard said on Sunday after a night of searching the cliffs."
)
SECOND = (
    "Rescue crews from three counties reached the village of Dunmere by boat on Monday, "
    "where the sea wall had given way under the waves."
)


def _article(text: str = BODY, article_id: str = "storm") -> Article:
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        title="Storm",
        subtitle=None,
        authors=(),
        publication=None,
        published="2021-03-01",
        published_basis="text",
        url=None,
        caption=None,
        credit=None,
        paragraphs=(Paragraph("p1", text), Paragraph("p2", SECOND)),
    )


def _never(_article: Article):
    raise AssertionError("found again although the memo knew it")


def test_a_miss_finds_and_a_hit_reads_back_the_same_parts(monkeypatch):
    article = _article()
    first = parts.Memo()
    figures, sentences = first.figures(article), first.candidates(article)
    assert figures == article_figures(article) and len(figures) == 2
    assert sentences == article_candidates(article) and len(sentences) == 2
    assert "storm" in sentences[0][3] and sentences[0][4] is False  # names Harrow
    assert len(first.used) == 2
    monkeypatch.setattr(parts, "article_figures", _never)
    monkeypatch.setattr(parts, "article_candidates", _never)
    second = parts.Memo(first.used)
    assert second.figures(article) == figures
    assert second.candidates(article) == sentences
    assert second.used == first.used


def test_a_changed_article_is_found_again():
    article = _article()
    memo = parts.Memo()
    memo.figures(article)
    changed = _article(BODY.replace("killed 37", "killed 41"))
    again = parts.Memo(memo.used)
    assert [f.value for f in again.figures(changed)] == [41, 2400]
    assert set(again.used) != set(memo.used)


def test_the_digest_reads_every_field_the_parts_read():
    article = _article()
    SECOND_PARAGRAPH = article.paragraphs[1]  # noqa: N806
    base = parts.article_digest(article)
    first = article.paragraphs[0]
    mutations = [
        replace(article, id="other"),
        replace(article, paragraphs=(replace(first, id="p9"), article.paragraphs[1])),
        replace(article, paragraphs=(replace(first, kind="subhead"), article.paragraphs[1])),
        replace(article, paragraphs=(replace(first, is_list=True), article.paragraphs[1])),
        replace(article, paragraphs=(replace(first, text=BODY + " "), article.paragraphs[1])),
        replace(article, paragraphs=article.paragraphs[:1]),
        # the same characters in a row, cut elsewhere between the fields
        replace(article, paragraphs=(replace(first, id="p1T", text=BODY[1:]), SECOND_PARAGRAPH)),
    ]
    digests = {parts.article_digest(m) for m in mutations}
    assert base not in digests and len(digests) == len(mutations)
    assert parts.article_digest(replace(article, title="Other")) == base  # not read


_OTHER = Figure("deaths", 37, "other", "p1", 0, 9, "killed 37")
_BAD_FIGURES = ["not json", (("deaths", 37),), (_OTHER,), [], None]
_BAD_SENTENCES = [
    "{",
    ((0, 1),),
    ((0, 0, 10, ["storm"], False),),
    ((5, 0, 10, frozenset({"storm"}), False),),
    [(0, 0, 10, frozenset(), False)],
]


@pytest.mark.parametrize("figures, sentences", list(zip(_BAD_FIGURES, _BAD_SENTENCES, strict=True)))
def test_a_corrupt_entry_is_found_again(monkeypatch, figures, sentences):
    article = _article()
    digest = parts.article_digest(article)
    known = {
        f"{parts.PREFIX}figures\0{digest}": figures,
        f"{parts.PREFIX}candidates\0{digest}": sentences,
    }
    memo = parts.Memo(known)
    assert memo.figures(article) == article_figures(article)
    assert memo.candidates(article) == article_candidates(article)
    assert set(memo.used) == set(known) and memo.used != known


def test_only_part_entries_are_read_from_a_record():
    units = {
        "article\0storm": reuse.Unit("k", {"articles/storm.md": "d"}),
        f"{parts.PREFIX}figures\0abc": reuse.Unit("[]", {}),
    }
    assert parts.known_entries(units) == {f"{parts.PREFIX}figures\0abc": "[]"}


ARTICLES = {
    "storm.txt": f"Storm hits Harrow\n\nPublished 1 March 2021\n\n{BODY}\n\n{SECOND}\n",
    "wall.txt": (
        "Sea wall to be rebuilt\n\nPublished 3 March 2021\n\n"
        "The storm on the Harrow coast killed 35 people, the Harrow county council said on "
        "Tuesday as it promised to rebuild the sea wall at Dunmere before the winter.\n"
    ),
}


NOTE = (
    "Harrow ferry back in service\n\nPublished 5 March 2021\n\n"
    "The ferry between Harrow and the island of Scarra ran again on Friday, the operator "
    "said, with extra crossings for the crews working on the sea wall.\n"
)


PARTS = 3
"""Entries per article: its figures, its key-point candidates, its statements."""


ARTICLE_PARTS = tuple(f"{parts.PREFIX}{name}\0" for name in ("figures", "candidates", "statements"))


def _entries(record: Path) -> dict[str, reuse.Unit]:
    """The per-article entries of a record (not those of single sentences)."""
    return {n: unit for n, unit in reuse.load(record).items() if n.startswith(ARTICLE_PARTS)}


def test_builds_with_the_memo_give_a_full_builds_docs(tmp_path):
    """Hit (nothing changed), miss (a changed article) and a corrupt entry: each build's docs
    are those of a full build without any cache."""
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    live = tmp_path / "live" / "docs"
    record = tmp_path / "live" / CACHE_DIR_NAME / reuse.RENDER_RECORD
    build_docs(seeds, live)
    first = _entries(record)
    assert len(first) == PARTS * len(ARTICLES)
    build_docs(seeds, live)  # every entry a hit
    assert _entries(record) == first
    (seeds / "wall.txt").write_text(ARTICLES["wall.txt"].replace("35", "33"), encoding="utf-8")
    build_docs(seeds, live)  # the changed article missed
    changed = _entries(record)
    assert len(changed) == len(first) and len(set(changed) & set(first)) == PARTS
    units = {name: (unit.key, unit.pages) for name, unit in reuse.load(record).items()}
    for name in changed:
        units[name] = ("][ corrupt", {})
    record.write_bytes(encode(Record(units, live)))
    (seeds / "note.txt").write_text(NOTE, encoding="utf-8")  # so that the render runs
    build_docs(seeds, live)  # corrupt entries found again, the added article's a miss
    after = _entries(record)
    assert len(after) == len(changed) + PARTS and all(after[n] == changed[n] for n in changed)
    fresh = tmp_path / "fresh" / "docs"
    edited = {**ARTICLES, "wall.txt": ARTICLES["wall.txt"].replace("35", "33"), "note.txt": NOTE}
    build_docs(write_corpus(tmp_path / "all", edited), fresh, "--no-cache")
    docs = read_tree(live)
    assert docs == read_tree(fresh)
    assert b"killed 33" in docs["divergences.md"] and b"killed 37" in docs["divergences.md"]


SAID = "Arcadia said on Monday that the troops of Borduria had shelled the village of Kell."
QUOTED = "The shelling of Kell went on all night"


def _statement_inputs():
    """An article with one reported claim and one quote, its mentions and its quotes."""
    article = replace(_article(), paragraphs=(Paragraph("p1", SAID), Paragraph("p2", BODY)))
    mentions = {
        "p1": [
            Mention("storm", "p1", 0, 7, "Arcadia", "arcadia"),
            Mention("storm", "p1", 47, 55, "Borduria", "borduria"),
        ]
    }
    quotes = [Quote("arcadia", QUOTED, "storm", "p2", 0, 0)]
    return article, mentions, quotes


def test_statements_are_kept_under_the_article_its_mentions_and_its_quotes(monkeypatch):
    article, mentions, quotes = _statement_inputs()
    first = parts.Memo()
    found = first.statements(article, mentions, quotes)
    assert found == article_statements(article, mentions, quotes)
    assert [(s.speaker, s.verb) for s in found] == [("arcadia", "said")]
    monkeypatch.setattr(parts, "article_statements", _never)
    hit = parts.Memo(first.used)
    assert hit.statements(article, mentions, quotes) == found
    assert hit.used == first.used
    monkeypatch.undo()
    fewer = {"p1": mentions["p1"][1:]}  # Arcadia no longer a mention: nobody said it
    missed = parts.Memo(first.used)
    assert missed.statements(article, fewer, quotes) == ()
    assert set(missed.used).isdisjoint(first.used)


def _statements_entry(article, mentions, quotes) -> str:
    memo = parts.Memo()
    memo.statements(article, mentions, quotes)
    (entry,) = memo.used
    return entry


@pytest.mark.parametrize(
    "change",
    [
        {"article": "other"},
        {"paragraph": "p2"},
        {"start": 1},
        {"end": 6},
        {"text": "Arcadian"},
        {"actor": "arcadia-2"},
    ],
)
def test_any_field_of_a_mention_changes_the_statements_key(change):
    """The key reads the mentions as plain rows (`run/canonical.rows`): every field counts."""
    article, mentions, quotes = _statement_inputs()
    changed = {"p1": [replace(mentions["p1"][0], **change), mentions["p1"][1]]}
    assert _statements_entry(article, changed, quotes) != _statements_entry(
        article, mentions, quotes
    )


@pytest.mark.parametrize(
    "change",
    [{"speaker": None}, {"text": "Other words."}, {"paragraph": "p1"}, {"start": 2}, {"end": 3}],
)
def test_any_field_of_a_quote_or_a_mentions_paragraph_changes_the_statements_key(change):
    article, mentions, quotes = _statement_inputs()
    entry = _statements_entry(article, mentions, quotes)
    assert _statements_entry(article, mentions, [replace(quotes[0], **change)]) != entry
    assert _statements_entry(article, {"p2": mentions["p1"]}, quotes) != entry


@pytest.mark.parametrize("data", ["not base64!", (1,), [], ("statement",)])
def test_a_damaged_statements_entry_is_found_again(data):
    article, mentions, quotes = _statement_inputs()
    first = parts.Memo()
    first.statements(article, mentions, quotes)
    (entry,) = first.used
    memo = parts.Memo({entry: data})
    assert memo.statements(article, mentions, quotes) == article_statements(
        article, mentions, quotes
    )
    assert memo.used == first.used


def test_statements_through_a_memo_are_those_of_the_plain_definition():
    """The corpus's statements from per-article parts, read back or not, are the same."""
    article, mentions, _quotes = _statement_inputs()
    other = replace(article, id="wall", paragraphs=(Paragraph("p1", SAID),))
    actors = (
        Actor(
            "arcadia",
            "Arcadia",
            "state",
            (),
            None,
            (*mentions["p1"][:1], Mention("wall", "p1", 0, 7, "Arcadia", "arcadia")),
        ),
        Actor("borduria", "Borduria", "state", (), None, mentions["p1"][1:]),
    )
    briefing = Briefing("T", None, (article, other), actors, (), (), ())
    plain = statements(briefing)
    memo = parts.Memo()
    assert statements(briefing, memo.statements) == plain
    assert statements(briefing, parts.Memo(memo.used).statements) == plain
    assert [s.article for s in plain] == ["storm", "wall"]


def test_a_workers_delta_names_what_it_read_and_carries_what_it_found():
    """A forked worker hands back only the names of the entries it read back and the
    values it found; merged, the parent's memo holds what the worker's did."""
    known_article, new_article = _article(), _article(SECOND, "flood")
    first = parts.Memo()
    first.figures(known_article)
    worker = parts.Memo(first.used)
    worker.figures(known_article)
    worker.figures(new_article)
    read, found = worker.delta()
    assert read == tuple(first.used)
    assert set(found) == set(worker.used) - set(first.used)
    parent = parts.Memo(first.used)
    parent.merge((read, found))
    assert parent.used == worker.used


def test_near_counts_are_kept_by_both_articles_digests(monkeypatch):
    first, second = _article(), _article(BODY.replace("37", "41"), "storm2")
    memo = parts.Memo()
    count = memo.near_count(first, second)
    assert count == copies.near_count(memo.prints(first), memo.prints(second)) == 2
    monkeypatch.setattr(parts, "near_count", lambda *_: pytest.fail("found again"))
    again = parts.Memo(memo.used)
    assert again.near_count(first, second) == count and again.used.items() <= memo.used.items()
    changed = _article(BODY.replace("37", "43"), "storm2")
    with pytest.raises(pytest.fail.Exception):
        parts.Memo(memo.used).near_count(first, changed)
    monkeypatch.undo()
    (entry,) = [n for n in memo.used if n.startswith(f"{parts.PREFIX}near")]
    for bad in (3, -1, "2", None):  # more than the smaller article has, or not a count
        damaged = parts.Memo({**memo.used, entry: bad})
        assert damaged.near_count(first, second) == count


def test_a_part_found_this_build_is_not_found_again(monkeypatch):
    article = _article()
    memo = parts.Memo()
    found = memo.candidates(article)
    memo.prints(article)  # reads the candidates found above
    monkeypatch.setattr(parts, "article_candidates", _never)
    monkeypatch.setattr(parts, "article_prints", _never)
    assert memo.candidates(article) is found
    assert (
        memo.prints(article) == memo.used[f"{parts.PREFIX}prints\0{parts.article_digest(article)}"]
    )
