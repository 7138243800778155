"""The judge's day list and the judge chooser, driven by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from judgepanel.domain.judging import SlotStatus
from judgepanel.ui.judge_day import JudgeDayTableModel
from tests.ui.judge_helpers import belong_to, judge_ids, make_workspace


def test_without_a_judge_the_chooser_asks_who_is_judging(qtbot, demo_db) -> None:
    ws = make_workspace(qtbot, demo_db)
    assert ws.pages.currentWidget() is ws.chooser_page
    assert ws.chooser_page.model.rowCount() == 7
    table = ws.chooser_page.table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    with qtbot.waitSignal(ws.judge_changed) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [judge_ids(demo_db)[1]]
    assert ws.pages.currentWidget() is ws.day_page
    assert ws.day_page.change_button.isVisible()


def test_a_judges_own_laptop_skips_the_chooser(qtbot, demo_db) -> None:
    own = judge_ids(demo_db)[3]
    belong_to(demo_db, own)
    ws = make_workspace(qtbot, demo_db)
    assert ws.pages.currentWidget() is ws.day_page
    assert ws.judge_id() == own
    assert not ws.day_page.change_button.isVisible()
    assert "Kenneth Lau" in ws.day_page.title.text()


def test_day_shows_schedule_order_and_statuses(qtbot, demo_db) -> None:
    judge = judge_ids(demo_db)[0]
    ws = make_workspace(qtbot, demo_db)
    ws.choose_judge(judge)
    model = ws.day_page.model
    assert model.rowCount() == 8
    assert [model.index(r, 3).data() for r in range(3)] == ["LCSD", "IRD", "HKPO"]
    assert model.index(0, 1).data() == "09:30–09:55"
    assert model.index(0, 4).data() == "Not started"
    scoring = ws._scoring
    state = scoring.finalist_scoring(judge, ws.day().slots[0].entrant.id)
    scoring.set_score(judge, state.entrant.id, state.criteria[0].criterion.id, "7")
    ws.show_day()
    assert model.index(0, 4).data() == "In progress: 1 of 3 scored"


def test_a_recused_finalist_is_marked_and_cannot_be_opened(qtbot, demo_db) -> None:
    judge = judge_ids(demo_db)[5]
    ws = make_workspace(qtbot, demo_db)
    ws.choose_judge(judge)
    model = ws.day_page.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 3).data() == "CSD")
    assert model.index(row, 4).data() == "Recused (conflict of interest)"
    assert model.index(row, 2).data(Qt.ItemDataRole.FontRole).italic()
    assert model.row_at(row).status is SlotStatus.RECUSED
    table = ws.day_page.table
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert ws.pages.currentWidget() is ws.day_page
    assert "conflict of interest" in ws.day_page.message.text()
    ws.open_finalist(model.row_at(row).entrant.id)  # even when asked directly
    assert ws.pages.currentWidget() is ws.day_page


def test_day_model_passes_the_model_tester(qtmodeltester, demo_db) -> None:
    from judgepanel.services.scoring import ScoringService

    model = JudgeDayTableModel()
    qtmodeltester.check(model)
    model.set_rows(ScoringService(demo_db).judge_day(judge_ids(demo_db)[5]).slots)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_the_chooser_works_without_a_competition_service(qtbot, demo_db) -> None:
    from judgepanel.services.scoring import ScoringService
    from judgepanel.ui.judge_workspace import JudgeWorkspace

    ws = JudgeWorkspace(ScoringService(demo_db), None)
    qtbot.addWidget(ws)
    ws.show()
    assert ws.pages.currentWidget() is ws.chooser_page
    assert ws.chooser_page.model.rowCount() == 7
    assert ws.chooser_page.model.index(0, 0).data() == "Hon. Margaret Leung Wai-ling"


def test_before_the_data_arrives_the_workspace_says_it_is_loading(qtbot) -> None:
    from judgepanel.ui.judge_workspace import JudgeWorkspace

    ws = JudgeWorkspace(None, None)
    qtbot.addWidget(ws)
    ws.show()
    assert ws.pages.currentWidget() is ws.loading_label
    assert ws.loading_label.text() == "Loading your presentations…"
