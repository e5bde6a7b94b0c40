"""A damaged page record means a full site step (every page rendered), never a wrong site."""

from generator.website import incremental, kept_pages

from .test_kept_meta import _build, _pages, corpus, watched  # noqa: F401 - fixtures


def test_a_damaged_record_renders_every_page_and_gives_a_full_builds_site(
    tmp_path,
    corpus,  # noqa: F811
    watched,  # noqa: F811
    monkeypatch,
):
    seeds, full = corpus
    path = tmp_path / "live" / "site" / incremental.RECORD_NAME
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, in the middle of the pickle
    path.write_bytes(bytes(data))
    linked = []
    monkeypatch.setattr(kept_pages, "keep_files", lambda pairs: linked.extend(pairs))
    assert _pages(_build(seeds, tmp_path / "live")) == full
    assert linked == [] and watched["meta"] == []  # no page kept from the previous site
