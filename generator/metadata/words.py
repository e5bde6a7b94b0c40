"""The metadata stage's vocabulary, read once from the `generator/lang/<code>/` tables.

Every word the stage matches (month and weekday names, byline cues, roles, wire agencies,
date labels, credit words ...) is named here and nowhere else in the package; the other
modules build their regular expressions from these names. Each language contributes its
own words to a list, in `LANGUAGES` order, so adding a language is adding its tables.
"""

from __future__ import annotations

from ..lang import alternation as alternation  # the word lists' pattern maker, re-exported
from ..lang import load

LANGUAGES = ("en", "pt", "es", "fr", "de", "it", "id")
"""Languages whose words the stage knows: English, then others met in saved pages."""


def merged(section: str, key: str) -> tuple[str, ...]:
    """Every language's `metadata.json` list `section.key`, in `LANGUAGES` order, once each."""
    words: dict[str, None] = {}
    for lang in LANGUAGES:
        for word in load(lang, "metadata.json").get(section, {}).get(key, ()):
            words.setdefault(word, None)
    return tuple(words)


def _months() -> dict[str, int]:
    """Month name or abbreviation → month number, every language's, first spelling kept."""
    months: dict[str, int] = {}
    for lang in LANGUAGES:
        for name, number, *_ in load(lang, "months.tsv"):
            months.setdefault(name, int(number))
    return months


# Dates
MONTHS = _months()
NEVER_SURNAME_MONTHS = frozenset(
    name for name, _, *flags in load("en", "months.tsv") if "never a surname" in flags
)
"""Months that are no one's surname: dropped after an author's name ("Theresa May" stays)."""
ENGLISH_MONTHS = tuple(name for name, *_ in load("en", "months.tsv"))
WEEKDAYS: tuple[str, ...] = load("en", "weekdays.txt")
PUBLISHED_LABELS = merged("dates", "published_labels")
UPDATED_LABELS = merged("dates", "updated_labels")
ORDINAL_SUFFIXES = merged("dates", "ordinal_suffixes")
MONTH_JOINERS = merged("dates", "month_joiners")
"""Words between a day, its month and its year: "22 de outubro de 2010"."""
BYLINE_LABELS_TO_LINE_END = merged("dates", "byline_labels_to_line_end")
BYLINE_LABELS = merged("dates", "byline_labels")
"""Date labels cut from a byline line (a drifted copy of the date labels: kept apart)."""
DATE_PREPOSITIONS = merged("dates", "date_prepositions")
"""Words that put a date or time in a byline line: "Posted by A on <date>", "at 9:05"."""
READING_TIME_UNITS = merged("dates", "reading_time_units")
READING_TIME_VERBS = merged("dates", "reading_time_verbs")

# Bylines
BYLINE_CUES = merged("bylines", "cues")
BYLINE_CUE_VERBS = merged("bylines", "cue_verbs")
AUTHOR_JOINERS = merged("bylines", "joiners")
NAME_LIST_JOINERS = merged("bylines", "name_list_joiners")
"""Joiners of the quick "is there a name at all" check (a drifted copy: English "and" only)."""
NAME_PARTICLES = merged("bylines", "name_particles")
ROLES = merged("bylines", "roles")
ROLE_HEADS = merged("bylines", "role_heads")
JOB_WORDS = merged("bylines", "job_words")
OUTLET_STAFF = merged("bylines", "outlet_staff")
NOT_AUTHORS = merged("bylines", "not_authors")

# Outlets and captions
WIRE_AGENCIES = tuple(row[0] for row in load("en", "wire_agencies.tsv"))
AGENCY_NAMES = {row[0]: row[1] for row in load("en", "wire_agencies.tsv") if len(row) > 1}
"""A bare acronym's full name: "AP" → "Associated Press"."""
ARTICLES = merged("outlets", "articles")
OUTLET_NAME_JOINERS = merged("outlets", "name_joiners")
DISCLAIMER_VERBS = merged("outlets", "disclaimer_verbs")
OUTLET_WORDS = frozenset(load("en", "outlet_words.txt"))
CREDIT_LABELS = merged("captions", "credit_labels")
CREDIT_CUES = merged("captions", "credit_cues")
"""Words that mark a caption's last sentence as its credit (a drifted copy of the wire
agencies and credit labels: lower-case, with "via" and "Getty"; kept apart)."""
