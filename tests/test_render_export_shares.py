"""The data files are made in two render parts (render.EXPORT_SHARES): the first by the
findings worker once it has the findings, the second beside it; together they are every
data file once, with the same texts."""

import generator.render as rendering
from generator.models import Article, Briefing, Paragraph
from generator.render.chunked import whole
from generator.render.plan import site_paths


def _briefing() -> Briefing:
    article = Article(
        id="ferry",
        source="ferry.txt",
        title="Ferry back",
        subtitle=None,
        authors=(),
        publication=None,
        published="2021-03-05",
        published_basis="text",
        url=None,
        caption=None,
        credit=None,
        paragraphs=(Paragraph("p1", "The ferry to Scarra ran again on Friday."),),
    )
    return Briefing("T", None, (article,), (), (), (), ())


def test_the_export_shares_are_every_data_file_once():
    briefing = _briefing()
    by, _ = rendering._events_by(briefing)
    plan = rendering._Plan(briefing, site_paths(briefing), by, {})
    every = whole(rendering._exports(plan))
    shares = [whole(rendering._exports(plan, s)) for s in range(len(rendering.EXPORT_SHARES))]
    assert len(shares) == 2 and all(shares)
    assert sum(len(s) for s in shares) == len(every) == 5
    assert {k: v for s in shares for k, v in s.items()} == every
