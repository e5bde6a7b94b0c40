from hypothesis import given
from hypothesis import strategies as st

from generator.actors.tokens import char_before


@given(st.text(alphabet=" \t\n\u00a0\u2003(;ab", max_size=12), st.data())
def test_char_before_is_the_last_visible_character_before_a_place(text, data):
    start = data.draw(st.integers(0, len(text)))
    assert char_before(text, start) == text[:start].rstrip()[-1:]


def test_char_before_skips_white_space_only():
    assert char_before("(World Bank 2019)", 1) == "("
    assert char_before("x;  \n Fair 2019", 6) == ";"
    assert char_before("   ", 3) == ""
