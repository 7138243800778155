"""The judge's day: presentations in schedule order with the judge's own progress on each, and
(until the judge-kit makes a laptop belong to one judge) the chooser of who is judging.

Only the judge's own statuses appear; nothing here shows another judge's scores, totals across
judges or ranks (blind judging).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.timefmt import hk_date, hk_time
from judgepanel.ui import i18n
from judgepanel.ui.table_model import Column, RowTableModel

if TYPE_CHECKING:
    # Only for annotations: this module is on the path to the judge's first paint, and the
    # domain's dataclasses cost more to import than the widgets shown in that paint.
    from judgepanel.domain.judging import DaySlot, JudgeDay, SlotStatus
    from judgepanel.domain.model import JudgeView

AnyIndex = QModelIndex | QPersistentModelIndex

_STYLE = """
QPushButton { border: 1px solid palette(dark); border-radius: 4px; padding: 4px 10px;
    background: palette(button); color: palette(button-text); }
QPushButton:hover { background: palette(light); }
QPushButton:pressed { background: palette(midlight); }
QPushButton:focus { border: 3px solid palette(highlight); padding: 2px 8px; }
QTableView:focus { border: 3px solid palette(highlight); }
#dayLocked { color: #8a4b00; font-weight: bold; }
#dayMessage { color: #b3261e; font-weight: bold; }
"""


def _lang() -> str:
    return i18n.current_language()


def status_text(status: SlotStatus) -> str:
    """The words shown for a finalist's status (the day list and the scoring header agree)."""
    translate = QCoreApplication.translate
    texts = {
        "not_started": translate("JudgeStatus", "Not started"),
        "in_progress": translate("JudgeStatus", "In progress"),
        "complete": translate("JudgeStatus", "Complete"),
        "signed": translate("JudgeStatus", "Signed"),
        "recused": translate("JudgeStatus", "Recused (conflict of interest)"),
    }
    return texts[str(status)]


def _title_font(label: QLabel, factor: float) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)


def make_list_view(model: RowTableModel[Any], name: str, stretch: int) -> QTableView:
    """A read-only table; its ``activated`` signal (Enter, double-click) opens a row."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class JudgeDayTableModel(RowTableModel["DaySlot"]):
    """The day's slots; recused ones are muted and italic (and say "Recused" in words)."""

    STATUS_COLUMN = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Order"),
                   lambda s: "" if s.position is None else s.position, align_right=True),
            Column(lambda: self.tr("Time"), self._time),
            Column(lambda: self.tr("Finalist"), lambda s: s.entrant.name.pick(_lang())),
            Column(lambda: self.tr("Code"), lambda s: s.entrant.code),
            Column(lambda: self.tr("Your progress"), self._status,
                   tooltip=lambda s: s.recusal_reason),
        ], parent)

    def _time(self, slot: DaySlot) -> str:
        if slot.starts_at is None or slot.ends_at is None:
            return self.tr("not scheduled")
        return f"{hk_time(slot.starts_at)}–{hk_time(slot.ends_at)}"

    def _status(self, slot: DaySlot) -> str:
        text = status_text(slot.status)
        if slot.status == "in_progress":
            return self.tr("{status}: {scored} of {count} scored").format(
                status=text, scored=slot.scored, count=slot.criteria_count)
        return text

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount() \
                and 0 <= index.column() < self.columnCount():
            slot = self.row_at(index.row())
            if role == Qt.ItemDataRole.ForegroundRole and slot.recused:
                from PySide6.QtGui import QBrush, QColor

                # Muted but still readable (about 6:1 on white), unlike the disabled grey.
                return QBrush(QColor("#595959"))
            if role == Qt.ItemDataRole.FontRole and (
                    slot.recused or (index.column() == self.STATUS_COLUMN
                                     and slot.status == "complete")):
                from PySide6.QtGui import QFont

                font = QFont()
                font.setItalic(slot.recused)
                font.setBold(not slot.recused)
                return font
        return super().data(index, role)


class JudgeDayPage(QWidget):
    """The list a judge lives in between presentations; Enter opens the selected finalist."""

    #: The judge asked to score this entrant id.
    open_requested = Signal(int)
    #: "Change judge" (only offered when the laptop does not belong to one judge).
    change_judge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("judgeDayPage")
        self.setStyleSheet(_STYLE)
        self._day: JudgeDay | None = None
        self.title = QLabel()
        self.title.setObjectName("dayTitle")
        self.title.setWordWrap(True)
        _title_font(self.title, 1.4)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("daySubtitle")
        self.subtitle.setWordWrap(True)
        self.locked_label = QLabel()
        self.locked_label.setObjectName("dayLocked")
        self.locked_label.setWordWrap(True)
        self.locked_label.setVisible(False)
        self.model = JudgeDayTableModel(self)
        self.table = make_list_view(self.model, "dayTable", stretch=2)
        self.table.activated.connect(self._on_table_activated)
        self.message = QLabel()
        self.message.setObjectName("dayMessage")
        self.message.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("dayHint")
        self.hint.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openFinalistButton")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.open_button.setAutoDefault(True)
        self.change_button = QPushButton()
        self.change_button.setObjectName("changeJudgeButton")
        self.change_button.clicked.connect(self.change_judge_requested)
        self.change_button.setAutoDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.locked_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def day(self) -> JudgeDay | None:
        return self._day

    def set_day(self, day: JudgeDay, select_entrant: int | None = None) -> None:
        """Shows the judge's day, keeping (or moving) the selection to ``select_entrant``."""
        current = self.selected_slot()
        keep = select_entrant if select_entrant is not None else (
            current.entrant.id if current else None)
        self._day = day
        self.model.set_rows(day.slots)
        row = next((i for i, s in enumerate(day.slots) if s.entrant.id == keep), None)
        if row is None:
            row = next((i for i, s in enumerate(day.slots)
                        if s.status in ("not_started", "in_progress")), 0)
        if day.slots:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.change_button.setVisible(not day.own_laptop)
        self.locked_label.setVisible(day.locked)
        self.message.setText("")
        self._update_header()

    def selected_slot(self) -> DaySlot | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text or self.tr("Messages"))

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, slot: DaySlot | None) -> None:
        if slot is None:
            return
        if slot.recused:
            self.show_message(self.tr(
                "You declared a conflict of interest with {finalist}, so you do not score it."
            ).format(finalist=slot.entrant.name.pick(_lang())))
            return
        self.show_message("")
        self.open_requested.emit(slot.entrant.id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.model.row_at(index.row()))

    def _on_open_clicked(self) -> None:
        self._open(self.selected_slot())

    def _update_header(self) -> None:
        day = self._day
        if day is None:
            self.title.setText(self.tr("Loading your presentations…"))
            self.subtitle.setText("")
            return
        self.title.setText(self.tr("{judge} — your presentations").format(
            judge=day.judge.name.pick(_lang())))
        first = next((s.starts_at for s in day.slots if s.starts_at is not None), None)
        scored = sum(1 for s in day.slots if s.status in ("complete", "signed"))
        facts = [day.competition.name.pick(_lang())]
        if first is not None:
            facts.append(hk_date(first))
        venue = day.competition.venue.pick(_lang())
        if venue:
            facts.append(venue)
        facts.append(self.tr("{done} of {count} finalists complete").format(
            done=scored, count=sum(1 for s in day.slots if not s.recused)))
        self.subtitle.setText(" · ".join(facts))

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Your presentations in schedule order"))
        self.open_button.setText(self.tr("Score this finalist (Enter)"))
        self.open_button.setAccessibleName(self.tr("Score the selected finalist"))
        self.change_button.setText(self.tr("Change judge…"))
        self.change_button.setAccessibleName(self.tr("Choose another judge"))
        self.hint.setText(self.tr("Up/Down: choose · Enter: score · Ctrl+Z: undo a score"))
        self.locked_label.setText(self.tr(
            "Your score sheet has been signed: your scores are read-only."))
        self.message.setAccessibleName(self.message.text() or self.tr("Messages"))
        self.model.retranslate()
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class JudgeChooserPage(QWidget):
    """Who is judging on this computer. Skipped when the laptop belongs to one judge."""

    judge_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("judgeChooserPage")
        self.setStyleSheet(_STYLE)
        self.title = QLabel()
        self.title.setObjectName("chooserTitle")
        self.title.setWordWrap(True)
        _title_font(self.title, 1.4)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.model: RowTableModel[JudgeView] = RowTableModel([
            Column(lambda: self.tr("Judge"), lambda j: j.name.pick(_lang())),
            Column(lambda: self.tr("Title"), lambda j: j.title),
            Column(lambda: self.tr("Organisation"), lambda j: j.organisation),
        ], self)
        self.table = make_list_view(self.model, "judgeTable", stretch=2)
        self.table.activated.connect(self._on_table_activated)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseJudgeButton")
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.choose_button.setAutoDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def set_judges(self, judges: tuple[JudgeView, ...], current: int | None = None) -> None:
        self.model.set_rows(judges)
        row = next((i for i, j in enumerate(judges) if j.id == current), 0)
        if judges:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.judge_chosen.emit(self.model.row_at(index.row()).id)

    def _on_choose_clicked(self) -> None:
        self._on_table_activated(self.table.currentIndex())

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Who is judging?"))
        self.explanation.setText(self.tr(
            "Choose the judge whose scores you will enter. You will see only that judge's own "
            "scores. On a judge's own laptop this step is skipped."))
        self.table.setAccessibleName(self.tr("Judges of this competition"))
        self.choose_button.setText(self.tr("Score as this judge (Enter)"))
        self.choose_button.setAccessibleName(self.tr("Score as the selected judge"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
