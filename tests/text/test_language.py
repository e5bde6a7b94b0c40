"""Articles in any language are kept, named in the export, and shown in their direction."""

import json

import jsonschema
from click.testing import CliRunner

from generator.clean import article_language, clean
from generator.clean import profiles as clean_module
from generator.cli import main
from generator.models import RawArticle
from generator.text.language import direction, language_name

from ..conftest import ROOT

ARABIC = """# وزير الخارجية يزور العاصمة

[الرئيسية](#) [أخبار](#) [رياضة](#) [اقتصاد](#)

وصل وزير الخارجية إلى العاصمة صباح اليوم في زيارة رسمية تستمر يومين لبحث الأزمة الإنسانية؟ وقال إن المحادثات ستركز على فتح المعابر أمام المساعدات.

ومن المقرر أن يلتقي الوزير غدا برئيس الوزراء قبل أن يتوجه إلى مخيم للاجئين.
"""
RUSSIAN = """# Министр прибыл в столицу

Министр иностранных дел прибыл в столицу утром в понедельник с официальным визитом.

По его словам, страна готова оказать полную поддержку международным усилиям.
"""
CHINESE = """# 外交部长抵达首都

外交部长周一上午抵达首都进行正式访问。他在新闻发布会上表示，会谈将重点讨论人道主义危机。

部长明天将会见总理和其他官员，随后前往一个难民营进行访问。
"""
ENGLISH = """# Talks resume in Oslo

Delegates from both sides met in Oslo on Monday to resume the talks that stalled last year, officials said.
"""


def raw(text: str) -> RawArticle:
    return RawArticle(id="a", source="a.md", text=text, format="markdown")


def test_languages_are_identified():
    assert article_language(ARABIC)[0] == "ar"
    assert article_language(RUSSIAN)[0] == "ru"
    assert article_language(CHINESE)[0] == "zh"
    assert article_language(ENGLISH)[0] == "en"
    assert article_language("1 2 3")[0] is None


def test_a_language_with_a_profile_never_loads_the_identifier(monkeypatch):
    def fail(text: str) -> str:
        raise AssertionError("the identifier ran on text a stop-word profile fits")

    monkeypatch.setattr(clean_module, "identify", fail)
    assert article_language(ENGLISH) == ("en", clean_module.stoplist("English"))
    german = (
        "Der Rat hat am Dienstag beschlossen, die Brücke zu reparieren, sagte der Bürgermeister."
    )
    assert article_language(german) == ("de", clean_module.stoplist("German"))


def test_a_language_without_a_profile_is_judged_by_shape_not_english_stop_words():
    language, stop = article_language(ARABIC)
    assert (language, stop) == ("ar", frozenset())
    cleaned = clean(raw(ARABIC))
    kept = [block.text for block in cleaned.blocks]
    assert cleaned.language == "ar"
    assert any(text.startswith("وصل وزير الخارجية") for text in kept)
    assert any(text.startswith("ومن المقرر") for text in kept)
    # link density is evidence in every language: the menu still goes
    assert [r.reason for r in cleaned.removed] == ["navigation"]


def test_direction_follows_the_script():
    assert direction(ARABIC) == "rtl"
    assert direction("שלום עולם, 2024") == "rtl"
    assert direction(RUSSIAN) == "ltr" and direction(CHINESE) == "ltr"
    assert direction("2024 — 17") == "ltr"


def test_language_names():
    assert language_name("ar") == "Arabic (ar)"
    assert language_name("zz") == "zz"


def test_every_article_is_kept_with_its_language_and_direction(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in (("ar", ARABIC), ("ru", RUSSIAN), ("zh", CHINESE), ("en", ENGLISH)):
        (seeds / f"{name}.md").write_text(text, encoding="utf-8")
    docs = tmp_path / "docs"
    args = ["build", "--seeds", str(seeds), "--docs-dir", str(docs), "--no-site"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "only page furniture" not in result.output
    data = json.loads((docs / "data" / "briefing.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "generator" / "schema" / "briefing.schema.json").read_text())
    jsonschema.validate(data, schema)
    languages = {a["id"]: a["language"] for a in data["articles"]}
    assert languages == {"ar": "ar", "en": "en", "ru": "ru", "zh": "zh"}
    assert all(len(a["paragraphs"]) == 2 for a in data["articles"] if a["id"] != "en")
    arabic = (docs / "articles" / "ar.md").read_text(encoding="utf-8")
    assert '<div class="article-body" markdown="0" lang="ar" dir="rtl">' in arabic
    assert "- **Language:** Arabic (ar)" in arabic
    russian = (docs / "articles" / "ru.md").read_text(encoding="utf-8")
    assert '<div class="article-body" markdown="0" lang="ru">' in russian
    assert "- **Language:** Russian (ru)" in russian


def test_the_model_is_let_go_once_the_articles_are_read_and_loads_again_when_asked():
    import py3langid.langid

    from generator.text.language import identify, release_model

    assert identify("Der Hund läuft schnell über die Straße und die Katze schläft.") == "de"
    assert py3langid.langid.IDENTIFIER is not None
    release_model()
    assert py3langid.langid.IDENTIFIER is None
    assert identify("Le chien court vite dans la rue et le chat dort.") == "fr"


def test_a_build_lets_go_of_the_model_after_extraction(tmp_path, monkeypatch):
    from generator import build

    released = []
    monkeypatch.setattr(build, "release_model", lambda: released.append(True))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Talks open\n\nNegotiators from Arcadia met in Vienna on Monday to open talks.\n",
        encoding="utf-8",
    )
    options = build.Options(
        seeds=seeds,
        docs_dir=tmp_path / "docs",
        site_dir=tmp_path / "site",
        config=None,
        folder=None,
        quiet=True,
        debug=False,
        jobs=1,
    )
    build.analyse(options, build.Hooks())
    assert released == [True]
