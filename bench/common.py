"""Shared pieces of the benchmarks: a result row, percentiles, a table printer.

Every figure is a ratio against a floor measured in the same run on the same machine, so the
numbers mean the same on a fast workstation and on a slow government laptop.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    name: str
    measured: float
    floor: float
    target: float  # the largest acceptable ratio measured / floor
    unit: str = "ms"
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.measured / self.floor if self.floor else math.inf

    @property
    def passed(self) -> bool:
        return self.ratio <= self.target


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0–100) by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    k = (len(ordered) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def target_text(target: float) -> str:
    return "—" if not math.isfinite(target) else "≤" + format(target, "g")


def print_table(rows: Sequence[Row]) -> None:
    header = f"{'figure':<58} {'measured':>12} {'floor':>12} {'ratio':>7} {'target':>7}  result"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r.name:<58} {r.measured:>10.2f}{r.unit:>2} {r.floor:>10.2f}{r.unit:>2} "
              f"{r.ratio:>7.2f} {target_text(r.target):>7}  "
              f"{('pass' if r.passed else 'FAIL') if math.isfinite(r.target) else 'info'}"
              + (f"  ({r.note})" if r.note else ""))
