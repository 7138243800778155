"""Opening a JudgePanel database: identity checks, pragmas, migrations, sessions.

The opening path is on the critical path of start-up, so an up-to-date SQLite file is recognised
with two raw pragmas and Alembic is imported only when a migration must actually run.

A shared panel-room database may instead live on a PostgreSQL server (``postgresql://…``): the
same models and migrations, writers serialised by an advisory lock (as ``BEGIN IMMEDIATE`` does on
SQLite), readers on a repeatable-read snapshot, and the same refusals and "busy" message.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
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
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

#: ``PRAGMA application_id`` of every JudgePanel SQLite file: "JPNL".
APPLICATION_ID = 0x4A504E4C
#: The schema revision this build writes; also kept in ``PRAGMA user_version``.
#: Each Alembic revision id is the zero-padded number ("0001"), so the two always agree.
SCHEMA_VERSION = 3
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
#: PostgreSQL advisory-lock keys ("JPNL" + 1, + 2): one writer at a time, one migrator at a time.
SERVER_WRITE_LOCK = APPLICATION_ID * 16 + 1
SERVER_MIGRATE_LOCK = APPLICATION_ID * 16 + 2
#: How long a PostgreSQL migrator waits for another machine's migration to finish.
SERVER_MIGRATE_WAIT_MS = 120_000
SERVER_CONNECT_TIMEOUT_S = 10
#: SQLSTATEs that mean "someone else holds it, try again": lock_not_available, deadlock_detected,
#: serialization_failure.
_SERVER_BUSY_STATES = frozenset({"55P03", "40P01", "40001"})


@dataclass(frozen=True)
class DatabaseStatus:
    """What opening found: whether the file was new and which migrations ran."""

    path: str
    created: bool
    upgraded_from: int | None


def sqlite_path(url_or_path: str | Path) -> Path | None:
    """The file of an SQLite location (a path or ``sqlite:///path``), None for a server URL."""
    text = str(url_or_path)
    if text.startswith("sqlite:///"):
        return Path(text.removeprefix("sqlite:///"))
    if "://" in text:
        return None
    return Path(text)


def is_server_location(location: str | Path) -> bool:
    """True for a database server URL (``postgresql://…``), False for an SQLite file."""
    return sqlite_path(location) is None


def server_url(location: str) -> Any:
    """The SQLAlchemy URL for a server ``location``, refusing what JudgePanel cannot use.

    ``postgresql://`` and ``postgres://`` mean the psycopg (3) driver, the one we ship.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(location)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(
            "{url} is not a database location JudgePanel understands: {detail}",
            url=location, detail=str(exc),
        ) from exc
    backend, _, driver = url.drivername.partition("+")
    if backend not in ("postgresql", "postgres"):
        raise DatabaseError(
            "JudgePanel keeps its data in an SQLite file or on a PostgreSQL server; "
            "“{scheme}” databases are not supported.",
            scheme=backend,
        )
    url = url.set(drivername=f"postgresql+{driver or 'psycopg'}")
    if not url.database:
        raise DatabaseError(
            "{url} is not a database location JudgePanel understands: {detail}",
            url=_shown(url), detail="no database name",
        )
    return url


def describe_location(location: str | Path) -> str:
    """What to show the user for ``location``: a server URL without its password."""
    if not is_server_location(location):
        return str(location)
    try:
        return _shown(server_url(str(location)))
    except DatabaseError:
        return str(location)


def _shown(url: Any) -> str:
    from urllib.parse import unquote

    return unquote(url.render_as_string(hide_password=True))


def migrations_dir() -> Path:
    """The Alembic scripts: beside this module, or unpacked from a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        packed = Path(bundle) / "judgepanel" / "db" / "migrations"
        if (packed / "env.py").is_file():
            return packed
    return Path(__file__).with_name("migrations")


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


def _install_server_events(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # One writer at a time, as BEGIN IMMEDIATE gives on SQLite: read-modify-write use cases
        # (the audit log's hash chain, revision numbers) stay correct with several machines.
        # The transaction-scoped lock goes with COMMIT or ROLLBACK; lock_timeout bounds the wait.
        if conn.get_execution_options().get("judgepanel_write"):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SERVER_WRITE_LOCK})")


def _make_server_engine(location: str, busy_timeout_ms: int) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy.exc import NoSuchModuleError

    url = server_url(location)
    connect_args: dict[str, Any] = {"application_name": "JudgePanel"}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = SERVER_CONNECT_TIMEOUT_S
    if "options" not in url.query:
        # The server-side counterpart of SQLite's busy_timeout.
        connect_args["options"] = f"-c lock_timeout={int(busy_timeout_ms)}"
    try:
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except (ImportError, NoSuchModuleError) as exc:
        raise DatabaseError(
            "The PostgreSQL driver is not installed: install JudgePanel with its “postgres” "
            "extra (pip install \"judgepanel[postgres]\").",
        ) from exc
    _install_server_events(engine)
    return engine


def make_engine(
    url_or_path: str | Path, *, synchronous: str = "FULL", busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    from sqlalchemy import create_engine

    path = sqlite_path(url_or_path)
    if path is None:
        return _make_server_engine(str(url_or_path), busy_timeout_ms)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
    )
    _install_sqlite_events(engine, synchronous, busy_timeout_ms)
    return engine


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def _migrate(engine: Engine, *, is_sqlite: bool) -> None:
    """Runs Alembic up to head. Imported lazily: only a new or older file pays for it."""
    if not is_sqlite:
        _migrate_server(engine)
        return
    from alembic import command

    with engine.connect() as conn:
        dbapi = conn.connection.dbapi_connection
        # Claim the file first, so that a crash mid-migration leaves a file we recognise
        # (the migration itself is one transaction and sets user_version inside it).
        dbapi.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # type: ignore[union-attr]
        # Batch migrations copy and drop tables; with foreign keys on, the drop would
        # cascade into child rows. The pragma only takes effect outside a transaction.
        dbapi.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        command.upgrade(_alembic_config(conn), "head")
        conn.commit()
        dbapi = conn.connection.dbapi_connection
        broken = dbapi.execute("PRAGMA foreign_key_check").fetchall()  # type: ignore[union-attr]
        dbapi.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
        if broken:
            raise DatabaseError(
                "The upgrade left {count} broken references; the database needs repair.",
                count=len(broken),
            )


def _server_revision(conn: Any, shown: str) -> int | None:
    """The schema number of a server database, None when it is empty; refuses foreign or
    newer ones."""
    import re

    from sqlalchemy import inspect, text

    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise ForeignDatabaseError(
                "The database at {url} has tables but is not a JudgePanel database.", url=shown
            )
        return None
    revs = [str(r) for r in conn.scalars(text("SELECT version_num FROM alembic_version"))]
    if not revs and tables == {"alembic_version"}:
        return None
    if len(revs) != 1 or not re.fullmatch(r"\d{4}", revs[0]) or "app_settings" not in tables:
        raise ForeignDatabaseError(
            "The database at {url} has tables but is not a JudgePanel database.", url=shown
        )
    found = int(revs[0])
    if found > SCHEMA_VERSION:
        raise NewerDatabaseError(
            "The database at {url} has schema {found}, newer than this JudgePanel knows "
            "({known}). Update JudgePanel to use it.",
            url=shown,
            found=found,
            known=SCHEMA_VERSION,
        )
    return found


def _check_server_revision(engine: Engine) -> bool:
    """For a server database (PostgreSQL): True when it is at head; refuses a newer schema."""
    shown = _shown(engine.url)
    with engine.connect() as conn:
        return _server_revision(conn, shown) == SCHEMA_VERSION


def _migrate_server(engine: Engine) -> int | None:
    """Brings a server database to head; returns the schema it had (None: it was empty).

    Several secretariat machines may start at once on a new database: an advisory lock lets one
    migrate while the others wait, then find it current. PostgreSQL's DDL is transactional, so
    the migration commits whole or not at all.
    """
    from alembic import command

    shown = _shown(engine.url)
    with engine.connect() as conn:
        conn.exec_driver_sql(f"SET lock_timeout = {SERVER_MIGRATE_WAIT_MS}")
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({SERVER_MIGRATE_LOCK})")
        conn.commit()
        try:
            found = _server_revision(conn, shown)
            if found != SCHEMA_VERSION:
                command.upgrade(_alembic_config(conn), "head")
            conn.commit()
        except BaseException:
            # Closing this session drops its lock and anything half done; the error that
            # brought us here is the one to report.
            with suppress(Exception):
                conn.invalidate()
            raise
        conn.exec_driver_sql(f"SELECT pg_advisory_unlock({SERVER_MIGRATE_LOCK})")
        conn.exec_driver_sql("RESET lock_timeout")
        conn.commit()
    return found


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
        if self.is_sqlite:
            writer = engine.execution_options(sqlite_begin="IMMEDIATE")
            reader = engine.execution_options(sqlite_begin="DEFERRED")
        else:
            writer = engine.execution_options(judgepanel_write=True)
            reader = engine.execution_options(isolation_level="REPEATABLE READ")
        self._write_engine = writer
        self._writer: sessionmaker[Session] = sessionmaker(bind=writer, expire_on_commit=False)
        self._reader: sessionmaker[Session] = sessionmaker(bind=reader, expire_on_commit=False)

    @property
    def path(self) -> str:
        """The file's path, or a server database's URL without its password."""
        return self.status.path

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE``), committed on success."""
        with _translate_locked(self.path, self.busy_timeout_ms), self._writer.begin() as session:
            yield session

    @contextmanager
    def write_statements(self) -> Iterator[Connection]:
        """:meth:`write` without the ORM session, for a use case that only runs statements
        (a sheet import, once per file): the same transaction, committed on success."""
        with _translate_locked(self.path, self.busy_timeout_ms), \
                self._write_engine.begin() as connection:
            yield connection

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
    from sqlalchemy.exc import DBAPIError, OperationalError

    try:
        yield
    except DBAPIError as exc:
        sqlstate = getattr(exc.orig, "sqlstate", None)
        if sqlstate in _SERVER_BUSY_STATES or (
            isinstance(exc, OperationalError)
            and ("locked" in str(exc.orig) or "busy" in str(exc.orig))
        ):
            raise DatabaseLockedError(
                "The database {path} is busy: another program kept it locked for more than "
                "{seconds} seconds. Nothing was lost; try again.",
                path=path,
                seconds=max(busy_timeout_ms // 1000, 1),
            ) from exc
        if exc.connection_invalidated or (sqlstate or "").startswith("08"):
            raise DatabaseError(
                "The connection to the database server {path} was lost ({detail}). The last "
                "change was not saved; check the network and try again.",
                path=path,
                detail=_first_line(exc.orig),
            ) from exc
        raise


def _first_line(exc: BaseException | None) -> str:
    text = str(exc or "").strip()
    return text.splitlines()[0] if text else type(exc).__name__


def open_database(
    url_or_path: str | Path, *, synchronous: str = "FULL", busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Database:
    """Opens (creating or upgrading as needed) a database, refusing foreign or newer files."""
    path = sqlite_path(url_or_path)
    if path is None:
        return _open_server_database(str(url_or_path), busy_timeout_ms)

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


def _open_server_database(location: str, busy_timeout_ms: int) -> Database:
    from sqlalchemy.exc import DBAPIError

    engine = make_engine(location, busy_timeout_ms=busy_timeout_ms)
    shown = _shown(engine.url)
    try:
        with _translate_locked(shown, busy_timeout_ms):
            found = _migrate_server(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseError(
            "Cannot use the database server {url}: {detail}",
            url=shown,
            detail=_first_line(exc.orig),
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    upgraded_from = found if found is not None and found < SCHEMA_VERSION else None
    status = DatabaseStatus(shown, created=found is None, upgraded_from=upgraded_from)
    return Database(engine, status, busy_timeout_ms)


def _restrict_permissions(path: Path) -> None:
    """Scores and keys are for this user only."""
    import os

    if os.name == "posix":
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if p.exists():
                p.chmod(0o600)
