"""The chair's results workspace: import the signed sheets, see who is missing, fix the method,
and read, compare, sign and export the results.

Thin by design: every rule lives in the services (``SheetImportService``, ``ResultsService``,
``PaperEntryService``, ``ChairCredentialService``); this widget shows their frozen data and sends
the chair's choices back. Importing many sheets, computing the results and signing the report
run off the GUI thread, with progress and a cancel button for a folder; while the results are
computed the tab says so, and only the answer to the newest request is ever shown. Errors are
shown inline, never in a blocking message box, and dialogs open with ``open()``, so the whole
flow can be driven from tests.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.aggregation import Decider, Method
from judgepanel.domain.errors import UserError
from judgepanel.domain.results import (
    CellStatus,
    ImportLogEntry,
    ImportOutcome,
    ImportOutcomeKind,
    ImportReport,
    Reason,
    ResultsStatus,
    ResultsView,
    format_value,
)
from judgepanel.domain.scoring import format_score
from judgepanel.ui import i18n
from judgepanel.ui.results_dialogs import (
    CastingDialog,
    ChairCredentialDialog,
    MethodDialog,
    OverrideDialog,
    PaperEntryDialog,
    ResultsDialog,
    SignReportDialog,
    method_label,
    pick,
)
from judgepanel.ui.results_models import Bar, BarChart, Cell, GridModel
from judgepanel.ui.worker import run_in_background

if TYPE_CHECKING:
    from judgepanel.app import Services
    from judgepanel.services.consolidation import SheetImportService
    from judgepanel.services.results import ResultsService

CELL_COLOURS = {
    CellStatus.SIGNED: "#d9efd9",
    CellStatus.PAPER: "#fff0c2",
    CellStatus.MISSING: "#f8d3cd",
    CellStatus.RECUSED: "#e2e2e2",
}
#: Rows measured when a column is sized to its contents.
SIZE_SAMPLE_ROWS = 40
OUTCOME_COLOURS = {
    ImportOutcomeKind.IMPORTED: "#d9efd9",
    ImportOutcomeKind.SUPERSEDED: "#e8eef7",
    ImportOutcomeKind.DUPLICATE: None,
    ImportOutcomeKind.REJECTED: "#f8d3cd",
}


class _ImportSignals(QObject):
    """Carries progress from the import thread to the GUI thread (queued connection)."""

    progressed = Signal(int, int, str)


def _reason_text(reason: Reason | None) -> str:
    if reason is None:
        return ""
    return i18n.translate_error(reason.template, dict(reason.params))


def _join(items: Sequence[str]) -> str:
    """A list in the interface language: "A, B" in English, "A、B" in Chinese."""
    return ("、" if i18n.current_language().startswith("zh") else ", ").join(items)


def _sheet_paths(urls: Sequence[Any]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile()]


@dataclass(frozen=True)
class _ResultsRead:
    """One answer from the results thread: what the tab shows."""

    status: ResultsStatus | None
    view: ResultsView | None
    problem: UserError | None
    log: tuple[ImportLogEntry, ...] | None


def _read_results(results: ResultsService, imports: SheetImportService, competition_id: int,
                  want_log: bool) -> _ResultsRead:
    """Off the GUI thread: the results when the method is fixed, else the status alone (one
    read of the marks in the usual case: the view carries its status)."""
    status: ResultsStatus | None = None
    view: ResultsView | None = None
    problem: UserError | None = None
    try:
        view = results.compute(competition_id)
        status = view.status
    except UserError as computed:
        try:
            status = results.status(competition_id)
            if status.method_fixed:
                problem = computed
        except UserError as exc:
            problem = exc
    log: tuple[ImportLogEntry, ...] | None = None
    if want_log:
        try:
            log = imports.import_log(competition_id)
        except UserError:
            log = ()
    return _ResultsRead(status, view, problem, log)


class ResultsWorkspace(QWidget):
    """Results for the competition the database holds. ``services`` is the app's
    :class:`~judgepanel.app.Services`; the consolidation services are built from its
    database."""

    #: An import finished (the :class:`ImportReport`).
    sheets_imported = Signal(object)
    #: Results were recomputed (the :class:`ResultsView`, or None when they cannot be).
    results_changed = Signal(object)
    #: A decision was recorded (method, override, casting decision, chair's credential).
    decision_recorded = Signal(object)
    #: A file was written (its path): the signed report or an export.
    file_written = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from judgepanel.services.chair_credential import ChairCredentialService
        from judgepanel.services.consolidation import SheetImportService
        from judgepanel.services.paper_entry import PaperEntryService
        from judgepanel.services.results import ResultsService

        self.setObjectName("resultsWorkspace")
        self.setAcceptDrops(True)
        self._services = services
        self._imports = SheetImportService(services.db)
        self._results = ResultsService(services.db)
        self._paper = PaperEntryService(services.db)
        self._chair = ChairCredentialService(services.db)
        self.competition_id = services.competitions.default_competition_id()
        self.status: ResultsStatus | None = None
        self.view: ResultsView | None = None
        self.problem: UserError | None = None
        self.active_dialog: ResultsDialog | None = None
        self.last_import: ImportReport | None = None
        self._session: list[ImportOutcome] = []
        self._stored_log: tuple[ImportLogEntry, ...] = ()
        self._cancel = threading.Event()
        self._importing = False
        #: Results are being computed off the GUI thread (see :meth:`refresh`).
        self.computing = False
        self._refresh_pending = False
        self._notice = ""
        self._signals = _ImportSignals(self)
        self._signals.progressed.connect(self._on_import_progressed)
        # Hooks for choosing files; tests replace them so no native dialog opens.
        self.choose_files: Callable[[], list[str]] = self._ask_files
        self.choose_folder: Callable[[], str] = self._ask_folder
        self.choose_save_path: Callable[[str, str], str] = self._ask_save_path
        self._build()
        self.retranslate_ui()
        self.refresh()

    # -- construction ----------------------------------------------------------------------------
    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _table(self, name: str, model: GridModel) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(False)
        view.setWordWrap(False)
        view.horizontalHeader().setHighlightSections(False)
        # Columns sized to their contents measure a sample of rows, not all of them: a large
        # panel's tables (200 finalists × 50 judges) would otherwise hold the window up.
        view.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        view.verticalHeader().setVisible(False)
        return view

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("resultsTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.banner = QLabel()
        self.banner.setObjectName("statusBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.import_files_button = self._button("importFilesButton", self._on_import_files)
        self.import_folder_button = self._button("importFolderButton", self._on_import_folder)
        self.paper_button = self._button("paperButton", self._on_paper_clicked)
        self.method_button = self._button("methodButton", self._on_method_clicked)
        self.override_button = self._button("overrideButton", self._on_override_clicked)
        self.casting_button = self._button("castingButton", self._on_casting_clicked)
        self.chair_button = self._button("chairCredentialButton", self._on_chair_clicked)
        self.pdf_button = self._button("signedPdfButton", self._on_pdf_clicked)
        self.xlsx_button = self._button("xlsxButton", self._on_xlsx_clicked)
        self.csv_button = self._button("csvButton", self._on_csv_clicked)
        self.restore_button = self._button("restoreButton", self._on_restore_clicked)
        self.restore_button.setVisible(False)
        bar = QGridLayout()
        for i, b in enumerate((self.import_files_button, self.import_folder_button,
                               self.paper_button, self.chair_button, self.method_button)):
            bar.addWidget(b, 0, i)
        for i, b in enumerate((self.override_button, self.casting_button, self.pdf_button,
                               self.xlsx_button, self.csv_button)):
            bar.addWidget(b, 1, i)

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress_label = QLabel()
        self.cancel_button = self._button("cancelImportButton", self._on_cancel_clicked)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label, 2)
        progress_row.addWidget(self.progress, 3)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.setVisible(False)

        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("resultsBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(12)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("resultsBusyLabel")
        busy_row = QHBoxLayout()
        busy_row.setContentsMargins(0, 0, 0, 0)
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy_bar, 1)
        self.busy_box = QWidget()
        self.busy_box.setLayout(busy_row)
        self.busy_box.setVisible(False)
        # Shown only when the computation takes longer than a moment, so a small panel's
        # instant refresh does not flicker.
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(150)
        self._busy_timer.timeout.connect(self._on_busy_timer_timeout)

        self.log_model = GridModel(self)
        self.log_view = self._table("importLog", self.log_model)
        self.matrix_model = GridModel(self)
        self.matrix_view = self._table("completenessMatrix", self.matrix_model)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.matrix_view.verticalHeader().setVisible(True)
        self.matrix_legend = QLabel()
        self.matrix_legend.setWordWrap(True)
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.addWidget(self.matrix_view, 1)
        matrix_layout.addWidget(self.matrix_legend)

        self.awards_label = QLabel()
        self.awards_label.setObjectName("awardWinners")
        self.awards_label.setWordWrap(True)
        self.awards_label.setTextFormat(Qt.TextFormat.RichText)
        self.awards_box = QGroupBox()
        awards_layout = QVBoxLayout(self.awards_box)
        awards_layout.addWidget(self.awards_label)
        self.results_model = GridModel(self)
        self.results_view = self._table("resultsTable", self.results_model)
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.addWidget(self.awards_box)
        results_layout.addWidget(self.results_view, 1)
        self.judges_legend = QLabel()
        self.judges_legend.setObjectName("judgesLegend")
        self.judges_legend.setWordWrap(True)
        results_layout.addWidget(self.judges_legend)

        self.chart = BarChart()
        self.chart_mode = QComboBox()
        self.chart_mode.setObjectName("chartMode")
        self.chart_mode.addItem("", "totals")
        self.chart_mode.addItem("", "criteria")
        self.chart_mode.currentIndexChanged.connect(self._update_chart)
        self.chart_note = QLabel()
        self.chart_note.setWordWrap(True)
        chart_page = QWidget()
        chart_layout = QVBoxLayout(chart_page)
        chart_top = QHBoxLayout()
        chart_top.addWidget(self.chart_mode)
        chart_top.addWidget(self.chart_note, 1)
        chart_layout.addLayout(chart_top)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        chart_layout.addWidget(scroll, 1)

        self.comparison_flag = QLabel()
        self.comparison_flag.setObjectName("comparisonFlag")
        self.comparison_flag.setWordWrap(True)
        self.comparison_model = GridModel(self)
        self.comparison_view = self._table("methodComparison", self.comparison_model)
        comparison_page = QWidget()
        comparison_layout = QVBoxLayout(comparison_page)
        comparison_layout.addWidget(self.comparison_flag)
        comparison_layout.addWidget(self.comparison_view, 1)

        self.kendall_label = QLabel()
        self.kendall_label.setObjectName("kendallW")
        self.kendall_label.setWordWrap(True)
        self.agreement_model = GridModel(self)
        self.agreement_view = self._table("judgeAgreement", self.agreement_model)
        self.spread_model = GridModel(self)
        self.spread_view = self._table("spreadTable", self.spread_model)
        agreement_page = QWidget()
        agreement_layout = QVBoxLayout(agreement_page)
        agreement_layout.addWidget(self.kendall_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.agreement_view)
        splitter.addWidget(self.spread_view)
        agreement_layout.addWidget(splitter, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultsTabs")
        self.tabs.addTab(self.log_view, "")
        self.tabs.addTab(matrix_page, "")
        self.tabs.addTab(results_page, "")
        self.tabs.addTab(chart_page, "")
        self.tabs.addTab(comparison_page, "")
        self.tabs.addTab(agreement_page, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.restore_button)
        layout.addLayout(banner_row)
        layout.addLayout(bar)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.busy_box)
        layout.addWidget(self.tabs, 1)

    def retranslate_ui(self) -> None:
        self.import_files_button.setText(self.tr("&Import sheets…"))
        self.import_files_button.setToolTip(self.tr("Import signed score sheets (PDF); you can "
                                                    "also drop files or folders here"))
        self.import_folder_button.setText(self.tr("Import &folder…"))
        self.paper_button.setText(self.tr("&Paper entry…"))
        self.chair_button.setText(self.tr("C&hair's credential…"))
        self.method_button.setText(self.tr("Fix &method…"))
        self.override_button.setText(self.tr("&Override…"))
        self.casting_button.setText(self.tr("&Casting decision…"))
        self.pdf_button.setText(self.tr("&Signed results PDF…"))
        self.xlsx_button.setText(self.tr("Export &XLSX…"))
        self.csv_button.setText(self.tr("Export CS&V…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.busy_label.setText(self.tr("Computing the results…"))
        self.busy_bar.setAccessibleName(self.tr("Computing the results"))
        self.restore_button.setText(self.tr("&Restore marks from the signed sheets"))
        self.restore_button.setToolTip(self.tr("Checks every stored signed sheet again and "
                                               "rewrites the marks from it"))
        for index, text in enumerate((self.tr("Import log"), self.tr("Completeness"),
                                      self.tr("Results"), self.tr("Chart"),
                                      self.tr("Method comparison"), self.tr("Agreement"))):
            self.tabs.setTabText(index, text)
        self.chart_mode.setItemText(0, self.tr("Totals, with each judge's total"))
        self.chart_mode.setItemText(1, self.tr("Mean mark per criterion"))
        self.awards_box.setTitle(self.tr("Awards"))
        self.chart.set_empty_text(self.tr("No results yet."))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- data ------------------------------------------------------------------------------------
    def refresh(self, notice: str = "") -> None:
        """Reads the status and, once the method is fixed, the results, off the GUI thread (fast:
        no signatures are checked here; the report re-verifies every sheet).

        What is on screen stays until the answer comes, with a busy indication, and the buttons
        that act on the results wait for it. A refresh asked for while one is running wins: the
        running one's answer is dropped and the computation starts again, so a result computed
        from older inputs is never shown. ``notice`` is put before the status text once the
        answer is shown. ``results_changed`` is emitted with each answer shown."""
        self._notice = notice
        if self.competition_id is None:
            self.status, self.view, self.problem = None, None, None
            self._render()
            self.results_changed.emit(self.view)
            return
        if self.computing:
            self._refresh_pending = True
            return
        self.computing = True
        self._refresh_pending = False
        self._busy_timer.start()
        self._render()
        results, imports = self._results, self._imports
        competition_id, want_log = self.competition_id, not self._session
        run_in_background(lambda: _read_results(results, imports, competition_id, want_log),
                          self._on_results_read, self._on_results_failed, context=self)

    def _on_results_read(self, outcome: _ResultsRead) -> None:
        self.computing = False
        if self._refresh_pending:  # the inputs changed meanwhile: this answer is stale
            self.refresh(self._notice)
            return
        self._busy_timer.stop()
        self.busy_box.setVisible(False)
        self.status, self.view, self.problem = outcome.status, outcome.view, outcome.problem
        if outcome.log is not None:
            self._stored_log = outcome.log
        self._render()
        self.results_changed.emit(self.view)

    def _on_results_failed(self, error: UserError) -> None:
        self._on_results_read(_ResultsRead(None, None, error, None))

    def _on_busy_timer_timeout(self) -> None:
        if self.computing:
            self.busy_box.setVisible(True)

    def _render(self) -> None:
        if not hasattr(self, "tabs"):
            return
        self._render_banner()
        self._render_log()
        self._render_matrix()
        self._render_results()
        self._update_chart()
        self._render_comparison()
        self._render_agreement()
        self._update_buttons()

    def _render_banner(self) -> None:
        status, view = self.status, self.view
        if status is not None:
            comp = status.competition
            self.title.setText(self.tr("Results — {award} {year}").format(
                award=pick(comp.award_name), year=comp.year_label))
        else:
            self.title.setText(self.tr("Results"))
        colour = "#1f3a5f"
        if self.problem is not None:
            text = i18n.translate_error(self.problem.template, self.problem.params)
            colour = "#a40000"
        elif status is None:
            text = self.tr("No competition in this database.")
        elif not status.method_fixed:
            text = self.tr("{sheets} signed sheets imported. Fix the aggregation method to see "
                           "the results: it is fixed before any result is shown.").format(
                sheets=status.sheet_count)
        elif view is not None and not view.matrix.final:
            text = self.tr("Provisional: {count} judge × finalist cells have no marks. Import "
                           "the missing sheets or key the paper ones; or record an override "
                           "with its reason.").format(count=len(view.matrix.missing))
            colour = "#8a5a00"
        elif view is not None and view.awards.tied_at_cut:
            text = self.tr("Finalists are tied at the award cut: record the chair's casting "
                           "decision.")
            colour = "#8a5a00"
        elif view is not None:
            method = method_label(view.method)
            if view.matrix.complete:
                text = self.tr("Final. Method: {method}. Every judge's marks are in.").format(
                    method=method)
            else:
                text = self.tr("Final by the chair's override. Method: {method}.").format(
                    method=method)
            colour = "#1e6b30"
        else:
            text = ""
        if self._notice and self.problem is None:
            text = f"{self._notice} {text}".strip()
        self.banner.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.banner.setText(text)

    def _outcome_text(self, kind: ImportOutcomeKind) -> str:
        return {
            ImportOutcomeKind.IMPORTED: self.tr("imported"),
            ImportOutcomeKind.SUPERSEDED: self.tr("older revision, kept on record"),
            ImportOutcomeKind.DUPLICATE: self.tr("already imported"),
            ImportOutcomeKind.REJECTED: self.tr("rejected"),
        }[kind]

    def _judge_names(self) -> Callable[[str | None, str | None], str]:
        """Shows a judge the log names (in English, as stored) in the window's language. A file
        that was already imported names no judge: it is the judge of the sheet imported with
        the same contents (SHA-256)."""
        shown = {j.name.en: pick(j.name)
                 for j in (self.status.matrix.judges if self.status is not None else ())}
        by_digest: dict[str, str] = {}
        for entry in self._stored_log:
            if entry.sha256 and entry.judge_name:
                by_digest.setdefault(entry.sha256, entry.judge_name)
        for outcome in self._session:
            if outcome.sha256 and outcome.judge_name:
                by_digest[outcome.sha256] = outcome.judge_name

        def name(judge: str | None, digest: str | None) -> str:
            judge = judge or by_digest.get(digest or "")
            return shown.get(judge, judge) if judge else ""

        return name

    def _render_log(self) -> None:
        rows: list[list[Cell]] = []
        judge_name = self._judge_names()
        for outcome in self._session:
            reason = _reason_text(outcome.reason)
            if outcome.refused:
                reason = "; ".join([reason, *(_reason_text(r) for r in outcome.refused)]).strip(
                    "; ")
            rows.append([Cell(Path(outcome.file).name, tooltip=outcome.file),
                         Cell(self._outcome_text(outcome.outcome),
                              OUTCOME_COLOURS[outcome.outcome]),
                         Cell(judge_name(outcome.judge_name, outcome.sha256)),
                         Cell("" if outcome.revision is None else str(outcome.revision),
                              right=True),
                         Cell(reason, tooltip=reason)])
        if not self._session:
            for entry in self._stored_log:
                rows.append(self._stored_row(entry, judge_name))
        self.log_model.set_grid([self.tr("File"), self.tr("Outcome"), self.tr("Judge"),
                                 self.tr("Revision"), self.tr("Reason")], rows)
        header = self.log_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _stored_row(self, entry: ImportLogEntry,
                    judge_name: Callable[[str | None, str | None], str]) -> list[Cell]:
        reason = _reason_text(entry.reason)
        return [Cell(Path(entry.file_name).name, tooltip=entry.file_name),
                Cell(self._outcome_text(entry.outcome), OUTCOME_COLOURS[entry.outcome]),
                Cell(judge_name(entry.judge_name, entry.sha256)),
                Cell("" if entry.revision is None else str(entry.revision), right=True),
                Cell(reason, tooltip=reason)]

    def cell_text(self, status: CellStatus) -> str:
        return {
            CellStatus.SIGNED: self.tr("signed"),
            CellStatus.PAPER: self.tr("paper"),
            CellStatus.MISSING: self.tr("MISSING"),
            CellStatus.RECUSED: self.tr("recused"),
        }[status]

    def _render_matrix(self) -> None:
        status = self.status
        if status is None:
            self.matrix_model.set_grid([], [])
            self.matrix_legend.setText("")
            return
        matrix = status.matrix
        headers = [f.code for f in matrix.finalists]
        rows = [[Cell(self.cell_text(cell), CELL_COLOURS[cell],
                      tooltip=f"{pick(j.name)} × {pick(f.name)}", center=True)
                 for cell, f in zip(cells, matrix.finalists, strict=True)]
                for j, cells in zip(matrix.judges, matrix.cells, strict=True)]
        self.matrix_model.set_grid(headers, rows,
                                   [f"{j.label} {pick(j.name)}" for j in matrix.judges])
        self.matrix_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        counts = ", ".join(f"{self.cell_text(s)}: {matrix.count(s)}" for s in CellStatus)
        override = ""
        if matrix.override is not None:
            override = " " + self.tr("Chair's override: {reason}").format(
                reason=matrix.override.reason)
        self.matrix_legend.setText(counts + "." + override)

    def _decided_text(self, decided_by: Decider, note: str) -> str:
        if decided_by is Decider.TIE_BREAK:
            return self.tr("tie broken: {step}").format(step=self._step_text(note))
        if decided_by is Decider.CASTING:
            return self.tr("chair's casting decision: {reason}").format(reason=note)
        if decided_by is Decider.UNRESOLVED:
            return self.tr("tied")
        return ""

    def _step_text(self, step: str) -> str:
        view_criteria = self.status.criteria if self.status is not None else ()
        if step.startswith("criterion:"):
            code = step.removeprefix("criterion:")
            crit = next((c for c in view_criteria if c.code == code), None)
            return self.tr("higher mean {criterion}").format(
                criterion=pick(crit.name) if crit else code)
        if step.startswith("method:"):
            try:
                return self.tr("better under {method}").format(
                    method=method_label(Method(step.removeprefix("method:"))))
            except ValueError:
                return step
        return step

    def _render_results(self) -> None:
        view = self.view
        if view is None:
            self.results_model.set_grid([], [])
            self.judges_legend.setText("")
            self.awards_label.setText(self.tr("Results appear here once the method is fixed."))
            return
        self.judges_legend.setText("; ".join(f"{j.label} {pick(j.name)}" for j in view.judges))
        winners = {f.code for f in view.awards.winners}
        headers = [self.tr("Rank"), self.tr("Finalist"), method_label(view.method)]
        headers += [j.label for j in view.judges]
        headers.append(self.tr("Note"))
        column_of = {f.code: i for i, f in enumerate(view.matrix.finalists)}
        rows = []
        for row in view.rows:
            highlight = "#dce4ee" if row.finalist.code in winners else None
            cells = [Cell(str(row.position), highlight, right=True, bold=bool(highlight)),
                     Cell(pick(row.finalist.name), highlight, tooltip=row.finalist.code,
                          bold=bool(highlight)),
                     Cell(format_value(row.value, view.method), highlight, right=True,
                          bold=True)]
            for index, (judge, total) in enumerate(zip(view.judges, row.judge_totals,
                                                       strict=True)):
                status = view.matrix.cells[index][column_of[row.finalist.code]]
                if total is None:
                    text = self.cell_text(status) if status is not CellStatus.MISSING else "—"
                    cells.append(Cell(text, CELL_COLOURS[CellStatus.RECUSED]
                                      if status is CellStatus.RECUSED else None, right=True))
                else:
                    mark = " †" if judge.uid in row.paper_judges else ""
                    cells.append(Cell(format_score(total, 2) + mark, right=True,
                                      tooltip=pick(judge.name)))
            note = self._decided_text(row.decided_by, row.note)
            if row.paper_sourced:
                note = (note + "; " if note else "") + self.tr("† marks keyed from paper")
            cells.append(Cell(note, tooltip=note))
            rows.append(cells)
        self.results_model.set_grid(headers, rows)
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        awards = view.awards
        lines = [self.tr("<b>{award}</b> ({count}): {winners}").format(
            award=pick(awards.award_name), count=awards.award_count,
            winners=_join([pick(f.name) for f in awards.winners]) or "—")]
        if awards.tied_at_cut:
            lines.append(self.tr("Tied at the cut, awaiting the chair's casting decision: "
                                 "{codes}").format(
                codes=", ".join(f.code for f in awards.tied_at_cut)))
        public = _join([pick(name) for _code, name in awards.public_winners]) or "—"
        lines.append(self.tr("<b>{award}</b> ({count}): {winners}").format(
            award=pick(awards.public_award_name), count=awards.public_award_count,
            winners=public))
        if awards.public_note is not None:
            lines.append(_reason_text(awards.public_note))
        self.awards_label.setText("<br/>".join(lines))

    def _update_chart(self) -> None:
        view = self.view
        if view is None:
            self.chart.set_bars([])
            self.chart_note.setText("")
            return
        winners = {f.code for f in view.awards.winners}
        if self.chart_mode.currentData() == "criteria":
            bars = []
            for row in view.rows:
                parts = tuple(
                    float((mean - Fraction(c.scale_min))
                          / Fraction(c.scale_max - c.scale_min) * 100)
                    for mean, c in zip(row.criterion_means, view.criteria, strict=True))
                bars.append(Bar(pick(row.finalist.name), sum(parts) / len(parts),
                                " / ".join(format_score(m, 1) for m in row.criterion_means),
                                parts=parts, highlight=row.finalist.code in winners))
            self.chart.set_bars(bars, maximum=100.0,
                                legend=[pick(c.name) for c in view.criteria])
            self.chart_note.setText(self.tr("Each finalist's mean mark per criterion, as a share "
                                            "of the criterion's scale."))
            return
        total_based = view.method in (Method.MEAN, Method.TRIMMED, Method.MEDIAN)
        bars = []
        for row in view.rows:
            markers = tuple(float(t) for t in row.judge_totals if t is not None)
            if total_based:
                value = float(row.value)
            else:
                present = [float(t) for t in row.judge_totals if t is not None]
                value = sum(present) / len(present) if present else 0.0
            bars.append(Bar(f"{row.position}. {pick(row.finalist.name)}", value,
                            format_value(row.value, view.method), markers=markers,
                            highlight=row.finalist.code in winners))
        self.chart.set_bars(bars, maximum=100.0)
        self.chart_note.setText(self.tr("Bars: result out of 100 (award winners dark); red "
                                        "ticks: each judge's total."))

    def _render_comparison(self) -> None:
        view = self.view
        if view is None:
            self.comparison_model.set_grid([], [])
            self.comparison_flag.setText("")
            return
        comparison = view.comparison
        count = view.awards.award_count
        headers = [self.tr("Finalist")] + [self.short_method_label(m)
                                           for m in comparison.methods]
        rows = []
        for finalist, positions, values in zip(comparison.finalists, comparison.positions,
                                               comparison.values, strict=True):
            cells = [Cell(pick(finalist.name))]
            for method, position, value in zip(comparison.methods, positions, values,
                                               strict=True):
                differs = (position <= count) != (positions[0] <= count)
                cells.append(Cell(f"{position}  ({format_value(value, method)})",
                                  "#f8d3cd" if differs else None, right=True,
                                  bold=position <= count))
            rows.append(cells)
        self.comparison_model.set_grid(headers, rows)
        self.comparison_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        if comparison.disagreement:
            self.comparison_flag.setText(self.tr(
                "⚠ The award winners would differ under: {methods}. The method fixed in advance "
                "({fixed}) decides.").format(
                methods=_join([method_label(m) for m in comparison.disagreeing]),
                fixed=method_label(view.method)))
            self.comparison_flag.setStyleSheet("color: #a40000; font-weight: bold;")
        else:
            self.comparison_flag.setText(self.tr("Every method gives the same award winners."))
            self.comparison_flag.setStyleSheet("color: #1e6b30;")

    def short_method_label(self, method: Method) -> str:
        """A column-wide name for the method (the full name is in the flag and the report)."""
        return {
            Method.MEAN: self.tr("Mean"),
            Method.TRIMMED: self.tr("Trimmed mean"),
            Method.MEDIAN: self.tr("Median"),
            Method.ZSCORE: self.tr("Mean z-score"),
            Method.BORDA: self.tr("Mean rank (Borda)"),
        }[method]

    def _render_agreement(self) -> None:
        view = self.view
        if view is None:
            self.agreement_model.set_grid([], [])
            self.spread_model.set_grid([], [])
            self.kendall_label.setText("")
            return
        agreement = view.agreement
        kendall = agreement.kendall
        if kendall is not None:
            self.kendall_label.setText(self.tr(
                "Kendall's W = {w} (0: no agreement, 1: identical rankings); chi-square = {chi}, "
                "df = {df}, p {p}. Judges with a recusal are left out of W: {excluded}.").format(
                w=format_score(kendall.w, 3), chi=format_score(kendall.chi_square, 2),
                df=kendall.df, p=f"= {kendall.p_value:.4f}" if kendall.p_value >= 1e-4
                else "< 0.0001",
                excluded=", ".join(j.label for j in kendall.excluded) or self.tr("none"))
                + "\n" + self.tr("Each judge's r and ρ: correlation of that judge's totals with "
                                 "the mean of the other judges' totals (low or negative: worth a "
                                 "conversation, not a reason to drop the judge)."))
        else:
            self.kendall_label.setText(_reason_text(agreement.kendall_problem))

        def fmt(value: float | None) -> str:
            return "—" if value is None else f"{value:+.3f}"

        self.agreement_model.set_grid(
            [self.tr("Judge"), self.tr("Shared finalists"), self.tr("Pearson r"),
             self.tr("Spearman ρ")],
            [[Cell(f"{a.judge.label} {pick(a.judge.name)}"),
              Cell(str(a.shared_finalists), right=True),
              Cell(fmt(a.pearson), "#f8d3cd" if a.pearson is not None and a.pearson < 0.3
                   else None, right=True),
              Cell(fmt(a.spearman), right=True)] for a in agreement.judges])
        self.spread_model.set_grid(
            [self.tr("Finalist"), self.tr("Lowest"), self.tr("Highest"), self.tr("Spread")],
            [[Cell(pick(sp.finalist.name)), Cell(format_score(sp.minimum, 2), right=True),
              Cell(format_score(sp.maximum, 2), right=True),
              Cell(format_score(sp.spread, 2), right=True)] for sp in agreement.spreads])
        for table in (self.agreement_view, self.spread_view):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.ResizeToContents)

    def _update_buttons(self) -> None:
        idle = not self._importing and self.competition_id is not None
        self.restore_button.setVisible(self.problem is not None and self.status is not None
                                       and self.status.sheet_count > 0)
        self.restore_button.setEnabled(idle and not self.computing)
        status, view = self.status, self.view
        for button in (self.import_files_button, self.import_folder_button, self.chair_button):
            button.setEnabled(idle)
        # What acts on the status or the results waits for the current ones.
        idle = idle and not self.computing
        self.paper_button.setEnabled(idle and status is not None)
        self.method_button.setEnabled(idle and status is not None and not status.method_fixed)
        self.override_button.setEnabled(idle and view is not None and not view.matrix.complete)
        self.casting_button.setEnabled(idle and view is not None and bool(view.unresolved_ties))
        ready = view is not None
        self.xlsx_button.setEnabled(idle and ready)
        self.csv_button.setEnabled(idle and ready)
        self.pdf_button.setEnabled(idle and ready and view is not None and view.final
                                   and not view.awards.tied_at_cut
                                   and status is not None and status.has_chair_credential)
        if status is not None and not status.has_chair_credential:
            self.pdf_button.setToolTip(self.tr("Issue the chair's credential first."))
        else:
            self.pdf_button.setToolTip("")

    # -- importing -------------------------------------------------------------------------------
    def _ask_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import signed score sheets"), "",
                                                self.tr("PDF files (*.pdf)"))
        return list(paths)

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Import every sheet in a folder"))

    def _ask_save_path(self, title: str, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested)
        return path

    def _on_import_files(self) -> None:
        paths = self.choose_files()
        if paths:
            self.import_paths(paths)

    def _on_import_folder(self) -> None:
        folder = self.choose_folder()
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: Sequence[str]) -> None:
        """Imports files and folders off the GUI thread, with progress and cancel."""
        if self._importing or self.competition_id is None or not paths:
            return
        self._importing = True
        self._cancel.clear()
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Checking the files…"))
        self.progress_box.setVisible(True)
        self._update_buttons()
        competition_id, chosen = self.competition_id, list(paths)
        signals, cancel = self._signals, self._cancel
        run_in_background(
            lambda: self._imports.import_paths(
                competition_id, chosen,
                progress=lambda done, total, name: signals.progressed.emit(done, total, name),
                cancelled=cancel.is_set),
            self._on_import_finished, self._on_import_failed, context=self)

    def _on_import_progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Checking {done} of {total}: {file}").format(
            done=min(done + 1, total), total=total, file=Path(name).name) if name
            else self.tr("Done."))

    def _on_cancel_clicked(self) -> None:
        self._cancel.set()
        self.progress_label.setText(self.tr("Cancelling after the current file…"))

    def _on_import_finished(self, report: ImportReport) -> None:
        self._importing = False
        self.progress_box.setVisible(False)
        self.last_import = report
        self._session = list(report.outcomes) + self._session
        self.tabs.setCurrentIndex(0)
        summary = self.tr("{imported} imported, {rejected} rejected, {same} already "
                          "imported.").format(
            imported=report.count(ImportOutcomeKind.IMPORTED)
            + report.count(ImportOutcomeKind.SUPERSEDED),
            rejected=report.count(ImportOutcomeKind.REJECTED),
            same=report.count(ImportOutcomeKind.DUPLICATE))
        if report.cancelled:
            summary += " " + self.tr("Import cancelled; the files not yet checked were left "
                                     "alone.")
        self.progress_label.setText(summary)
        self.refresh(summary)
        self.sheets_imported.emit(report)

    def _on_import_failed(self, error: UserError) -> None:
        self._importing = False
        self.progress_box.setVisible(False)
        self.problem = error
        self._render()

    def _on_restore_clicked(self) -> None:
        """Rewrites the marks from the stored signed sheets (each verified again), off the GUI
        thread; afterwards the results are computed again."""
        if self.competition_id is None or self._importing:
            return
        self._importing = True
        self._update_buttons()
        competition_id = self.competition_id

        def done(count: object) -> None:
            self._importing = False
            self.refresh(self.tr("Restored the marks of {count} signed sheets.").format(
                count=count))

        def failed(error: UserError) -> None:
            self._importing = False
            self.problem = error
            self._render()

        run_in_background(lambda: self._imports.restore_from_sheets(competition_id), done,
                          failed, context=self)

    # -- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and _sheet_paths(mime.urls()) and not self._importing:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _sheet_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- decisions -------------------------------------------------------------------------------
    def _open_dialog(self, dialog: ResultsDialog, after: Callable[[object], None]) -> None:
        self.active_dialog = dialog
        dialog.done_with.connect(after)
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: ResultsDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def _after_decision(self, result: object) -> None:
        self.refresh()
        self.decision_recorded.emit(result)

    def _on_method_clicked(self) -> None:
        if self.status is None or self.competition_id is None:
            return
        chain = ", ".join(self._step_text(s) for s in self.status.tie_break_chain)
        chain = (chain + ", " if chain else "") + self.tr("then the chair's casting decision")
        self._open_dialog(MethodDialog(self._results, self.competition_id, self.status.method,
                                       chain, self), self._after_decision)

    def _on_override_clicked(self) -> None:
        if self.view is None or self.competition_id is None:
            return
        self._open_dialog(OverrideDialog(self._results, self.competition_id, self.view.matrix,
                                         self), self._after_decision)

    def _on_casting_clicked(self) -> None:
        if self.view is None or self.competition_id is None:
            return
        finalists = {f.code: f for f in self.view.matrix.finalists}
        ties = [[finalists[c] for c in tie] for tie in self.view.unresolved_ties]
        self._open_dialog(CastingDialog(self._results, self.competition_id, ties, self),
                          self._after_decision)

    def _on_chair_clicked(self) -> None:
        if self.competition_id is None:
            return
        self._open_dialog(ChairCredentialDialog(self._chair, self.competition_id, self),
                          self._after_decision)

    def _on_paper_clicked(self) -> None:
        if self.status is None or self.competition_id is None:
            return
        try:
            criteria = self._services.competitions.overview(self.competition_id).criteria
        except UserError as exc:
            self.problem = exc
            self._render()
            return
        matrix = self.status.matrix
        dialog = PaperEntryDialog(self._paper, self.competition_id, matrix.judges,
                                  matrix.finalists, criteria, self)
        self._open_dialog(dialog, lambda _r: self.refresh())

    # -- files -----------------------------------------------------------------------------------
    def _suggested(self, suffix: str) -> str:
        year = self.status.competition.year_label if self.status else "results"
        return f"results-{year}.{suffix}"

    def _on_pdf_clicked(self) -> None:
        if self.competition_id is None:
            return
        self._open_dialog(SignReportDialog(self._results, self.competition_id, self),
                          self._on_report_signed)

    def _on_report_signed(self, signed: object) -> None:
        from judgepanel.domain.results import SignedResults

        assert isinstance(signed, SignedResults)
        self.refresh()
        path = self.choose_save_path(self.tr("Save the signed results report"),
                                     self._suggested("pdf"))
        if path:
            self._write(path, signed.pdf)

    def _on_xlsx_clicked(self) -> None:
        from judgepanel.services.results_export import xlsx_bytes

        if self.view is None:
            return
        path = self.choose_save_path(self.tr("Export the results (Excel)"),
                                     self._suggested("xlsx"))
        if path:
            self._write(path, xlsx_bytes(self.view))

    def _on_csv_clicked(self) -> None:
        from judgepanel.services.results_export import csv_bytes

        if self.view is None:
            return
        path = self.choose_save_path(self.tr("Export the order of merit (CSV)"),
                                     self._suggested("csv"))
        if path:
            self._write(path, csv_bytes(self.view))

    def _write(self, path: str, data: bytes) -> None:
        from judgepanel.fileio import atomic_write

        try:
            atomic_write(path, data, private=False)
        except UserError as exc:
            self.problem = exc
            self._render_banner()
            return
        # Kept before the status text, also when results still being computed arrive.
        self._notice = self.tr("Wrote {path}.").format(path=path)
        self._render_banner()
        self.file_written.emit(path)
