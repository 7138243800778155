"""The presentation timer state machine, driven by a fake clock (no sleeping, no Qt)."""

from __future__ import annotations

import pytest

from judgepanel.domain.timer import (
    Alert,
    Phase,
    PresentationTimer,
    TimerSnapshot,
    format_clock,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(clock: FakeClock) -> PresentationTimer:
    return PresentationTimer(15 * 60, 10 * 60, clock=clock)


def test_not_started_shows_the_full_presentation(timer: PresentationTimer) -> None:
    r = timer.reading()
    assert (r.phase, r.countdown_text, r.alert, r.running, r.started) == (
        Phase.PRESENTATION, "15:00", Alert.NORMAL, False, False)


def test_counts_down_through_presentation_qa_and_overtime(timer, clock) -> None:
    timer.start()
    clock.advance(0.4)
    assert timer.reading().countdown_text == "15:00"  # rounds up: never shows 0:00 early
    clock.advance(12 * 60 + 59.6)  # 13:00 elapsed
    r = timer.reading()
    assert (r.phase, r.countdown_text, r.alert) == (Phase.PRESENTATION, "2:00", Alert.WARNING)
    clock.advance(2 * 60)
    r = timer.reading()
    assert (r.phase, r.countdown_text, r.alert) == (Phase.QA, "10:00", Alert.NORMAL)
    clock.advance(8 * 60 + 1)
    assert timer.reading().alert is Alert.WARNING
    clock.advance(2 * 60 - 1 + 35)
    r = timer.reading()
    assert (r.phase, r.alert, r.overtime_text, r.remaining) == (
        Phase.OVERTIME, Alert.OVERTIME, "+0:35", 0.0)


def test_pause_freezes_and_start_resumes(timer, clock) -> None:
    timer.start()
    clock.advance(60)
    timer.pause()
    clock.advance(600)
    assert timer.elapsed() == 60 and not timer.running
    assert timer.reading().started
    timer.toggle()
    clock.advance(30)
    assert timer.elapsed() == 90 and timer.running
    timer.start()  # starting a running timer changes nothing
    assert timer.elapsed() == 90


def test_reset_returns_to_not_started(timer, clock) -> None:
    timer.start()
    clock.advance(100)
    timer.start_qa()
    timer.reset()
    r = timer.reading()
    assert not r.started and r.countdown_text == "15:00" and r.phase is Phase.PRESENTATION


def test_qa_can_start_early(timer, clock) -> None:
    timer.start()
    clock.advance(11 * 60)
    timer.start_qa()
    r = timer.reading()
    assert (r.phase, r.countdown_text) == (Phase.QA, "10:00")
    clock.advance(10 * 60 + 5)
    assert timer.reading().overtime_text == "+0:05"


def test_qa_now_after_the_presentation_ran_out_changes_nothing(timer, clock) -> None:
    timer.start()
    clock.advance(16 * 60)
    timer.start_qa()
    assert timer.reading().countdown_text == "9:00"


def test_a_slot_without_qa_goes_straight_to_overtime(clock) -> None:
    t = PresentationTimer(60, 0, clock=clock)
    t.start()
    clock.advance(61)
    assert t.reading().phase is Phase.OVERTIME


def test_snapshot_resumes_after_a_restart_with_the_wall_time_that_passed(timer, clock) -> None:
    timer.start()
    clock.advance(90)
    snap = timer.snapshot(wall_now=5000.0)
    again = TimerSnapshot.from_json(snap.to_json())
    assert again == snap
    restored = PresentationTimer(15 * 60, 10 * 60, clock=FakeClock())
    restored.restore(again, wall_now=5030.0)  # the app was down for 30 s
    assert restored.running and restored.elapsed() == 120
    timer.pause()
    paused = timer.snapshot(wall_now=6000.0)
    idle = PresentationTimer(15 * 60, 10 * 60, clock=FakeClock())
    idle.restore(paused, wall_now=9000.0)
    assert not idle.running and idle.elapsed() == 90


@pytest.mark.parametrize("bad", [
    {"elapsed": "1", "qa_started_at": None, "running": True, "saved_at": 0},
    {"elapsed": float("nan"), "qa_started_at": None, "running": True, "saved_at": 0},
    {"elapsed": -1, "qa_started_at": None, "running": True, "saved_at": 0},
    {"elapsed": 1, "qa_started_at": None, "running": "yes", "saved_at": 0},
    {"elapsed": 1, "running": True},
])
def test_a_damaged_snapshot_is_refused(bad) -> None:
    with pytest.raises((ValueError, KeyError)):
        TimerSnapshot.from_json(bad)


def test_format_clock() -> None:
    assert format_clock(0) == "0:00"
    assert format_clock(65) == "1:05"
    assert format_clock(3725) == "1:02:05"
    assert format_clock(-3) == "0:00"


def test_invalid_lengths() -> None:
    with pytest.raises(ValueError):
        PresentationTimer(0, 10)
    with pytest.raises(ValueError):
        PresentationTimer(10, -1)
