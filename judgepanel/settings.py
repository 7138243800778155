"""The user's preferences, kept with ``QSettings``: typed, validated, with defaults.

What is stored, under organisation/application "JudgePanel":

==========================  ===================================================================
``ui/language``             "en" or "zh_HK"; absent: follow the system
``ui/font_point_size``      an interface font size in points; absent: the system's
``folders/kits``            where kit dialogs start; absent or gone: the user's Documents
``folders/sheets``          where score-sheet dialogs start; likewise
``database/location``       an SQLite file path or a ``postgresql://`` URL; absent: the default
                            file in the user data folder. Read only at start.
==========================  ===================================================================

A stored value that no longer makes sense (a hand-edited file, a folder since deleted) reads as
its default instead of failing; a value the user types is checked on the way in and refused with
a :class:`~judgepanel.domain.errors.ValidationError` saying why. Start-up reads this module, so it
imports nothing heavier than QtCore.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QStandardPaths

from judgepanel.domain.errors import ValidationError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

LANGUAGES = ("en", "zh_HK")
MIN_FONT_POINTS = 8
MAX_FONT_POINTS = 28

KEY_LANGUAGE = "ui/language"
KEY_FONT_POINTS = "ui/font_point_size"
KEY_KITS_FOLDER = "folders/kits"
KEY_SHEETS_FOLDER = "folders/sheets"
KEY_DATABASE = "database/location"

#: The application property holding the font size Qt chose before we changed it.
_SYSTEM_FONT_PROPERTY = "judgepanel_system_font_points"


def default_folder() -> str:
    """The user's Documents folder (the home folder where there is none)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return docs
    return str(Path.home())


def default_database_file() -> str:
    from judgepanel.paths import user_data_dir

    return str(user_data_dir() / "judgepanel.db")


class AppSettings:
    """A typed view of the stored preferences. Cheap to create: make one where needed."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def _text(self, key: str) -> str:
        value: Any = self._store.value(key)
        return value.strip() if isinstance(value, str) else ""

    def sync(self) -> None:
        self._store.sync()

    # -- language ---------------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        """"en" or "zh_HK"; None to follow the system."""
        value = self._text(KEY_LANGUAGE)
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value is None:
            self._store.remove(KEY_LANGUAGE)
        elif value in LANGUAGES:
            self._store.setValue(KEY_LANGUAGE, value)
        else:
            raise ValueError(f"unknown language {value!r}")

    # -- font size --------------------------------------------------------------------------
    @property
    def font_point_size(self) -> int | None:
        """The interface font size in points, or None for the system's."""
        try:
            value = int(str(self._store.value(KEY_FONT_POINTS, "")))
        except ValueError:
            return None
        return value if MIN_FONT_POINTS <= value <= MAX_FONT_POINTS else None

    @font_point_size.setter
    def font_point_size(self, value: int | None) -> None:
        if value is None:
            self._store.remove(KEY_FONT_POINTS)
        elif MIN_FONT_POINTS <= int(value) <= MAX_FONT_POINTS:
            self._store.setValue(KEY_FONT_POINTS, int(value))
        else:
            raise ValueError(f"font size {value} outside {MIN_FONT_POINTS}–{MAX_FONT_POINTS}")

    # -- folders ----------------------------------------------------------------------------
    @property
    def kits_folder(self) -> str:
        """Where to open and save judge kits (an existing folder, always)."""
        return self._folder(KEY_KITS_FOLDER)

    @kits_folder.setter
    def kits_folder(self, value: str | None) -> None:
        self._set_folder(KEY_KITS_FOLDER, value)

    @property
    def sheets_folder(self) -> str:
        """Where to open and save score sheets (an existing folder, always)."""
        return self._folder(KEY_SHEETS_FOLDER)

    @sheets_folder.setter
    def sheets_folder(self, value: str | None) -> None:
        self._set_folder(KEY_SHEETS_FOLDER, value)

    def stored_folder(self, key: str) -> str | None:
        """The folder as stored (None: not set), for showing in the settings dialog."""
        return self._text(key) or None

    def _folder(self, key: str) -> str:
        stored = self._text(key)
        return stored if stored and Path(stored).is_dir() else default_folder()

    def _set_folder(self, key: str, value: str | None) -> None:
        if not value or not value.strip():
            self._store.remove(key)
            return
        self._store.setValue(key, check_folder(value))

    # -- database ---------------------------------------------------------------------------
    @property
    def database(self) -> str | None:
        """The database to open at the next start (file or URL); None for the default file."""
        return self._text(KEY_DATABASE) or None

    @database.setter
    def database(self, value: str | None) -> None:
        if not value or not value.strip():
            self._store.remove(KEY_DATABASE)
            return
        self._store.setValue(KEY_DATABASE, check_database_location(value))


def check_folder(value: str) -> str:
    """An existing folder's absolute path, or ValidationError."""
    path = Path(os.path.expandvars(value.strip())).expanduser()
    if not path.is_dir():
        raise ValidationError("The folder {path} does not exist.", path=str(path))
    return str(path.resolve())


def check_database_location(value: str) -> str:
    """A database location fit to store: an absolute file path, or a server URL JudgePanel can
    use that carries no password (settings are kept in plain text)."""
    text = value.strip()
    if "://" in text and not text.startswith("sqlite:///"):
        from judgepanel.db.engine import server_url

        url = server_url(text)  # DatabaseError for an unusable URL
        if url.password:
            raise ValidationError(
                "Leave the password out of the server address: settings are stored as plain "
                "text. Put it in the PostgreSQL password file (.pgpass) instead."
            )
        return text
    path = Path(os.path.expandvars(text.removeprefix("sqlite:///"))).expanduser()
    if not path.is_absolute():
        raise ValidationError(
            "Give the database file's full path, for example {example}.",
            example=default_database_file(),
        )
    if path.is_dir():
        raise ValidationError("{path} is a folder, not a database file.", path=str(path))
    if not path.parent.is_dir():
        raise ValidationError("The folder {path} does not exist.", path=str(path.parent))
    return str(path)


@dataclass(frozen=True)
class StartDatabase:
    """Which database to open at start, and whether it came from the settings."""

    location: str
    from_settings: bool


def database_for_start(requested: str | None, *,
                       settings: AppSettings | None = None) -> StartDatabase:
    """``--db`` (``requested``) and ``$JUDGEPANEL_DB`` win; else the stored location; else the
    default file. The default is only computed when it is used (it costs the start-up time)."""
    from judgepanel.paths import ENV_DB

    def is_default(path: str) -> bool:
        # Only a path ending in the default file name can be the default (cheap to rule out).
        return path.endswith("judgepanel.db") and path == default_database_file()

    if requested is not None and requested != os.environ.get(ENV_DB, "") \
            and not is_default(requested):
        return StartDatabase(requested, from_settings=False)
    if os.environ.get(ENV_DB):
        return StartDatabase(os.environ[ENV_DB], from_settings=False)
    stored = (settings or AppSettings()).database
    if stored is None:
        return StartDatabase(requested or default_database_file(), from_settings=False)
    return StartDatabase(stored, from_settings=True)


def apply_font_size(app: QApplication, points: int | None) -> None:
    """Sets the whole interface's font size now (None: back to the system's size).

    Every widget without a font of its own follows at once; nothing needs a restart.
    """
    system = app.property(_SYSTEM_FONT_PROPERTY)
    if system is None:
        system = app.font().pointSizeF()
        app.setProperty(_SYSTEM_FONT_PROPERTY, system)
    font = app.font()
    target = float(points) if points is not None else float(system)
    if font.pointSizeF() != target:
        font.setPointSizeF(target)
        app.setFont(font)


def system_font_points(app: QApplication) -> float:
    """The font size the system gave the interface, before any setting changed it."""
    system = app.property(_SYSTEM_FONT_PROPERTY)
    return float(system) if system is not None else app.font().pointSizeF()
