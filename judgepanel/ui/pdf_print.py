"""Printing a PDF's own pages: one rendering path, so paper matches the signed file exactly.

pypdfium2 rasterises each page of the very bytes we saved or signed, and Qt sends those images to
the printer (or to the preview). There is no second layout that could drift from the PDF.

The slow parts run off the GUI thread: :func:`prepare_print` (on the worker) renders every
page once at screen resolution for the preview, with progress and Cancel, and the preview then
only draws those images (Qt's preview keeps its own copy, so ours are let go after the first
use; should the preview ask again, after a page-setup change, the pages are rendered anew).
Paper gets the same pages rendered again at the printer's resolution (up to
:data:`MAX_PRINT_DPI`), page by page behind a modal progress window with Cancel, so the window
keeps painting while a long stack goes to the printer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog, QWidget

MAX_PRINT_DPI = 300
#: Resolution of the preview's page images: sharp at the preview's usual zoom.
PREVIEW_DPI = 110
#: For a long document (a panel's stack of blank sheets is over a hundred pages) the preview
#: uses a lower resolution, so that it and Qt's copy of it stay a few hundred MB at most.
LONG_PREVIEW_DPI = 80
LONG_DOCUMENT_PAGES = 24


def preview_dpi(pages: int) -> int:
    return PREVIEW_DPI if pages <= LONG_DOCUMENT_PAGES else LONG_PREVIEW_DPI


@dataclass
class PrintJob:
    """A PDF ready for the print preview: its bytes and each page rendered for the screen
    (until the preview has drawn them once)."""

    pdf: bytes
    title: str
    preview_pages: list[QImage] = field(default_factory=list)
    dpi: int = PREVIEW_DPI


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Each page as an RGB image at ``dpi``, in order."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            fmt = (QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                   else QImage.Format.Format_RGBA8888)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
            bitmap.close()
            page.close()
            yield image
    finally:
        document.close()


def prepare_print(pdf: bytes, title: str, *,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> PrintJob | None:
    """Off the GUI thread: renders every page for the preview. ``progress(done, total)`` after
    each page; returns None as soon as ``cancelled()`` is true."""
    total = page_count(pdf)
    dpi = preview_dpi(total)
    pages: list[QImage] = []
    for image in render_pages(pdf, dpi):
        if cancelled is not None and cancelled():
            return None
        pages.append(image)
        if progress is not None:
            progress(len(pages), total)
    return PrintJob(pdf, title, pages, dpi)


def _draw_pages(printer: QPrinter, pages: Iterator[QImage] | Sequence[QImage],
                progress: QProgressDialog | None = None) -> int:
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    # Page images are drawn scaled (down, in the preview): smooth scaling keeps thin strokes.
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    count = 0
    try:
        for image in pages:
            if progress is not None and progress.wasCanceled():
                printer.abort()
                break
            if count:
                printer.newPage()
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            size = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.x(), target.y(), size.width(), size.height()), image)
            count += 1
            if progress is not None:
                progress.setValue(count)  # modal: lets the windows repaint, and Cancel work
    finally:
        if painter.isActive():
            painter.end()
    return count


def paint_pdf(printer: QPrinter, pdf: bytes, *, progress_parent: QWidget | None = None) -> int:
    """Paints every page of ``pdf`` onto ``printer``, scaled to fit; returns the pages painted.

    With ``progress_parent``, a modal progress window over it counts the pages and has a
    Cancel button, which aborts the print run after the current page."""
    pages = render_pages(pdf, min(printer.resolution(), MAX_PRINT_DPI))
    if progress_parent is None:
        return _draw_pages(printer, pages)
    translate = QCoreApplication.translate
    progress = QProgressDialog(translate("PdfPrint", "Sending the pages to the printer…"),
                               translate("PdfPrint", "Cancel"), 0, page_count(pdf),
                               progress_parent)
    progress.setObjectName("printProgress")
    progress.setWindowTitle(translate("PdfPrint", "Printing"))
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(500)
    progress.setAutoReset(False)
    progress.setValue(0)
    try:
        return _draw_pages(printer, pages, progress)
    finally:
        progress.close()
        progress.deleteLater()


def paint_job(printer: QPrinter, job: PrintJob, parent: QWidget | None = None) -> int:
    """Paints a prepared job: the preview gets the images already rendered, paper gets the
    pages rendered at the printer's resolution (with a progress window over ``parent``).
    Returns the pages painted."""
    engine = printer.paintEngine()
    if engine is not None and engine.type() == QPaintEngine.Type.Picture:
        if job.preview_pages:
            pages, job.preview_pages = job.preview_pages, []
            return _draw_pages(printer, pages)
        return _draw_pages(printer, render_pages(job.pdf, job.dpi))
    return paint_pdf(printer, job.pdf, progress_parent=parent)


def open_print_preview(parent: QWidget | None, job: PrintJob) -> QPrintPreviewDialog:
    """Opens Qt's print preview on the job's pages (window-modal, without blocking); its Print
    button prints the same PDF's pages. The dialog deletes itself when closed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(job.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(job.title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The printer lives as long as the dialog that prints on it.
    dialog.printer_ref = printer  # type: ignore[attr-defined]
    dialog.paintRequested.connect(lambda p: paint_job(p, job, dialog))
    dialog.resize(900, 760)
    dialog.open()
    return dialog
