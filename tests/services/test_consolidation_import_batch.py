"""A folder import reads what it checks against once per batch: a file seen earlier in the same
batch, or imported meanwhile by another machine, is still a duplicate and changes nothing; and a
signed sheet verifies whether or not the calling thread runs an event loop."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import func, select

from judgepanel.db.models import AuditEntry, Score, ScoreSheet, SheetImport
from judgepanel.domain.results import ImportOutcomeKind
from judgepanel.services.consolidation import SheetImportService
from judgepanel.services.sheets import SheetService, verify_sheet_bytes
from tests.services.results_helpers import competition_id


def _counts(db) -> tuple[int, int, int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count(Score.id))),
                s.scalar(select(func.count(ScoreSheet.id))),
                s.scalar(select(func.count(SheetImport.id))),
                s.scalar(select(func.count(AuditEntry.id))))


def test_the_same_file_twice_in_one_batch_is_imported_once(chair, sheets, tmp_path) -> None:
    copy = tmp_path / "copy-of-judge1.pdf"
    copy.write_bytes(sheets.sheets[0].read_bytes())
    report = SheetImportService(chair).import_paths(competition_id(chair),
                                                    [sheets.sheets[0], copy])
    assert [o.outcome for o in report.outcomes] == [ImportOutcomeKind.IMPORTED,
                                                     ImportOutcomeKind.DUPLICATE]
    assert report.outcomes[1].reason is not None
    assert "Already imported" in report.outcomes[1].reason.text
    with chair.read() as s:
        assert s.scalar(select(func.count(SheetImport.id))) == 1
        assert s.scalar(select(func.count(ScoreSheet.id))
                        .where(ScoreSheet.imported_at.is_not(None))) == 1


def test_a_file_imported_meanwhile_by_another_machine_is_a_duplicate(chair, sheets) -> None:
    cid = competition_id(chair)
    other_machine = SheetImportService(chair)
    counts: list[tuple[int, int, int, int]] = []

    def meanwhile(done: int, _total: int, file: str) -> None:
        # After this batch has read what it checks against, before it reads the file.
        if done == 0:
            assert other_machine.import_paths(cid, [Path(file)]).outcomes[0].outcome is \
                ImportOutcomeKind.IMPORTED
            counts.append(_counts(chair))

    report = SheetImportService(chair).import_paths(cid, [sheets.sheets[2]], progress=meanwhile)
    assert report.outcomes[0].outcome is ImportOutcomeKind.DUPLICATE
    assert report.outcomes[0].revision == 1
    assert _counts(chair) == counts[0]


def test_a_sheet_verifies_inside_a_running_event_loop_too(chair, sheets) -> None:
    data = sheets.sheets[0].read_bytes()
    roots = SheetService(chair).trust_roots()

    async def inside_a_loop() -> bool:
        return verify_sheet_bytes(data, roots).ok

    assert verify_sheet_bytes(data, roots).ok
    assert asyncio.run(inside_a_loop())
