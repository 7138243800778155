"""Rotating snapshots of an SQLite database, taken with SQLite's online backup API.

A snapshot is a consistent copy of the whole database (the WAL included) taken while the app
keeps it open: the backup API copies page by page under SQLite's own locking, so it never sees a
half-committed transaction. Snapshots go to ``backups/`` beside the database; the newest
``keep`` (10 by default) are kept. Every snapshot is checked with ``PRAGMA integrity_check``
before it is given its final name, and it is written the way ``fileio.atomic_write`` writes
(temporary name, fsync, rename, fsync of the folder, mode 0600), so a crash mid-snapshot leaves
only a ``.part`` file that is never listed, never restored, and removed by the next snapshot.

Meant to be called after every signing and when the app closes (wiring is the caller's:
``BackupService.for_database(db).snapshot("signed")``). PostgreSQL databases are backed up by
the server's own tools, not here.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from judgepanel.domain.errors import DatabaseError, NotFoundError, UserError

if TYPE_CHECKING:
    from judgepanel.db.engine import Database

#: How many snapshots are kept by default.
KEEP = 10
#: The folder, beside the database, that holds the snapshots.
FOLDER = "backups"

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<at>\d{8}T\d{12}Z)-(?P<seq>\d{4})-(?P<reason>[a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug[:40] or "snapshot"


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _integrity(path: Path) -> str:
    """``"ok"``, or what is wrong with the file (SQLite's own words)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return str(con.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


class BackupService:
    """Snapshots of one SQLite database file; see the module docstring."""

    def __init__(self, database_path: str | Path, *, keep: int = KEEP,
                 folder: str | Path | None = None) -> None:
        if keep < 1:
            raise ValueError("keep must be at least 1")
        self.database_path = Path(database_path).expanduser().resolve()
        self.folder = (Path(folder) if folder is not None
                       else self.database_path.parent / FOLDER)
        self.keep = keep

    @classmethod
    def for_database(cls, db: Database, *, keep: int = KEEP) -> BackupService:
        if not db.is_sqlite:
            raise DatabaseError("{path} cannot be read as a database: {detail}", path=db.path,
                                detail="snapshots are for SQLite files; back up a database "
                                       "server with its own tools")
        return cls(db.path, keep=keep)

    # -- reading -------------------------------------------------------------------------------
    def snapshots(self) -> tuple[Snapshot, ...]:
        """The finished snapshots of this database, newest first (temp files are ignored)."""
        if not self.folder.is_dir():
            return ()
        found: list[tuple[str, str, Snapshot]] = []
        for path in self.folder.iterdir():
            m = _NAME.match(path.name)
            if m is None or m["stem"] != self.database_path.stem or not path.is_file():
                continue
            at = datetime.strptime(m["at"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            found.append((m["at"], m["seq"],
                          Snapshot(path, at, m["reason"], path.stat().st_size)))
        found.sort(key=lambda t: (t[0], t[1]), reverse=True)
        return tuple(s for _, _, s in found)

    # -- writing -------------------------------------------------------------------------------
    def snapshot(self, reason: str = "snapshot") -> Snapshot:
        """Copies the live database into a new snapshot, checks it, then drops the oldest."""
        if not self.database_path.is_file():
            raise NotFoundError("There is no file {path}.", path=str(self.database_path))
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                self.folder.chmod(0o700)
        except OSError as exc:
            raise UserError("Cannot write {path}: {reason}", path=str(self.folder),
                            reason=exc.strerror or str(exc)) from exc
        now = datetime.now(UTC)
        stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
        seq = len(self.snapshots()) % 10_000
        name = f"{self.database_path.stem}-{stamp}-{seq:04d}-{_slug(reason)}.db"
        final = self.folder / name
        tmp = self.folder / f".{name}.{os.getpid()}.part"
        try:
            self._copy(self.database_path, tmp)
            problem = _integrity(tmp)
            if problem != "ok":
                raise DatabaseError("{path} cannot be read as a database: {detail}",
                                    path=str(self.database_path), detail=problem)
            os.replace(tmp, final)
            _fsync_folder(self.folder)
        except (OSError, sqlite3.Error) as exc:
            raise UserError("Cannot write {path}: {reason}", path=str(final),
                            reason=getattr(exc, "strerror", None) or str(exc)) from exc
        finally:
            tmp.unlink(missing_ok=True)
        self._rotate()
        return Snapshot(final, now, _slug(reason), final.stat().st_size)

    def restore(self, snapshot: Snapshot | str | Path) -> Snapshot | None:
        """Puts a snapshot's content back into the database file.

        The app must have closed the database (``Database.close()``) and reopen it after. The
        state being replaced is first kept as a snapshot of its own ("before-restore"), which is
        returned, so a restore can itself be undone. A snapshot that fails its integrity check
        is refused and nothing changes."""
        source = snapshot.path if isinstance(snapshot, Snapshot) else Path(snapshot)
        if not source.is_file():
            raise NotFoundError("There is no file {path}.", path=str(source))
        problem = _integrity(source)
        if problem != "ok":
            raise DatabaseError("{path} cannot be read as a database: {detail}",
                                path=str(source), detail=problem)
        before = self.snapshot("before-restore") if self.database_path.is_file() else None
        try:
            self._copy(source, self.database_path)
        except (OSError, sqlite3.Error) as exc:
            raise UserError("Cannot write {path}: {reason}", path=str(self.database_path),
                            reason=getattr(exc, "strerror", None) or str(exc)) from exc
        if os.name == "posix":
            self.database_path.chmod(0o600)
        return before

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _copy(source: Path, target: Path) -> None:
        """SQLite's backup API: consistent under concurrent writers, WAL content included."""
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            fresh = not target.exists()
            dst = sqlite3.connect(target, timeout=30)
            try:
                src.backup(dst)
                if fresh:
                    # A new file: a rollback journal, so the snapshot is one self-contained file.
                    dst.execute("PRAGMA journal_mode = DELETE")
                dst.commit()
            finally:
                dst.close()
        finally:
            src.close()
        if os.name == "posix":
            target.chmod(0o600)
            fd = os.open(target, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def _rotate(self) -> None:
        for old in self.snapshots()[self.keep:]:
            old.path.unlink(missing_ok=True)
        for stale in self.folder.glob(f".{self.database_path.stem}-*.part"):
            if str(os.getpid()) not in stale.name.split(".")[-2:]:
                stale.unlink(missing_ok=True)
