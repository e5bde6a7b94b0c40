"""The text cleaner: one hand-written fixture per kind of furniture and repair."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.clean import clean, normalize_chars, repeated_blocks
from generator.models import Cleaned, RawArticle

FIXTURES = Path(__file__).parent.parent / "fixtures" / "clean"
SEEDS = Path(__file__).parent.parent.parent / "seeds"
BODY_STARTS = (
    "The city council voted on Tuesday",
    "Engineers told the council",
    "The mayor said she was relieved",
)


def raw_article(text: str, article_id: str = "case") -> RawArticle:
    return RawArticle(id=article_id, source=f"{article_id}.txt", text=text, format="text")


def clean_fixture(name: str) -> Cleaned:
    return clean(raw_article((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), name))


def kept(cleaned: Cleaned) -> str:
    return "\n\n".join(block.text for block in cleaned.blocks)


def reasons(cleaned: Cleaned) -> dict[str, str]:
    return {removal.text: removal.reason for removal in cleaned.removed}


def assert_body_kept(cleaned: Cleaned) -> None:
    text = kept(cleaned)
    for start in BODY_STARTS:
        if start in (FIXTURES / f"{cleaned.raw.id}.txt").read_text(encoding="utf-8"):
            assert start in text


@pytest.mark.parametrize(
    ("name", "furniture", "reason"),
    [
        ("cookie_banner", "We use cookies to improve", "cookie banner"),
        ("cookie_banner", "Accept all cookies", "cookie banner"),
        ("newsletter", "Sign up for our daily newsletter", "newsletter"),
        ("newsletter", "Get the best stories delivered", "newsletter"),
        ("share_row", "Share on Facebook", "share row"),
        ("related_teaser", "Read more: Council approves", "related-article teaser"),
        ("navigation_menu", "Home\nNews", "navigation"),
        ("copyright_line", "Copyright ©", "copyright"),
        ("tag_line", "Tags: bridges", "tag line"),
        ("disclaimer", "The views expressed in this article", "disclaimer"),
        ("original_url_trailer", "Original url:", "original-url trailer"),
        ("comment_thread", '3 responses to "Harbour bridge', "comment thread"),
        ("comment_thread", "1. harbourfan says:", "comment thread"),
        ("comment_thread", "About time. The old bridge", "comment thread"),
        ("teaser_cards", "More from the Harbour Gazette", "related-article teaser"),
        ("teaser_cards", "Ferry service cut", "related-article teaser"),
        ("teaser_cards", "The ferry company said on Wednesday", "related-article teaser"),
        ("caption_and_controls", "The old harbour bridge seen from the quay", "caption"),
        ("caption_and_controls", "Image 1 of 4", "page controls"),
        ("author_bio", "About Jane Doe", "author bio"),
        ("headline_list", "Ferry service cut", "navigation"),
        ("headline_list", "Lifeboat crew rescue", "navigation"),
        ("author_bio", "Jane Doe has covered the harbour", "author bio"),
    ],
)
def test_furniture_is_removed_with_its_reason(name: str, furniture: str, reason: str) -> None:
    cleaned = clean_fixture(name)
    assert furniture not in kept(cleaned)
    matching = [r for text, r in reasons(cleaned).items() if text.startswith(furniture)]
    assert matching == [reason]
    assert_body_kept(cleaned)


def test_a_listicle_with_linked_item_names_is_not_a_teaser_run() -> None:
    cleaned = clean_fixture("linked_headings_list")
    text = kept(cleaned)
    for item in ("Built in 1887", "The mill bridge is a stone arch", "The viaduct still carries"):
        assert item in text
    assert "The mayor said she was relieved" in text
    assert [b.text for b in cleaned.blocks if b.kind == "subhead"][:1] != []


def test_removed_blocks_are_in_source_order() -> None:
    cleaned = clean_fixture("comment_thread")
    source = (FIXTURES / "comment_thread.txt").read_text(encoding="utf-8")
    position = 0
    for removal in cleaned.removed:  # each found after the one before it
        word = max(WORD.findall(removal.text), key=len)
        position = source.find(word, position)
        assert position >= 0, removal


def test_original_url_goes_to_the_url_field() -> None:
    cleaned = clean_fixture("original_url_trailer")
    assert cleaned.url == "https://www.harbourgazette.com/2017/03/14/harbour-bridge-to-be-repaired"


def test_paragraph_broken_mid_sentence_is_rejoined() -> None:
    cleaned = clean_fixture("broken_paragraph")
    assert "and divided the town. Engineers told" in kept(cleaned)
    assert any("rejoined" in warning for warning in cleaned.warnings)


def test_paragraph_broken_inside_placeholder_links_is_rejoined() -> None:
    cleaned = clean_fixture("broken_link_paragraph")
    assert "to repair the old harbour bridge, ending a dispute" in kept(cleaned)
    assert "[" not in kept(cleaned) and "(#)" not in kept(cleaned)


def test_near_duplicate_keeps_the_fuller_copy() -> None:
    cleaned = clean_fixture("near_duplicate")
    bodies = [b.text for b in cleaned.blocks if b.text.startswith("The city council voted")]
    assert bodies == [
        "The city council voted on Tuesday to repair the old harbour bridge, ending a dispute "
        "that had lasted for almost three years and divided the town."
    ]
    duplicate = [r for r in cleaned.removed if r.text.endswith("ending a long dispute.")]
    kept_copy = next(b for b in cleaned.blocks if b.text.startswith("The city council voted"))
    assert [r.reason for r in duplicate] == [f"duplicate of {kept_copy.id}"]


def test_pull_quote_repeating_the_body_is_removed() -> None:
    cleaned = clean_fixture("pull_quote")
    assert reasons(cleaned) == {
        '"We are relieved that a decision has finally been made"': "pull quote repeating the body"
    }


def test_subheads_and_lists_keep_their_structure() -> None:
    cleaned = clean_fixture("subhead_and_list")
    by_text = {block.text: block for block in cleaned.blocks}
    assert by_text["What happens next"].kind == "subhead"
    items = [b for b in cleaned.blocks if b.is_list]
    assert [b.text for b in items] == [
        "the work must start before June\nthe bridge stays open to pedestrians\n"
        "the budget may not grow by more than ten percent"
    ]


def test_real_links_are_kept_as_spans_and_other_schemes_dropped() -> None:
    cleaned = clean_fixture("links")
    first, second = (b for b in cleaned.blocks if len(b.text) > 60)
    assert [(first.text[k.start : k.end], k.href) for k in first.links] == [
        ("voted on Tuesday", "https://example.org/vote")
    ]
    assert "almost three years" in first.text
    assert [(second.text[k.start : k.end], k.href) for k in second.links] == [
        ("the council", "mailto:council@example.org")
    ]


def test_quotes_and_spaces_are_normalised_without_touching_words() -> None:
    cleaned = clean(
        raw_article("A title here\n\n\u201cWe\u2019re  here,\u201d\u00a0she said today.")
    )
    assert cleaned.blocks[-1].text == '"We\'re here," she said today.'


def test_blocks_repeated_across_the_corpus_are_furniture_evidence() -> None:
    trailer = "Support independent journalism today"
    raws = [
        raw_article(f"Title {n}\n\n{body}\n\n{trailer}", f"a{n}")
        for n, body in enumerate(["The council met.", "The mayor spoke."])
    ]
    repeated = repeated_blocks(raws)
    assert "support independent journalism today" in repeated
    assert "the council met" not in repeated


# ---------------------------------------------------------------------------
# Nothing lost: the property
# ---------------------------------------------------------------------------

WORD = re.compile(r"[^\W_]+")
LINK_TARGET = re.compile(r"\]\([^)\n]*\)")


def visible_words(text: str) -> set[str]:
    """The input's words as a reader sees them: link targets are markup, not text."""
    return set(WORD.findall(LINK_TARGET.sub("]", normalize_chars(text))))


def accounted_words(cleaned: Cleaned) -> set[str]:
    """Words kept in a block, a link target, the URL field, or a removal record."""
    pieces = [b.text for b in cleaned.blocks] + [r.text for r in cleaned.removed]
    pieces += [k.href for b in cleaned.blocks for k in b.links] + [cleaned.url or ""]
    return set(WORD.findall("\n".join(pieces)))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                [
                    "[Home](#)",
                    "  * [News](#)",
                    "# Title",
                    "By Jane Doe",
                    "Accept cookies",
                    "\n\n",
                    "The council voted to repair the bridge on Tuesday.",
                    "Original url:",
                    "<https://example.org/a>",
                    "**bold**",
                    "[text](https://example.org)",
                ]
            ),
        ),
        max_size=12,
    ).map("\n".join)
)
def test_cleaning_never_crashes_and_never_loses_a_word_silently(text: str) -> None:
    """Invariant: every word (a run of letters/digits) of the input, after the documented
    character normalisation and with link targets taken as markup, is found in a kept
    block, a kept link's target, the URL field, or the text of a `removed` record."""
    cleaned = clean(raw_article(text))
    assert visible_words(text) <= accounted_words(cleaned)
    for removal in cleaned.removed:
        assert removal.reason


# ---------------------------------------------------------------------------
# The bundled seeds: decisive snippets
# ---------------------------------------------------------------------------


def seed(prefix: str) -> Cleaned:
    raws = [raw_article(p.read_text(encoding="utf-8"), p.stem) for p in sorted(SEEDS.glob("*.txt"))]
    repeated = repeated_blocks(raws)
    return clean(next(r for r in raws if r.id.startswith(prefix)), repeated)


def test_seed_000_rejoins_incremental_progress_and_drops_the_teaser() -> None:
    cleaned = seed("000")
    assert 'had only made "incremental progress," adding' in kept(cleaned)
    assert "Russia began the current partnership with Turkey. In December" in kept(cleaned)
    assert "Related article" not in kept(cleaned)
    assert cleaned.url and cleaned.url.startswith("https://www.themoscowtimes.com/2017/05/25/")


def test_seed_002_rejoins_both_broken_paragraphs() -> None:
    text = kept(seed("002"))
    assert "Syrian government officials met representatives" in text
    assert "sending its Ambassador to Kazakhstan as an observer" in text


def test_seed_003_cookie_wall_is_removed_entirely_and_the_article_kept() -> None:
    cleaned = seed("003")
    text = kept(cleaned).lower()
    assert "cookie" not in text and "opt-out" not in text and "ccpa" not in text
    assert "sidelined" in text  # the article's last paragraph
    assert sum(r.reason == "cookie banner" for r in cleaned.removed) >= 20


def test_seed_004_keeps_the_fuller_near_duplicate_once() -> None:
    cleaned = seed("004")
    meanwhile = [b.text for b in cleaned.blocks if b.text.startswith("Meanwhile, Russia has")]
    assert len(meanwhile) == 1 and "Ahrar al-Sham" in meanwhile[0]
    got = reasons(cleaned)
    assert any(r.startswith("duplicate of b") for r in got.values())
    assert "Subscribe to our weekly newsletter" not in kept(cleaned)
    assert got["Director, Middle East and North Africa programme"] == "author bio"


def test_seed_001_has_no_furniture_and_loses_nothing() -> None:
    cleaned = seed("001")
    assert cleaned.removed == ()
    assert len(cleaned.blocks) == 11  # title, byline and nine paragraphs


def test_an_english_text_is_read_with_the_english_list_without_loading_the_others():
    from generator.clean import profiles as cleaning

    cleaning._stopwords.cache_clear()
    name, english, _ = cleaning._language_stopwords(
        "the council voted on Tuesday to repair the bridge and the mayor said that it was".split()
    )
    assert (name, english) == ("English", cleaning.stoplist("English"))
    assert cleaning._stopwords.cache_info().currsize == 0
    name, german, _ = cleaning._language_stopwords(
        "der Rat hat am Dienstag beschlossen die Brücke zu reparieren und die".split()
    )
    assert (name, german) == ("German", cleaning.stoplist("German"))


def test_an_article_saved_twice_is_no_evidence_of_furniture():
    story = (
        "Harbour Town beat Riverside 2-1 on Saturday.\n\nThe winner came late.\n\n"
        "Fans stayed long after the whistle.\n\nSubscribe to our newsletter\n"
    )
    other = "Council approves budget.\n\nThe vote was close.\n\nSubscribe to our newsletter\n"
    raws = [
        raw_article(story, "copy-a"),
        raw_article("Sports desk\n\n" + story, "copy-b"),
        raw_article(other, "other"),
    ]
    repeated = repeated_blocks(raws)
    assert "subscribe to our newsletter" in repeated
    assert not any("winner came late" in key for key in repeated)
    assert "The winner came late." in kept(clean(raws[0], repeated))


def test_a_contributor_credit_with_its_city_is_reporting_credits():
    text = (
        "Bridge vote ends dispute\n\nThe city council voted on Tuesday to repair the old "
        "harbour bridge, ending a dispute that had lasted for almost three years.\n\n"
        "Associated Press writer Jo Banks contributed to this report from Accra.\n"
    )
    assert (
        reasons(clean(raw_article(text)))[
            "Associated Press writer Jo Banks contributed to this report from Accra."
        ]
        == "reporting credits"
    )
