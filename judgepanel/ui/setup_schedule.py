"""Set-up page "Schedule": presentation order, start times and durations for the finalists, and
the printable schedule PDF (built off the GUI thread)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.errors import UserError
from judgepanel.domain.model import EntrantView, ScheduleSlotView
from judgepanel.domain.setup import SchedulePlan, ScheduleView, SlotInput
from judgepanel.domain.timefmt import HONG_KONG, hk_date, hk_time, to_hk
from judgepanel.services.setup_schedule import save_pdf
from judgepanel.ui.setup_common import (
    SetupPage,
    SetupTableModel,
    SubmitDialog,
    keeping_selection,
    lang,
    make_table,
    open_file_dialog,
    selected_row,
    show_error,
)
from judgepanel.ui.table_model import Column
from judgepanel.ui.worker import run_in_background


def _hk(day: QDate, at: QTime) -> datetime:
    return datetime.combine(date(day.year(), day.month(), day.day()),
                            time(at.hour(), at.minute()), tzinfo=HONG_KONG)


def _minutes(maximum: int, value: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, maximum)
    box.setValue(value)
    return box


class _DateTimeFields:
    def __init__(self, starts_at: datetime | None) -> None:
        local = to_hk(starts_at) if starts_at else None
        self.day = QDateEdit()
        self.day.setObjectName("slotDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.at = QTimeEdit()
        self.at.setObjectName("slotTime")
        self.at.setDisplayFormat("HH:mm")
        if local is not None:
            self.day.setDate(QDate(local.year, local.month, local.day))
            self.at.setTime(QTime(local.hour, local.minute))
        else:
            self.day.setDate(QDate.currentDate())
            self.at.setTime(QTime(9, 30))

    def value(self) -> datetime:
        return _hk(self.day.date(), self.at.time())


class SlotDialog(SubmitDialog):
    """One finalist's slot: start (Hong Kong time), presentation and Q&A minutes."""

    def __init__(self, finalists: tuple[EntrantView, ...], slot: ScheduleSlotView | None,
                 default_start: datetime | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slotDialog")
        self.finalist = QComboBox()
        self.finalist.setObjectName("slotFinalist")
        for e in finalists:
            self.finalist.addItem(f"{e.code} — {e.name.pick(lang())}", e.id)
        if slot is not None:
            self.finalist.setCurrentIndex(max(0, self.finalist.findData(slot.entrant.id)))
            self.finalist.setEnabled(False)
        self.when = _DateTimeFields(slot.starts_at if slot else default_start)
        self.presentation = _minutes(600, slot.presentation_minutes if slot else 15,
                                     "presentationMinutes")
        self.presentation.setMinimum(1)
        self.qa = _minutes(600, slot.qa_minutes if slot else 10, "qaMinutes")
        form = QFormLayout()
        for text, field in ((self.tr("&Finalist:"), self.finalist),
                            (self.tr("&Date:"), self.when.day),
                            (self.tr("&Starts at (Hong Kong time):"), self.when.at),
                            (self.tr("&Presentation (minutes):"), self.presentation),
                            (self.tr("&Q&&A (minutes):"), self.qa)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Presentation slot"))
        self.resize(480, 240)

    def values(self) -> SlotInput:
        return SlotInput(int(self.finalist.currentData()), self.when.value(),
                         self.presentation.value(), self.qa.value())


class PlanDialog(SubmitDialog):
    """Lays out every finalist back to back in the chosen order."""

    def __init__(self, order: list[EntrantView], start: datetime | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.when = _DateTimeFields(start)
        self.presentation = _minutes(600, 15, "planPresentation")
        self.presentation.setMinimum(1)
        self.qa = _minutes(600, 10, "planQa")
        self.changeover = _minutes(600, 5, "planChangeover")
        self.order = QListWidget()
        self.order.setObjectName("planOrder")
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for e in order:
            item = QListWidgetItem(f"{e.code} — {e.name.pick(lang())}")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.order.addItem(item)
        self.order.setCurrentRow(0)
        self.up = QPushButton(self.tr("Move &up"))
        self.up.setObjectName("planUp")
        self.down = QPushButton(self.tr("Move do&wn"))
        self.down.setObjectName("planDown")
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        form = QFormLayout()
        for text, field in ((self.tr("&Date:"), self.when.day),
                            (self.tr("&First presentation starts (Hong Kong time):"),
                             self.when.at),
                            (self.tr("&Presentation (minutes):"), self.presentation),
                            (self.tr("&Q&&A (minutes):"), self.qa),
                            (self.tr("&Changeover between finalists (minutes):"),
                             self.changeover)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        move = QVBoxLayout()
        move.addWidget(self.up)
        move.addWidget(self.down)
        move.addStretch(1)
        order_row = QHBoxLayout()
        order_row.addWidget(self.order, 1)
        order_row.addLayout(move)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Presentation order:")))
        layout.addLayout(order_row, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Plan the presentation schedule"))
        self.resize(560, 520)

    def _move(self, offset: int) -> None:
        row = self.order.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.order.count():
            return
        item = self.order.takeItem(row)
        self.order.insertItem(target, item)
        self.order.setCurrentRow(target)

    def plan(self) -> SchedulePlan:
        role = Qt.ItemDataRole.UserRole
        order = tuple(int(self.order.item(i).data(role)) for i in range(self.order.count()))
        return SchedulePlan(self.when.value(), order, self.presentation.value(), self.qa.value(),
                            self.changeover.value())


class SchedulePage(SetupPage):
    #: Emitted with the path once the PDF is written (or with the error if it failed).
    pdf_saved = Signal(str)
    pdf_failed = Signal(object)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setObjectName("setupSchedulePage")
        self._view: ScheduleView | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model: SetupTableModel[ScheduleSlotView] = SetupTableModel([
            Column(lambda: self.tr("Order"), lambda s: s.position, align_right=True),
            Column(lambda: self.tr("Date"), lambda s: hk_date(s.starts_at)),
            Column(lambda: self.tr("Starts"), lambda s: hk_time(s.starts_at)),
            Column(lambda: self.tr("Ends"), lambda s: hk_time(s.ends_at)),
            Column(lambda: self.tr("Code"), lambda s: s.entrant.code),
            Column(lambda: self.tr("Finalist"), lambda s: s.entrant.name.pick(lang())),
            Column(lambda: self.tr("Presentation (min)"), lambda s: s.presentation_minutes,
                   align_right=True),
            Column(lambda: self.tr("Q&A (min)"), lambda s: s.qa_minutes, align_right=True),
        ], self)
        self.view = make_table(self.model, "setupScheduleTable", stretch=5)
        self.view.doubleClicked.connect(lambda _index: self._on_edit_clicked())
        self.unscheduled = QLabel()
        self.unscheduled.setObjectName("unscheduledLabel")
        self.unscheduled.setWordWrap(True)
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("planScheduleButton")
        self.add_button = QPushButton()
        self.add_button.setObjectName("addSlotButton")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editSlotButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeSlotButton")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("saveSchedulePdfButton")
        self.plan_button.clicked.connect(self._on_plan_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        buttons = QHBoxLayout()
        for b in (self.plan_button, self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.unscheduled)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate_ui()

    def refresh(self) -> None:
        cid = self.competition_id
        self.setEnabled(cid is not None)
        self._view = None if cid is None else self.run(
            lambda: self.services.schedule.view(cid), notify=False)
        with keeping_selection(self.view, lambda s: s.entrant.id):
            self.model.set_rows(self._view.slots if self._view else ())
        self._update_texts()

    def _update_texts(self) -> None:
        v = self._view
        if v is None or not v.finalists:
            self.unscheduled.setText(self.tr("There are no confirmed finalists yet; confirm the "
                                             "shortlist first."))
        elif v.unscheduled:
            self.unscheduled.setText(self.tr("Not yet scheduled: {codes}.").format(
                codes=", ".join(e.code for e in v.unscheduled)))
        else:
            self.unscheduled.setText(self.tr("Every finalist has a slot."))
        has_finalists = bool(v and v.finalists)
        self.plan_button.setEnabled(has_finalists)
        self.add_button.setEnabled(bool(v and v.unscheduled))
        self.edit_button.setEnabled(bool(v and v.slots))
        self.remove_button.setEnabled(bool(v and v.slots))
        self.pdf_button.setEnabled(bool(v and v.slots))

    def _current(self) -> ScheduleSlotView | None:
        row = selected_row(self.view)
        return None if row is None else self.model.row_at(row)

    # -- slots -----------------------------------------------------------------------------------
    def _on_plan_clicked(self) -> None:
        cid, v = self.competition_id, self._view
        if cid is None or v is None or not v.finalists:
            return
        order = [s.entrant for s in v.slots] + list(v.unscheduled)
        dialog = PlanDialog(order, v.slots[0].starts_at if v.slots else None, self)
        if v.slots:
            first = v.slots[0]
            dialog.presentation.setValue(first.presentation_minutes)
            dialog.qa.setValue(first.qa_minutes)
            if len(v.slots) > 1:
                gap = (v.slots[1].starts_at - first.ends_at).total_seconds() // 60
                dialog.changeover.setValue(max(0, int(gap)))
        self.submitting(dialog, lambda: self.services.schedule.plan(cid, dialog.plan()))

    def _on_add_clicked(self) -> None:
        cid, v = self.competition_id, self._view
        if cid is None or v is None or not v.unscheduled:
            return
        start = v.slots[-1].ends_at if v.slots else None
        dialog = SlotDialog(v.unscheduled, None, start, self)
        self.submitting(dialog, lambda: self.services.schedule.set_slot(cid, dialog.values()))

    def _on_edit_clicked(self) -> None:
        cid, v, slot = self.competition_id, self._view, self._current()
        if cid is None or v is None or slot is None:
            return
        dialog = SlotDialog(v.finalists, slot, None, self)
        self.submitting(dialog, lambda: self.services.schedule.set_slot(cid, dialog.values()))

    def _on_remove_clicked(self) -> None:
        cid, slot = self.competition_id, self._current()
        if cid is None or slot is None:
            return
        self.run(lambda: self.services.schedule.remove_slot(cid, slot.entrant.id))
        self.refresh()

    def _on_pdf_clicked(self) -> None:
        self.dialog = open_file_dialog(
            self, self.tr("Save the schedule as PDF"), self.tr("PDF files (*.pdf)"),
            self.save_pdf, save=True, default_suffix="pdf")

    def save_pdf(self, path: str) -> None:
        """Writes the schedule PDF to ``path`` on a worker thread; ``pdf_saved`` follows."""
        cid = self.competition_id
        if cid is None or not path:
            return
        document = self.run(lambda: self.services.schedule.document(cid), notify=False)
        if document is None:
            return
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Writing {file}…").format(file=Path(path).name))
        run_in_background(lambda: str(save_pdf(document, path)), self._on_pdf_saved,
                          self._on_pdf_failed)

    def _on_pdf_saved(self, path: str) -> None:
        self.pdf_button.setEnabled(True)
        self.status.setText(self.tr("The schedule was saved as {path}.").format(path=path))
        self.pdf_saved.emit(path)

    def _on_pdf_failed(self, error: UserError) -> None:
        self.pdf_button.setEnabled(True)
        self.status.clear()
        self.message_box = show_error(self, error)
        self.pdf_failed.emit(error)

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "The order of presentations on the final day, in Hong Kong time. Presentations "
            "cannot overlap. Plan lays every finalist out back to back; a single slot can then "
            "be moved."))
        self.plan_button.setText(self.tr("&Plan schedule…"))
        self.add_button.setText(self.tr("&Add slot…"))
        self.edit_button.setText(self.tr("&Edit slot…"))
        self.remove_button.setText(self.tr("&Remove slot"))
        self.pdf_button.setText(self.tr("&Save as PDF…"))
        self.view.setAccessibleName(self.tr("Presentation schedule"))
        self.model.retranslate()
        self._update_texts()
