"""Runs every benchmark and prints one row per figure (measured, floor, ratio, target, result).

    .venv/bin/python bench/run.py            # all benchmarks
    .venv/bin/python bench/run.py startup    # only bench_startup.py (names are substrings)

Each ``bench/bench_*.py`` module exposes ``run() -> list[Row]``. Exit status is 1 when a figure
misses its target, so the command can gate a release; the test suite never asserts timings.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import Row, print_table  # noqa: E402


def main(argv: list[str]) -> int:
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if argv:
        modules = [m for m in modules if any(a in m for a in argv)]
    rows: list[Row] = []
    for name in modules:
        print(f"# {name}", flush=True)
        module = importlib.import_module(name)
        rows.extend(module.run())
    print()
    print_table(rows)
    return 0 if all(r.passed for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
