"""Runs slow work (PDF building, signing, verifying) off the GUI thread.

The work gets plain data and returns plain data; its result or its :class:`UserError` comes back
on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from judgepanel.domain.errors import UserError

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._work = work
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._work()
        except UserError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # our bug: log it, and still tell the user something
            log.exception("background task failed")
            self.signals.failed.emit(UserError("Something went wrong inside JudgePanel: "
                                               "{detail}", detail=repr(exc)))
        else:
            self.signals.finished.emit(result)


_running: set[Task] = set()


class _Relay(QObject):
    """Delivers a task's outcome to its callbacks for as long as its context lives: a child
    of the context, it goes with it, and Qt then drops the queued delivery."""

    def __init__(self, context: QObject, on_finished: Callable[[Any], None],
                 on_failed: Callable[[UserError], None]) -> None:
        super().__init__(context)
        self._on_finished = on_finished
        self._on_failed = on_failed

    @Slot(object)
    def finish(self, result: object) -> None:
        self.deleteLater()
        self._on_finished(result)

    @Slot(object)
    def fail(self, error: object) -> None:
        self.deleteLater()
        self._on_failed(error)  # type: ignore[arg-type]


def run_in_background(work: Callable[[], Any], on_finished: Callable[[Any], None],
                      on_failed: Callable[[UserError], None], *,
                      context: QObject | None = None) -> Task:
    """Runs ``work()`` on the thread pool; ``on_finished(result)`` or ``on_failed(error)`` then
    runs on the GUI thread. With a ``context`` (usually the widget that asked), neither runs
    once the context has been destroyed: a window closed meanwhile is not called back."""
    task = Task(work)
    _running.add(task)

    def forget(_outcome: object) -> None:
        _running.discard(task)

    task.signals.finished.connect(forget)
    task.signals.failed.connect(forget)
    if context is not None:
        relay = _Relay(context, on_finished, on_failed)
        task.signals.finished.connect(relay.finish)
        task.signals.failed.connect(relay.fail)
    else:
        task.signals.finished.connect(on_finished)
        task.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(task)
    return task
