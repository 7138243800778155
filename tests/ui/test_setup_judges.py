"""The "Judges & conflicts" and "Schedule" pages: roster and conflict dialogs, the balance
warning, slot and plan dialogs, the overlap refusal and the PDF written off the GUI thread."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from judgepanel.ui.setup_workspace import SetupWorkspace


@pytest.fixture
def workspace(qtbot, demo_db):
    w = SetupWorkspace(demo_db)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def ime(widget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


# -- judges ---------------------------------------------------------------------------------------
def test_balance_warning_on_the_demo(workspace) -> None:
    page = workspace.show_page(5)
    assert page.warning_banner.isVisible()
    assert page.warning_texts() == [
        "Correctional Services Department will have no staff-side judge (recused: Mr. Ho "
        "Kwok-wing)."]
    assert page.judges_model.index(5, 6).data() == "CSD"
    assert page.conflicts_model.index(0, 3).data() == "2003-01-06 10:00"


def test_add_a_staff_side_judge_clears_the_warning(workspace, qtbot) -> None:
    page = workspace.show_page(5)
    qtbot.mouseClick(page.add_judge_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.name_en, "Ms. Lee Siu-ling")
    ime(dialog.name_zh, "李小玲女士")
    qtbot.keyClicks(dialog.title, "Staff Side Representative")
    dialog.affiliation.setFocus()
    for _ in range(3):
        qtbot.keyClick(dialog.affiliation, Qt.Key.Key_Down)
    assert dialog.affiliation.currentText() == "Staff side, central consultative councils"
    qtbot.keyClicks(dialog.contact, "lee@example.org")
    with qtbot.waitSignal(workspace.competition_changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert page.judges_model.rowCount() == 8
    assert page.judges_model.index(7, 5).data() == "lee@example.org"
    assert not page.warning_banner.isVisible()


def test_declare_a_conflict_raises_a_warning(workspace, qtbot) -> None:
    page = workspace.show_page(5)
    page.judges_view.selectRow(0)  # the only Legislative Council judge
    qtbot.mouseClick(page.declare_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.judge.currentText() == "Hon. Margaret Leung Wai-ling"
    dialog.entrant.setCurrentIndex(dialog.entrant.findText("IMMD", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "cannot be empty" in dialog.message_box.text()
    dialog.message_box.close()
    qtbot.keyClicks(dialog.reason, "Former Immigration officer")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert page.conflicts_model.rowCount() == 2
    assert "Immigration Department will have no Legislative Council judge" in \
        page.warning_banner.text()

    row = next(i for i, c in enumerate(page.conflicts_model.rows()) if c.entrant.code == "IMMD")
    page.conflicts_view.selectRow(row)
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    box = page.message_box
    qtbot.mouseClick(box.button(box.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert page.conflicts_model.rowCount() == 1
    assert "Immigration" not in page.warning_banner.text()


def test_edit_and_remove_a_judge(workspace, qtbot) -> None:
    page = workspace.show_page(5)
    page.judges_view.selectRow(6)
    qtbot.mouseClick(page.edit_judge_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.name_en.text() == "Mr. Tsang Yiu-fai"
    qtbot.keyClicks(dialog.organisation, " (Chairman)")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert page.judges_model.index(6, 4).data() == "Sha Tin District Council (Chairman)"
    page.judges_view.selectRow(6)
    qtbot.mouseClick(page.remove_judge_button, Qt.MouseButton.LeftButton)
    box = page.message_box
    qtbot.mouseClick(box.button(box.StandardButton.No), Qt.MouseButton.LeftButton)
    assert page.judges_model.rowCount() == 7
    qtbot.mouseClick(page.remove_judge_button, Qt.MouseButton.LeftButton)
    box = page.message_box
    qtbot.mouseClick(box.button(box.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert page.judges_model.rowCount() == 6


# -- schedule -------------------------------------------------------------------------------------
def test_overlapping_slot_refused_in_the_dialog(workspace, qtbot) -> None:
    page = workspace.show_page(6)
    assert page.model.rowCount() == 8 and page.unscheduled.text() == "Every finalist has a slot."
    page.view.selectRow(1)  # IRD, 10:00
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.when.at.time() == QTime(10, 0)
    dialog.when.at.setFocus()
    qtbot.keyClick(dialog.when.at, Qt.Key.Key_Down)  # 09:00: clashes with nothing? 09:00–09:25
    assert dialog.when.at.time() == QTime(9, 0)
    dialog.when.at.setTime(QTime(9, 45))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message_box.text().startswith(
        "Leisure and Cultural Services Department (2003-01-18 09:30–09:55) and Inland Revenue "
        "Department (2003-01-18 09:45–10:10) would overlap")
    dialog.message_box.close()
    dialog.when.at.setTime(QTime(9, 0))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [page.model.index(r, 4).data() for r in range(2)] == ["IRD", "LCSD"]
    assert page.model.index(0, 2).data() == "09:00"


def test_plan_dialog_lays_out_every_finalist(workspace, qtbot) -> None:
    page = workspace.show_page(6)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)  # nothing selected: no-op
    page.view.selectRow(7)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.unscheduled.text() == "Not yet scheduled: HKPF."
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.order.count() == 8
    dialog.order.setCurrentRow(7)
    qtbot.mouseClick(dialog.up, Qt.MouseButton.LeftButton)
    dialog.when.at.setTime(QTime(14, 0))
    dialog.changeover.setValue(10)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert [page.model.index(r, 4).data() for r in (6, 7)] == ["HKPF", "IMMD"]
    assert [page.model.index(r, 2).data() for r in (0, 1)] == ["14:00", "14:35"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_save_schedule_pdf_off_the_gui_thread(workspace, qtbot, tmp_path: Path) -> None:
    page = workspace.show_page(6)
    target = tmp_path / "schedule.pdf"
    outcome: list[object] = []
    page.pdf_saved.connect(outcome.append)
    page.pdf_failed.connect(outcome.append)
    page.save_pdf(str(target))
    qtbot.waitUntil(lambda: bool(outcome), timeout=30000)
    assert outcome == [str(target)]
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    for slot in page.model.rows():
        assert slot.entrant.name.en in flat
    assert page.status.text() == f"The schedule was saved as {target}."


def test_pdf_failure_is_reported(workspace, qtbot, tmp_path: Path) -> None:
    page = workspace.show_page(6)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with qtbot.waitSignal(page.pdf_failed, timeout=30000):
        page.save_pdf(str(blocker / "schedule.pdf"))
    assert page.message_box.text().startswith("Cannot write")
