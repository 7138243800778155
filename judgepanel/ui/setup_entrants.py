"""Set-up page "Entrants": add, edit and remove entrants, or import them from a CSV file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.enums import EntrantCategory
from judgepanel.domain.model import Bilingual, EntrantView
from judgepanel.domain.setup import EntrantInput
from judgepanel.ui.setup_common import (
    SetupPage,
    SetupTableModel,
    SubmitDialog,
    keeping_selection,
    lang,
    make_table,
    open_file_dialog,
    selected_row,
)
from judgepanel.ui.table_model import Column


def category_text(category: EntrantCategory) -> str:
    labels = {
        EntrantCategory.DEPARTMENT: QCoreApplication.translate("EntrantCategory", "Department"),
        EntrantCategory.TEAM: QCoreApplication.translate("EntrantCategory", "Team"),
        EntrantCategory.INDIVIDUAL: QCoreApplication.translate("EntrantCategory", "Individual"),
    }
    return labels[category]


class EntrantDialog(SubmitDialog):
    """Add or edit one entrant: code, English and Chinese names, category."""

    def __init__(self, entrant: EntrantView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entrantDialog")
        self.code = QLineEdit()
        self.code.setObjectName("entrantCode")
        self.name_en = QLineEdit()
        self.name_en.setObjectName("entrantNameEn")
        self.name_zh = QLineEdit()
        self.name_zh.setObjectName("entrantNameZh")
        self.category = QComboBox()
        self.category.setObjectName("entrantCategory")
        for category in EntrantCategory:
            self.category.addItem("", category.value)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.code, self.name_en, self.name_zh,
                                              self.category), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if entrant is not None:
            self.code.setText(entrant.code)
            self.name_en.setText(entrant.name.en)
            self.name_zh.setText(entrant.name.zh)
            self.category.setCurrentIndex(list(EntrantCategory).index(entrant.category))
        self.resize(520, 200)
        self.setWindowTitle(self.tr("New entrant") if entrant is None else self.tr("Edit entrant"))
        self.labels[0].setText(self.tr("&Code:"))
        self.labels[1].setText(self.tr("Name (&English):"))
        self.labels[2].setText(self.tr("Name (C&hinese):"))
        self.labels[3].setText(self.tr("C&ategory:"))
        self.code.setPlaceholderText(self.tr("e.g. IMMD"))
        for i, category in enumerate(EntrantCategory):
            self.category.setItemText(i, category_text(category))

    def values(self) -> EntrantInput:
        return EntrantInput(self.code.text(), Bilingual(self.name_en.text(), self.name_zh.text()),
                            EntrantCategory(self.category.currentData()))


class EntrantsPage(SetupPage):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setObjectName("setupEntrantsPage")
        self.model: SetupTableModel[EntrantView] = SetupTableModel([
            Column(lambda: self.tr("Code"), lambda e: e.code),
            Column(lambda: self.tr("Name (English)"), lambda e: e.name.en),
            Column(lambda: self.tr("Name (Chinese)"), lambda e: e.name.zh),
            Column(lambda: self.tr("Category"), lambda e: category_text(e.category)),
        ], self)
        self.view = make_table(self.model, "entrantsTable", stretch=1)
        self.view.doubleClicked.connect(lambda _index: self._on_edit_clicked())
        self.count_label = QLabel()
        self.count_label.setObjectName("entrantCountLabel")
        self.add_button = QPushButton()
        self.add_button.setObjectName("addEntrantButton")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editEntrantButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeEntrantButton")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importEntrantsButton")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.format_label = QLabel()
        self.format_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.format_label)
        layout.addWidget(self.status)
        self.retranslate_ui()

    def refresh(self) -> None:
        cid = self.competition_id
        self.setEnabled(cid is not None)
        rows = () if cid is None else self.run(
            lambda: self.services.entrants.entrants(cid), notify=False) or ()
        with keeping_selection(self.view, lambda e: e.id):
            self.model.set_rows(rows)
        self.count_label.setText(self.tr("{count} entrants").format(count=len(rows)))

    def _current(self) -> EntrantView | None:
        row = selected_row(self.view)
        return None if row is None else self.model.row_at(row)

    def _on_add_clicked(self) -> None:
        cid = self.competition_id
        if cid is None:
            return
        dialog = EntrantDialog(None, self)
        self.submitting(dialog, lambda: self.services.entrants.add_entrant(cid, dialog.values()))

    def _on_edit_clicked(self) -> None:
        cid, current = self.competition_id, self._current()
        if cid is None or current is None:
            return
        dialog = EntrantDialog(current, self)
        self.submitting(dialog, lambda: self.services.entrants.update_entrant(
            cid, current.id, dialog.values()))

    def _on_remove_clicked(self) -> None:
        cid, current = self.competition_id, self._current()
        if cid is None or current is None:
            return
        self.confirm_then(
            self.tr("Remove {code} {name}, with its preliminary scores, votes and declared "
                    "conflicts?").format(code=current.code, name=current.name.pick(lang())),
            lambda: self.services.entrants.remove_entrant(cid, current.id))

    def _on_import_clicked(self) -> None:
        self.dialog = open_file_dialog(
            self, self.tr("Import entrants"), self.tr("CSV files (*.csv);;All files (*)"),
            self.import_csv)

    def import_csv(self, path: str) -> None:
        """Imports the entrants of ``path`` (all or none); the slot the file dialog calls."""
        cid = self.competition_id
        if cid is None or not path:
            return
        result = self.run(lambda: self.services.entrants.import_csv_file(cid, path))
        self.refresh()
        if result is not None:
            self.status.setText(self.tr("Imported {count} entrants from {file}.").format(
                count=len(result.created), file=Path(path).name))

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.import_button.setText(self.tr("&Import CSV…"))
        self.view.setAccessibleName(self.tr("Entrants"))
        self.format_label.setText(self.tr(
            "CSV import: UTF-8 file with the header code,name_en,name_zh,category (category: "
            "department, team or individual). A file with any bad row is refused whole, listing "
            "every problem with its line number."))
        self.model.retranslate()
        self.count_label.setText(self.tr("{count} entrants").format(count=self.model.rowCount()))
