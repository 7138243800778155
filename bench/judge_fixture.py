"""Helpers of the judge benchmarks: a judge's demo database, the child environment, peak RSS.

Imported by the measured processes too, so it imports nothing at module level.
"""

from __future__ import annotations

from pathlib import Path


def make_judge_database(folder: Path) -> Path:
    """The 2002-03 demo competition, with the first judge as this laptop's owner."""
    import sqlite3

    from judgepanel.db.engine import open_database
    from judgepanel.services.demo import load_demo

    path = folder / "judge.db"
    db = open_database(path)
    try:
        load_demo(db)
    finally:
        db.close()
    con = sqlite3.connect(path)
    try:
        uid = con.execute("SELECT uid FROM judges ORDER BY id LIMIT 1").fetchone()[0]
        con.execute("INSERT OR REPLACE INTO app_settings (key, value) VALUES ('role', 'judge')")
        con.execute("INSERT OR REPLACE INTO app_settings (key, value) VALUES ('judge_uid', ?)",
                    (uid,))
        con.commit()
    finally:
        con.close()
    return path


def child_env() -> dict[str, str]:
    """The environment for measured processes: offscreen, and with bytecode caching on.

    An installed JudgePanel has its ``.pyc`` files; a developer shell that sets
    ``PYTHONDONTWRITEBYTECODE`` would otherwise make every start recompile every module.
    """
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM", "offscreen")
    return env


def peak_rss_kb() -> int:
    """This process's peak resident memory (``VmHWM``), in KiB.

    Not ``getrusage().ru_maxrss``: that survives ``exec`` and so can report the memory of the
    benchmark runner that spawned this process.
    """
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
