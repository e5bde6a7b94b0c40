"""Date-stamp labels ("Published", "Last updated"): one list, in `lang/<code>/metadata.json`,
for the metadata stage (which date a label gives), the cleaner (a header line that is a
date label) and the events stage (a paragraph that is only a stamp, no event).

The cleaner and the events stage each spelled their own copy, drifted apart ("edited" was
the metadata stage's alone).
"""

from __future__ import annotations

import functools

from . import load


@functools.cache
def labels(code: str = "en") -> tuple[str, ...]:
    """The label phrases, publication's then update's ("published", "last updated")."""
    dates = load(code, "metadata.json").get("dates", {})
    return tuple(dates.get("published_labels", ())) + tuple(dates.get("updated_labels", ()))


@functools.cache
def label_heads(code: str = "en") -> tuple[str, ...]:
    """The last word of each label, once each: what a label line opens on after an
    optional "first"/"last" ("posted", "updated")."""
    return tuple(dict.fromkeys(label.split()[-1] for label in labels(code)))


@functools.cache
def label_words(code: str = "en") -> tuple[str, ...]:
    """Every word of the labels, once each: words of a stamp line that say nothing."""
    return tuple(dict.fromkeys(word for label in labels(code) for word in label.split()))
