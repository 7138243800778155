"""The "Entrants" and "Preliminary" pages: dialogs, CSV import with every problem shown, and
scores typed into the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from judgepanel.ui.setup_preliminary import SITE_VISIT_COLUMN, SUBMISSION_COLUMN
from judgepanel.ui.setup_workspace import SetupWorkspace


@pytest.fixture
def workspace(qtbot, demo_db):
    w = SetupWorkspace(demo_db)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def open_workspace(workspace):
    """The demo with its shortlist reset, so entrants and preliminary scores may change."""
    workspace.services.shortlist.reset(workspace.competition_id, "Testing the set-up pages.")
    workspace.refresh()
    return workspace


def ime(widget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _editor(view) -> QLineEdit:
    """The cell editor the view opened (offscreen, no window has the keyboard focus)."""
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_add_and_edit_an_entrant(open_workspace, qtbot) -> None:
    page = open_workspace.show_page(1)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.code, "EPD")
    qtbot.keyClicks(dialog.name_en, "Environmental Protection Department")
    ime(dialog.name_zh, "環境保護署")
    dialog.category.setFocus()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    assert dialog.category.currentText() == "Team"
    with qtbot.waitSignal(open_workspace.competition_changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 24
    assert page.count_label.text() == "24 entrants"
    epd = next(e for e in page.model.rows() if e.code == "EPD")
    assert epd.name.zh == "環境保護署" and epd.category.value == "team"

    row = page.model.rows().index(epd)
    page.view.selectRow(row)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClick(dialog.code, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.code, "immd")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message_box.text() == (
        "The code immd is already used by IMMD Immigration Department.")
    dialog.message_box.close()
    dialog.reject()


def test_remove_an_entrant_after_confirmation(open_workspace, qtbot) -> None:
    page = open_workspace.show_page(1)
    page.view.selectRow(0)
    code = page.model.row_at(0).code
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    box = page.message_box
    assert code in box.text()
    qtbot.mouseClick(box.button(box.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert code not in {e.code for e in page.model.rows()}


def test_removal_refused_while_finalists_are_confirmed(workspace, qtbot) -> None:
    page = workspace.show_page(1)
    page.view.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    question = page.message_box
    qtbot.mouseClick(question.button(question.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert "already confirmed" in page.message_box.text()
    assert page.model.rowCount() == 23


def test_bad_csv_shows_every_problem_and_imports_nothing(open_workspace, tmp_path: Path) -> None:
    page = open_workspace.show_page(1)
    path = tmp_path / "new.csv"
    path.write_text(
        "code,name_en,name_zh,category\n"
        "EPD,Environmental Protection Department,環境保護署,department\n"
        "IMMD,Immigration again,入境處,department\n"
        "PLAND,Planning Department,,department\n"
        "EPD,Another,另一,team\n", encoding="utf-8")
    page.import_csv(str(path))
    box = page.message_box
    assert box.text() == "new.csv was refused and nothing was imported. Problems found: 3."
    assert box.informativeText().splitlines() == [
        "Line 3, column code: The code IMMD is already used by IMMD Immigration Department.",
        "Line 4, column name_zh: The entrant's Chinese name cannot be empty.",
        "Line 5, column code: The code EPD is already used on line 2.",
    ]
    assert "Line 5, column code" in box.detailedText()
    assert page.model.rowCount() == 23
    box.close()


def test_good_csv_is_imported(open_workspace, tmp_path: Path, qtbot) -> None:
    page = open_workspace.show_page(1)
    path = tmp_path / "more.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (
        "code,name_en,name_zh,category\n"
        "EPD,Environmental Protection Department,環境保護署,department\n"
        "PLAND,Planning Department,規劃署,department\n").encode())
    with qtbot.waitSignal(open_workspace.competition_changed, timeout=2000):
        page.import_csv(str(path))
    assert page.model.rowCount() == 25
    assert page.status.text() == "Imported 2 entrants from more.csv."


def test_import_button_opens_a_qt_file_dialog(open_workspace, qtbot) -> None:
    page = open_workspace.show_page(1)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.dialog.isVisible() and page.dialog.objectName() == "setupFileDialog"
    page.dialog.reject()


def test_type_preliminary_scores(open_workspace, qtbot) -> None:
    page = open_workspace.show_page(2)
    assert page.model.flags(page.model.index(0, SUBMISSION_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    first = page.model.row_at(0)
    page.edit_cell(0, SUBMISSION_COLUMN)
    qtbot.keyClicks(page.view, "7")
    editor = _editor(page.view)
    assert editor.text() == "7"
    qtbot.keyClicks(editor, "1.5")
    with qtbot.waitSignal(open_workspace.competition_changed, timeout=2000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.model.index(0, SUBMISSION_COLUMN).data() == "71.5"
    rows = open_workspace.services.preliminary.rows(open_workspace.competition_id)
    assert str(next(r for r in rows if r.entrant.id == first.entrant.id).submission) == "71.5"
    assert page.status.text() == f"Saved {first.entrant.code}."

    before = page.model.index(1, SITE_VISIT_COLUMN).data()
    page.edit_cell(1, SITE_VISIT_COLUMN)
    qtbot.keyClicks(page.view, "1")
    editor = _editor(page.view)
    qtbot.keyClicks(editor, "01")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message_box is not None, timeout=2000)
    box = page.message_box
    assert box.text().endswith("must be between 0 and 100 (got 101).")
    assert page.model.index(1, SITE_VISIT_COLUMN).data() == before
    box.close()


def test_preliminary_scores_read_only_once_confirmed(workspace, qtmodeltester) -> None:
    page = workspace.show_page(2)
    assert not page.model.flags(page.model.index(0, SUBMISSION_COLUMN)) & \
        Qt.ItemFlag.ItemIsEditable
    assert "fixed" in page.progress.text()
    qtmodeltester.check(page.model)
