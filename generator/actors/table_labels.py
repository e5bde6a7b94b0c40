"""Names set all in capitals in a table of figures ("HD| THE HOME DEPOT INC.| 225.86| -12.99|
-5.44%"): a quote table's security names, a listing's row labels, printed from a database as
they are, not names the article gives an actor. A prose mention of the same body ("Home Depot
reported") still names it; only the table's capitals are passed over.

A table here is a paragraph of cells (`|`) of which at least `MIN_FIGURE_SHARE` open with a
figure (prices, changes, percentages); a results table whose names are written as names
("Ajax | 2") keeps them.
"""

from __future__ import annotations

import re

from .context import Span

MIN_CELLS = 6
"""The fewest cells of a table."""
MIN_FIGURE_SHARE = 0.4
"""The smallest share of a table's cells that are figures."""
_FIGURE = re.compile(r"[-+−]?[$€£]?\d[\d.,]*%?")


def figure_table(text: str) -> bool:
    """Whether a paragraph is a table of figures (see the module)."""
    if text.count("|") + 1 < MIN_CELLS:
        return False
    cells = [cell.strip() for cell in text.split("|")]
    cells = [cell for cell in cells if cell.strip("-")]
    figures = sum(1 for cell in cells if _FIGURE.match(cell))
    return len(cells) >= MIN_CELLS and figures >= MIN_FIGURE_SHARE * len(cells)


def without_table_labels(
    ordered: list[tuple[str, list[Span]]], texts: dict[str, str]
) -> list[tuple[str, list[Span]]]:
    """Each part's spans less the names all in capitals of a table of figures."""
    out = []
    for part, spans in ordered:
        if figure_table(texts.get(part, "")):
            spans = [span for span in spans if not _capitals(span.text)]
        out.append((part, spans))
    return out


def _capitals(text: str) -> bool:
    """A name of two letters or more, none of them lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
