"""Shapes from pages nobody tuned the cleaner on (#13): datelines against sentences with a
date, joins across a banner, furniture left in, short or list-shaped articles."""

from __future__ import annotations

import pytest

from generator.clean import clean, looks_like_dateline, opens_with_dateline, rejoin_broken
from generator.metadata import extract_metadata
from generator.models import Article, Cleaned, RawArticle

BODY = (
    "The council of Westmoor voted late on Monday to raise the fees that fishing boats pay "
    "to use the old harbour, the third rise in as many years. Fishermen said the decision "
    "would push the smallest crews out of business before the summer season begins.\n\n"
    "The mayor said the money would pay for a new sea wall, which engineers have warned is "
    "needed before the next winter storms. She told reporters that the town had no other "
    "way to raise the sum in time.\n\n"
    "Opposition councillors said they would ask the regional court to review the vote, "
    "arguing that the town had not consulted the fishing cooperative as the law requires."
)


def cleaned(text: str) -> Cleaned:
    return clean(RawArticle(id="case", source="case.txt", text=text, format="text"))


def article(text: str) -> Article:
    return extract_metadata(cleaned(text))


def paragraphs(text: str) -> list[str]:
    return [p.text for p in article(text).paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        "LONDON, 3 March 2021 (Reuters) -",
        "Updated: 3 March 2021, 10.00 GMT",
        "Last modified on Wed 3 Mar 2021 10.00 GMT",
        "March 3, 2021 at 10:00 a.m.",
        "Posted in news on March 3, 2021",
        "actualizado el 3 de marzo de 2021 a las 10:00",
        "HELSINKI 1996-08-30",
    ],
)
def test_a_dateline_is_date_place_and_agency(line: str) -> None:
    assert looks_like_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Negotiators from both towns met on 3 March 2021 to discuss the harbour fees, "
        "officials said on Tuesday.",
        "Talks resumed on 3 March, officials said.",
        "The ferry has run every morning since 1998 and the crews want it to stay that way",
    ],
)
def test_a_sentence_with_a_date_is_no_dateline(line: str) -> None:
    assert not looks_like_dateline(line)


def test_a_short_sentence_with_a_date_under_the_title_stays_in_the_body() -> None:
    lede = (
        "Negotiators from both towns met on 3 March 2021 to discuss the harbour fees, "
        "officials said on Tuesday."
    )
    found = article(f"# Harbour fees rise again in Westmoor\n\n{lede}\n\n{BODY}")
    assert found.title == "Harbour fees rise again in Westmoor"
    # a dek or the first paragraph (the metadata stage decides), never a removed "dateline"
    assert lede in (found.subtitle, found.paragraphs[0].text)
    assert not [r for r in found.removed if r.text == lede]


def test_a_lede_opened_by_a_dateline_ends_the_header() -> None:
    lede = (
        "Feb. 3, 2021 -- Fishing crews in Westmoor face higher harbour fees from next month, "
        "the third rise in as many years, and the cooperative has called a meeting."
    )
    assert opens_with_dateline(lede) and not looks_like_dateline(lede)
    text = f"# Harbour fees rise again\n\nChecked by Jane Doe, harbour desk\n\n{lede}\n\n{BODY}"
    kept = paragraphs(text)
    assert kept[0] == lede
    assert "Checked by Jane Doe, harbour desk" not in kept


NOTICE = (
    "Like most websites we and our partners store small files on your device to measure "
    "traffic and remember your choices for"
)
HEADLINE = "Harbour fees rise again in Westmoor after a long night of talks"
STOP = frozenset({"for", "it", "to", "the", "a", "of", "and", "its", "more"})


def test_repair_never_joins_across_a_button_label_or_into_a_headline() -> None:
    blocks, joins = rejoin_broken([NOTICE, "Got it", HEADLINE], STOP)
    assert (blocks, joins) == ([NOTICE, "Got it", HEADLINE], 0)
    blocks, joins = rejoin_broken([NOTICE, HEADLINE], STOP)
    assert (blocks, joins) == ([NOTICE, HEADLINE], 0)


def test_repair_never_joins_furniture_to_what_follows() -> None:
    banner = (
        "We use cookies and similar tracking technologies to personalise content and ads and "
        "to measure traffic, which you can change in your privacy settings at"
    )
    assert rejoin_broken([banner, "any time you like."], STOP) == (
        [banner, "any time you like."],
        0,
    )


def test_repair_still_joins_a_sentence_broken_before_its_end() -> None:
    first = "The ministry said on Friday, after a long meeting, that it would keep sending its Ambassador to"
    blocks, joins = rejoin_broken([first, "Kazakhstan as an observer of the talks."], STOP)
    assert joins == 1 and blocks == [f"{first} Kazakhstan as an observer of the talks."]
    credit = "A crane lifts the old gate, rusted through, out of the harbour on Monday ... more"
    assert rejoin_broken([credit, "Photo: Jane Doe, Coastal Press"], STOP)[1] == 1


def test_a_consent_notice_and_its_button_are_removed_and_the_headline_is_the_title() -> None:
    found = article(f"{NOTICE}\n\nGot it\n\n{HEADLINE}\n\n{BODY}")
    assert found.title == HEADLINE
    reasons = {r.text: r.reason for r in found.removed}
    assert reasons[NOTICE] == "banner closed by a button"
    assert reasons["Got it"] == "button label"
    assert found.paragraphs[0].text.startswith("The council of Westmoor voted")


def test_a_paragraph_above_a_learn_more_link_is_kept() -> None:
    lede = "Here are a few of the boats the crews like best"
    found = article(f"# {HEADLINE}\n\n{BODY}\n\n{lede}\n\nLearn more\n\n{BODY.split(chr(10))[0]}")
    assert lede in [p.text for p in found.paragraphs]


@pytest.mark.parametrize(
    ("furniture", "reason"),
    [
        (
            "A fishing boat returns to the harbour at dusk. Photograph: Jane Doe/Coastal Press",
            "caption",
        ),
        ("The new sea wall under construction in May. Photo: Jane Doe", "caption"),
        (
            "You have read 3 of 5 free articles this month. Subscribe now for unlimited access",
            "paywall",
        ),
        ("Already have an account? Sign in", "sign-in prompt"),
        ("Create a free account to keep reading", "sign-in prompt"),
    ],
)
def test_furniture_inside_the_body_is_removed_with_its_reason(furniture: str, reason: str) -> None:
    paras = BODY.split("\n\n")
    text = f"# {HEADLINE}\n\n{paras[0]}\n\n{furniture}\n\n{paras[1]}\n\n{paras[2]}"
    found = cleaned(text)
    removed = {r.text: r.reason for r in found.removed}
    label = furniture.removeprefix("## ")
    assert removed.get(label) == reason
    assert [b.text for b in found.blocks][1:] == paras


def test_a_list_repeating_the_subheads_below_is_a_table_of_contents() -> None:
    paras = BODY.split("\n\n")
    text = (
        f"# {HEADLINE}\n\n- The vote\n- The sea wall\n- The court\n\n## The vote\n\n{paras[0]}"
        f"\n\n## The sea wall\n\n{paras[1]}\n\n## The court\n\n{paras[2]}"
    )
    found = cleaned(text)
    assert {r.text: r.reason for r in found.removed} == {
        "The vote\nThe sea wall\nThe court": "table of contents"
    }
    kept = [b.text for b in found.blocks]
    assert all(head in kept for head in ("The vote", "The sea wall", "The court"))


def test_a_contents_label_and_its_list_are_a_table_of_contents() -> None:
    paras = BODY.split("\n\n")
    toc = "1. Background\n2. The vote\n3. Reactions"
    found = cleaned(f"# {HEADLINE}\n\n{paras[0]}\n\n## Contents\n\n{toc}\n\n{BODY}")
    assert {r.reason for r in found.removed if "Background" in r.text or r.text == "Contents"} == {
        "table of contents"
    }
    assert len([r for r in found.removed if r.reason == "table of contents"]) == 2


def test_a_list_of_points_under_no_label_is_kept() -> None:
    paras = BODY.split("\n\n")
    points = "- Higher fees for boats\n- A new sea wall\n- A court review"
    found = cleaned(f"# {HEADLINE}\n\n{paras[0]}\n\n{points}\n\n{paras[1]}\n\n{paras[2]}")
    assert "Higher fees for boats\nA new sea wall\nA court review" in [b.text for b in found.blocks]


def test_a_results_table_is_an_article_not_page_furniture() -> None:
    rows = ["Harbour rowing regatta final results", "WESTMOOR 2021-03-03"] + [
        f"{crew} {time}"
        for crew, time in (
            ("Westmoor A men's eight", "6:41.2"),
            ("Eastmoor men's eight", "6:45.9"),
            ("Westmoor B men's eight", "7:02.3"),
        )
    ]
    found = article("\n".join(rows))
    assert found.title == "Harbour rowing regatta final results"
    assert [p.text for p in found.paragraphs] == rows[2:]


def test_a_short_list_shaped_post_is_kept() -> None:
    text = "# Opening hours over the holidays\n\n- Monday: closed\n- Tuesday to Friday: 9 to 17"
    found = article(text)
    assert found.paragraphs and "Monday: closed" in found.paragraphs[0].text


def test_a_page_of_furniture_alone_is_still_empty() -> None:
    text = (
        "[Home](#) | [News](#) | [Sport](#)\n\nWe use cookies to personalise content and ads. "
        "Accept all cookies to continue.\n\nShare on Facebook\n\nCopyright © 2021 Harbour Gazette"
    )
    assert not article(text).paragraphs


@pytest.mark.parametrize("separator", ["___", "\\_\\_\\_"])
def test_a_separator_line_without_words_is_removed_as_such_not_as_a_share_row(
    separator: str,
) -> None:
    """A rule between sections ("___", as trafilatura escapes it in Markdown) has no words:
    the audit trail says so, instead of calling it a row of share buttons."""
    first, rest = BODY.split("\n\n", 1)
    result = cleaned(f"{first}\n\n{separator}\n\n{rest}")
    assert [(r.text, r.reason) for r in result.removed] == [("___", "no words")]
    assert len(result.blocks) == 3
