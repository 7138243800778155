"""Starts the judge's screen the way the app does and times it from process start.

    python bench/judge_screen.py DATABASE [app|sqlite]

The window shell and the (empty) :class:`JudgeWorkspace` are shown first; the services are
imported only after that first paint, then the judge's schedule is filled in. ``app`` (the
default) builds the services as ``judgepanel.app.build_services`` does today (SQLAlchemy engine,
every service); ``sqlite`` runs the scoring service on a ``SqliteFile`` (no SQLAlchemy).
Prints one JSON line: first_paint_ms (the workspace's first paint), data_ms (the schedule's
first paint with rows in it), rows, and max_rss_kb.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from judge_fixture import peak_rss_kb

from judgepanel.startclock import ms_since_start, process_start_monotonic

START = process_start_monotonic()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class _Probe(QObject):
    """Records the first paint, then the first paint of the schedule with data in it."""

    def __init__(self) -> None:
        super().__init__()
        self.first_paint_ms: float | None = None
        self.data_ms: float | None = None
        self.has_data = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if self.first_paint_ms is None:
                self.first_paint_ms = ms_since_start(START)
            elif self.has_data and self.data_ms is None:
                self.data_ms = ms_since_start(START)
                QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    database = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "app"
    app = QApplication(sys.argv[:1])
    from judgepanel.ui import i18n
    from judgepanel.ui.judge_workspace import JudgeWorkspace

    i18n.set_language("en")
    window = QMainWindow()
    workspace = JudgeWorkspace(None, None, window)
    window.setCentralWidget(workspace)
    window.resize(1280, 720)
    probe = _Probe()
    workspace.loading_label.installEventFilter(probe)

    def load() -> None:
        if mode == "sqlite":
            from judgepanel.services.scoring import ScoringService, SqliteFile

            workspace.attach(ScoringService(SqliteFile(database)))
        else:
            from judgepanel.app import build_services
            from judgepanel.services.scoring import ScoringService

            services = build_services(database, load_demo_if_new=False)
            workspace.attach(ScoringService(services.db), services.competitions)
        viewport = workspace.day_page.table.viewport()
        viewport.installEventFilter(probe)
        probe.has_data = workspace.day_page.model.rowCount() > 0
        viewport.update()

    def on_first_paint() -> None:
        if probe.first_paint_ms is None:
            QTimer.singleShot(1, on_first_paint)
        else:
            load()

    QTimer.singleShot(0, on_first_paint)
    QTimer.singleShot(30_000, app.quit)
    window.show()
    app.exec()
    print(json.dumps({"first_paint_ms": probe.first_paint_ms, "data_ms": probe.data_ms,
                      "rows": workspace.day_page.model.rowCount(),
                      "max_rss_kb": peak_rss_kb()}))
    return 0 if probe.data_ms is not None else 1


if __name__ == "__main__":
    sys.exit(main())
