"""The database on both backends: an SQLite file (the default) and a PostgreSQL server.

Every test taking ``database_url``/``any_db`` runs once per backend (see tests/conftest.py); the
PostgreSQL run needs $JUDGEPANEL_TEST_PG_URL, which scripts/test sets after starting a private
server. Tests taking ``pg_database`` are about the server path alone.
"""

from __future__ import annotations

import itertools
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import IntegrityError

from judgepanel.db.engine import (
    SCHEMA_VERSION,
    Database,
    describe_location,
    migrations_dir,
    open_database,
    server_url,
)
from judgepanel.db.models import AuditEntry, Base, Competition, Criterion, Entrant, Judge
from judgepanel.domain.errors import (
    DatabaseError,
    DatabaseLockedError,
    ForeignDatabaseError,
    NewerDatabaseError,
)


def _config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _revisions() -> list[str]:
    """Every revision there is, oldest first (other work may add more: never hard-coded)."""
    script = ScriptDirectory.from_config(_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _version_of(db: Database) -> str:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _competition(**extra) -> Competition:
    return Competition(name_en="Award", name_zh="獎", year_label="2003", award_name_en="a",
                       award_name_zh="a", public_award_name_en="p", public_award_name_zh="p",
                       **extra)


# -- opening and migrating -------------------------------------------------------------------

def test_new_database_is_migrated_to_head_and_models_match(any_db) -> None:
    assert any_db.status.created is True and any_db.status.upgraded_from is None
    with any_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    assert diff == []
    assert _version_of(any_db) == f"{SCHEMA_VERSION:04d}"


def test_reopen_does_not_migrate_again(database_url: str) -> None:
    open_database(database_url).close()
    db = open_database(database_url)
    try:
        assert db.status.created is False and db.status.upgraded_from is None
    finally:
        db.close()


def test_pragmas_only_on_sqlite(any_db) -> None:
    with any_db.read() as s:
        if any_db.is_sqlite:
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        else:
            assert any_db.engine.dialect.name == "postgresql"
            assert s.execute(text("SHOW transaction_isolation")).scalar() == "repeatable read"
            assert s.execute(text("SHOW lock_timeout")).scalar() == "5s"


def test_newer_schema_is_refused_and_left_untouched(database_url: str) -> None:
    newer = SCHEMA_VERSION + 5
    db = open_database(database_url)
    with db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": f"{newer:04d}"})
        if db.is_sqlite:
            s.execute(text(f"PRAGMA user_version = {newer}"))
    db.close()
    with pytest.raises(NewerDatabaseError) as info:
        open_database(database_url)
    assert f"{newer}" in info.value.message and "newer" in info.value.message
    engine = create_engine(database_url if "://" in database_url else f"sqlite:///{database_url}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            f"{newer:04d}")
        assert conn.exec_driver_sql("SELECT count(*) FROM competitions").scalar() == 0
    engine.dispose()


@pytest.mark.parametrize("revision", _revisions())
def test_populated_database_at_each_revision_upgrades_with_data_intact(
    database_url: str, revision: str
) -> None:
    """A database as an older JudgePanel left it (any revision) reaches head, data intact."""
    is_sqlite = "://" not in database_url
    engine = create_engine(f"sqlite:///{database_url}" if is_sqlite else database_url)
    with engine.connect() as conn:
        if is_sqlite:
            from judgepanel.db.engine import APPLICATION_ID

            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(_config(conn), revision)
        conn.commit()
        # Plain SQL valid at the initial schema, as an old version would have written it.
        conn.execute(text(
            "INSERT INTO competitions (uid, name_en, name_zh, year_label, award_name_en, "
            "award_name_zh, award_count, finalist_count, public_award_name_en, "
            "public_award_name_zh, public_award_count, venue_en, venue_zh, shortlist_formula, "
            "aggregation_method, tie_break_chain, created_at) VALUES ('c1', 'Award 2001', "
            "'2001年獎', '2001', 'A', 'A', 1, 8, 'P', 'P', 1, '', '', '{}', 'mean', '[]', "
            "'2001-12-17 00:00:00+00:00')"))
        cid = conn.execute(text("SELECT id FROM competitions")).scalar()
        conn.execute(text("INSERT INTO entrants (uid, competition_id, code, name_en, name_zh, "
                          "category) VALUES ('e1', :c, 'IMMD', 'Immigration Department', "
                          "'入境事務處', 'department')"), {"c": cid})
        conn.execute(text("INSERT INTO judges (uid, competition_id, name_en, name_zh, title, "
                          "affiliation, organisation, contact) VALUES ('j1', :c, 'A Judge', "
                          "'評判', '', 'private_sector', '', '')"), {"c": cid})
        conn.commit()
    engine.dispose()

    db = open_database(database_url)
    try:
        at_head = int(revision) == SCHEMA_VERSION
        assert db.status.created is False
        assert db.status.upgraded_from == (None if at_head else int(revision))
        with db.read() as s:
            assert s.scalar(select(func.count(Competition.id))) == 1
            assert s.scalar(select(Entrant.name_zh)) == "入境事務處"
            assert s.scalar(select(Judge.affiliation)) == "private_sector"
        assert _version_of(db) == f"{SCHEMA_VERSION:04d}"
    finally:
        db.close()


# -- the data's guarantees, on both backends -------------------------------------------------

def test_audit_log_is_append_only(any_db) -> None:
    from judgepanel.services import audit

    with any_db.write() as s:
        audit.append(s, "tester", "test", {"n": 1})
        audit.append(s, "tester", "test", {"n": 2})
    with pytest.raises(Exception, match="append-only"), any_db.write() as s:
        s.execute(text("UPDATE audit_log SET actor = 'mallory'"))
    with pytest.raises(Exception, match="append-only"), any_db.write() as s:
        s.execute(text("DELETE FROM audit_log"))
    with any_db.read() as s:
        assert s.scalars(select(AuditEntry.actor)).all() == ["tester", "tester"]
        first, second = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert second.prev_hash == first.hash


def test_foreign_keys_and_checks_are_enforced(any_db) -> None:
    with pytest.raises(IntegrityError), any_db.write() as s:
        s.add(Criterion(competition_id=999, position=1, code="x", name_en="x", name_zh="x",
                        weight=1, scale_min=0, scale_max=10, scale_step=1))
    with any_db.write() as s:
        s.add(_competition())
    with pytest.raises(IntegrityError), any_db.write() as s:
        cid = s.scalar(select(Competition.id))
        # CAST(weight AS REAL) > 0 holds on both backends.
        s.add(Criterion(competition_id=cid, position=1, code="x", name_en="x", name_zh="x",
                        weight=Decimal("-1"), scale_min=0, scale_max=10, scale_step=1))


def test_decimals_and_times_come_back_exactly(any_db) -> None:
    from datetime import UTC, datetime

    when = datetime(2003, 1, 18, 9, 30, 15, tzinfo=UTC)
    with any_db.write() as s:
        c = _competition(created_at=when)
        s.add(c)
        s.flush()
        s.add(Criterion(competition_id=c.id, position=1, code="q", name_en="q", name_zh="q",
                        weight=Decimal("33.3333333333"), scale_min=Decimal("0"),
                        scale_max=Decimal("10"), scale_step=Decimal("0.5")))
    with any_db.read() as s:
        assert s.execute(text("SELECT weight FROM criteria")).scalar() == "33.3333333333"
        assert s.scalar(select(Criterion.scale_step)) == Decimal("0.5")
        assert s.scalar(select(Competition.created_at)) == when


def test_demo_loads_and_reads_back(any_db) -> None:
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.demo import load_demo

    load_demo(any_db)
    load_demo(any_db)  # idempotent
    svc = CompetitionService(any_db)
    overview = svc.overview(svc.default_competition_id())
    assert len(overview.judges) == 7
    assert len(overview.criteria) == 3
    with any_db.read() as s:
        assert s.scalar(select(func.count(Entrant.id))) == 23


# -- concurrency: one writer at a time, readers never blocked --------------------------------

def test_a_second_writer_waits_then_gets_a_readable_error(database_url: str) -> None:
    first = open_database(database_url)
    impatient = open_database(database_url, busy_timeout_ms=200)
    try:
        with first.write() as s:
            s.add(_competition())
            s.flush()
            with pytest.raises(DatabaseLockedError) as info, impatient.write() as s2:
                s2.execute(text("SELECT 1"))
                s2.add(_competition())
        assert "busy" in info.value.message and "Nothing was lost" in info.value.message
        assert "password" not in info.value.message
        with impatient.write() as s2:  # free again once the first commits
            s2.add(_competition())
        with first.read() as s:
            assert s.scalar(select(func.count(Competition.id))) == 2
    finally:
        impatient.close()
        first.close()


def test_readers_keep_their_snapshot_and_never_block_writers(database_url: str) -> None:
    reader_db = open_database(database_url)
    writer_db = open_database(database_url, busy_timeout_ms=200)
    try:
        with reader_db.read() as r:
            assert r.scalar(select(func.count(Competition.id))) == 0
            with writer_db.write() as w:
                w.add(_competition())
            assert r.scalar(select(func.count(Competition.id))) == 0  # its snapshot
        with reader_db.read() as r:
            assert r.scalar(select(func.count(Competition.id))) == 1
    finally:
        writer_db.close()
        reader_db.close()


def test_concurrent_writers_serialise_read_modify_write(database_url: str) -> None:
    """Each writer reads the audit chain's tip and appends to it: no fork under contention."""
    from judgepanel.services import audit

    dbs = [open_database(database_url, busy_timeout_ms=20_000) for _ in range(3)]
    errors: list[BaseException] = []

    def work(db: Database, n: int) -> None:
        try:
            for i in range(8):
                with db.write() as s:
                    audit.append(s, f"writer {n}", "test", {"i": i})
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(db, n)) for n, db in enumerate(dbs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert errors == []
        with dbs[0].read() as s:
            entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert len(entries) == 24
        assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    finally:
        for db in dbs:
            db.close()


# -- the server path alone -------------------------------------------------------------------

@pytest.mark.postgresql
def test_foreign_server_database_is_refused_and_left_untouched(pg_database: str) -> None:
    engine = create_engine(pg_database)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE customers (id integer PRIMARY KEY)")
    with pytest.raises(ForeignDatabaseError, match="not a JudgePanel database"):
        open_database(pg_database)
    # Another program that also uses Alembic is still not us.
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num varchar(32))")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    with pytest.raises(ForeignDatabaseError):
        open_database(pg_database)
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    engine.dispose()
    assert tables == {"customers", "alembic_version"}


@pytest.mark.postgresql
def test_machines_starting_together_migrate_once(pg_database: str) -> None:
    results: list[object] = []

    def start() -> None:
        try:
            db = open_database(pg_database)
            results.append(db.status)
            db.close()
        except BaseException as exc:  # reported below
            results.append(exc)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(not isinstance(r, BaseException) for r in results), results
    assert sorted(r.created for r in results) == [False, False, True]  # type: ignore[union-attr]


@pytest.mark.postgresql
def test_server_url_forms_and_the_password_is_never_shown(pg_database: str) -> None:
    url = server_url(pg_database)
    assert url.drivername == "postgresql+psycopg"
    plain = pg_database.replace("postgresql+psycopg://", "postgresql://", 1)
    assert server_url(plain).drivername == "postgresql+psycopg"
    assert server_url(plain.replace("postgresql://", "postgres://", 1)).drivername == (
        "postgresql+psycopg")
    # The test server trusts local connections, so any password opens it.
    user = url.username or "judgepanel"
    with_password = plain.replace(f"//{user}@", f"//{user}:s3cret-pw@", 1)
    db = open_database(with_password)
    try:
        assert "s3cret-pw" not in db.path and "***" in db.path
        assert db.path.startswith("postgresql+psycopg://")
    finally:
        db.close()
    assert "s3cret-pw" not in describe_location(with_password)


@pytest.mark.parametrize(("location", "fragment"), [
    ("mysql://panel@db.example/judging", "“mysql” databases are not supported"),
    ("postgresql://panel@db.example", "no database name"),
    ("postgresql://panel@db.example:notaport/x", "not a database location"),
])
def test_unusable_locations_are_refused_before_connecting(location: str, fragment: str) -> None:
    with pytest.raises(DatabaseError, match=fragment):
        open_database(location)


def test_unreachable_server_is_a_readable_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as info:
        open_database(f"postgresql://judgepanel@/judging?host={tmp_path}&connect_timeout=2")
    assert info.value.message.startswith("Cannot use the database server")


@pytest.mark.postgresql
def test_lost_connection_is_a_readable_error(pg_database: str, pg_server) -> None:
    db = open_database(pg_database)
    try:
        with pytest.raises(DatabaseError, match="connection to the database server") as info, \
                db.write() as s:
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
            with pg_server.admin.connect() as admin:
                admin.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
            s.execute(text("SELECT 1"))
        assert "was not saved" in info.value.message
        with db.read() as s:  # the pool reconnects for the next action
            assert s.scalar(select(func.count(Competition.id))) == 0
    finally:
        db.close()


def test_sqlite_file_still_carries_our_identity(db_path: Path) -> None:
    """The default backend is unchanged by the server path."""
    from judgepanel.db.engine import APPLICATION_ID

    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        con.close()
