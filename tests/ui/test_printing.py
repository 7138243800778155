"""Printing from the menus: the PDF is built and its pages rendered off the GUI thread, behind a
progress dialog with Cancel; the preview shows (and prints) the very pages of the PDF."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from judgepanel.app import build_services
from judgepanel.services.sheets import SheetService
from judgepanel.ui.main_window import MainWindow
from judgepanel.ui.pdf_print import PREVIEW_DPI, page_count, preview_dpi
from judgepanel.ui.progress import ProgressDialog


@pytest.fixture
def window(qtbot, demo_db, db_path):
    services = build_services(str(db_path))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.data_shown, timeout=5000):
        win.attach(services)
    yield win
    for dialog in win.findChildren(QDialog):
        dialog.close()
    services.db.close()


def _preview(win: MainWindow) -> QPrintPreviewDialog | None:
    return next((d for d in win.findChildren(QPrintPreviewDialog) if d.isVisible()), None)


def _progress(win: MainWindow) -> ProgressDialog | None:
    return next((d for d in win.findChildren(ProgressDialog) if d.isVisible()), None)


class _Gate:
    """Holds the real blank-sheet build at its first progress report until the test opens the
    gate, so what the window shows mid-build does not depend on how fast the machine is. The
    build itself is the service's own; only its progress callback is observed."""

    def __init__(self, window: MainWindow) -> None:
        self.opened = threading.Event()
        self.reports: list[tuple[int, int, str]] = []
        sheets = window.services.sheets
        real = sheets.blank_sheets_pdf

        def gated(competition_id: int, *, progress: Callable[[int, int, str], None],
                  cancelled: Callable[[], bool]) -> bytes:
            def report(done: int, total: int, judge: str) -> None:
                self.reports.append((done, total, judge))
                progress(done, total, judge)
                if not self.opened.wait(timeout=60):
                    raise AssertionError("the test never opened the gate")
            return real(competition_id, progress=report, cancelled=cancelled)

        sheets.blank_sheets_pdf = gated  # the instance attribute; the class is untouched


def test_blank_sheets_are_built_off_the_gui_thread_then_previewed(qtbot, window,
                                                                  demo_db) -> None:
    gate = _Gate(window)
    window.blank_sheets_action.trigger()
    # The action returns at once: the window stays responsive while the sheets are built, and
    # the progress dialog names the judge whose sheets are being laid out.
    qtbot.waitUntil(lambda: _progress(window) is not None, timeout=30_000)
    dialog = _progress(window)
    assert dialog is not None and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.message_label.text().startswith("Laying out the sheets for "),
                    timeout=30_000)
    first_judge = gate.reports[0][2]
    assert first_judge and first_judge in dialog.message_label.text()
    gate.opened.set()
    qtbot.waitUntil(lambda: _preview(window) is not None, timeout=120_000)
    judges = {judge for _done, _total, judge in gate.reports if judge}
    assert len(judges) == 7  # every demo judge's sheets, each announced
    assert gate.reports[-1][0] == gate.reports[-1][1]  # and the count reached its total
    preview = _preview(window)
    assert preview is not None and preview.windowTitle() == "Blank score sheets"
    widget = preview.findChild(QPrintPreviewWidget)
    expected = page_count(SheetService(demo_db).blank_sheets_pdf(1))
    qtbot.waitUntil(lambda: widget.pageCount() == expected, timeout=30_000)
    assert expected > 50  # 7 judges × 8 finalists
    assert preview_dpi(expected) < PREVIEW_DPI  # a long stack is previewed lighter
    assert _progress(window) is None


def test_cancelling_the_blank_sheets_prints_nothing(qtbot, window) -> None:
    gate = _Gate(window)
    window.blank_sheets_action.trigger()
    qtbot.waitUntil(lambda: _progress(window) is not None, timeout=30_000)
    dialog = _progress(window)
    assert dialog is not None
    # The build is mid-way (held at its first report): Cancel stops it there.
    qtbot.waitUntil(lambda: dialog.message_label.text().startswith("Laying out"),
                    timeout=30_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.runner.cancelled, timeout=60_000):
        gate.opened.set()
    qtbot.waitUntil(lambda: _progress(window) is None, timeout=10_000)
    assert _preview(window) is None
    assert "Cancelled" in window.statusBar().currentMessage()
    assert len(gate.reports) < 7  # stopped before the last judge's sheets


def test_printing_my_score_sheet_previews_the_pdfs_own_pages(qtbot, window, demo_db,
                                                             score_all) -> None:
    score_all(demo_db, 1)

    def choose_first_judge() -> None:
        ask = QApplication.activeModalWidget()
        if isinstance(ask, QInputDialog):
            ask.accept()
        else:
            QTimer.singleShot(50, choose_first_judge)

    QTimer.singleShot(50, choose_first_judge)
    window.print_sheet_action.trigger()
    qtbot.waitUntil(lambda: _preview(window) is not None, timeout=60_000)
    preview = _preview(window)
    assert preview is not None and preview.windowTitle().startswith("Score sheet — ")
    widget = preview.findChild(QPrintPreviewWidget)
    expected = page_count(SheetService(demo_db).preview_pdf(1))
    qtbot.waitUntil(lambda: widget.pageCount() == expected, timeout=30_000)
    # Asked again (as after a page-setup change), the preview renders the PDF's pages anew.
    widget.updatePreview()
    assert widget.pageCount() == expected


def test_the_preview_draws_the_pdfs_pages_and_paper_gets_them_again(qapp, demo_db,
                                                                    score_all) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from judgepanel.ui.pdf_print import paint_job, prepare_print

    score_all(demo_db, 1)
    pdf = SheetService(demo_db).preview_pdf(1)
    heard: list[tuple[int, int]] = []
    job = prepare_print(pdf, "Sheet", progress=lambda d, t: heard.append((d, t)))
    assert job is not None and len(job.preview_pages) == page_count(pdf) > 1
    assert heard[-1] == (page_count(pdf), page_count(pdf))
    # A4 at the preview resolution, rendered from the PDF itself.
    assert abs(job.preview_pages[0].width() - 210 / 25.4 * PREVIEW_DPI) < 2
    assert prepare_print(pdf, "Sheet", cancelled=lambda: True) is None

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(demo_db.path) + ".printed.pdf")
    printer.setResolution(100)
    assert paint_job(printer, job) == page_count(pdf)
    with open(str(demo_db.path) + ".printed.pdf", "rb") as printed:
        assert page_count(printed.read()) == page_count(pdf)


def test_paper_is_sent_page_by_page_and_cancel_stops_the_print_run(qtbot, demo_db,
                                                                   tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from judgepanel.ui.pdf_print import paint_pdf

    pdf = SheetService(demo_db).blank_sheets_pdf(1)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def printer(name: str) -> QPrinter:
        out = QPrinter(QPrinter.PrinterMode.HighResolution)
        out.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out.setOutputFileName(str(tmp_path / name))
        out.setResolution(100)
        return out

    seen: list[int] = []

    def cancel_once_shown() -> None:
        dialog = parent.findChild(QProgressDialog, "printProgress")
        if dialog is not None and dialog.isVisible():
            seen.append(dialog.value())
            dialog.cancel()
        else:
            QTimer.singleShot(20, cancel_once_shown)

    QTimer.singleShot(20, cancel_once_shown)
    printed = paint_pdf(printer("cancelled.pdf"), pdf, progress_parent=parent)
    # The progress window appeared while pages were going out (the event loop kept running),
    # and Cancel stopped the run part-way.
    assert seen and 0 < printed < page_count(pdf)
    assert parent.findChild(QProgressDialog, "printProgress") is None or not \
        parent.findChild(QProgressDialog, "printProgress").isVisible()
