"""Rotating SQLite snapshots: consistent while the app writes, checked, rotated, restorable."""

from __future__ import annotations

import os
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from judgepanel.db.engine import open_database
from judgepanel.db.models import Score
from judgepanel.domain.errors import DatabaseError, NotFoundError
from judgepanel.services.backup import BackupService


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM scores").fetchone()[0]
    finally:
        con.close()


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def test_a_snapshot_holds_committed_changes_still_in_the_wal(demo_db, score_all) -> None:
    judge = 1
    score_all(demo_db, judge)  # committed, most likely still only in the -wal file
    service = BackupService.for_database(demo_db)
    snap = service.snapshot("signed")
    assert snap.path.parent == Path(demo_db.path).parent / "backups"
    assert _integrity(snap.path) == "ok"
    with demo_db.read() as s:
        assert _count(snap.path) == s.scalar(select(func.count(Score.id))) > 0
    assert not Path(f"{snap.path}-wal").exists()  # one self-contained file
    assert service.snapshots() == (snap,)
    if os.name == "posix":
        assert snap.path.stat().st_mode & 0o077 == 0
        assert service.folder.stat().st_mode & 0o077 == 0


def test_only_the_newest_ten_are_kept_and_temp_files_are_ignored(demo_db) -> None:
    service = BackupService.for_database(demo_db)
    service.folder.mkdir()
    leftover = service.folder / f".{Path(demo_db.path).stem}-crashed.db.99999999.part"
    leftover.write_bytes(b"half a database")
    made = [service.snapshot(f"close {i}") for i in range(13)]
    listed = service.snapshots()
    assert len(listed) == 10
    assert [s.path for s in listed] == [s.path for s in reversed(made[3:])]
    assert all(not s.path.exists() for s in made[:3])
    assert not leftover.exists()
    assert all(_integrity(s.path) == "ok" for s in listed)


def test_snapshots_taken_while_another_thread_writes_are_consistent(demo_db) -> None:
    from judgepanel.services.scoring import ScoringService

    scoring = ScoringService(demo_db)
    day = scoring.judge_day(1)
    entrants = [s.entrant.id for s in day.slots if not s.recused]
    criteria = [c.criterion.id for c in scoring.finalist_scoring(1, entrants[0]).criteria]
    stop = threading.Event()

    def write() -> None:
        i = 0
        writer = open_database(demo_db.path)
        own = ScoringService(writer)
        while not stop.is_set():
            own.set_score(1, entrants[i % len(entrants)], criteria[i % len(criteria)],
                          str(i % 11))
            i += 1
        writer.close()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        snaps = [BackupService.for_database(demo_db, keep=20).snapshot("busy")
                 for _ in range(8)]
    finally:
        stop.set()
        thread.join()
    for snap in snaps:
        assert _integrity(snap.path) == "ok"
    counts = [_count(s.path) for s in snaps]
    assert counts == sorted(counts)  # each later snapshot saw at least as much


def test_restore_brings_the_old_content_back_and_keeps_what_it_replaced(demo_db,
                                                                        score_all) -> None:
    service = BackupService.for_database(demo_db)
    empty = service.snapshot("before scoring")
    score_all(demo_db, 1)
    path = Path(demo_db.path)
    scored = _count(path)
    assert scored > 0
    demo_db.close()
    before = service.restore(empty)
    assert before is not None and _count(before.path) == scored
    assert _integrity(path) == "ok" and _count(path) == 0
    reopened = open_database(path)  # still a JudgePanel database, current, usable
    try:
        with reopened.read() as s:
            assert s.scalar(select(func.count(Score.id))) == 0
    finally:
        reopened.close()
    service.restore(before)
    assert _count(path) == scored
    value = sqlite3.connect(path).execute("SELECT value FROM scores LIMIT 1").fetchone()[0]
    assert Decimal(value) >= 0


def test_a_damaged_snapshot_is_refused_and_nothing_changes(demo_db, tmp_path: Path) -> None:
    service = BackupService.for_database(demo_db)
    snap = service.snapshot("good")
    data = bytearray(snap.path.read_bytes())
    page = 4096
    data[page * 3: page * 3 + 200] = os.urandom(200)
    bad = tmp_path / "bad.db"
    bad.write_bytes(bytes(data))
    demo_db.close()
    before = Path(demo_db.path).read_bytes()
    with pytest.raises(DatabaseError):
        service.restore(bad)
    assert Path(demo_db.path).read_bytes() == before
    with pytest.raises(NotFoundError):
        service.restore(tmp_path / "missing.db")
