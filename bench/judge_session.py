"""A judge's scoring session, driven by keystrokes, timed from key press to committed score.

    python bench/judge_session.py JUDGE_DB FLOOR_DB [COUNT] [app|sqlite]

Opens the real :class:`JudgeWorkspace` (offscreen) on ``JUDGE_DB`` and types ``COUNT`` scores
into the score box: digits and arrow keys, each of which changes a score and so commits one
write transaction (``synchronous=FULL``) inside the key event. A keystroke is timed from the
moment the key is sent until the workspace reports the score committed (``score_saved``, emitted
right after the commit); the time until the key event has returned with the page redrawn is
recorded too. Interleaved with them,
in blocks, it times the floor: a raw ``sqlite3`` single-row commit on ``FLOOR_DB`` (same folder,
same pragmas), so both see the same disk at the same moments.

``app`` (the default) builds the services as ``judgepanel.app.build_services`` does; ``sqlite``
runs the scoring service on a ``SqliteFile`` without SQLAlchemy.

Prints one JSON line: the per-keystroke and per-floor-commit times (ms), the number of score
changes the workspace reported, and the process's peak memory.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from judge_fixture import peak_rss_kb

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

BLOCK = 50
#: Digits 2–9 only: after any of them, another cannot extend the score (no score is 22 or
#: more), so each starts a new score; the one typed is never the score already there.
DIGITS = [Qt.Key.Key_3, Qt.Key.Key_8, Qt.Key.Key_5, Qt.Key.Key_9, Qt.Key.Key_2, Qt.Key.Key_6,
          Qt.Key.Key_4, Qt.Key.Key_7]
DIGIT_VALUES = {key: int(chr(key.value)) for key in DIGITS}


def next_key(i: int, current: object) -> Qt.Key:
    """A keystroke that changes the score: a digit, or an arrow step (never at 0 or 10 here)."""
    if i % 3 == 2 and current is not None:
        return Qt.Key.Key_Up if i % 2 else Qt.Key.Key_Down
    for offset in range(len(DIGITS)):
        key = DIGITS[(i + offset) % len(DIGITS)]
        if current is None or DIGIT_VALUES[key] != current:
            return key
    raise AssertionError("unreachable")


def press(widget: QWidget, key: Qt.Key) -> None:
    """A key press and release delivered to ``widget`` as Qt delivers a typed key (QtTest is
    not used: the app never loads it, and it would add to the memory measured)."""
    text = chr(key.value) if key.value < 0x80 else ""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def floor_connection(path: str) -> sqlite3.Connection:
    for suffix in ("", "-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    con.execute("INSERT INTO t VALUES (1, '0')")
    return con


def floor_commit(con: sqlite3.Connection, i: int) -> float:
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE t SET v = ? WHERE id = 1", (str(i),))
    con.execute("COMMIT")
    return (time.perf_counter() - start) * 1000


def main() -> int:
    judge_db, floor_db = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    mode = sys.argv[4] if len(sys.argv) > 4 else "app"
    app = QApplication(sys.argv[:1])
    from judgepanel.services.scoring import ScoringService, SqliteFile
    from judgepanel.ui import i18n
    from judgepanel.ui.judge_workspace import JudgeWorkspace

    i18n.set_language("en")
    window = QMainWindow()
    if mode == "sqlite":
        store = SqliteFile(judge_db)
        workspace = JudgeWorkspace(ScoringService(store), None, window)
        close = store.close
    else:
        from judgepanel.app import build_services

        services = build_services(judge_db, load_demo_if_new=False)
        workspace = JudgeWorkspace(ScoringService(services.db), services.competitions, window)
        close = services.db.close
    window.setCentralWidget(workspace)
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    changes: list[object] = []
    committed_at: list[float] = []

    def on_score_saved(change: object) -> None:
        committed_at.append(time.perf_counter())
        changes.append(change)

    workspace.score_saved.connect(on_score_saved)
    finalists = [s.entrant.id for s in workspace.day().slots if not s.recused]
    floor = floor_connection(floor_db)

    keystrokes: list[float] = []  # key press until the score is committed
    redrawn: list[float] = []  # key press until the key event returned, page redrawn
    floors: list[float] = []
    page = workspace.scoring_page
    finalist_index = 0
    workspace.open_finalist(finalists[0])
    i = 0
    while len(keystrokes) < count:
        for _ in range(BLOCK):
            floors.append(floor_commit(floor, len(floors)))
        for _ in range(BLOCK):
            if i % 8 == 7:  # move on, as a judge does (not timed)
                state = page.state()
                assert state is not None
                if page.current_index() + 1 < len(state.criteria):
                    page.go_to(page.current_index() + 1)
                else:
                    finalist_index = (finalist_index + 1) % len(finalists)
                    workspace.open_finalist(finalists[finalist_index], None,
                                            workspace.scoring_page.state().criteria[0]
                                            .criterion.id)
            entry = page.criterion_panel.entry
            state = page.state()
            assert state is not None
            key = next_key(i, state.criteria[page.current_index()].value)
            before = len(changes)
            start = time.perf_counter()
            press(entry, key)
            done = time.perf_counter()
            if len(changes) != before + 1 or not changes[-1].changed:  # type: ignore[attr-defined]
                print(json.dumps({"error": f"keystroke {i} stored no change"}))
                return 1
            keystrokes.append((committed_at[-1] - start) * 1000)
            redrawn.append((done - start) * 1000)
            i += 1
    gc.collect()
    floor.close()
    print(json.dumps({
        "keystroke_ms": keystrokes[:count],
        "redrawn_ms": redrawn[:count],
        "floor_ms": floors[:count],
        "changes": len(changes),
        "max_rss_kb": peak_rss_kb(),
    }))
    close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
