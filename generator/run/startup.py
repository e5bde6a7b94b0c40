"""The extraction map's start-up on two cores: the texts' blocks found in a forked helper
while this process loads the tables that the pool's workers will inherit.

Before the pool forks, the build's process does two things that need nothing of each
other: it finds every text's blocks (the corpus's repeated blocks and each text's cache
key are made of them, `run/text_blocks`), and it loads the lexicons, tables and patterns
(`run/warm`). One after the other, they took most of the start-up of a corpus of texts,
on one core while the other idled. The helper is a fork of this process (it inherits the
texts and the code, nothing is sent to it) and sends back the block keys, and, when a
text's language needed it (no stop-word list fits the text), py3langid's model: the
workers need it for the same texts, and unpickled here it costs about a quarter of
reading it again from its compressed file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..models import RawArticle
from ..text.language import loaded_model, use_model
from .processes import Forked, ProcessLost, fork_context
from .text_blocks import BlockMemo, TextBlocks, text_blocks


def blocks_while_warming(
    memo: BlockMemo, texts: Sequence[RawArticle], warm_up: Callable[[], object]
) -> bool:
    """Run `warm_up` here while a forked helper computes the `TextBlocks` of the texts
    `memo` does not know, and add them to it. False, and nothing done, where processes
    cannot fork (then the blocks are found one by one as `memo.of` is asked). A helper
    that dies leaves its texts to `memo.of` as well: slower, never wrong."""
    context = fork_context()
    if context is None:
        return False
    unknown = memo.unknown(texts)
    helper = Forked(
        context,
        blocks_and_model,
        [raw.text for raw in unknown],
        lost="the texts' blocks were not found before the extraction",
    )
    try:
        warm_up()
        found, model = helper.result()
    except ProcessLost:
        return True
    except BaseException:  # an interrupt: its answer is not wanted
        helper.terminate()
        raise
    finally:
        helper.close()
    memo.add(unknown, found)
    if model is not None:
        use_model(model)
    return True


def blocks_and_model(texts: Sequence[str]) -> tuple[list[TextBlocks], object | None]:
    """Each text's `text_blocks`, and py3langid's model if finding them loaded it (None
    when no text needed it, or the process had it already)."""
    had_model = loaded_model() is not None
    found = [text_blocks(text) for text in texts]
    return found, None if had_model else loaded_model()
