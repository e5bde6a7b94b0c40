"""Link brackets paired by a regex scan (generator/website/fast_links.py): the same link
text, end and HTML as Python-Markdown's own character walk."""

import markdown
from hypothesis import given
from hypothesis import strategies as st
from markdown import inlinepatterns

from generator.website import fast_links

EXTENSIONS = ["tables", "attr_list", "md_in_html", "toc"]


def _converter(fast: bool) -> markdown.Markdown:
    md = markdown.Markdown(extensions=EXTENSIONS)
    if fast:
        fast_links.install(md)
    return md


@given(st.text(alphabet="[]a(b)!", max_size=40))
def test_every_opening_bracket_gets_the_librarys_link_text(data):
    md = markdown.Markdown()
    library = inlinepatterns.LinkInlineProcessor(inlinepatterns.LINK_RE, md)
    paired = fast_links.FASTER[inlinepatterns.LinkInlineProcessor](inlinepatterns.LINK_RE, md)
    for index in range(len(data) + 1):
        assert paired.getText(data, index) == library.getText(data, index)


def test_closing_brackets_pairs_nested_unclosed_and_stray_brackets():
    assert fast_links.closing_brackets("a] [b [c] d] [e") == {4: 12, 7: 9, 14: None}


PAGES = [
    '- [¶8](../articles/a.md#p8): one [two](b.md) and [three [nested]](c.md "title")\n'
    "- [unclosed ( [x](y.md) ] stray\n",
    "![img [alt]](pic.png) [ref][r] [short] ![short img] [empty][]\n\n"
    "[r]: https://example.org/r\n[short]: https://example.org/s\n",
    "`[code](x.md)` \\[escaped](x.md) [a](<b c.md> 'd') [[double]](e.md)\n",
    "| c | d |\n|---|---|\n| [x](x.md) | [y [z]](y.md) |\n\n"
    '<div markdown="1">[in html](h.md)</div>\n\n## Head [h](h.md) { #id }\n',
]


def test_a_converter_with_paired_brackets_gives_the_same_html():
    fast, library = _converter(True), _converter(False)
    for text in PAGES:
        assert fast.reset().convert(text) == library.reset().convert(text)


def test_every_library_link_processor_is_replaced_and_keeps_its_priority():
    md = markdown.Markdown()
    before = [(item.name, item.priority) for item in md.inlinePatterns._priority]
    assert fast_links.install(md) == 6
    assert [(item.name, item.priority) for item in md.inlinePatterns._priority] == before
    assert isinstance(md.inlinePatterns["link"], fast_links._PairedBrackets)


def test_an_extensions_own_link_processor_is_left_alone():
    class Own(inlinepatterns.LinkInlineProcessor):
        pass

    md = markdown.Markdown()
    own = Own(inlinepatterns.LINK_RE, md)
    md.inlinePatterns.register(own, "link", 160)
    assert fast_links.install(md) == 5
    assert md.inlinePatterns["link"] is own
