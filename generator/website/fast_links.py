"""Python-Markdown's link patterns with each `[`'s closing bracket found by a regex scan.

A link's text ends at the `]` that closes its `[`. Python-Markdown's `getText` finds it
by walking the whole text of the element character by character in Python, again after
every link it replaces (the text then changes): on the actor and timeline pages, whose
list items and paragraphs hold many links, that walk was about a third of the Markdown
conversion. Here the brackets are paired once per text by `re.finditer` over the
brackets alone (C speed), which gives the same closing bracket for every `[`: the same
link text, end and HTML (tests/website/test_fast_links.py). An index that does not
follow a `[` (never asked by the library's own patterns) gets the library's own answer.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import inlinepatterns

_BRACKET = re.compile(r"[\[\]]")


def closing_brackets(data: str) -> dict[int, int | None]:
    """{index just after each `[`: index just after the `]` that closes it, or None when
    it never closes}: standard bracket pairing, a stray `]` closing nothing."""
    ends: dict[int, int | None] = {}
    open_at: list[int] = []
    for match in _BRACKET.finditer(data):
        position = match.start()
        if data[position] == "[":
            open_at.append(position + 1)
        elif open_at:
            ends[open_at.pop()] = position + 1
    for index in open_at:
        ends[index] = None
    return ends


class _PairedBrackets:
    """Mixin for the library's link processors: `getText` from `closing_brackets`, worked
    out once per text and kept until the processor is given another text."""

    _paired_text: str | None = None
    _paired: dict[int, int | None]

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:  # noqa: N802 - the library's name
        if self._paired_text is not data:
            self._paired_text = data
            self._paired = closing_brackets(data)
        if index not in self._paired:
            return super().getText(data, index)  # type: ignore[misc]
        end = self._paired[index]
        if end is None:
            return data[index:], len(data), False
        return data[index : end - 1], end, True


_LIBRARY = (
    inlinepatterns.LinkInlineProcessor,
    inlinepatterns.ImageInlineProcessor,
    inlinepatterns.ReferenceInlineProcessor,
    inlinepatterns.ImageReferenceInlineProcessor,
    inlinepatterns.ShortReferenceInlineProcessor,
    inlinepatterns.ShortImageReferenceInlineProcessor,
)
FASTER = {kind: type(kind.__name__, (_PairedBrackets, kind), {}) for kind in _LIBRARY}
"""The library's link processor classes, each with its bracket-pairing counterpart."""


def install(md: Any) -> int:
    """Replace, in the converter `md`, every inline processor that is exactly one of the
    library's link processors by its counterpart (same pattern, name and priority); one
    an extension made or subclassed is left alone. Returns how many were replaced."""
    registry = md.inlinePatterns
    priorities = {item.name: item.priority for item in registry._priority}
    replaced = 0
    for name in list(priorities):
        processor = registry[name]
        faster = FASTER.get(type(processor))
        if faster is None:
            continue
        registry.register(faster(processor.pattern, md), name, priorities[name])
        replaced += 1
    return replaced
