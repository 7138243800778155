"""The three entry points start the same program; CLI commands behave for scripts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from judgepanel import __version__
from judgepanel.__main__ import main

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"judgepanel {__version__}"


@pytest.mark.parametrize("launcher", [
    [sys.executable, "-m", "judgepanel"],
    [sys.executable, str(ROOT / "main.py")],
    [str(Path(sys.executable).with_name("judgepanel"))],
])
def test_every_launcher_is_the_same_program(launcher: list[str]) -> None:
    result = subprocess.run([*launcher, "--version"], capture_output=True, text=True, env=ENV,
                            timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"judgepanel {__version__}"


def test_demo_command_is_idempotent(tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db)]) == 0
    assert "Loaded" in capsys.readouterr().out
    assert main(["demo", "--db", str(db)]) == 0
    assert "nothing was changed" in capsys.readouterr().out


def test_demo_on_a_foreign_file_fails_cleanly(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    assert main(["demo", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "not a JudgePanel database" in err and "Traceback" not in err


@pytest.mark.parametrize("lang", ["en", "zh_HK"])
def test_smoke_test_prints_timings_after_painting_data(tmp_path: Path, lang: str) -> None:
    db = tmp_path / "smoke.db"
    result = subprocess.run(
        [sys.executable, "-m", "judgepanel", "--db", str(db), "--lang", lang, "--smoke-test"],
        capture_output=True, text=True, env=ENV, timeout=120)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["language"] == lang
    assert 0 < figures["first_paint_ms"] <= figures["interactive_ms"]
    # First run loaded the demo competition into the new database.
    assert db.exists()


def test_smoke_test_refuses_a_newer_database(tmp_path: Path) -> None:
    import sqlite3

    from judgepanel.db.engine import SCHEMA_VERSION, open_database

    db = tmp_path / "newer.db"
    open_database(db).close()
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    result = subprocess.run(
        [sys.executable, "-m", "judgepanel", "--db", str(db), "--smoke-test"],
        capture_output=True, text=True, env=ENV, timeout=120)
    assert result.returncode == 2
    assert "newer JudgePanel" in result.stderr
