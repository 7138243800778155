"""One import service reads what it checks sheets against (roster, criteria, conflicts, sheets
on record) once and keeps it while the database is unchanged; any change, whoever makes it
(this app through another service, a raw connection, another program), is seen by the next
import. The plain-SQL write stores exactly what SQLAlchemy would."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime

from sqlalchemy import select, text

from judgepanel.db.engine import open_database
from judgepanel.db.models import AuditEntry, ConflictOfInterest, Score, ScoreSheet, SheetImport
from judgepanel.domain.results import ImportOutcomeKind
from judgepanel.services import audit
from judgepanel.services.consolidation import SheetImportService
from tests.services.results_helpers import (
    competition_id,
    entrant_id,
    judge_ids,
)


class _Reads:
    """Counts how often ``service`` reads its context from the database."""

    def __init__(self, service: SheetImportService) -> None:
        self.count = 0
        read = service._context

        def counted(competition: int):
            self.count += 1
            return read(competition)

        service._context = counted  # type: ignore[method-assign]


def _conflict_sql(judge: int, entrant: int) -> tuple[str, tuple[object, ...]]:
    return ("INSERT INTO conflicts_of_interest (judge_id, entrant_id, reason, declared_at) "
            "VALUES (?, ?, 'Declared late', '2003-03-14 02:00:00.000000')", (judge, entrant))


def _refused(report) -> int:
    outcome = report.outcomes[0]
    assert outcome.outcome is ImportOutcomeKind.IMPORTED, outcome
    return len(outcome.refused)


def test_imports_one_after_another_read_the_context_once(chair, sheets) -> None:
    cid = competition_id(chair)
    service = SheetImportService(chair)
    reads = _Reads(service)
    for sheet in sheets.sheets[:4]:
        assert _refused(service.import_paths(cid, [sheet])) == 0
    assert reads.count == 1
    # Its own imports keep the list of files on record current: the same file again is a
    # duplicate, answered without a transaction.
    again = service.import_paths(cid, [sheets.sheets[0]]).outcomes[0]
    assert again.outcome is ImportOutcomeKind.DUPLICATE
    assert reads.count == 1


def test_a_change_through_another_service_of_this_app_is_seen(chair, sheets) -> None:
    cid = competition_id(chair)
    service = SheetImportService(chair)
    reads = _Reads(service)
    assert _refused(service.import_paths(cid, [sheets.sheets[0]])) == 0
    judge = judge_ids(chair)[1]
    with chair.write() as s:  # the same engine (and pooled connection) as the import
        s.add(ConflictOfInterest(judge_id=judge, entrant_id=entrant_id(chair, "IMMD"),
                                 reason="Declared after the kits went out"))
    assert _refused(service.import_paths(cid, [sheets.sheets[1]])) == 1
    assert reads.count == 2


def test_a_change_through_a_raw_pooled_connection_is_seen(chair, sheets) -> None:
    """As the scoring service writes: the driver's own connection, its own COMMIT."""
    cid = competition_id(chair)
    service = SheetImportService(chair)
    conflict = _conflict_sql(judge_ids(chair)[1], entrant_id(chair, "IMMD"))
    assert _refused(service.import_paths(cid, [sheets.sheets[0]])) == 0
    pooled = chair.engine.raw_connection()  # the very connection the import used
    try:
        con = pooled.driver_connection
        con.execute("BEGIN IMMEDIATE")
        con.execute(*conflict)
        con.execute("COMMIT")
    finally:
        pooled.close()
    assert _refused(service.import_paths(cid, [sheets.sheets[1]])) == 1


def test_a_change_by_another_program_is_seen(chair, sheets) -> None:
    cid = competition_id(chair)
    service = SheetImportService(chair)
    assert _refused(service.import_paths(cid, [sheets.sheets[0]])) == 0
    con = sqlite3.connect(chair.path)
    con.execute(*_conflict_sql(judge_ids(chair)[1], entrant_id(chair, "IMMD")))
    con.commit()
    con.close()
    assert _refused(service.import_paths(cid, [sheets.sheets[1]])) == 1


def test_a_judge_removed_by_another_app_on_the_same_file_is_seen(chair, sheets) -> None:
    cid = competition_id(chair)
    service = SheetImportService(chair)
    assert _refused(service.import_paths(cid, [sheets.sheets[0]])) == 0
    other = open_database(chair.path)  # another JudgePanel window on the same file
    try:
        with other.write() as s:
            s.execute(text("DELETE FROM judges WHERE id = :j"), {"j": judge_ids(chair)[2]})
    finally:
        other.close()
    outcome = service.import_paths(cid, [sheets.sheets[2]]).outcomes[0]
    assert outcome.outcome is ImportOutcomeKind.REJECTED
    assert outcome.reason is not None and "not on this competition's roster" in \
        outcome.reason.text


def test_a_sheet_imported_elsewhere_since_is_a_duplicate_of_the_next_batch(chair, sheets) -> None:
    cid = competition_id(chair)
    service = SheetImportService(chair)
    assert _refused(service.import_paths(cid, [sheets.sheets[0]])) == 0
    assert SheetImportService(chair).import_paths(cid, [sheets.sheets[1]]).outcomes[0] \
        .outcome is ImportOutcomeKind.IMPORTED
    reads = _Reads(service)
    again = service.import_paths(cid, [sheets.sheets[1]]).outcomes[0]
    assert again.outcome is ImportOutcomeKind.DUPLICATE
    assert reads.count == 1  # answered from a context read again, not a stale one


_STORED_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")


def test_the_import_stores_what_sqlalchemy_would(chair, sheets) -> None:
    """Timestamps as the engine writes them (UTC text without an offset), decimals as their
    canonical text, the audit chain intact."""
    cid = competition_id(chair)
    judge = judge_ids(chair)[0]
    with chair.write() as s:
        s.add(ConflictOfInterest(judge_id=judge, entrant_id=entrant_id(chair, "IMMD"),
                                 reason="Declared after the kits went out"))
    before = datetime.now(UTC)
    assert _refused(SheetImportService(chair).import_paths(cid, [sheets.sheets[0]])) == 1
    after = datetime.now(UTC)
    con = sqlite3.connect(chair.path)
    try:
        stored = [
            *con.execute("SELECT signed_at, imported_at, created_at FROM score_sheets "
                         "WHERE imported_at IS NOT NULL").fetchone(),
            *con.execute("SELECT created_at, updated_at FROM scores WHERE source = "
                         "'signed_sheet' LIMIT 1").fetchone(),
            *con.execute("SELECT imported_at FROM sheet_imports").fetchone(),
            *con.execute("SELECT created_at FROM score_exclusions").fetchone(),
            *con.execute("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone(),
        ]
        values = {v for (v,) in con.execute(
            "SELECT DISTINCT value FROM scores WHERE source = 'signed_sheet'")}
    finally:
        con.close()
    assert all(isinstance(v, str) and _STORED_TIME.fullmatch(v) for v in stored), stored
    assert values and all(re.fullmatch(r"\d+(\.\d*[1-9])?", v) for v in values), values
    with chair.read() as s:
        row = s.scalar(select(ScoreSheet).where(ScoreSheet.imported_at.is_not(None)))
        assert before <= row.imported_at <= after and row.imported_at.tzinfo is not None
        assert row.signed_at is not None and row.pdf == sheets.sheets[0].read_bytes()
        assert s.scalar(select(SheetImport.imported_at)) == row.imported_at
        mark = s.scalar(select(Score).where(Score.source == "signed_sheet").limit(1))
        assert mark.sheet_id == row.id and before <= mark.created_at <= after
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) \
            == "sheet.imported"
        audit.verify_chain(s)
