"""Signing, amending and verifying score sheets."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.errors import UserError
from judgepanel.domain.model import Bilingual
from judgepanel.domain.timefmt import hk_datetime
from judgepanel.ui import i18n
from judgepanel.ui.worker import run_in_background

if TYPE_CHECKING:
    from collections.abc import Callable

    from judgepanel.domain.results import Reason
    from judgepanel.services.sheets import SheetService, SheetVerification, SignedSheet


class SignaturePad(QWidget):
    """A box to draw a signature in with the mouse, pen or finger (optional on the sheet)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 110)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._strokes: list[list[QPoint]] = []

    def is_empty(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._strokes.append([event.position().toPoint()])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._strokes:
            self._strokes[-1].append(event.position().toPoint())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.changed.emit()

    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#10243e"), 2.4, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for stroke in self._strokes:
            for a, b in pairwise(stroke):
                painter.drawLine(a, b)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#888"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 24
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        self._draw(painter)
        painter.end()

    def to_png(self) -> bytes | None:
        if self.is_empty():
            return None
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._draw(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())


class _BusyDialog(QDialog):
    """Common parts: an inline message area, OK/Cancel, and a busy state while working."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.busy = False

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)
        if busy:
            self.message.setStyleSheet("")
            self.message.setText(text)

    def show_error(self, error: UserError) -> None:
        self.set_busy(False)
        self.message.setStyleSheet("color: #a40000; font-weight: bold;")
        self.message.setText(i18n.translate_error(error.template, error.params))


class SignSheetDialog(_BusyDialog):
    """Asks for the passphrase (and, optionally, a drawn signature) and signs the sheet."""

    signed = Signal(object)

    def __init__(self, sheets: SheetService, judge_id: int, judge_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sheets = sheets
        self._judge_id = judge_id
        self.result_sheet: SignedSheet | None = None
        self.setWindowTitle(self.tr("Sign my score sheet"))
        intro = QLabel(self.tr(
            "Signing locks your scores. The signed PDF is what you hand to the chair and keep "
            "as your receipt. To change a score afterwards you must amend the sheet and give "
            "the reason."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Signing passphrase"))
        self.credential = QLineEdit()
        self.credential.setObjectName("credentialFile")
        self.credential.setAccessibleName(self.tr("Own credential file (optional)"))
        self.credential.setPlaceholderText(self.tr("the panel's credential on this laptop"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        cred_row = QWidget()
        row = QHBoxLayout(cred_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.credential, 1)
        row.addWidget(browse)
        self.pad = SignaturePad()
        self.pad.setAccessibleName(self.tr("Draw your signature here (optional)"))
        clear = QPushButton(self.tr("C&lear signature"))
        clear.clicked.connect(self.pad.clear)
        form = QFormLayout()
        form.addRow(self.tr("Judge:"), QLabel(judge_name))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("Own &credential (e-Cert):"), cred_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Signature drawn on screen (optional):")))
        layout.addWidget(self.pad)
        layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign"))
        self.setMinimumWidth(620)
        self.buttons.accepted.connect(self._on_sign_clicked)
        self.passphrase.setFocus()

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Credential file"), "",
                                              self.tr("PKCS#12 files (*.p12 *.pfx)"))
        if path:
            self.credential.setText(path)

    def _on_sign_clicked(self) -> None:
        from judgepanel.fileio import read_limited

        if self.busy:
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("Type your signing passphrase."))
            self.passphrase.setFocus()
            return
        try:
            credential = (read_limited(self.credential.text().strip(), 1024 * 1024,
                                       what="credential file")
                          if self.credential.text().strip() else None)
        except UserError as exc:
            self.show_error(exc)
            return
        passphrase = self.passphrase.text().encode("utf-8")
        drawn = self.pad.to_png()
        sheets, judge_id = self._sheets, self._judge_id
        self.set_busy(True, self.tr("Building and signing the score sheet…"))
        run_in_background(
            lambda: sheets.sign(judge_id, passphrase, credential_file=credential,
                                drawn_signature_png=drawn),
            self._on_signed, self._on_failed)

    def _on_signed(self, result: SignedSheet) -> None:
        self.set_busy(False)
        self.result_sheet = result
        self.signed.emit(result)
        self.accept()

    def _on_failed(self, error: UserError) -> None:
        self.show_error(error)
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class AmendDialog(_BusyDialog):
    """Reopens a signed sheet; the reason is printed on the next signed revision."""

    def __init__(self, sheets: SheetService, judge_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sheets = sheets
        self._judge_id = judge_id
        self.revision: int | None = None
        self.setWindowTitle(self.tr("Amend my signed score sheet"))
        intro = QLabel(self.tr("Your signed sheet stays on record, marked superseded. Say why "
                               "it must change; the reason is printed on the new revision."))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_ok_clicked)

    def _on_ok_clicked(self) -> None:
        try:
            self.revision = self._sheets.begin_amendment(self._judge_id,
                                                         self.reason.toPlainText())
        except UserError as exc:
            self.show_error(exc)
            return
        self.accept()


class VerifyDialog(_BusyDialog):
    """Checks a signed sheet as an outsider would, and says what holds and what does not."""

    def __init__(self, trust_roots: tuple[bytes, ...], parent: QWidget | None = None, *,
                 registered: tuple[bytes, ...] = (),
                 replaced: Callable[[SheetVerification], Reason | None] | None = None) -> None:
        super().__init__(parent)
        self._roots = trust_roots
        self._registered = registered
        # On the chair's machine: why a sheet's credential no longer counts (it was replaced).
        self._replaced_check = replaced
        self._replaced: Reason | None = None
        self.outcome: SheetVerification | None = None
        self.setWindowTitle(self.tr("Verify a signed score sheet"))
        self.file = QLineEdit()
        self.file.setObjectName("sheetFile")
        self.file.setAccessibleName(self.tr("Signed score sheet"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.report = QLabel()
        self.report.setObjectName("report")
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.PlainText)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The report reads from the top; the space left over stays below it.
        self.report.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), row_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Verify"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))
        self.buttons.accepted.connect(self._on_verify_clicked)
        self.resize(640, 420)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Signed score sheet"), "",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.file.setText(path)

    def _on_verify_clicked(self) -> None:
        from judgepanel.fileio import read_limited
        from judgepanel.services.sheets import verify_sheet_bytes
        from judgepanel.signing.pdf import MAX_PDF_BYTES

        path = self.file.text().strip()
        if not path:
            self.message.setText(self.tr("Choose the signed PDF."))
            return
        roots, registered, check = self._roots, self._registered, self._replaced_check

        def verify() -> SheetVerification:
            from dataclasses import replace

            result = verify_sheet_bytes(read_limited(Path(path), MAX_PDF_BYTES,
                                                     what="score sheet"), roots, registered)
            self._replaced = check(result) if check is not None else None
            if self._replaced is not None:
                result = replace(result, problems=(*result.problems, self._replaced.text))
            return result

        self.report.clear()
        self.set_busy(True, self.tr("Verifying…"))
        run_in_background(verify, self._on_verified, self.show_error)

    def _on_verified(self, result: SheetVerification) -> None:
        self.set_busy(False)
        self.outcome = result

        def mark(ok: bool) -> str:
            return "✔ " + self.tr("yes") if ok else "✘ " + self.tr("NO")

        sheet = result.sheet
        lines = [
            self.tr("Signer: {name}").format(name=result.signer or "—"),
            self.tr("Signing time: {t}").format(
                t=hk_datetime(result.signing_time) if result.signing_time else "—"),
            self.tr("Certificate: {fp}").format(fp=result.signer_fingerprint or "—"),
            self.tr("Integrity: {v}").format(v=mark(result.intact)),
            self.tr("Signed by the panel's judge (trusted): {v}").format(v=mark(result.trusted)),
            self.tr("Signature covers the entire file: {v}").format(
                v=mark(result.covers_entire_file)),
            self.tr("Embedded scores well-formed: {v}").format(v=mark(result.payload_ok)),
            self.tr("Signer is the judge named in the scores: {v}").format(
                v=mark(result.signer_is_named_judge)),
        ]
        if sheet is not None:
            judge = Bilingual(sheet.judge.name_en, sheet.judge.name_zh)
            lines.append(self.tr("Judge: {name} · revision {rev}").format(
                name=judge.pick(i18n.current_language()), rev=sheet.revision))
        for problem in result.problems:
            replaced = self._replaced
            lines.append("✘ " + (i18n.translate_error(replaced.template, dict(replaced.params))
                                 if replaced is not None and problem == replaced.text
                                 else i18n.translate_error(problem, {})))
        self.report.setText("\n".join(lines))
        self.message.setStyleSheet("font-weight: bold; color: %s;" % (
            "#1b6e20" if result.ok else "#a40000"))
        self.message.setText(self.tr("VALID: this sheet can be trusted.") if result.ok else
                             self.tr("NOT VALID: do not accept this sheet."))
