"""How long ago this process started, for start-up figures measured from process start."""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.monotonic()


def process_start_monotonic() -> float:
    """The process's start on the ``time.monotonic()`` clock (Linux: from /proc; else: import)."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])
        ticks = os.sysconf("SC_CLK_TCK")
        boottime_now = time.clock_gettime(time.CLOCK_BOOTTIME)
        age = boottime_now - start_ticks / ticks
        return time.monotonic() - max(age, 0.0)
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED_AT


def ms_since_start(start: float) -> float:
    return round((time.monotonic() - start) * 1000, 1)
