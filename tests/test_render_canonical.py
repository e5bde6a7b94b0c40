"""The render keys' stand-in for the repr of mentions and related actors (render/canonical.py)
is complete: a change to any field of any record changes an article's or actor's key."""

from dataclasses import fields, replace

from generator.models import Actor, Mention, RelatedActor
from generator.render import reuse
from generator.render.canonical import rows

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
