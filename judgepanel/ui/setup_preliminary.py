"""Set-up page "Preliminary": each entrant's self-nomination submission and site-visit scores,
typed straight into the table (0–100, up to two decimals)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from judgepanel.domain.errors import UserError
from judgepanel.domain.setup import PreliminaryRow
from judgepanel.ui.setup_common import SetupPage, lang, make_table, show_error
from judgepanel.ui.table_model import AnyIndex, Column, RowTableModel

SUBMISSION_COLUMN = 3
SITE_VISIT_COLUMN = 4


def _score(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


class PreliminaryTableModel(RowTableModel[PreliminaryRow]):
    """The two score columns are editable; an edit is saved through ``save`` at once.

    ``save(row, column, text)`` returns the updated row or raises UserError; the model then
    emits ``edit_refused`` instead of changing the cell."""

    edit_refused = Signal(object)

    def __init__(self, columns: list[Column[PreliminaryRow]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.save: Callable[[PreliminaryRow, int, str], PreliminaryRow] | None = None
        self.editable = True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (SUBMISSION_COLUMN, SITE_VISIT_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and \
                0 <= index.row() < self.rowCount():
            row = self.row_at(index.row())
            if index.column() == SUBMISSION_COLUMN:
                return _score(row.submission)
            if index.column() == SITE_VISIT_COLUMN:
                return _score(row.site_visit)
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.save is None:
            return False
        if index.column() not in (SUBMISSION_COLUMN, SITE_VISIT_COLUMN):
            return False
        if not 0 <= index.row() < self.rowCount():
            return False
        row = self.row_at(index.row())
        text = "" if value is None else str(value)
        if text.strip() == self.data(index, Qt.ItemDataRole.EditRole):
            return True
        try:
            updated = self.save(row, index.column(), text)
        except UserError as exc:
            self.edit_refused.emit(exc)
            return False
        rows = list(self.rows())
        rows[index.row()] = updated
        self._rows = tuple(rows)
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        return True


class PreliminaryPage(SetupPage):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setObjectName("setupPreliminaryPage")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = PreliminaryTableModel([
            Column(lambda: self.tr("Code"), lambda r: r.entrant.code),
            Column(lambda: self.tr("Entrant"), lambda r: r.entrant.name.pick(lang())),
            Column(lambda: self.tr("Other language"),
                   lambda r: r.entrant.name.pick("en" if lang() != "en" else "zh_HK")),
            Column(lambda: self.tr("Self-nomination submission (/100)"),
                   lambda r: _score(r.submission), align_right=True),
            Column(lambda: self.tr("Site visit (/100)"), lambda r: _score(r.site_visit),
                   align_right=True),
        ], self)
        self.model.save = self._save
        self.model.edit_refused.connect(self._on_model_edit_refused)
        self.view = make_table(self.model, "preliminaryTable", stretch=1)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.progress = QLabel()
        self.progress.setObjectName("preliminaryProgress")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.retranslate_ui()

    def refresh(self) -> None:
        cid = self.competition_id
        self.setEnabled(cid is not None)
        rows = () if cid is None else self.run(
            lambda: self.services.preliminary.rows(cid), notify=False) or ()
        locked = False
        if cid is not None:
            view = self.run(lambda: self.services.shortlist.view(cid), notify=False)
            locked = bool(view and view.is_confirmed)
        self.model.editable = not locked
        self.model.set_rows(rows)
        self._update_progress(locked)

    def _update_progress(self, locked: bool | None = None) -> None:
        rows = self.model.rows()
        done = sum(1 for r in rows if r.submission is not None and r.site_visit is not None)
        text = self.tr("{done} of {total} entrants have both scores.").format(
            done=done, total=len(rows))
        if locked if locked is not None else not self.model.editable:
            text += " " + self.tr("The finalists are confirmed, so these scores are fixed "
                                  "(reset the shortlist to change them).")
        self.progress.setText(text)

    def _save(self, row: PreliminaryRow, column: int, text: str) -> PreliminaryRow:
        cid = self.competition_id
        assert cid is not None
        if column == SUBMISSION_COLUMN:
            updated = self.services.preliminary.record(cid, row.entrant.id, submission=text)
        else:
            updated = self.services.preliminary.record(cid, row.entrant.id, site_visit=text)
        self.status.setText(self.tr("Saved {code}.").format(code=row.entrant.code))
        self.changed.emit()
        return updated  # type: ignore[no-any-return]

    def _on_model_edit_refused(self, error: UserError) -> None:
        self.message_box = show_error(self, error)

    def edit_cell(self, row: int, column: int) -> QModelIndex:
        """Selects a score cell for typing (keyboard users and tests)."""
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        return index

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Stages one and two of judging: the self-nomination submission (assessed by the "
            "panel) and the consultant's site visit, each out of 100 with up to two decimals. "
            "Type a score into the table; Enter saves it, Esc cancels. Clear a cell to remove "
            "a score."))
        self.view.setAccessibleName(self.tr("Preliminary scores"))
        self.model.retranslate()
        self._update_progress()
