"""The startup floor: a bare PySide6 window with one label, timed from process start.

Prints one JSON line: first_paint_ms (process start to the label's first paint) and
max_rss_kb (peak resident memory of this process).
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
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.ms: float | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.ms is None and event.type() == QEvent.Type.Paint:
            self.ms = ms_since_start(START)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("JudgePanel")
    probe = _FirstPaint()
    label.installEventFilter(probe)
    label.resize(1280, 720)
    label.show()
    app.exec()
    print(json.dumps({"first_paint_ms": probe.ms,
                      "max_rss_kb": peak_rss_kb()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
