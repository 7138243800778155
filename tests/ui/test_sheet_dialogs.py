"""Signing, amending, verifying and printing score sheets, driven as a judge would."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE
from judgepanel.services.sheets import SheetService, verify_sheet_bytes
from judgepanel.ui.pdf_print import page_count, paint_pdf
from judgepanel.ui.sheet_dialogs import AmendDialog, SignSheetDialog, VerifyDialog


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


@pytest.fixture
def scored(demo_db, score_all):
    score_all(demo_db, 1)
    return demo_db


def _sign(qtbot, db, passphrase: str, *, draw: bool = False) -> SignSheetDialog:
    dialog = SignSheetDialog(SheetService(db), 1, "Judge One")
    qtbot.addWidget(dialog)
    dialog.open()
    if draw:
        pad = dialog.pad
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 60))
        for x in range(24, 300, 12):
            qtbot.mouseMove(pad, QPoint(x, 60 + (x % 30) - 15))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 60))
    qtbot.keyClicks(dialog.passphrase, passphrase)
    return dialog


def test_wrong_passphrase_then_sign_with_a_drawn_signature(qtbot, scored) -> None:
    dialog = _sign(qtbot, scored, "wrong-passphrase", draw=True)
    assert not dialog.pad.is_empty()
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert "passphrase" in dialog.message.text().lower()
    assert dialog.isVisible() and not SheetService(scored).is_locked(1)

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, DEMO_JUDGE_PASSPHRASE)
    with qtbot.waitSignal(dialog.signed, timeout=30000):
        _ok(qtbot, dialog)
    result = dialog.result_sheet
    assert result is not None and result.revision == 1
    assert verify_sheet_bytes(result.pdf, SheetService(scored).trust_roots()).ok
    images = subprocess.run(["pdfimages", "-list", "-"], input=result.pdf,
                            capture_output=True).stdout.decode()
    assert len(images.strip().splitlines()) >= 3  # header, rule, and the drawn signature
    assert SheetService(scored).is_locked(1)


def test_amend_needs_a_reason(qtbot, scored) -> None:
    SheetService(scored).sign(1, DEMO_JUDGE_PASSPHRASE.encode())
    dialog = AmendDialog(SheetService(scored), 1)
    qtbot.addWidget(dialog)
    dialog.open()
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "reason" in dialog.message.text()
    qtbot.keyClicks(dialog.reason, "Mistyped the cost-effectiveness score for HKPO")
    with qtbot.waitSignal(dialog.accepted):
        _ok(qtbot, dialog)
    assert dialog.revision == 2 and not SheetService(scored).is_locked(1)


def test_verify_dialog_says_valid_and_not_valid(qtbot, scored, tmp_path: Path) -> None:
    signed = SheetService(scored).sign(1, DEMO_JUDGE_PASSPHRASE.encode())
    good = tmp_path / "good.pdf"
    good.write_bytes(signed.pdf)
    bad = tmp_path / "bad.pdf"
    data = bytearray(signed.pdf)
    data[len(data) // 3] ^= 0x04
    bad.write_bytes(bytes(data))

    dialog = VerifyDialog(SheetService(scored).trust_roots())
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.file, str(good))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30000)
    assert dialog.message.text().startswith("VALID")
    assert "Integrity: ✔ yes" in dialog.report.text()

    dialog.outcome = None
    dialog.file.clear()
    qtbot.keyClicks(dialog.file, str(bad))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30000)
    assert dialog.message.text().startswith("NOT VALID")


def test_printing_uses_the_pdfs_own_pages(qapp, scored, tmp_path: Path) -> None:
    pdf = SheetService(scored).preview_pdf(1)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    assert paint_pdf(printer, pdf) == page_count(pdf)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE)
    assert pages is not None and int(pages.group(1)) == page_count(pdf) > 1


def test_verify_on_the_chair_refuses_a_credential_the_chair_replaced(
        qtbot, demo_db, score_all, tmp_path: Path) -> None:
    """The chair re-issued the judge's credential after the judge's laptop got its kit: the
    sheet signed with the old credential still verifies as a signature, but the chair's Verify…
    says it no longer counts, and why."""
    import sqlite3

    from judgepanel.db.engine import open_database
    from judgepanel.services.authority import AuthorityService
    from judgepanel.services.demo_data import DEMO_PANEL_PASSPHRASE

    laptop_path = tmp_path / "laptop.db"
    with sqlite3.connect(demo_db.path) as source, sqlite3.connect(laptop_path) as target:
        source.backup(target)
    laptop = open_database(laptop_path)
    score_all(laptop, 1)
    signed = SheetService(laptop).sign(1, DEMO_JUDGE_PASSPHRASE.encode())
    laptop.close()
    AuthorityService(demo_db).issue_credential(1, 1, DEMO_PANEL_PASSPHRASE.encode(),
                                               DEMO_JUDGE_PASSPHRASE.encode())
    path = tmp_path / "old-credential.pdf"
    path.write_bytes(signed.pdf)

    sheets = SheetService(demo_db)
    dialog = VerifyDialog(sheets.trust_roots(), registered=sheets.registered_certificates(),
                          replaced=sheets.replaced_credential)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.file, str(path))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30000)
    assert dialog.message.text().startswith("NOT VALID")
    assert "Integrity: ✔ yes" in dialog.report.text()
    assert re.search(r"✘ The sheet is signed with a credential the panel replaced on "
                     r"\d{4}-\d\d-\d\d \d\d:\d\d UTC; ask the judge to import the new kit",
                     dialog.report.text())
