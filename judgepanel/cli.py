"""Command-line subcommands for scripting. Each prints a clear message and exits non-zero on
refusal; user-caused failures never print a traceback."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

EXIT_USER_ERROR = 1

Handler = Callable[[argparse.Namespace], int]
_handlers: dict[str, Handler] = {}


def _db_path(args: argparse.Namespace) -> str:
    from judgepanel.paths import default_database

    return getattr(args, "sub_db", None) or args.db or default_database()


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser("demo", help="load the 2002-03 demo competition into a database")
    demo.add_argument("--db", dest="sub_db", help="database file (created if missing)")
    _handlers["demo"] = _cmd_demo


def run(args: argparse.Namespace) -> int:
    from judgepanel.domain.errors import UserError

    try:
        return _handlers[args.command](args)
    except UserError as exc:
        print(f"judgepanel {args.command}: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR


def _cmd_demo(args: argparse.Namespace) -> int:
    from judgepanel.db.engine import open_database
    from judgepanel.services.demo import load_demo

    db = open_database(_db_path(args))
    try:
        result = load_demo(db)
    finally:
        db.close()
    if result.created:
        print(f"Loaded the 2002-03 demo competition into {db.path}.")
    else:
        print(f"{db.path} already holds the demo competition; nothing was changed.")
    return 0
