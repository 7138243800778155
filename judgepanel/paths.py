"""Where things live: the default database in the platform's user data directory."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "JudgePanel"
ENV_DB = "JUDGEPANEL_DB"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database() -> str:
    """``$JUDGEPANEL_DB`` if set, else ``judgepanel.db`` in the user data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return env
    return str(user_data_dir() / "judgepanel.db")
