"""The main window in both languages, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from judgepanel.app import build_services
from judgepanel.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db_path):
    services = build_services(str(db_path))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.data_shown, timeout=5000):
        win.attach(services)
    yield win
    services.db.close()


def _cell(view, row: int, col: int) -> str:
    return view.model().index(row, col).data()


def test_shows_the_demo_competition(window) -> None:
    page = window.overview_page
    assert "Customer Service Award Scheme 2002-03" in page.title.text()
    assert page.finalists_model.rowCount() == 8
    assert _cell(page.finalists_view, 0, 2) == "Immigration Department"
    assert page.judges_model.rowCount() == 7
    assert page.schedule_model.rowCount() == 8
    assert _cell(page.schedule_view, 0, 2) == "09:30"
    assert page.criteria_model.rowCount() == 3
    assert window.db_label.text().endswith("judgepanel.db")


def test_tabs_reachable_by_keyboard(window, qtbot) -> None:
    tabs = window.overview_page.tabs
    window.overview_page.finalists_view.setFocus()
    qtbot.keyClick(window.overview_page.finalists_view, Qt.Key.Key_Tab,
                   Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    tabs.tabBar().setFocus()
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Right)
    assert tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentIndex() == 3


def test_switch_to_chinese_and_back_through_the_menu(window, qtbot) -> None:
    page = window.overview_page
    window.language_actions["zh_HK"].trigger()
    assert window.file_menu.title() == "檔案(&F)"
    assert page.tabs.tabText(0) == "入圍部門(&I)"
    assert page.title.text() == "2002-03年度公務員顧客服務獎勵計劃"
    assert _cell(page.finalists_view, 0, 2) == "入境事務處"
    assert page.finalists_model.headerData(2, Qt.Orientation.Horizontal) == "入圍部門"
    assert "立法會" in {_cell(page.judges_view, r, 2) for r in range(7)}
    assert window.language_actions["zh_HK"].isChecked()

    window.language_actions["en"].trigger()
    assert window.file_menu.title() == "&File"
    assert _cell(page.finalists_view, 0, 2) == "Immigration Department"


def test_language_choice_is_remembered(window) -> None:
    from PySide6.QtCore import QSettings

    window.language_actions["zh_HK"].trigger()
    assert QSettings().value("ui/language") == "zh_HK"


def test_controls_have_accessible_names(window) -> None:
    page = window.overview_page
    for view in (page.finalists_view, page.judges_view, page.schedule_view, page.criteria_view):
        assert view.accessibleName()


def test_chinese_renders_with_a_cjk_font(window) -> None:
    from PySide6.QtGui import QFontDatabase, QFontMetrics

    window.language_actions["zh_HK"].trigger()
    metrics = QFontMetrics(window.overview_page.title.font())
    assert all(metrics.inFont(ch) or QFontDatabase.families() for ch in "入境事務處")
    families = " ".join(QFontDatabase.families())
    assert "WenQuanYi" in families or "Noto" in families, families
    QApplication.processEvents()


def test_qt_standard_buttons_follow_the_language(window, qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    window.language_actions["zh_HK"].trigger()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_workspaces_are_hosted_for_the_chair(window) -> None:
    tabs = window.pages
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["&Overview", "Judgin&g", "Set-&up", "Resul&ts"]
    assert window.setup_workspace is not None
    assert window.create_authority_action.isVisible()


def test_a_judges_laptop_opens_on_the_judges_day(qtbot, tmp_path, demo_db) -> None:
    from judgepanel.services.authority import AuthorityService
    from judgepanel.services.demo_data import DEMO_PANEL_PASSPHRASE
    from judgepanel.services.kits import KitService

    kit = KitService(demo_db).export_kit(1, 2, DEMO_PANEL_PASSPHRASE.encode())
    laptop = tmp_path / "laptop.db"
    from judgepanel.db.engine import open_database

    db = open_database(laptop)
    KitService(db).import_kit(kit, trust_pem=AuthorityService(demo_db).trust_certificate_pem(1))
    db.close()
    services = build_services(str(laptop))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.data_shown, timeout=5000):
        win.attach(services)
    assert win.pages.currentWidget() is win.judge_workspace
    assert win.setup_workspace is None
    assert not win.export_kits_action.isVisible()
    assert not win.panel_menu.menuAction().isVisible()
    assert win.judge_workspace.judge_id() is not None
    assert win.current_judge() is not None
    services.db.close()


def test_closing_the_window_leaves_a_checked_backup(window, db_path) -> None:
    import sqlite3

    window.close()
    snapshots = sorted((db_path.parent / "backups").glob("*.db"))
    assert snapshots, list(db_path.parent.iterdir())
    con = sqlite3.connect(snapshots[-1])
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM entrants").fetchone()[0] == 23
    con.close()
