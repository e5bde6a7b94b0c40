"""The development suite: every development folder, both parts of the fold split, every
field next to the peers' figures. One command, so that no change is kept on one page's
evidence.

    .venv/bin/python bench/suite.py [--only FOLDER] [--part read|unread|both] [--jobs N]
                                    [--no-peers] [--json FILE] [--compare FILE]

Folders (data in ../shared/bench and ../shared/seeds, never copied here): article-extraction,
readability-pages, htmldate-pages, conll2003, tempeval3, seeds. Each is split by
`bench/split.py` into "read" (looked at) and "unread" (only scored); a gap between the two
is over-fitting. Peers that are installed (trafilatura, htmldate) run on the same parts;
the "best peer (README)" column quotes the figures the folders' READMEs (and the issues)
give for peers that are not installed. `--json` saves the figures (no timings, so the same
code gives the same file); `--compare` prints each figure's change against such a file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import suite_conll  # noqa: E402
import suite_extraction  # noqa: E402
import suite_htmldate  # noqa: E402
import suite_readability  # noqa: E402
import suite_seeds  # noqa: E402
import suite_tempeval  # noqa: E402
from split import PARTS, part_of  # noqa: E402
from suite_tables import folder_table  # noqa: E402

FOLDERS = {
    m.NAME: m
    for m in (
        suite_extraction,
        suite_readability,
        suite_htmldate,
        suite_conll,
        suite_tempeval,
        suite_seeds,
    )
}
UNSPLIT = {suite_seeds.NAME}
"""Folders scored whole (one corpus built together), shown under "all"."""

Task = tuple[str, str, str]
"""(folder, tool, item)."""


def part_of_task(folder: str, item: str) -> str:
    return "all" if folder in UNSPLIT else part_of(item)


def plan(folders: Iterable[str], part: str, peers: bool) -> list[Task]:
    """Every (folder, tool, item) to run, in a fixed order."""
    tasks = []
    for name in folders:
        module = FOLDERS[name]
        tools = module.TOOLS if peers else module.TOOLS[:1]
        for item in module.items():
            if part != "both" and part_of_task(name, item) not in (part, "all"):
                continue
            tasks.extend((name, tool, item) for tool in tools)
    return tasks


def run_task(task: Task) -> dict | None:
    """One page through one tool; a failure is one line on stderr naming the page, never fatal."""
    folder, tool, item = task
    try:
        return FOLDERS[folder].page(tool, item)
    except Exception as error:  # noqa: BLE001 - one bad page must not stop the suite
        print(f"{folder}/{item}: {tool} failed: {type(error).__name__}: {error}", file=sys.stderr)
        if os.environ.get("SUITE_DEBUG"):
            traceback.print_exc()
        return None


def warm_up() -> None:
    """Load lexicons and settings once in the parent, so forked workers inherit them."""
    from conll import predict
    from suite_common import ours

    ours(Path("warm.txt"), "warm", "text", "Warm Up\n\nA first call loads the lexicons in Paris.")
    ours(Path("warm.html"), "warm", "html", "<html><body><p>Loads settings.</p></body></html>")
    predict("Warm Up\nA first call loads the lexicons.")


def run_all(tasks: list[Task], jobs: int) -> list[dict | None]:
    """Run every task, in parallel when asked; results in task order whatever ran where."""
    if jobs <= 1 or len(tasks) < 8:
        return [run_task(t) for t in tasks]
    import multiprocessing

    warm_up()
    context = multiprocessing.get_context("fork") if os.name == "posix" else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        return list(pool.map(run_task, tasks, chunksize=4))


def figures(tasks: list[Task], records: list[dict | None]) -> tuple[dict, dict]:
    """{folder: {tool: {part: {field: value}}}} and the notes printed under some tables."""
    grouped: dict[tuple[str, str, str], list[dict]] = {}
    failed: dict[tuple[str, str, str], int] = {}
    for (folder, tool, item), record in zip(tasks, records, strict=True):
        key = (folder, tool, part_of_task(folder, item))
        if record is None:
            failed[key] = failed.get(key, 0) + 1
        else:
            grouped.setdefault(key, []).append(record)
    out: dict = {}
    notes: dict = {}
    for key in sorted(set(grouped) | set(failed)):
        folder, tool, part = key
        module = FOLDERS[folder]
        values = module.summary(grouped[key]) if key in grouped else {}
        values = {k: round(v, 4) if isinstance(v, float) else v for k, v in values.items()}
        values["failed"] = failed.get(key, 0)
        out.setdefault(folder, {}).setdefault(tool, {})[part] = values
        if tool == "ours" and hasattr(module, "notes") and key in grouped:
            notes[folder] = module.notes(grouped[key])
    return out, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(FOLDERS), action="append")
    parser.add_argument("--part", choices=["read", "unread", "both"], default="both")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-peers", action="store_true", help="skip trafilatura/htmldate runs")
    parser.add_argument("--json", type=Path, help="save the figures to this file")
    parser.add_argument("--compare", type=Path, help="print changes against a saved file")
    args = parser.parse_args(argv)
    folders = args.only or list(FOLDERS)
    missing = [f for f in folders if not FOLDERS[f].items()]
    for name in missing:
        print(f"{name}: data not found in {FOLDERS[name].DATA}; not scored", file=sys.stderr)
    before = json.loads(args.compare.read_text("utf-8")) if args.compare else None
    started = time.perf_counter()
    tasks = plan([f for f in folders if f not in missing], args.part, not args.no_peers)
    result, notes = figures(tasks, run_all(tasks, args.jobs))
    parts = [p for p in PARTS if args.part in (p, "both")]
    for folder in folders:
        if folder in result:
            folder_parts = ["all"] if folder in UNSPLIT else parts
            print(folder_table(folder, result[folder], folder_parts, FOLDERS[folder].PEERS, before))
            print("\n".join(notes.get(folder, [])) + ("\n" if folder in notes else ""))
    elapsed = time.perf_counter() - started
    print(f"{len(tasks)} page runs in {elapsed:.0f} s with {args.jobs} worker(s)")
    if args.json:
        saved = {"split": "bench/split.py", "folders": result, "notes": notes}
        args.json.write_text(json.dumps(saved, indent=1, sort_keys=True) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
