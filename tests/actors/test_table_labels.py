"""Names all in capitals in a table of figures are a listing's labels, not actors (#14,
false actors; invented texts)."""

from __future__ import annotations

from generator.actors import extract_actors
from generator.actors.table_labels import figure_table

from .test_actors import make

TABLE = (
    "Ticker| Security| Last| Change| Change % ---|---|---|--- QV| QUARVEL HOLDINGS INC.| 21.50|"
    " -1.20| -5.3% ZB| ZORBAN TRADING CORP.| 40.10| 0.40| 1.0%"
)


def names(text: str) -> set[str]:
    return {a.name for a in extract_actors(make(text)).actors}


def test_a_table_of_figures():
    assert figure_table(TABLE)
    assert not figure_table("Team | Coach | City | Ground | Colours | Founded by")
    assert not figure_table("Shares fell 5% | see the chart")


def test_names_in_capitals_in_a_table_of_figures_are_no_actors():
    found = names("Quarvel Holdings said on Monday that sales fell, Ada Velk wrote.\n\n" + TABLE)
    assert "Quarvel Holdings" in found
    assert not {"QUARVEL HOLDINGS INC", "ZORBAN TRADING CORP"} & found


def test_names_written_as_names_in_a_table_stay():
    table = "Team| Won| Lost| Points ---|---|--- Velmont Rovers| 12| 3| 38 Harbour City| 9| 6| 30"
    assert "Velmont Rovers" in names("Ada Velk said the season ended in May.\n\n" + table)
