"""Hostile configuration files: bounded aliases and nesting, refused characters by key and line."""

import time
from pathlib import Path

import pytest

from generator.cli import problem_line
from generator.settings.config import ConfigError, load_config, parse_config
from generator.settings.yaml_safe import MAX_ALIAS_NODES


def bomb(levels: int, as_key: bool) -> str:
    lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x]"]
    for n in range(1, levels):
        lines.append(f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]")
    last = f"*l{levels - 1}"
    lines.append(f"articles:\n  ? {last}\n  : {{}}" if as_key else f"title: {last}")
    return "\n".join(lines) + "\n"


def problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse_config(text)
    return [problem_line(p).removeprefix("error: ") for p in caught.value.problems]


@pytest.mark.parametrize("as_key", [True, False])
def test_an_alias_bomb_is_refused_quickly_naming_the_line(as_key):
    start = time.perf_counter()
    found = problems(bomb(9, as_key))
    assert time.perf_counter() - start < 2
    assert found == [
        f"briefing.yml:5: not valid YAML: l4: alias *l3: aliases expand to more than "
        f"{MAX_ALIAS_NODES:,} nodes"
    ]


def test_a_few_aliases_are_fine():
    config = parse_config("title: &t Talks\ndescription: *t\n")
    assert config.description == "Talks"


def test_an_alias_inside_itself_and_deep_nesting_are_refused():
    assert problems("title: &a [1, *a]\n") == [
        "briefing.yml:1: not valid YAML: title: alias *a refers to a node that contains it"
    ]
    deep = problems("actors:\n  x:\n    aliases: " + "[" * 40 + "]" * 40 + "\n")
    assert deep[0].startswith("briefing.yml:3: not valid YAML: actors.x.aliases[0][0]")
    assert deep[0].endswith("nested deeper than 32 levels")


def test_a_mapping_as_a_key_is_refused():
    assert problems("articles:\n  ? [a, b]\n  : {}\n") == [
        "briefing.yml:2: articles.?: expected a plain string as a key"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: Brief\x0cing\n", "briefing.yml:1: title: control character U+000C"),
        ('title: "Brief\\x1bing"\n', "briefing.yml:1: title: control character U+001B"),
        ('actors:\n  x:\n    name: "A\\ud800"\n', "briefing.yml:3: actors.x.name: lone surrogate"),
        (
            "events:\n  e\x07:\n    date: 2019\n",
            "briefing.yml:2: events.e\ufffd: control character",
        ),
        ("description: ok\ntitle: a\x00b\n", "briefing.yml:2: title: control character U+0000"),
    ],
)
def test_refused_characters_name_key_and_line(text, expected):
    assert problems(text)[0].startswith(expected)


@pytest.mark.parametrize("date", ["２０１９-０３-０４", "2019-03-04\\n", "2019-3-4", "١٩٩٩"])
def test_only_ascii_dates_are_accepted(date):
    text = f'events:\n  e1:\n    date: "{date}"\n    summary: s\n'
    assert "expected a date YYYY-MM-DD" in problems(text)[0]


def test_a_bom_does_not_skip_the_checks_and_bad_bytes_are_placed(tmp_path):
    path = tmp_path / "briefing.yml"
    path.write_bytes(b"\xef\xbb\xbftitle: ok\ndescription: a\xffb\x00c\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert [problem_line(p).removeprefix("error: ") for p in caught.value.problems] == [
        f"{path}:2: description: byte 0xff that is not UTF-8 is not allowed",
        f"{path}:2: description: control character U+0000 is not allowed",
    ]


def test_a_config_file_name_is_shown_escaped(tmp_path):
    path = tmp_path / "brief\x1b[31ming.yml"
    path.write_text("title: a\x0cb\n")
    with pytest.raises(ConfigError) as caught:
        load_config(Path(path))
    line = problem_line(caught.value.problems[0])
    assert "\x1b" not in line
    assert "brief\\x1b[31ming.yml:1: title:" in line
