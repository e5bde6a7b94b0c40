"""A time budget per article: a runaway article becomes a warning, not a stuck build.

Extraction is meant to grow about linearly with an article, but article text is untrusted
and one pathological shape nobody foresaw must not hold the whole build. The budget is a
real-time alarm (SIGALRM) set around the per-article call in whichever process runs it,
the main one or a forked worker, and restored afterwards. Where there is no such alarm
(Windows, a thread other than the main one), the article runs unbounded.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_SECONDS = 60.0
"""A normal article takes well under a second to extract; 60 s is a runaway."""


class TooSlow(BaseException):
    """The article used up its time budget.

    A BaseException, as KeyboardInterrupt is: the alarm fires wherever the article is,
    often inside a library that turns any `Exception` into "nothing found" (trafilatura
    does), and the article would then be reported as having no text instead of as too slow.
    """

    def __init__(self, seconds: float):
        super().__init__(f"too slow: skipped after {seconds:g} s")
        self.seconds = seconds


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise TooSlow inside the block once `seconds` have passed (None or 0: no budget)."""
    if not seconds or not _can_alarm():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise TooSlow(seconds)

    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay:  # an outer timer keeps running, less the time spent here
            signal.setitimer(signal.ITIMER_REAL, previous_delay, previous_interval)
