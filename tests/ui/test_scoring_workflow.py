"""The scoring wizard driven as a judge drives it: by keys, offscreen, on a real SQLite file."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QPlainTextEdit,
    QTabBar,
)

from judgepanel.db.models import ScoreSheet
from judgepanel.domain.judging import JudgePosition, Page
from judgepanel.domain.timer import Alert, PresentationTimer
from judgepanel.services.scoring import ScoringService
from judgepanel.ui.scoring_page import ScoreEntry, SummaryTableModel
from tests.ui.judge_helpers import judge_ids, make_workspace, stored

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def judge(demo_db) -> int:
    return judge_ids(demo_db)[0]


@pytest.fixture
def ws(qtbot, demo_db, judge):
    workspace = make_workspace(qtbot, demo_db)
    workspace.choose_judge(judge)
    return workspace


def _entry(ws) -> ScoreEntry:
    return ws.scoring_page.criterion_panel.entry


def _open_first_by_keyboard(ws, qtbot) -> int:
    table = ws.day_page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert ws.pages.currentWidget() is ws.scoring_page
    return ws.scoring_page.state().entrant.id


def test_a_whole_finalist_scored_by_keyboard_is_stored(ws, qtbot, demo_db, judge) -> None:
    entrant = _open_first_by_keyboard(ws, qtbot)
    page = ws.scoring_page
    assert QApplication.focusWidget() is _entry(ws)
    assert page.criterion_panel.title.text() == "1. Service quality"
    qtbot.keyClicks(_entry(ws), "7.5")
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Return)
    assert page.criterion_panel.title.text() == "2. Efficiency"
    qtbot.keyClicks(_entry(ws), "8")
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Return)
    qtbot.keyClicks(_entry(ws), "6")
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Return)
    assert page.on_summary()
    assert stored(demo_db, judge, entrant) == {
        "service_quality": "7.5", "efficiency": "8", "cost_effectiveness": "6"}
    assert "72.00 out of 100" in page.summary_panel.total.text()
    assert QApplication.focusWidget() is page.next_button
    assert ScoringService(demo_db).position() == JudgePosition(judge, entrant, Page.SUMMARY)
    # Enter on the summary moves on to the next finalist in the schedule.
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    assert page.state().entrant.code == "IRD"
    assert page.current_index() == 0
    assert ws.day().slot_for(entrant) is not None


def test_typed_value_outside_the_scale_is_refused_and_says_why(ws, qtbot, demo_db,
                                                               judge) -> None:
    entrant = _open_first_by_keyboard(ws, qtbot)
    qtbot.keyClicks(_entry(ws), "10.5")
    message = ws.scoring_page.message.text()
    assert "10.5 is outside the scale 0–10 for Service quality" in message
    assert ws.scoring_page.message.property("kind") == "error"
    assert stored(demo_db, judge, entrant) == {"service_quality": "10"}
    qtbot.keyClicks(_entry(ws), "7.3")
    assert "not a multiple of the step 0.5" in ws.scoring_page.message.text()
    assert stored(demo_db, judge, entrant) == {"service_quality": "7"}


def test_arrow_keys_home_end_and_delete(ws, qtbot, demo_db, judge) -> None:
    entrant = _open_first_by_keyboard(ws, qtbot)
    entry = _entry(ws)
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    assert stored(demo_db, judge, entrant)["service_quality"] == "5"
    qtbot.keyClick(entry, Qt.Key.Key_Right)
    assert stored(demo_db, judge, entrant)["service_quality"] == "5.5"
    qtbot.keyClick(entry, Qt.Key.Key_Down)
    qtbot.keyClick(entry, Qt.Key.Key_Left)
    assert stored(demo_db, judge, entrant)["service_quality"] == "4.5"
    qtbot.keyClick(entry, Qt.Key.Key_End)
    assert stored(demo_db, judge, entrant)["service_quality"] == "10"
    qtbot.keyClick(entry, Qt.Key.Key_Home)
    assert stored(demo_db, judge, entrant)["service_quality"] == "0"
    assert ws.scoring_page.criterion_panel.rubric._labels[0].property("current") is True
    qtbot.keyClick(entry, Qt.Key.Key_Delete)
    assert stored(demo_db, judge, entrant)["service_quality"] is None


def test_back_keys_and_rubric_highlight(ws, qtbot) -> None:
    _open_first_by_keyboard(ws, qtbot)
    page = ws.scoring_page
    qtbot.keyClicks(_entry(ws), "7")
    rubric = page.criterion_panel.rubric
    current = [label.property("current") for label in rubric._labels]
    assert current == [False, False, False, True, False]
    assert rubric._labels[3].text().startswith("▶ 7–8.5")
    assert "Often exceeds pledges" in page.criterion_panel.band_text.text()
    qtbot.keyClick(_entry(ws), Qt.Key.Key_PageDown)
    assert page.current_index() == 1
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Backspace)
    assert page.current_index() == 0
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.current_index() == 2
    qtbot.keyClick(_entry(ws), Qt.Key.Key_PageUp)
    assert page.current_index() == 1
    qtbot.keyClick(_entry(ws), Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert page.on_summary()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Escape)
    assert ws.pages.currentWidget() is ws.day_page


def test_summary_flags_missing_criteria_and_f4_jumps_to_the_first(ws, qtbot) -> None:
    _open_first_by_keyboard(ws, qtbot)
    page = ws.scoring_page
    qtbot.keyClicks(_entry(ws), "7")
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Return)
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Return)  # leave efficiency empty
    qtbot.keyClicks(_entry(ws), "6")
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Return)
    assert page.on_summary()
    model = page.summary_panel.model
    assert model.index(1, 2).data() == "Missing"
    assert model.index(1, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert "missing: Efficiency" in page.summary_panel.total.text()
    assert page.summary_panel.missing_button.isVisible()
    qtbot.keyClick(page.next_button, Qt.Key.Key_F4)
    assert page.current_index() == 1
    assert QApplication.focusWidget() is _entry(ws)
    qtbot.keyClicks(_entry(ws), "9")
    qtbot.keyClick(_entry(ws), Qt.Key.Key_M, CTRL)  # nothing missing any more
    assert "Every criterion has a score" in page.message.text()


def test_undo_and_redo_by_keyboard(ws, qtbot, demo_db, judge) -> None:
    entrant = _open_first_by_keyboard(ws, qtbot)
    page = ws.scoring_page
    qtbot.keyClicks(_entry(ws), "7.5")
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Return)
    qtbot.keyClicks(_entry(ws), "4")
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Z, CTRL)
    assert stored(demo_db, judge, entrant) == {"service_quality": "7.5", "efficiency": None}
    assert "Undone" in page.message.text()
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Z, CTRL)  # "7", "7.5" was one entry
    assert stored(demo_db, judge, entrant)["service_quality"] is None
    assert page.current_index() == 0  # the wizard shows what the undo changed
    assert page.criterion_panel.entry.label.text() == "–"
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(demo_db, judge, entrant)["service_quality"] == "7.5"
    assert page.criterion_panel.entry.label.text() == "7.5"
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Y, CTRL)
    assert stored(demo_db, judge, entrant)["efficiency"] == "4"
    assert page.current_index() == 1
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Y, CTRL)
    assert "Nothing to redo" in page.message.text()


def test_undo_from_the_day_list_opens_the_finalist_it_changed(ws, qtbot, demo_db,
                                                              judge) -> None:
    entrant = _open_first_by_keyboard(ws, qtbot)
    qtbot.keyClick(_entry(ws), Qt.Key.Key_PageDown)
    qtbot.keyClicks(_entry(ws), "3")
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Escape)
    assert ws.pages.currentWidget() is ws.day_page
    qtbot.keyClick(ws.day_page.table, Qt.Key.Key_Z, CTRL)
    assert ws.pages.currentWidget() is ws.scoring_page
    assert ws.scoring_page.current_index() == 1
    assert stored(demo_db, judge, entrant)["efficiency"] is None


def test_comments_save_themselves_and_escape_returns_to_the_score(ws, qtbot, demo_db,
                                                                 judge) -> None:
    entrant = _open_first_by_keyboard(ws, qtbot)
    page = ws.scoring_page
    qtbot.keyClick(_entry(ws), Qt.Key.Key_F6)
    box = page.criterion_panel.comment
    assert QApplication.focusWidget() is box
    qtbot.keyClicks(box, "Pledges met")
    scoring = ScoringService(demo_db)

    def saved() -> bool:
        return scoring.finalist_scoring(judge, entrant).criteria[0].comment == "Pledges met"

    qtbot.waitUntil(saved, timeout=5000)  # the autosave pause, not a timing assertion
    assert box.status_label.text() == "Saved"
    qtbot.keyClicks(box, " and exceeded")
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # leaving the box saves at once
    assert QApplication.focusWidget() is _entry(ws)
    assert scoring.finalist_scoring(judge, entrant).criteria[0].comment == \
        "Pledges met and exceeded"
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Return)
    qtbot.keyClicks(_entry(ws), "8")
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Return, CTRL)  # Ctrl+Enter also opens the comment
    assert QApplication.focusWidget() is page.criterion_panel.comment
    qtbot.keyClicks(page.criterion_panel.comment, "Efficiency note")
    page.go_summary()  # moving on flushes a pending comment
    assert scoring.finalist_scoring(judge, entrant).criteria[1].comment == "Efficiency note"
    qtbot.keyClick(page.next_button, Qt.Key.Key_F6)
    overall = page.summary_panel.overall
    assert QApplication.focusWidget() is overall
    qtbot.keyClicks(overall, "Strong all round")
    qtbot.keyClick(overall, Qt.Key.Key_Escape)
    assert scoring.finalist_scoring(judge, entrant).overall_comment == "Strong all round"
    assert QApplication.focusWidget() is page.next_button


def test_scoring_with_the_mouse(ws, qtbot, demo_db, judge) -> None:
    entrant = _open_first_by_keyboard(ws, qtbot)
    buttons = ws.scoring_page.criterion_panel.picker.buttons()
    button = next(b for v, b in buttons.items() if b.text() == "6.5")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stored(demo_db, judge, entrant) == {"service_quality": "6.5"}
    assert button.isChecked()
    qtbot.mouseClick(ws.scoring_page.next_button, Qt.MouseButton.LeftButton)
    assert ws.scoring_page.current_index() == 1
    steps: QTabBar = ws.scoring_page.steps
    qtbot.mouseClick(steps, Qt.MouseButton.LeftButton,
                     pos=steps.tabRect(steps.count() - 1).center())
    assert ws.scoring_page.on_summary()


def test_the_timer_keeps_running_between_criteria_and_warns(ws, qtbot) -> None:
    entrant = _open_first_by_keyboard(ws, qtbot)
    clock = FakeClock()
    slot = ws.day().slot_for(entrant)
    ws._timers[entrant] = PresentationTimer(slot.presentation_minutes * 60,
                                            slot.qa_minutes * 60, clock=clock)
    ws.open_finalist(entrant)
    widget = ws.scoring_page.timer_widget
    assert widget.countdown_label.text() == "15:00"
    qtbot.keyClick(_entry(ws), Qt.Key.Key_F7)
    assert widget.timer().running and widget.start_button.text() == "Pause (F7)"
    clock.now = 13 * 60 + 1
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Return)  # next criterion: same timer, still running
    assert widget.timer() is ws.timer_for(entrant) and widget.timer().running
    widget.refresh()
    assert widget.countdown_label.text() == "1:59"
    assert widget.alert() is Alert.WARNING
    assert widget.property("alert") == "warning"
    assert "2 minutes or less" in widget.phase_label.text()
    clock.now = 25 * 60 + 35
    widget.refresh()
    assert widget.alert() is Alert.OVERTIME
    assert widget.countdown_label.text() == "Overtime +0:35"
    qtbot.keyClick(_entry(ws), Qt.Key.Key_F7)
    assert not widget.timer().running
    qtbot.keyClick(_entry(ws), Qt.Key.Key_F7, CTRL)
    assert widget.countdown_label.text() == "15:00" and widget.alert() is Alert.NORMAL
    # The timer is remembered in the database for a restart.
    assert entrant in ws._scoring.timer_snapshots(ws.judge_id())


def test_reopening_resumes_exactly_where_the_judge_was(qtbot, demo_db, ws, judge) -> None:
    ws.open_finalist(ws.day().slots[2].entrant.id)
    qtbot.keyClicks(_entry(ws), "9")
    qtbot.keyClick(_entry(ws), Qt.Key.Key_Return)
    qtbot.keyClicks(_entry(ws), "5")
    ws.close()
    again = make_workspace(qtbot, demo_db)
    assert again.judge_id() == judge
    assert again.pages.currentWidget() is again.scoring_page
    assert again.scoring_page.state().entrant.code == "HKPO"
    assert again.scoring_page.current_index() == 1
    assert again.scoring_page.criterion_panel.entry.label.text() == "5"
    assert again.focusWidget() is again.scoring_page.criterion_panel.entry


def test_a_signed_sheet_is_read_only(qtbot, demo_db, judge) -> None:
    with demo_db.write() as s:
        s.add(ScoreSheet(judge_id=judge, revision=1, status="signed"))
    ws = make_workspace(qtbot, demo_db)
    ws.choose_judge(judge)
    assert ws.day_page.locked_label.isVisible()
    entrant = _open_first_by_keyboard(ws, qtbot)
    qtbot.keyClicks(_entry(ws), "7")
    assert "signed" in ws.scoring_page.message.text()
    assert stored(demo_db, judge, entrant) == {}
    assert ws.scoring_page.criterion_panel.comment.isReadOnly()


def test_every_control_has_an_accessible_name(ws, qtbot) -> None:
    _open_first_by_keyboard(ws, qtbot)
    page = ws.scoring_page
    for show in (lambda: None, page.go_summary, ws.show_day, ws.show_chooser):
        show()
        controls = [w for w in ws.findChildren(QAbstractButton) + ws.findChildren(QPlainTextEdit)
                    + ws.findChildren(QAbstractItemView) + ws.findChildren(ScoreEntry)
                    + ws.findChildren(QTabBar)
                    if w.isVisibleTo(ws) and not isinstance(w, QHeaderView)]
        unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in controls
                   if not (w.accessibleName() or getattr(w, "text", lambda: "")())]
        assert not unnamed


def test_the_summary_model_passes_the_model_tester(qtmodeltester, ws, qtbot) -> None:
    _open_first_by_keyboard(ws, qtbot)
    qtbot.keyClicks(_entry(ws), "7")
    ws.scoring_page.go_summary()
    qtmodeltester.check(ws.scoring_page.summary_panel.model)
    empty = SummaryTableModel()
    qtmodeltester.check(empty)


def test_in_chinese(ws, qtbot) -> None:
    from judgepanel.ui import i18n

    _open_first_by_keyboard(ws, qtbot)
    qtbot.keyClicks(_entry(ws), "7")
    i18n.set_language("zh_HK")
    QApplication.processEvents()
    page = ws.scoring_page
    assert page.criterion_panel.title.text() == "1. 服務質素"
    assert page.finalist_label.text().startswith("康樂及文化事務署")
    assert page.next_button.text() == "下一項 (Enter) ▶"
    assert "由管理層帶領" in page.criterion_panel.rubric._labels[4].text()
    qtbot.keyClicks(_entry(ws), "10.5")
    assert "服務質素" in page.message.text() and "10.5" in page.message.text()
    i18n.set_language("en")
    QApplication.processEvents()
    assert page.criterion_panel.title.text() == "1. Service quality"


def test_decimal_shown_without_exponent(ws, qtbot, demo_db, judge) -> None:
    entrant = _open_first_by_keyboard(ws, qtbot)
    qtbot.keyClicks(_entry(ws), "10")
    assert _entry(ws).label.text() == "10"
    state = ScoringService(demo_db).finalist_scoring(judge, entrant)
    assert state.criteria[0].value == Decimal("10")


def test_a_running_timer_is_still_running_after_a_restart(qtbot, demo_db, ws) -> None:
    entrant = _open_first_by_keyboard(ws, qtbot)
    qtbot.keyClick(_entry(ws), Qt.Key.Key_F7)
    assert ws.timer_for(entrant).running
    ws.close()
    again = make_workspace(qtbot, demo_db)
    timer = again.timer_for(entrant)
    assert timer is not None and timer.running
    assert again.scoring_page.timer_widget.timer() is timer
