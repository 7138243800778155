"""Start-up of the judge's screen against a bare PySide6 window (the floor).

Both are separate processes timed from process start (``/proc``), run alternately several
times; the figures are medians. The headline rows start the real program,
``python -m judgepanel --db JUDGE.db --smoke-test``, on a judge's laptop database: the window
paints first, then the judge's day is filled in through plain ``sqlite3`` (SQLAlchemy is not
imported until something needs it). The ``judge_screen.py`` rows show the same screen built by
a script, with and without SQLAlchemy, for comparison.

One warm-up run of each is not counted: it writes the ``.pyc`` files an installed app has.
"""

from __future__ import annotations

import json
import math
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


def _run_app(database: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "judgepanel", "--db", database, "--smoke-test"],
                         capture_output=True, text=True, env=child_env(), timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"judgepanel --smoke-test failed ({out.returncode}): "
                           f"{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(runs: int = RUNS) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    with tempfile.TemporaryDirectory(prefix="jp-bench-") as tmp:
        database = str(make_judge_database(Path(tmp)))
        _run("bare_window.py")
        _run_app(database)
        _run("judge_screen.py", database, "app")
        _run("judge_screen.py", database, "sqlite")
        bare, app, judge, direct = [], [], [], []
        for _ in range(runs):
            bare.append(_run("bare_window.py"))
            app.append(_run_app(database))
            judge.append(_run("judge_screen.py", database, "app"))
            direct.append(_run("judge_screen.py", database, "sqlite"))
    return bare, app, judge, direct


def run() -> list[Row]:
    bare, app, judge, direct = measure()
    floor = median([b["first_paint_ms"] for b in bare])
    app_first = median([a["first_paint_ms"] for a in app])
    app_data = median([a["interactive_ms"] for a in app])
    first = median([j["first_paint_ms"] for j in judge + direct])
    data = median([j["data_ms"] for j in judge])
    data_direct = median([j["data_ms"] for j in direct])
    rows = judge[0]["rows"]
    return [
        Row("judgepanel: start → first paint (judge's laptop)", app_first, floor, 1.3,
            note=f"median of {len(app)}; the real program; floor: bare window with one label"),
        Row("judgepanel: start → judge's schedule shown with data", app_data, floor, 3.5,
            note="the real program: first paint after the day's data was shown"),
        Row("script: start → first paint of the judge's screen", first, floor, 1.3,
            note=f"median of {len(judge) + len(direct)}; floor: bare window with one label"),
        Row("script: schedule shown with data (SQLAlchemy services)", data, floor, math.inf,
            note=f"{rows} presentations; build_services: SQLAlchemy engine + every service"),
        Row("script: schedule shown with data (SqliteFile)", data_direct, floor, 3.5,
            note="ScoringService on a SqliteFile: no SQLAlchemy before the schedule"),
    ]
