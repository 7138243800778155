"""One running app per database file: a second one is told which process holds it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judgepanel import instance_lock
from judgepanel.domain.errors import DatabaseLockedError

HOLDER = """
import sys, time
from judgepanel import instance_lock
lock = instance_lock.acquire(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def held_by_other_process(db_path: Path):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    proc.kill()
    proc.wait()


def test_second_instance_is_refused_with_the_holders_pid(held_by_other_process, db_path) -> None:
    with pytest.raises(DatabaseLockedError) as info:
        instance_lock.acquire(str(db_path))
    assert f"process {held_by_other_process.pid}" in info.value.message
    assert "already running" in info.value.message


def test_second_gui_exits_with_a_clear_message(held_by_other_process, db_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "judgepanel", "--db", str(db_path), "--smoke-test"],
        capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 3
    assert "already running" in result.stderr
    assert str(held_by_other_process.pid) in result.stderr


def test_lock_of_a_dead_process_is_taken_over(db_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.kill()
    proc.wait()
    time.sleep(0.05)
    lock = instance_lock.acquire(str(db_path))
    assert lock is not None and lock.isLocked()
    lock.unlock()


def test_lock_is_released_on_unlock(db_path: Path) -> None:
    first = instance_lock.acquire(str(db_path))
    assert first is not None
    first.unlock()
    second = instance_lock.acquire(str(db_path))
    assert second is not None
    second.unlock()
