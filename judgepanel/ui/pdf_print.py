"""Printing a PDF's own pages: one rendering path, so paper matches the signed file exactly.

pypdfium2 rasterises each page of the very bytes we saved or signed, and Qt sends those images to
the printer (or to the preview). There is no second layout that could drift from the PDF.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

MAX_PRINT_DPI = 300


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


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paints every page of ``pdf`` onto ``printer``, scaled to fit; returns the page count."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    count = 0
    try:
        for image in render_pages(pdf, dpi):
            if count:
                printer.newPage()
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            size = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.x(), target.y(), size.width(), size.height()), image)
            count += 1
    finally:
        painter.end()
    return count


def preview_and_print(parent: QWidget | None, pdf: bytes, title: str) -> None:
    """Opens Qt's print preview on the PDF's pages; its Print button prints those pages."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: paint_pdf(p, pdf))
    dialog.exec()
