"""Characters a configuration may not hold, found before YAML reads it, named by key and line.

PyYAML stops at the first control character with a message that names neither key nor
line, and a lone surrogate or a byte that is not UTF-8 stopped the reading before YAML
saw the text. Here every such character is found in the text, replaced by U+FFFD so that
the rest can be composed, and reported with its line and the key it sits in.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..problems import Problem
from .yaml_safe import compose

BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Control characters but tab and newlines, lone surrogates, and the two non-characters."""


MAX_REPORTED = 10
"""Refused characters listed one by one; a binary file would give thousands."""


def describe(char: str) -> str:
    """What a refused character is, for a message."""
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"byte 0x{code - 0xDC00:02x} that is not UTF-8"
    if 0xD800 <= code <= 0xDFFF:
        return f"lone surrogate U+{code:04X}"
    if code in (0xFFFE, 0xFFFF):
        return f"non-character U+{code:04X}"
    return f"control character U+{code:04X}"


def _inside(node: Node, pos: int) -> bool:
    return node.start_mark.index <= pos <= node.end_mark.index


def _name(node: Node) -> str:
    return str(node.value) if isinstance(node, ScalarNode) else "?"


def key_at(node: Node | None, pos: int, depth: int = 0) -> list[str]:
    """The key path of the innermost key or value spanning character `pos`."""
    if node is None or depth > 64:
        return []
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if _inside(key, pos):
                return [_name(key)]
            if _inside(value, pos):
                return [_name(key), *key_at(value, pos, depth + 1)]
    elif isinstance(node, SequenceNode):
        for number, item in enumerate(node.value):
            if _inside(item, pos):
                return [f"[{number}]", *key_at(item, pos, depth + 1)]
    return []


def joined(path: list[str]) -> str:
    return ".".join(path).replace(".[", "[") or "(top level)"


def character_problems(text: str, filename: str) -> list[Problem]:
    """One problem per refused character: its line, its key and what is not allowed."""
    hits = list(BAD_CHARACTER.finditer(text))
    if not hits:
        return []
    try:
        root = compose(BAD_CHARACTER.sub("\ufffd", text))
    except yaml.YAMLError:
        root = None
    problems = []
    for hit in hits[:MAX_REPORTED]:
        line = text.count("\n", 0, hit.start()) + 1
        key = joined(key_at(root, hit.start()))
        message = f"{describe(hit.group())} is not allowed"
        problems.append(Problem(filename, message, key, line, "error"))
    if len(hits) > MAX_REPORTED:
        more = f"{len(hits) - MAX_REPORTED} more such characters"
        problems.append(Problem(filename, more, severity="error"))
    return problems
