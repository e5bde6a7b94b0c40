"""One table of actor types (`models.ACTOR_TYPE_TABLE`): every other place reads it."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from generator import lang
from generator.models import ACTOR_TYPE_TABLE, ACTOR_TYPES
from generator.render.common import TYPE_LABELS, TYPE_SINGULAR

ROOT = Path(__file__).resolve().parents[2]
TABLE_MODULE = ROOT / "generator" / "models.py"


def _string_constants(path: Path) -> list[tuple[int, str]]:
    return [
        (node.lineno, node.value)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_no_actor_type_key_is_written_outside_the_table():
    written = [
        f"{path.relative_to(ROOT)}:{line}: {value!r}"
        for folder in ("generator", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != TABLE_MODULE
        for line, value in _string_constants(path)
        if value in ACTOR_TYPES
    ]
    assert written == []


def test_the_scan_would_see_a_type_key_written_in_code(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('KIND = "armed-group"\n', encoding="utf-8")
    assert [value for _, value in _string_constants(sample) if value in ACTOR_TYPES] == [
        "armed-group"
    ]


def test_the_schema_enum_is_the_table():
    schema = json.loads((ROOT / "generator" / "schema" / "briefing.schema.json").read_text())
    enums = []

    def walk(node):
        if isinstance(node, dict):
            if set(node.get("enum", ())) & set(ACTOR_TYPES):
                enums.append(node["enum"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert enums == [list(ACTOR_TYPES)]


def test_rendering_headings_and_nouns_come_from_the_table():
    assert list(TYPE_LABELS) == list(ACTOR_TYPES)
    assert {t.key: t.heading for t in ACTOR_TYPE_TABLE} == TYPE_LABELS
    assert {t.key: t.noun for t in ACTOR_TYPE_TABLE} == TYPE_SINGULAR
    assert len(set(ACTOR_TYPES)) == len(ACTOR_TYPES)


def test_the_stylesheet_colours_only_types_of_the_table():
    """Persons keep the default fill; every other type has its colour."""
    css = (ROOT / "generator" / "assets" / "briefing.css").read_text(encoding="utf-8")
    assert set(re.findall(r"\.node-([\w-]+)", css)) == set(ACTOR_TYPES) - {"person"}


def test_data_tables_name_only_types_of_the_table():
    typed_columns = {
        "actor_known.tsv": 1,
        "actor_org_words.tsv": 1,
        "collective_heads.tsv": 2,
        "collective_named.tsv": 2,
    }
    for name, column in typed_columns.items():
        types = {row[column] for row in lang.load("en", name)}
        assert types and types <= set(ACTOR_TYPES), name
