"""The chair's results workspace, driven by clicks, keys and drops: import (files, folder,
drag and drop, cancel), the completeness matrix, fixing the method, the casting decision, the
override, paper entry, the chart, exports and the signed report."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from judgepanel.domain.aggregation import Method
from judgepanel.domain.results import CellStatus, ImportOutcomeKind
from judgepanel.ui.results_dialogs import (
    CastingDialog,
    ChairCredentialDialog,
    MethodDialog,
    OverrideDialog,
    PaperEntryDialog,
    SignReportDialog,
)
from judgepanel.ui.results_models import Cell, GridModel
from judgepanel.ui.results_workspace import CELL_COLOURS, ResultsWorkspace
from tests.services.results_helpers import CHAIR_PASS, PANEL_PASS, marks_for


@pytest.fixture
def services(tmp_path: Path, demo_template: Path):
    from judgepanel.app import build_services

    path = tmp_path / "chair.db"
    shutil.copyfile(demo_template, path)
    built = build_services(str(path), load_demo_if_new=False)
    yield built
    built.db.close()


def _workspace(qtbot, services) -> ResultsWorkspace:
    ws = ResultsWorkspace(services)
    qtbot.addWidget(ws)
    ws.resize(1366, 720)
    ws.show()
    qtbot.waitExposed(ws)
    _settled(qtbot, ws)
    return ws


def _settled(qtbot, ws) -> None:
    """Waits for the results computed off the GUI thread to be on screen."""
    qtbot.waitUntil(lambda: not ws.computing, timeout=60_000)


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _ok(qtbot, dialog) -> None:
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def _import(qtbot, ws, paths) -> object:
    ws.choose_files = lambda: [str(p) for p in paths]
    with qtbot.waitSignal(ws.sheets_imported, timeout=60_000) as blocker:
        _click(qtbot, ws.import_files_button)
    _settled(qtbot, ws)
    return blocker.args[0]


def _fix_method(qtbot, ws, method: Method = Method.MEAN) -> None:
    _click(qtbot, ws.method_button)
    dialog = ws.active_dialog
    assert isinstance(dialog, MethodDialog)
    assert not dialog.ok_button.isEnabled()  # nothing is fixed without the confirmation
    dialog.method.setFocus()
    while dialog.selected_method() is not method:
        qtbot.keyClick(dialog.method, Qt.Key.Key_Down)
    _click(qtbot, dialog.confirm)
    qtbot.keyClicks(dialog.note, "Agreed at the first meeting")
    with qtbot.waitSignals([ws.decision_recorded, ws.results_changed], timeout=60_000):
        _ok(qtbot, dialog)


def test_drop_a_folder_then_fix_the_method_and_read_the_results(qtbot, services,
                                                                sheets) -> None:
    ws = _workspace(qtbot, services)
    assert ws.banner.text().startswith("0 signed sheets imported")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sheets.folder))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(ws, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(ws.sheets_imported, timeout=60_000) as blocker:
        QApplication.sendEvent(ws, drop)
    _settled(qtbot, ws)
    report = blocker.args[0]
    assert report.count(ImportOutcomeKind.REJECTED) == 3  # the three sheets that don't belong
    assert ws.log_model.rowCount() == 11
    outcomes = {ws.log_model.cell(r, 0).text: ws.log_model.cell(r, 1).text
                for r in range(ws.log_model.rowCount())}
    assert outcomes["judge1.pdf"] == "imported" and outcomes["stranger.pdf"] == "rejected"
    assert outcomes["judge2.pdf"] == "older revision, kept on record"
    stranger = next(r for r in range(ws.log_model.rowCount())
                    if ws.log_model.cell(r, 0).text == "stranger.pdf")
    assert "not on this competition's roster" in ws.log_model.cell(stranger, 4).text

    # The matrix says it in words and in colour.
    matrix = ws.matrix_model
    assert matrix.rowCount() == 7 and matrix.columnCount() == 8
    csd = matrix.headers().index("CSD")
    recused = matrix.index(5, csd)
    assert recused.data() == "recused"
    assert recused.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(
        CELL_COLOURS[CellStatus.RECUSED])
    assert matrix.index(0, 0).data() == "signed"
    assert "Fix the aggregation method" in ws.banner.text()
    assert ws.results_model.rowCount() == 0  # nothing ranked before the method is fixed

    _fix_method(qtbot, ws, Method.MEDIAN)
    assert ws.view is not None and ws.view.method is Method.MEDIAN
    assert not ws.method_button.isEnabled()
    assert ws.results_model.rowCount() == 8
    assert ws.results_model.headers()[2] == "Median of judges' totals"
    assert ws.results_model.cell(0, 1).text == "Immigration Department"


def test_casting_decision_chart_comparison_and_exports(qtbot, services, sheets,
                                                       tmp_path: Path) -> None:
    ws = _workspace(qtbot, services)
    _import(qtbot, ws, sheets.sheets)
    _fix_method(qtbot, ws)
    assert "casting decision" in ws.banner.text()
    assert ws.casting_button.isEnabled() and not ws.pdf_button.isEnabled()
    assert "Tied at the cut" in ws.awards_label.text()

    _click(qtbot, ws.casting_button)
    dialog = ws.active_dialog
    assert isinstance(dialog, CastingDialog)
    first = dialog.chosen_order()
    dialog.order.setCurrentRow(1)
    _click(qtbot, dialog.findChild(type(dialog.ok_button), "moveUp"))
    assert dialog.chosen_order() == list(reversed(first))
    _ok(qtbot, dialog)
    assert "reason" in dialog.message.text()  # a reason is required
    qtbot.keyClicks(dialog.reason, "The chair preferred this presentation")
    with qtbot.waitSignals([ws.decision_recorded, ws.results_changed], timeout=60_000):
        _ok(qtbot, dialog)
    winners = [f.code for f in ws.view.awards.winners]
    assert winners == ["IMMD", "FSD", first[1]]
    assert "Final" in ws.banner.text()

    ws.tabs.setCurrentIndex(3)
    assert len(ws.chart.bars()) == 8 and ws.chart.bars()[0].highlight
    assert len(ws.chart.bars()[0].markers) == 7
    assert not ws.chart.grab().isNull()
    ws.chart_mode.setCurrentIndex(1)
    assert len(ws.chart.bars()[0].parts) == 3
    assert "Every method gives the same award winners" in ws.comparison_flag.text() or \
        "would differ" in ws.comparison_flag.text()
    assert ws.comparison_model.columnCount() == 6
    assert "Kendall's W" in ws.kendall_label.text()
    assert ws.agreement_model.rowCount() == 7

    written: list[str] = []
    ws.file_written.connect(written.append)
    target = tmp_path / "order.csv"
    ws.choose_save_path = lambda _title, _suggested: str(target)
    _click(qtbot, ws.csv_button)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf") and written == [str(target)]
    ws.choose_save_path = lambda _title, _suggested: str(tmp_path / "results.xlsx")
    _click(qtbot, ws.xlsx_button)
    assert (tmp_path / "results.xlsx").stat().st_size > 1000


def test_chair_credential_then_the_signed_report(qtbot, services, sheets,
                                                 tmp_path: Path) -> None:
    from judgepanel.services.results import ResultsService
    from judgepanel.signing.pdf import verify_pdf

    ws = _workspace(qtbot, services)
    _import(qtbot, ws, sheets.sheets)
    _fix_method(qtbot, ws)
    ResultsService(services.db).record_casting_decision(
        ws.competition_id, ["HKPO", "HKPF"], "Decided by the chair after discussion")
    with qtbot.waitSignal(ws.results_changed, timeout=60_000):
        ws.refresh()
    assert not ws.pdf_button.isEnabled()  # no chair's credential yet
    _click(qtbot, ws.chair_button)
    dialog = ws.active_dialog
    assert isinstance(dialog, ChairCredentialDialog)
    qtbot.keyClicks(dialog.name_en, "Mrs. Susan Lam")
    qtbot.keyClicks(dialog.authority, PANEL_PASS.decode())
    qtbot.keyClicks(dialog.passphrase, CHAIR_PASS.decode())
    qtbot.keyClicks(dialog.repeat, "something else")
    _ok(qtbot, dialog)
    assert "differ" in dialog.message.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, CHAIR_PASS.decode())
    with qtbot.waitSignals([ws.decision_recorded, ws.results_changed], timeout=60_000):
        _ok(qtbot, dialog)
    assert ws.pdf_button.isEnabled()

    target = tmp_path / "results.pdf"
    ws.choose_save_path = lambda _title, _suggested: str(target)
    _click(qtbot, ws.pdf_button)
    dialog = ws.active_dialog
    assert isinstance(dialog, SignReportDialog)
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert "passphrase" in dialog.message.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, CHAIR_PASS.decode())
    with qtbot.waitSignal(ws.file_written, timeout=60_000):
        _ok(qtbot, dialog)
    check = verify_pdf(target.read_bytes(), services.sheets.trust_roots())
    assert check.ok and check.signer_common_name == "Mrs. Susan Lam"
    _settled(qtbot, ws)  # the results computed after signing keep the notice in view
    assert ws.banner.text().startswith(f"Wrote {target}.") and "Final" in ws.banner.text()


def test_missing_sheets_the_override_and_paper_entry(qtbot, services, sheets) -> None:
    ws = _workspace(qtbot, services)
    _import(qtbot, ws, sheets.sheets[:6])
    _fix_method(qtbot, ws)
    assert "Provisional" in ws.banner.text() and ws.override_button.isEnabled()
    assert ws.matrix_model.index(6, 0).data() == "MISSING"

    _click(qtbot, ws.override_button)
    dialog = ws.active_dialog
    assert isinstance(dialog, OverrideDialog)
    qtbot.keyClicks(dialog.reason, "ok")
    _ok(qtbot, dialog)
    assert "reason" in dialog.message.text()
    qtbot.keyClicks(dialog.reason, " - judge 7 withdrew; the panel agreed to proceed")
    with qtbot.waitSignals([ws.decision_recorded, ws.results_changed], timeout=60_000):
        _ok(qtbot, dialog)
    assert "Provisional" not in ws.banner.text() and ws.view.final
    assert "judge 7 withdrew" in ws.matrix_legend.text()

    _click(qtbot, ws.paper_button)
    dialog = ws.active_dialog
    assert isinstance(dialog, PaperEntryDialog)
    dialog.judge.setCurrentIndex(6)
    dialog.finalist.setCurrentIndex([dialog.finalist.itemText(i).split(" ")[0]
                                     for i in range(dialog.finalist.count())].index("IMMD"))
    marks = dict(zip(("service_quality", "efficiency", "cost_effectiveness"),
                     (str(v) for v in marks_for(6, "IMMD")), strict=True))

    def key(clerk_button, name: str) -> None:
        _click(qtbot, clerk_button)
        dialog.clerk_name.clear()
        qtbot.keyClicks(dialog.clerk_name, name)
        for code, value in marks.items():
            qtbot.keyClicks(dialog.marks[code], value)
        _ok(qtbot, dialog)

    key(dialog.first, "Clerk Wong")
    assert "other clerk" in dialog.message.text() and dialog.isVisible()
    key(dialog.second, "Clerk Lee")
    assert "accepted" in dialog.message.text()
    assert dialog.status_model.cell(0, 4).text == "accepted"
    dialog.reject()
    _settled(qtbot, ws)
    column = ws.matrix_model.headers().index("IMMD")
    assert ws.matrix_model.index(6, column).data() == "paper"


def test_cancelling_a_folder_import(qtbot, services, sheets) -> None:
    ws = _workspace(qtbot, services)
    ws.choose_folder = lambda: str(sheets.folder)
    with qtbot.waitSignal(ws.sheets_imported, timeout=60_000) as blocker:
        _click(qtbot, ws.import_folder_button)
        assert ws.progress_box.isVisible() and not ws.import_files_button.isEnabled()
        _click(qtbot, ws.cancel_button)
    report = blocker.args[0]
    assert report.cancelled and len(report.outcomes) < 11
    assert "cancelled" in ws.progress_label.text()
    assert ws.import_files_button.isEnabled()


def test_the_grid_model_passes_the_model_tester(qtmodeltester) -> None:
    model = GridModel()
    model.set_grid(["A", "B"], [[Cell("1", "#ffffff", "tip", right=True), Cell("2")],
                                [Cell("3", bold=True)]], ["r1", "r2"])
    qtmodeltester.check(model)
    model.set_grid([], [])
    qtmodeltester.check(model)


def test_the_workspace_speaks_chinese(qtbot, services, sheets) -> None:
    from judgepanel.ui import i18n

    ws = _workspace(qtbot, services)
    _import(qtbot, ws, sheets.sheets[:2])
    i18n.set_language("zh_HK")
    QApplication.sendPostedEvents(None, 0)
    qtbot.waitUntil(lambda: ws.import_files_button.text() != "&Import sheets…")
    assert "匯入" in ws.import_files_button.text()
    assert ws.tabs.tabText(1) == "評分狀況"
    assert any(ws.matrix_model.index(0, c).data() == "已簽署"
               for c in range(ws.matrix_model.columnCount()))
    i18n.set_language("en")


def test_the_results_are_computed_off_the_gui_thread_and_appear_when_ready(
        qtbot, services, sheets) -> None:
    from judgepanel.services.results import ResultsService

    ws = _workspace(qtbot, services)
    _import(qtbot, ws, sheets.sheets)
    ResultsService(services.db).fix_method(ws.competition_id, Method.MEAN, note="Agreed")
    shown: list[object] = []
    ws.results_changed.connect(shown.append)
    with qtbot.waitSignal(ws.results_changed, timeout=60_000):
        ws.refresh()
        # Until the worker answers, the tab still shows the status before the method was
        # fixed, and nothing that acts on the results can be pressed.
        assert ws.computing and ws.view is None
        assert not ws.method_button.isEnabled() and not ws.csv_button.isEnabled()
    assert not ws.computing and not ws.busy_box.isVisible()
    assert shown == [ws.view] and ws.view is not None and ws.view.method is Method.MEAN
    assert ws.results_model.rowCount() == 8
    assert "casting decision" in ws.banner.text()


def test_a_newer_refresh_wins_over_a_computation_already_running(qtbot, services,
                                                                  sheets) -> None:
    from judgepanel.services.results import ResultsService

    ws = _workspace(qtbot, services)
    _import(qtbot, ws, sheets.sheets)
    shown: list[object] = []
    ws.results_changed.connect(shown.append)
    ws.refresh()  # starts reading: the method is not fixed yet
    assert ws.computing
    # The inputs change while the first computation runs; its answer is now stale.
    ResultsService(services.db).fix_method(ws.competition_id, Method.MEDIAN, note="Agreed")
    ws.refresh()
    qtbot.waitUntil(lambda: bool(shown) and not ws.computing, timeout=60_000)
    # Only the answer to the newest request was shown.
    assert len(shown) == 1 and shown[0] is ws.view
    assert ws.view is not None and ws.view.method is Method.MEDIAN
    assert ws.results_model.headers()[2] == "Median of judges' totals"
