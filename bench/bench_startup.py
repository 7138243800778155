"""Start-up of the judge's screen against a bare PySide6 window (the floor).

Both are separate processes timed from process start (``/proc``), run alternately several
times; the figures are medians. The judge's screen is started the way the app starts it: the
window shell and the workspace paint first, SQLAlchemy and the services are imported after that
paint, then the judge's schedule is filled in (see ``bench/judge_screen.py``).

One warm-up run of each is not counted: it writes the ``.pyc`` files an installed app has.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from common import Row, median
from judge_fixture import child_env, make_judge_database

HERE = Path(__file__).resolve().parent
RUNS = 7


def _run(script: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True,
                         text=True, env=child_env(), timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"{script} failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(runs: int = RUNS) -> tuple[list[dict], list[dict], list[dict]]:
    with tempfile.TemporaryDirectory(prefix="jp-bench-") as tmp:
        database = str(make_judge_database(Path(tmp)))
        _run("bare_window.py")
        _run("judge_screen.py", database, "app")
        _run("judge_screen.py", database, "sqlite")
        bare, judge, direct = [], [], []
        for _ in range(runs):
            bare.append(_run("bare_window.py"))
            judge.append(_run("judge_screen.py", database, "app"))
            direct.append(_run("judge_screen.py", database, "sqlite"))
    return bare, judge, direct


def run() -> list[Row]:
    bare, judge, direct = measure()
    floor = median([b["first_paint_ms"] for b in bare])
    first = median([j["first_paint_ms"] for j in judge + direct])
    data = median([j["data_ms"] for j in judge])
    data_direct = median([j["data_ms"] for j in direct])
    rows = judge[0]["rows"]
    return [
        Row("start → first paint of the judge's screen", first, floor, 1.3,
            note=f"median of {len(judge) + len(direct)}; floor: bare window with one label"),
        Row("start → judge's schedule shown with data (app's services)", data, floor, 3.5,
            note=f"{rows} presentations; build_services: SQLAlchemy engine + every service"),
        Row("start → judge's schedule shown with data (SqliteFile)", data_direct, floor, 3.5,
            note="ScoringService on a SqliteFile: no SQLAlchemy before the schedule"),
    ]
