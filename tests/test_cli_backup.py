"""Backups from the command line: take, list, restore (refused while the app has it open)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from judgepanel.__main__ import main


def test_take_list_and_restore(tmp_path: Path, demo_template: Path, capsys) -> None:
    db = tmp_path / "chair.db"
    shutil.copyfile(demo_template, db)
    assert main(["backup", "--db", str(db), "--take"]) == 0
    snapshot = capsys.readouterr().out.split(": ", 1)[1].strip()
    con = sqlite3.connect(db)
    con.execute("DELETE FROM conflicts_of_interest")
    con.commit()
    con.close()
    assert main(["backup", "--db", str(db)]) == 0
    assert snapshot in capsys.readouterr().out
    assert main(["backup", "--db", str(db), "--restore", snapshot]) == 0
    assert "kept as" in capsys.readouterr().out
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM conflicts_of_interest").fetchone()[0] == 1
    con.close()


HOLDER = """
import sys, time
from judgepanel import instance_lock
lock = instance_lock.acquire(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


def test_restore_is_refused_while_the_app_is_open(tmp_path: Path, demo_template: Path,
                                                  capsys) -> None:
    db = tmp_path / "chair.db"
    shutil.copyfile(demo_template, db)
    assert main(["backup", "--db", str(db), "--take"]) == 0
    snapshot = capsys.readouterr().out.split(": ", 1)[1].strip()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        assert main(["backup", "--db", str(db), "--restore", snapshot]) == 1
        assert "already running" in capsys.readouterr().err
    finally:
        proc.kill()
        proc.wait()
