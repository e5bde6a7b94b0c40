"""decoding: bytes that are not UTF-8 keep every letter; an unsure reading is said to be one."""

import pytest

from generator.cli import problem_line
from generator.ingest import read_seeds
from generator.text.decoding import choose, implausibility

LATIN_1 = "Rencontre à Genève\n\nDéjà vu: la délégation a quitté Genève.\n"
CP1252 = "Talks \u201cstalled\u201d in Genève \u2014 the envoy\u2019s view\n"
POLISH = "Rozmowy w Łodzi\n\nMinister powiedział, że źródła są pewne. Żółw płynął łódką.\n"
RUSSIAN = "Переговоры в Женеве\n\nМинистр заявил, что встреча прошла успешно.\n"
FRENCH = "Réunion à Genève: déjà trois jours de débats sur l'accord.\n"


def read_one(tmp_path, data: bytes):
    (tmp_path / "a.txt").write_bytes(data)
    [article], problems = read_seeds(tmp_path)
    return article, [problem_line(p) for p in problems]


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (LATIN_1, "latin-1", "cp1252"),
        (CP1252, "cp1252", "cp1252"),
        (POLISH, "cp1250", "cp1250"),
        (RUSSIAN, "koi8-r", "koi8_r"),
        (FRENCH * 3, "utf-16-le", "utf-16-le"),
        (FRENCH * 3, "utf-16-be", "utf-16-be"),
    ],
    ids=["latin-1", "cp1252-quotes", "cp1250-polish", "koi8-r-russian", "utf16le", "utf16be"],
)
def test_every_letter_is_kept(tmp_path, text, codec, expected):
    article, problems = read_one(tmp_path, text.encode(codec))
    assert article.text == text
    assert article.encoding == expected
    assert len(problems) == 1 and problems[0].startswith(
        f"a.txt: warning: not UTF-8; read as {expected} ("
    )


def test_an_unsure_reading_prefers_windows_1252_and_says_so(tmp_path):
    _, problems = read_one(tmp_path, LATIN_1.encode("latin-1"))
    assert problems[0].startswith("a.txt: warning: not UTF-8; read as cp1252 (a guess: ")
    assert "cp1257" in problems[0] and "save the file as UTF-8" in problems[0]


def test_a_clear_reading_is_reported_as_detected(tmp_path):
    _, problems = read_one(tmp_path, RUSSIAN.encode("koi8-r"))
    assert problems == ["a.txt: warning: not UTF-8; read as koi8_r (detected)"]


def test_utf8_with_a_stray_windows_quote_keeps_both(tmp_path):
    data = "Café talks in Genève, ".encode() + b"\x93quoted\x94 here.\n"
    article, problems = read_one(tmp_path, data)
    assert article.text == "Café talks in Genève, \u201cquoted\u201d here.\n"
    assert article.encoding == "utf-8"
    assert problems == [
        "a.txt: warning: not all UTF-8: 2 byte(s) that are not UTF-8 were read as cp1252"
    ]


def test_bytes_undefined_in_windows_1252_are_still_read():
    data = "Genève ".encode("latin-1") + b"\x81\x8d end.\n"
    reading = choose(data).reading
    assert reading.text.startswith("Genève ") and reading.text.endswith(" end.\n")
    assert len(reading.text) == len(data)


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (POLISH.encode("cp1250").decode("cp1252"), POLISH),  # "powiedzia³": a superscript
        (RUSSIAN.encode("koi8-r").decode("cp1252"), RUSSIAN),  # case flips inside words
        (RUSSIAN.encode("cp1251").decode("cp1252"), RUSSIAN),  # words of accented letters
        ("Gen\u0425ve talks", "Genève talks"),  # two scripts in one word
        ("Caf\x82 \x93talks\x94", "Café “talks”"),  # C1 controls
    ],
    ids=["symbols", "case-flips", "accent-soup", "mixed-scripts", "c1-controls"],
)
def test_wrong_readings_score_worse(wrong, right):
    assert implausibility(right) < implausibility(wrong)
    assert implausibility(right) < 0.2


def test_plain_ascii_is_never_implausible():
    assert implausibility("Talks resume in Vienna.") == 0.0


def test_a_repetitive_text_is_read_even_when_detection_proposes_nothing():
    text = "Zażółć gęślą jaźń. Źródła mówią, że łódź płynęła. " * 300
    assert choose(text.encode("cp1250")).reading.text == text
