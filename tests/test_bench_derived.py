"""Derived articles for corpora past the bench's distinct ones (bench/derived.py), on
invented texts: what each is made of, and that the real articles lose nothing by them."""

import json
import sys
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import derived  # noqa: E402

from generator.clean.duplicates import repeated_blocks  # noqa: E402
from generator.ingest import read_seeds  # noqa: E402


def _prose(tag: str, k: int) -> str:
    return (
        f"The {tag} delegation said on Tuesday that talks in the harbour town number {k} "
        f"would go on for another week, as the parties had not agreed on item {k} of the plan."
    )


def _wire(tag: str, title: str) -> bytes:
    lines = [title, "PORTVILLE 1996-08-30", _prose(tag, 1), f"Scorers: {tag}", _prose(tag, 2)]
    lines += [_prose(tag, 3), f"Attendance: {tag}", _prose(tag, 4)]
    return ("\n".join(lines) + "\n").encode()


def test_partner_is_never_the_article_itself_and_no_pair_comes_twice():
    n = 5
    pairs = {(i, derived.partner(i, n, r)) for r in range(1, n) for i in range(n)}
    assert len(pairs) == n * (n - 1) and all(i != j for i, j in pairs)
    assert derived.derive_round([("a.txt", _wire("a", "A B"))] * 3, 3) == []


def test_mixed_title_takes_each_half():
    assert derived.mixed_title("ONE TWO THREE", "four five six seven") == "ONE TWO six seven"
    assert derived.mixed_title("A B C D", "E F C D") == "A B C D: E F C D"


def test_text_keeps_the_first_header_and_halves_and_drops_short_lines():
    first = _wire("first", "RIVER TOWN VOTES ON BRIDGE")
    second = _wire("second", "HILL CLUB WINS THE CUP")
    text = derived.join_text(first, second).decode()
    lines = text.splitlines()
    assert lines[0] == "RIVER TOWN VOTES WINS THE CUP"
    assert lines[1] == "PORTVILLE 1996-08-30"  # the first article's dateline (its date)
    assert lines[2:] == [_prose("first", 1), _prose("first", 2), _prose("second", 3)] + [
        _prose("second", 4)
    ]
    assert "Scorers:" not in text and "Attendance" not in text
    assert derived.join_text(b"TITLE\nshort line\n", b"OTHER\nshort too\n") is None


def test_blocks_of_markdown_keep_their_heading_mark_and_dated_texts_their_date():
    first = f"# Alpha beta gamma delta\n\nBy Someone\n\n{_prose('a', 1)}\n\n{_prose('a', 2)}\n"
    second = f"# Epsilon zeta eta theta\n\n{_prose('b', 1)}\n\n{_prose('b', 2)}\n"
    text = derived.join_text(first.encode(), second.encode()).decode()
    assert text.split("\n\n") == [
        "# Alpha beta eta theta",
        "By Someone",
        _prose("a", 1),
        _prose("b", 2) + "\n",
    ]
    dated = f"Published 1998-08-13\n\n{_prose('c', 1)}\n\n{_prose('c', 2)}\n".encode()
    assert derived.join_text(dated, second.encode()).decode().startswith("Published 1998-08-13")


PAGE = """<html><head><meta charset="{charset}"><title>{title} | Site</title>
<meta property="og:title" content="{title}">
<script type="application/ld+json">{{"headline": "{title}", "datePublished": "2020-05-01"}}
</script></head><body><nav><p>Home</p></nav><h1>{title}</h1>
<p>{p1}</p><p>{p2}</p><p>Share</p><p>{p3}</p><p>{p4}</p></body></html>"""


def _page(tag: str, title: str, charset: str = "utf-8") -> bytes:
    paragraphs = {f"p{k}": _prose(tag, k) for k in range(1, 5)}
    return PAGE.format(charset=charset, title=title, **paragraphs).encode(charset)


def test_page_is_retitled_everywhere_and_takes_the_other_pages_second_half():
    first = _page("Zürich", "Zürich council backs new tram line", charset="iso-8859-1")
    second = _page("second", "Harbour strike ends after two weeks")
    made = derived.join_html(first, second)
    page = lxml.html.document_fromstring(made)
    title = "Zürich council backs after two weeks"
    assert page.xpath("//title")[0].text == title == page.xpath("//h1")[0].text_content()
    assert page.xpath("//meta[@property='og:title']/@content") == [title]
    ld = json.loads(page.xpath("//script[@type='application/ld+json']")[0].text)
    assert ld == {"headline": title, "datePublished": "2020-05-01"}
    texts = [p.text_content() for p in page.xpath("//body//p")]
    assert texts == ["Home", _prose("Zürich", 1), _prose("Zürich", 2), "Share"] + [
        _prose("second", 3),
        _prose("second", 4),
    ]
    assert page.xpath("//meta/@charset") == ["utf-8"] and "Zürich".encode() in made


def test_page_with_fewer_paragraphs_gets_all_of_the_others_second_half():
    first = b"<html><head><title>Short page here</title></head><body><p>%s</p></body></html>"
    made = derived.join_html(first % _prose("one", 1).encode(), _page("two", "Other page"))
    texts = [p.text_content() for p in lxml.html.document_fromstring(made).xpath("//body//p")]
    assert texts == [_prose("one", 1), _prose("two", 3), _prose("two", 4)]


def test_real_articles_keep_their_short_lines_next_to_derived_ones(tmp_path):
    """A short line in two files is read as furniture: derived texts must not repeat the
    real ones' short lines (only whole paragraphs repeat, as in syndicated copies), and
    each derived file is a new text (none skipped as the same text)."""
    titles = ["RIVER TOWN VOTES ON BRIDGE", "HILL CLUB WINS CUP", "MAYOR OPENS NEW PARK"]
    source = [(f"w{k}.txt", _wire(f"w{k}", title)) for k, title in enumerate(titles)]
    made = derived.derive_round(source, 1) + derived.derive_round(source, 2)
    for name, data in source + made:
        (tmp_path / name).write_bytes(data)
    raws, problems = read_seeds(tmp_path)
    assert len(raws) == 9 and not problems
    real = [raw for raw in raws if not raw.id.startswith("d")]
    added = repeated_blocks(raws) - repeated_blocks(real)
    assert added and all(len(key) >= 120 for key in added)  # whole paragraphs only
    assert repeated_blocks(real) == {"portville 1996 08 30"}
