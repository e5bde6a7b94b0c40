"""Actors stage: per article, who is named (`extract_actors`); corpus-wide, who is who
(`resolve_actors`).

The package reads as the stage: `lexicon` (word lists and gazetteer), `recognise` (typed
names in text), `quotes`, `credits` (wire credits and datelines), `collective` (groups of
people), `local` (one article's actors), `describe` and `resolve` (the corpus). Its English
words live under `generator/lang/en/`.
"""

from __future__ import annotations

from .local import extract_actors
from .resolve import ActorIndex, resolve_actors

__all__ = ["ActorIndex", "extract_actors", "resolve_actors"]
