"""The main window: a thin host for pages, menus and the status bar; no business rules here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from judgepanel import __version__
from judgepanel.domain.errors import UserError
from judgepanel.ui import i18n
from judgepanel.ui.overview import OverviewPage

if TYPE_CHECKING:
    from judgepanel.app import Services


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
        self.pages = QStackedWidget()
        self.overview_page = OverviewPage()
        self.pages.addWidget(self.overview_page)
        self.setCentralWidget(self.pages)
        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)
        self._painted = False
        self.overview_page.installEventFilter(self)
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
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.panel_menu = bar.addMenu("")
        self.create_authority_action = QAction(self)
        self.create_authority_action.triggered.connect(self._on_create_authority_triggered)
        self.export_kits_action = QAction(self)
        self.export_kits_action.triggered.connect(self._on_export_kits_triggered)
        self.export_trust_action = QAction(self)
        self.export_trust_action.triggered.connect(self._on_export_trust_triggered)
        for action in (self.create_authority_action, self.export_kits_action,
                       self.export_trust_action):
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.overview_page.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    # -- data -------------------------------------------------------------------------------
    def attach(self, services: Services) -> None:
        """Receives the services once the database is open, then shows the competition."""
        self.services = services
        self.db_label.setText(services.db.path)
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

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("JudgePanel — Customer Service Award judging"))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_kit_action.setText(self.tr("&Import judge kit…"))
        self.panel_menu.setTitle(self.tr("&Panel"))
        self.create_authority_action.setText(self.tr("&Create panel certificate authority…"))
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

    # -- panel authority and kits ---------------------------------------------------------
    def _competition_id(self) -> int | None:
        if self.services is None:
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
        dialog = ExportKitsDialog(self.services.kits, cid, judges, status.fingerprint, self)
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
        from judgepanel.ui.kit_dialogs import ImportKitDialog

        if self.services is None:
            return
        first = self.services.competitions.default_competition_id() is None
        dialog = ImportKitDialog(self.services.kits, first_import=first, parent=self)
        if dialog.exec():
            self.statusBar().showMessage(dialog.result_text, 8000)
            self.refresh()

    # -- messages -------------------------------------------------------------------------
    def show_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("JudgePanel"),
                            i18n.translate_error(error.template, error.params))

    def _on_about_triggered(self) -> None:
        import platform

        import PySide6

        QMessageBox.about(
            self,
            self.tr("About JudgePanel"),
            self.tr("JudgePanel {version}\nJudging for the Civil Service Customer Service Award "
                    "Scheme.\n\nPython {python} · Qt {qt} · PySide6 {pyside}").format(
                version=__version__, python=platform.python_version(),
                qt=PySide6.QtCore.qVersion(), pyside=PySide6.__version__),
        )
