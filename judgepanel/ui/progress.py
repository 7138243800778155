"""Long work with a progress bar and a Cancel button, off the GUI thread.

The work is a plain function ``work(progress, cancel)``:

* ``progress(done, total, message="")`` says how far it is (``total`` 0: not known yet). It may
  be called as often as the work likes; the window is updated at most every few hundredths of a
  second.
* ``cancel`` is a :class:`CancelFlag`. The work looks at it between steps and either stops
  early and returns what it has (delivered as a result), or calls
  ``cancel.raise_if_cancelled()`` (delivered as "cancelled").

As with :mod:`judgepanel.ui.worker`, the work runs on the thread pool with plain data, and its
result, its :class:`~judgepanel.domain.errors.UserError`, or the cancellation comes back on the
GUI thread through queued signals; an unexpected exception is logged and reported as a
UserError. The window never freezes: the dialog is window-modal, shown only if the work takes
longer than a moment, and closes itself when the work has really stopped.

    dialog = run_with_progress(self, self.tr("Building score sheets"), build_all,
                               on_finished=self._on_sheets_built, on_failed=self.show_error)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.errors import UserError
from judgepanel.ui.worker import Task

#: The fewest seconds between two progress updates sent to the GUI thread.
PROGRESS_INTERVAL_S = 0.05


class Cancelled(UserError):
    """Raised by :meth:`CancelFlag.raise_if_cancelled`: the work stopped because it was asked."""

    template = "Cancelled."


class CancelFlag:
    """Set from the GUI thread, read by the work (thread-safe)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def __bool__(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class Progress(Protocol):
    def __call__(self, done: int, total: int, message: str = "") -> None: ...


Work = Callable[[Progress, CancelFlag], Any]


class _ProgressSignals(QObject):
    progressed = Signal(int, int, str)


class ProgressRunner(QObject):
    """Runs ``work(progress, cancel)`` on the thread pool; every signal arrives on the GUI
    thread. Exactly one of ``finished``, ``failed`` or ``cancelled`` is emitted, once."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.cancel_flag = CancelFlag()
        self._signals = _ProgressSignals()
        self._signals.progressed.connect(self._on_progressed)
        self._task: Task | None = None
        self.running = False
        self.done = False
        self.last_progress: tuple[int, int, str] = (0, 0, "")

    @property
    def cancel_requested(self) -> bool:
        return self.cancel_flag.is_set()

    def start(self) -> None:
        if self._task is not None:
            raise RuntimeError("a ProgressRunner runs once")
        signals = self._signals
        last = [0.0]
        lock = threading.Lock()

        def progress(done: int, total: int, message: str = "") -> None:
            now = time.monotonic()
            with lock:
                final = total > 0 and done >= total
                if not final and now - last[0] < PROGRESS_INTERVAL_S:
                    return
                last[0] = now
            signals.progressed.emit(int(done), int(total), str(message))

        flag = self.cancel_flag
        self._task = Task(lambda: self._work(progress, flag))
        self._task.signals.finished.connect(self._on_task_finished)
        self._task.signals.failed.connect(self._on_task_failed)
        self.running = True
        QThreadPool.globalInstance().start(self._task)

    def cancel(self) -> None:
        """Asks the work to stop; it stops at its next look at the flag."""
        self.cancel_flag.set()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Blocks until the thread pool is idle (for shutting down); True if it is."""
        return QThreadPool.globalInstance().waitForDone(timeout_ms)

    def _on_progressed(self, done: int, total: int, message: str) -> None:
        if self.done:
            return
        self.last_progress = (done, total, message)
        self.progressed.emit(done, total, message)

    def _on_task_finished(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    def _on_task_failed(self, error: UserError) -> None:
        self._end()
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error)

    def _end(self) -> None:
        self.running = False
        self.done = True


class ProgressDialog(QDialog):
    """Shows a :class:`ProgressRunner`: message, bar, Cancel. Window-modal; appears only after
    ``minimum_duration_ms``; Escape or closing the window means Cancel; closes itself once the
    work has stopped."""

    def __init__(self, runner: ProgressRunner, title: str, parent: QWidget | None = None, *,
                 cancellable: bool = True, minimum_duration_ms: int = 300) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(title)
        self.runner = runner
        self.cancellable = cancellable
        self._cancelling = False
        self.message_label = QLabel()
        self.message_label.setObjectName("progressMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumWidth(360)
        self.bar = QProgressBar()
        self.bar.setObjectName("progressBar")
        self.bar.setRange(0, 0)
        self.count_label = QLabel()
        self.count_label.setObjectName("progressCount")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("progressCancel")
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        runner.progressed.connect(self._on_runner_progressed)
        for signal in (runner.finished, runner.failed, runner.cancelled):
            signal.connect(self._on_runner_done)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._on_show_timer_timeout)
        self._show_timer.start(max(minimum_duration_ms, 0))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the work"))
        if self._cancelling:
            self.cancel_button.setText(self.tr("Cancelling…"))
        if not self.message_label.text():
            self.message_label.setText(self.tr("Working…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def request_cancel(self) -> None:
        if not self.cancellable or self._cancelling or self.runner.done:
            return
        self._cancelling = True
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.message_label.setText(self.tr("Cancelling: finishing the current step…"))

    def _on_cancel_button_clicked(self) -> None:
        self.request_cancel()

    def _on_runner_progressed(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.count_label.setText(self.tr("{done} of {total}").format(done=done, total=total))
        else:
            self.bar.setRange(0, 0)
            self.count_label.setText("")
        if message and not self._cancelling:
            self.message_label.setText(message)

    def _on_show_timer_timeout(self) -> None:
        if not self.runner.done:
            self.show()

    def _on_runner_done(self, *_args: object) -> None:
        self._show_timer.stop()
        self.done(QDialog.DialogCode.Accepted if not self._cancelling
                  else QDialog.DialogCode.Rejected)

    # While the work runs, Escape and the window's close button ask to cancel instead of
    # hiding a dialog whose work would go on unseen.
    def reject(self) -> None:
        if self.runner.done:
            super().reject()
        else:
            self.request_cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.runner.done:
            self.request_cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.done:
            super().closeEvent(event)
        else:
            self.request_cancel()
            event.ignore()


def run_with_progress(
    parent: QWidget | None,
    title: str,
    work: Work,
    *,
    on_finished: Callable[[Any], None],
    on_failed: Callable[[UserError], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = True,
    minimum_duration_ms: int = 300,
) -> ProgressDialog:
    """Starts ``work(progress, cancel)`` off the GUI thread behind a progress dialog; exactly
    one of the callbacks runs, on the GUI thread, once the dialog has closed."""
    runner = ProgressRunner(work)
    dialog = ProgressDialog(runner, title, parent, cancellable=cancellable,
                            minimum_duration_ms=minimum_duration_ms)
    runner.setParent(dialog)
    runner.finished.connect(on_finished)
    if on_failed is not None:
        runner.failed.connect(on_failed)
    if on_cancelled is not None:
        runner.cancelled.connect(on_cancelled)
    dialog.finished.connect(dialog.deleteLater)
    runner.start()
    return dialog
