"""A table of contents under the byline is furniture; the title and byline above it stay (#13)."""

from __future__ import annotations

from generator.clean import clean
from generator.metadata import extract_metadata
from generator.models import RawArticle

BODY = (
    "The orchard cooperative picked its first apples on Saturday, two weeks earlier than "
    "usual after a warm and dry spring across the valley.\n\n"
    "Growers said the fruit was smaller but sweeter, and that prices would stay as they were."
)


def test_contents_between_byline_and_body_keeps_title_and_author() -> None:
    text = (
        "Early apple harvest in the valley\n\nBy Owen Marsh\n\nContents\n\n"
        f"- The picking\n- The prices\n- The weather\n\n{BODY}"
    )
    article = extract_metadata(clean(RawArticle(id="c", source="c.txt", text=text, format="text")))
    assert article.title == "Early apple harvest in the valley"
    assert article.authors == ("Owen Marsh",)
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Contents"] == "table of contents"
    assert reasons["By Owen Marsh"] == "byline"
    assert [p.text for p in article.paragraphs] == BODY.split("\n\n")
