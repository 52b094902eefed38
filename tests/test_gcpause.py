"""The collector's pause: a sweep at the end, or a freeze for blocks of long-lived tables."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from briefing import gcpause


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def _cycle() -> None:
    a: list[object] = []
    a.append(a)


def test_a_pause_turns_the_collector_off_and_sweeps_at_the_end() -> None:
    assert gc.isenabled()
    with gcpause.paused():
        assert not gc.isenabled()
        _cycle()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert gc.get_count()[0] < 50  # the young generation was collected


def test_a_long_lived_block_is_frozen_not_swept() -> None:
    with gcpause.paused(long_lived=True):
        tables = [{"row": [n]} for n in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(tables)


def test_one_ordinary_block_in_a_shared_pause_makes_it_sweep() -> None:
    with gcpause.paused(long_lived=True), gcpause.paused():
        _cycle()
    assert gc.get_freeze_count() == 0
    with gcpause.paused(long_lived=True):
        _cycle()
    assert gc.get_freeze_count() > 0
    gc.unfreeze()
    assert gc.collect() >= 1  # the frozen cycle is collectable once thawed


def test_the_collector_stays_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with gcpause.paused(long_lived=True):
            pass
        assert not gc.isenabled()
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()
