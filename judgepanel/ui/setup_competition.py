"""Set-up page "Competition & criteria": the competition's details, and its criteria with weights,
scales and rubric bands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.model import Bilingual, CompetitionSummary, CriterionView
from judgepanel.domain.scoring import format_exact, format_score
from judgepanel.domain.setup import BandInput, CompetitionInput, CriterionInput
from judgepanel.ui.setup_common import (
    SetupPage,
    SetupTableModel,
    SubmitDialog,
    keeping_selection,
    lang,
    make_table,
    selected_row,
)
from judgepanel.ui.table_model import AnyIndex, Column


def _number(value: Any) -> str:
    from fractions import Fraction

    return format_exact(Fraction(value))


class CompetitionForm(QWidget):
    """The competition's details, English and Chinese side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.english_header = QLabel()
        self.chinese_header = QLabel()
        grid.addWidget(self.english_header, 0, 1)
        grid.addWidget(self.chinese_header, 0, 2)

        def pair(row: int, name: str) -> tuple[QLabel, QLineEdit, QLineEdit]:
            label = QLabel()
            en, zh = QLineEdit(), QLineEdit()
            en.setObjectName(f"{name}En")
            zh.setObjectName(f"{name}Zh")
            label.setBuddy(en)
            grid.addWidget(label, row, 0)
            grid.addWidget(en, row, 1)
            grid.addWidget(zh, row, 2)
            return label, en, zh

        self.name_label, self.name_en, self.name_zh = pair(1, "name")
        self.award_label, self.award_en, self.award_zh = pair(2, "award")
        self.public_label, self.public_en, self.public_zh = pair(3, "publicAward")
        self.venue_label, self.venue_en, self.venue_zh = pair(4, "venue")

        numbers = QHBoxLayout()
        self.year_label = QLabel()
        self.year = QLineEdit()
        self.year.setObjectName("yearLabel")
        self.year.setMaximumWidth(110)
        self.year_label.setBuddy(self.year)
        self.awards_label = QLabel()
        self.award_count = QSpinBox()
        self.award_count.setObjectName("awardCount")
        self.award_count.setRange(1, 100)
        self.awards_label.setBuddy(self.award_count)
        self.finalists_label = QLabel()
        self.finalist_count = QSpinBox()
        self.finalist_count.setObjectName("finalistCount")
        self.finalist_count.setRange(1, 200)
        self.finalist_count.setValue(8)
        self.finalists_label.setBuddy(self.finalist_count)
        self.public_count_label = QLabel()
        self.public_count = QSpinBox()
        self.public_count.setObjectName("publicAwardCount")
        self.public_count.setRange(0, 100)
        self.public_count.setValue(3)
        self.public_count_label.setBuddy(self.public_count)
        for label, field in ((self.year_label, self.year), (self.awards_label, self.award_count),
                             (self.finalists_label, self.finalist_count),
                             (self.public_count_label, self.public_count)):
            numbers.addWidget(label)
            numbers.addWidget(field)
            numbers.addSpacing(12)
        numbers.addStretch(1)
        grid.addLayout(numbers, 5, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.public_en.setText("Best Public Image Award")
        self.public_zh.setText("最佳公眾形象獎")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.english_header.setText(self.tr("English"))
        self.chinese_header.setText(self.tr("Chinese"))
        self.name_label.setText(self.tr("&Name:"))
        self.award_label.setText(self.tr("&Award:"))
        self.public_label.setText(self.tr("&Public-vote award:"))
        self.venue_label.setText(self.tr("&Venue:"))
        self.year_label.setText(self.tr("&Year:"))
        self.awards_label.setText(self.tr("Number of a&wards:"))
        self.finalists_label.setText(self.tr("&Finalists (N):"))
        self.public_count_label.setText(self.tr("Public-vote a&wards (K):"))
        for field, text in (
            (self.name_en, self.tr("Competition name (English)")),
            (self.name_zh, self.tr("Competition name (Chinese)")),
            (self.award_en, self.tr("Award name (English)")),
            (self.award_zh, self.tr("Award name (Chinese)")),
            (self.public_en, self.tr("Public-vote award name (English)")),
            (self.public_zh, self.tr("Public-vote award name (Chinese)")),
            (self.venue_en, self.tr("Venue (English)")),
            (self.venue_zh, self.tr("Venue (Chinese)")),
        ):
            field.setAccessibleName(text)
            field.setPlaceholderText(text)

    def values(self) -> CompetitionInput:
        return CompetitionInput(
            name=Bilingual(self.name_en.text(), self.name_zh.text()),
            year_label=self.year.text(),
            award_name=Bilingual(self.award_en.text(), self.award_zh.text()),
            award_count=self.award_count.value(),
            finalist_count=self.finalist_count.value(),
            public_award_name=Bilingual(self.public_en.text(), self.public_zh.text()),
            public_award_count=self.public_count.value(),
            venue=Bilingual(self.venue_en.text(), self.venue_zh.text()),
        )

    def set_values(self, c: CompetitionSummary) -> None:
        self.name_en.setText(c.name.en)
        self.name_zh.setText(c.name.zh)
        self.year.setText(c.year_label)
        self.award_en.setText(c.award_name.en)
        self.award_zh.setText(c.award_name.zh)
        self.award_count.setValue(c.award_count)
        self.finalist_count.setValue(c.finalist_count)
        self.public_en.setText(c.public_award_name.en)
        self.public_zh.setText(c.public_award_name.zh)
        self.public_count.setValue(c.public_award_count)
        self.venue_en.setText(c.venue.en)
        self.venue_zh.setText(c.venue.zh)


class CompetitionDialog(SubmitDialog):
    """A new competition."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("competitionDialog")
        self.form = CompetitionForm()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New competition"))
        self.resize(820, 280)


class BandsModel(QAbstractTableModel):
    """The rubric bands being edited: low, high and the two descriptors, as typed text."""

    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []

    def set_bands(self, bands: list[list[str]]) -> None:
        self.beginResetModel()
        self._rows = [list(b) for b in bands]
        self.endResetModel()

    def bands(self) -> list[list[str]]:
        return [list(r) for r in self._rows]

    def add_band(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(["", "", "", ""])
        self.endInsertRows()
        return row

    def remove_band(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < self.COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < self.COLUMNS):
            return False
        self._rows[index.row()][index.column()] = "" if value is None else str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        headers = (self.tr("From"), self.tr("To"), self.tr("Descriptor (English)"),
                   self.tr("Descriptor (Chinese)"))
        return headers[section] if 0 <= section < len(headers) else None


class CriterionDialog(SubmitDialog):
    """Add or edit one criterion: names, description, weight, scale and rubric bands."""

    def __init__(self, criterion: CriterionView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criterionDialog")
        self.code = criterion.code if criterion else ""
        form = QFormLayout()
        self.name_en, self.name_zh = QLineEdit(), QLineEdit()
        self.name_en.setObjectName("criterionNameEn")
        self.name_zh.setObjectName("criterionNameZh")
        self.description_en, self.description_zh = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.description_en, self.description_zh):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
        self.weight = QLineEdit("1")
        self.weight.setObjectName("criterionWeight")
        self.scale_min, self.scale_max, self.scale_step = QLineEdit("0"), QLineEdit("10"), \
            QLineEdit("0.5")
        self.scale_min.setObjectName("scaleMin")
        self.scale_max.setObjectName("scaleMax")
        self.scale_step.setObjectName("scaleStep")
        scale_row = QHBoxLayout()
        self.to_label, self.step_label = QLabel(), QLabel()
        scale_row.addWidget(self.scale_min)
        scale_row.addWidget(self.to_label)
        scale_row.addWidget(self.scale_max)
        scale_row.addWidget(self.step_label)
        scale_row.addWidget(self.scale_step)
        self.labels = [QLabel() for _ in range(6)]
        fields: list[QWidget] = [
            self.name_en, self.name_zh, self.description_en, self.description_zh, self.weight,
        ]
        for label, field in zip(self.labels, fields, strict=False):
            label.setBuddy(field)
            form.addRow(label, field)
        self.labels[5].setBuddy(self.scale_min)
        form.addRow(self.labels[5], scale_row)

        self.bands_model = BandsModel(self)
        self.bands_view = QTableView()
        self.bands_view.setObjectName("bandsTable")
        self.bands_view.setModel(self.bands_model)
        self.bands_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.bands_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add_band_button = QPushButton()
        self.add_band_button.setObjectName("addBandButton")
        self.add_band_button.clicked.connect(self._on_add_band_clicked)
        self.remove_band_button = QPushButton()
        self.remove_band_button.setObjectName("removeBandButton")
        self.remove_band_button.clicked.connect(self._on_remove_band_clicked)
        band_buttons = QHBoxLayout()
        band_buttons.addWidget(self.add_band_button)
        band_buttons.addWidget(self.remove_band_button)
        band_buttons.addStretch(1)
        self.bands_box = QGroupBox()
        bands_layout = QVBoxLayout(self.bands_box)
        bands_layout.addWidget(self.bands_view)
        bands_layout.addLayout(band_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bands_box, 1)
        layout.addWidget(self.buttons)
        if criterion is not None:
            self.name_en.setText(criterion.name.en)
            self.name_zh.setText(criterion.name.zh)
            self.description_en.setPlainText(criterion.description.en)
            self.description_zh.setPlainText(criterion.description.zh)
            self.weight.setText(_number(criterion.weight))
            self.scale_min.setText(_number(criterion.scale_min))
            self.scale_max.setText(_number(criterion.scale_max))
            self.scale_step.setText(_number(criterion.scale_step))
            self.bands_model.set_bands([
                [_number(b.low), _number(b.high), b.descriptor.en, b.descriptor.zh]
                for b in criterion.bands])
        self.resize(860, 600)
        self.retranslate_ui(criterion is None)

    def retranslate_ui(self, new: bool) -> None:
        self.setWindowTitle(self.tr("New criterion") if new else self.tr("Edit criterion"))
        texts = (self.tr("Name (&English):"), self.tr("Name (&Chinese):"),
                 self.tr("Description (English):"), self.tr("Description (Chinese):"),
                 self.tr("&Weight:"), self.tr("&Scale from:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.to_label.setText(self.tr("to"))
        self.step_label.setText(self.tr("in steps of"))
        self.bands_box.setTitle(self.tr("Rubric bands (what each range of scores means)"))
        self.add_band_button.setText(self.tr("Add &band"))
        self.remove_band_button.setText(self.tr("Remove ba&nd"))

    def _on_add_band_clicked(self) -> None:
        row = self.bands_model.add_band()
        self.bands_view.setCurrentIndex(self.bands_model.index(row, 0))
        self.bands_view.setFocus()

    def _on_remove_band_clicked(self) -> None:
        index = self.bands_view.currentIndex()
        if index.isValid():
            self.bands_model.remove_band(index.row())

    def values(self) -> CriterionInput:
        return CriterionInput(
            name=Bilingual(self.name_en.text(), self.name_zh.text()),
            description=Bilingual(self.description_en.toPlainText(),
                                  self.description_zh.toPlainText()),
            weight=self.weight.text(),
            scale_min=self.scale_min.text(), scale_max=self.scale_max.text(),
            scale_step=self.scale_step.text(),
            bands=tuple(BandInput(low, high, Bilingual(en, zh))
                        for low, high, en, zh in self.bands_model.bands()),
            code=self.code,
        )


class CompetitionPage(SetupPage):
    """The competition's details (saved with one button) and its criteria."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setObjectName("setupCompetitionPage")
        self._criteria: tuple[CriterionView, ...] = ()
        self.details_box = QGroupBox()
        self.form = CompetitionForm()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCompetitionButton")
        self.save_button.clicked.connect(self._on_save_clicked)
        details = QVBoxLayout(self.details_box)
        details.addWidget(self.form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        details.addLayout(save_row)

        self.criteria_box = QGroupBox()
        self.criteria_model: SetupTableModel[CriterionView] = SetupTableModel([
            Column(lambda: self.tr("Criterion"), lambda c: c.name.pick(lang())),
            Column(lambda: self.tr("Other language"),
                   lambda c: c.name.pick("en" if lang() != "en" else "zh_HK")),
            Column(lambda: self.tr("Weight"), lambda c: _number(c.weight), align_right=True),
            Column(lambda: self.tr("Share"), self._share, align_right=True),
            Column(lambda: self.tr("Scale"), lambda c: self.tr("{low}–{high}, steps of {step}")
                   .format(low=_number(c.scale_min), high=_number(c.scale_max),
                           step=_number(c.scale_step))),
            Column(lambda: self.tr("Rubric bands"), lambda c: len(c.bands), align_right=True),
        ], self)
        self.criteria_view = make_table(self.criteria_model, "criteriaTable", stretch=0)
        self.criteria_view.doubleClicked.connect(lambda _index: self._on_edit_clicked())
        self.total_label = QLabel()
        self.total_label.setObjectName("totalWeightLabel")
        self.add_button = QPushButton()
        self.add_button.setObjectName("addCriterionButton")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editCriterionButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeCriterionButton")
        self.up_button = QPushButton()
        self.up_button.setObjectName("moveUpButton")
        self.down_button = QPushButton()
        self.down_button.setObjectName("moveDownButton")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.up_button,
                  self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        crit_layout = QVBoxLayout(self.criteria_box)
        crit_layout.addWidget(self.criteria_view, 1)
        crit_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.details_box)
        layout.addWidget(self.criteria_box, 1)
        layout.addWidget(self.status)
        self.retranslate_ui()

    # -- data ------------------------------------------------------------------------------------
    def _share(self, c: CriterionView) -> str:
        total = sum((x.weight for x in self._criteria), start=type(c.weight)(0))
        if not total:
            return ""
        from fractions import Fraction

        return format_score(Fraction(c.weight) / Fraction(total) * 100, 1) + "%"

    def refresh(self) -> None:
        enabled = self.competition_id is not None
        for w in (self.details_box, self.criteria_box):
            w.setEnabled(enabled)
        if self.competition_id is None:
            self._criteria = ()
            self.criteria_model.set_rows(())
            return
        cid = self.competition_id
        competition = self.run(lambda: self.services.competitions.competition(cid), notify=False)
        if competition is not None:
            self.form.set_values(competition)
        criteria = self.run(lambda: self.services.competitions.criteria(cid), notify=False)
        self._criteria = criteria or ()
        with keeping_selection(self.criteria_view, lambda c: c.id):
            self.criteria_model.set_rows(self._criteria)
        self._update_total()

    def _update_total(self) -> None:
        from fractions import Fraction

        total = sum((Fraction(c.weight) for c in self._criteria), start=Fraction(0))
        self.total_label.setText(self.tr("Total weight: {total} (weights are relative; each "
                                         "criterion counts by its share)")
                                 .format(total=format_exact(total)))

    def _current(self) -> CriterionView | None:
        row = selected_row(self.criteria_view)
        return None if row is None else self.criteria_model.row_at(row)

    # -- slots -----------------------------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        cid = self.competition_id
        if cid is None:
            return
        values = self.form.values()
        saved = self.run(lambda: self.services.competitions.update_competition(cid, values))
        if saved is not None:
            self.status.setText(self.tr("The competition's details were saved."))

    def _on_add_clicked(self) -> None:
        cid = self.competition_id
        if cid is None:
            return
        dialog = CriterionDialog(None, self)
        self.submitting(dialog, lambda: self.services.competitions.add_criterion(
            cid, dialog.values()))

    def _on_edit_clicked(self) -> None:
        cid, current = self.competition_id, self._current()
        if cid is None or current is None:
            return
        dialog = CriterionDialog(current, self)
        self.submitting(dialog, lambda: self.services.competitions.update_criterion(
            cid, current.id, dialog.values()))

    def _on_remove_clicked(self) -> None:
        cid, current = self.competition_id, self._current()
        if cid is None or current is None:
            return
        self.confirm_then(self.tr("Remove the criterion {name} and its rubric bands?")
                          .format(name=current.name.pick(lang())),
                          lambda: self.services.competitions.remove_criterion(cid, current.id))

    def _move(self, offset: int) -> None:
        cid, current = self.competition_id, self._current()
        if cid is None or current is None:
            return
        self.run(lambda: self.services.competitions.move_criterion(cid, current.id, offset))
        self.refresh()

    # -- language --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.details_box.setTitle(self.tr("Competition"))
        self.form.retranslate_ui()
        self.save_button.setText(self.tr("&Save details"))
        self.criteria_box.setTitle(self.tr("Criteria"))
        self.add_button.setText(self.tr("&Add criterion…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.criteria_view.setAccessibleName(self.tr("Criteria"))
        self.criteria_model.retranslate()
        self._update_total()
