"""Set-up page "Public vote": import the polling firm's tallies, see each entrant's share with
its 95% margin of error, the award to the top K, and any tie at the cut for the chair."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.setup import PublicVoteView, VoteRow
from judgepanel.domain.timefmt import hk_datetime
from judgepanel.services import csv_import
from judgepanel.ui.setup_common import (
    HIGHLIGHT,
    INFO_STYLE,
    TIE,
    ReasonDialog,
    SetupPage,
    SetupTableModel,
    SubmitDialog,
    banner,
    lang,
    make_table,
    open_file_dialog,
)
from judgepanel.ui.table_model import Column


def percent(value: float, places: int = 2) -> str:
    return f"{value * 100:.{places}f}%"


class VoteImportDialog(SubmitDialog):
    """Confirms the file and the poll's sample size before importing."""

    def __init__(self, path: str, file_sample_size: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voteImportDialog")
        self.path = path
        self.sample_size = QSpinBox()
        self.sample_size.setObjectName("sampleSize")
        self.sample_size.setRange(0, csv_import.MAX_VOTES)
        self.sample_size.setGroupSeparatorShown(True)
        self.sample_size.setSpecialValueText(self.tr("as stated in the file"))
        self.sample_size.setValue(file_sample_size or 0)
        form = QFormLayout()
        file_label = QLabel(Path(path).name)
        form.addRow(self.tr("File:"), file_label)
        sample_label = QLabel(self.tr("&Households interviewed (sample size):"))
        sample_label.setBuddy(self.sample_size)
        form.addRow(sample_label, self.sample_size)
        note = QLabel(self.tr(
            "The file must list every entrant once (code,votes). The sample size may also be "
            "given in the file as a first line \"# sample_size: 4500\"; if both are given they "
            "must agree. The new tallies replace any earlier poll."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Import public-vote tallies"))
        self.resize(520, 220)

    def chosen_sample_size(self) -> int | None:
        return self.sample_size.value() or None


class PublicVotePage(SetupPage):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setObjectName("setupVotesPage")
        self._view: PublicVoteView | None = None
        self.summary = QLabel()
        self.summary.setObjectName("pollSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(INFO_STYLE)
        self.tie_banner = banner("voteTieBanner")
        self.model: SetupTableModel[VoteRow] = SetupTableModel([
            Column(lambda: self.tr("Rank"), lambda r: r.position, align_right=True),
            Column(lambda: self.tr("Code"), lambda r: r.entrant.code),
            Column(lambda: self.tr("Entrant"), lambda r: r.entrant.name.pick(lang())),
            Column(lambda: self.tr("Votes"), lambda r: f"{r.votes:,}", align_right=True),
            Column(lambda: self.tr("Share"), lambda r: percent(float(r.share)),
                   align_right=True),
            Column(lambda: self.tr("± 95% margin"), lambda r: "± " + percent(r.margin),
                   align_right=True),
            Column(lambda: self.tr("95% interval"),
                   lambda r: f"{percent(r.low)} – {percent(r.high)}", align_right=True),
            Column(lambda: self.tr("Award"), self._status),
        ], self, bold=lambda r: r.awarded,
            background=lambda r: TIE if (r.tied_at_cut or r.overlaps_cut) else (
                HIGHLIGHT if r.awarded else None))
        self.view = make_table(self.model, "votesTable", stretch=2)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importVotesButton")
        self.import_button.clicked.connect(self._on_import_clicked)
        self.decide_button = QPushButton()
        self.decide_button.setObjectName("decideVoteTieButton")
        self.decide_button.clicked.connect(self._on_decide_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.decide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tie_banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate_ui()

    # -- data ------------------------------------------------------------------------------------
    def _status(self, r: VoteRow) -> str:
        parts = []
        if r.awarded:
            parts.append(self.tr("Awarded"))
        if r.tied_at_cut:
            parts.append(self.tr("Exact tie at the cut"))
        elif r.overlaps_cut:
            parts.append(self.tr("Statistical tie at the cut"))
        return "; ".join(parts)

    def refresh(self) -> None:
        cid = self.competition_id
        self.setEnabled(cid is not None)
        self._view = None if cid is None else self.run(
            lambda: self.services.votes.view(cid), notify=False)
        self.model.set_rows(self._view.rows if self._view else ())
        self._update_texts()

    def _update_texts(self) -> None:
        v = self._view
        if v is None or v.poll is None:
            self.summary.setText(self.tr("No public vote has been imported yet. Import the "
                                         "polling firm's tallies (CSV: code,votes)."))
            self.tie_banner.setVisible(False)
            self.decide_button.setEnabled(False)
            return
        p = v.poll
        text = self.tr(
            "{award}: the top {k} by votes. Poll: {description} ({by}), {n} households "
            "interviewed, {total} votes ({none} households did not vote), imported {when}. "
            "Shares are of households interviewed; ± is the 95% margin of error "
            "(1.96 × √(p(1−p)/n)).").format(
            award=v.award_name.pick(lang()), k=v.award_count, description=p.description or "—",
            by=p.conducted_by or "—", n=f"{p.sample_size:,}", total=f"{v.total_votes:,}",
            none=f"{p.sample_size - v.total_votes:,}", when=hk_datetime(p.imported_at))
        if v.missing:
            text += " " + self.tr("No tallies for: {codes}.").format(codes=", ".join(v.missing))
        self.summary.setText(text)
        lines = []
        if v.exact_tie:
            lines.append(self.tr(
                "Exact tie at the cut: {codes} have the same number of votes for the last "
                "{places} award place(s). The rules cannot settle this; the chair must decide.")
                .format(codes=", ".join(v.exact_tie), places=v.open_places))
        if v.statistical_tie:
            lines.append(self.tr(
                "Statistical tie at the cut: the 95% intervals of {codes} overlap, so the "
                "poll cannot tell them apart with confidence. The award still follows the votes; "
                "disclose the tie, and record the chair's decision.")
                .format(codes=", ".join(v.overlapping)))
        if v.decision is not None:
            who = ", ".join(v.decision.admitted)
            lines.append(self.tr("Chair's decision of {when}: {who} — {reason}").format(
                when=hk_datetime(v.decision.decided_at),
                who=who or self.tr("the award follows the votes"), reason=v.decision.reason))
        self.tie_banner.setText("\n".join(lines))
        self.tie_banner.setVisible(bool(lines))
        self.decide_button.setEnabled(v.tie_flagged)

    # -- import ----------------------------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        self.dialog = open_file_dialog(
            self, self.tr("Import public-vote tallies"),
            self.tr("CSV files (*.csv);;All files (*)"), self._on_file_selected)

    def _on_file_selected(self, path: str) -> None:
        """Reads the file's own sample size (if any) to prefill the dialog."""
        cid = self.competition_id
        if cid is None or not path:
            return
        stated: int | None = None
        try:
            with open(path, "rb") as fh:
                stated = csv_import.parse_votes_csv(
                    fh.read(csv_import.MAX_CSV_BYTES + 1)).sample_size
        except OSError:
            stated = None
        dialog = VoteImportDialog(path, stated, self)
        self.submitting(dialog, lambda: self._import(path, dialog.chosen_sample_size()))

    def _import(self, path: str, sample_size: int | None) -> None:
        cid = self.competition_id
        assert cid is not None
        result = self.services.votes.import_csv_file(cid, path, sample_size=sample_size)
        self.status.setText(self.tr("Imported the tallies of {count} entrants from {file}.")
                            .format(count=result.entrant_count, file=Path(path).name))

    def import_votes(self, path: str, sample_size: int | None = None) -> None:
        """Imports ``path`` directly (all or nothing), for keyboard-free flows and tests."""
        if self.competition_id is None:
            return
        self.run(lambda: self._import(path, sample_size))
        self.refresh()

    # -- the chair's decision --------------------------------------------------------------------
    def _on_decide_clicked(self) -> None:
        cid, v = self.competition_id, self._view
        if cid is None or v is None or not v.tie_flagged:
            return
        names = {r.entrant.code: r.entrant.name.pick(lang()) for r in v.rows}
        if v.exact_tie:
            explanation = self.tr(
                "{codes} are tied in votes for the last {places} place(s) of the {award}. "
                "Choose who receives the award and give the reason.").format(
                codes=", ".join(v.exact_tie), places=v.open_places,
                award=v.award_name.pick(lang()))
            choices = [(c, f"{c} — {names.get(c, '')}") for c in v.exact_tie]
        else:
            explanation = self.tr(
                "The 95% intervals of {codes} overlap at the cut of the {award}. The award "
                "follows the votes; record how the panel will treat and disclose this.").format(
                codes=", ".join(v.overlapping), award=v.award_name.pick(lang()))
            choices = []
        dialog = ReasonDialog(self.tr("Tie at the cut of the public-vote award"), explanation,
                              choices, self)
        self.submitting(dialog, lambda: self.services.votes.decide_tie(
            cid, dialog.chosen(), dialog.reason()))

    def retranslate_ui(self) -> None:
        self.import_button.setText(self.tr("&Import tallies…"))
        self.decide_button.setText(self.tr("Record the chair's &decision…"))
        self.view.setAccessibleName(self.tr("Public vote"))
        self.model.retranslate()
        self._update_texts()
