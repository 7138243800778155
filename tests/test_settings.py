"""Stored preferences: typed values with defaults, validation, and how start-up uses them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from judgepanel import settings as prefs
from judgepanel.domain.errors import DatabaseError, ValidationError
from judgepanel.settings import AppSettings, database_for_start

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def settings(store: QSettings) -> AppSettings:
    return AppSettings(store)


def test_defaults(settings: AppSettings) -> None:
    assert settings.language is None
    assert settings.font_point_size is None
    assert Path(settings.kits_folder).is_dir()
    assert settings.kits_folder == settings.sheets_folder == prefs.default_folder()
    assert settings.database is None


def test_values_round_trip(settings: AppSettings, store: QSettings, tmp_path: Path) -> None:
    kits = tmp_path / "kits"
    kits.mkdir()
    settings.language = "zh_HK"
    settings.font_point_size = 14
    settings.kits_folder = str(kits)
    settings.sheets_folder = str(tmp_path)
    settings.database = "postgresql://secretariat@panel-room/judging"
    settings.sync()
    again = AppSettings(QSettings(store.fileName(), QSettings.Format.IniFormat))
    assert again.language == "zh_HK"
    assert again.font_point_size == 14
    assert again.kits_folder == str(kits.resolve())
    assert again.sheets_folder == str(tmp_path.resolve())
    assert again.database == "postgresql://secretariat@panel-room/judging"
    # The key the View ▸ Language menu already uses.
    assert store.value("ui/language") == "zh_HK"


def test_clearing_goes_back_to_defaults(settings: AppSettings, tmp_path: Path) -> None:
    settings.language = "en"
    settings.font_point_size = 12
    settings.kits_folder = str(tmp_path)
    settings.database = str(tmp_path / "panel.db")
    settings.language = None
    settings.font_point_size = None
    settings.kits_folder = ""
    settings.database = "  "
    assert settings.language is None and settings.font_point_size is None
    assert settings.kits_folder == prefs.default_folder()
    assert settings.database is None


@pytest.mark.parametrize(("key", "value"), [
    ("ui/language", "fr"),
    ("ui/font_point_size", "huge"),
    ("ui/font_point_size", "400"),
    ("ui/font_point_size", "2"),
])
def test_nonsense_in_the_file_reads_as_the_default(store: QSettings, key: str, value: str) -> None:
    store.setValue(key, value)
    settings = AppSettings(store)
    assert settings.language is None and settings.font_point_size is None


def test_a_deleted_folder_reads_as_the_default(settings: AppSettings, tmp_path: Path) -> None:
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    settings.sheets_folder = str(gone)
    gone.rmdir()
    assert settings.sheets_folder == prefs.default_folder()
    assert settings.stored_folder(prefs.KEY_SHEETS_FOLDER) == str(gone.resolve())


def test_programming_errors_are_not_user_errors(settings: AppSettings) -> None:
    with pytest.raises(ValueError):
        settings.language = "fr"
    with pytest.raises(ValueError):
        settings.font_point_size = prefs.MAX_FONT_POINTS + 1


def test_a_missing_folder_is_refused(settings: AppSettings, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        settings.kits_folder = str(tmp_path / "nowhere")
    assert settings.stored_folder(prefs.KEY_KITS_FOLDER) is None


@pytest.mark.parametrize(("location", "error", "fragment"), [
    ("panel.db", ValidationError, "full path"),
    ("postgresql://chair:secret@panel-room/judging", ValidationError, "password"),
    ("mysql://chair@panel-room/judging", DatabaseError, "not supported"),
    ("postgresql://chair@panel-room", DatabaseError, "no database name"),
])
def test_unusable_database_locations_are_refused(settings: AppSettings, location: str,
                                                 error: type, fragment: str) -> None:
    with pytest.raises(error, match=fragment):
        settings.database = location
    assert settings.database is None


def test_a_folder_is_not_a_database_file(settings: AppSettings, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is a folder"):
        settings.database = str(tmp_path)
    with pytest.raises(ValidationError, match="does not exist"):
        settings.database = str(tmp_path / "no-such-folder" / "panel.db")


def test_database_locations_that_are_kept(settings: AppSettings, tmp_path: Path) -> None:
    settings.database = f"sqlite:///{tmp_path}/panel.db"
    assert settings.database == str(tmp_path / "panel.db")
    settings.database = "postgres://chair@panel-room:5433/judging?sslmode=require"
    assert settings.database == "postgres://chair@panel-room:5433/judging?sslmode=require"


def test_which_database_opens_at_start(settings: AppSettings, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    default = prefs.default_database_file()
    assert database_for_start(default, settings=settings) == prefs.StartDatabase(default, False)
    settings.database = str(tmp_path / "chair.db")
    chosen = database_for_start(default, settings=settings)
    assert chosen == prefs.StartDatabase(str(tmp_path / "chair.db"), True)
    # --db wins over the setting ...
    other = str(tmp_path / "other.db")
    assert database_for_start(other, settings=settings).location == other
    # ... and so does $JUDGEPANEL_DB (which the command line already resolved to).
    monkeypatch.setenv("JUDGEPANEL_DB", other)
    assert database_for_start(other, settings=settings) == prefs.StartDatabase(other, False)


def test_font_size_applies_to_the_whole_app_and_back(qapp) -> None:
    system = prefs.system_font_points(qapp)
    try:
        prefs.apply_font_size(qapp, 20)
        assert qapp.font().pointSizeF() == 20
        prefs.apply_font_size(qapp, 11)
        assert qapp.font().pointSizeF() == 11
        assert prefs.system_font_points(qapp) == system
    finally:
        prefs.apply_font_size(qapp, None)
    assert qapp.font().pointSizeF() == system


def _start_app(tmp_path: Path, *args: str, env_extra: dict | None = None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT), **(env_extra or {})}
    env.pop("JUDGEPANEL_DB", None)
    return subprocess.run([sys.executable, "-m", "judgepanel", "--smoke-test", *args],
                          capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)


def _write_settings(tmp_path: Path, values: dict[str, object]) -> None:
    conf = QSettings(str(tmp_path / "config" / "JudgePanel" / "JudgePanel.conf"),
                     QSettings.Format.IniFormat)
    for key, value in values.items():
        conf.setValue(key, value)
    conf.sync()


def test_start_opens_the_database_from_the_settings(tmp_path: Path) -> None:
    (tmp_path / "panel-room").mkdir()
    chosen = tmp_path / "panel-room" / "chair.db"
    _write_settings(tmp_path, {"database/location": str(chosen), "ui/font_point_size": 16,
                               "ui/language": "zh_HK"})
    result = _start_app(tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["language"] == "zh_HK"
    assert chosen.exists()
    assert not (tmp_path / "data" / "JudgePanel" / "judgepanel.db").exists()


def test_db_argument_wins_over_the_settings(tmp_path: Path) -> None:
    _write_settings(tmp_path, {"database/location": str(tmp_path / "from-settings.db")})
    result = _start_app(tmp_path, "--db", str(tmp_path / "given.db"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "given.db").exists()
    assert not (tmp_path / "from-settings.db").exists()


def test_an_unusable_stored_database_is_reported_at_start(tmp_path: Path) -> None:
    _write_settings(tmp_path, {"database/location": "postgresql://x@/judging?host=/nonexistent"})
    result = _start_app(tmp_path)
    assert result.returncode == 2
    assert "Cannot use the database server" in result.stderr
    # A stored file whose folder has gone (a USB stick taken out) cannot even be locked.
    _write_settings(tmp_path, {"database/location": str(tmp_path / "usb" / "chair.db")})
    result = _start_app(tmp_path)
    assert result.returncode == 3
    assert "chair.db" in result.stderr


def test_offer_to_forget_an_unusable_stored_database(qapp, settings: AppSettings, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from judgepanel.ui.settings_dialog import offer_to_forget_database

    settings.database = str(tmp_path / "chair.db")
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply
        return question

    error = DatabaseError("Cannot use the database server {url}: {detail}", url="u", detail="d")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert offer_to_forget_database(None, error, settings) is False
    assert settings.database == str(tmp_path / "chair.db")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert offer_to_forget_database(None, error, settings) is True
    assert settings.database is None
    assert "Cannot use the database server u: d" in asked[0]
    assert "default database" in asked[0]
