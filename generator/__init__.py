"""briefing: turn a folder of raw news articles into a navigable, offline briefing website."""

__version__ = "0.1.0"
