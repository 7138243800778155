"""Runs slow work (PDF building, signing, verifying) off the GUI thread.

The work gets plain data and returns plain data; its result or its :class:`UserError` comes back
on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


def run_in_background(work: Callable[[], Any], on_finished: Callable[[Any], None],
                      on_failed: Callable[[UserError], None]) -> Task:
    task = Task(work)
    _running.add(task)

    def done(result: Any) -> None:
        _running.discard(task)
        on_finished(result)

    def failed(error: UserError) -> None:
        _running.discard(task)
        on_failed(error)

    task.signals.finished.connect(done)
    task.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(task)
    return task
