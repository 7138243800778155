"""Helpers shared by the CLI subcommands."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

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
