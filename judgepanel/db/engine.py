"""Opening a JudgePanel database: identity checks, pragmas, migrations, sessions.

The opening path is on the critical path of start-up, so an up-to-date SQLite file is recognised
with two raw pragmas and Alembic is imported only when a migration must actually run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judgepanel.domain.errors import (
    DatabaseError,
    DatabaseLockedError,
    ForeignDatabaseError,
    NewerDatabaseError,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

#: ``PRAGMA application_id`` of every JudgePanel SQLite file: "JPNL".
APPLICATION_ID = 0x4A504E4C
#: The schema revision this build writes; also kept in ``PRAGMA user_version``.
#: Each Alembic revision id is the zero-padded number ("0001"), so the two always agree.
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DatabaseStatus:
    """What opening found: whether the file was new and which migrations ran."""

    path: str
    created: bool
    upgraded_from: int | None


def _sqlite_path(url_or_path: str | Path) -> Path | None:
    text = str(url_or_path)
    if text.startswith("sqlite:///"):
        return Path(text.removeprefix("sqlite:///"))
    if "://" in text:
        return None
    return Path(text)


def inspect_sqlite_file(path: Path) -> tuple[bool, int]:
    """Returns (is_new, user_version) or raises if the file is foreign or newer.

    Reads only the header and two pragmas, without SQLAlchemy, so the common case is cheap.
    """
    if not path.exists() or path.stat().st_size == 0:
        return True, 0
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise ForeignDatabaseError(
            "{path} is not a JudgePanel database: it is not an SQLite file at all.", path=str(path)
        )
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            user_version = con.execute("PRAGMA user_version").fetchone()[0]
            table_count = con.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise DatabaseLockedError(
                "{path} is locked by another program; try again in a moment.", path=str(path)
            ) from exc
        raise ForeignDatabaseError(
            "{path} cannot be read as a database: {detail}", path=str(path), detail=str(exc)
        ) from exc
    if app_id == 0 and table_count == 0:
        return True, 0
    if app_id != APPLICATION_ID:
        raise ForeignDatabaseError(
            "{path} is an SQLite database of another program (application id {app_id:#x}), "
            "not a JudgePanel database; it was left untouched.",
            path=str(path),
            app_id=app_id,
        )
    if user_version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            "{path} was written by a newer JudgePanel (schema {found}; this version knows up to "
            "{known}). Update JudgePanel to open it; the file was left untouched.",
            path=str(path),
            found=user_version,
            known=SCHEMA_VERSION,
        )
    return False, user_version


def _install_sqlite_events(engine: Engine, synchronous: str, busy_timeout_ms: int) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We issue BEGIN ourselves (below), so pysqlite must not open transactions on its own.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute(f"PRAGMA synchronous = {synchronous}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front: no deadlock-prone lock upgrade mid-transaction.
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(
    url_or_path: str | Path, *, synchronous: str = "FULL", busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    from sqlalchemy import create_engine

    path = _sqlite_path(url_or_path)
    if path is None:
        return create_engine(str(url_or_path), pool_pre_ping=True)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
    )
    _install_sqlite_events(engine, synchronous, busy_timeout_ms)
    return engine


def _migrate(engine: Engine, *, is_sqlite: bool) -> None:
    """Runs Alembic up to head. Imported lazily: only a new or older file pays for it."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.connect() as conn:
        if is_sqlite:
            dbapi = conn.connection.dbapi_connection
            # Claim the file first, so that a crash mid-migration leaves a file we recognise
            # (the migration itself is one transaction and sets user_version inside it).
            dbapi.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # type: ignore[union-attr]
            # Batch migrations copy and drop tables; with foreign keys on, the drop would
            # cascade into child rows. The pragma only takes effect outside a transaction.
            dbapi.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
        if is_sqlite:
            dbapi = conn.connection.dbapi_connection
            broken = dbapi.execute("PRAGMA foreign_key_check").fetchall()  # type: ignore[union-attr]
            dbapi.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
            if broken:
                raise DatabaseError(
                    "The upgrade left {count} broken references; the database needs repair.",
                    count=len(broken),
                )


def _check_server_revision(engine: Engine) -> bool:
    """For a server database (PostgreSQL): True when it is at head; refuses a newer schema."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            if inspect(conn).get_table_names():
                raise ForeignDatabaseError(
                    "The database at {url} has tables but is not a JudgePanel database.",
                    url=engine.url.render_as_string(hide_password=True),
                )
            return False
        rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    found = int(rev) if rev and str(rev).isdigit() else None
    if found is None or found > SCHEMA_VERSION:
        raise NewerDatabaseError(
            "The database at {url} has schema {found}, newer than this JudgePanel knows "
            "({known}). Update JudgePanel to use it.",
            url=engine.url.render_as_string(hide_password=True),
            found=rev,
            known=SCHEMA_VERSION,
        )
    return found == SCHEMA_VERSION


class Database:
    """An open JudgePanel database: the engine and the two kinds of session services use."""

    def __init__(
        self, engine: Engine, status: DatabaseStatus, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        from sqlalchemy.orm import sessionmaker

        self.busy_timeout_ms = busy_timeout_ms
        self.engine = engine
        self.status = status
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._writer: sessionmaker[Session] = sessionmaker(
            bind=engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self._reader: sessionmaker[Session] = sessionmaker(
            bind=engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
        )

    @property
    def path(self) -> str:
        return self.status.path

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE``), committed on success."""
        with _translate_locked(self.path, self.busy_timeout_ms), self._writer.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read transaction: a consistent snapshot, never blocking writers (WAL)."""
        with _translate_locked(self.path, self.busy_timeout_ms):
            session = self._reader()
            try:
                with session.begin():
                    yield session
            finally:
                session.close()

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _translate_locked(path: str, busy_timeout_ms: int) -> Iterator[None]:
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as exc:
        if "locked" in str(exc.orig) or "busy" in str(exc.orig):
            raise DatabaseLockedError(
                "The database {path} is busy: another program kept it locked for more than "
                "{seconds} seconds. Nothing was lost; try again.",
                path=path,
                seconds=max(busy_timeout_ms // 1000, 1),
            ) from exc
        raise


def open_database(
    url_or_path: str | Path, *, synchronous: str = "FULL", busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Database:
    """Opens (creating or upgrading as needed) a database, refusing foreign or newer files."""
    path = _sqlite_path(url_or_path)
    if path is None:
        engine = make_engine(url_or_path)
        if not _check_server_revision(engine):
            _migrate(engine, is_sqlite=False)
        shown = engine.url.render_as_string(hide_password=True)
        return Database(engine, DatabaseStatus(shown, created=False, upgraded_from=None))

    path = path.expanduser().resolve()
    if path.is_dir():
        raise DatabaseError("{path} is a folder, not a database file.", path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    is_new, version = inspect_sqlite_file(path)
    engine = make_engine(path, synchronous=synchronous, busy_timeout_ms=busy_timeout_ms)
    upgraded_from: int | None = None
    if is_new or version < SCHEMA_VERSION:
        if not is_new:
            upgraded_from = version
        try:
            _migrate(engine, is_sqlite=True)
        except Exception:
            engine.dispose()
            raise
    _restrict_permissions(path)
    status = DatabaseStatus(str(path), created=is_new, upgraded_from=upgraded_from)
    return Database(engine, status, busy_timeout_ms)


def _restrict_permissions(path: Path) -> None:
    """Scores and keys are for this user only."""
    import os

    if os.name == "posix":
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if p.exists():
                p.chmod(0o600)
