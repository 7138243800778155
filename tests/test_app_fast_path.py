"""Which databases open on the judge-laptop fast path (plain sqlite3, no SQLAlchemy)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from judgepanel.app import fast_path_label, judge_laptop_scoring
from judgepanel.db.engine import open_database, sqlite_path
from judgepanel.services.demo import load_demo


def _demo(path: Path, *, judge: bool) -> Path:
    db = open_database(path)
    load_demo(db)
    db.close()
    if judge:
        con = sqlite3.connect(path)
        uid = con.execute("SELECT uid FROM judges ORDER BY id LIMIT 1").fetchone()[0]
        con.execute("INSERT OR REPLACE INTO app_settings (key, value) VALUES ('role', 'judge')")
        con.execute("INSERT OR REPLACE INTO app_settings (key, value) VALUES ('judge_uid', ?)",
                    (uid,))
        con.commit()
        con.close()
    return path


@pytest.mark.parametrize("as_url", [False, True])
def test_a_judges_laptop_opens_on_the_fast_path(tmp_path: Path, as_url: bool) -> None:
    path = _demo(tmp_path / "judge.db", judge=True)
    location = f"sqlite:///{path}" if as_url else str(path)
    scoring = judge_laptop_scoring(location)
    assert scoring is not None and scoring.own_judge_id() is not None
    assert fast_path_label(location) == str(path.resolve())


def test_the_chairs_database_and_servers_take_the_full_path(tmp_path: Path) -> None:
    chair = _demo(tmp_path / "chair.db", judge=False)
    assert judge_laptop_scoring(str(chair)) is None
    assert judge_laptop_scoring("postgresql://user@localhost/panel") is None
    assert judge_laptop_scoring(str(tmp_path / "new.db")) is None  # new: must be created
    assert not (tmp_path / "new.db").exists()


def test_sqlite_path_tells_files_from_servers(tmp_path: Path) -> None:
    assert sqlite_path("sqlite:////tmp/x.db") == Path("/tmp/x.db")
    assert sqlite_path(tmp_path / "y.db") == tmp_path / "y.db"
    assert sqlite_path("postgresql://host/db") is None
