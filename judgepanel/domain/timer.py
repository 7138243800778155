"""The presentation timer as a state machine over an injectable clock (no Qt, no threads).

The timer does not tick: it remembers when it was started and how much time had run before,
and every reading is computed from the clock. So it "keeps running" while the judge moves
between criteria or finalists, costs nothing while nobody looks, and a test drives it with a
fake clock instead of sleeping.

Phases follow the schedule: the presentation, then the Q&A. The Q&A begins when the
presentation's minutes are used up, or earlier if the judge says so (the presenters finished
early). After the Q&A the timer shows overtime. The schedule's end time is what the day runs
on, so an overrunning presentation eats into its own Q&A rather than pushing the next slot.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

#: Seconds before the end of a phase at which the timer turns amber.
WARNING_SECONDS = 120

Clock = Callable[[], float]


class Phase(StrEnum):
    PRESENTATION = "presentation"
    QA = "qa"
    OVERTIME = "overtime"


class Alert(StrEnum):
    """How urgent the reading is; the widget maps it to a colour *and* a text."""

    NORMAL = "normal"
    WARNING = "warning"
    OVERTIME = "overtime"


@dataclass(frozen=True)
class TimerReading:
    phase: Phase
    #: Seconds left in the current phase (0 once in overtime).
    remaining: float
    #: Seconds past the end of the slot (0 until then).
    overtime: float
    elapsed: float
    alert: Alert
    running: bool
    started: bool

    @property
    def countdown_text(self) -> str:
        """``mm:ss`` left, rounded up so the display reads 0:00 only when time is up."""
        return format_clock(math.ceil(self.remaining - 1e-9))

    @property
    def overtime_text(self) -> str:
        """``+m:ss`` past the end, rounded down (the first whole second shows as +0:01)."""
        return "+" + format_clock(math.floor(self.overtime + 1e-9))


@dataclass(frozen=True)
class TimerSnapshot:
    """What a timer needs to resume after a restart, on the wall clock.

    ``saved_at`` is seconds since the epoch; a running timer resumes with the wall-clock time
    that passed while the app was closed (the presentation did not stop for the crash).
    """

    elapsed: float
    qa_started_at: float | None
    running: bool
    saved_at: float

    def to_json(self) -> dict[str, Any]:
        return {
            "elapsed": self.elapsed,
            "qa_started_at": self.qa_started_at,
            "running": self.running,
            "saved_at": self.saved_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TimerSnapshot:
        def number(key: str) -> float:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{key} is not a number")
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{key} is out of range")
            return float(value)

        qa = None if data.get("qa_started_at") is None else number("qa_started_at")
        running = data["running"]
        if not isinstance(running, bool):
            raise ValueError("running is not a boolean")
        return cls(number("elapsed"), qa, running, number("saved_at"))


def format_clock(seconds: int) -> str:
    """``m:ss`` (or ``h:mm:ss`` past an hour) for a whole, non-negative number of seconds."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


class PresentationTimer:
    """Start, pause, reset and "Q&A now" for one presentation slot."""

    def __init__(
        self,
        presentation_seconds: float,
        qa_seconds: float,
        *,
        clock: Clock = time.monotonic,
        warning_seconds: float = WARNING_SECONDS,
    ) -> None:
        if presentation_seconds <= 0 or qa_seconds < 0:
            raise ValueError("a presentation needs a positive length and a non-negative Q&A")
        self.presentation_seconds = float(presentation_seconds)
        self.qa_seconds = float(qa_seconds)
        self.warning_seconds = float(warning_seconds)
        self._clock = clock
        self._accumulated = 0.0
        self._running_since: float | None = None
        self._qa_started_at: float | None = None

    # -- state ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running_since is not None

    def elapsed(self) -> float:
        if self._running_since is None:
            return self._accumulated
        return self._accumulated + max(0.0, self._clock() - self._running_since)

    @property
    def qa_start(self) -> float:
        """Elapsed seconds at which the Q&A begins (early if the judge started it early)."""
        if self._qa_started_at is not None:
            return min(self._qa_started_at, self.presentation_seconds)
        return self.presentation_seconds

    # -- commands ---------------------------------------------------------------------------
    def start(self) -> None:
        if self._running_since is None:
            self._running_since = self._clock()

    def pause(self) -> None:
        if self._running_since is not None:
            self._accumulated = self.elapsed()
            self._running_since = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        self._accumulated = 0.0
        self._running_since = None
        self._qa_started_at = None

    def start_qa(self) -> None:
        """The presenters finished early: the Q&A countdown begins now (and the timer runs)."""
        now = self.elapsed()
        if now < self.presentation_seconds:
            self._qa_started_at = now
        self.start()

    # -- reading ----------------------------------------------------------------------------
    def reading(self) -> TimerReading:
        elapsed = self.elapsed()
        qa_start = self.qa_start
        end = qa_start + self.qa_seconds
        if elapsed < qa_start:
            phase, remaining = Phase.PRESENTATION, qa_start - elapsed
        elif elapsed < end:
            phase, remaining = Phase.QA, end - elapsed
        else:
            phase, remaining = Phase.OVERTIME, 0.0
        overtime = max(0.0, elapsed - end) if phase is Phase.OVERTIME else 0.0
        if phase is Phase.OVERTIME:
            alert = Alert.OVERTIME
        elif remaining <= self.warning_seconds:
            alert = Alert.WARNING
        else:
            alert = Alert.NORMAL
        return TimerReading(
            phase=phase,
            remaining=remaining,
            overtime=overtime,
            elapsed=elapsed,
            alert=alert,
            running=self.running,
            started=self.running or elapsed > 0,
        )

    # -- persistence ------------------------------------------------------------------------
    def snapshot(self, wall_now: float) -> TimerSnapshot:
        return TimerSnapshot(self.elapsed(), self._qa_started_at, self.running, wall_now)

    def restore(self, snapshot: TimerSnapshot, wall_now: float) -> None:
        """Resumes from a snapshot; a running timer counts the wall time that passed since."""
        gap = max(0.0, wall_now - snapshot.saved_at) if snapshot.running else 0.0
        self._accumulated = snapshot.elapsed + gap
        self._qa_started_at = snapshot.qa_started_at
        self._running_since = self._clock() if snapshot.running else None
