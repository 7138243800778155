"""Shared fixtures: real SQLite files in a temporary folder, isolated Qt settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.services.results_helpers import SheetSet

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keeps QSettings and the default database out of the developer's real profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("JUDGEPANEL_DB", raising=False)
    yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "judgepanel.db"


@pytest.fixture
def db(db_path: Path) -> Iterator:
    from judgepanel.db.engine import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo competition built once per run (its keys take a moment), copied per test."""
    from judgepanel.db.engine import open_database
    from judgepanel.services.demo import load_demo

    path = tmp_path_factory.mktemp("template") / "demo.db"
    database = open_database(path)
    load_demo(database)
    database.close()  # checkpoints the WAL into the main file
    return path


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> SheetSet:
    """Every demo judge's signed score sheet (built once per run: ``sheet_set`` caches it)."""
    from tests.services.results_helpers import sheet_set

    return sheet_set(tmp_path_factory, demo_template)


@pytest.fixture
def demo_db(demo_template: Path, db_path: Path) -> Iterator:
    """A private copy of the demo competition (a chair's database)."""
    import shutil

    from judgepanel.db.engine import open_database

    shutil.copyfile(demo_template, db_path)
    database = open_database(db_path)
    yield database
    database.close()


def _score_everything(db, judge_id: int, *, base: str = "7") -> None:
    """Marks every finalist the judge is not conflicted with, as a judge would."""
    from decimal import Decimal

    from sqlalchemy import select

    from judgepanel.db.models import ConflictOfInterest, Criterion, Finalist, FinalistNote, Score

    with db.write() as s:
        conflicts = set(s.scalars(select(ConflictOfInterest.entrant_id)
                                  .where(ConflictOfInterest.judge_id == judge_id)))
        criteria = s.scalars(select(Criterion)).all()
        for i, entrant_id in enumerate(s.scalars(select(Finalist.entrant_id))):
            if entrant_id in conflicts:
                continue
            for j, c in enumerate(criteria):
                value = Decimal(base) + Decimal(i % 3) / 2 - Decimal(j) / 2
                s.add(Score(judge_id=judge_id, entrant_id=entrant_id, criterion_id=c.id,
                            value=value, comment=f"comment {i}.{j}"))
            s.add(FinalistNote(judge_id=judge_id, entrant_id=entrant_id,
                               overall_comment="Strong frontline culture; 前線文化出色。"))


@pytest.fixture
def score_all():
    """``score_all(db, judge_id)`` fills in a complete, plausible set of marks."""
    return _score_everything


# -- both database backends ------------------------------------------------------------------
# SQLite is the default; a shared panel-room database may be a PostgreSQL server. Tests that take
# ``database_url``, ``any_db`` or ``any_demo_db`` run once per backend. The PostgreSQL run needs
# $JUDGEPANEL_TEST_PG_URL (a server URL whose user may CREATE DATABASE); scripts/test starts a
# private server and sets it. Without it the PostgreSQL run is skipped, saying why.

PG_URL_ENV = "JUDGEPANEL_TEST_PG_URL"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


class PgServer:
    """Creates throwaway databases on the test server, each dropped after its test."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")

    def url_for(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, *, template: str | None = None) -> str:
        import uuid

        name = f"jp_test_{uuid.uuid4().hex[:16]}"
        sql = f'CREATE DATABASE "{name}"'
        if template:
            sql += f' TEMPLATE "{template}"'
        with self.admin.connect() as conn:
            conn.exec_driver_sql(sql)
        return name

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        reason = (f"no PostgreSQL server for the tests: ${PG_URL_ENV} is not set "
                  "(scripts/test starts one when PostgreSQL is installed)")
        if os.environ.get("JUDGEPANEL_TEST_PG_REQUIRED") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    server = PgServer(url)
    try:
        with server.admin.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # a misconfigured run must fail loudly, not skip
        pytest.fail(f"${PG_URL_ENV} is set but the server cannot be used: {exc}")
    yield server
    server.admin.dispose()


@pytest.fixture
def pg_database(pg_server: PgServer) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database (dropped afterwards)."""
    name = pg_server.create()
    yield pg_server.url_for(name)
    pg_server.drop(name)


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """Where a new, empty database goes: an SQLite file path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(db_path)
    return request.getfixturevalue("pg_database")


@pytest.fixture
def any_db(database_url: str) -> Iterator:
    """A freshly created database on each backend."""
    from judgepanel.db.engine import open_database

    database = open_database(database_url)
    yield database
    database.close()


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: PgServer) -> Iterator[str]:
    """A PostgreSQL database holding the demo, built once and cloned per test (TEMPLATE)."""
    from judgepanel.db.engine import open_database
    from judgepanel.services.demo import load_demo

    name = pg_server.create()
    database = open_database(pg_server.url_for(name))
    load_demo(database)
    database.close()
    yield name
    pg_server.drop(name)


@pytest.fixture(params=BACKENDS)
def any_demo_db(request: pytest.FixtureRequest, db_path: Path) -> Iterator:
    """A private copy of the demo competition (a chair's database) on each backend."""
    from judgepanel.db.engine import open_database

    if request.param == "sqlite":
        import shutil

        shutil.copyfile(request.getfixturevalue("demo_template"), db_path)
        database = open_database(db_path)
        yield database
        database.close()
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.create(template=request.getfixturevalue("pg_demo_template"))
    database = open_database(server.url_for(name))
    yield database
    database.close()
    server.drop(name)
