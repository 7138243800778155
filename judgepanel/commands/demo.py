"""``judgepanel demo``: load the 2002-03 demo competition; ``--full DIR`` runs the whole year."""

from __future__ import annotations

import argparse

from judgepanel.commands.common import Handlers, SubParsers, database_argument, db_path


def register(sub: SubParsers, handlers: Handlers) -> None:
    demo = sub.add_parser("demo", help="load the 2002-03 demo competition into a database")
    database_argument(demo)
    demo.add_argument("--full", metavar="DIR",
                      help="run the whole year end to end into DIR: the chair's database, a "
                      "kit and a database per judge, signed sheets, signed results and exports")
    handlers["demo"] = _cmd_demo


def _cmd_demo(args: argparse.Namespace) -> int:
    if args.full:
        return _cmd_demo_full(args)
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


def _cmd_demo_full(args: argparse.Namespace) -> int:
    from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE, DEMO_PANEL_PASSPHRASE
    from judgepanel.services.demo_full import DEMO_CHAIR_PASSPHRASE, run_demo_full

    result = run_demo_full(args.full, progress=lambda text: print(f"… {text}", flush=True))
    print(f"The whole year is in {result.folder}:")
    print(f"  chair's database      {result.chair_db}")
    print(f"  judge kits            {len(result.kits)} in {result.folder / 'kits'}")
    print(f"  judges' databases     {len(result.judge_dbs)} in {result.folder / 'judges'}")
    print(f"  signed score sheets   {len(result.sheets)} in {result.folder / 'sheets'}")
    print(f"  signed results        {result.results_pdf} (SHA-256 {result.report_sha256})")
    print(f"  exports               {result.results_xlsx}, {result.results_csv}")
    print(f"Award winners: {', '.join(result.winners)}")
    print(f"Passphrases: panel {DEMO_PANEL_PASSPHRASE}, judges {DEMO_JUDGE_PASSPHRASE}, "
          f"chair {DEMO_CHAIR_PASSPHRASE}.")
    print(f"Check it: judgepanel recompute {result.results_pdf} {result.folder / 'sheets'} "
          f"--trust {result.folder / 'panel.pem'}")
    return 0
