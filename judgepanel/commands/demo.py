"""``judgepanel demo``: load the 2002-03 demo competition."""

from __future__ import annotations

import argparse

from judgepanel.commands.common import Handlers, SubParsers, database_argument, db_path


def register(sub: SubParsers, handlers: Handlers) -> None:
    demo = sub.add_parser("demo", help="load the 2002-03 demo competition into a database")
    database_argument(demo)
    handlers["demo"] = _cmd_demo


def _cmd_demo(args: argparse.Namespace) -> int:
    from judgepanel.db.engine import open_database
    from judgepanel.services.demo import load_demo

    db = open_database(db_path(args))
    try:
        result = load_demo(db)
    finally:
        db.close()
    if result.created:
        print(f"Loaded the 2002-03 demo competition into {db.path}.")
    else:
        print(f"{db.path} already holds the demo competition; nothing was changed.")
    return 0
