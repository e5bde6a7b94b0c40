"""Worker processes and the garbage collector, tuned for building large briefings.

Shared by extraction (pipeline) and rendering (render): forked workers inherit the
parent's loaded lexicons and the briefing instead of receiving copies.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import os
import pickle
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any


def fork_context() -> multiprocessing.context.BaseContext | None:
    """Fork where the system has it (workers share the parent's loaded data), else the default."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


@contextmanager
def settled_heap() -> Iterator[None]:
    """Keep the garbage collector off every object alive on entry, until the block ends.

    Those objects (lexicons, the corpus, extraction results) outlive the block anyway, but
    each full collection would walk all of them again. Forked workers inherit the frozen
    heap, so their collections leave the parent's lexicon pages unwritten (no copy-on-write)
    as well. Blocks nest: only the outermost one lets the collector back onto the heap.
    """
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:  # an enclosing block keeps its heap settled until it ends
            gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic garbage collection until the block ends.

    Extraction and linking make next to no reference cycles (a full collection after 659
    articles found 33 objects), and what they build lives on, so each collection would only
    walk the same objects again and again: a fifth of link's time, and up to a third of
    extraction's, even with the older objects frozen. Forked workers inherit the pause.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def paused_then_settled() -> Iterator[None]:
    """`collector_paused`, and what the block made frozen as it ends, before the collector
    is back: made with the collector paused, those objects were never walked, and the first
    collection after the pause would walk them all though they live on (the link step's
    briefing, extraction's results). They are let go with the rest by the enclosing
    `settled_heap`. An error leaves nothing frozen."""
    with collector_paused():
        yield
        gc.freeze()


class ProcessLost(RuntimeError):
    """A forked process died (killed, out of memory) before it could answer."""


class Forked:
    """`target(*args)` run in a process forked from this one (it inherits this process's
    memory instead of receiving a copy). `result` waits for what it returned, or raises
    here what it raised (an error that does not pickle: a RuntimeError with its traceback;
    a process that died before answering: `ProcessLost`, saying `lost`). `close` when done."""

    def __init__(
        self,
        context: multiprocessing.context.BaseContext,
        target: Callable[..., Any],
        *args: Any,
        lost: str,
    ) -> None:
        self._receiving, sending = context.Pipe(duplex=False)
        self._lost = lost
        self._process = context.Process(  # type: ignore[attr-defined]
            target=_answer, args=(sending, target, args), daemon=True
        )
        self._process.start()
        sending.close()  # the child's end: this process only reads

    def result(self) -> Any:
        try:
            ok, value = self._receiving.recv()
        except EOFError:  # it died (killed, out of memory) before it could answer
            ok, value = False, ProcessLost(self._lost)
        if not ok:
            raise value
        return value

    def terminate(self) -> None:
        """Stop it: its result is not wanted."""
        self._process.terminate()

    def close(self) -> None:
        self._receiving.close()
        self._process.join()


def _answer(
    sending: multiprocessing.connection.Connection, target: Callable[..., Any], args: tuple
) -> None:
    """The forked process's whole life: `target(*args)`, sent back whole (an error instead)."""
    try:
        sending.send((True, target(*args)))
    except BaseException as error:  # noqa: BLE001 - handed to the parent, which raises it
        try:
            pickle.dumps(error)
        except Exception:  # noqa: BLE001 - an error that cannot travel: its traceback does
            error = RuntimeError(traceback.format_exc())
        sending.send((False, error))
    finally:
        sending.close()


class Handover:
    """One value handed from this process to a process forked after it was made (or to
    this one): `give` it here, `take` it there. Given from a thread of its own, so that
    a value larger than the pipe holds never stops the giver until the taker reads it."""

    def __init__(self) -> None:
        self._taking, self._giving = multiprocessing.Pipe(duplex=False)
        self._maker = os.getpid()
        self._thread: threading.Thread | None = None

    def give(self, value: Any) -> None:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._thread = threading.Thread(target=self._send, args=(data,), daemon=True)
        self._thread.start()

    def _send(self, data: bytes) -> None:
        with suppress(OSError):  # fails only when no one will take it: every taker ended
            self._giving.send_bytes(data)

    def take(self) -> Any:
        """The value given (waits for it); in a forked process, none once the maker is
        gone (`ProcessLost`)."""
        if os.getpid() != self._maker:
            self._giving.close()  # only the maker's end left: gone with it, read gives EOF
        try:
            return pickle.loads(self._taking.recv_bytes())
        except EOFError as error:
            raise ProcessLost("the process that was to hand a value over ended") from error

    def close(self) -> None:
        """In the maker, once every forked taker has ended (a value still being given is
        then let go: with no reader left, its send fails)."""
        self._taking.close()
        if self._thread is not None:
            self._thread.join()
        self._giving.close()
