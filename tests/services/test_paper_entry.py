"""Paper fallback: every paper sheet keyed twice by two clerks; only matching entries count,
and the results say which marks came from paper."""

from __future__ import annotations

import sqlite3

import pytest

from judgepanel.domain.aggregation import Method
from judgepanel.domain.errors import ConflictError, ValidationError
from judgepanel.domain.results import CellStatus
from judgepanel.services.consolidation import SheetImportService
from judgepanel.services.paper_entry import PaperEntryService
from judgepanel.services.results import ResultsService
from tests.services.results_helpers import (
    chair_copy,
    competition_id,
    entrant_id,
    judge_ids,
    marks_for,
)


def _marks(judge_index: int, code: str) -> dict[str, str]:
    return dict(zip(("service_quality", "efficiency", "cost_effectiveness"),
                    (str(v) for v in marks_for(judge_index, code)), strict=True))


def test_a_sheet_counts_only_when_two_clerks_key_the_same_marks(chair) -> None:
    paper = PaperEntryService(chair)
    cid, judge, immd = competition_id(chair), judge_ids(chair)[6], entrant_id(chair, "IMMD")
    first = paper.enter(cid, judge, immd, 1, "Clerk Wong", _marks(6, "IMMD"))
    assert not first.cell.accepted and "other clerk" in first.message.text
    with pytest.raises(ValidationError, match="two different clerks"):
        paper.enter(cid, judge, immd, 2, "clerk wong", _marks(6, "IMMD"))
    typo = dict(_marks(6, "IMMD"), efficiency="6")
    second = paper.enter(cid, judge, immd, 2, "Clerk Lee", typo)
    assert not second.cell.accepted and second.cell.mismatched == ("efficiency",)
    assert "differ for Efficiency;" in second.message.text  # the name, not the code
    fixed = paper.enter(cid, judge, immd, 2, "Clerk Lee", _marks(6, "IMMD"))
    assert fixed.cell.accepted and "accepted" in fixed.message.text
    cells = paper.cells(cid)
    assert len(cells) == 1 and cells[0].first_clerk == "Clerk Wong"


def test_paper_entries_are_checked_like_any_mark(chair) -> None:
    paper = PaperEntryService(chair)
    cid, judges = competition_id(chair), judge_ids(chair)
    with pytest.raises(ValidationError, match="outside the scale"):
        paper.enter(cid, judges[0], entrant_id(chair, "IMMD"), 1, "Clerk Wong",
                    dict(_marks(0, "IMMD"), service_quality="11"))
    with pytest.raises(ValidationError, match="step"):
        paper.enter(cid, judges[0], entrant_id(chair, "IMMD"), 1, "Clerk Wong",
                    dict(_marks(0, "IMMD"), service_quality="7.3"))
    with pytest.raises(ValidationError, match="Type the mark"):
        paper.enter(cid, judges[0], entrant_id(chair, "IMMD"), 1, "Clerk Wong",
                    {"service_quality": "7"})
    with pytest.raises(ConflictError, match="recused"):
        paper.enter(cid, judges[5], entrant_id(chair, "CSD"), 1, "Clerk Wong",
                    _marks(5, "CSD"))


def test_paper_is_refused_once_the_signed_sheet_is_in(chair, sheets) -> None:
    cid = competition_id(chair)
    SheetImportService(chair).import_paths(cid, [sheets.sheets[0]])
    with pytest.raises(ConflictError, match="already imported"):
        PaperEntryService(chair).enter(cid, judge_ids(chair)[0], entrant_id(chair, "IMMD"), 1,
                                       "Clerk Wong", _marks(0, "IMMD"))


def test_results_mark_paper_sourced_marks_and_catch_changes(chair, sheets, demo_template,
                                                            tmp_path) -> None:
    cid = competition_id(chair)
    SheetImportService(chair).import_paths(cid, list(sheets.sheets[:6]))
    paper = PaperEntryService(chair)
    judge = judge_ids(chair)[6]
    for code in ("IMMD", "FSD", "HKPO", "HKPF", "LCSD", "HKO", "IRD", "CSD"):
        for clerk, name in ((1, "Clerk Wong"), (2, "Clerk Lee")):
            paper.enter(cid, judge, entrant_id(chair, code), clerk, name, _marks(6, code))
    results = ResultsService(chair)
    results.fix_method(cid, Method.MEAN)
    view = results.compute(cid)
    assert view.matrix.complete and view.matrix.count(CellStatus.PAPER) == 8
    assert all(row.paper_judges == (view.judges[6].uid,) for row in view.rows)

    # The seventh judge's signed sheet carries the same marks: the same results.
    signed = chair_copy(demo_template, tmp_path / "signed.db")
    SheetImportService(signed).import_paths(cid, list(sheets.sheets))
    ResultsService(signed).fix_method(cid, Method.MEAN)
    assert ResultsService(signed).compute(cid).value_keys == view.value_keys
    signed.close()

    con = sqlite3.connect(chair.path)
    con.execute("UPDATE scores SET value = '0' WHERE source = 'paper' AND id = "
                "(SELECT min(id) FROM scores WHERE source = 'paper')")
    con.commit()
    con.close()
    with pytest.raises(ConflictError, match="paper marks"):
        results.compute(cid)


def test_paper_marks_travel_in_the_signed_report_and_recompute(chair, sheets,
                                                               tmp_path) -> None:
    from judgepanel.services.chair_credential import ChairCredentialService
    from judgepanel.services.recompute import recompute
    from tests.services.results_helpers import CHAIR_PASS, PANEL_PASS

    cid = competition_id(chair)
    SheetImportService(chair).import_paths(cid, list(sheets.sheets[:6]))
    paper = PaperEntryService(chair)
    for code in ("IMMD", "FSD", "HKPO", "HKPF", "LCSD", "HKO", "IRD", "CSD"):
        for clerk, name in ((1, "Clerk Wong"), (2, "Clerk Lee")):
            paper.enter(cid, judge_ids(chair)[6], entrant_id(chair, code), clerk, name,
                        _marks(6, code))
    results = ResultsService(chair)
    results.fix_method(cid, Method.MEAN)
    results.record_casting_decision(cid, ["HKPF", "HKPO"], "Decided by the chair")
    ChairCredentialService(chair).issue(cid, "Chair", PANEL_PASS, CHAIR_PASS)
    signed = results.build_report(cid, CHAIR_PASS)
    files = [(p.name, p.read_bytes()) for p in sheets.sheets[:6]]
    report = recompute(signed.pdf, files)
    assert report.matches, report
    assert len(report.used_sheets) == 6
