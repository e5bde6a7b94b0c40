"""The metadata stage end to end: header layouts, precedence, the audit trail, seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.clean import clean, repeated_blocks
from generator.metadata import (
    extract_metadata,
    header_furniture,
    publication_from_url,
)
from generator.models import Article, Cleaned, HtmlMetadata, Paragraph, RawArticle, Removal
from generator.settings.config import ArticleCorrection

SEEDS = Path(__file__).parent.parent.parent / "seeds"
PARAGRAPH = (
    "The city council voted on Tuesday to repair the old harbour bridge, ending a dispute "
    "that had lasted for almost three years and divided the town."
)


def article(text: str, correction: ArticleCorrection | None = None) -> Article:
    raw = RawArticle(id="case", source="case.txt", text=text, format="text")
    return extract_metadata(clean(raw), correction)


def test_markdown_link_byline_gives_the_plain_name() -> None:
    got = article(f"Harbour bridge to be repaired\n\nBy [Jane Doe](#)\n\n{PARAGRAPH}")
    assert got.authors == ("Jane Doe",)
    assert ("By Jane Doe", "byline") in [(r.text, r.reason) for r in got.removed]


def test_published_wins_over_updated() -> None:
    got = article(f"Harbour bridge\n\nUpdated: May 27, 2017 Published: May 25, 2017\n\n{PARAGRAPH}")
    assert (got.published, got.published_basis) == ("2017-05-25", "text")


def test_title_dek_byline_and_dateline_are_read_from_the_header() -> None:
    got = article(
        "Harbour bridge to be repaired\n\nA three-year dispute ends with a council vote.\n\n"
        f"By Jane Doe\n\nMarch 14, 2017\n\n{PARAGRAPH}"
    )
    assert got.title == "Harbour bridge to be repaired"
    assert got.subtitle == "A three-year dispute ends with a council vote."
    assert got.published == "2017-03-14"
    assert [p.id for p in got.paragraphs] == ["p1"]
    assert ("March 14, 2017", "dateline") in [(r.text, r.reason) for r in got.removed]


def test_caption_shown_twice_is_kept_once_with_its_credit() -> None:
    caption = "The old harbour bridge at dusk."
    got = article(f"{caption}\n\n{caption} Jane Doe / AP\n\nHarbour bridge\n\n{PARAGRAPH}")
    assert got.caption == caption
    assert got.credit == "Jane Doe / AP"
    assert (caption, "duplicate caption") in [(r.text, r.reason) for r in got.removed]
    assert got.title == "Harbour bridge"


def test_no_date_line_gives_none_and_a_warning() -> None:
    got = article(f"Harbour bridge\n\n{PARAGRAPH}")
    assert got.published is None and got.published_basis is None
    assert "no publication date found" in got.warnings


def test_a_dated_past_event_alone_does_not_date_the_article() -> None:
    # the article may be years after what it recalls; inference is generator.dating's job
    got = article(f"Harbour bridge\n\n{PARAGRAPH} The first vote was held on May 3, 2016.")
    assert got.published is None and got.published_basis is None
    assert "no publication date found" in got.warnings


def test_config_correction_wins() -> None:
    got = article(
        f"Harbour bridge\n\nBy Jane Doe\n\nMay 25, 2017\n\n{PARAGRAPH}",
        ArticleCorrection(published="2017-05-24", title="Fixed", authors=("A. N. Other",)),
    )
    assert (got.published, got.published_basis) == ("2017-05-24", "config")
    assert got.title == "Fixed" and got.authors == ("A. N. Other",)


def test_publication_from_the_url_domain() -> None:
    assert publication_from_url("https://www.themoscowtimes.com/2017/05/25/x") == (
        "The Moscow Times"
    )
    assert publication_from_url("https://ecfr.eu/article/x") == "ecfr.eu"


def test_no_clear_title_uses_the_first_line_and_warns() -> None:
    got = article(f"{PARAGRAPH}\n\n{PARAGRAPH.replace('Tuesday', 'Monday')}")
    assert got.title.startswith("The city council voted")
    assert any("no clear title" in w for w in got.warnings)
    assert got.paragraphs[0].text == PARAGRAPH  # a sentence used as title stays in the body


# ---------------------------------------------------------------------------
# The bundled seeds
# ---------------------------------------------------------------------------


def seed(prefix: str) -> Article:
    raws = [
        RawArticle(p.stem, p.name, p.read_text(encoding="utf-8"), "text")
        for p in sorted(SEEDS.glob("*.txt"))
    ]
    repeated = repeated_blocks(raws)
    return extract_metadata(clean(next(r for r in raws if r.id.startswith(prefix)), repeated))


def test_seed_000_metadata() -> None:
    got = seed("000")
    assert got.title.startswith("Russia's Syrian Charm Offensive")
    assert got.subtitle.startswith("With the failure of UN-backed negotiations")
    assert got.authors == ("Eric Woods",)
    assert (got.published, got.published_basis) == ("2017-05-25", "text")
    assert got.publication == "The Moscow Times"
    assert got.credit == "Fabrice Coffrini / AP"
    assert got.paragraphs[0].id == "p1" and got.paragraphs[0].text.startswith("A sixth round")


def test_seed_001_metadata() -> None:
    got = seed("001")
    assert got.authors == ("Robbie Gramer",)
    assert got.publication == "Foreign Policy"
    assert got.published is None or got.published_basis == "inferred"
    assert any("date" in w for w in got.warnings)


def test_seed_002_metadata() -> None:
    got = seed("002")
    assert got.authors == ("Vladimir Frolov",)
    assert (got.published, got.published_basis) == ("2017-01-25", "text")


def test_seed_003_caption_once_and_title() -> None:
    got = seed("003")
    assert got.title == "What Syrian-Peace Negotiators in Geneva Must Learn from Russia"
    assert got.credit == "Xu Jinquan / Pool Photo via AP"
    assert [r.reason for r in got.removed].count("duplicate caption") == 1


def test_seed_004_publication_from_the_disclaimer() -> None:
    got = seed("004")
    assert got.title == "Russia's Syria Quandary"
    assert got.publication == "European Council on Foreign Relations"
    assert any(r.reason.startswith("duplicate of p") for r in got.removed)


# ---------------------------------------------------------------------------
# The audit trail and header furniture
# ---------------------------------------------------------------------------

FIXTURES = Path(__file__).parent.parent / "fixtures" / "metadata"
WORD_RE = re.compile(r"[^\W_]+")


def test_removed_is_in_source_order_with_final_duplicate_ids() -> None:
    got = article((FIXTURES / "audit_order.txt").read_text(encoding="utf-8"))
    assert [r.reason for r in got.removed] == [
        "navigation",
        "reading time",
        "byline",
        "dateline",
        "duplicate of p2",
        "copyright",
    ]
    kept_copy = got.paragraph("p2")
    assert kept_copy is not None and kept_copy.text.endswith("divided the town.")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("5 min read", "reading time"),
        ("Tempo de leitura: 1 minuto", "reading time"),
        ("4-minute read", "reading time"),
        ("Lesezeit: 3 Minuten", "reading time"),
        ("Updated 3 hours ago", "relative timestamp"),
        ("há 2 horas", "relative timestamp"),
        ("12 comments", "comment count"),
    ],
)
def test_header_furniture_lines_are_removed_with_a_reason(line: str, reason: str) -> None:
    got = article(f"Harbour bridge to be repaired\n\n{line}\n\nBy Jane Doe\n\n{PARAGRAPH}")
    assert got.title == "Harbour bridge to be repaired"
    assert got.authors == ("Jane Doe",)
    assert (line, reason) in [(r.text, r.reason) for r in got.removed]
    assert [p.text for p in got.paragraphs] == [PARAGRAPH]


@pytest.mark.parametrize(
    "line",
    ["The 90 minutes that changed the town", "He left 3 days ago.", "Yesterday, the council met."],
)
def test_lines_that_only_mention_time_are_not_header_furniture(line: str) -> None:
    assert header_furniture(line) is None


def test_a_reading_time_line_between_dek_and_byline_keeps_the_dek() -> None:
    got = article(
        "Harbour bridge to be repaired\n\nA three-year dispute ends with a council vote.\n\n"
        f"5 min read\n\nBy Jane Doe\n\n{PARAGRAPH}"
    )
    assert got.subtitle == "A three-year dispute ends with a council vote."
    assert got.authors == ("Jane Doe",)


# ---------------------------------------------------------------------------
# Never raises
# ---------------------------------------------------------------------------

HEADER_PIECES = [
    "By Jane Doe and John Smith",
    "Robbie Gramer /Foreign Policy",
    "May 25, 2017",
    "03/04/2017",
    "Updated: May 27, 2017 Published: May 25, 2017",
    "5 min read",
    "The bridge at dusk. Jane Doe / AP",
    "The bridge at dusk.",
    "Original url: https://www.example.com/2017/05/25/x",
    "# A title",
    "  * [Home](#)",
    PARAGRAPH,
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.text(max_size=60), st.sampled_from(HEADER_PIECES)), max_size=10),
    st.one_of(st.none(), st.text(max_size=40)),
)
def test_extract_metadata_never_raises_on_arbitrary_cleaned_input(
    pieces: list[str], html_title: str | None
) -> None:
    """Whatever the cleaner hands over (any blocks, any ids, with or without page
    metadata), the metadata stage returns an Article whose paragraphs are numbered, and
    every word of the cleaned blocks is in a paragraph, a header field or a removal."""
    raw = RawArticle(id="fuzz", source="fuzz.txt", text="\n\n".join(pieces), format="text")
    for cleaned in (
        clean(raw),
        Cleaned(
            raw=raw,
            blocks=tuple(Paragraph(f"x{n}", text) for n, text in enumerate(pieces)),
            removed=(Removal("gone", "duplicate of b99"),),
            html=HtmlMetadata(title=html_title, url=html_title),
        ),
    ):
        got = extract_metadata(cleaned)
        assert [p.id for p in got.paragraphs] == [
            f"p{n}" for n in range(1, len(got.paragraphs) + 1)
        ]
        assert all(r.reason for r in got.removed)
        fields = [got.title, got.subtitle or "", got.caption or "", got.credit or ""]
        texts = [p.text for p in got.paragraphs] + [r.text for r in got.removed] + fields
        blocks = "\n".join(b.text for b in cleaned.blocks)
        assert set(WORD_RE.findall(blocks)) <= set(WORD_RE.findall("\n".join(texts)))


def test_a_title_shaped_like_a_name_list_is_not_a_byline() -> None:
    got = article(
        "Harbour Bridge, Mill Bridge, Rail Viaduct: Three Ways to Cross the River\n\n"
        f"By Jane Doe\n\n{PARAGRAPH}"
    )
    assert got.title.startswith("Harbour Bridge, Mill Bridge")
    assert got.authors == ("Jane Doe",)


def test_by_on_its_own_line_and_a_dateline_block_are_read() -> None:
    got = article(
        "Harbour bridge to be repaired\n\nA three-year dispute ends with a council vote.\n\n"
        f"By\n\nJane Doe\n\n  * 14 Mar 2017, 19:09\n  * Updated: 14 Mar 2017, 19:11\n\n{PARAGRAPH}"
    )
    assert got.subtitle == "A three-year dispute ends with a council vote."
    assert got.authors == ("Jane Doe",)
    assert (got.published, got.published_basis) == ("2017-03-14", "text")
    assert [p.text for p in got.paragraphs] == [PARAGRAPH]


# A scraped page whose header sits above thin rows (share icons, an author's handle, a
# video label) that used to stop the header walk; invented text, real layout.
GALLERY_PAGE = """[Home](#) [World](#) [Business](#) [Sport](#)

[Sign In](#) [Subscribe](#)

https://www.example-gazette.com/news/article/Harbour-bridge-vote-1234.php

# Harbour bridge repairs approved after three-year dispute

Ana Ruiz, AP Transport Writer

Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago

  * [ ](#)
  * [ ](#)
  * [ ](#)

[Ana Ruiz](#)[@anaruiz](#)

VIDEO3:4503:45

## Harbour bridge repairs approved after three-year dispute

## Back to Gallery

The city council voted on Tuesday to repair the old harbour bridge, ending a dispute that had lasted for almost three years and divided the town. Engineers said the work would take a year.

Engineers told the council that the eastern span could be reopened to light traffic within six months, once the corroded cables had been replaced and the deck resurfaced.

The mayor said she was relieved that the long argument was over and thanked residents for their patience during the closures.
"""


def test_title_byline_and_date_found_above_thin_rows():
    found = article(GALLERY_PAGE)
    assert found.title == "Harbour bridge repairs approved after three-year dispute"
    assert found.authors == ("Ana Ruiz",)  # "AP Transport Writer" is a role; "Wed" a weekday
    assert found.published == "2019-11-20" and found.published_basis == "text"
    assert found.paragraphs[0].text.startswith("The city council voted on Tuesday")
    reasons = {r.text: r.reason for r in found.removed}
    assert reasons["Harbour bridge repairs approved after three-year dispute"] == (
        "duplicate of the title"
    )
    assert reasons["Back to Gallery"] == "page controls"


def test_a_wire_story_saved_twice_keeps_its_title_line():
    other = GALLERY_PAGE.replace("voted on Tuesday", "met on Tuesday").replace(
        "example-gazette", "example-herald"
    )
    raws = [
        RawArticle(id=name, source=f"{name}.txt", text=text, format="text")
        for name, text in (("gazette", GALLERY_PAGE), ("herald", other))
    ]
    repeated = repeated_blocks(raws)
    for raw in raws:
        found = extract_metadata(clean(raw, repeated))
        assert found.title == "Harbour bridge repairs approved after three-year dispute"


def test_long_sentence_after_the_byline_is_the_lede_not_a_dek():
    text = (
        "# Bridge vote ends dispute\n\nby Ana Ruiz\n\n| November 18, 2019 12:01 PM\n\n"
        "While residents spent the weekend arguing about the old harbour bridge, the council "
        "quietly found the money to repair it and scheduled a vote for Tuesday.\n\n"
        + PARAGRAPH
        + " "
        + PARAGRAPH
        + "\n\n"
        + PARAGRAPH
    )
    found = article(text)
    assert found.subtitle is None
    assert found.paragraphs[0].text.startswith("While residents spent the weekend")


@pytest.mark.parametrize(
    "dateline",
    [
        "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Example Wire",
        "Nov. 20, 2019 6:02 AM EST",
    ],
)
def test_a_dateline_above_the_title_is_not_the_title(dateline):
    found = article(f"{dateline}\n\n# Bridge vote ends dispute\n\n{PARAGRAPH}\n\n{PARAGRAPH}")
    assert found.title == "Bridge vote ends dispute"
    assert found.published == "2019-11-20"


def test_the_pages_address_just_above_the_title_gives_its_url():
    found = article(GALLERY_PAGE)
    assert found.url == "https://www.example-gazette.com/news/article/Harbour-bridge-vote-1234.php"


def test_a_wire_text_with_one_paragraph_per_line_and_no_blank_line():
    text = (
        "SOCCER - HARBOUR TOWN AND RIVERSIDE DRAW 1-1 IN CUP TIE.\n"
        "OSLO 1996-08-31\n"
        "Harbour Town and Riverside drew 1-1 in a cup tie on Saturday, with the\n"
        "visitors equalising late.\n"
        "The replay is set for next week.\n"
    )
    found = article(text)
    assert found.title == "SOCCER - HARBOUR TOWN AND RIVERSIDE DRAW 1-1 IN CUP TIE."
    assert found.published == "1996-08-31"
    assert [p.text for p in found.paragraphs] == [
        "Harbour Town and Riverside drew 1-1 in a cup tie on Saturday, with the visitors "
        "equalising late.",
        "The replay is set for next week.",
    ]


def test_affiliate_and_market_data_disclaimers_are_furniture_not_the_title():
    text = (
        "Example Science is supported by its audience. When you purchase through links on our "
        "site, we may earn an affiliate commission.\n\n# Harbour bridge repairs approved\n\n"
        f"By Ana Ruiz\n\n{PARAGRAPH}\n\n{PARAGRAPH}"
    )
    found = article(text)
    assert found.title == "Harbour bridge repairs approved"
    assert any(r.reason == "disclaimer" for r in found.removed)


def test_a_label_line_is_not_the_title():
    found = article(
        f"Up next:\n\nBridge vote ends a three-year dispute\n\n{PARAGRAPH}\n\n{PARAGRAPH}"
    )
    assert found.title == "Bridge vote ends a three-year dispute"
    assert ("Up next:", "header line") in [(r.text, r.reason) for r in found.removed]


def test_page_author_field_is_read_like_a_byline():
    html = HtmlMetadata(title="Bridge vote", authors=("Tom Krisher, AP Auto Writer",))
    raw = RawArticle(id="p", source="p.html", text="<html></html>", format="html")
    cleaned = Cleaned(raw=raw, blocks=(Paragraph("b1", PARAGRAPH),), html=html)
    assert extract_metadata(cleaned).authors == ("Tom Krisher",)


def test_a_lede_full_of_links_neither_hides_the_title_nor_is_dropped():
    lede = (
        "A [harbour town council in the north](#) voted on [Tuesday after a long debate](#) "
        "to [repair the old bridge over the river](#), ending [a dispute that had lasted "
        "for almost three years](#) and [divided the town and its neighbours](#) in the end."
    )
    text = (
        "[Home](#) [News](#) [Sport](#)\n\n# Bridge repairs approved\n\nBy Ana Ruiz\n\n"
        f"  * [ ](#)\n  * [ ](#)\n\n{lede}\n\n{PARAGRAPH}\n\n{PARAGRAPH}"
    )
    found = article(text)
    assert found.title == "Bridge repairs approved" and found.authors == ("Ana Ruiz",)
    assert found.paragraphs[0].text.startswith("A harbour town council in the north voted")


def test_a_breadcrumb_ending_on_the_title_is_not_the_title():
    raw = RawArticle(id="p", source="p.txt", text="(blocks below)", format="text")
    blocks = (
        Paragraph("b1", "Home News Business News Harbour bridge repairs approved"),
        Paragraph("b2", "Harbour bridge repairs approved"),
        Paragraph("b3", PARAGRAPH),
    )
    found = extract_metadata(Cleaned(raw=raw, blocks=blocks))
    assert found.title == "Harbour bridge repairs approved"
    assert ("breadcrumb", "Home News Business News Harbour bridge repairs approved") in [
        (r.reason, r.text) for r in found.removed
    ]


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("CAIRO (Reuters) - ", "Reuters"),
        ("SANTA FE, N.M. (AP) — ", "Associated Press"),
        ("BEIJING, Nov 5 (Reuters) - ", "Reuters"),
    ],
)
def test_the_agency_in_a_wire_dateline_is_the_publication(opening, agency):
    found = article(f"# Bridge vote ends dispute\n\nBy Ana Ruiz\n\n{opening}{PARAGRAPH}")
    assert found.publication == agency


def test_a_date_line_at_the_very_end_dates_the_article():
    found = article(
        f"# Bridge vote ends dispute\n\n{PARAGRAPH}\n\nMore text follows here.\n\nOctober 17, 2023"
    )
    assert (found.published, found.published_basis) == ("2023-10-17", "text")


def test_an_agency_on_a_line_of_its_own_under_the_title_is_the_publication():
    found = article(f"# Bridge vote ends dispute\n\nReuters\n\nOct 18 (Reuters) - {PARAGRAPH}")
    assert found.publication == "Reuters"


def test_a_title_line_of_the_text_keeps_the_site_name_written_in_it():
    raw = RawArticle(id="p", source="p.html", text="<html></html>", format="html")
    cleaned = Cleaned(
        raw=raw,
        blocks=(Paragraph("b1", "Best gadgets of 2019 | ZDNet"), Paragraph("b2", PARAGRAPH)),
        html=HtmlMetadata(title="Best gadgets of 2019 | ZDNet", sitename="ZDNet"),
    )
    assert extract_metadata(cleaned).title == "Best gadgets of 2019 | ZDNet"
    page_only = Cleaned(
        raw=raw,
        blocks=(Paragraph("b2", PARAGRAPH),),
        html=HtmlMetadata(title="Best gadgets of 2019 | ZDNet", sitename="ZDNet"),
    )
    assert extract_metadata(page_only).title == "Best gadgets of 2019"


def _dek_blocks() -> tuple[Paragraph, ...]:
    return (
        Paragraph("b1", "Harbour bridge to be repaired"),
        Paragraph("b2", "A three-year dispute ends with a council vote."),
        Paragraph("b3", "By Jane Doe"),
        Paragraph("b4", PARAGRAPH),
    )


def test_a_saved_page_keeps_its_dek_as_the_first_paragraph_too():
    raw = RawArticle(id="p", source="p.html", text="<html></html>", format="html")
    html = HtmlMetadata(title="Harbour bridge to be repaired")
    found = extract_metadata(Cleaned(raw=raw, blocks=_dek_blocks(), html=html))
    assert found.subtitle == "A three-year dispute ends with a council vote."
    assert [p.text for p in found.paragraphs] == [found.subtitle, PARAGRAPH]
    assert found.subtitle_apart() is None
    assert ("By Jane Doe", "byline") in [(r.text, r.reason) for r in found.removed]


def test_a_text_dek_is_header_only():
    raw = RawArticle(id="p", source="p.txt", text="(blocks)", format="text")
    found = extract_metadata(Cleaned(raw=raw, blocks=_dek_blocks()))
    assert found.subtitle == "A three-year dispute ends with a council vote."
    assert [p.text for p in found.paragraphs] == [PARAGRAPH]
    assert found.subtitle_apart() == found.subtitle
