"""The logistic function of the fitted scores (event importance, a block's own content):
one place for its clamp, so that no weight file can make `math.exp` overflow."""

from __future__ import annotations

import math

LIMIT = 60.0
"""A logit beyond this is as sure as a float can say (e^-60 ≈ 9e-27: 1.0 one way, above
zero the other)."""


def probability(logit: float) -> float:
    """1 / (1 + e^-logit), the logit clamped to ±`LIMIT`."""
    return 1.0 / (1.0 + math.exp(-max(-LIMIT, min(LIMIT, logit))))
