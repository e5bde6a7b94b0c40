"""bench/merges.py reads its cache of unmerged events only when the code that made it is
the code now: a changed extraction is never measured from a stale pickle."""

from bench import merges


def test_cached_events_are_rebuilt_when_the_code_changes(tmp_path, monkeypatch):
    built = []

    def unmerged(corpus, part):
        built.append((corpus, part))
        return [f"event of {corpus} {part} #{len(built)}"]

    monkeypatch.setattr(merges, "unmerged", unmerged)
    monkeypatch.setattr(merges, "generator_digest", lambda: "a" * 64)
    first = merges.cached("text", "read", tmp_path)
    again = merges.cached("text", "read", tmp_path)
    assert first == again == ["event of text read #1"] and len(built) == 1
    monkeypatch.setattr(merges, "generator_digest", lambda: "b" * 64)
    assert merges.cached("text", "read", tmp_path) == ["event of text read #2"]
    assert len(list(tmp_path.glob("text-read-*.pickle"))) == 2
