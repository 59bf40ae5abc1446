"""Workers of ``isolated_map`` collect garbage less often than CPython's default (CPU per file), and
still return exactly what the function returns, in input order."""
from __future__ import annotations

import gc

from policykg.ingest.isolation import DEFAULT_BUDGET, WORKER_GC_THRESHOLD, isolated_map


def _gen0_threshold(_item: int) -> int:
    return gc.get_threshold()[0]


def _square(item: int) -> int:
    return item * item


def _failed(item: int, why: str) -> int:
    return -1


def test_worker_raises_the_youngest_generation_threshold() -> None:
    assert WORKER_GC_THRESHOLD > 700  # CPython's default, which ran the collector every few hundred allocations
    found = list(isolated_map(_gen0_threshold, [1, 2], jobs=1, budget=DEFAULT_BUDGET, failed=_failed))
    assert found == [WORKER_GC_THRESHOLD, WORKER_GC_THRESHOLD]


def test_writer_keeps_its_own_threshold_and_results_are_unchanged() -> None:
    before = gc.get_threshold()
    assert list(isolated_map(_square, range(5), jobs=1, budget=DEFAULT_BUDGET, failed=_failed)) == [0, 1, 4, 9, 16]
    assert gc.get_threshold() == before  # only the workers change it
