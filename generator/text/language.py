"""Which language an article is in (ISO 639-1) and which way its script runs.

The cleaner's stop-word profiles recognise fifteen languages; an article in any other
(Arabic, Chinese, Hindi, …) still needs a name in the export and must not be judged by
English stop words. py3langid ships its model inside the package (no download, works
offline); loading it takes a second or two, so it is only asked about text that none of
the cleaner's profiles fits, and English text never pays for it.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

from ..kept_tables import kept

PROFILE_CODES = {
    "English": "en",
    "Portuguese": "pt",
    "Spanish": "es",
    "French": "fr",
    "German": "de",
    "Italian": "it",
    "Russian": "ru",
    "Indonesian": "id",
    "Dutch": "nl",
    "Polish": "pl",
    "Turkish": "tr",
    "Ukrainian": "uk",
    "Swedish": "sv",
    "Czech": "cs",
    "Romanian": "ro",
}
"""The cleaner's stop-word profiles (justext's list names) → ISO 639-1 codes."""

SAMPLE = 2000
"""Characters given to the identifier: enough for a confident answer, quick (2 ms)."""


def identify(text: str) -> str:
    """The ISO 639-1 code of the language `text` is most likely in."""
    from py3langid import classify

    if loaded_model() is None:
        use_model(_model())
    return str(classify(text[:SAMPLE])[0])


@kept("language-model", ("py3langid", "numpy"))
def _model() -> object:
    """py3langid's model as its `classify` loads it (its own file, no option), kept
    unpacked: read from its xz file it costs about 0.35 CPU s, unpickled 0.06."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def release_model() -> None:
    """Let go of py3langid's model (about 70 MB once loaded) when the articles are read: the
    build's parent loads it before the extraction pool forks, so that the workers share it,
    and would otherwise carry it through the link and render steps, where its peak memory
    is (a later guess loads it again)."""
    found = sys.modules.get("py3langid.langid")
    if found is not None:
        found.IDENTIFIER = None


def loaded_model() -> object | None:
    """py3langid's model when this process has it loaded, else None: a forked helper that
    loaded it hands it to the build's process (`run/startup`)."""
    found = sys.modules.get("py3langid.langid")
    # the module's lazily loaded global, not its API: a release without it hands nothing
    return getattr(found, "IDENTIFIER", None)


def use_model(model: object) -> None:
    """Take py3langid's model as another process loaded it (`loaded_model`): unpickled, it
    costs about 0.1 CPU s, where reading it again from its compressed file costs 0.4."""
    import py3langid.langid

    py3langid.langid.IDENTIFIER = model


def direction(text: str) -> str:
    """`"rtl"` when most of the strongly directional letters run right to left (Arabic,
    Hebrew, Syriac, Thaana scripts), else `"ltr"`. Digits and punctuation do not count."""
    if text.isascii() or not _RIGHT_TO_LEFT_RE.search(text):
        return "ltr"
    rtl = ltr = 0
    for char in text[:SAMPLE]:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return "rtl" if rtl > ltr else "ltr"


_RIGHT_TO_LEFT_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
"""Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms: without one of
these a text has no right-to-left letter to count (the common case, at regex speed)."""


@cache
def language_name(code: str) -> str:
    """ "Arabic (ar)": the English name with the code, or the bare code when unknown."""
    import pycountry

    record = pycountry.languages.get(alpha_2=code)
    return f"{record.name} ({code})" if record is not None else code
