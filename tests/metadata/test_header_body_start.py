"""Where the header ends: body text that only sits near the top stays in the body (#13).

Small invented pages and blocks; each case fails if the header reader takes body text
(a section heading over the first paragraph, a lede under the byline) or if it keeps a
header line it should take (the page's own headline, a dek above the byline).
"""

from __future__ import annotations

from generator.clean import clean
from generator.metadata import extract_metadata
from generator.metadata.header import read_header
from generator.metadata.header_lines import heads_body, reads_as_prose
from generator.models import Article, Paragraph, RawArticle

LEDE = (
    "The Varnel council met on Tuesday to vote on the new flood barrier, which the "
    "engineers say will protect four hundred homes along the river for thirty years."
)
SECOND = (
    "Residents who spoke at the meeting asked why the work had taken so long, and the "
    "mayor promised that the first section would be finished before the spring rains, "
    "when the river is at its highest and the old embankment is most at risk of failing."
)


def _blocks(*pieces: tuple[str, str] | str) -> tuple[Paragraph, ...]:
    """Blocks from (kind, text) pairs or plain body texts."""
    out = []
    for n, piece in enumerate(pieces, start=1):
        kind, text = piece if isinstance(piece, tuple) else ("body", piece)
        out.append(Paragraph(f"b{n}", text, kind=kind))
    return tuple(out)


def _text_article(text: str) -> Article:
    raw = RawArticle(id="case", source="case.txt", text=text, format="text")
    return extract_metadata(clean(raw))


def _html_article(body: str, title: str) -> Article:
    page = f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"
    raw = RawArticle(id="case", source="case.html", text=page, format="html")
    return extract_metadata(clean(raw))


# --- a section heading over the body ---------------------------------------------------


def test_a_section_heading_over_the_first_paragraph_stays_in_the_body() -> None:
    blocks = _blocks(("subhead", "Highlights"), LEDE, SECOND)
    header, removed = read_header(blocks, "Weekly notes from the Varnel council")
    assert header.consumed == 0
    assert removed == []


def test_a_section_heading_over_a_list_stays_in_the_body() -> None:
    items = Paragraph("b2", "The barrier vote passed\nThe budget was approved", is_list=True)
    blocks = (Paragraph("b1", "Highlights", kind="subhead"), items, Paragraph("b3", LEDE))
    header, removed = read_header(blocks, "Weekly notes from the Varnel council")
    assert header.consumed == 0
    assert removed == []


def test_a_short_plain_line_over_the_first_paragraph_still_goes() -> None:
    # not marked up as a heading: a name, an outlet, "Close" above the lede
    blocks = _blocks("Close", LEDE, SECOND)
    header, removed = read_header(blocks, "Weekly notes from the Varnel council")
    assert header.consumed == 1
    assert [(i, r.text) for i, r in removed] == [(0, "Close")]


def test_the_pages_own_headline_as_a_heading_is_still_taken() -> None:
    blocks = _blocks(("subhead", "Barrier approved"), LEDE, SECOND)
    header, removed = read_header(blocks, "Barrier approved | Varnel Post")
    assert header.consumed == 1
    assert [i for i, _ in removed] == [0]
    got = _html_article(f"<h2>Barrier approved</h2><p>{LEDE}</p>", "Barrier approved | Varnel Post")
    assert [p.text for p in got.paragraphs] == [LEDE]


def test_one_word_the_heading_shares_with_the_title_does_not_make_it_the_headline() -> None:
    blocks = _blocks(("subhead", "Introduction"), LEDE, SECOND)
    header, removed = read_header(blocks, "An introduction to the Varnel barrier")
    assert header.consumed == 0
    assert removed == []


def test_a_heading_over_another_heading_is_no_evidence_of_the_body() -> None:
    blocks = _blocks(("subhead", "Notes:"), ("subhead", "Weekly round-up"), LEDE)
    assert not heads_body(blocks, 0)
    assert heads_body(blocks, 1)


def test_a_section_heading_on_a_web_page_is_a_paragraph_of_the_body() -> None:
    got = _html_article(
        f"<h2>Highlights</h2><p>{LEDE}</p><p>{SECOND}</p>", "Weekly notes | Varnel Post"
    )
    texts = [p.text for p in got.paragraphs]
    assert texts[0] == "Highlights"
    assert got.paragraphs[0].kind == "subhead"
    assert LEDE in texts


def test_prose_is_told_by_its_length_and_sentence_end_in_any_script() -> None:
    assert reads_as_prose(LEDE)
    assert reads_as_prose(
        "瓦尔内尔市议会周二投票决定修建新的防洪堤，工程师说它将保护沿河的四百户人家三十年。"
    )
    assert not reads_as_prose("Read more.")
    assert not reads_as_prose("Weekly notes from the Varnel council and its committees")
    assert not reads_as_prose("By Ada Quist and Bo Lind, Varnel Post.")


# --- a dek under the byline ------------------------------------------------------------


def test_a_plain_line_between_the_byline_and_the_prose_is_the_lede_not_a_dek() -> None:
    lede = "Tested on the river path by Ada Quist: the guide costs 40 euros at the shop."
    got = _text_article(f"Flood barrier review\n\nBy Ada Quist\n\n{lede}\n\n{SECOND}")
    assert got.authors == ("Ada Quist",)
    assert got.subtitle is None
    assert [p.text for p in got.paragraphs][:2] == [lede, SECOND]


def test_a_dek_above_the_byline_is_still_the_dek() -> None:
    dek = "A three-year dispute ends with a council vote"
    got = _text_article(f"Flood barrier approved\n\n{dek}\n\nBy Ada Quist\n\n{LEDE}\n\n{SECOND}")
    assert got.subtitle == dek
    assert got.authors == ("Ada Quist",)
    assert dek not in [p.text for p in got.paragraphs]


def test_a_dek_under_a_dateline_with_a_byline_after_it_is_still_the_dek() -> None:
    dek = "A three-year dispute ends with a council vote"
    got = _text_article(
        f"Flood barrier approved\n\nMarch 3, 2021\n\n{dek}\n\nBy Ada Quist\n\n{LEDE}\n\n{SECOND}"
    )
    assert got.subtitle == dek
    assert got.published == "2021-03-03"


def test_a_plain_sentence_right_under_the_title_over_the_prose_is_still_the_dek() -> None:
    # "Title / One sentence that sums it up. / the body": the usual opinion-piece opening
    dek = "The council met late on Tuesday and the vote was close."
    got = _text_article(f"Flood barrier approved\n\n{dek}\n\n{LEDE} {SECOND}")
    assert got.subtitle == dek
    assert dek not in [p.text for p in got.paragraphs]


def test_the_same_sentence_over_a_byline_is_the_dek() -> None:
    dek = "The council met late on Tuesday and the vote was close."
    got = _text_article(f"Flood barrier approved\n\n{dek}\n\nBy Ada Quist\n\n{LEDE} {SECOND}")
    assert got.subtitle == dek
    assert dek not in [p.text for p in got.paragraphs]


def test_a_phrase_right_over_longer_prose_is_still_the_dek() -> None:
    dek = "A three-year dispute ends with a council vote"
    got = _text_article(f"Flood barrier approved\n\n{dek}\n\n{LEDE} {SECOND}")
    assert got.subtitle == dek
