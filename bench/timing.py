"""The median wall time of a few runs: every benchmark's one measure of time."""

from __future__ import annotations

import statistics
import time


def median_time(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)
