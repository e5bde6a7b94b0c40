"""JSON indented by two spaces, the text `json.dumps(value, ensure_ascii=False, indent=2)` gives.

The standard library encodes an indented document in pure Python (its C encoder is used
only without `indent`): at 2,600 articles, `timeline.json` (one slide per event) was about
a third of the exports' CPU time. Here each string is escaped by the C escaper json itself
uses, and only the containers are walked in Python, without a generator per level: the
same characters (tests/test_render_indented.py compares the two on many values).
"""

from __future__ import annotations

import json.encoder
from typing import Any

_escape = json.encoder.encode_basestring
"""The escaper of `json.dumps(..., ensure_ascii=False)` (C when available)."""
_STEP = "  "


def indented(value: Any) -> str:
    """`value` (dicts with str, int, float, bool or None keys; lists, tuples, str, int,
    float, bool, None) as `json.dumps(value, ensure_ascii=False, indent=2)` writes it;
    TypeError for any other kind of value, as json raises."""
    out: list[str] = []
    _write(value, out, "\n")
    return "".join(out)


def _write(value: Any, out: list[str], newline: str) -> None:
    """Append `value`'s text to `out`; `newline` is a line break and the current indent."""
    kind = type(value)
    if kind is str:
        out.append(_escape(value))
    elif kind is dict or (kind is not list and isinstance(value, dict)):
        _write_dict(value, out, newline)
    elif kind is list or kind is tuple or isinstance(value, list | tuple):
        _write_list(value, out, newline)
    else:
        out.append(_scalar(value))


def _write_dict(value: dict, out: list[str], newline: str) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + _STEP
    lead = "{" + inner
    for key, item in value.items():
        out.append(lead + _escape(_key(key)) + ": ")
        _write(item, out, inner)
        lead = "," + inner
    out.append(newline + "}")


def _write_list(value: list | tuple, out: list[str], newline: str) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + _STEP
    lead = "[" + inner
    for item in value:
        out.append(lead)
        _write(item, out, inner)
        lead = "," + inner
    out.append(newline + "]")


def _scalar(value: Any) -> str:
    """A number, a bool or None, as json writes it; TypeError for anything else."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _escape(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _float(value: float) -> str:
    """As json writes a float: its repr, and NaN, Infinity, -Infinity."""
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A dict key as json turns it into a string; TypeError for a kind it refuses."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is True or key is False or key is None or isinstance(key, int):
        return _scalar(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
