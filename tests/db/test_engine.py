"""Opening discipline: pragmas really on, identity checks, refusals, locking."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from judgepanel.db.engine import APPLICATION_ID, SCHEMA_VERSION, open_database
from judgepanel.db.models import AuditEntry, Competition
from judgepanel.domain.errors import (
    DatabaseError,
    DatabaseLockedError,
    ForeignDatabaseError,
    NewerDatabaseError,
)


def test_pragmas_are_really_on_for_every_session(db) -> None:
    for ctx in (db.read, db.write):
        with ctx() as s:
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert s.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_file_carries_our_identity(db, db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()
    assert db.status.created is True


def test_foreign_keys_enforced(db) -> None:
    from judgepanel.db.models import Criterion

    with pytest.raises(IntegrityError), db.write() as s:
        s.add(Criterion(competition_id=999, position=1, code="x", name_en="x", name_zh="x",
                        weight=1, scale_min=0, scale_max=10, scale_step=1))


def test_write_transaction_takes_the_write_lock_up_front(db, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    with db.write() as s:
        s.execute(text("SELECT 1"))
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_read_transaction_does_not_block_writers(db, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    with db.read() as s:
        s.execute(text("SELECT count(*) FROM competitions"))
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    other.close()


def test_locked_database_gives_a_readable_error(db, db_path: Path) -> None:
    impatient = open_database(db_path, busy_timeout_ms=100)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError) as info, impatient.write() as s:
            s.execute(text("SELECT 1"))
        assert "busy" in info.value.message and "Nothing was lost" in info.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        impatient.close()


def test_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        open_database(db_path)
    assert "newer JudgePanel" in info.value.message
    assert f"schema {SCHEMA_VERSION + 5}" in info.value.message
    assert db_path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    with pytest.raises(ForeignDatabaseError) as info:
        open_database(path)
    assert "another program" in info.value.message


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database")
    with pytest.raises(ForeignDatabaseError) as info:
        open_database(path)
    assert "not an SQLite file" in info.value.message
    assert path.read_text() == "these are my notes, not a database"


def test_other_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1234")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(ForeignDatabaseError, match="0x4d2"):
        open_database(path)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        open_database(tmp_path)


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    db = open_database(path)
    assert db.status.created
    db.close()


def test_reopen_does_not_migrate_again(db_path: Path) -> None:
    open_database(db_path).close()
    db = open_database(db_path)
    assert db.status.created is False and db.status.upgraded_from is None
    db.close()


def test_database_file_is_private(db, db_path: Path) -> None:
    assert db_path.stat().st_mode & 0o077 == 0


def test_audit_log_refuses_update_and_delete(db) -> None:
    from judgepanel.services import audit

    with db.write() as s:
        audit.append(s, "tester", "test", {"n": 1})
    with pytest.raises(Exception, match="append-only"), db.write() as s:
        s.execute(text("UPDATE audit_log SET actor = 'mallory'"))
    with pytest.raises(Exception, match="append-only"), db.write() as s:
        s.execute(text("DELETE FROM audit_log"))
    with db.read() as s:
        assert s.query(AuditEntry).count() == 1


def test_decimals_are_stored_exactly(db) -> None:
    from decimal import Decimal

    from judgepanel.db.models import Criterion

    with db.write() as s:
        c = Competition(name_en="x", name_zh="x", year_label="2024", award_name_en="a",
                        award_name_zh="a", public_award_name_en="p", public_award_name_zh="p")
        s.add(c)
        s.flush()
        s.add(Criterion(competition_id=c.id, position=1, code="q", name_en="q", name_zh="q",
                        weight=Decimal("33.3333333333"), scale_min=Decimal("0"),
                        scale_max=Decimal("10"), scale_step=Decimal("0.5")))
    with db.read() as s:
        raw = s.execute(text("SELECT weight, typeof(weight) FROM criteria")).one()
        assert raw == ("33.3333333333", "text")
