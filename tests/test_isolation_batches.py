"""``isolated_map`` sends items to its workers in batches, yet one bad item still fails alone, with
its own reason, and every other item of its batch still yields its own result, in input order."""
from __future__ import annotations

import os
import signal
import time

import pytest

from policykg.ingest import isolation
from policykg.ingest.isolation import Budget, isolated_map


def _failed(item: int, why: str) -> str:
    return f"failed {item}: {why}"


def _dies_on_5(item: int) -> int:
    if item == 5:
        os.kill(os.getpid(), signal.SIGKILL)  # like the OOM killer or a crash in C code
    return item * 10


def _sleeps_on_3(item: int) -> int:
    if item == 3:
        time.sleep(30)
    return item * 10


def _raises_on_2(item: int) -> int:
    if item == 2:
        raise ValueError("a bug")
    return item * 10


def _times_ten(item: int) -> int:
    return item * 10


def _pid(_item: int) -> int:
    time.sleep(0.05)  # long enough that one worker cannot take every batch before the other starts
    return os.getpid()


def test_items_share_a_worker_task_and_keep_their_order() -> None:
    assert isolation._BATCH > 1
    found = list(isolated_map(_times_ten, range(20), jobs=1, budget=Budget(60, None), failed=_failed))
    assert found == [item * 10 for item in range(20)]


def test_a_worker_dying_inside_a_batch_fails_only_the_item_it_was_reading() -> None:
    found = list(isolated_map(_dies_on_5, range(12), jobs=1, budget=Budget(60, None), failed=_failed))
    assert found[:5] == [0, 10, 20, 30, 40] and found[6:] == [60, 70, 80, 90, 100, 110]
    assert found[5].startswith("failed 5: the worker reading it died (signal SIGKILL)")


def test_an_item_past_its_deadline_inside_a_batch_is_stopped_alone() -> None:
    started = time.monotonic()
    found = list(isolated_map(_sleeps_on_3, range(10), jobs=1, budget=Budget(1.5, None), failed=_failed))
    assert time.monotonic() - started < 15  # stopped near its own deadline, not the batch's total
    assert found[3].startswith("failed 3: over the time budget") and "more than 1.5 s" in found[3]
    assert found[:3] == [0, 10, 20] and found[4:] == [40, 50, 60, 70, 80, 90]


def test_a_batch_whose_items_are_fast_is_not_stopped_though_their_sum_passes_the_deadline() -> None:
    budget = Budget(0.5, None)
    found = list(isolated_map(_slow_step, range(8), jobs=1, budget=budget, failed=_failed))
    assert found == list(range(8))  # 8 x 0.2 s = 1.6 s per batch, each item well inside 0.5 s


def _slow_step(item: int) -> int:
    time.sleep(0.2)
    return item


def test_an_exception_inside_a_batch_is_reported_for_its_item_only() -> None:
    found = list(isolated_map(_raises_on_2, range(6), jobs=1, budget=Budget(60, None), failed=_failed))
    assert found[:2] == [0, 10] and found[3:] == [30, 40, 50]
    assert found[2] == "failed 2: internal error in the worker ValueError: a bug"


@pytest.mark.parametrize("jobs", [2])
def test_several_workers_share_the_items_and_a_bad_one_still_fails_alone(jobs: int) -> None:
    found = list(isolated_map(_dies_on_5, range(40), jobs=jobs, budget=Budget(60, None), failed=_failed))
    assert [value for index, value in enumerate(found) if index != 5] == [item * 10 for item in range(40) if item != 5]
    assert found[5].startswith("failed 5: the worker reading it died")
    assert len(set(isolated_map(_pid, range(40), jobs=jobs, budget=Budget(60, None), failed=_failed))) == jobs
