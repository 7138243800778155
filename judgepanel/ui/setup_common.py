"""Pieces every set-up page shares: the page base class, translated error boxes that never block,
a table model with row emphasis, and a dialog whose OK runs the use case before closing.

Dialogs are opened with ``open()`` (window-modal, non-blocking) so tests can fill them in and
click OK; an error keeps the dialog open and shows a message box over it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.errors import UserError
from judgepanel.domain.setup import CsvRejectedError, Problem
from judgepanel.ui import i18n
from judgepanel.ui.table_model import AnyIndex, Column, RowTableModel

Row = TypeVar("Row")
T = TypeVar("T")

# Soft colours that read on light and dark palettes alike, for awarded/tied rows and banners.
HIGHLIGHT = QColor(214, 234, 248)
TIE = QColor(255, 236, 179)
WARNING_STYLE = ("QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e0c060; "
                 "border-radius: 3px; padding: 6px; }")
INFO_STYLE = ("QLabel { background: #e8f1fb; color: #0b2a4a; border: 1px solid #9cc0e6; "
              "border-radius: 3px; padding: 6px; }")


def lang() -> str:
    return i18n.current_language()


def translate_template(template: str, params: dict[str, Any]) -> str:
    """Like :func:`judgepanel.ui.i18n.translate_error`, and also translates field labels
    (params named ``field_label``, themselves ``tr_noop`` strings of the domain context)."""
    shown = dict(params)
    for key, value in params.items():
        if key == "field_label" and isinstance(value, str):
            shown[key] = QCoreApplication.translate("domain", value)
    return i18n.translate_error(template, shown)


def error_text(error: UserError) -> str:
    return translate_template(error.template, error.params)


def problem_text(problem: Problem) -> str:
    return translate_template(problem.template, problem.params)


def csv_problem_lines(error: CsvRejectedError) -> list[str]:
    """Each problem of a refused file, translated, with its line and column."""
    lines = []
    for p in error.problems:
        text = problem_text(p.problem)
        if not p.line:
            lines.append(QCoreApplication.translate("SetupMessages", "File: {problem}").format(
                problem=text))
        elif p.column:
            lines.append(QCoreApplication.translate(
                "SetupMessages", "Line {line}, column {column}: {problem}").format(
                line=p.line, column=p.column, problem=text))
        else:
            lines.append(QCoreApplication.translate(
                "SetupMessages", "Line {line}: {problem}").format(line=p.line, problem=text))
    return lines


def show_error(parent: QWidget, error: UserError) -> QMessageBox:
    """A warning box with the translated message; for a refused CSV file, every problem.

    Opened with ``open()`` so it never blocks (the caller's test can read and close it)."""
    box = QMessageBox(parent)
    box.setObjectName("setupErrorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("SetupMessages", "JudgePanel"))
    box.setText(error_text(error))
    if isinstance(error, CsvRejectedError):
        lines = csv_problem_lines(error)
        shown = lines[:25]
        if len(lines) > len(shown):
            shown.append("…")
        box.setInformativeText("\n".join(shown))
        box.setDetailedText("\n".join(lines))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask(parent: QWidget, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """A Yes/No question that does not block; ``on_yes`` runs only when Yes is clicked."""
    box = QMessageBox(parent)
    box.setObjectName("setupQuestionBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("SetupMessages", "JudgePanel"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def clicked(button: Any) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class SetupTableModel(RowTableModel[Row]):
    """A :class:`RowTableModel` that can set a row in bold and tint its background (awarded
    entrants, finalists, ties at a cut)."""

    def __init__(
        self, columns: Sequence[Column[Row]], parent: Any = None, *,
        bold: Callable[[Row], bool] | None = None,
        background: Callable[[Row], QColor | None] | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._bold = bold
        self._background = background

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(row):
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
                colour = self._background(row)
                return None if colour is None else QBrush(colour)
        return super().data(index, role)


def make_table(model: Any, name: str, stretch: int) -> QTableView:
    """A keyboard-friendly table whose ``stretch`` column takes the spare width."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if rows:
        return rows[0].row()
    current = view.currentIndex()
    return current.row() if current.isValid() else None


@contextmanager
def keeping_selection(view: QTableView, key: Callable[[Any], object]) -> Iterator[None]:
    """Re-selects the same row (by ``key``) after the model was refilled, so a refresh does not
    lose the chair's place in a long table."""
    model = view.model()
    row = selected_row(view)
    wanted = key(model.row_at(row)) if row is not None and row < model.rowCount() else None
    yield
    if wanted is not None:
        for index, item in enumerate(model.rows()):
            if key(item) == wanted:
                view.selectRow(index)
                break


def banner(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(WARNING_STYLE)
    label.setVisible(False)
    return label


def open_file_dialog(
    parent: QWidget, title: str, name_filter: str, on_selected: Callable[[str], None], *,
    save: bool = False, default_suffix: str = "",
) -> QFileDialog:
    """A Qt (non-native) file dialog opened without blocking; tests call the slot directly."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("setupFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter(name_filter)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if default_suffix:
            dialog.setDefaultSuffix(default_suffix)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(on_selected)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class SubmitDialog(QDialog):
    """A dialog whose OK button runs ``submit`` first and closes only when it succeeds.

    ``submit`` returns True on success; on a :class:`UserError` it shows the message over the
    dialog (kept in ``message_box`` for tests) and the dialog stays open for a correction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit: Callable[[], object] | None = None
        self.message_box: QMessageBox | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        if self.submit is not None:
            try:
                self.submit()
            except UserError as exc:
                self.message_box = show_error(self, exc)
                return
        super().accept()


class ReasonDialog(SubmitDialog):
    """Asks for the chair's reason (and, for an exact tie, which tied entrants go through)."""

    def __init__(
        self, title: str, explanation: str, choices: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(explanation)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        self.choices: dict[str, QCheckBox] = {}
        for code, label in choices:
            box = QCheckBox(label)
            box.setObjectName(f"choice_{code}")
            self.choices[code] = box
            layout.addWidget(box)
        self.reason_label = QLabel()
        layout.addWidget(self.reason_label)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_label.setBuddy(self.reason_edit)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        self.retranslate_ui()

    def chosen(self) -> list[str]:
        return [code for code, box in self.choices.items() if box.isChecked()]

    def reason(self) -> str:
        return self.reason_edit.toPlainText()

    def retranslate_ui(self) -> None:
        self.reason_label.setText(self.tr("&Reason (recorded in the decisions and audit log):"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SetupPage(QWidget):
    """Base of every set-up page: knows the services and the competition, runs use cases with
    errors shown as translated messages, and announces changes."""

    #: Emitted after this page changed something in the database.
    changed = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.competition_id: int | None = None
        self.message_box: QMessageBox | None = None
        self.dialog: QDialog | None = None
        self.status = QLabel()
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

    def set_competition(self, competition_id: int | None) -> None:
        self.competition_id = competition_id
        self.status.clear()
        self.refresh()

    def refresh(self) -> None:
        """Re-reads this page's data (override)."""

    def retranslate_ui(self) -> None:
        """Sets every text (override); called on construction and language change."""

    def run(self, action: Callable[[], T], *, notify: bool = True) -> T | None:
        """Calls a use case; a UserError becomes a message box (returns None)."""
        try:
            result = action()
        except UserError as exc:
            self.message_box = show_error(self, exc)
            return None
        if notify:
            self.changed.emit()
        return result

    def submitting(self, dialog: SubmitDialog, action: Callable[[], object]) -> None:
        """Wires a dialog's OK to ``action``; on success the page refreshes and notifies."""
        def submit() -> None:
            action()
            self.refresh()
            self.changed.emit()
        dialog.submit = submit
        self.dialog = dialog
        dialog.open()

    def confirm_then(self, question: str, action: Callable[[], object]) -> None:
        """Asks ``question``; on Yes runs ``action`` (errors shown) and re-reads the page."""
        def confirmed() -> None:
            self.run(action)
            self.refresh()

        self.message_box = ask(self, question, confirmed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def bilingual_pick(text_en: str, text_zh: str) -> str:
    return text_zh or text_en if lang().startswith("zh") else text_en or text_zh
