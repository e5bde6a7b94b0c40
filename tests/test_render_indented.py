"""render/indented.py writes what `json.dumps(value, ensure_ascii=False, indent=2)` writes."""

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.indented import indented


def _dumps(value):
    return json.dumps(value, ensure_ascii=False, indent=2)


SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
KEYS = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(KEYS, inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_the_same_text_as_json_dumps(value):
    assert indented(value) == _dumps(value)


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"a": {}, "b": [], "c": [{}]},
        {"slide": {"headline": "Talks in “Astana” \u2028 <b>&</b>", "day": 3}},
        [1.5, -0.0, 1e300, math.inf, -math.inf, "\x00\x1f\ud800", True, None],
        {2: "two", 2.5: "x", True: "t", False: "f", None: "n"},
    ],
)
def test_edge_values(value):
    assert indented(value) == _dumps(value)


def test_nan_as_json_writes_it():
    assert indented([math.nan]) == "[\n  NaN\n]"


def test_refuses_what_json_refuses():
    with pytest.raises(TypeError):
        indented({"when": object()})
    with pytest.raises(TypeError):
        indented({(1, 2): "tuple key"})
    with pytest.raises(TypeError):
        json.dumps({(1, 2): "tuple key"})
