"""Load the lazily loaded models and tables once, in the parent, before workers fork.

Forked workers inherit what the parent has loaded, but each loads for itself what it first
needs after the fork: dateparser's 205 locales on the first date string only it can read
(about 1.7 s of CPU), pyspellchecker's dictionary on the first name guessed from capitals
(about 0.5 s), the city table, py3langid's model, justext's stop-word lists, wordfreq's
English list and the first names' countries (about 0.5 s), and about 0.3 s more: the time
expressions' cue patterns, the date inference's title patterns and pycountry's language
table. The parent's first article loads only what that article needs, so without this each
worker paid for the rest again. Every loader here is pure and cached for the process:
loading it early changes no result, only where the time is spent. The slowest of these
tables are read back from the user's cache folder when an earlier build kept them
(`kept_tables`), so warming up mostly unpickles them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection


def _dateparser() -> None:
    """htmldate's dateparser, made to try every locale once (a string none of them reads
    as a date), so each locale's data is loaded; its parser is htmldate's own, cached."""
    from htmldate.extractors import get_external_parser

    get_external_parser().get_date_data("21. juni/lipanj, 2020")


def _spelling() -> None:
    from ..actors.names import first_names
    from ..actors.vocabulary import common_words
    from ..actors.word_names import word_names

    common_words()
    word_names()
    first_names()  # kept apart from the common words (`kept_tables`): not read with them


def _cities() -> None:
    """The gazetteer and the cities' sizes (the given names, kept apart, no longer load
    the gazetteer: `kept_tables`)."""
    from ..actors.ner_features import city_sizes, gazetteer_heads

    gazetteer_heads()  # and the gazetteer, whose keys' first words they are
    city_sizes()


def _stop_words() -> None:
    """The cleaner's stop-word lists, every language's, for a text not plainly English."""
    from ..clean.profiles import article_language

    article_language("der die und la le et el los de het")


def _language_model() -> None:
    """py3langid's model (about 0.5 CPU s), for a page's text that no stop-word list fits.

    Texts do not need it here: the parent guesses every text's language before the pool
    starts (the blocks its cache key reads, `run/text_blocks`), which loads the model only
    when a text needs it, as a worker's guess of the same text would. (A text whose blocks
    the memo kept is not guessed there: when such a text needs the model, each worker that
    cleans it loads it for itself, the same model; the time is spent twice, the result is
    the same.)"""
    from ..clean.profiles import article_language

    article_language("Qwzx vrblk tsnn plork gwyth zmbri.")


def _html_path() -> None:
    """The HTML path's modules (trafilatura, htmldate, lxml's lookup set once), imported
    on the first page only (`clean/stage`): loaded here when the first article was a text."""
    from ..clean import from_html  # noqa: F401


def _language_words() -> None:
    """wordfreq's English list and gender-guesser's first-name counts by country, read for
    the one-word names of articles not in English (about 0.5 s together)."""
    from ..actors.language_words import name_use, zipf

    zipf("word", "en")
    name_use("word", "en")


def _timex_cues() -> None:
    """Every context pattern of the time expressions' cues, compiled (each on first use)."""
    from ..lang import ini_table
    from ..timex.lexicon import LANGUAGE, cue

    for section in ini_table(LANGUAGE, "timex_cues.ini").values():
        for name in section:
            cue(name)


def _timex_rules() -> None:
    """The time expressions' rules, 93 patterns (about 0.1 CPU s), and the scan for their
    trigger words, compiled on the first article otherwise: after the texts' blocks are
    found (`run/startup`), on one core while the other idles."""
    from ..timex.recognise import rules
    from ..timex.scan import windows

    rules()
    windows("")


def _names_and_places() -> None:
    """The given names' genders and the events' place names: kept tables (`kept_tables`),
    no longer read on the way to the given names or the gazetteer."""
    from ..actors.names import given_name_gender
    from ..events.places import place_names

    given_name_gender("word")
    place_names()


def _dating_titles() -> None:
    """The date inference's office-holder titles, 54 patterns compiled on the first
    article whose date is inferred: looked for in a word that may hold one (any text
    not in ASCII may), which loads them all."""
    from ..dating.evidence import title_clues

    title_clues({"": "Président"})


def _function_words() -> None:
    """pycountry's language table, read on the first article's function words (about
    0.15 s), and English's list."""
    from ..actors.other_languages import function_words

    function_words("en")


WARMERS: dict[str, tuple[Callable[[], None], frozenset[str]]] = {
    "dateparser": (_dateparser, frozenset({"html"})),
    "spelling dictionary": (_spelling, frozenset({"html", "text", "markdown"})),
    "gazetteer and city sizes": (_cities, frozenset({"html", "text", "markdown"})),
    "the HTML path": (_html_path, frozenset({"html"})),
    "stop-word lists": (_stop_words, frozenset({"html", "text", "markdown"})),
    "language model": (_language_model, frozenset({"html"})),
    "word frequencies and first names": (_language_words, frozenset({"html", "text", "markdown"})),
    "time expression cues": (_timex_cues, frozenset({"html", "text", "markdown"})),
    "time expression rules": (_timex_rules, frozenset({"html", "text", "markdown"})),
    "given names' genders and place names": (
        _names_and_places,
        frozenset({"html", "text", "markdown"}),
    ),
    "date inference titles": (_dating_titles, frozenset({"html", "text", "markdown"})),
    "function words": (_function_words, frozenset({"html", "text", "markdown"})),
}
"""name → (loader, the article formats whose extraction may need it): dateparser, the
HTML path and the language model are only reached from a saved page here (see
`_language_model` for texts), so a corpus of texts does not pay for them."""


def warm(formats: Collection[str]) -> tuple[str, ...]:
    """Run every loader some article of `formats` may need; the names of those that
    raised. A loader that fails here costs nothing: the article that needs it raises the
    same error in its worker, where it is reported with the article's name."""
    failed = []
    for name, (loader, needed_by) in WARMERS.items():
        if needed_by.isdisjoint(formats):
            continue
        try:
            loader()
        except Exception:  # noqa: BLE001 - reported where an article needs it
            failed.append(name)
    return tuple(failed)
