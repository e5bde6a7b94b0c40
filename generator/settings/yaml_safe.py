"""Compose YAML with bounds: aliases may not multiply the document, nesting may not run deep.

An alias is a pointer, so a few lines of anchors and aliases (the "billion laughs") stand
for a document of billions of nodes; whatever walks it in full (validation, `str` of a
mapping key) runs out of time or memory. Here each alias adds the size of the node it
points to, counted once per node without expanding anything, and composing stops with a
`yaml.MarkedYAMLError` naming the line as soon as the total passes `MAX_ALIAS_NODES`.
An alias to a node that contains it (a cycle) and nesting deeper than `MAX_DEPTH` (which
PyYAML would compose by recursion) are refused the same way.
"""

from __future__ import annotations

import yaml
from yaml.composer import ComposerError
from yaml.events import AliasEvent, CollectionStartEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

MAX_ALIAS_NODES = 10_000
"""Nodes that aliases may add in all: far above any real configuration's reuse."""

MAX_DEPTH = 32
"""Nesting levels; a configuration needs five."""


def node_count(node: Node, sizes: dict[int, int]) -> int:
    """Nodes in `node` with every alias expanded, computed once per node (`sizes` memo)."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    total = 1
    if isinstance(node, SequenceNode):
        total += sum(node_count(item, sizes) for item in node.value)
    elif isinstance(node, MappingNode):
        total += sum(node_count(k, sizes) + node_count(v, sizes) for k, v in node.value)
    sizes[id(node)] = total
    return total


def _segment(index: object) -> str | None:
    if isinstance(index, ScalarNode):
        return str(index.value)
    if isinstance(index, int):
        return f"[{index}]"
    return None


class BoundedLoader(yaml.SafeLoader):
    """SafeLoader whose composer counts alias expansion and nesting depth."""

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self._alias_nodes = 0
        self._sizes: dict[int, int] = {}
        self._open_anchors: set[str] = set()
        self._path: list[str] = []

    def key_path(self) -> str:
        """Where the composer is, as `events.e1.actors[0]`."""
        return ".".join(self._path).replace(".[", "[") or "(top level)"

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            self._count_alias(event)
            return super().compose_node(parent, index)
        segment = _segment(index)
        if segment is not None:
            self._path.append(segment)
        if len(self._path) > MAX_DEPTH:
            raise ComposerError(
                None,
                None,
                f"{self.key_path()}: nested deeper than {MAX_DEPTH} levels",
                event.start_mark,
            )
        anchor = event.anchor if isinstance(event, CollectionStartEvent) else None
        if anchor is not None:
            self._open_anchors.add(anchor)
        try:
            return super().compose_node(parent, index)
        finally:
            self._open_anchors.discard(anchor)
            if segment is not None:
                self._path.pop()

    def _count_alias(self, event: AliasEvent) -> None:
        where = f"{self.key_path()}: alias *{event.anchor}"
        if event.anchor in self._open_anchors:
            raise ComposerError(
                None, None, f"{where} refers to a node that contains it", event.start_mark
            )
        node = self.anchors.get(event.anchor)
        if node is None:
            return  # PyYAML reports the undefined alias
        self._alias_nodes += node_count(node, self._sizes)
        if self._alias_nodes > MAX_ALIAS_NODES:
            raise ComposerError(
                None,
                None,
                f"{where}: aliases expand to more than {MAX_ALIAS_NODES:,} nodes",
                event.start_mark,
            )


def compose(text: str) -> Node | None:
    """The node graph of one YAML document, within the bounds; raises yaml.YAMLError."""
    loader = BoundedLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()
