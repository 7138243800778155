"""A judge's first kit, imported from the window of a new laptop (whose database is the demo).

The kit goes into a new judge's database; the window switches to it and opens it at every
start; the demo database stays as it was.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from judgepanel.app import build_services
from judgepanel.db.engine import open_database
from judgepanel.domain.enums import DatabaseRole
from judgepanel.domain.errors import ConflictError, FileRejectedError
from judgepanel.services.authority import AuthorityService
from judgepanel.services.competitions import CompetitionService
from judgepanel.services.demo_data import DEMO_PANEL_PASSPHRASE
from judgepanel.services.kits import KitService, import_kit_into_new_database
from judgepanel.settings import AppSettings, default_database_file
from judgepanel.ui.kit_dialogs import ImportKitDialog, group_fingerprint
from judgepanel.ui.main_window import MainWindow

JUDGE_ID = 2


@pytest.fixture
def kit(demo_db, tmp_path: Path) -> tuple[Path, str]:
    """Judge 2's kit as the chair exported it, and the panel fingerprint read out to her."""
    data = KitService(demo_db).export_kit(1, JUDGE_ID, DEMO_PANEL_PASSPHRASE.encode())
    path = tmp_path / "usb" / "02-judge.jpkit"
    path.parent.mkdir()
    path.write_bytes(data)
    fingerprint = AuthorityService(demo_db).status(1).fingerprint
    assert fingerprint is not None
    return path, group_fingerprint(fingerprint)


@pytest.fixture
def window(qtbot, db_path: Path, demo_db):
    """The window on a new laptop: the demo database (a chair's role) is open."""
    _forget_database()
    services = build_services(str(db_path))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.data_shown, timeout=5000):
        win.attach(services)
    yield win
    if win.services is not None:
        win.services.db.close()
    if win.database_lock is not None:
        win.database_lock.unlock()
    _forget_database()


def _forget_database() -> None:
    """Qt reads its settings file once per process: leave no stored location to other tests."""
    settings = AppSettings()
    settings.database = None
    settings.sync()


def _fill_in(qtbot, kit_path: Path, fingerprint: str, seen: dict) -> None:
    """Types into the modal import dialog once it is up, and presses OK."""
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportKitDialog):
            QTimer.singleShot(20, step)
            return
        seen["dialog"] = dialog
        seen["fingerprint_shown"] = dialog.fingerprint.isVisibleTo(dialog)
        seen["database_shown"] = dialog.database_file.isVisibleTo(dialog)
        seen["explanation"] = dialog.explanation.text()
        qtbot.keyClicks(dialog.kit_file, str(kit_path))
        qtbot.keyClicks(dialog.fingerprint, fingerprint)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # refused: note why, and close it
            seen["message"] = dialog.message.text()
            dialog.reject()

    QTimer.singleShot(0, step)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_kit_goes_into_a_new_judge_database(qtbot, window, kit, db_path: Path) -> None:
    kit_path, fingerprint = kit
    demo_db_before = CompetitionService(window.services.db).overview(1)
    seen: dict = {}
    _fill_in(qtbot, kit_path, fingerprint, seen)
    window.import_kit_action.trigger()

    assert seen["fingerprint_shown"] and seen["database_shown"]
    assert "new database" in seen["explanation"] and "message" not in seen
    new_file = Path(default_database_file()).with_name("judge-2002-03.db")
    assert new_file.is_file()
    # The window now works in the judge's database, as a judge's laptop does.
    assert window.services is not None and Path(window.services.db.path) == new_file
    assert window.services.competitions.role() == DatabaseRole.JUDGE
    assert window.pages.currentWidget() is window.judge_workspace
    assert window.setup_workspace is None and window.results_workspace is None
    assert not window.panel_menu.menuAction().isVisible()
    assert window.judge_workspace.judge_id() is not None
    assert window.db_label.text() == str(new_file)
    assert "Kit imported for" in window.statusBar().currentMessage()
    # ... and opens it at the next start.
    assert AppSettings().database == str(new_file)
    # The demo database is as it was: still the chair's, with its whole panel.
    old = open_database(db_path)
    try:
        assert CompetitionService(old).role() == DatabaseRole.CHAIR
        assert CompetitionService(old).overview(1).judges == demo_db_before.judges
    finally:
        old.close()


def test_a_wrong_fingerprint_leaves_no_file_and_no_switch(qtbot, window, kit) -> None:
    kit_path, _fingerprint = kit
    before = window.services
    seen: dict = {}
    _fill_in(qtbot, kit_path, "AB12 CD34", seen)
    window.import_kit_action.trigger()

    assert "fingerprint" in seen["message"]
    assert window.services is before and window.setup_workspace is not None
    assert not Path(default_database_file()).with_name("judge-2002-03.db").exists()
    assert AppSettings().database is None


def test_a_judges_database_keeps_the_update_form(qtbot, kit, demo_db, tmp_path: Path) -> None:
    kit_path, fingerprint = kit
    laptop = tmp_path / "laptop.db"
    import_kit_into_new_database(laptop, kit_path.read_bytes(), fingerprint=fingerprint)
    services = build_services(str(laptop))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.data_shown, timeout=5000):
        win.attach(services)
    seen: dict = {}
    _fill_in(qtbot, kit_path, "", seen)
    win.import_kit_action.trigger()
    assert not seen["fingerprint_shown"] and not seen["database_shown"]
    assert win.services is services  # updated in place
    assert "Kit imported for" in win.statusBar().currentMessage()
    services.db.close()


def test_the_suggested_file_is_named_after_the_kits_year(qtbot, kit, tmp_path: Path) -> None:
    kit_path, _ = kit
    dialog = ImportKitDialog(KitService(open_database(tmp_path / "unused.db")),
                             first_import=False, new_database=str(tmp_path / "judge.db"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.kit_file, str(kit_path))  # once the path names a file
    assert dialog.database_file.text() == str(tmp_path / "judge-2002-03.db")
    # A file the user chose is never renamed behind their back.
    dialog.database_file.clear()
    qtbot.keyClicks(dialog.database_file, str(tmp_path / "mine.db"))
    dialog.kit_file.clear()
    qtbot.keyClicks(dialog.kit_file, str(kit_path))
    assert dialog.database_file.text() == str(tmp_path / "mine.db")


# -- the service ---------------------------------------------------------------------------------
def test_an_existing_database_is_never_overwritten(kit, db_path: Path, tmp_path: Path) -> None:
    kit_path, fingerprint = kit
    data = kit_path.read_bytes()
    chair_before = _digest(db_path)
    with pytest.raises(ConflictError, match="already exists"):
        import_kit_into_new_database(db_path, data, fingerprint=fingerprint)
    other = tmp_path / "notes.db"
    other.write_text("my notes", encoding="utf-8")
    with pytest.raises(ConflictError, match="not a JudgePanel database"):
        import_kit_into_new_database(other, data, fingerprint=fingerprint)
    assert other.read_text(encoding="utf-8") == "my notes"
    assert _digest(db_path) == chair_before


def test_the_same_judges_database_is_updated(kit, demo_db, tmp_path: Path) -> None:
    kit_path, fingerprint = kit
    laptop = tmp_path / "judge.db"
    first = import_kit_into_new_database(laptop, kit_path.read_bytes(), fingerprint=fingerprint)
    assert not first.updated
    again = import_kit_into_new_database(laptop, kit_path.read_bytes(), fingerprint=fingerprint)
    assert again.updated and again.judge_id == first.judge_id
    # Another judge's kit does not go into her database.
    other = KitService(demo_db).export_kit(1, 3, DEMO_PANEL_PASSPHRASE.encode())
    with pytest.raises(ConflictError, match="already exists"):
        import_kit_into_new_database(laptop, other, fingerprint=fingerprint)


def test_a_refused_kit_leaves_nothing_behind(kit, tmp_path: Path) -> None:
    kit_path, _ = kit
    folder = tmp_path / "laptop"
    folder.mkdir()
    with pytest.raises(FileRejectedError, match="fingerprint"):
        import_kit_into_new_database(folder / "judge.db", kit_path.read_bytes(),
                                     fingerprint="0000")
    assert list(folder.iterdir()) == []
    empty = folder / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(FileRejectedError):
        import_kit_into_new_database(empty, kit_path.read_bytes(), fingerprint="0000")
    assert empty.read_bytes() == b""


def test_the_open_database_is_not_offered_as_the_new_one(qtbot, kit, demo_db,
                                                         db_path: Path) -> None:
    kit_path, fingerprint = kit
    before = _digest(db_path)
    dialog = ImportKitDialog(KitService(demo_db), first_import=False, new_database=str(db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.database_file.clear()
    qtbot.keyClicks(dialog.database_file, str(db_path))  # typed: the kit no longer renames it
    qtbot.keyClicks(dialog.kit_file, str(kit_path))
    qtbot.keyClicks(dialog.fingerprint, fingerprint)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "open now" in dialog.message.text()
    assert dialog.new_database is None and _digest(db_path) == before
