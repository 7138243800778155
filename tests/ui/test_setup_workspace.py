"""The set-up workspace and its "Competition & criteria" page, driven by keys and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from judgepanel.services.setup import SetupServices
from judgepanel.ui import i18n
from judgepanel.ui.setup_competition import BandsModel
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


def _type(qtbot, edit, text: str) -> None:
    """Replaces a line edit's text as a user would: select all, then type."""
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def ime(widget, text: str) -> None:
    """Chinese arrives through an input method: a commit string, not key presses."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_accepts_app_services_or_database(qtbot, demo_db) -> None:
    class AppServices:
        db = demo_db

    for services in (demo_db, AppServices(), SetupServices.from_database(demo_db)):
        w = SetupWorkspace(services)
        qtbot.addWidget(w)
        assert w.competition_id is not None
    with pytest.raises(TypeError):
        SetupWorkspace(object())


def test_opens_on_the_demo_and_navigates(workspace, qtbot) -> None:
    assert workspace.competition_combo.currentText().startswith(
        "Civil Service Customer Service Award Scheme 2002-03")
    page = workspace.competition_page
    assert page.form.name_zh.text() == "2002-03年度公務員顧客服務獎勵計劃"
    assert page.criteria_model.rowCount() == 3
    assert page.total_label.text().startswith("Total weight: 100")
    assert page.criteria_model.index(0, 3).data() == "40.0%"
    workspace.nav.setFocus()
    qtbot.keyClick(workspace.nav, Qt.Key.Key_Down)
    assert workspace.stack.currentWidget() is workspace.entrants_page
    assert workspace.entrants_page.model.rowCount() == 23
    for i in range(2, 7):
        workspace.show_page(i)
        assert workspace.stack.currentIndex() == i


def test_save_details_with_keys_emits_competition_changed(workspace, qtbot) -> None:
    page = workspace.competition_page
    _type(qtbot, page.form.venue_en, "Hong Kong Central Library")
    with qtbot.waitSignal(workspace.competition_changed, timeout=2000) as signal:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert signal.args == [workspace.competition_id]
    summary = workspace.services.competitions.competition(workspace.competition_id)
    assert summary.venue.en == "Hong Kong Central Library"
    assert page.status.text() == "The competition's details were saved."


def test_finalist_count_change_refused_shows_a_message(workspace, qtbot) -> None:
    page = workspace.competition_page
    page.form.finalist_count.setFocus()
    qtbot.keyClick(page.form.finalist_count, Qt.Key.Key_Up)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    box = page.message_box
    assert box is not None and box.isVisible()
    assert "finalists are already confirmed" in box.text()
    box.close()


def test_add_a_criterion_with_bands_through_the_dialog(workspace, qtbot) -> None:
    page = workspace.competition_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name_en, "Staff attitude")
    ime(dialog.name_zh, "員工態度")
    _type(qtbot, dialog.weight, "20")
    _type(qtbot, dialog.scale_min, "1")
    _type(qtbot, dialog.scale_max, "5")
    _type(qtbot, dialog.scale_step, "1")
    for values in (("1", "3", "Poor to fair", "欠佳至一般"), ("3", "5", "Good", "良好")):
        qtbot.mouseClick(dialog.add_band_button, Qt.MouseButton.LeftButton)
        row = dialog.bands_model.rowCount() - 1
        for column, value in enumerate(values):
            dialog.bands_model.setData(dialog.bands_model.index(row, column), value)

    # Overlapping bands: refused with a message, the dialog stays open for a correction.
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message_box.text() == (
        "Band 1 (1–3) and band 2 (3–5) overlap; each score must belong to one band only.")
    dialog.message_box.close()
    dialog.bands_model.setData(dialog.bands_model.index(1, 0), "4")
    with qtbot.waitSignal(workspace.competition_changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert page.criteria_model.rowCount() == 4
    added = page.criteria_model.row_at(3)
    assert added.name.zh == "員工態度" and len(added.bands) == 2
    assert page.total_label.text().startswith("Total weight: 120")


def test_edit_move_and_remove_criterion(workspace, qtbot) -> None:
    page = workspace.competition_page
    page.criteria_view.selectRow(2)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [c.code for c in page.criteria_model.rows()] == [
        "service_quality", "cost_effectiveness", "efficiency"]
    page.criteria_view.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.bands_model.rowCount() == 5
    _type(qtbot, dialog.weight, "0")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "must be greater than zero" in dialog.message_box.text()
    dialog.message_box.close()
    _type(qtbot, dialog.weight, "50")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.criteria_model.row_at(0).weight == 50

    page.criteria_view.selectRow(1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    question = page.message_box
    assert "Cost-effectiveness" in question.text()
    qtbot.mouseClick(question.button(question.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert [c.code for c in page.criteria_model.rows()] == ["service_quality", "efficiency"]


def test_new_competition_dialog(workspace, qtbot) -> None:
    qtbot.mouseClick(workspace.new_button, Qt.MouseButton.LeftButton)
    dialog = workspace.dialog
    form = dialog.form
    qtbot.keyClicks(form.name_en, "Customer Service Award Scheme 2004")
    ime(form.name_zh, "2004年度顧客服務獎勵計劃")
    qtbot.keyClicks(form.year, "2004")
    qtbot.keyClicks(form.award_en, "Excellence in Customer Service Award")
    # The Chinese award name is missing: refused, with the field named.
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.message_box.text() == "The award's Chinese name cannot be empty."
    dialog.message_box.close()
    ime(form.award_zh, "卓越顧客服務獎")
    with qtbot.waitSignal(workspace.competition_changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert workspace.competition_combo.count() == 2
    assert workspace.competition_combo.currentText() == "Customer Service Award Scheme 2004 (2004)"
    assert workspace.competition_page.criteria_model.rowCount() == 0
    workspace.show_page(1)
    assert workspace.entrants_page.model.rowCount() == 0
    # Back to the demo through the combo box.
    workspace.competition_combo.setCurrentIndex(0)
    assert workspace.entrants_page.model.rowCount() == 23


def test_other_pages_refresh_after_a_change(workspace, qtbot) -> None:
    workspace.show_page(5)
    judges = workspace.judges_page
    assert judges.judges_model.rowCount() == 7
    workspace.services.judges.remove_judge(workspace.competition_id,
                                           judges.judges_model.row_at(6).id)
    workspace.show_page(0)
    workspace.competition_page.changed.emit()  # a change announced by another page
    workspace.show_page(5)
    assert judges.judges_model.rowCount() == 6


def test_switch_to_chinese(workspace, qtbot) -> None:
    i18n.set_language("zh_HK")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert workspace.nav.item(0).text() == "比賽及甄選準則"
    assert workspace.nav.item(3).text() == "公眾投票"
    assert workspace.competition_combo.currentText().startswith("2002-03年度公務員顧客服務獎勵計劃")
    page = workspace.competition_page
    assert page.save_button.text() == "儲存資料(&S)"
    assert page.criteria_model.index(0, 0).data() == "服務質素"
    workspace.show_page(5)
    assert "懲教署" in workspace.judges_page.warning_banner.text()
    assert "職方評判" in workspace.judges_page.warning_banner.text()


def test_models_pass_the_model_tester(workspace, qtmodeltester) -> None:
    qtmodeltester.check(workspace.competition_page.criteria_model)
    bands = BandsModel()
    bands.set_bands([["0", "4", "Weak", "弱"], ["5", "10", "Strong", "強"]])
    qtmodeltester.check(bands)
    workspace.show_page(3)
    qtmodeltester.check(workspace.votes_page.model)
