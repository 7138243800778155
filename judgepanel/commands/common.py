"""Helpers shared by the CLI subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from judgepanel.db.engine import Database

Handler = Callable[[argparse.Namespace], int]
Handlers = dict[str, Handler]
SubParsers = Any  # argparse._SubParsersAction, which is private

EXIT_OK = 0
EXIT_USER_ERROR = 1


def database_argument(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--db", dest="sub_db", required=required,
                        help="database file or URL (default: the user data directory)")


def db_path(args: argparse.Namespace) -> str:
    from judgepanel.paths import default_database

    return getattr(args, "sub_db", None) or args.db or default_database()


def read_passphrase(path: str | None, prompt: str) -> bytes:
    """A passphrase from the first line of a file, or typed at a terminal (never an argument,
    which other users could read in the process list)."""
    from judgepanel.domain.errors import UserError

    if path:
        try:
            text = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UserError("Cannot read the passphrase file {path}: {reason}", path=path,
                            reason=exc.strerror or str(exc)) from exc
        return (text[0] if text else "").encode("utf-8")
    if not sys.stdin.isatty():
        raise UserError("No passphrase given: use a passphrase file option.")
    import getpass

    return getpass.getpass(prompt).encode("utf-8")


def default_competition(db: Database) -> int:
    """The id of the database's competition, or a clear error when it holds none."""
    from judgepanel.domain.errors import NotFoundError
    from judgepanel.services.competitions import CompetitionService

    cid = CompetitionService(db).default_competition_id()
    if cid is None:
        raise NotFoundError("The database {path} holds no competition.", path=db.path)
    return cid
