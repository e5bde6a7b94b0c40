"""The render keys' stand-in for the repr of mentions and related actors (run/canonical.py)
is complete: a change to any field of any record changes an article's or actor's key."""

from dataclasses import fields, replace

from generator.models import Actor, Mention, RelatedActor
from generator.render import reuse
from generator.run.canonical import row, rows

from .test_render_reuse import _article, _keys

MENTION = Mention("quarry", "p1", 0, 13, "Hanne Solberg", "hanne-solberg")


def _changed(value):
    return not value if isinstance(value, bool) else value + 1 if isinstance(value, int) else "z"


def test_rows_hold_every_field_and_the_class():
    assert rows([MENTION]) == (
        "Mention",
        (("quarry", "p1", 0, 13, "Hanne Solberg", "hanne-solberg"),),
    )
    assert rows([]) == ()
    mixed = rows([MENTION, RelatedActor("per-adler", 2)])
    assert mixed == (
        ("Mention", ("quarry", "p1", 0, 13, "Hanne Solberg", "hanne-solberg")),
        ("RelatedActor", ("per-adler", 2)),
    )
    assert rows([RelatedActor("a", 1)]) != rows([Mention("a", "1", 0, 0, "", "")])


def test_every_field_of_a_mention_or_related_actor_moves_the_keys():
    quarry = _article("quarry", "Quarry approved", "Hanne Solberg spoke.")
    solberg = Actor(
        "hanne-solberg",
        "Hanne Solberg",
        "person",
        (),
        None,
        (MENTION,),
        (RelatedActor("per-adler", 2),),
    )
    base = _keys([quarry], [solberg])
    a, s = reuse.article_unit("quarry"), reuse.actor_unit("hanne-solberg")
    for field in fields(Mention):
        if field.name in ("article", "actor"):
            continue  # they move the mention to another page: not a change of this one
        changed = replace(MENTION, **{field.name: _changed(getattr(MENTION, field.name))})
        keys = _keys([quarry], [replace(solberg, mentions=(changed,))])
        assert keys[s] != base[s], field.name
        assert keys[a] != base[a], field.name
    for field in fields(RelatedActor):
        related = replace(solberg.related[0])
        related = replace(related, **{field.name: _changed(getattr(related, field.name))})
        keys = _keys([quarry], [replace(solberg, related=(related,))])
        assert keys[s] != base[s], field.name


def test_a_row_with_fields_replaced_is_the_row_of_the_replaced_record():
    solberg = Actor("hanne-solberg", "Hanne Solberg", "person", (), None, (MENTION,), ())
    assert row(solberg) == ("Actor", rows([solberg])[1][0])
    quiet = replace(solberg, salience=0.0, mentions=rows(solberg.mentions))
    assert row(solberg, salience=0.0, mentions=rows(solberg.mentions)) == row(quiet)
    assert row(solberg, salience=0.0) != row(solberg, salience=1.0)


def test_every_field_of_an_actor_but_its_salience_moves_its_key():
    quarry = _article("quarry", "Quarry approved", "Hanne Solberg spoke.")
    solberg = Actor("hanne-solberg", "Hanne Solberg", "person", (), None, (MENTION,), ())
    base = _keys([quarry], [solberg])
    s = reuse.actor_unit("hanne-solberg")
    assert _keys([quarry], [replace(solberg, salience=5.0)])[s] == base[s]
    for field in fields(Actor):
        value = getattr(solberg, field.name)
        if field.name in ("id", "salience", "mentions", "related") or not isinstance(
            value, str | int | bool | None
        ):
            continue
        changed = replace(solberg, **{field.name: _changed(value) if value is not None else "x"})
        assert _keys([quarry], [changed])[s] != base[s], field.name
