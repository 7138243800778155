"""Migrations: every revision upgrades to head with data intact; models match the schema."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, func, select

from judgepanel.db import engine as engine_module
from judgepanel.db.engine import APPLICATION_ID, SCHEMA_VERSION, open_database
from judgepanel.db.models import Base, Competition, Entrant, Judge

MIGRATIONS = Path(engine_module.__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_revision_ids_are_the_schema_numbers() -> None:
    revisions = _revisions()
    assert revisions == [f"{n:04d}" for n in range(1, len(revisions) + 1)]
    assert int(revisions[-1]) == SCHEMA_VERSION


def test_empty_database_upgrades_to_head_and_models_match(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    db.close()
    assert diff == []
    assert version == f"{SCHEMA_VERSION:04d}"


def _stamp_at(path: Path, revision: str) -> None:
    """Builds a database as an older JudgePanel left it: migrated only up to ``revision``."""
    eng = create_engine(f"sqlite:///{path}")
    with eng.connect() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    eng.dispose()


@pytest.mark.parametrize("revision", _revisions())
def test_populated_database_at_each_revision_upgrades_with_data_intact(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / f"at-{revision}.db"
    _stamp_at(path, revision)
    # Populate with plain SQL valid at the initial schema, as an old version would have.
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO competitions (uid, name_en, name_zh, year_label, award_name_en, "
        "award_name_zh, award_count, finalist_count, public_award_name_en, public_award_name_zh,"
        " public_award_count, venue_en, venue_zh, shortlist_formula, aggregation_method, "
        "tie_break_chain, created_at) VALUES ('c1', 'Award 2001', '2001年獎', '2001', 'A', 'A', "
        "1, 8, 'P', 'P', 1, '', '', '{}', 'mean', '[]', '2001-12-17 00:00:00')"
    )
    con.execute("INSERT INTO entrants (uid, competition_id, code, name_en, name_zh, category) "
                "VALUES ('e1', 1, 'IMMD', 'Immigration Department', '入境事務處', 'department')")
    con.execute("INSERT INTO judges (uid, competition_id, name_en, name_zh, title, affiliation, "
                "organisation, contact) VALUES ('j1', 1, 'A Judge', '評判', '', "
                "'private_sector', '', '')")
    con.commit()
    con.close()

    db = open_database(path)
    try:
        assert db.status.upgraded_from == (int(revision) if int(revision) < SCHEMA_VERSION
                                           else None)
        with db.read() as s:
            assert s.scalar(select(func.count(Competition.id))) == 1
            assert s.scalar(select(Entrant.name_zh)) == "入境事務處"
            assert s.scalar(select(Judge.affiliation)) == "private_sector"
    finally:
        db.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_interrupted_first_migration_is_recognised_and_completed(db_path: Path) -> None:
    """A file claimed by us but with no schema yet (power cut on first run) is finished."""
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.commit()
    con.close()
    db = open_database(db_path)
    with db.read() as s:
        assert s.scalar(select(func.count(Competition.id))) == 0
    db.close()


def test_upgrade_to_0003_records_each_judges_credential_in_force(tmp_path: Path) -> None:
    """Schema 3 records every credential issued or registered; an upgraded database starts
    with each judge's certificate in force (issued when its PKCS#12 row was made, if any)."""
    from judgepanel.db.models import CredentialRecord

    path = tmp_path / "at-0002.db"
    _stamp_at(path, "0002")
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO competitions (uid, name_en, name_zh, year_label, award_name_en, "
        "award_name_zh, award_count, finalist_count, public_award_name_en, public_award_name_zh,"
        " public_award_count, venue_en, venue_zh, shortlist_formula, aggregation_method, "
        "tie_break_chain, created_at) VALUES ('c1', 'Award 2001', '2001年獎', '2001', 'A', 'A', "
        "1, 8, 'P', 'P', 1, '', '', '{}', 'mean', '[]', '2001-12-17 00:00:00')"
    )
    for uid, pem, sha in (("j1", "PEM ONE", "a" * 64), ("j2", "PEM TWO", "b" * 64),
                          ("j3", None, None)):
        con.execute("INSERT INTO judges (uid, competition_id, name_en, name_zh, title, "
                    "affiliation, organisation, contact, certificate_pem, certificate_sha256) "
                    "VALUES (?, 1, 'A Judge', '', '', 'other', '', '', ?, ?)", (uid, pem, sha))
    con.execute("INSERT INTO judge_credentials (judge_id, pkcs12, issued_by_panel, created_at) "
                "VALUES (1, x'00', 1, '2001-12-01 09:30:00.000000')")
    con.commit()
    con.close()

    db = open_database(path)
    try:
        assert db.status.upgraded_from == 2
        with db.read() as s:
            rows = s.execute(select(CredentialRecord.judge_id, CredentialRecord.fingerprint_sha256,
                                    CredentialRecord.certificate_pem, CredentialRecord.issued_at,
                                    CredentialRecord.replaced_at)
                             .order_by(CredentialRecord.judge_id)).all()
    finally:
        db.close()
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [(1, "a" * 64, "PEM ONE", None),
                                                        (2, "b" * 64, "PEM TWO", None)]
    assert rows[0][3] == datetime(2001, 12, 1, 9, 30, tzinfo=UTC)
    assert rows[1][3].tzinfo is not None and rows[1][3].year >= 2026
