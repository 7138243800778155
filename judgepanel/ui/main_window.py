"""The main window: a thin host for pages, menus and the status bar; no business rules here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from judgepanel import __version__
from judgepanel.domain.errors import UserError
from judgepanel.ui import i18n

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QLockFile

    from judgepanel.app import Services
    from judgepanel.services.scoring import ScoringService
    from judgepanel.ui.overview import OverviewPage
    from judgepanel.ui.progress import CancelFlag, Progress


class MainWindow(QMainWindow):
    #: Emitted once, after the window's first paint (the moment to start loading data).
    first_painted = Signal()
    #: Emitted after the window has been filled with the competition's data.
    data_shown = Signal()
    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services: Services | None = None
        #: Builds the full (SQLAlchemy) services on first need; a judge's laptop shows its day
        #: without them (see :meth:`attach_judge`).
        self.services_factory: Callable[[], Services] | None = None
        #: The lock this process holds on the open database file (set by the app at start).
        self.database_lock: QLockFile | None = None
        self._judge_attached = False
        from judgepanel.ui.judge_workspace import JudgeWorkspace

        self.pages = QTabWidget()
        self.pages.setObjectName("workspaceTabs")
        self.pages.setDocumentMode(True)
        # The overview (four tables) is built when first needed, after the first paint; until
        # then its tab holds an empty placeholder.
        self._overview: OverviewPage | None = None
        self._overview_slot = QWidget()
        self._overview_slot.setObjectName("overviewPlaceholder")
        self.judge_workspace = JudgeWorkspace()
        self.setup_workspace: QWidget | None = None
        self.results_workspace: QWidget | None = None
        self.pages.addTab(self._overview_slot, "")
        self.pages.addTab(self.judge_workspace, "")
        self.setCentralWidget(self.pages)
        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)
        self._painted = False
        self.first_painted.connect(self._install_shortcuts)
        self._overview_slot.installEventFilter(self)
        self._build_menus()
        self.resize(1200, 720)
        self.setMinimumSize(800, 560)
        self.retranslate_ui()

    # -- construction -------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.import_kit_action = QAction(self)
        self.import_kit_action.setObjectName("importKitAction")
        self.import_kit_action.triggered.connect(self._on_import_kit_triggered)
        self.file_menu.addAction(self.import_kit_action)
        self.verify_action = QAction(self)
        self.verify_action.setObjectName("verifyAction")
        self.verify_action.triggered.connect(self._on_verify_triggered)
        self.file_menu.addAction(self.verify_action)
        self.blank_sheets_action = QAction(self)
        self.blank_sheets_action.triggered.connect(self._on_blank_sheets_triggered)
        self.file_menu.addAction(self.blank_sheets_action)
        self.file_menu.addSeparator()
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.triggered.connect(self._on_settings_triggered)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.sheet_menu = bar.addMenu("")
        self.sign_action = QAction(self)
        self.sign_action.setObjectName("signAction")
        self.sign_action.triggered.connect(self._on_sign_triggered)
        self.amend_action = QAction(self)
        self.amend_action.triggered.connect(self._on_amend_triggered)
        self.print_sheet_action = QAction(self)
        self.print_sheet_action.triggered.connect(self._on_print_sheet_triggered)
        self.save_sheet_action = QAction(self)
        self.save_sheet_action.triggered.connect(self._on_save_sheet_triggered)
        for action in (self.sign_action, self.amend_action, self.print_sheet_action,
                       self.save_sheet_action):
            self.sheet_menu.addAction(action)

        self.panel_menu = bar.addMenu("")
        self.create_authority_action = QAction(self)
        self.create_authority_action.triggered.connect(self._on_create_authority_triggered)
        self.credentials_action = QAction(self)
        self.credentials_action.setObjectName("credentialsAction")
        self.credentials_action.triggered.connect(self._on_credentials_triggered)
        self.export_kits_action = QAction(self)
        self.export_kits_action.triggered.connect(self._on_export_kits_triggered)
        self.export_trust_action = QAction(self)
        self.export_trust_action.triggered.connect(self._on_export_trust_triggered)
        for action in (self.create_authority_action, self.credentials_action,
                       self.export_kits_action, self.export_trust_action):
            self.panel_menu.addAction(action)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in i18n.LANGUAGES.items():
            action = QAction(label, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.help_menu.addAction(self.about_action)

    def _install_shortcuts(self) -> None:
        """Standard shortcuts, set after the first paint: PySide6 builds its large key enums
        on first use, which would otherwise cost the first paint about 90 ms."""
        from PySide6.QtGui import QKeySequence

        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.print_sheet_action.setShortcut(QKeySequence.StandardKey.Print)

    @property
    def overview_page(self) -> OverviewPage:
        if self._overview is None:
            from judgepanel.ui.overview import OverviewPage

            page = OverviewPage()
            index = self.pages.indexOf(self._overview_slot)
            current = self.pages.currentIndex()
            self.pages.blockSignals(True)
            self.pages.removeTab(index)
            self.pages.insertTab(index, page, self.tr("&Overview"))
            self.pages.setCurrentIndex(current)
            self.pages.blockSignals(False)
            self._overview_slot.deleteLater()
            self._overview = page
        return self._overview

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    # -- data -------------------------------------------------------------------------------
    def attach_judge(self, scoring: ScoringService, path: str) -> None:
        """A judge's laptop: shows the day at once through the scoring service alone; the rest
        of the services are built only when something needs them."""
        self._judge_attached = True
        self.db_label.setText(path)
        self.judge_workspace.attach(scoring, None)
        self.pages.setCurrentWidget(self.judge_workspace)
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        for action in (self.create_authority_action, self.export_kits_action,
                       self.export_trust_action, self.blank_sheets_action):
            action.setVisible(False)
        self.panel_menu.menuAction().setVisible(False)
        self.data_shown.emit()

    def ensure_services(self) -> Services | None:
        """The full services, built now if they were deferred."""
        if self.services is None and self.services_factory is not None:
            factory, self.services_factory = self.services_factory, None
            try:
                self.attach(factory())
            except UserError as exc:
                self.show_error(exc)
        return self.services

    def _on_pages_current_changed(self, index: int) -> None:
        if self.pages.widget(index) in (self._overview_slot, self._overview):
            self.ensure_services()

    def attach(self, services: Services) -> None:
        """Receives the services once the database is open, then shows the competition."""
        from judgepanel.domain.enums import DatabaseRole

        self.services = services
        self.db_label.setText(services.db.path)
        role = services.competitions.role()
        if services.scoring is not None and not self._judge_attached:
            self.judge_workspace.attach(services.scoring, services.competitions)
        if role == DatabaseRole.CHAIR and self.setup_workspace is None:
            from judgepanel.ui.setup_workspace import SetupWorkspace

            self.setup_workspace = SetupWorkspace(services, self)
            self.setup_workspace.competition_changed.connect(lambda _cid: self.refresh())
            self.pages.addTab(self.setup_workspace, "")
        if role == DatabaseRole.CHAIR and self.results_workspace is None:
            from judgepanel.ui.results_workspace import ResultsWorkspace

            self.results_workspace = ResultsWorkspace(services, self)
            self.pages.addTab(self.results_workspace, "")
        if role == DatabaseRole.JUDGE and not self._judge_attached:
            # A judge's laptop opens where the judge lives: the day's presentations.
            self.pages.setCurrentWidget(self.judge_workspace)
        for action in (self.create_authority_action, self.export_kits_action,
                       self.export_trust_action, self.blank_sheets_action):
            action.setVisible(role == DatabaseRole.CHAIR)
        self.panel_menu.menuAction().setVisible(role == DatabaseRole.CHAIR)
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        if self.services is None:
            return
        competitions = self.services.competitions
        competition_id = competitions.default_competition_id()
        if competition_id is not None:
            self.overview_page.set_overview(competitions.overview(competition_id))
        self.data_shown.emit()

    # -- language -------------------------------------------------------------------------
    def switch_language(self, language: str) -> None:
        lang = i18n.set_language(language)
        # Qt posts LanguageChange to every widget; deliver it now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QSettings().setValue("ui/language", lang)
        self.language_changed.emit(lang)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.judge_workspace.flush()
        self.snapshot("close")
        super().closeEvent(event)

    def snapshot(self, reason: str) -> None:
        """A backup of the SQLite database (rotating set beside it); never blocks the user."""
        path = self.db_label.text()
        if not path or "://" in path:
            return
        from judgepanel.services.backup import BackupService

        try:
            BackupService(path).snapshot(reason)
        except UserError as exc:
            self.statusBar().showMessage(i18n.translate_error(exc.template, exc.params), 10000)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("JudgePanel — Customer Service Award judging"))
        self.pages.setTabText(self.pages.indexOf(self._overview or self._overview_slot),
                              self.tr("&Overview"))
        self.pages.setTabText(self.pages.indexOf(self.judge_workspace), self.tr("Judgin&g"))
        if self.setup_workspace is not None:
            self.pages.setTabText(self.pages.indexOf(self.setup_workspace), self.tr("Set-&up"))
        if self.results_workspace is not None:
            self.pages.setTabText(self.pages.indexOf(self.results_workspace),
                                  self.tr("Resul&ts"))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_kit_action.setText(self.tr("&Import judge kit…"))
        self.settings_action.setText(self.tr("Se&ttings…"))
        self.verify_action.setText(self.tr("&Verify a signed score sheet…"))
        self.blank_sheets_action.setText(self.tr("Print &blank score sheets…"))
        self.sheet_menu.setTitle(self.tr("&Score sheet"))
        self.sign_action.setText(self.tr("&Sign my score sheet…"))
        self.amend_action.setText(self.tr("&Amend my signed sheet…"))
        self.print_sheet_action.setText(self.tr("&Print my score sheet…"))
        self.save_sheet_action.setText(self.tr("Save my signed sheet as &PDF…"))
        self.panel_menu.setTitle(self.tr("&Panel"))
        self.create_authority_action.setText(self.tr("&Create panel certificate authority…"))
        self.credentials_action.setText(self.tr("Signing c&redentials…"))
        self.export_kits_action.setText(self.tr("&Export judge kits…"))
        self.export_trust_action.setText(self.tr("Export panel &trust certificate…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About JudgePanel"))
        current = i18n.current_language()
        for code, action in self.language_actions.items():
            action.setChecked(code == current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_settings_triggered(self) -> None:
        from judgepanel.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.settings_applied.connect(self._on_settings_applied)
        dialog.exec()

    def _on_settings_applied(self, applied: object) -> None:
        if getattr(applied, "language_changed", False):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            self.language_changed.emit(i18n.current_language())
        if getattr(applied, "restart_needed", False):
            self.statusBar().showMessage(self.tr(
                "The new database location is used the next time JudgePanel starts."), 10000)

    # -- panel authority and kits ---------------------------------------------------------
    def _competition_id(self) -> int | None:
        if self.ensure_services() is None:
            return None
        return self.services.competitions.default_competition_id()

    def _on_create_authority_triggered(self) -> None:
        from judgepanel.ui.kit_dialogs import CreateAuthorityDialog, group_fingerprint

        cid = self._competition_id()
        if self.services is None or cid is None:
            return
        dialog = CreateAuthorityDialog(self.services.authority, cid, self)
        if dialog.exec() and dialog.fingerprint:
            QMessageBox.information(self, self.tr("Panel certificate authority"), self.tr(
                "Created. Its fingerprint, to give each judge on paper:\n{fp}").format(
                    fp=group_fingerprint(dialog.fingerprint)))

    def _on_credentials_triggered(self) -> None:
        from judgepanel.ui.authority_dialogs import CredentialsDialog

        cid = self._competition_id()
        if self.services is None or cid is None:
            return
        CredentialsDialog(self.services.authority, cid, self).exec()

    def _on_export_kits_triggered(self) -> None:
        from judgepanel.ui.kit_dialogs import ExportKitsDialog

        cid = self._competition_id()
        if self.services is None or cid is None:
            return
        try:
            status = self.services.authority.status(cid)
            if not status.exists or status.fingerprint is None:
                QMessageBox.information(self, self.tr("Export judge kits"), self.tr(
                    "Create the panel certificate authority first (Panel menu)."))
                return
            judges = self.services.competitions.overview(cid).judges
        except UserError as exc:
            self.show_error(exc)
            return
        dialog = ExportKitsDialog(self.services.kits, cid, judges, status.fingerprint, self,
                                  authority=self.services.authority)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Wrote {n} kits.").format(
                n=len(dialog.written)), 8000)

    def _on_export_trust_triggered(self) -> None:
        from judgepanel.fileio import atomic_write

        cid = self._competition_id()
        if self.services is None or cid is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Panel trust certificate"),
                                              "panel.pem", self.tr("Certificates (*.pem)"))
        if not path:
            return
        try:
            atomic_write(path, self.services.authority.trust_certificate_pem(cid), private=False)
        except UserError as exc:
            self.show_error(exc)

    def _on_import_kit_triggered(self) -> None:
        from judgepanel.domain.enums import DatabaseRole
        from judgepanel.ui.kit_dialogs import ImportKitDialog

        if self.ensure_services() is None:
            return
        try:
            first = self.services.competitions.default_competition_id() is None
            judges_database = self.services.competitions.role() == DatabaseRole.JUDGE
            # The demo or a chair's database: the kit goes into a new judge's database instead.
            new_file = None if first or judges_database else self._suggested_judge_database()
        except UserError as exc:
            self.show_error(exc)
            return
        dialog = ImportKitDialog(self.services.kits, first_import=first, new_database=new_file,
                                 parent=self)
        if not dialog.exec():
            return
        if dialog.new_database is not None:
            self.open_judge_database(dialog.new_database, dialog.new_lock)
        else:
            self.refresh()
        self.statusBar().showMessage(dialog.result_text, 8000)

    def _suggested_judge_database(self) -> str:
        """``judge-<year>.db`` beside this computer's default database, named after the open
        competition until the kit itself is chosen."""
        from pathlib import Path

        from judgepanel.settings import default_database_file

        year = ""
        if self.services is not None:
            cid = self.services.competitions.default_competition_id()
            if cid is not None:
                year = self.services.competitions.overview(cid).competition.year_label
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in year).strip("-.")
        name = f"judge-{safe}.db" if safe else "judge.db"
        return str(Path(default_database_file()).with_name(name))

    def open_judge_database(self, path: str, lock: QLockFile | None) -> None:
        """Switches the window to the judge's database at ``path`` (just made by a kit import)
        and keeps it as the database to open at every start. The database open until now is
        closed as it is; ``lock`` (held on ``path``) replaces its lock."""
        from judgepanel import settings as user_settings
        from judgepanel.app import build_services

        self.judge_workspace.flush()
        try:
            services = build_services(path, load_demo_if_new=False)
        except UserError as exc:
            if lock is not None:
                lock.unlock()
            self.show_error(exc)
            return
        old_services, old_lock = self.services, self.database_lock
        for name in ("setup_workspace", "results_workspace"):
            page = getattr(self, name)
            if page is not None:
                self.pages.removeTab(self.pages.indexOf(page))
                page.deleteLater()
                setattr(self, name, None)
        self.services, self.services_factory = None, None
        self._judge_attached = False
        self.database_lock = lock
        self.attach(services)
        if old_services is not None:
            old_services.db.close()
        if old_lock is not None:
            old_lock.unlock()
        prefs = user_settings.AppSettings()
        try:
            prefs.database = path
        except UserError as exc:  # cannot happen for a file just opened; say so if it does
            self.show_error(exc)
        prefs.sync()

    # -- score sheets ------------------------------------------------------------------------
    def current_judge(self) -> tuple[int, str] | None:
        """The judge this laptop belongs to; on a chair's machine, ask which judge."""
        from PySide6.QtWidgets import QInputDialog

        cid = self._competition_id()
        if self.services is None or cid is None:
            return None
        overview = self.services.competitions.overview(cid)
        judges = {j.id: j.name.pick(i18n.current_language()) for j in overview.judges}
        if overview.own_judge_id is not None:
            return overview.own_judge_id, judges[overview.own_judge_id]
        chosen = self.judge_workspace.judge_id()
        if chosen is not None and chosen in judges:
            return chosen, judges[chosen]
        if not judges:
            return None
        names = list(judges.values())
        name, ok = QInputDialog.getItem(self, self.tr("Which judge?"), self.tr("Judge:"),
                                        names, 0, False)
        if not ok:
            return None
        return next(i for i, n in judges.items() if n == name), name

    def _on_sign_triggered(self) -> None:
        from judgepanel.ui.sheet_dialogs import SignSheetDialog

        judge = self.current_judge()
        if self.services is None or judge is None:
            return
        dialog = SignSheetDialog(self.services.sheets, judge[0], judge[1], self)
        if dialog.exec() and dialog.result_sheet is not None:
            self.snapshot("signed")
            self.statusBar().showMessage(self.tr("Signed revision {rev} (SHA-256 {sha}…).").format(
                rev=dialog.result_sheet.revision, sha=dialog.result_sheet.sha256[:16]), 10000)

    def _on_amend_triggered(self) -> None:
        from judgepanel.ui.sheet_dialogs import AmendDialog

        judge = self.current_judge()
        if self.services is None or judge is None:
            return
        AmendDialog(self.services.sheets, judge[0], self).exec()

    def _signed_pdf(self, judge_id: int) -> bytes | None:
        assert self.services is not None
        try:
            return self.services.sheets.signed_pdf(judge_id)
        except UserError as exc:
            self.show_error(exc)
            return None

    def print_preview(self, title: str, heading: str,
                      build: Callable[[Progress, CancelFlag], bytes]) -> None:
        """Builds a PDF and renders its pages off the GUI thread, behind a progress dialog with
        Cancel, then opens the print preview on them. ``build(progress, cancel)`` makes the
        PDF; ``heading`` titles the progress dialog, ``title`` the preview and the print job."""
        from judgepanel.ui.pdf_print import open_print_preview, prepare_print
        from judgepanel.ui.progress import run_with_progress

        preparing = self.tr("Preparing the print preview…")

        def work(progress: Progress, cancel: CancelFlag) -> object:
            pdf = build(progress, cancel)
            cancel.raise_if_cancelled()
            progress(0, 0, preparing)
            job = prepare_print(pdf, title,
                                progress=lambda done, total: progress(done, total, preparing),
                                cancelled=cancel.is_set)
            cancel.raise_if_cancelled()
            return job

        def cancelled() -> None:
            self.statusBar().showMessage(self.tr("Cancelled: nothing was printed."), 8000)

        run_with_progress(self, heading, work,
                          on_finished=lambda job: open_print_preview(self, job),
                          on_failed=self.show_error, on_cancelled=cancelled)

    def _on_print_sheet_triggered(self) -> None:
        judge = self.current_judge()
        if self.services is None or judge is None:
            return
        sheets, judge_id = self.services.sheets, judge[0]
        building = self.tr("Building the score sheet…")

        def build(progress: Progress, _cancel: CancelFlag) -> bytes:
            """The signed sheet as stored, else the sheet as it stands, unsigned."""
            try:
                return sheets.signed_pdf(judge_id)
            except UserError:
                progress(0, 0, building)
                return sheets.preview_pdf(judge_id)

        self.print_preview(self.tr("Score sheet — {name}").format(name=judge[1]),
                           self.tr("Printing the score sheet"), build)

    def _on_save_sheet_triggered(self) -> None:
        from judgepanel.fileio import atomic_write

        judge = self.current_judge()
        if self.services is None or judge is None:
            return
        pdf = self._signed_pdf(judge[0])
        if pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save signed score sheet"),
                                              "score-sheet.pdf", self.tr("PDF files (*.pdf)"))
        if path:
            try:
                atomic_write(path, pdf)
            except UserError as exc:
                self.show_error(exc)

    def _on_verify_triggered(self) -> None:
        from judgepanel.ui.sheet_dialogs import VerifyDialog

        services = self.ensure_services()
        roots = services.sheets.trust_roots() if services is not None else ()
        registered = services.sheets.registered_certificates() if services is not None else ()
        replaced = services.sheets.replaced_credential if services is not None else None
        VerifyDialog(roots, self, registered=registered, replaced=replaced).exec()

    def _on_blank_sheets_triggered(self) -> None:
        cid = self._competition_id()
        if self.services is None or cid is None:
            return
        sheets = self.services.sheets
        laying_out = self.tr("Laying out the sheets for {judge}…")
        try:  # the build names each judge in English; say the name in the window's language
            names = {j.name.en: j.name.pick(i18n.current_language())
                     for j in self.services.competitions.overview(cid).judges}
        except UserError as exc:
            self.show_error(exc)
            return

        def build(progress: Progress, cancel: CancelFlag) -> bytes:
            """Judge by judge, sheet by sheet; Cancel stops at the next sheet."""
            from judgepanel.reports.blank_sheets import BlankSheetsCancelled

            try:
                return sheets.blank_sheets_pdf(
                    cid, cancelled=cancel.is_set,
                    progress=lambda done, total, judge: progress(
                        done, total,
                        laying_out.format(judge=names.get(judge, judge)) if judge else ""))
            except BlankSheetsCancelled:
                cancel.raise_if_cancelled()
                raise

        self.print_preview(self.tr("Blank score sheets"),
                           self.tr("Building the blank score sheets"), build)

    # -- messages -------------------------------------------------------------------------
    def show_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("JudgePanel"),
                            i18n.translate_error(error.template, error.params))

    def _on_about_triggered(self) -> None:
        import platform
        from importlib import metadata

        import PySide6

        def version(dist: str) -> str:
            # Package metadata, not the modules: the About box must not import ReportLab.
            try:
                return metadata.version(dist)
            except metadata.PackageNotFoundError:
                return "?"

        libraries = " · ".join(f"{name} {version(dist)}" for name, dist in (
            ("SQLAlchemy", "SQLAlchemy"), ("Alembic", "alembic"), ("ReportLab", "reportlab"),
            ("pyHanko", "pyHanko"), ("pdfium", "pypdfium2")))
        QMessageBox.about(
            self,
            self.tr("About JudgePanel"),
            self.tr("JudgePanel {version}\nJudging for the Civil Service Customer Service Award "
                    "Scheme.\n\nPython {python} · Qt {qt} · PySide6 {pyside}").format(
                version=__version__, python=platform.python_version(),
                qt=PySide6.QtCore.qVersion(), pyside=PySide6.__version__)
            + "\n" + libraries,
        )
