"""Long work behind a progress dialog: off the GUI thread, results on it, cancellable."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from judgepanel.domain.errors import UserError, ValidationError
from judgepanel.ui.progress import (
    CancelFlag,
    Cancelled,
    ProgressDialog,
    ProgressRunner,
    run_with_progress,
)

GUI_THREAD = threading.get_ident()


def _closed(dialog) -> bool:
    """run_with_progress's dialog deletes itself once closed."""
    import shiboken6

    return not shiboken6.isValid(dialog) or not dialog.isVisible()


@pytest.fixture
def window(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _steps(n: int, delay: float = 0.01, seen: dict | None = None):
    def work(progress, cancel: CancelFlag):
        if seen is not None:
            seen["thread"] = threading.get_ident()
        done = 0
        for i in range(n):
            if cancel:
                return ("partial", done)
            time.sleep(delay)
            done = i + 1
            progress(done, n, f"Sheet {done}")
        return ("all", done)
    return work


def test_result_arrives_on_the_gui_thread_and_work_ran_off_it(qtbot, window) -> None:
    seen: dict = {}
    results: list = []
    threads: list[int] = []

    def on_finished(result) -> None:
        threads.append(threading.get_ident())
        results.append(result)

    dialog = run_with_progress(window, "Building", _steps(20, seen=seen),
                               on_finished=on_finished, minimum_duration_ms=0)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [("all", 20)]
    assert seen["thread"] != GUI_THREAD
    assert threads == [GUI_THREAD]
    assert _closed(dialog)


def test_progress_is_shown_with_counts_and_messages(qtbot, window) -> None:
    runner = ProgressRunner(_steps(10, delay=0.03))
    dialog = ProgressDialog(runner, "Importing", window, minimum_duration_ms=0)
    qtbot.addWidget(dialog)
    updates: list[tuple[int, int, str]] = []
    runner.progressed.connect(lambda d, t, m: updates.append((d, t, m)))
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start()
        qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5_000)
        qtbot.waitUntil(lambda: dialog.bar.value() >= 3, timeout=5_000)
        assert dialog.bar.maximum() == 10
        assert dialog.count_label.text().endswith("of 10")
        assert dialog.message_label.text().startswith("Sheet ")
    assert updates[-1] == (10, 10, "Sheet 10")  # the final step is never throttled away
    assert [u[0] for u in updates] == sorted(u[0] for u in updates)


def test_window_stays_responsive_while_the_work_runs(qtbot, window) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    results: list = []
    run_with_progress(window, "Building", _steps(30, delay=0.01),
                      on_finished=results.append, minimum_duration_ms=0)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    timer.stop()
    assert len(ticks) >= 10
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.25


def test_cancel_button_stops_the_work(qtbot, window) -> None:
    results: list = []
    dialog = run_with_progress(window, "Building", _steps(500, delay=0.01),
                               on_finished=results.append, minimum_duration_ms=0)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.bar.value() >= 2, timeout=5_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled()
    assert dialog.cancel_button.text() == "Cancelling…"
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    kind, done = results[0]
    assert kind == "partial" and 2 <= done < 500
    assert _closed(dialog)


def test_escape_cancels_and_raise_if_cancelled_reports_cancelled(qtbot, window) -> None:
    started = threading.Event()

    def work(progress, cancel: CancelFlag):
        started.set()
        while True:
            cancel.raise_if_cancelled()
            progress(0, 0, "Waiting")
            time.sleep(0.01)

    outcome: list[str] = []
    dialog = run_with_progress(window, "Waiting", work, minimum_duration_ms=0,
                               on_finished=lambda _r: outcome.append("finished"),
                               on_failed=lambda _e: outcome.append("failed"),
                               on_cancelled=lambda: outcome.append("cancelled"))
    qtbot.waitUntil(lambda: dialog.isVisible() and started.is_set(), timeout=5_000)
    assert dialog.bar.maximum() == 0  # unknown total: a busy bar
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert outcome == ["cancelled"]


def test_closing_the_window_cancels_rather_than_hiding_the_work(qtbot, window) -> None:
    runner = ProgressRunner(_steps(1000, delay=0.01))
    dialog = ProgressDialog(runner, "Building", window, minimum_duration_ms=0)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        runner.start()
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        dialog.close()
        assert dialog.isVisible()  # still there until the work has stopped
        assert runner.cancel_requested
    assert blocker.args[0][0] == "partial"


def test_user_error_arrives_as_failed(qtbot, window) -> None:
    def work(progress, cancel):
        progress(1, 3, "Reading")
        raise ValidationError("Sheet {n} is not signed.", n=2)

    errors: list[UserError] = []
    run_with_progress(window, "Importing", work, on_finished=lambda _r: None,
                      on_failed=errors.append, minimum_duration_ms=0)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0].message == "Sheet 2 is not signed."


def test_a_bug_in_the_work_is_reported_not_raised(qtbot, window, caplog) -> None:
    def work(progress, cancel):
        raise ZeroDivisionError("oops")

    errors: list[UserError] = []
    run_with_progress(window, "Importing", work, on_finished=lambda _r: None,
                      on_failed=errors.append, minimum_duration_ms=0)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "Something went wrong" in errors[0].message and "oops" in errors[0].message
    assert not isinstance(errors[0], Cancelled)


def test_quick_work_never_flashes_a_dialog(qtbot, window) -> None:
    results: list = []
    shown: list[bool] = []
    dialog = run_with_progress(window, "Quick", lambda progress, cancel: 42,
                               on_finished=lambda r: (results.append(r),
                                                      shown.append(dialog.isVisible())),
                               minimum_duration_ms=500)
    qtbot.waitUntil(lambda: bool(results), timeout=5_000)
    assert results == [42] and shown == [False]


def test_not_cancellable_work_ignores_escape(qtbot, window) -> None:
    runner = ProgressRunner(_steps(20, delay=0.01))
    dialog = ProgressDialog(runner, "Signing", window, cancellable=False, minimum_duration_ms=0)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        runner.start()
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        assert not dialog.cancel_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not runner.cancel_requested
    assert blocker.args[0] == ("all", 20)


def test_dialog_is_translated(qtbot, window) -> None:
    from judgepanel.ui import i18n

    runner = ProgressRunner(_steps(500, delay=0.01))
    dialog = ProgressDialog(runner, "x", window, minimum_duration_ms=0)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start()
        i18n.set_language("zh_HK")
        from PySide6.QtCore import QCoreApplication, QEvent
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        dialog.request_cancel()
        assert dialog.cancel_button.text() == "正在取消…"
        assert dialog.cancel_button.accessibleName() == "取消這項工作"
    i18n.set_language("en")


def test_a_runner_runs_once(qtbot) -> None:
    runner = ProgressRunner(lambda p, c: None)
    with qtbot.waitSignal(runner.finished, timeout=5_000):
        runner.start()
    with pytest.raises(RuntimeError):
        runner.start()
