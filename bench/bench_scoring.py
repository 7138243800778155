"""The scoring session: keystroke-to-commit latency and peak memory.

``bench/judge_session.py`` types 1,000 scores into the real workspace (offscreen) and, in
interleaved blocks, times raw ``sqlite3`` single-row commits on a file in the same folder with
the same pragmas (WAL, ``synchronous=FULL``): the floor. Peak memory is compared with the bare
window of ``bench/bare_window.py`` (median of three runs).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

from common import Row, median, percentile
from judge_fixture import child_env, make_judge_database

HERE = Path(__file__).resolve().parent
ENTRIES = 1000


class SessionCrashed(RuntimeError):
    """The measured process died; the message says why, as briefly as possible."""


def _run(script: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True,
                         text=True, env=child_env(), timeout=600)
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        if "none_dealloc" in out.stderr:
            import PySide6

            raise SessionCrashed(
                f"crashed: PySide6 {PySide6.__version__} on Python "
                f"{sys.version.split()[0]} drops references to None (pin PySide6 < 6.12)")
        raise SessionCrashed(f"{script} failed ({out.returncode}): {out.stderr[-2000:]}")
    result = json.loads(lines[-1])
    if "error" in result:
        raise RuntimeError(f"{script}: {result['error']}")
    return result


def run() -> list[Row]:
    bare = [_run("bare_window.py")["max_rss_kb"] for _ in range(3)]
    try:
        with tempfile.TemporaryDirectory(prefix="jp-bench-") as tmp:
            folder = Path(tmp)
            database = str(make_judge_database(folder))
            session = _run("judge_session.py", database, str(folder / "floor.db"),
                           str(ENTRIES), "app")
            direct = _run("judge_session.py", database, str(folder / "floor2.db"),
                          str(ENTRIES), "sqlite")
    except SessionCrashed as exc:
        floor = median(bare) / 1024
        return [
            Row("score keystroke → committed, p99 of 1,000", math.inf, 1.0, 3.0, note=str(exc)),
            Row("peak memory of the scoring session (judge's laptop)", math.inf, floor, 1.5,
                unit="MB", note=str(exc)),
        ]
    keys, floor = session["keystroke_ms"], session["floor_ms"]
    redrawn = session["redrawn_ms"]
    return [
        Row("score keystroke → committed, p99 of 1,000", percentile(keys, 99),
            percentile(floor, 99), 3.0,
            note=f"medians {median(keys):.2f} vs {median(floor):.2f} ms; key → page redrawn "
                 f"p99 {percentile(redrawn, 99):.2f} ms; floor: raw sqlite3 1-row commit"),
        Row("peak memory of the scoring session (judge's laptop)", direct["max_rss_kb"] / 1024,
            median(bare) / 1024, 1.5, unit="MB",
            note="the app's path on a judge's laptop: sqlite3 only; floor: bare window"),
        Row("for comparison: the same with SQLAlchemy loaded", session["max_rss_kb"] / 1024,
            median(bare) / 1024, math.inf, unit="MB",
            note="information only: what a chair's machine also carries"),
    ]
