"""Entry point: the GUI by default, CLI subcommands for scripting.

Kept small and import-light: the GUI path must reach its first paint quickly.
"""

from __future__ import annotations

import argparse
import sys

from judgepanel import __version__


def build_parser() -> argparse.ArgumentParser:
    from judgepanel import cli

    parser = argparse.ArgumentParser(
        prog="judgepanel",
        description="Judging for the Civil Service Customer Service Award Scheme.",
    )
    parser.add_argument("--version", action="version", version=f"judgepanel {__version__}")
    parser.add_argument("--db", help="database file or URL (default: the user data directory, "
                        "or $JUDGEPANEL_DB)")
    parser.add_argument("--lang", choices=["en", "zh_HK"], help="interface language")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start the GUI, wait for the first painted data, print timings "
                        "as JSON and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from judgepanel.app import run_gui
        from judgepanel.paths import default_database

        return run_gui(args.db or default_database(), language=args.lang,
                       smoke_test=args.smoke_test)
    from judgepanel.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
