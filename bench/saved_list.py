"""A bench listing saved to a file and compared with a saved one: `--save FILE` and
`--diff FILE` of `actor_list.py` and `event_list.py`. On an unread half only counts are
printed (its entries are digests, and it is only scored)."""

from __future__ import annotations

import json
from pathlib import Path


def save_and_diff(
    entries: set[str], options: dict[str, str], hidden: bool, prefix: str = ""
) -> None:
    """Write the entries sorted (`--save`) and print what was added and removed since a
    saved listing (`--diff`): the entries themselves only when the half is not hidden."""
    if "--save" in options:
        Path(options["--save"]).write_text(json.dumps(sorted(entries), indent=0), "utf-8")
    if "--diff" in options:
        before = set(json.loads(Path(options["--diff"]).read_text("utf-8")))
        added, removed = sorted(entries - before), sorted(before - entries)
        if not hidden:
            print("\n".join([f"+\t{x}" for x in added] + [f"-\t{x}" for x in removed]))
        print(f"{prefix}added {len(added)}, removed {len(removed)} (against {len(before)})")
