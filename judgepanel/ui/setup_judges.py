"""Set-up page "Judges & conflicts": the panel's roster, declared conflicts of interest, and a
warning when recusals leave a finalist without any judge of a constituency on the panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.enums import Affiliation
from judgepanel.domain.model import Bilingual, EntrantView
from judgepanel.domain.setup import ConflictRow, ConstituencyWarning, JudgeDetail, JudgeInput
from judgepanel.domain.timefmt import hk_datetime
from judgepanel.ui.setup_common import (
    SetupPage,
    SetupTableModel,
    SubmitDialog,
    banner,
    keeping_selection,
    lang,
    make_table,
    selected_row,
)
from judgepanel.ui.table_model import Column


def affiliation_text(affiliation: Affiliation) -> str:
    """The constituency's name in the current language (domain context, as the overview)."""
    if lang() == "en":
        return affiliation.label_en
    translated = QCoreApplication.translate("domain", affiliation.label_en)
    return translated if translated != affiliation.label_en else affiliation.label_zh


class JudgeWords(QWidget):
    """Only a translation context: how a warning names a judge of each constituency."""

    def judge_kind(self, affiliation: Affiliation) -> str:
        return {
            Affiliation.LEGISLATIVE_COUNCIL: self.tr("Legislative Council judge"),
            Affiliation.PRIVATE_SECTOR: self.tr("private-sector judge"),
            Affiliation.PROFESSIONAL_BODY: self.tr("professional-body judge"),
            Affiliation.STAFF_SIDE: self.tr("staff-side judge"),
            Affiliation.DISTRICT_COUNCIL: self.tr("district-council judge"),
            Affiliation.OTHER: self.tr("judge from other backgrounds"),
        }[affiliation]

    def warning(self, w: ConstituencyWarning) -> str:
        return self.tr("{entrant} will have no {judge_kind} (recused: {judges}).").format(
            entrant=w.entrant.name.pick(lang()), judge_kind=self.judge_kind(w.affiliation),
            judges=", ".join(n.pick(lang()) for n in w.recused))


class JudgeDialog(SubmitDialog):
    def __init__(self, judge: JudgeDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("judgeDialog")
        self.name_en = QLineEdit()
        self.name_en.setObjectName("judgeNameEn")
        self.name_zh = QLineEdit()
        self.name_zh.setObjectName("judgeNameZh")
        self.title = QLineEdit()
        self.title.setObjectName("judgeTitle")
        self.affiliation = QComboBox()
        self.affiliation.setObjectName("judgeAffiliation")
        for a in Affiliation:
            self.affiliation.addItem(affiliation_text(a), a.value)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("judgeOrganisation")
        self.contact = QLineEdit()
        self.contact.setObjectName("judgeContact")
        form = QFormLayout()
        for text, field in (
            (self.tr("Name (&English):"), self.name_en),
            (self.tr("Name (C&hinese):"), self.name_zh),
            (self.tr("&Title:"), self.title),
            (self.tr("&Constituency:"), self.affiliation),
            (self.tr("&Organisation:"), self.organisation),
            (self.tr("Con&tact:"), self.contact),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if judge is not None:
            self.name_en.setText(judge.name.en)
            self.name_zh.setText(judge.name.zh)
            self.title.setText(judge.title)
            self.affiliation.setCurrentIndex(list(Affiliation).index(judge.affiliation))
            self.organisation.setText(judge.organisation)
            self.contact.setText(judge.contact)
        self.setWindowTitle(self.tr("New judge") if judge is None else self.tr("Edit judge"))
        self.resize(560, 280)

    def values(self) -> JudgeInput:
        return JudgeInput(Bilingual(self.name_en.text(), self.name_zh.text()), self.title.text(),
                          Affiliation(self.affiliation.currentData()), self.organisation.text(),
                          self.contact.text())


class ConflictDialog(SubmitDialog):
    def __init__(self, judges: tuple[JudgeDetail, ...], entrants: tuple[EntrantView, ...],
                 judge_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.judge = QComboBox()
        self.judge.setObjectName("conflictJudge")
        for j in judges:
            self.judge.addItem(j.name.pick(lang()), j.id)
        if judge_id is not None:
            self.judge.setCurrentIndex(max(0, self.judge.findData(judge_id)))
        self.entrant = QComboBox()
        self.entrant.setObjectName("conflictEntrant")
        for e in entrants:
            self.entrant.addItem(f"{e.code} — {e.name.pick(lang())}", e.id)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("conflictReason")
        self.reason.setTabChangesFocus(True)
        form = QFormLayout()
        for text, field in ((self.tr("&Judge:"), self.judge), (self.tr("&Entrant:"),
                                                               self.entrant),
                            (self.tr("&Reason:"), self.reason)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Declare a conflict of interest"))
        self.resize(560, 300)


class JudgesPage(SetupPage):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setObjectName("setupJudgesPage")
        self._words = JudgeWords(self)
        self._words.hide()
        self._entrants: tuple[EntrantView, ...] = ()
        self.warning_banner = banner("balanceWarning")

        self.judges_box = QGroupBox()
        self.judges_model: SetupTableModel[JudgeDetail] = SetupTableModel([
            Column(lambda: self.tr("Judge"), lambda j: j.name.pick(lang())),
            Column(lambda: self.tr("Other language"),
                   lambda j: j.name.pick("en" if lang() != "en" else "zh_HK")),
            Column(lambda: self.tr("Title"), lambda j: j.title),
            Column(lambda: self.tr("Constituency"), lambda j: affiliation_text(j.affiliation)),
            Column(lambda: self.tr("Organisation"), lambda j: j.organisation),
            Column(lambda: self.tr("Contact"), lambda j: j.contact),
            Column(lambda: self.tr("Conflicts"),
                   lambda j: ", ".join(j.conflicts) if j.conflicts else "—"),
        ], self)
        self.judges_view = make_table(self.judges_model, "judgesTable", stretch=4)
        self.judges_view.doubleClicked.connect(lambda _index: self._on_edit_judge_clicked())
        self.add_judge_button = QPushButton()
        self.add_judge_button.setObjectName("addJudgeButton")
        self.edit_judge_button = QPushButton()
        self.edit_judge_button.setObjectName("editJudgeButton")
        self.remove_judge_button = QPushButton()
        self.remove_judge_button.setObjectName("removeJudgeButton")
        self.add_judge_button.clicked.connect(self._on_add_judge_clicked)
        self.edit_judge_button.clicked.connect(self._on_edit_judge_clicked)
        self.remove_judge_button.clicked.connect(self._on_remove_judge_clicked)
        judge_buttons = QHBoxLayout()
        for b in (self.add_judge_button, self.edit_judge_button, self.remove_judge_button):
            judge_buttons.addWidget(b)
        judge_buttons.addStretch(1)
        judges_layout = QVBoxLayout(self.judges_box)
        judges_layout.addWidget(self.judges_view, 1)
        judges_layout.addLayout(judge_buttons)

        self.conflicts_box = QGroupBox()
        self.conflicts_model: SetupTableModel[ConflictRow] = SetupTableModel([
            Column(lambda: self.tr("Judge"), lambda c: c.judge_name.pick(lang())),
            Column(lambda: self.tr("Entrant"),
                   lambda c: f"{c.entrant.code} — {c.entrant.name.pick(lang())}"),
            Column(lambda: self.tr("Reason"), lambda c: c.reason, tooltip=lambda c: c.reason),
            Column(lambda: self.tr("Declared"), lambda c: hk_datetime(c.declared_at)),
        ], self)
        self.conflicts_view = make_table(self.conflicts_model, "conflictsTable", stretch=2)
        self.declare_button = QPushButton()
        self.declare_button.setObjectName("declareConflictButton")
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdrawConflictButton")
        self.declare_button.clicked.connect(self._on_declare_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.declare_button)
        conflict_buttons.addWidget(self.withdraw_button)
        conflict_buttons.addStretch(1)
        conflicts_layout = QVBoxLayout(self.conflicts_box)
        conflicts_layout.addWidget(self.conflicts_view, 1)
        conflicts_layout.addLayout(conflict_buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.judges_box)
        splitter.addWidget(self.conflicts_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._warnings: tuple[ConstituencyWarning, ...] = ()
        self.retranslate_ui()

    def refresh(self) -> None:
        cid = self.competition_id
        self.setEnabled(cid is not None)
        if cid is None:
            self.judges_model.set_rows(())
            self.conflicts_model.set_rows(())
            self._warnings = ()
        else:
            with keeping_selection(self.judges_view, lambda j: j.id):
                self.judges_model.set_rows(
                    self.run(lambda: self.services.judges.judges(cid), notify=False) or ())
            with keeping_selection(self.conflicts_view, lambda c: c.id):
                self.conflicts_model.set_rows(
                    self.run(lambda: self.services.judges.conflicts(cid), notify=False) or ())
            self._warnings = self.run(lambda: self.services.judges.warnings(cid),
                                      notify=False) or ()
            self._entrants = self.run(lambda: self.services.entrants.entrants(cid),
                                      notify=False) or ()
        self._update_warnings()

    def warning_texts(self) -> list[str]:
        return [self._words.warning(w) for w in self._warnings]

    def _update_warnings(self) -> None:
        texts = self.warning_texts()
        self.warning_banner.setText("\n".join(
            [self.tr("Panel balance: recusals leave a gap."), *texts]) if texts else "")
        self.warning_banner.setVisible(bool(texts))

    def _current_judge(self) -> JudgeDetail | None:
        row = selected_row(self.judges_view)
        return None if row is None else self.judges_model.row_at(row)

    # -- slots -----------------------------------------------------------------------------------
    def _on_add_judge_clicked(self) -> None:
        cid = self.competition_id
        if cid is None:
            return
        dialog = JudgeDialog(None, self)
        self.submitting(dialog, lambda: self.services.judges.add_judge(cid, dialog.values()))

    def _on_edit_judge_clicked(self) -> None:
        cid, judge = self.competition_id, self._current_judge()
        if cid is None or judge is None:
            return
        dialog = JudgeDialog(judge, self)
        self.submitting(dialog, lambda: self.services.judges.update_judge(
            cid, judge.id, dialog.values()))

    def _on_remove_judge_clicked(self) -> None:
        cid, judge = self.competition_id, self._current_judge()
        if cid is None or judge is None:
            return
        self.confirm_then(self.tr("Remove {name} from the panel?").format(
            name=judge.name.pick(lang())),
            lambda: self.services.judges.remove_judge(cid, judge.id))

    def _on_declare_clicked(self) -> None:
        cid = self.competition_id
        judges = self.judges_model.rows()
        if cid is None or not judges:
            return
        current = self._current_judge()
        dialog = ConflictDialog(judges, self._entrants, current.id if current else None, self)
        self.submitting(dialog, lambda: self.services.judges.declare_conflict(
            cid, dialog.judge.currentData(), dialog.entrant.currentData(),
            dialog.reason.toPlainText()))

    def _on_withdraw_clicked(self) -> None:
        cid = self.competition_id
        row = selected_row(self.conflicts_view)
        if cid is None or row is None:
            return
        conflict = self.conflicts_model.row_at(row)
        self.confirm_then(self.tr(
            "Withdraw the conflict of interest of {judge} with {entrant}? (The audit log keeps "
            "that it was declared.)").format(judge=conflict.judge_name.pick(lang()),
                                              entrant=conflict.entrant.code),
            lambda: self.services.judges.withdraw_conflict(cid, conflict.id))

    def retranslate_ui(self) -> None:
        self.judges_box.setTitle(self.tr("Judging panel"))
        self.conflicts_box.setTitle(self.tr("Conflicts of interest"))
        self.add_judge_button.setText(self.tr("&Add judge…"))
        self.edit_judge_button.setText(self.tr("&Edit…"))
        self.remove_judge_button.setText(self.tr("&Remove"))
        self.declare_button.setText(self.tr("&Declare conflict…"))
        self.withdraw_button.setText(self.tr("&Withdraw"))
        self.judges_view.setAccessibleName(self.tr("Judging panel"))
        self.conflicts_view.setAccessibleName(self.tr("Conflicts of interest"))
        self.judges_model.retranslate()
        self.conflicts_model.retranslate()
        self._update_warnings()
