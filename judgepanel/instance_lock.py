"""One running app per database file (QLockFile: stale locks of dead processes are taken over)."""

from __future__ import annotations

from PySide6.QtCore import QLockFile

from judgepanel.domain.errors import DatabaseLockedError


def lock_path_for(database: str) -> str | None:
    if "://" in database and not database.startswith("sqlite:///"):
        return None  # a server database has no file to guard
    return database.removeprefix("sqlite:///") + ".lock"


def acquire(database: str) -> QLockFile | None:
    """Locks ``database`` for this process, or raises naming the process that holds it."""
    path = lock_path_for(database)
    if path is None:
        return None
    lock = QLockFile(path)
    lock.setStaleLockTime(0)
    if lock.tryLock(100):
        return lock
    info = lock.getLockInfo()
    if lock.error() == QLockFile.LockError.LockFailedError and info:
        pid, host, _app = info[-3:]
        raise DatabaseLockedError(
            "JudgePanel is already running on {db} (process {pid} on {host}). Switch to that "
            "window, or close it first.",
            db=database, pid=pid, host=host or "this computer",
        )
    raise DatabaseLockedError(
        "Could not lock {db} for this session ({path} cannot be written).", db=database, path=path
    )
