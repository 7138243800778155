"""The chair's results dialogs: fixing the method, overriding completeness, the casting
decision, the chair's credential, signing the report, and paper double entry.

Every dialog validates through its service and shows refusals inline; none of them blocks the
event loop (the workspace opens them with ``open()``), so they can be driven by tests and by
keyboard alike. Slow work (issuing a credential, signing the report) runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.aggregation import Method
from judgepanel.domain.errors import UserError
from judgepanel.domain.results import CompletenessMatrix, FinalistRef, JudgeRef, PaperCell
from judgepanel.ui import i18n
from judgepanel.ui.results_models import Cell, GridModel
from judgepanel.ui.worker import run_in_background

if TYPE_CHECKING:
    from judgepanel.domain.model import CriterionView
    from judgepanel.services.chair_credential import ChairCredentialService
    from judgepanel.services.paper_entry import PaperEntryService
    from judgepanel.services.results import ResultsService


def method_label(method: Method) -> str:
    """The method's name in the interface language (the domain marks it for translation)."""
    return QCoreApplication.translate("domain", method.label_en)


def pick(name: Any) -> str:
    """A :class:`Bilingual` in the interface language."""
    return name.pick(i18n.current_language())


class ResultsDialog(QDialog):
    """Shared: an inline message, OK/Cancel, and a busy state for background work."""

    done_with = Signal(object)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.busy = False
        self.result_value: object = None

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, error: UserError) -> None:
        self.set_busy(False)
        self.message.setStyleSheet("color: #a40000; font-weight: bold;")
        self.message.setText(i18n.translate_error(error.template, error.params))

    def show_text(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)
        if busy:
            self.show_text(text)

    def _on_ok_clicked(self) -> None:
        if self.busy:
            return
        try:
            self.result_value = self.apply()
        except UserError as exc:
            self.show_error(exc)
            return
        if self.result_value is not None:
            self.done_with.emit(self.result_value)
            self.accept()

    def apply(self) -> object:
        """Does the dialog's work; returns its result, or None to stay open (background)."""
        raise NotImplementedError

    def finish_in_background(self, work: Callable[[], object], busy_text: str) -> None:
        self.set_busy(True, busy_text)

        def finished(result: object) -> None:
            self.set_busy(False)
            self.result_value = result
            self.done_with.emit(result)
            self.accept()

        run_in_background(work, finished, self.show_error)


class MethodDialog(ResultsDialog):
    """Fixes the aggregation method before any result is shown, with an explicit confirmation,
    because it cannot change afterwards."""

    def __init__(self, results: ResultsService, competition_id: int, current: Method,
                 chain_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results = results
        self._competition_id = competition_id
        self.setWindowTitle(self.tr("Fix the aggregation method"))
        intro = QLabel(self.tr(
            "Choose how the judges' totals are combined. The method is fixed now, before any "
            "result is shown, and is recorded; it cannot change afterwards. The other methods "
            "are still shown beside it for comparison."))
        intro.setWordWrap(True)
        self.method = QComboBox()
        self.method.setObjectName("methodCombo")
        for m in Method:
            self.method.addItem(method_label(m), m.value)
        self.method.setCurrentIndex(list(Method).index(current))
        self.method.setAccessibleName(self.tr("Aggregation method"))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.method.currentIndexChanged.connect(self._on_method_changed)
        self.note = QLineEdit()
        self.note.setObjectName("methodNote")
        self.note.setPlaceholderText(self.tr("e.g. agreed at the panel's first meeting"))
        self.confirm = QCheckBox(self.tr("I confirm: fix this method for this year's results"))
        self.confirm.setObjectName("confirmMethod")
        self.confirm.toggled.connect(self._on_confirm_toggled)
        form = QFormLayout()
        form.addRow(self.tr("&Method:"), self.method)
        form.addRow("", self.explanation)
        form.addRow(self.tr("Tie-breaks:"), QLabel(chain_text))
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("&Fix method"))
        self.ok_button.setEnabled(False)
        self._on_method_changed()

    def _explain(self, method: Method) -> str:
        texts = {
            Method.MEAN: self.tr("The mean of the weighted totals of the judges who scored the "
                                 "finalist (recused judges are left out). The usual headline."),
            Method.TRIMMED: self.tr("Drops the single highest and lowest total when at least "
                                    "five judges scored the finalist, then takes the mean."),
            Method.MEDIAN: self.tr("The middle total of the judges who scored the finalist."),
            Method.ZSCORE: self.tr("Each judge's totals standardised (harsh and lenient judges "
                                   "evened out), then averaged. Known to hurt as often as it "
                                   "helps; best as a check."),
            Method.BORDA: self.tr("Each judge ranks the finalists; the mean rank decides "
                                  "(lower is better)."),
        }
        return texts[method]

    def selected_method(self) -> Method:
        return Method(self.method.currentData())

    def _on_method_changed(self) -> None:
        self.explanation.setText(self._explain(self.selected_method()))

    def _on_confirm_toggled(self, checked: bool) -> None:
        self.ok_button.setEnabled(checked)

    def apply(self) -> object:
        return self._results.fix_method(self._competition_id, self.selected_method(),
                                        self.note.text())


class OverrideDialog(ResultsDialog):
    """Makes results final although marks are missing; the reason is recorded."""

    def __init__(self, results: ResultsService, competition_id: int,
                 matrix: CompletenessMatrix, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results = results
        self._competition_id = competition_id
        self.setWindowTitle(self.tr("Make results final without every mark"))
        missing = "\n".join(f"{j.label} {pick(j.name)} × {f.code}" for j, f in matrix.missing)
        intro = QLabel(self.tr("These judge × finalist cells have no marks:"))
        cells = QPlainTextEdit(missing)
        cells.setReadOnly(True)
        cells.setMaximumHeight(110)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setAccessibleName(self.tr("Reason for the override"))
        self.reason.setPlaceholderText(self.tr("Why the results are final without these "
                                               "marks (recorded and printed in the report)"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(cells)
        layout.addWidget(QLabel(self.tr("&Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("&Record override"))

    def apply(self) -> object:
        return self._results.override_completeness(self._competition_id,
                                                   self.reason.toPlainText())


class CastingDialog(ResultsDialog):
    """The chair's casting decision: order a tie the tie-break chain could not separate."""

    def __init__(self, results: ResultsService, competition_id: int,
                 ties: Sequence[Sequence[FinalistRef]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results = results
        self._competition_id = competition_id
        self._ties = [tuple(t) for t in ties]
        self.setWindowTitle(self.tr("Chair's casting decision"))
        intro = QLabel(self.tr("These finalists are still tied after every tie-break. Put them "
                               "in the chair's order, best first, and give the reason."))
        intro.setWordWrap(True)
        self.tie = QComboBox()
        self.tie.setObjectName("tieCombo")
        for tie in self._ties:
            self.tie.addItem(", ".join(f.code for f in tie))
        self.tie.currentIndexChanged.connect(self._on_tie_changed)
        self.order = QListWidget()
        self.order.setObjectName("castingOrder")
        self.order.setAccessibleName(self.tr("Order, best first"))
        up = QPushButton(self.tr("Move &up"))
        up.setObjectName("moveUp")
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(self.tr("Move &down"))
        down.setObjectName("moveDown")
        down.clicked.connect(lambda: self._move(1))
        moves = QVBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        moves.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.order, 1)
        row.addLayout(moves)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("castingReason")
        self.reason.setAccessibleName(self.tr("Reason for the casting decision"))
        self.reason.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tie)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("&Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("&Record decision"))
        self._on_tie_changed()

    def _on_tie_changed(self) -> None:
        self.order.clear()
        if not self._ties:
            return
        for finalist in self._ties[self.tie.currentIndex()]:
            self.order.addItem(f"{finalist.code} — {pick(finalist.name)}")
        self.order.setCurrentRow(0)

    def _move(self, step: int) -> None:
        row = self.order.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order.count():
            return
        item = self.order.takeItem(row)
        self.order.insertItem(target, item)
        self.order.setCurrentRow(target)

    def chosen_order(self) -> list[str]:
        return [self.order.item(i).text().split(" — ", 1)[0] for i in range(self.order.count())]

    def apply(self) -> object:
        return self._results.record_casting_decision(self._competition_id, self.chosen_order(),
                                                     self.reason.toPlainText())


class ChairCredentialDialog(ResultsDialog):
    """Issues the chair's signing credential from the panel authority."""

    def __init__(self, chair: ChairCredentialService, competition_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chair = chair
        self._competition_id = competition_id
        self.setWindowTitle(self.tr("Chair's signing credential"))
        intro = QLabel(self.tr("The results report is signed by the chair. This issues the "
                               "chair's credential from the panel authority; keep its "
                               "passphrase to yourself."))
        intro.setWordWrap(True)
        self.name_en = QLineEdit()
        self.name_en.setObjectName("chairName")
        self.name_zh = QLineEdit()
        self.name_zh.setObjectName("chairNameZh")
        self.authority = QLineEdit()
        self.authority.setObjectName("authorityPassphrase")
        self.authority.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("chairPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("chairPassphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Chair's &name (English):"), self.name_en)
        form.addRow(self.tr("Chair's name (&Chinese):"), self.name_zh)
        form.addRow(self.tr("Panel &authority passphrase:"), self.authority)
        form.addRow(self.tr("New chair's &passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("&Issue"))

    def apply(self) -> object:
        if self.passphrase.text() != self.repeat.text():
            self.show_text(self.tr("The two passphrases differ."))
            return None
        name, name_zh = self.name_en.text(), self.name_zh.text()
        authority = self.authority.text().encode("utf-8")
        passphrase = self.passphrase.text().encode("utf-8")
        self.finish_in_background(
            lambda: self._chair.issue(self._competition_id, name, authority, passphrase,
                                      name_zh=name_zh),
            self.tr("Issuing the credential…"))
        return None


class SignReportDialog(ResultsDialog):
    """Asks for the chair's passphrase, then checks the inputs, builds and signs the report."""

    def __init__(self, results: ResultsService, competition_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results = results
        self._competition_id = competition_id
        self.setWindowTitle(self.tr("Sign the results report"))
        intro = QLabel(self.tr("Every imported sheet is checked again, then the bilingual "
                               "results report is built and signed with the chair's "
                               "credential."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("signPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Chair's passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Chair's &passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("&Sign"))

    def apply(self) -> object:
        if not self.passphrase.text():
            self.show_text(self.tr("Type the chair's passphrase."))
            return None
        passphrase = self.passphrase.text().encode("utf-8")
        self.finish_in_background(
            lambda: self._results.build_report(self._competition_id, passphrase),
            self.tr("Checking the sheets and signing the report…"))
        return None


class PaperEntryDialog(ResultsDialog):
    """One clerk keys one judge's paper sheet for one finalist; the dialog stays open for the
    next sheet and shows whether the two clerks' entries agree."""

    def __init__(self, paper: PaperEntryService, competition_id: int,
                 judges: Sequence[JudgeRef], finalists: Sequence[FinalistRef],
                 criteria: Sequence[CriterionView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paper = paper
        self._competition_id = competition_id
        self._criteria = tuple(criteria)
        self.saved_count = 0
        self.setWindowTitle(self.tr("Key a paper score sheet"))
        intro = QLabel(self.tr("Each paper sheet is keyed twice, by two different clerks. Its "
                               "marks count only when both entries agree."))
        intro.setWordWrap(True)
        self.judge = QComboBox()
        self.judge.setObjectName("paperJudge")
        for j in judges:
            self.judge.addItem(f"{j.label} {pick(j.name)}", j.id)
        self.finalist = QComboBox()
        self.finalist.setObjectName("paperFinalist")
        for f in finalists:
            self.finalist.addItem(f"{f.code} — {pick(f.name)}", f.entrant_id)
        self.first = QRadioButton(self.tr("First clerk"))
        self.first.setObjectName("firstClerk")
        self.second = QRadioButton(self.tr("Second clerk"))
        self.second.setObjectName("secondClerk")
        self.first.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.first, 1)
        group.addButton(self.second, 2)
        self._clerk_group = group
        clerks = QHBoxLayout()
        clerks.addWidget(self.first)
        clerks.addWidget(self.second)
        clerks.addStretch(1)
        self.clerk_name = QLineEdit()
        self.clerk_name.setObjectName("clerkName")
        form = QFormLayout()
        form.addRow(self.tr("&Judge:"), self.judge)
        form.addRow(self.tr("&Finalist:"), self.finalist)
        form.addRow(self.tr("Entry:"), clerks)
        form.addRow(self.tr("Clerk's &name:"), self.clerk_name)
        self.marks: dict[str, QLineEdit] = {}
        for c in self._criteria:
            edit = QLineEdit()
            edit.setObjectName(f"mark_{c.code}")
            edit.setAccessibleName(pick(c.name))
            edit.setPlaceholderText(f"{c.scale_min}–{c.scale_max}")
            self.marks[c.code] = edit
            form.addRow(f"{pick(c.name)}:", edit)
        self.status_model = GridModel(self)
        self.status_view = QTableView()
        self.status_view.setObjectName("paperStatus")
        self.status_view.setModel(self.status_model)
        self.status_view.verticalHeader().setVisible(False)
        self.status_view.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.status_view)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("&Save entry"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))
        self.refresh_status()

    def refresh_status(self) -> None:
        try:
            cells = self._paper.cells(self._competition_id)
        except UserError as exc:
            self.show_error(exc)
            return
        self.status_model.set_grid(
            [self.tr("Judge"), self.tr("Finalist"), self.tr("First clerk"),
             self.tr("Second clerk"), self.tr("Status")],
            [self._status_row(c) for c in cells])
        self.status_view.resizeColumnsToContents()

    def criterion_names(self, codes: Sequence[str]) -> str:
        """The criteria ``codes`` name, by name in the window's language (codes are for
        files)."""
        names = {c.code: pick(c.name) for c in self._criteria}
        separator = "、" if i18n.current_language().startswith("zh") else ", "
        return separator.join(names.get(code, code) for code in codes)

    def _status_row(self, cell: PaperCell) -> list[Cell]:
        if cell.accepted:
            state = Cell(self.tr("accepted"), "#e3f1e3")
        elif cell.mismatched:
            state = Cell(self.tr("entries differ: {criteria}").format(
                criteria=self.criterion_names(cell.mismatched)), "#fbedea")
        else:
            state = Cell(self.tr("waiting for the other clerk"), "#fff3d6")
        return [Cell(f"{cell.judge.label} {pick(cell.judge.name)}"), Cell(cell.finalist.code),
                Cell(cell.first_clerk or "—"), Cell(cell.second_clerk or "—"), state]

    def apply(self) -> object:
        clerk = 1 if self.first.isChecked() else 2
        result = self._paper.enter(
            self._competition_id, int(self.judge.currentData()),
            int(self.finalist.currentData()), clerk, self.clerk_name.text(),
            {code: edit.text() for code, edit in self.marks.items()})
        self.saved_count += 1
        params: dict[str, object] = dict(result.message.params)
        if "criteria" in params:  # the criteria that differ, named in the window's language
            params["criteria"] = self.criterion_names(result.cell.mismatched)
        self.show_text(i18n.translate_error(result.message.template, params))
        for edit in self.marks.values():
            edit.clear()
        self.refresh_status()
        self.done_with.emit(result)
        return None
