"""Where the per-article map runs: the local process pool (default) or a Dask cluster.

Extraction is a pure function of each article, so any executor that maps a function over
a list and gives the results back in order can run it. Set `BRIEFING_SCHEDULER` to a
Dask scheduler's address (`tcp://host:8786`) to run the map on that cluster; Dask does the
scheduling, retries and data movement. Dask is an optional extra: `pip install briefing[dask]`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Protocol

SCHEDULER_VARIABLE = "BRIEFING_SCHEDULER"


class MapExecutor(Protocol):
    """Anything that maps a picklable function over jobs, yielding results in job order."""

    def map(self, function: Callable[[Any], Any], jobs: Sequence[Any]) -> Iterator[Any]: ...


class DaskExecutor:
    """The map on a `dask.distributed` client: one task per article, gathered in order."""

    def __init__(self, client: Any) -> None:
        self.client = client

    @classmethod
    def connect(cls, address: str) -> DaskExecutor:
        try:
            from dask.distributed import Client
        except ImportError as error:
            raise RuntimeError(
                f"{SCHEDULER_VARIABLE} is set but Dask is not installed: "
                "pip install 'briefing[dask]'"
            ) from error
        return cls(Client(address))

    def map(self, function: Callable[[Any], Any], jobs: Sequence[Any]) -> Iterator[Any]:
        # pure=False: two articles with equal inputs are still two tasks, each reported.
        futures = self.client.map(function, list(jobs), pure=False)
        for future in futures:
            yield future.result()


def from_environment(environ: Mapping[str, str] = os.environ) -> MapExecutor | None:
    """A Dask executor when `BRIEFING_SCHEDULER` names a scheduler, else None (local pool)."""
    address = environ.get(SCHEDULER_VARIABLE, "").strip()
    return DaskExecutor.connect(address) if address else None
