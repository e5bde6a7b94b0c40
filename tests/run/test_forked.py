"""A function run in a forked process: its value back, its error raised here, a death said."""

import multiprocessing
import os
import signal

import pytest

from generator.run.processes import Forked, Handover, ProcessLost, fork_context

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


def _taken_length(handover: Handover) -> int:
    return len(handover.take())


def test_a_handover_reaches_a_forked_process_without_stopping_the_giver():
    """A value far larger than a pipe holds is given before the forked process reads it:
    the giver goes on at once (its thread sends), and the process takes it whole."""
    handover = Handover()
    forked = Forked(fork_context(), _taken_length, handover, lost="lost")
    try:
        handover.give("x" * (4 << 20))
        assert forked.result() == 4 << 20
    finally:
        forked.close()
        handover.close()


def test_a_handover_is_taken_here_too_and_closes_when_never_taken():
    here = Handover()
    here.give({"a": [1, 2]})
    assert here.take() == {"a": [1, 2]}
    here.close()
    untaken = Handover()
    untaken.give(b"y" * (1 << 20))  # more than the pipe holds: its sender waits
    untaken.close()  # lets it go: no reader left, the send fails quietly


def test_a_taker_whose_giver_is_gone_is_told():
    handover = Handover()
    forked = Forked(fork_context(), _taken_length, handover, lost="lost")
    handover._giving.close()  # the giver ends without giving
    try:
        with pytest.raises(ProcessLost, match="hand a value over"):
            forked.result()
    finally:
        forked.close()
        handover.close()
