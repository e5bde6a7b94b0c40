"""The prebuilt search index: folding, postings, the script the worker loads, install."""

import json
import re
import unicodedata

import pytest

from generator.website import search_index as si

MKDOCS = {
    "config": {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"]},
    "docs": [
        {
            "location": "actors/anna.html",
            "title": "Anna Kovács",
            "text": "<ul><li>Also called: Ania</li></ul>",
        },
        {
            "location": "actors/anna.html#timeline",
            "title": "Timeline",
            "text": "<p>Kovács met the minister &amp; the envoy &lt;b&gt;twice&lt;/b&gt;.</p>",
        },
        {
            "location": "about.html",
            "title": "About",
            "text": "<p>Minister, minister.</p>",
            "tags": ["past events"],
        },
    ],
}


def decode(encoded: str) -> list[tuple[int, int]]:
    pairs, doc = [], 0
    for pair in encoded.split(";"):
        gap, weight = (int(x, 36) for x in pair.split(","))
        doc += gap
        pairs.append((doc, weight))
    return pairs


def test_tokens_fold_accents_and_case_and_drop_stop_words():
    assert si.tokens("Anna KOVÁCS said the Élysée's") == ["anna", "kovacs", "elysee", "s"]
    assert si.fold("ﬁ Ω") == "fi ω"


def _decomposed_fold(text: str) -> str:
    """The fold spelled out for every text, ASCII too: what the worker does."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M")).lower()


@pytest.mark.parametrize(
    "text",
    ["Plain ASCII, Tabs\tand 42 DIGITS!", "", "Ünïcödé ﬁnds Ω and ² and Å", "mixed: café 1ST"],
)
def test_the_ascii_shortcut_folds_as_the_decomposition_does(text):
    assert si.fold(text) == _decomposed_fold(text)
    assert si.tokens(text) == [
        t for t in re.findall(r"[^\W_]+", _decomposed_fold(text)) if t not in si.STOP_WORDS
    ]


def test_folding_a_character_at_a_time_folds_as_the_whole_text_does():
    every = "".join(chr(c) for c in range(0x80, 0x30000) if not 0xD800 <= c < 0xE000)
    # each character beside every other kind: marks after letters, Hangul jamo, final sigma
    assert si.fold(every) == _decomposed_fold(every)
    assert si.fold("ΟΔΟΣ Σa a\u0301\u0327b ᄀ하") == _decomposed_fold("ΟΔΟΣ Σa a\u0301\u0327b ᄀ하")


def test_plain_text_drops_tags_and_unescapes_entities():
    assert si.plain("<p>a &amp; b</p><li>c&lt;d</li>") == "a & b c<d"


def test_teaser_cuts_at_a_word_with_an_ellipsis():
    assert si.teaser("short text") == "short text"
    cut = si.teaser("word " * 100, limit=22)
    assert cut == "word word word word …"


def test_postings_weigh_titles_over_text_and_count_text_hits():
    index = si.compact(MKDOCS)
    table = dict(zip(index["tokens"], index["postings"], strict=True))
    assert index["tokens"] == sorted(index["tokens"])
    assert decode(table["kovacs"]) == [(0, si.TITLE_WEIGHT), (1, 1)]
    assert decode(table["minister"]) == [(1, 1), (2, 2)]
    assert decode(table["past"]) == [(2, si.TITLE_WEIGHT)]  # tags weigh as titles
    assert "the" not in table and "said" not in table
    rare, common = (
        index["idf"][index["tokens"].index("ania")],
        index["idf"][index["tokens"].index("minister")],
    )
    assert rare > common


def test_documents_keep_order_plain_text_and_tags():
    index = si.compact(MKDOCS)
    assert [row[0] for row in index["docs"]] == [d["location"] for d in MKDOCS["docs"]]
    assert index["docs"][1][2] == "Kovács met the minister & the envoy <b>twice</b>."
    assert index["docs"][2][3] == ["past events"] and len(index["docs"][0]) == 3


def test_gaps_stay_small_over_many_documents():
    docs = [{"location": f"p{i}.html", "title": f"t{i}", "text": "common"} for i in range(50)]
    table = dict(zip(*(si.compact({"docs": docs})[k] for k in ("tokens", "postings")), strict=True))
    assert table["common"] == ";".join(["0,1"] + ["1,1"] * 49)
    assert decode(table["common"])[-1] == (49, 1)


def test_script_round_trips_and_is_ascii():
    index = si.compact(MKDOCS)
    text = si.script(index)
    assert text.isascii()
    prefix, suffix = "var __briefingSearch = JSON.parse(", ");\n"
    assert text.startswith(prefix) and text.endswith(suffix)
    assert json.loads(json.loads(text[len(prefix) : -len(suffix)])) == index


def _material_worker(site, name="search.a7633da7.min.js"):
    (site / si.MATERIAL_WORKERS).mkdir(parents=True)
    (site / si.MATERIAL_WORKERS / name).write_text("// Material's worker")


def test_install_writes_index_and_worker_and_slims_what_pages_load(tmp_path):
    _material_worker(tmp_path)
    (tmp_path / "search").mkdir()
    (tmp_path / si.MKDOCS_INDEX).write_text(json.dumps(MKDOCS))
    si.install(tmp_path)
    first = {p: p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()}
    slim = json.loads((tmp_path / si.MKDOCS_INDEX).read_text())
    assert slim == {"config": MKDOCS["config"], "docs": []}
    script = (tmp_path / si.MKDOCS_INDEX_SCRIPT).read_text()
    assert script == "var __index = " + (tmp_path / si.MKDOCS_INDEX).read_text()
    assert (tmp_path / si.WORKER_SITE_PATH).read_bytes() == si.WORKER.read_bytes()
    assert "kovacs" in (tmp_path / si.INDEX_SITE_PATH).read_text()
    (tmp_path / si.MKDOCS_INDEX).write_text(json.dumps(MKDOCS))  # same input, same bytes
    si.install(tmp_path)
    assert {p: p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()} == first


def test_install_leaves_a_site_without_search_alone(tmp_path):
    (tmp_path / "index.html").write_text("<html></html>")
    si.install(tmp_path)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["index.html"]


def test_install_refuses_a_site_whose_material_worker_the_shim_would_miss(tmp_path):
    _material_worker(tmp_path, "lookup.1234.min.js")
    (tmp_path / "search").mkdir()
    (tmp_path / si.MKDOCS_INDEX).write_text(json.dumps(MKDOCS))
    with pytest.raises(si.WorkerNotFound, match="lookup.1234.min.js"):
        si.install(tmp_path)
    assert json.loads((tmp_path / si.MKDOCS_INDEX).read_text()) == MKDOCS  # left whole


def test_the_shim_and_the_check_agree_on_materials_worker_name():
    shim = si.WORKER.with_name("iframe-worker-shim.js").read_text()
    (pattern,) = re.findall(r"MATERIAL_SEARCH_WORKER = /(.*)/;", shim)
    for name in ("search.a7633da7.min.js", "search.0.js"):
        assert si.MATERIAL_WORKER_RE.fullmatch(name)
        assert re.search(pattern.replace("\\/", "/"), f"../assets/javascripts/workers/{name}")


def test_postings_encode_small_and_large_numbers_as_base36_does():
    from generator.website.search_index import _SMALL, _numbers, base36, encode

    numbers = [0, 1, 35, 36, 1295, 1296, 1297, 46655, 10**6]
    assert all(int(base36(n), 36) == n for n in numbers)
    pairs = list(zip(numbers, [n % 97 + 1 for n in numbers], strict=True))
    expected = []
    for (number, weight), before in zip(pairs, [0] + numbers, strict=False):
        expected.append(f"{base36(number - before)},{base36(weight)}")
    assert encode(pairs) == ";".join(expected)
    assert len(_SMALL) == 1296
    assert _numbers() == [base36(n) for n in range(36**3)]


def test_the_index_assembled_from_shares_is_the_whole_rebuild_byte_for_byte():
    """The shares a page record keeps give the index `compact` makes from the entries."""
    docs = [*MKDOCS["docs"]]
    docs.append({"location": "empty.html", "title": "", "text": "the of and"})  # no token
    docs.append({"location": "t.html", "title": "Río río RÍO " * 40, "text": "x " * 30})
    docs.append({"location": "u.html", "title": "Ünïcödé", "text": "Río", "tags": ["a b", "a"]})
    whole = {"config": MKDOCS["config"], "docs": docs}
    assembled = si.assemble([si.prepare(entry) for entry in docs])
    assert assembled == si.compact(whole)
    assert si.script(assembled) == si.script(si.compact(whole))
    table = dict(zip(assembled["tokens"], assembled["postings"], strict=True))
    assert decode(table["rio"]) == [(4, 120 * si.TITLE_WEIGHT), (5, 1)]


def test_install_takes_the_shares_when_given_and_ignores_the_files_documents(tmp_path):
    _material_worker(tmp_path)
    listed = {"config": MKDOCS["config"], "docs": []}
    (tmp_path / "search").mkdir()
    (tmp_path / si.MKDOCS_INDEX).write_text(json.dumps(listed), encoding="utf-8")
    si.install(tmp_path, [si.prepare(entry) for entry in MKDOCS["docs"]])
    written = (tmp_path / si.INDEX_SITE_PATH).read_text(encoding="utf-8")
    assert written == si.script(si.compact(MKDOCS))
    assert json.loads((tmp_path / si.MKDOCS_INDEX).read_text()) == si.slim(MKDOCS)


def test_the_assembled_index_encodes_gaps_past_1295_as_compact_does():
    """A rare token 1,399 documents after its last one (past the small table)."""
    docs = [
        {"location": f"p{n}.html", "title": f"Page {n}", "text": "harbour"} for n in range(1400)
    ]
    docs[0]["text"] = docs[1399]["text"] = "harbour kelp"
    assembled = si.assemble([si.prepare(entry) for entry in docs])
    assert assembled == si.compact({"docs": docs})
    assert assembled["postings"][assembled["tokens"].index("kelp")] == "0,1;12v,1"
