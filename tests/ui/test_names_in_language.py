"""Names shown in the window's language: judges in the import log and the Verify window,
criteria in paper entry; the Verify report reads from the top."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from judgepanel.domain.results import ImportOutcomeKind
from judgepanel.services.competitions import CompetitionService
from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE
from judgepanel.services.sheets import SheetService
from judgepanel.ui import i18n
from judgepanel.ui.results_dialogs import PaperEntryDialog
from judgepanel.ui.results_workspace import ResultsWorkspace
from judgepanel.ui.sheet_dialogs import VerifyDialog
from tests.services.results_helpers import marks_for


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _chinese(qtbot, widget, probe) -> None:
    """Switches to Chinese as the View menu does, and waits for ``widget`` to follow."""
    i18n.set_language("zh_HK")
    QApplication.sendPostedEvents(None, 0)
    qtbot.waitUntil(probe, timeout=5000)


@pytest.fixture
def services(tmp_path: Path, demo_template: Path):
    from judgepanel.app import build_services

    path = tmp_path / "chair.db"
    shutil.copyfile(demo_template, path)
    built = build_services(str(path), load_demo_if_new=False)
    yield built
    built.db.close()


def _judges(services) -> dict[str, str]:
    """English name → Chinese name of every judge on the panel."""
    cid = services.competitions.default_competition_id()
    return {j.name.en: j.name.zh for j in services.competitions.overview(cid).judges}


def _workspace(qtbot, services) -> ResultsWorkspace:
    ws = ResultsWorkspace(services)
    qtbot.addWidget(ws)
    ws.resize(1366, 720)
    ws.show()
    qtbot.waitUntil(lambda: not ws.computing, timeout=60_000)
    return ws


def _import(qtbot, ws, paths) -> object:
    ws.choose_files = lambda: [str(p) for p in paths]
    with qtbot.waitSignal(ws.sheets_imported, timeout=60_000) as blocker:
        qtbot.mouseClick(ws.import_files_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ws.computing, timeout=60_000)
    return blocker.args[0]


def _log_judges(ws) -> list[str]:
    column = ws.log_model.headers().index(ws.tr("Judge"))
    return [ws.log_model.index(row, column).data() for row in range(ws.log_model.rowCount())]


def test_the_import_log_names_every_judge_in_the_window_language(qtbot, services,
                                                                 sheets) -> None:
    names = _judges(services)
    ws = _workspace(qtbot, services)
    first = _import(qtbot, ws, sheets.sheets[:2])
    again = _import(qtbot, ws, sheets.sheets[:1])  # the same file once more
    assert [o.outcome for o in again.outcomes] == [ImportOutcomeKind.DUPLICATE]
    judges = _log_judges(ws)
    assert len(judges) == 3 and all(judges), judges
    outcome = ws.log_model.headers().index(ws.tr("Outcome"))
    duplicate = next(row for row in range(3)
                     if ws.log_model.index(row, outcome).data() == "already imported")
    assert judges[duplicate] == first.outcomes[0].judge_name

    _chinese(qtbot, ws, lambda: _log_judges(ws)[0] != judges[0])
    assert _log_judges(ws) == [names[n] for n in judges]
    i18n.set_language("en")


def test_the_stored_import_log_names_judges_in_chinese(qtbot, services, sheets) -> None:
    names = _judges(services)
    ws = _workspace(qtbot, services)
    _import(qtbot, ws, sheets.sheets[:2])
    later = _workspace(qtbot, services)  # the log as read back from the database
    english = _log_judges(later)
    assert len(english) == 2 and all(english)
    _chinese(qtbot, later, lambda: _log_judges(later)[0] != english[0])
    assert _log_judges(later) == [names[n] for n in english]
    i18n.set_language("en")


def test_paper_entry_names_the_criteria_that_differ(qtbot, services) -> None:
    cid = services.competitions.default_competition_id()
    overview = CompetitionService(services.db).overview(cid)
    from judgepanel.services.paper_entry import PaperEntryService
    from judgepanel.services.results import ResultsService

    matrix = ResultsService(services.db).status(cid).matrix
    dialog = PaperEntryDialog(PaperEntryService(services.db), cid, matrix.judges,
                              matrix.finalists, overview.criteria)
    qtbot.addWidget(dialog)
    dialog.show()
    i18n.set_language("zh_HK")
    marks = dict(zip(("service_quality", "efficiency", "cost_effectiveness"),
                     (str(v) for v in marks_for(6, "IMMD")), strict=True))
    dialog.judge.setCurrentIndex(6)
    dialog.finalist.setCurrentIndex([dialog.finalist.itemText(i).split(" ")[0]
                                     for i in range(dialog.finalist.count())].index("IMMD"))

    def key(clerk_button, name: str, values: dict[str, str]) -> None:
        qtbot.mouseClick(clerk_button, Qt.MouseButton.LeftButton)
        dialog.clerk_name.clear()
        qtbot.keyClicks(dialog.clerk_name, name)
        for code, value in values.items():
            qtbot.keyClicks(dialog.marks[code], value)
        _ok(qtbot, dialog)

    key(dialog.first, "Clerk Wong", marks)
    wrong = dict(marks, cost_effectiveness="1", efficiency="1")
    key(dialog.second, "Clerk Lee", wrong)
    message, status = dialog.message.text(), dialog.status_model.cell(0, 4).text
    i18n.set_language("en")
    for text in (message, status):
        assert "工作效率、成本效益" in text, text
        assert "cost_effectiveness" not in text and "efficiency" not in text


def test_the_verify_window_names_the_judge_in_chinese_from_the_top(qtbot, demo_db, score_all,
                                                                    tmp_path: Path) -> None:
    score_all(demo_db, 1)
    signed = SheetService(demo_db).sign(1, DEMO_JUDGE_PASSPHRASE.encode())
    sheet = tmp_path / "judge1.pdf"
    sheet.write_bytes(signed.pdf)
    judge = CompetitionService(demo_db).overview(1).judges[0]
    assert judge.id == 1 and judge.name.zh

    i18n.set_language("zh_HK")
    dialog = VerifyDialog(SheetService(demo_db).trust_roots())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file, str(sheet))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    report = dialog.report.text()
    i18n.set_language("en")
    # The signer is the certificate's own name, as issued; the judge is named in Chinese.
    (judge_line,) = [line for line in report.splitlines() if line.startswith("評判：")]
    assert judge.name.zh in judge_line and judge.name.en not in judge_line
    # The report starts at the top of its space, right under the file field.
    assert dialog.report.alignment() & Qt.AlignmentFlag.AlignTop
    assert dialog.report.height() > dialog.report.sizeHint().height()  # with space below
