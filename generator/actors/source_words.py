"""A lone capitalised word quoted as a source is an organisation: "told Billboard".

One unknown capitalised word is left undecided and dropped unless the whole text names it
again (`recognise.resolve_singles`). After "told" or "according to", or before "reported",
it is someone the story quotes; with no given name or known name behind it, an outlet or a
company ("according to Refinitiv", "Kan reported on Wednesday"). The cues are data
(`lang/en/actor_source_cues.tsv`).
"""

from __future__ import annotations

from functools import cache

from .context import Context
from .lexicon import data_lines


@cache
def source_cues() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """(word sequences before a source, words after one), lower case."""
    before: set[tuple[str, ...]] = set()
    after: set[str] = set()
    for line in data_lines("actor_source_cues.tsv"):
        words, side = line.split("\t")
        if side == "before":
            before.add(tuple(words.split()))
        else:
            after.add(words)
    return frozenset(before), frozenset(after)


def quoted_source(ctx: Context, i: int) -> bool:
    """Whether the lone word at token i is quoted as a source (see the module)."""
    _, after = source_cues()
    tokens = ctx.tokens
    k, cue = _cue_before(ctx, i)
    if k >= 1 and tokens[k - 1].kind in ("cap", "acro", "init"):
        return False  # the end of a longer name ("Home Depot reported"), not a lone word
    if cue is not None:
        return all(t.kind == "low" for t in tokens[k - len(cue) : k])
    return i + 1 < len(tokens) and tokens[i + 1].text in after


def _cue_before(ctx: Context, i: int) -> tuple[int, tuple[str, ...] | None]:
    """Where the words before the name at token i end (a "the" skipped), and the cue of a
    source that ends there, if any."""
    before, _ = source_cues()
    tokens = ctx.tokens
    k = i - 1 if i >= 1 and tokens[i - 1].text in ("the", "The") else i
    for cue in before:
        n = len(cue)
        if k >= n and tuple(t.text.lower() for t in tokens[k - n : k]) == cue:
            return k, cue
    return k, None


def source_before(ctx: Context, i: int, j: int) -> bool:
    """Whether the name of tokens [i, j) follows a cue of a source ("according to
    Coresight Research", "told the Argus Leader"): a name of several words with no given
    name is then an outlet or a company, not a place after "to". Not one followed by "of"
    ("according to Sui-Lee Wee of the New York Times"): a person and where they work."""
    tokens = ctx.tokens
    if j < len(tokens) and tokens[j].text == "of":
        return False
    return _cue_before(ctx, i)[1] is not None
