"""The GraphML's element texts: plain text is written as it is, without lxml, and is then
exactly what lxml writes (render/export.py `_xml_text`)."""

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from generator.render import export


def _by_lxml(value: str) -> str:
    element = etree.Element("x")
    element.text = export._xml_safe(value)
    return etree.tostring(element, encoding="unicode")[len("<x>") : -len("</x>")]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_the_same_text_as_lxml_writes(value):
    assert export._xml_text(value) == _by_lxml(value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab &<>\r\n\t\x00\x0b\ufffe\ud800é𝕏\"'"))
def test_the_characters_lxml_escapes_or_refuses(value):
    assert export._xml_text(value) == _by_lxml(value)


def test_plain_names_skip_lxml(monkeypatch):
    monkeypatch.setattr(export.etree, "Element", None)  # lxml is not called
    assert export._xml_text("Sergei Lavrov, Ténéré \U0001d54f\t\n") == (
        "Sergei Lavrov, Ténéré \U0001d54f\t\n"
    )
