"""Command-line subcommands for scripting. Each prints a clear message and exits non-zero on
refusal; user-caused failures never print a traceback."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from judgepanel import commands
from judgepanel.commands.common import EXIT_USER_ERROR, Handlers, SubParsers

_handlers: Handlers = {}


def register(sub: SubParsers) -> None:
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name == "common":
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub, _handlers)


def run(args: argparse.Namespace) -> int:
    from judgepanel.domain.errors import UserError

    try:
        return _handlers[args.command](args)
    except UserError as exc:
        print(f"judgepanel {args.command}: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
