"""How the timex tests read one expression's value in an invented sentence."""

from generator.timex import find_timexes


def value_of(text: str, anchor: str, expression: str) -> str:
    """The value of the expression written `expression` in `text`, said on `anchor`."""
    return next(t.value for t in find_timexes(text, anchor) if t.text == expression)
