"""Set-up page "Shortlist": the formula fixed in advance, the ranking it gives, the cut at N,
any tie at the cut for the chair's decision, and confirming (or resetting) the finalists."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.errors import UserError
from judgepanel.domain.scoring import format_exact, format_score, parse_score
from judgepanel.domain.setup import ShortlistRow, ShortlistView
from judgepanel.domain.shortlist import ShortlistFormula, VoteNormalisation
from judgepanel.domain.timefmt import hk_datetime
from judgepanel.ui.setup_common import (
    HIGHLIGHT,
    INFO_STYLE,
    TIE,
    ReasonDialog,
    SetupPage,
    SetupTableModel,
    SubmitDialog,
    banner,
    error_text,
    lang,
    make_table,
    problem_text,
)
from judgepanel.ui.table_model import Column


def _percent(value: Fraction) -> str:
    text = format_exact(value)
    if "…" in text or ("." in text and len(text.split(".")[1]) > 2):
        text = format_score(value, 2)
    return text + "%"


class FormulaText(QWidget):
    """Only a translation context: the formula in words for languages other than English
    (English shows :meth:`ShortlistFormula.describe` itself)."""

    def describe(self, formula: ShortlistFormula) -> str:
        if lang() == "en":
            return formula.describe()
        submission, site_visit, vote = formula.shares()
        terms = []
        if submission:
            terms.append(self.tr("{share} × self-nomination submission (out of {maximum})")
                         .format(share=_percent(submission),
                                 maximum=format_exact(formula.submission_maximum)))
        if site_visit:
            terms.append(self.tr("{share} × site visit (out of {maximum})")
                         .format(share=_percent(site_visit),
                                 maximum=format_exact(formula.site_visit_maximum)))
        if vote:
            if formula.vote_normalisation is VoteNormalisation.RELATIVE_TO_TOP:
                terms.append(self.tr("{share} × public-vote share (relative to the highest "
                                     "share)").format(share=_percent(vote)))
            else:
                terms.append(self.tr("{share} × public-vote share (percentage of households "
                                     "polled)").format(share=_percent(vote)))
        return self.tr("Composite = {terms}").format(terms=" + ".join(terms))


class FormulaDialog(SubmitDialog):
    """Sets the shortlist formula, with the sentence it will be shown as."""

    def __init__(self, formula: ShortlistFormula, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formulaDialog")
        self._words = FormulaText(self)
        self._words.hide()
        self.submission = QLineEdit(format_exact(formula.submission_weight))
        self.submission.setObjectName("submissionWeight")
        self.site_visit = QLineEdit(format_exact(formula.site_visit_weight))
        self.site_visit.setObjectName("siteVisitWeight")
        self.vote = QLineEdit(format_exact(formula.public_vote_weight))
        self.vote.setObjectName("publicVoteWeight")
        self.submission_max = QLineEdit(format_exact(formula.submission_maximum))
        self.site_visit_max = QLineEdit(format_exact(formula.site_visit_maximum))
        self.normalisation = QComboBox()
        self.normalisation.setObjectName("voteNormalisation")
        self.normalisation.addItem(self.tr("Relative to the highest share (top = 100)"),
                                   VoteNormalisation.RELATIVE_TO_TOP.value)
        self.normalisation.addItem(self.tr("Percentage of households polled"),
                                   VoteNormalisation.PERCENTAGE.value)
        self.normalisation.setCurrentIndex(
            0 if formula.vote_normalisation is VoteNormalisation.RELATIVE_TO_TOP else 1)
        form = QFormLayout()
        for text, field in (
            (self.tr("&Self-nomination submission weight:"), self.submission),
            (self.tr("Si&te-visit weight:"), self.site_visit),
            (self.tr("&Public-vote weight:"), self.vote),
            (self.tr("Submission scored out of:"), self.submission_max),
            (self.tr("Site visit scored out of:"), self.site_visit_max),
            (self.tr("Public-vote share counts as:"), self.normalisation),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.preview = QLabel()
        self.preview.setObjectName("formulaPreview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet(INFO_STYLE)
        note = QLabel(self.tr("Weights are relative (40/40/20 is the same as 2/2/1); a weight "
                              "of 0 leaves a stage out. The formula must be fixed before the "
                              "finalists are confirmed and cannot change afterwards."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        for edit in (self.submission, self.site_visit, self.vote, self.submission_max,
                     self.site_visit_max):
            edit.textChanged.connect(self._update_preview)
        self.normalisation.currentIndexChanged.connect(self._update_preview)
        self.setWindowTitle(self.tr("Shortlist formula"))
        self.resize(600, 380)
        self._update_preview()

    def formula(self) -> ShortlistFormula:
        return ShortlistFormula(
            parse_score(self.submission.text()), parse_score(self.site_visit.text()),
            parse_score(self.vote.text()), parse_score(self.submission_max.text()),
            parse_score(self.site_visit_max.text()),
            VoteNormalisation(self.normalisation.currentData()),
        )

    def _update_preview(self) -> None:
        try:
            self.preview.setText(self._words.describe(self.formula()))
        except UserError as exc:
            self.preview.setText(error_text(exc))


class ShortlistPage(SetupPage):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setObjectName("setupShortlistPage")
        self._view: ShortlistView | None = None
        self._words = FormulaText(self)
        self._words.hide()
        self.formula_box = QGroupBox()
        self.formula_label = QLabel()
        self.formula_label.setObjectName("formulaLabel")
        self.formula_label.setWordWrap(True)
        self.formula_label.setStyleSheet(INFO_STYLE)
        self.formula_button = QPushButton()
        self.formula_button.setObjectName("editFormulaButton")
        self.formula_button.clicked.connect(self._on_formula_clicked)
        formula_layout = QHBoxLayout(self.formula_box)
        formula_layout.addWidget(self.formula_label, 1)
        formula_layout.addWidget(self.formula_button)
        self.cut_label = QLabel()
        self.cut_label.setObjectName("cutLabel")
        self.cut_label.setWordWrap(True)
        self.tie_banner = banner("shortlistTieBanner")
        self.model: SetupTableModel[ShortlistRow] = SetupTableModel([
            Column(lambda: self.tr("Rank"), lambda r: r.position, align_right=True),
            Column(lambda: self.tr("Code"), lambda r: r.entrant.code),
            Column(lambda: self.tr("Entrant"), lambda r: r.entrant.name.pick(lang())),
            Column(lambda: self.tr("Submission"), lambda r: format_score(r.submission),
                   align_right=True),
            Column(lambda: self.tr("Site visit"), lambda r: format_score(r.site_visit),
                   align_right=True),
            Column(lambda: self.tr("Public vote"), lambda r: format_score(r.public_vote),
                   align_right=True),
            Column(lambda: self.tr("Composite"), lambda r: format_score(r.composite),
                   align_right=True),
            Column(lambda: self.tr("Status"), self._status),
        ], self, bold=lambda r: r.selected,
            background=lambda r: TIE if r.tied_at_cut else (HIGHLIGHT if r.selected else None))
        self.view = make_table(self.model, "shortlistTable", stretch=2)
        self.decide_button = QPushButton()
        self.decide_button.setObjectName("decideShortlistTieButton")
        self.decide_button.clicked.connect(self._on_decide_clicked)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmFinalistsButton")
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetShortlistButton")
        self.reset_button.clicked.connect(self._on_reset_clicked)
        buttons = QHBoxLayout()
        for b in (self.decide_button, self.confirm_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.formula_box)
        layout.addWidget(self.cut_label)
        layout.addWidget(self.tie_banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate_ui()

    def _status(self, r: ShortlistRow) -> str:
        if r.admitted_by_chair:
            return self.tr("Finalist (chair's decision)")
        if r.selected:
            return self.tr("Finalist")
        if r.tied_at_cut:
            return self.tr("Tied at the cut")
        return ""

    def refresh(self) -> None:
        cid = self.competition_id
        self.setEnabled(cid is not None)
        self._view = None if cid is None else self.run(
            lambda: self.services.shortlist.view(cid), notify=False)
        self.model.set_rows(self._view.rows if self._view else ())
        self._update_texts()

    def _update_texts(self) -> None:
        v = self._view
        if v is None:
            self.formula_label.clear()
            self.cut_label.clear()
            self.tie_banner.setVisible(False)
            for b in (self.formula_button, self.decide_button, self.confirm_button,
                      self.reset_button):
                b.setEnabled(False)
            return
        self.formula_label.setText(self._words.describe(v.formula))
        if v.problem is not None:
            cut = self.tr("No ranking yet: {problem}").format(problem=problem_text(v.problem))
        elif v.is_confirmed:
            cut = self.tr("The {n} finalists are confirmed: {codes}. The formula and its inputs "
                          "are now fixed.").format(
                n=len(v.confirmed), codes=", ".join(f.entrant.code for f in v.confirmed))
        else:
            cut = self.tr("The top {n} become finalists. Not confirmed yet.").format(
                n=v.finalist_count)
        self.cut_label.setText(cut)
        lines = []
        if v.tie_at_cut:
            lines.append(self.tr("Tie at the cut: {codes} have the same composite for the last "
                                 "{places} finalist place(s); the chair must decide who goes "
                                 "through.").format(codes=", ".join(v.tie_at_cut),
                                                    places=v.open_places))
        if v.decision is not None:
            lines.append(self.tr("Chair's decision of {when}: {codes} go through — {reason}")
                         .format(when=hk_datetime(v.decision.decided_at),
                                 codes=", ".join(v.decision.admitted), reason=v.decision.reason))
        self.tie_banner.setText("\n".join(lines))
        self.tie_banner.setVisible(bool(lines))
        self.formula_button.setEnabled(not v.is_confirmed)
        self.decide_button.setEnabled(bool(v.tie_at_cut) and not v.is_confirmed)
        self.confirm_button.setEnabled(v.can_confirm)
        self.reset_button.setEnabled(v.is_confirmed)

    # -- slots -----------------------------------------------------------------------------------
    def _on_formula_clicked(self) -> None:
        cid, v = self.competition_id, self._view
        if cid is None or v is None:
            return
        dialog = FormulaDialog(v.formula, self)
        self.submitting(dialog, lambda: self.services.shortlist.set_formula(
            cid, dialog.formula()))

    def _on_decide_clicked(self) -> None:
        cid, v = self.competition_id, self._view
        if cid is None or v is None or not v.tie_at_cut:
            return
        names = {r.entrant.code: r.entrant.name.pick(lang()) for r in v.rows}
        dialog = ReasonDialog(
            self.tr("Tie at the shortlist's cut"),
            self.tr("{codes} have the same composite score. Choose the {places} who go through "
                    "as finalists, and give the reason.").format(
                codes=", ".join(v.tie_at_cut), places=v.open_places),
            [(c, f"{c} — {names.get(c, '')}") for c in v.tie_at_cut], self)
        self.submitting(dialog, lambda: self.services.shortlist.decide_tie(
            cid, dialog.chosen(), dialog.reason()))

    def _on_confirm_clicked(self) -> None:
        cid = self.competition_id
        if cid is None:
            return
        if self.run(lambda: self.services.shortlist.confirm(cid)) is not None:
            self.status.setText(self.tr("The finalists are confirmed."))
        self.refresh()

    def _on_reset_clicked(self) -> None:
        cid = self.competition_id
        if cid is None:
            return
        dialog = ReasonDialog(
            self.tr("Reset the shortlist"),
            self.tr("Resetting withdraws the confirmed finalists and their presentation slots, "
                    "so that the formula or the preliminary results can be corrected. This is "
                    "recorded with your reason. It is refused once judges have scored."), (), self)
        self.submitting(dialog, lambda: self.services.shortlist.reset(cid, dialog.reason()))

    def retranslate_ui(self) -> None:
        self.formula_box.setTitle(self.tr("Shortlist formula (fixed in advance)"))
        self.formula_button.setText(self.tr("Change &formula…"))
        self.decide_button.setText(self.tr("&Decide the tie…"))
        self.confirm_button.setText(self.tr("&Confirm finalists"))
        self.reset_button.setText(self.tr("&Reset shortlist…"))
        self.view.setAccessibleName(self.tr("Shortlist ranking"))
        self.model.retranslate()
        self._update_texts()
