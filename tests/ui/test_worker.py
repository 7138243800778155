"""Background work hands its outcome back on the GUI thread, and never to a widget that is
gone."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from judgepanel.domain.errors import UserError, ValidationError
from judgepanel.ui.worker import run_in_background


def test_the_outcome_comes_back_on_the_gui_thread(qtbot) -> None:
    context = QWidget()
    qtbot.addWidget(context)
    seen: list[tuple[object, bool]] = []
    run_in_background(lambda: 42, lambda r: seen.append(
        (r, threading.current_thread() is threading.main_thread())), seen.append,
        context=context)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [(42, True)]

    def refuse() -> None:
        raise ValidationError("No such judge.")

    failures: list[UserError] = []
    run_in_background(refuse, seen.append, failures.append, context=context)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert failures[0].template == "No such judge."


def test_a_context_destroyed_meanwhile_is_not_called_back(qtbot) -> None:
    context = QWidget()
    release = threading.Event()
    called: list[object] = []
    run_in_background(lambda: release.wait(10), called.append, called.append, context=context)
    context.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(context)  # the widget is gone
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(50)
    assert called == []
