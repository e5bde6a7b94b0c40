"""Run a command and report the peak memory of each kind of process it starts.

    python bench/peaks.py COMMAND...   → one JSON line on stdout:
    {"code": exit status, "maxrss_mib": largest process (getrusage), "cpu_s": CPU seconds,
     "peaks_mib": {"main": …, "workers": …, "spawned": …}}

`getrusage` gives only the largest process of the whole tree. To tell the build's main
process from its forked workers and from the spawned MkDocs process, the tree is read from
/proc every POLL seconds and each process's own peak (VmHWM, which the kernel keeps) is
taken: a process that grows in its last POLL seconds is under-read by that growth, which
the getrusage figure bounds. Started as a small process of its own: Linux keeps a
starting process's size as the floor of a child's peak.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

POLL = 0.2


def _children() -> dict[int, list[int]]:
    """Parent pid → child pids, for every process now readable in /proc."""
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def _descendants(root: int) -> list[int]:
    tree, out, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(tree.get(pid, []))
    return out


def role(pid: int, root: int, cmdline: str) -> str:
    """`main` for the command itself, `spawned` for a fresh interpreter it started through
    multiprocessing's spawn (MkDocs apart), `helper` for multiprocessing's resource
    tracker, `workers` for the rest (forked workers)."""
    if pid == root:
        return "main"
    if "resource_tracker" in cmdline:
        return "helper"
    return "spawned" if "spawn_main" in cmdline else "workers"


def _peak_mib(pid: int) -> tuple[float, str] | None:
    """(VmHWM in MiB, command line) of one process, or None once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024, cmdline
    return None


def watch(command: list[str]) -> dict:
    """Run `command`, polling its tree; the JSON report's fields."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peaks: dict[str, float] = {}
    while process.poll() is None:
        for pid in _descendants(process.pid):
            found = _peak_mib(pid)
            if found:
                kind = role(pid, process.pid, found[1])
                peaks[kind] = max(peaks.get(kind, 0.0), found[0])
        time.sleep(POLL)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "code": process.returncode,
        "maxrss_mib": usage.ru_maxrss / 1024,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peaks_mib": {k: round(v, 1) for k, v in sorted(peaks.items())},
    }


if __name__ == "__main__":
    print(json.dumps(watch(sys.argv[1:])))
