"""Entry point: the GUI by default, CLI subcommands for scripting.

Kept small and import-light: the GUI path must reach its first paint quickly.
"""

from __future__ import annotations

import argparse
import sys

from judgepanel import __version__


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
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
    if with_commands:
        from judgepanel import cli

        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        cli.register(sub)
    return parser


def _starts_gui(argv: list[str]) -> bool:
    """True when the arguments name no subcommand (and ask for no help): the GUI then starts
    without importing the CLI's command modules, which the first paint would pay for."""
    if any(a in ("-h", "--help") for a in argv):
        return False
    if "--version" in argv:
        return True  # the small parser prints it and exits
    gui_only = build_parser(with_commands=False)
    try:
        _args, rest = gui_only.parse_known_args(argv)
    except SystemExit:
        return False
    return not rest


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if _starts_gui(arguments):
        args = build_parser(with_commands=False).parse_args(arguments)
        args.command = None
    else:
        args = build_parser().parse_args(arguments)
    if args.command is None:
        from judgepanel.app import run_gui

        # None when --db is absent: settings, $JUDGEPANEL_DB or the default file decide.
        return run_gui(args.db, language=args.lang, smoke_test=args.smoke_test)
    from judgepanel.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
