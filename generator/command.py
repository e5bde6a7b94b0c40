"""The `briefing` console script's entry point, which imports the command line only when run.

A spawned process (MkDocs in a process of its own, website/site_apart.py) imports the
parent's main script again before it does anything; for the `briefing` script that import
was all of `generator.cli` and the pipeline behind it (about 0.6 CPU s), for nothing. Now
the script imports only this module; `python -m generator` re-imports nothing.
"""

from __future__ import annotations


def entry() -> None:
    """Run the command line (`cli.entry`)."""
    from .cli import entry as run

    run()
