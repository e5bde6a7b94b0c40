"""The slowest tables kept in the user's cache folder (generator/kept_tables.py): built
once, read back whole or built again, never read across generators or package versions."""

import os

import pytest

from generator import kept_tables
from generator.actors import gazetteer, names, vocabulary
from generator.kept_tables import FOLDER_VARIABLE, kept, read_or_build, tables_folder


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(FOLDER_VARIABLE, str(tmp_path / "tables"))
    return tmp_path / "tables"


class Builds:
    """A table builder that counts its calls."""

    def __init__(self, table=None):
        self.calls = 0
        self.table = table if table is not None else {"harbour": ("quay", 3), "mill": ("river", 1)}

    def __call__(self):
        self.calls += 1
        return self.table


def test_a_table_is_built_once_then_read_back_equal(folder):
    build = Builds()
    first = read_or_build("harbours", ("pytest",), build)
    again = read_or_build("harbours", ("pytest",), build)
    assert build.calls == 1 and first == again == build.table
    assert again is not build.table  # read back from the file, not kept in memory here
    assert (folder / "harbours.pickle").is_file()


def test_the_decorated_function_keeps_its_name_and_reads_the_kept_table(folder):
    build = Builds({"word": 1})

    @kept("words", ("pytest",))
    def words():
        """Some words."""
        return build()

    assert words() == words() == {"word": 1}
    assert build.calls == 1 and words.__name__ == "words" and words.__doc__ == "Some words."


@pytest.mark.parametrize("cut", [1, 40, -1])
def test_a_damaged_or_cut_file_is_built_again_and_written_whole(folder, cut):
    build = Builds()
    read_or_build("harbours", ("pytest",), build)
    path = folder / "harbours.pickle"
    data = bytearray(path.read_bytes())
    if cut == -1:
        data[-1] ^= 0xFF  # one flipped bit in the table itself
    else:
        data = data[:-cut]
    path.write_bytes(bytes(data))
    assert read_or_build("harbours", ("pytest",), build) == build.table
    assert build.calls == 2
    assert read_or_build("harbours", ("pytest",), build) == build.table
    assert build.calls == 2  # the file written again is whole


def test_another_package_version_or_generator_builds_the_table_again(folder, monkeypatch):
    build = Builds()
    read_or_build("harbours", ("pytest",), build)
    monkeypatch.setattr(kept_tables, "_version", lambda package: "0.0.1-other")
    read_or_build("harbours", ("pytest",), build)
    assert build.calls == 2
    monkeypatch.setattr(kept_tables, "generator_digest", lambda: "another generator")
    read_or_build("harbours", ("pytest",), build)
    assert build.calls == 3


def test_a_package_not_installed_is_named_without_a_version(folder):
    build = Builds()
    read_or_build("harbours", ("no-such-distribution-here",), build)
    assert b"no-such-distribution-here -\n" in (folder / "harbours.pickle").read_bytes()[:300]


def test_an_empty_variable_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(FOLDER_VARIABLE, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    build = Builds()
    assert tables_folder() is None
    read_or_build("harbours", ("pytest",), build)
    read_or_build("harbours", ("pytest",), build)
    assert build.calls == 2 and not any(tmp_path.iterdir())


def test_the_folder_is_under_the_users_cache_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(FOLDER_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert tables_folder() == tmp_path / "briefing" / "tables"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert tables_folder() == tmp_path / "home" / ".cache" / "briefing" / "tables"


def test_a_folder_that_cannot_be_written_only_costs_the_time(tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("not a folder")
    monkeypatch.setenv(FOLDER_VARIABLE, str(tmp_path / "a-file" / "tables"))
    build = Builds()
    assert read_or_build("harbours", ("pytest",), build) == build.table
    assert read_or_build("harbours", ("pytest",), build) == build.table
    assert build.calls == 2


def test_a_table_pickle_cannot_take_is_used_and_not_kept(folder):
    build = Builds({"quay": lambda: None})
    assert read_or_build("harbours", ("pytest",), build) is build.table
    assert not (folder / "harbours.pickle").exists()


@pytest.mark.parametrize(
    ("table", "name"),
    [
        (gazetteer.gazetteer, "gazetteer"),
        (names.first_names, "first-names"),
        (vocabulary._everyday_words, "common-words"),
    ],
)
def test_the_generators_tables_read_back_are_the_tables_it_builds(folder, table, name):
    """What a later build reads is what the first one built (`functools.cache` stands
    above the kept function: `__wrapped__` is the kept one)."""
    built = table.__wrapped__()  # no file yet: built and kept
    assert (folder / f"{name}.pickle").is_file()
    assert table.__wrapped__() == built


def test_the_kept_language_model_guesses_as_the_one_py3langid_loads(folder):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from generator.text import language

    own = LanguageIdentifier.from_model_file(MODEL_FILE)
    language._model()  # built and kept
    kept_model = language._model()  # read back
    assert (folder / "language-model.pickle").is_file()
    for text in ("Der Hafen ist seit Montag wieder offen.", "Zqwx vrblk tsnn plork."):
        assert kept_model.classify(text) == own.classify(text)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX owners and modes")
@pytest.mark.parametrize(("mode", "group"), [(0o777, 0), (0o757, 0), (0o775, 1)])
def test_a_folder_others_can_write_is_never_read(folder, mode, group):
    # a table is unpickled: one planted by another account ($BRIEFING_TABLES under /tmp,
    # made by someone else first, or opened to another group) would run its code here
    planted = Builds({"planted": 1})
    read_or_build("harbours", ("pytest",), planted)  # a valid sealed table in the folder
    folder.chmod(mode)
    if group:  # a group that is not this process's own (only root may give one)
        if os.geteuid() != 0:
            pytest.skip("giving a folder to another group takes root")
        os.chown(folder, -1, os.getegid() + 1)
    build = Builds()
    assert read_or_build("harbours", ("pytest",), build) == build.table
    assert build.calls == 1
    folder.chmod(0o755)
    assert read_or_build("harbours", ("pytest",), Builds()) == {"planted": 1}  # not rewritten


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX owners and modes")
def test_a_folder_its_own_group_can_write_is_read(folder):
    # a umask of 002 (a group per user) makes every folder group-writable
    read_or_build("harbours", ("pytest",), Builds({"kept": 1}))
    folder.chmod(0o775)
    assert read_or_build("harbours", ("pytest",), Builds()) == {"kept": 1}
