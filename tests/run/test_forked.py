"""A function run in a forked process: its value back, its error raised here, a death said."""

import multiprocessing
import os
import signal

import pytest

from generator.run.processes import Forked, ProcessLost, fork_context

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="forked processes"
)


def _square_and_whether_apart(n: int) -> tuple[int, bool]:
    return n * n, os.getpid() != PARENT


def _refuse(name: str) -> None:
    raise KeyError(name)


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


PARENT = os.getpid()


def test_its_value_comes_back_from_another_process():
    forked = Forked(fork_context(), _square_and_whether_apart, 7, lost="lost")
    try:
        assert forked.result() == (49, True)
    finally:
        forked.close()


def test_its_error_is_raised_here():
    forked = Forked(fork_context(), _refuse, "quillby", lost="lost")
    try:
        with pytest.raises(KeyError, match="quillby"):
            forked.result()
    finally:
        forked.close()


def test_a_process_that_dies_without_answering_is_said_lost():
    forked = Forked(fork_context(), _die, lost="the helper died")
    try:
        with pytest.raises(ProcessLost, match="the helper died"):
            forked.result()
    finally:
        forked.close()
