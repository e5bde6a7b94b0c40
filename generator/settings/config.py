"""`briefing.yml`: load, validate (every problem names its key and line), freeze.

The file is optional and every key in it is optional. Paths are relative to the file.
Validation collects every problem instead of stopping at the first one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import ScalarNode

from ..models import ACTOR_TYPES, EVENT_KINDS
from ..problems import Problem
from .config_text import BAD_CHARACTER, character_problems, describe
from .ids import slug_problem
from .yaml_safe import compose

DATE_RE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
"""ASCII digits only, matched whole (`fullmatch`): no fullwidth digits, no trailing newline."""


class ConfigError(Exception):
    """The configuration file cannot be used; `problems` says why, one Problem each."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(p.message for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class ArticleCorrection:
    """Corrections for one article; each given field wins over extraction."""

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] | None = None
    publication: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ActorCuration:
    """One `actors:` entry, keyed by actor id (the slug in the actor page's name).

    For an extracted actor it renames, retypes, adds aliases, sets the role, merges
    other actors into it (`merge`) or drops it (`exclude`). For an id not extracted it
    adds an actor, found by its name and aliases; with `split_from` its aliases are
    taken out of that other actor (undoing a wrong merge).
    """

    id: str
    name: str | None = None
    type: str | None = None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    merge: tuple[str, ...] = ()
    exclude: bool = False
    split_from: str | None = None


@dataclass(frozen=True)
class EventCuration:
    """One `events:` entry, keyed by event id.

    For an extracted event: `drop` removes it, other fields correct it. For an id not
    extracted, `date` and `summary` add a new event.
    """

    id: str
    date: str | None = None
    summary: str | None = None
    kind: str | None = None
    actors: tuple[str, ...] | None = None
    place: str | None = None
    drop: bool = False


@dataclass(frozen=True)
class Config:
    """The whole, validated configuration."""

    title: str = "Briefing"
    description: str | None = None
    articles: dict[str, ArticleCorrection] = field(default_factory=dict)
    actors: tuple[ActorCuration, ...] = ()
    events: tuple[EventCuration, ...] = ()
    seeds: str | None = None
    """The seeds folder, relative to the file (default `articles/`, else `seeds/`)."""
    path: Path | None = None
    """The file it came from, or None for the defaults."""


_TOP_KEYS = {"title", "description", "seeds", "articles", "actors", "events"}


class _Checker:
    """Walks the composed YAML nodes, converting values and collecting problems."""

    def __init__(self, filename: str):
        self.filename = filename
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node, key: str, message: str) -> None:
        line = node.start_mark.line + 1
        self.problems.append(Problem(self.filename, message, key, line, "error"))

    def mapping(self, node: yaml.Node, key: str) -> list[tuple[str, yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, key, "expected a mapping of keys to values")
            return []
        pairs = []
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, f"{key}.?", "expected a plain string as a key")
                continue
            name = str(key_node.value)
            if self.refused_characters(key_node, f"{key}.{name!r}", name):
                continue
            pairs.append((name, key_node, value_node))
        return pairs

    def refused_characters(self, node: yaml.Node, key: str, value: str) -> bool:
        """Report a control character or lone surrogate written as a YAML escape."""
        found = BAD_CHARACTER.search(value)
        if found:
            self.problem(node, key, f"{describe(found.group())} is not allowed")
        return found is not None

    def known(self, pairs, allowed: set[str], prefix: str) -> None:
        for name, key_node, _ in pairs:
            if name not in allowed:
                choices = ", ".join(sorted(allowed))
                self.problem(
                    key_node, f"{prefix}{name}", f"unknown key (expected one of: {choices})"
                )

    def string(self, node: yaml.Node, key: str) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, key, "expected a string")
            return None
        if self.refused_characters(node, key, str(node.value)):
            return None
        return str(node.value)

    def boolean(self, node: yaml.Node, key: str) -> bool:
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":bool"):
            return str(node.value).lower() in {"true", "yes", "on"}
        self.problem(node, key, "expected true or false")
        return False

    def strings(self, node: yaml.Node, key: str) -> tuple[str, ...]:
        if isinstance(node, yaml.ScalarNode) and not node.tag.endswith(":null"):
            value = self.string(node, key)
            return () if value is None else (value,)
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, key, "expected a list of strings")
            return ()
        values = []
        for item in node.value:
            value = self.string(item, key)
            if value is not None:
                values.append(value)
        return tuple(values)

    def slug(self, node: yaml.Node, key: str, value: str) -> None:
        """An actor or event id (key or reference) must be a slug."""
        problem = slug_problem(value)
        if problem:
            self.problem(node, key, problem)

    def slugs(self, node: yaml.Node, key: str) -> tuple[str, ...]:
        """A list of actor ids."""
        values = self.strings(node, key)
        for value in values:
            self.slug(node, key, value)
        return values

    def date(self, node: yaml.Node, key: str) -> str | None:
        value = self.string(node, key)
        if value is None:
            return None
        if not DATE_RE.fullmatch(value) or not _valid_date(value):
            self.problem(node, key, f"expected a date YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}")
            return None
        return value

    def choice(self, node: yaml.Node, key: str, choices: tuple[str, ...]) -> str | None:
        value = self.string(node, key)
        if value is not None and value not in choices:
            self.problem(node, key, f"expected one of {', '.join(choices)}, got {value!r}")
            return None
        return value


def _valid_date(value: str) -> bool:
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


Reader = Callable[[_Checker, yaml.Node, str], Any]
"""Reads one value node (its dotted key for messages) into a field's value."""


def _actor_type(check: _Checker, node: yaml.Node, key: str) -> str | None:
    return check.choice(node, key, ACTOR_TYPES)


def _event_kind(check: _Checker, node: yaml.Node, key: str) -> str | None:
    return check.choice(node, key, EVENT_KINDS)


def _one_slug(check: _Checker, node: yaml.Node, key: str) -> str | None:
    value = check.string(node, key)
    if value is not None:
        check.slug(node, key, value)
    return value


_ARTICLE_FIELDS: dict[str, Reader] = {
    "title": _Checker.string,
    "subtitle": _Checker.string,
    "authors": _Checker.strings,
    "publication": _Checker.string,
    "published": _Checker.date,
    "url": _Checker.string,
}
_ACTOR_FIELDS: dict[str, Reader] = {
    "name": _Checker.string,
    "type": _actor_type,
    "aliases": _Checker.strings,
    "role": _Checker.string,
    "merge": _Checker.slugs,
    "exclude": _Checker.boolean,
    "split_from": _one_slug,
}
_EVENT_FIELDS: dict[str, Reader] = {
    "date": _Checker.date,
    "summary": _Checker.string,
    "kind": _event_kind,
    "actors": _Checker.slugs,
    "place": _Checker.string,
    "drop": _Checker.boolean,
}


def _fields(
    check: _Checker, section: str, entry_id: str, node: yaml.Node, readers: dict[str, Reader]
) -> dict[str, Any]:
    """One entry's known keys read by their field's reader; unknown keys are problems."""
    prefix = f"{section}.{entry_id}"
    pairs = check.mapping(node, prefix)
    check.known(pairs, set(readers), prefix + ".")
    return {
        name: readers[name](check, value, f"{prefix}.{name}")
        for name, _, value in pairs
        if name in readers
    }


def _article(check: _Checker, article_id: str, node: yaml.Node) -> ArticleCorrection:
    return ArticleCorrection(**_fields(check, "articles", article_id, node, _ARTICLE_FIELDS))


def _actor(check: _Checker, actor_id: str, node: yaml.Node) -> ActorCuration:
    return ActorCuration(actor_id, **_fields(check, "actors", actor_id, node, _ACTOR_FIELDS))


def _event(check: _Checker, event_id: str, node: yaml.Node) -> EventCuration:
    return EventCuration(event_id, **_fields(check, "events", event_id, node, _EVENT_FIELDS))


def _curations(check: _Checker, node: yaml.Node, section: str, build: Callable[..., Any]) -> tuple:
    """Every entry of `actors:` or `events:`, its id checked as a slug."""
    entries = []
    for entry_id, key_node, entry in check.mapping(node, section):
        check.slug(key_node, f"{section}.{entry_id}", entry_id)
        entries.append(build(check, entry_id, entry))
    return tuple(entries)


def parse_config(text: str, filename: str = "briefing.yml", path: Path | None = None) -> Config:
    """Validate YAML text into a Config; raise ConfigError listing every problem."""
    refused = character_problems(text, filename)
    if refused:
        raise ConfigError(refused)
    try:
        root = compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        line = mark.line + 1 if mark is not None else None
        raise ConfigError(
            [Problem(filename, f"not valid YAML: {problem}", None, line, "error")]
        ) from None
    if root is None:
        return Config(path=path)
    check = _Checker(filename)
    pairs = check.mapping(root, "(top level)")
    check.known(pairs, _TOP_KEYS, "")
    values: dict[str, Any] = {"path": path}
    for name, _, value in pairs:
        if name in {"title", "description", "seeds"}:
            text_value = check.string(value, name)
            if text_value is not None:
                values[name] = text_value
        elif name == "articles":
            values[name] = {
                article_id: _article(check, article_id, node)
                for article_id, _, node in check.mapping(value, name)
            }
        elif name == "actors":
            values[name] = _curations(check, value, name, _actor)
        elif name == "events":
            values[name] = _curations(check, value, name, _event)
    if check.problems:
        raise ConfigError(check.problems)
    return Config(**values)


def load_config(path: Path | None) -> Config:
    """Read `path` (None or a missing default file gives the defaults)."""
    if path is None:
        return Config()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            [Problem(str(path), "configuration file not found", severity="error")]
        ) from None
    except OSError as error:
        message = f"cannot read: {error.strerror}"
        raise ConfigError([Problem(str(path), message, severity="error")]) from None
    # bytes that are not UTF-8 become lone surrogates, reported with their key and line
    text = raw.decode("utf-8-sig", errors="surrogateescape")
    return parse_config(text, filename=str(path), path=path.resolve())
