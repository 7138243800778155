"""Consolidation on the chair's database on either backend (SQLite, PostgreSQL): a paper
judge's sheet signed on the chair's machine and then imported, the matrix, the override, the
order of merit, and a mark changed behind the app's back."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from judgepanel.domain.aggregation import Method
from judgepanel.domain.errors import ConflictError
from judgepanel.domain.results import CellStatus, ImportOutcomeKind
from judgepanel.services.competitions import CompetitionService
from judgepanel.services.consolidation import SheetImportService
from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE
from judgepanel.services.results import ResultsService
from judgepanel.services.sheets import SheetService


def test_sheets_signed_on_the_chairs_machine_are_consolidated(any_demo_db, score_all,
                                                              tmp_path) -> None:
    db = any_demo_db
    competitions = CompetitionService(db)
    cid = competitions.default_competition_id()
    judges = [j.id for j in competitions.overview(cid).judges]
    files = []
    for judge, base in zip(judges[:3], ("6", "7", "8"), strict=True):
        score_all(db, judge, base=base)
        path = tmp_path / f"judge{judge}.pdf"
        path.write_bytes(SheetService(db).sign(judge, DEMO_JUDGE_PASSPHRASE.encode()).pdf)
        files.append(path)
    report = SheetImportService(db).import_paths(cid, files)
    assert [o.outcome for o in report.outcomes] == [ImportOutcomeKind.IMPORTED] * 3
    again = SheetImportService(db).import_paths(cid, files[:1])
    assert again.outcomes[0].outcome is ImportOutcomeKind.DUPLICATE

    results = ResultsService(db)
    results.fix_method(cid, Method.TRIMMED)
    view = results.compute(cid)
    # 3 judges × 8 finalists signed; the other 4 judges' 32 cells, less J6's recusal, missing
    assert view.matrix.count(CellStatus.SIGNED) == 24 and len(view.matrix.missing) == 31
    results.override_completeness(cid, "Four judges fell ill; three sheets are enough here")
    view = results.compute(cid)
    assert view.final and len(view.rows) == 8
    assert all(row.judge_count == 3 for row in view.rows)

    with db.write() as s:
        s.execute(text("UPDATE scores SET value = '1' WHERE id = "
                       "(SELECT min(id) FROM scores WHERE source = 'signed_sheet')"))
    with pytest.raises(ConflictError, match="no longer match"):
        results.compute(cid)
    assert SheetImportService(db).restore_from_sheets(cid) == 3
    assert results.compute(cid).value_keys == view.value_keys
