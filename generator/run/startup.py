"""The extraction map's start-up on two cores: the texts' blocks found in a forked helper
while this process loads the tables that the pool's workers will inherit.

Before the pool forks, the build's process does two things that need nothing of each
other: it finds every text's blocks (the corpus's repeated blocks and each text's cache
key are made of them, `run/text_blocks`), and it loads the lexicons, tables and patterns
(`run/warm`). One after the other, they took most of the start-up of a corpus of texts,
on one core while the other idled. The helper is a fork of this process (it inherits the
texts and the code, nothing is sent to it) and sends back the block keys; and, when a
text's language needed it (no stop-word list fits the text), it hands over py3langid's
model through an unnamed temporary file: the workers need it for the same texts, and
unpickled here it costs about a quarter of reading it again from its compressed file.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Sequence
from typing import BinaryIO

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
    with tempfile.TemporaryFile() as model_file:  # unnamed: gone when closed
        helper = Forked(
            context,
            blocks_and_model,
            [raw.text for raw in unknown],
            model_file,
            lost="the texts' blocks were not found before the extraction",
        )
        try:
            warm_up()
            found, handed = helper.result()
        except ProcessLost:
            return True
        except BaseException:  # an interrupt: its answer is not wanted
            helper.terminate()
            raise
        finally:
            helper.close()
        memo.add(unknown, found)
        if handed:
            model_file.seek(0)
            use_model(pickle.load(model_file))
    return True


def blocks_and_model(texts: Sequence[str], model_file: BinaryIO) -> tuple[list[TextBlocks], bool]:
    """Each text's `text_blocks`, and whether finding them loaded py3langid's model, then
    written to `model_file` (a file, not the answer's pipe: the answer is read whole
    before it is unpickled, and the model's 68 MB would be held twice)."""
    had_model = loaded_model() is not None
    found = [text_blocks(text) for text in texts]
    model = None if had_model else loaded_model()
    if model is not None:
        pickle.dump(model, model_file, protocol=pickle.HIGHEST_PROTOCOL)
        model_file.flush()
    return found, model is not None
