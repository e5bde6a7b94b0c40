"""Array steps shared by the corpus-wide stages (numpy)."""

from __future__ import annotations

import numpy as np


def ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The indices `starts[k]`, …, `starts[k] + lengths[k] - 1` of every k, one after another."""
    ends = np.cumsum(lengths)
    return np.repeat(starts - ends + lengths, lengths) + np.arange(
        int(ends[-1]) if len(ends) else 0
    )
