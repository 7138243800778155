"""A zygote for the kill harness: imports the app once, then forks one worker per run.

Usage: ``python crash_child.py`` and then, on stdin, one line per run::

    score|sign|import <seed> <ack-file> <database> [more arguments]

For each line the zygote forks a worker, prints ``PID <pid>``, waits for it and prints
``DONE <status>``. The parent SIGKILLs the worker at a random moment. Forking from a process that
has already imported SQLAlchemy, pyHanko and ReportLab (but opened nothing) keeps each kill
cheap, so hundreds fit in the normal test run.

A worker writes ``WILL ...`` before each step and ``ACK ...`` after the step returned (so it is
committed), each line with one ``os.write`` to the ack file: what the kernel has, a SIGKILL
cannot take back.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

# Imported once here, before any fork, so that a worker starts in milliseconds.
import judgepanel.services.consolidation
import judgepanel.services.scoring
import judgepanel.services.sheets
import judgepanel.signing.pdf  # noqa: F401
from judgepanel.db.engine import open_database
from judgepanel.fileio import atomic_write


class _Log:
    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def say(self, *parts: Any) -> None:
        os.write(self.fd, (json.dumps(parts) + "\n").encode())


def _score(rng: random.Random, log: _Log, db_path: str, judge: str) -> None:
    from judgepanel.services.scoring import ScoringService

    db = open_database(db_path)
    scoring = ScoringService(db)
    judge_id = int(judge)
    day = scoring.judge_day(judge_id)
    entrants = [s.entrant.id for s in day.slots if not s.recused]
    criteria = [c.criterion.id for c in scoring.finalist_scoring(judge_id, entrants[0]).criteria]
    while True:
        entrant, criterion = rng.choice(entrants), rng.choice(criteria)
        value = None if rng.random() < 0.1 else str(rng.randrange(0, 21) / 2).removesuffix(".0")
        log.say("WILL", entrant, criterion, value)
        scoring.set_score(judge_id, entrant, criterion, value)
        log.say("ACK", entrant, criterion, value)


def _sign(rng: random.Random, log: _Log, db_path: str, judge: str, target: str,
          passphrase: str) -> None:
    from judgepanel.services.sheets import SheetService

    db = open_database(db_path)
    sheets = SheetService(db)
    judge_id = int(judge)
    while True:
        if sheets.is_locked(judge_id):
            sheets.begin_amendment(judge_id, f"crash test {rng.randrange(10**6)}")
        signed = sheets.sign(judge_id, passphrase.encode())
        log.say("WILL", hashlib.sha256(signed.pdf).hexdigest())
        atomic_write(target, signed.pdf)
        log.say("ACK", hashlib.sha256(signed.pdf).hexdigest())
        for _ in range(rng.randrange(1, 6)):  # "save a copy" again: more writes to be caught in
            data = sheets.signed_pdf(judge_id)
            digest = hashlib.sha256(data).hexdigest()
            log.say("WILL", digest)
            atomic_write(target, data)
            log.say("ACK", digest)


def _import(rng: random.Random, log: _Log, db_path: str, folder: str) -> None:
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.consolidation import SheetImportService

    db = open_database(db_path)
    cid = CompetitionService(db).default_competition_id()
    service = SheetImportService(db)
    files = sorted(Path(folder).glob("*.pdf"))
    rng.shuffle(files)
    for path in files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        log.say("WILL", digest)
        report = service.import_paths(cid, [path])
        log.say("ACK", digest, report.outcomes[0].outcome.value)
    log.say("END")


WORKLOADS = {"score": _score, "sign": _sign, "import": _import}


def main() -> None:
    for line in sys.stdin:
        kind, seed, ack, *args = line.split()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                WORKLOADS[kind](random.Random(int(seed)), _Log(ack), *args)
            except BaseException as exc:
                _Log(ack).say("ERROR", f"{type(exc).__name__}: {exc}")
                code = 1
            os._exit(code)
        print(f"PID {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"DONE {status}", flush=True)


if __name__ == "__main__":
    main()
