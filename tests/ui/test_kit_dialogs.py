"""The panel authority and kit dialogs, driven by keys and clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from judgepanel.db.engine import open_database
from judgepanel.services.authority import AuthorityService
from judgepanel.services.competitions import CompetitionService
from judgepanel.services.demo_data import DEMO_PANEL_PASSPHRASE
from judgepanel.services.kits import KitService
from judgepanel.ui.kit_dialogs import (
    CreateAuthorityDialog,
    ExportKitsDialog,
    ImportKitDialog,
    group_fingerprint,
)


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


@pytest.fixture
def chair(demo_db):
    cid = CompetitionService(demo_db).default_competition_id()
    return demo_db, cid


def _export_dialog(qtbot, chair):
    db, cid = chair
    overview = CompetitionService(db).overview(cid)
    status = AuthorityService(db).status(cid)
    dialog = ExportKitsDialog(KitService(db), cid, overview.judges, status.fingerprint,
                              authority=AuthorityService(db))
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog, status.fingerprint


def test_export_kits_for_every_judge(qtbot, chair, tmp_path: Path) -> None:
    dialog, _ = _export_dialog(qtbot, chair)
    assert len(dialog.chosen_judges()) == 7
    qtbot.keyClicks(dialog.folder, str(tmp_path))
    qtbot.keyClicks(dialog.passphrase, DEMO_PANEL_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        _ok(qtbot, dialog)
    assert len(list(tmp_path.glob("*.jpkit"))) == 7


def test_wrong_passphrase_is_shown_in_the_dialog(qtbot, chair, tmp_path: Path) -> None:
    dialog, _ = _export_dialog(qtbot, chair)
    qtbot.keyClicks(dialog.folder, str(tmp_path))
    qtbot.keyClicks(dialog.passphrase, "wrong-passphrase")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert dialog.isVisible()
    assert "passphrase" in dialog.message.text().lower()
    assert list(tmp_path.glob("*.jpkit")) == []
    assert dialog.folder.text() == str(tmp_path)  # nothing typed is lost


def test_import_a_kit_checked_by_fingerprint(qtbot, chair, tmp_path: Path) -> None:
    dialog, fingerprint = _export_dialog(qtbot, chair)
    dialog.judge_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    for i in range(2, 7):
        dialog.judge_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClicks(dialog.folder, str(tmp_path))
    qtbot.keyClicks(dialog.passphrase, DEMO_PANEL_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        _ok(qtbot, dialog)
    (kit,) = dialog.written

    laptop = open_database(tmp_path / "laptop.db")
    importer = ImportKitDialog(KitService(laptop), first_import=True)
    qtbot.addWidget(importer)
    importer.open()
    qtbot.keyClicks(importer.kit_file, str(kit))
    qtbot.keyClicks(importer.fingerprint, "0000")
    _ok(qtbot, importer)
    assert importer.isVisible() and "fingerprint" in importer.message.text()
    importer.fingerprint.clear()
    qtbot.keyClicks(importer.fingerprint, group_fingerprint(fingerprint))
    with qtbot.waitSignal(importer.accepted):
        _ok(qtbot, importer)
    assert "8 finalists" in importer.result_text
    assert CompetitionService(laptop).role().value == "judge"
    laptop.close()


def test_create_authority_needs_matching_passphrases(qtbot, db) -> None:
    from judgepanel.db.models import Competition

    with db.write() as s:
        comp = Competition(name_en="Award 2024", name_zh="2024年獎", year_label="2024",
                           award_name_en="A", award_name_zh="甲", public_award_name_en="P",
                           public_award_name_zh="乙")
        s.add(comp)
        s.flush()
        cid = comp.id
    dialog = CreateAuthorityDialog(AuthorityService(db), cid)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.passphrase, "a long passphrase")
    qtbot.keyClicks(dialog.confirm, "a long passphrasE")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "differ" in dialog.message.text()
    qtbot.keyClicks(dialog.confirm, "a long passphrase")
    with qtbot.waitSignal(dialog.accepted):
        _ok(qtbot, dialog)
    assert dialog.fingerprint == AuthorityService(db).status(cid).fingerprint


def test_short_passphrase_is_refused(qtbot, db) -> None:
    from judgepanel.db.models import Competition

    with db.write() as s:
        comp = Competition(name_en="x", name_zh="x", year_label="2024", award_name_en="A",
                           award_name_zh="A", public_award_name_en="P", public_award_name_zh="P")
        s.add(comp)
        s.flush()
        cid = comp.id
    dialog = CreateAuthorityDialog(AuthorityService(db), cid)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.keyClicks(dialog.confirm, "short")
    _ok(qtbot, dialog)
    assert "at least 8" in dialog.message.text()
    assert AuthorityService(db).status(cid).exists is False


def test_export_can_be_cancelled_between_kits(qtbot, chair, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from judgepanel.ui.progress import ProgressDialog

    dialog, _ = _export_dialog(qtbot, chair)
    qtbot.keyClicks(dialog.folder, str(tmp_path))
    qtbot.keyClicks(dialog.passphrase, DEMO_PANEL_PASSPHRASE)
    _ok(qtbot, dialog)
    progress = dialog.findChild(ProgressDialog)
    assert progress is not None
    progress.request_cancel()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60000)
    written = len(list(tmp_path.glob("*.jpkit")))
    assert written < 7
    assert dialog.isVisible() and "Cancelled" in dialog.message.text()
