"""Composition root: database → services → window.

The window is shown before the database layer is even imported, so the first paint costs little
more than a bare Qt window; the data arrives one event-loop turn later.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from judgepanel.startclock import ms_since_start, process_start_monotonic

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from judgepanel.db.engine import Database
    from judgepanel.services.authority import AuthorityService
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.kits import KitService
    from judgepanel.services.scoring import ScoringService
    from judgepanel.services.sheets import SheetService
    from judgepanel.ui.main_window import MainWindow

EXIT_OK = 0
EXIT_DATABASE_REFUSED = 2
EXIT_LOCKED = 3


@dataclass
class Services:
    """Every use-case service the UI may call, built on one open database."""

    db: Database
    competitions: CompetitionService
    authority: AuthorityService
    kits: KitService
    sheets: SheetService
    #: None on a server (PostgreSQL) database: judges score on their own SQLite laptops.
    scoring: ScoringService | None = None


def build_services(database: str, *, load_demo_if_new: bool = True) -> Services:
    from judgepanel.db.engine import open_database
    from judgepanel.services.authority import AuthorityService
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.kits import KitService
    from judgepanel.services.sheets import SheetService

    db = open_database(database)
    if load_demo_if_new and db.status.created:
        from judgepanel.services.demo import load_demo

        load_demo(db)
    from judgepanel.services.scoring import ScoringService

    return Services(db=db, competitions=CompetitionService(db), authority=AuthorityService(db),
                    kits=KitService(db), sheets=SheetService(db),
                    scoring=ScoringService(db) if db.is_sqlite else None)


def fast_path_label(database: str) -> str:
    from judgepanel.db.engine import sqlite_path

    path = sqlite_path(database)
    assert path is not None, "the fast path opens SQLite files only"
    return str(path.expanduser().resolve())


def judge_laptop_scoring(database: str) -> ScoringService | None:
    """On a judge's laptop (a current SQLite file whose role is "judge"), the scoring service
    over plain ``sqlite3``: the judge's day appears without importing SQLAlchemy at all, which
    keeps start-up and memory close to a bare Qt window. Anything else returns None."""
    from judgepanel.db.engine import sqlite_path

    path = sqlite_path(database)
    if path is None:
        return None
    from judgepanel.domain.errors import DatabaseError
    from judgepanel.services.scoring import ScoringService, SqliteFile

    try:
        file = SqliteFile(path)
    except DatabaseError:
        return None  # new, older or foreign: the full path opens (and refuses or migrates) it
    scoring = ScoringService(file)
    if scoring.own_judge_id() is None:
        file.close()
        return None
    return scoring


def make_application(argv: list[str]) -> QApplication:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("JudgePanel")
    QCoreApplication.setApplicationName("JudgePanel")
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationDisplayName("JudgePanel")
    app.setDesktopFileName("judgepanel")  # resources/judgepanel.desktop
    _set_app_icon(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def _set_app_icon(app: QApplication) -> None:
    """The window icon (PNG renders of resources/icons/judgepanel.svg, loaded on first use)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from judgepanel.ui.i18n import RESOURCES

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(RESOURCES / "icons" / f"judgepanel-{size}.png"), QSize(size, size))
    app.setWindowIcon(icon)
    if getattr(sys, "frozen", False):
        # A packaged build carries its own CJK font, for machines that have none.
        from PySide6.QtGui import QFontDatabase

        for font in sorted((RESOURCES / "fonts").glob("*.tt[cf]")):
            QFontDatabase.addApplicationFont(str(font))


def initial_language(requested: str | None) -> str:
    from PySide6.QtCore import QSettings

    from judgepanel.ui import i18n

    if requested:
        return i18n.normalise(requested)
    stored = QSettings().value("ui/language")
    return i18n.normalise(str(stored)) if stored else i18n.system_language()


class _PaintProbe:
    """Records the first paint, and the first paint after the data was shown (smoke test)."""

    def __init__(self, window: MainWindow, start: float, on_done: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.first_paint_ms: float | None = None
        self.interactive_ms: float | None = None
        self._data_shown = False
        self._start = start
        probe = self

        class Filter(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    probe._on_paint()
                return False

        self._filter = Filter()
        self._on_done = on_done
        # Only the widgets that show the data are watched: an application-wide filter would run
        # Python for every Qt event and slow down the very start it measures.
        self._window = window
        window._overview_slot.installEventFilter(self._filter)
        window.judge_workspace.installEventFilter(self._filter)
        window.data_shown.connect(self._on_data_shown)

    def _on_paint(self) -> None:
        from PySide6.QtCore import QTimer

        if self.first_paint_ms is None:
            self.first_paint_ms = ms_since_start(self._start)
        elif self._data_shown and self.interactive_ms is None:
            self.interactive_ms = ms_since_start(self._start)
            QTimer.singleShot(0, self._on_done)  # type: ignore[arg-type]

    def _on_data_shown(self) -> None:
        self._data_shown = True
        overview = self._window._overview
        if overview is not None:
            overview.finalists_view.viewport().installEventFilter(self._filter)


def run_gui(database: str | None, *, language: str | None, smoke_test: bool) -> int:
    start = process_start_monotonic()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from judgepanel import instance_lock
    from judgepanel.domain.errors import DatabaseError, UserError
    from judgepanel.ui import i18n
    from judgepanel.ui.main_window import MainWindow

    app = make_application(sys.argv[:1])
    i18n.set_language(initial_language(language))
    from judgepanel import settings as user_settings

    prefs = user_settings.AppSettings()
    user_settings.apply_font_size(app, prefs.font_point_size)
    start_db = user_settings.database_for_start(database, settings=prefs)
    database = start_db.location

    try:
        lock = instance_lock.acquire(database)
    except DatabaseError as exc:
        if start_db.from_settings and not smoke_test:
            from judgepanel.ui.settings_dialog import offer_to_forget_database

            offer_to_forget_database(None, exc, prefs)
        else:
            _report_fatal(exc, smoke_test, QMessageBox)
        return EXIT_LOCKED

    window = MainWindow()
    window.database_lock = lock  # the window may move to another database (a judge's kit)
    status: dict[str, int] = {"code": EXIT_OK}
    probe: _PaintProbe | None = None
    if smoke_test:
        def finish() -> None:
            assert probe is not None
            print(json.dumps({"first_paint_ms": probe.first_paint_ms,
                              "interactive_ms": probe.interactive_ms,
                              "language": i18n.current_language()}), flush=True)
            app.quit()
        probe = _PaintProbe(window, start, finish)
        QTimer.singleShot(30_000, lambda: (status.update(code=1), app.quit()))

    def load() -> None:
        try:
            fast = judge_laptop_scoring(database)
            if fast is not None:
                window.services_factory = lambda: build_services(database)
                window.attach_judge(fast, fast_path_label(database))
                return
            window.attach(build_services(database))
            window.overview_page.finalists_view.viewport().update()
        except UserError as exc:
            if start_db.from_settings and not smoke_test:
                # Never leave the user stuck on a stored location that cannot be opened.
                from judgepanel.ui.settings_dialog import offer_to_forget_database

                offer_to_forget_database(window, exc, prefs)
            else:
                _report_fatal(exc, smoke_test, QMessageBox, window)
            status["code"] = EXIT_DATABASE_REFUSED
            app.quit()

    window.first_painted.connect(load)
    window.show()
    app.exec()
    if window.services is not None:
        window.services.db.close()
    if window.database_lock is not None:
        window.database_lock.unlock()
    return status["code"]


def _report_fatal(exc: Exception, smoke_test: bool, box: type, parent: object = None) -> None:
    from judgepanel.domain.errors import UserError
    from judgepanel.ui import i18n

    if isinstance(exc, UserError):
        text = i18n.translate_error(exc.template, exc.params)
    else:
        text = str(exc)
    print(f"judgepanel: {text}", file=sys.stderr)
    if not smoke_test:
        box.critical(parent, "JudgePanel", text)
