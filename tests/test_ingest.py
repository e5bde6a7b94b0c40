"""ingest: every refused file becomes one problem naming it; readable ones decode correctly."""

import os
from pathlib import Path

import pytest

from generator import ingest
from generator.cli import problem_line
from generator.ingest import NotAnArticle, decode, read_article, read_seeds
from generator.pipeline import analyse_article

ARTICLE = "Talks resume in Vienna\n\nDelegates met on Monday, officials said.\n"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def messages(problems) -> list[str]:
    return [problem_line(p) for p in problems]


def test_utf8_text_is_read_unchanged(tmp_path):
    write(tmp_path, "a.txt", ARTICLE.encode())
    articles, problems = read_seeds(tmp_path)
    assert problems == []
    assert [(a.id, a.source, a.format, a.encoding) for a in articles] == [
        ("a", "a.txt", "text", "utf-8")
    ]
    assert articles[0].text == ARTICLE


def test_utf8_bom_and_crlf_are_normalised(tmp_path):
    write(tmp_path, "a.txt", b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode())
    [article], _ = read_seeds(tmp_path)
    assert article.text == ARTICLE


def test_old_mac_line_endings_become_newlines():
    text, _, _ = decode(b"Title\r\rBody line.\r")
    assert text == "Title\n\nBody line.\n"


def test_utf16_with_bom_is_decoded(tmp_path):
    write(tmp_path, "a.txt", ARTICLE.encode("utf-16"))
    [article], problems = read_seeds(tmp_path)
    assert article.text == ARTICLE
    assert article.encoding.startswith("utf-16")
    assert problems == []


def test_windows_1252_is_preferred_and_the_guess_reported(tmp_path):
    text = (
        "Caf\u00e9 talks \u201cfailed\u201d again \u2014 officials said on Monday that the Caf\u00e9 round had ended.\n"
        * 3
    )
    write(tmp_path, "a.txt", text.encode("cp1252"))
    [article], problems = read_seeds(tmp_path)
    assert "“failed”" in article.text and "Café" in article.text
    assert article.encoding == "cp1252"
    [message] = messages(problems)
    assert message.startswith("a.txt: warning: not UTF-8; read as cp1252 (a guess: ")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "blank file (only whitespace)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data (contains NUL bytes)"),
    ],
    ids=["empty", "blank", "binary"],
)
def test_unreadable_files_are_refused_with_a_reason(tmp_path, data, reason):
    write(tmp_path, "bad.txt", data)
    write(tmp_path, "good.txt", ARTICLE.encode())
    articles, problems = read_seeds(tmp_path)
    assert [a.id for a in articles] == ["good"]
    assert messages(problems) == [f"bad.txt: skipped: {reason}"]


def test_control_character_soup_is_binary():
    with pytest.raises(NotAnArticle, match="binary"):
        decode(bytes(range(1, 32)) * 50)


def test_whitespace_controls_are_text_but_c1_controls_are_not():
    assert ingest._control_share("a\tb\fc\vd\n" * 10) == 0.0
    assert ingest._control_share("ab\x85\x7f") == 0.5  # C1 NEL and DEL are controls
    text, _, _ = decode(("Tabbed\tcolumns\fand a form feed. " * 20).encode())
    assert text.startswith("Tabbed\tcolumns")
    with pytest.raises(NotAnArticle, match="too many control characters"):
        decode(("word \x1b[0m " * 50).encode())


def test_a_few_terminal_escapes_are_removed_and_said_so():
    body = "Ådne Şükrü met \u4e2d\u6587 readers in Tromsø. " * 30
    raw = ("\x1b[31m" + body[:40] + "\x07" + body[40:] + "\x08").encode()
    text, _, warnings = decode(raw)
    assert text == "[31m" + body  # only the controls go; every letter stays
    assert warnings == ("3 control character(s) removed (terminal escapes, bells)",)
    assert decode(body.encode())[2] == ()
    tabbed, _, _ = decode(("a\tb\fc\vd and more words here " * 20).encode())
    assert "\t" in tabbed and "\f" in tabbed and "\v" in tabbed


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    write(tmp_path, "huge.txt", b"word " * 100)
    articles, problems = read_seeds(tmp_path)
    assert articles == []
    assert messages(problems) == ["huge.txt: skipped: too large (500 bytes; the limit is 100)"]


def test_other_file_types_are_named_and_skipped(tmp_path):
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    write(tmp_path, "a.md", ARTICLE.encode())
    articles, problems = read_seeds(tmp_path)
    assert [(a.id, a.format) for a in articles] == [("a", "markdown")]
    assert messages(problems) == [
        "notes.pdf: skipped: not an article file (.pdf; expected .txt, .md, .html or .htm)"
    ]


def test_html_files_are_read_as_html(tmp_path):
    write(tmp_path, "page.htm", b"<html><body><p>Hello</p></body></html>")
    [article], _ = read_seeds(tmp_path)
    assert article.format == "html"


def test_same_text_saved_twice_is_read_once(tmp_path):
    write(tmp_path, "a.txt", ARTICLE.encode())
    write(tmp_path, "copy/a-again.txt", ARTICLE.encode())
    articles, problems = read_seeds(tmp_path)
    assert [a.source for a in articles] == ["a.txt"]
    assert messages(problems) == ["copy/a-again.txt: skipped: same text as a.txt"]


def test_same_stem_in_two_folders_gets_distinct_ids(tmp_path):
    write(tmp_path, "a.txt", ARTICLE.encode())
    write(tmp_path, "more/a.txt", (ARTICLE + "Another line.\n").encode())
    articles, problems = read_seeds(tmp_path)
    assert [(a.id, a.source) for a in articles] == [("a", "a.txt"), ("a-2", "more/a.txt")]
    assert messages(problems) == ["more/a.txt: warning: id 'a' already used; this article is 'a-2'"]


def test_symlink_outside_the_corpus_is_refused(tmp_path):
    outside = write(tmp_path / "outside", "secret.txt", b"top secret\n")
    seeds = tmp_path / "seeds"
    write(seeds, "a.txt", ARTICLE.encode())
    os.symlink(outside, seeds / "leak.txt")
    articles, problems = read_seeds(seeds)
    assert [a.id for a in articles] == ["a"]
    assert messages(problems) == ["leak.txt: skipped: a link to a file outside the seeds folder"]


def test_symlinked_folder_outside_the_corpus_is_reported_not_followed(tmp_path):
    outside = tmp_path / "outside"
    write(outside, "secret.txt", b"top secret article text\n")
    seeds = tmp_path / "seeds"
    write(seeds, "a.txt", ARTICLE.encode())
    os.symlink(outside, seeds / "elsewhere")
    articles, problems = read_seeds(seeds)
    assert [a.id for a in articles] == ["a"]
    assert messages(problems) == ["elsewhere: skipped: a link to a folder outside the seeds folder"]


def test_utf16_without_bom_is_decoded(tmp_path):
    write(tmp_path, "a.txt", ARTICLE.encode("utf-16-le"))
    [article], problems = read_seeds(tmp_path)
    assert article.text == ARTICLE
    assert messages(problems) == ["a.txt: warning: not UTF-8; read as utf-16-le (detected)"]


def test_hidden_files_are_ignored(tmp_path):
    write(tmp_path, ".DS_Store", b"\x00\x01")
    write(tmp_path, "a.txt", ARTICLE.encode())
    articles, problems = read_seeds(tmp_path)
    assert [a.id for a in articles] == ["a"] and problems == []


def test_a_hidden_article_is_skipped_and_said_so(tmp_path):
    write(tmp_path, ".draft.txt", ARTICLE.encode())
    write(tmp_path, "sub/.Old Page.HTML", b"<p>kept aside</p>")
    write(tmp_path, "sub/.notes.swp", b"\x00")
    write(tmp_path, "a.txt", ARTICLE.encode())
    articles, problems = read_seeds(tmp_path)
    assert [a.id for a in articles] == ["a"]
    assert messages(problems) == [
        f".draft.txt: {ingest.HIDDEN_ARTICLE}",
        f"sub/.Old Page.HTML: {ingest.HIDDEN_ARTICLE}",
    ]


def _saved_page(extra: str) -> str:
    paragraphs = [
        f"Paragraph {n}: delegates from Norway and Iceland met in Oslo on Monday to talk "
        "about fishing rights in the Barents Sea, said Jon Olsen, who led the talks."
        for n in range(5)
    ]
    paragraphs[2] += extra
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>Talks in Oslo</title></head><body><article>{body}</article></body></html>"


def test_a_saved_pages_references_to_controls_are_removed_and_said_so(tmp_path):
    # `&#x1b;` is the ESC character as much as the byte is: lxml read it into the text and
    # trafilatura then found no body at all, so one such reference lost the whole article
    # ('no article text found'); vertical tab and form feed read as spaces, as they are
    extra = " Escape &#x1b;[2J, bell &#7;, &#X1B, &#0027;;, tab&#11;feed&#xc;end; &#10; &#x110;."
    (tmp_path / "page.html").write_text(_saved_page(extra))
    raw = read_article(tmp_path / "page.html", "page.html", "page")
    assert "&#x1b;" not in raw.text and "&#7;" not in raw.text and "&#X1B" not in raw.text
    assert " Escape [2J, bell , , ;, tab feed end; &#10; &#x110;." in raw.text
    assert raw.warnings == ("4 control character(s) removed (terminal escapes, bells)",)
    article = analyse_article(raw, frozenset(), None).article
    text = " ".join(p.text for p in article.paragraphs)
    assert "Escape [2J, bell" in text and "Paragraph 4" in text
    assert not any(ord(c) < 32 for c in text)
    (tmp_path / "text.txt").write_text("Talks\n\nEscape &#x1b;[2J in a text file stays.\n")
    assert "&#x1b;" in read_article(tmp_path / "text.txt", "text.txt", "text").text


def test_c1_controls_are_read_as_the_windows_1252_punctuation_they_stand_for():
    # a Windows-1252 text once decoded as Latin-1 and saved as UTF-8 carries C1 controls
    # (U+0092 for ’); they are no letter of any language, and U+009B opens an escape
    # sequence that a terminal showing an export obeys, as ESC does
    body = "Ådne Şükrü met \u4e2d\u6587 readers in Tromsø and Genève today. " * 20
    raw = ("The minister\x92s \x93plan\x94 \x96 phase two\x85 \x9b31m" + body + "\x81\x9d").encode()
    text, _, warnings = decode(raw)
    assert text == "The minister’s “plan” – phase two… ›31m" + body
    assert warnings == (
        "2 control character(s) removed (terminal escapes, bells)",
        "6 C1 control character(s) read as the Windows-1252 punctuation they stand for",
    )
    page, _, _ = decode(f"<p>\x93{body}\x94</p>".encode(), html=True)
    assert page == f"<p>“{body}”</p>"


@pytest.mark.parametrize("undefined", [0x81, 0x8D, 0x8F, 0x90, 0x9D])
@pytest.mark.parametrize(
    "text",
    [
        "L’équipe a quitté la salle. « C’est très difficile », a déclaré le médiateur à Genève.",
        "The minister said “we’re ready” — and the talks resumed in the town’s old hall.",
        "Die Gespräche wurden am Dienstag fortgesetzt, sagte der Außenminister. „Wir sind bereit“.",
        "El ministro dijo que las negociaciones continúan; “estamos listos”, añadió el portavoz.",
    ],
)
def test_a_windows_1252_byte_it_leaves_undefined_does_not_change_the_code_page(text, undefined):
    # Python's cp1252 refuses the five bytes Windows-1252 leaves undefined, so a file with
    # one of them was read in another code page ("Genčve", "ìweíre readyî"); browsers read
    # such a byte as the C1 control of its number, which ingest removes with a warning
    data = text.encode("cp1252")
    data = data[:30] + bytes([undefined]) + data[30:]
    got, encoding, warnings = decode(data)
    assert (got, encoding) == (text, "cp1252")
    assert "1 control character(s) removed (terminal escapes, bells)" in warnings


def test_a_code_page_that_writes_letters_with_those_bytes_is_still_read() -> None:
    # cp1251 has Ѓ, Ќ, Џ, ђ where cp1252 has nothing: a Macedonian or Serbian text stays
    for text in (
        "Ѓорѓи рече дека Џеки и Ќемал ќе дојдат во градот утре наутро.",
        "Ђорђе је рекао да ће преговори у граду почети у уторак ујутру.",
    ):
        assert decode(text.encode("cp1251"))[:2] == (text, "cp1251")
