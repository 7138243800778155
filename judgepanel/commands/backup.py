"""``judgepanel backup``: list, take and restore snapshots of an SQLite database."""

from __future__ import annotations

import argparse

from judgepanel.commands.common import EXIT_OK, Handlers, SubParsers, database_argument, db_path


def register(sub: SubParsers, handlers: Handlers) -> None:
    backup = sub.add_parser("backup", help="list, take or restore database snapshots")
    database_argument(backup)
    what = backup.add_mutually_exclusive_group()
    what.add_argument("--take", action="store_true", help="take a snapshot now")
    what.add_argument("--restore", metavar="SNAPSHOT",
                      help="put a snapshot back (close JudgePanel on this database first)")
    handlers["backup"] = _cmd_backup


def _cmd_backup(args: argparse.Namespace) -> int:
    from judgepanel import instance_lock
    from judgepanel.services.backup import BackupService

    path = db_path(args)
    service = BackupService(path)
    if args.take:
        snap = service.snapshot("manual")
        print(f"Took a snapshot: {snap.path}")
        return EXIT_OK
    if args.restore:
        # Refuse while a JudgePanel window has the database open (it would not see the change).
        lock = instance_lock.acquire(path)
        try:
            kept = service.restore(args.restore)
        finally:
            if lock is not None:
                lock.unlock()
        print(f"Restored {args.restore} into {path}.")
        if kept is not None:
            print(f"The state it replaced is kept as {kept.path}.")
        return EXIT_OK
    snapshots = service.snapshots()
    if not snapshots:
        print(f"No snapshots of {path} yet.")
    for snap in snapshots:
        print(f"{snap.taken_at.isoformat(timespec='seconds')}\t{snap.reason}\t{snap.size}\t"
              f"{snap.path}")
    return EXIT_OK
