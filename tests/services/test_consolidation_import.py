"""Importing signed sheets on the chair's machine: verification, refusals with reasons,
duplicates, revisions, conflicts of interest, and marks changed behind the app's back."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from judgepanel.db.models import (
    AuditEntry,
    ConflictOfInterest,
    Score,
    ScoreSheet,
    SheetImport,
)
from judgepanel.domain.errors import ConflictError
from judgepanel.domain.results import CellStatus, ImportOutcomeKind
from judgepanel.services.consolidation import MAX_SHEET_BYTES, SheetImportService, expand_paths
from judgepanel.services.results import ResultsService
from tests.services.results_helpers import (
    chair_copy,
    competition_id,
    entrant_id,
    judge_ids,
)


def _outcomes(report) -> dict[str, tuple[ImportOutcomeKind, str]]:
    return {Path(o.file).name: (o.outcome, o.reason.text if o.reason else "")
            for o in report.outcomes}


def _counts(db) -> tuple[int, int, int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count(Score.id))),
                s.scalar(select(func.count(ScoreSheet.id))),
                s.scalar(select(func.count(SheetImport.id))),
                s.scalar(select(func.count(AuditEntry.id))))


def test_a_folder_imports_every_sheet_and_lists_each_file(chair, sheets, tmp_path) -> None:
    usb = tmp_path / "usb"
    (usb / ".Trashes").mkdir(parents=True)
    for sheet in sheets.sheets:
        (usb / sheet.name).write_bytes(sheet.read_bytes())
    (usb / ".Trashes" / "hidden.pdf").write_bytes(b"%PDF-1.4 junk")
    (usb / "notes.txt").write_text("not a sheet")
    (usb / "broken.PDF").write_bytes(b"%PDF-1.7\nthis is not really a PDF")
    seen: list[tuple[int, int]] = []
    report = SheetImportService(chair).import_paths(
        competition_id(chair), [usb], progress=lambda done, total, _f: seen.append((done, total)))
    outcomes = _outcomes(report)
    assert set(outcomes) == {f"judge{i}.pdf" for i in range(1, 8)} | {"broken.PDF"}
    assert all(outcomes[f"judge{i}.pdf"][0] is ImportOutcomeKind.IMPORTED for i in range(1, 8))
    assert outcomes["broken.PDF"][0] is ImportOutcomeKind.REJECTED
    assert "damaged" in outcomes["broken.PDF"][1] or "not a PDF" in outcomes["broken.PDF"][1]
    assert seen[0] == (0, 8) and seen[-1] == (8, 8)
    status = ResultsService(chair).status(competition_id(chair))
    assert status.matrix.complete and status.sheet_count == 7
    assert status.matrix.count(CellStatus.RECUSED) == 1
    assert status.matrix.count(CellStatus.SIGNED) == 7 * 8 - 1


def test_importing_the_same_files_twice_changes_nothing(chair, sheets) -> None:
    service = SheetImportService(chair)
    cid = competition_id(chair)
    service.import_paths(cid, [sheets.sheets[0], sheets.other_competition])
    before = _counts(chair)
    report = service.import_paths(cid, [sheets.sheets[0], sheets.other_competition])
    assert [o.outcome for o in report.outcomes] == [ImportOutcomeKind.DUPLICATE,
                                                     ImportOutcomeKind.REJECTED]
    assert _counts(chair) == before


@pytest.mark.parametrize(("which", "reason"), [
    ("other_competition", "another competition"),
    ("unknown_judge", "not on this competition's roster"),
    ("other_criteria", "criteria (weights or scales) differ"),
])
def test_sheets_that_do_not_belong_are_rejected_with_the_reason(chair, sheets, which,
                                                                 reason) -> None:
    outcome = SheetImportService(chair).import_paths(competition_id(chair),
                                                     [getattr(sheets, which)]).outcomes[0]
    assert outcome.outcome is ImportOutcomeKind.REJECTED
    assert reason in outcome.reason.text
    log = SheetImportService(chair).import_log(competition_id(chair))
    assert log[0].outcome is ImportOutcomeKind.REJECTED and reason in log[0].reason.text


def test_tampered_unsigned_empty_and_oversized_files_are_rejected(chair, sheets,
                                                                  tmp_path) -> None:
    data = bytearray(sheets.sheets[0].read_bytes())
    data[len(data) // 3] ^= 0x01
    (tmp_path / "tampered.pdf").write_bytes(bytes(data))
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "appended.pdf").write_bytes(sheets.sheets[0].read_bytes() + b"\n% extra\n")
    with (tmp_path / "huge.pdf").open("wb") as fh:
        fh.truncate(MAX_SHEET_BYTES + 1)
    names = ["tampered.pdf", "empty.pdf", "appended.pdf", "huge.pdf", "missing.pdf"]
    report = SheetImportService(chair).import_paths(competition_id(chair),
                                                    [tmp_path / n for n in names])
    outcomes = _outcomes(report)
    assert all(kind is ImportOutcomeKind.REJECTED for kind, _ in outcomes.values())
    assert "changed after it was signed" in outcomes["tampered.pdf"][1] or \
        "damaged" in outcomes["tampered.pdf"][1]
    assert "empty" in outcomes["empty.pdf"][1]
    assert "appended" in outcomes["appended.pdf"][1]
    assert "too large" in outcomes["huge.pdf"][1] and "50 MiB" in outcomes["huge.pdf"][1]
    assert "does not exist" in outcomes["missing.pdf"][1]
    assert ResultsService(chair).status(competition_id(chair)).sheet_count == 0


def test_a_newer_revision_supersedes_and_both_stay_on_record(chair, sheets) -> None:
    service = SheetImportService(chair)
    cid = competition_id(chair)
    service.import_paths(cid, list(sheets.sheets))
    outcome = service.import_paths(cid, [sheets.amended]).outcomes[0]
    assert outcome.outcome is ImportOutcomeKind.IMPORTED and outcome.revision == 2
    with chair.read() as s:
        rows = s.execute(select(ScoreSheet.revision, ScoreSheet.status)
                         .where(ScoreSheet.judge_id == judge_ids(chair)[1])
                         .order_by(ScoreSheet.revision)).all()
    assert [tuple(r) for r in rows] == [(1, "superseded"), (2, "signed")]
    again = service.import_paths(cid, [sheets.sheets[1]]).outcomes[0]
    assert again.outcome is ImportOutcomeKind.DUPLICATE


def test_an_older_revision_imported_later_is_kept_on_record_only(chair, sheets) -> None:
    service = SheetImportService(chair)
    cid = competition_id(chair)
    assert service.import_paths(cid, [sheets.amended]).outcomes[0].outcome is \
        ImportOutcomeKind.IMPORTED
    older = service.import_paths(cid, [sheets.sheets[1]]).outcomes[0]
    assert older.outcome is ImportOutcomeKind.SUPERSEDED
    assert "older than revision 2" in older.reason.text
    with chair.read() as s:
        value = s.scalar(select(Score.value).where(
            Score.judge_id == judge_ids(chair)[1],
            Score.entrant_id == entrant_id(chair, "IMMD")).order_by(Score.criterion_id))
    assert str(value) == "5"  # revision 2's mark stays in force


def test_marks_for_a_conflicted_finalist_are_refused(chair, sheets) -> None:
    judge = judge_ids(chair)[0]
    immd = entrant_id(chair, "IMMD")
    with chair.write() as s:
        s.add(ConflictOfInterest(judge_id=judge, entrant_id=immd,
                                 reason="Declared after the kits went out"))
    outcome = SheetImportService(chair).import_paths(competition_id(chair),
                                                     [sheets.sheets[0]]).outcomes[0]
    assert outcome.outcome is ImportOutcomeKind.IMPORTED
    assert len(outcome.refused) == 1 and "conflict of interest" in outcome.refused[0].text
    with chair.read() as s:
        assert s.scalar(select(func.count(Score.id)).where(Score.judge_id == judge,
                                                           Score.entrant_id == immd)) == 0
    matrix = ResultsService(chair).status(competition_id(chair)).matrix
    finalist = [f.code for f in matrix.finalists].index("IMMD")
    assert matrix.cells[0][finalist] is CellStatus.RECUSED


def test_a_mark_changed_behind_the_apps_back_is_caught(chair, sheets) -> None:
    cid = competition_id(chair)
    SheetImportService(chair).import_paths(cid, list(sheets.sheets))
    results = ResultsService(chair)
    results.fix_method(cid, "mean")
    before = results.compute(cid).value_keys
    con = sqlite3.connect(chair.path)
    con.execute("UPDATE scores SET value = '10' WHERE id = (SELECT min(id) FROM scores "
                "WHERE source = 'signed_sheet')")
    con.commit()
    con.close()
    with pytest.raises(ConflictError, match="no longer match the signed sheet"):
        results.compute(cid)
    # The matrix still follows the sheets on record; restoring from the sheets repairs it.
    assert results.status(cid).sheet_count == 7
    assert SheetImportService(chair).restore_from_sheets(cid) == 7
    assert results.compute(cid).value_keys == before


def test_a_deleted_mark_or_a_swapped_stored_sheet_is_caught(chair, sheets) -> None:
    cid = competition_id(chair)
    SheetImportService(chair).import_paths(cid, list(sheets.sheets))
    results = ResultsService(chair)
    results.fix_method(cid, "mean")
    con = sqlite3.connect(chair.path)
    con.execute("DELETE FROM scores WHERE id = (SELECT max(id) FROM scores)")
    con.commit()
    with pytest.raises(ConflictError, match="changed outside JudgePanel"):
        results.compute(cid)
    SheetImportService(chair).restore_from_sheets(cid)
    con.execute("UPDATE score_sheets SET pdf = ? WHERE revision = 1 AND imported_at IS NOT NULL "
                "AND id = (SELECT min(id) FROM score_sheets)",
                (sheets.sheets[3].read_bytes(),))
    con.commit()
    con.close()
    with pytest.raises(ConflictError, match="stored copy"):
        results.compute(cid)


def test_cancelling_a_folder_import_keeps_what_was_done(chair, sheets) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    report = SheetImportService(chair).import_paths(competition_id(chair), [sheets.folder],
                                                    cancelled=cancelled)
    assert report.cancelled and len(report.outcomes) == 3
    imported = report.count(ImportOutcomeKind.IMPORTED)
    assert imported >= 1
    assert ResultsService(chair).status(competition_id(chair)).sheet_count == imported


def test_import_bytes_and_paths_expand(chair, sheets, tmp_path) -> None:
    data = sheets.sheets[4].read_bytes()
    outcome = SheetImportService(chair).import_bytes(competition_id(chair), data, "j5.pdf")
    assert outcome.outcome is ImportOutcomeKind.IMPORTED
    assert outcome.sha256 == hashlib.sha256(data).hexdigest()
    found = expand_paths([sheets.folder, sheets.sheets[0]])
    assert found.count(sheets.sheets[0]) == 1  # a file named twice is read once
    assert sheets.amended in found and all(p.suffix.lower() == ".pdf" for p in found)


def test_a_judges_database_cannot_import(sheets, tmp_path, demo_template) -> None:
    from judgepanel.db.models import AppSetting

    db = chair_copy(demo_template, tmp_path / "judge.db")
    with db.write() as s:
        s.merge(AppSetting(key="role", value="judge"))
    with pytest.raises(ConflictError, match="judge's database"):
        SheetImportService(db).import_paths(competition_id(db), [sheets.sheets[0]])
    db.close()
