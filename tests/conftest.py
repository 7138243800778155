"""Shared fixtures: real SQLite files in a temporary folder, isolated Qt settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

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


@pytest.fixture
def demo_db(demo_template: Path, db_path: Path) -> Iterator:
    """A private copy of the demo competition (a chair's database)."""
    import shutil

    from judgepanel.db.engine import open_database

    shutil.copyfile(demo_template, db_path)
    database = open_database(db_path)
    yield database
    database.close()
