"""The reliability harness: kills, hostile files, tampering and concurrent writers.

Shared by the tests in this folder (through the ``harness`` fixture in ``conftest.py``) and by
``bench/reliability.py``, which prints the figures. Everything here drives the real services on
real SQLite files in real processes; nothing is mocked.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LONG = os.environ.get("JUDGEPANEL_LONG") == "1"


def child_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


# == material: a demo competition, every judge's marks, signed sheets ===========================
@dataclass(frozen=True)
class Material:
    demo: Path  # the demo competition, nothing scored (a chair's database)
    judges: Path  # every demo judge's marks entered (the judges' side)
    sheets: tuple[Path, ...]  # revision 1 of every judge's signed sheet, roster order
    judge_ids: tuple[int, ...]
    trust: tuple[bytes, ...]  # the panel's trust root(s)
    judge_pass: bytes
    panel_pass: bytes

    def __repr__(self) -> str:  # short, for Hypothesis' failure reports
        return f"Material({self.demo.parent})"


def build_material(folder: Path, demo_template: Path | None = None) -> Material:
    from judgepanel.db.engine import open_database
    from judgepanel.services.demo import load_demo
    from judgepanel.services.sheets import SheetService
    from tests.services.results_helpers import JUDGE_PASS, PANEL_PASS, enter_marks, judge_ids

    folder.mkdir(parents=True, exist_ok=True)
    demo = folder / "demo.db"
    if demo_template is not None:
        shutil.copyfile(demo_template, demo)
    else:
        db = open_database(demo)
        load_demo(db)
        db.close()
    judges = folder / "judges.db"
    shutil.copyfile(demo, judges)
    db = open_database(judges)
    ids = judge_ids(db)
    for index, judge_id in enumerate(ids):
        enter_marks(db, judge_id, index)
    db.close()
    signed = folder / "signed.db"
    shutil.copyfile(judges, signed)
    db = open_database(signed)
    sheets_dir = folder / "sheets"
    sheets_dir.mkdir(exist_ok=True)
    paths = []
    service = SheetService(db)
    for index, judge_id in enumerate(ids):
        path = sheets_dir / f"judge{index + 1}.pdf"
        path.write_bytes(service.sign(judge_id, JUDGE_PASS).pdf)
        paths.append(path)
    trust = service.trust_roots()
    db.close()
    return Material(demo, judges, tuple(paths), tuple(ids), trust, JUDGE_PASS, PANEL_PASS)


# == crash consistency ===========================================================================
@dataclass
class CrashStats:
    kind: str
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    problems: list[str] = field(default_factory=list)
    leftover_parts: int = 0


class Zygote:
    """``crash_child.py``: forks one worker per run, so a kill costs no interpreter start."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "crash_child.py")], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env=child_env())

    def run(self, args: list[str], delay: float, *, log: Path | None = None,
            wait_lines: int = 0) -> int:
        """Starts a worker, SIGKILLs it after ``delay`` seconds (if still running); its status.

        With ``wait_lines``, the delay starts only once the worker's log has that many lines,
        so some kills land after real progress however slow (or loaded) the machine is."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(" ".join(args) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line.startswith("PID "):
            raise RuntimeError(f"the zygote said {line!r}")
        pid = int(line.split()[1])
        if log is not None and wait_lines:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and _line_count(log) < wait_lines:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break  # it finished (or failed) on its own
                time.sleep(0.005)
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):  # it may have finished its work
            os.kill(pid, signal.SIGKILL)
        done = self.proc.stdout.readline()
        return int(done.split()[1])

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _line_count(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def _read_log(path: Path) -> list[list[Any]]:
    if not path.exists():
        return []
    lines = path.read_text().split("\n")
    # Every line is written whole by one write(); a last line without "\n" cannot occur,
    # but ignore it if it ever did rather than misread it.
    return [json.loads(line) for line in lines[:-1] if line]


def _log_errors(entries: list[list[Any]]) -> list[str]:
    return [str(e[1]) for e in entries if e[0] == "ERROR"]


def _stored_scores(path: Path, judge_id: int) -> dict[tuple[int, int], Decimal | None]:
    con = sqlite3.connect(path)
    try:
        return {(e, c): None if v is None else Decimal(v) for e, c, v in con.execute(
            "SELECT entrant_id, criterion_id, value FROM scores WHERE judge_id = ?", (judge_id,))}
    finally:
        con.close()


def crash_scoring(zygote: Zygote, material: Material, work: Path, kills: int,
                  rng: random.Random) -> CrashStats:
    """Scores with the real ScoringService; every acknowledged score must survive each kill."""
    stats = CrashStats("scoring")
    db_path = work / "scoring.db"
    shutil.copyfile(material.demo, db_path)
    judge_id = material.judge_ids[0]
    expected: dict[tuple[int, int], Decimal | None] = {}
    for run in range(kills):
        log = work / f"score-{run}.log"
        zygote.run(["score", str(rng.randrange(10**9)), str(log), str(db_path), str(judge_id)],
                   rng.uniform(0.0, 0.1), log=log, wait_lines=2 * (run % 2))
        entries = _read_log(log)
        stats.problems += _log_errors(entries)
        pending: list[Any] | None = None
        for entry in entries:
            if entry[0] == "WILL":
                pending = entry
            elif entry[0] == "ACK":
                pending = None
                stats.acknowledged += 1
                expected[(entry[1], entry[2])] = None if entry[3] is None else Decimal(entry[3])
        stats.kills += 1
        if (check := integrity(db_path)) != "ok":
            stats.problems.append(f"kill {run}: integrity_check says {check}")
        stored = _stored_scores(db_path, judge_id)
        for cell, value in expected.items():
            got = stored.get(cell)
            if pending is not None and tuple(pending[1:3]) == cell:
                allowed = {value, None if pending[3] is None else Decimal(pending[3])}
                if got in allowed:
                    expected[cell] = got
                    continue
            if got != value:
                stats.lost += 1
                stats.problems.append(f"kill {run}: cell {cell} holds {got}, acknowledged {value}")
        if pending is not None and tuple(pending[1:3]) not in expected:
            expected[(pending[1], pending[2])] = stored.get((pending[1], pending[2]))
    return stats


def _verify_cached(cache: dict[str, bool], data: bytes, trust: tuple[bytes, ...]) -> bool:
    from judgepanel.services.sheets import verify_sheet_bytes

    digest = hashlib.sha256(data).hexdigest()
    if digest not in cache:
        cache[digest] = verify_sheet_bytes(data, trust).ok
    return cache[digest]


def crash_signing(zygote: Zygote, material: Material, work: Path, kills: int,
                  rng: random.Random) -> CrashStats:
    """Signs through SheetService and writes with atomic_write; the sheet under its final name
    is always absent or complete and verifiable, and the last acknowledged write (or the one in
    flight) is what is there."""
    from judgepanel.services.consolidation import expand_paths

    stats = CrashStats("signing")
    db_path = work / "signing.db"
    shutil.copyfile(material.judges, db_path)
    usb = work / "usb"
    usb.mkdir()
    target = usb / "sheet.pdf"
    judge_id = material.judge_ids[1]
    last_acked: str | None = None
    cache: dict[str, bool] = {}
    for run in range(kills):
        log = work / f"sign-{run}.log"
        zygote.run(["sign", str(rng.randrange(10**9)), str(log), str(db_path), str(judge_id),
                    str(target), material.judge_pass.decode()],
                   rng.uniform(0.0, 1.5) if run % 2 else rng.uniform(0.0, 0.05),
                   log=log, wait_lines=0 if run % 2 else 2)
        entries = _read_log(log)
        stats.problems += _log_errors(entries)
        pending: str | None = None
        for entry in entries:
            if entry[0] == "WILL":
                pending = entry[1]
            elif entry[0] == "ACK":
                pending = None
                stats.acknowledged += 1
                last_acked = entry[1]
        stats.kills += 1
        if (check := integrity(db_path)) != "ok":
            stats.problems.append(f"kill {run}: integrity_check says {check}")
        allowed = {d for d in (last_acked, pending) if d is not None}
        if target.exists():
            data = target.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if digest not in allowed:
                stats.lost += 1
                stats.problems.append(f"kill {run}: {target.name} is neither the acknowledged "
                                      "sheet nor the one being written")
            elif not _verify_cached(cache, data, material.trust):
                stats.problems.append(f"kill {run}: {target.name} does not verify")
            if digest == pending:
                last_acked = pending
        elif last_acked is not None:
            stats.lost += 1
            stats.problems.append(f"kill {run}: the acknowledged sheet is gone")
        found = expand_paths([usb])
        if found not in ([target], []):
            stats.problems.append(f"kill {run}: a sheet import would read {found}")
    stats.leftover_parts = len(list(usb.glob(".sheet.pdf.*.part")))
    return stats


def crash_importing(zygote: Zygote, material: Material, work: Path, kills: int,
                    rng: random.Random) -> CrashStats:
    """Imports signed sheets on the chair's database; every acknowledged import is on record
    and the marks still match the sheets after each kill."""
    from judgepanel.db.engine import open_database
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.results import ResultsService

    stats = CrashStats("importing")
    db_path = work / "chair.db"
    shutil.copyfile(material.demo, db_path)
    acked: set[str] = set()
    for run in range(kills):
        log = work / f"import-{run}.log"
        zygote.run(["import", str(rng.randrange(10**9)), str(log), str(db_path),
                    str(material.sheets[0].parent)], rng.uniform(0.0, 0.5),
                   log=log, wait_lines=2 * (run % 2))
        entries = _read_log(log)
        stats.problems += _log_errors(entries)
        finished = False
        for entry in entries:
            if entry[0] == "ACK":
                stats.acknowledged += 1
                acked.add(entry[1])
                if entry[2] == "rejected":
                    stats.problems.append(f"kill {run}: a good sheet was rejected")
            finished = finished or entry[0] == "END"
        stats.kills += 1
        if (check := integrity(db_path)) != "ok":
            stats.problems.append(f"kill {run}: integrity_check says {check}")
            continue
        con = sqlite3.connect(db_path)
        try:
            on_record = {r[0] for r in con.execute(
                "SELECT file_sha256 FROM score_sheets WHERE file_sha256 IS NOT NULL")}
        finally:
            con.close()
        missing = acked - on_record
        stats.lost += len(missing)
        if missing:
            stats.problems.append(f"kill {run}: {len(missing)} acknowledged imports are gone")
        db = open_database(db_path)
        try:
            cid = CompetitionService(db).default_competition_id()
            results = ResultsService(db)
            status = results.status(cid)
            if finished or len(on_record) == len(material.sheets):
                results.fix_method(cid, "mean")
                results.compute(cid)  # raises if any mark no longer matches its sheet
        except Exception as exc:
            stats.problems.append(f"kill {run}: results refused: {type(exc).__name__}: {exc}")
            status = None
        finally:
            db.close()
        if status is not None and (finished or len(on_record) == len(material.sheets)):
            shutil.copyfile(material.demo, db_path)  # start over: more imports to interrupt
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            acked.clear()
    return stats


# == hostile files ===============================================================================
VERDICTS = ("rejected", "accepted", "no-op", "wrongly-accepted", "crash")


@dataclass(frozen=True)
class Verdict:
    outcome: str  # one of VERDICTS
    detail: str = ""


def flip_bits(data: bytes, rng: random.Random, count: int = 1) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def set_bytes(data: bytes, rng: random.Random, lo: int = 0, hi: int | None = None,
              count: int = 1) -> bytes:
    out = bytearray(data)
    hi = len(out) if hi is None else hi
    for _ in range(count):
        i = rng.randrange(lo, hi)
        out[i] = (out[i] + rng.randrange(1, 256)) % 256
    return bytes(out)


def splice(data: bytes, rng: random.Random) -> bytes:
    junk = rng.choice([b"\x00", b"\xff" * 7, b'"', b"}", b",", b"%%EOF\n", b"\\u0000",
                       bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40)))])
    i = rng.randrange(len(data) + 1)
    j = min(len(data), i + rng.randrange(0, 16))
    return data[:i] + junk + data[j:]


BYTE_MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "bit flip": lambda d, r: flip_bits(d, r, r.randrange(1, 4)),
    "truncation": truncate,
    "byte edit": lambda d, r: set_bytes(d, r, count=r.randrange(1, 4)),
    "splice": splice,
}


def _top_keys(body: bytes) -> dict[str, Any]:
    return json.loads(body)


_NUMBER = re.compile(rb'(?<=[:\[,])\s*-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?=\s*[,}\]])')
_UID = re.compile(rb'"uid"\s*:\s*"([^"]*)"')


def payload_mutation(body: bytes, rng: random.Random) -> tuple[str, bytes]:
    """A structural mutation of a kit's JSON payload (to be signed again by the panel)."""
    kind = rng.choice(["duplicate key", "NaN", "huge number", "wrong uid", "bad type",
                       "nested duplicate"])
    if kind in ("duplicate key", "nested duplicate"):
        if kind == "nested duplicate":
            starts = [m.start() for m in re.finditer(rb'\{"', body)][1:]
            if starts:
                at = rng.choice(starts)
                key = re.match(rb'\{("[^"]*")', body[at:]).group(1)  # type: ignore[union-attr]
                return kind, body[: at + 1] + key + b":null," + body[at + 1:]
        key = rng.choice(list(_top_keys(body)))
        return "duplicate key", b"{" + json.dumps(key).encode() + b":1," + body[1:]
    numbers = list(_NUMBER.finditer(body))
    if kind in ("NaN", "huge number") and numbers:
        m = rng.choice(numbers)
        new = (rng.choice([b"NaN", b"Infinity", b"-Infinity"]) if kind == "NaN"
               else rng.choice([b"1e999", b"9" * 4000, b"-1e308", b"123456789012345678901234"]))
        return kind, body[: m.start()] + new + body[m.end():]
    uids = list(_UID.finditer(body))
    if kind == "wrong uid" and uids:
        m = rng.choice(uids)
        fake = rng.choice([b"", b"x" * 3000, b"00000000-0000-0000-0000-000000000000",
                           m.group(1)[::-1]])
        return kind, body[: m.start(1)] + fake + body[m.end(1):]
    quoted = list(re.finditer(rb':"[^"]*"', body))
    m = rng.choice(quoted)
    new = rng.choice([b":[]", b":{}", b":null", b":true", b":-1", b':"\\u0000"'])
    return "bad type", body[: m.start()] + new + body[m.end():]


def _user_error_verdict(exc: BaseException) -> Verdict:
    from judgepanel.domain.errors import UserError

    if isinstance(exc, UserError):
        unfilled = exc.message == exc.template and re.search(r"\{\w+[^}]*\}", exc.template)
        if not exc.message.strip() or unfilled:
            return Verdict("crash", f"unreadable message: {exc.message!r}")
        return Verdict("rejected", exc.message)
    return Verdict("crash", f"{type(exc).__name__}: {exc}")


def check_kit(data: bytes, original_body: bytes, judge_db: Path, trust: bytes,
              *, resigned: bool = False) -> Verdict:
    """Imports a (mutated) kit into a copy of ``judge_db``. A byte-level mutation may only be
    accepted when the signed payload is unchanged (a no-op, e.g. in the envelope's spacing);
    a re-signed payload may be accepted only if it still parses strictly."""
    from judgepanel.db.engine import open_database
    from judgepanel.domain import kit_payload as kp
    from judgepanel.services.kits import KitService

    work = judge_db.with_name(f"fuzz-{os.getpid()}.db")
    shutil.copyfile(judge_db, work)
    for suffix in ("-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    db = open_database(work)
    try:
        KitService(db).import_kit(data, trust_pem=trust)
    except Exception as exc:
        return _user_error_verdict(exc)
    finally:
        db.close()
    body, _sig = kp.read_envelope(data)
    if body == original_body:
        return Verdict("no-op")
    if resigned:
        return Verdict("accepted")
    return Verdict("wrongly-accepted", "a changed payload was imported")


def signed_ranges(pdf: bytes) -> list[tuple[int, int]]:
    """The [start, end) ranges the (last) signature's /ByteRange covers."""
    found = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    a, b, c, d = (int(x) for x in found[-1])
    return [(a, a + b), (c, c + d)]


def check_sheet(data: bytes, original: bytes, trust: tuple[bytes, ...]) -> Verdict:
    """Verifies a (mutated) signed sheet: it must not verify unless nothing signed changed."""
    from judgepanel.services.sheets import verify_sheet_bytes

    try:
        result = verify_sheet_bytes(data, trust)
    except Exception as exc:
        return _user_error_verdict(exc)
    if not result.ok:
        if not result.problems or not all(str(p).strip() for p in result.problems):
            return Verdict("crash", "rejected without a readable reason")
        return Verdict("rejected", "; ".join(str(p) for p in result.problems))
    if data == original:
        return Verdict("no-op")
    if len(data) == len(original) and all(
            data[a:b] == original[a:b] for a, b in signed_ranges(original)):
        return Verdict("no-op", "only the unsigned signature padding changed")
    return Verdict("wrongly-accepted", "a changed sheet verified")


def check_csv(kind: str, data: bytes) -> Verdict:
    from judgepanel.services.csv_import import parse_entrants_csv, parse_votes_csv, reject_if_any

    parse = parse_entrants_csv if kind == "entrants" else parse_votes_csv
    try:
        parsed = parse(data)
        reject_if_any(f"{kind}.csv", parsed.problems)
    except Exception as exc:
        return _user_error_verdict(exc)
    return Verdict("accepted")


ENTRANTS_CSV = ("code,name_en,name_zh,category\n"
                "IMMD,Immigration Department,入境事務處,department\n"
                "FSD,Fire Services Department,消防處,department\n"
                "HKPO,Hongkong Post,香港郵政,department\n").encode()
VOTES_CSV = b"code,votes\nIMMD,300\nFSD,250\nHKPO,200\nHKPF,0\n"


def csv_mutation(data: bytes, rng: random.Random) -> bytes:
    kind = rng.choice(["bytes", "bytes", "cell", "bom", "quote", "lines"])
    if kind == "bytes":
        return rng.choice(list(BYTE_MUTATIONS.values()))(data, rng)
    text = data.decode("utf-8")
    if kind == "cell":
        cells = list(re.finditer(r"[^,\n]+", text))
        m = rng.choice(cells)
        new = rng.choice(["", "-1", "1e999", "NaN", "9" * 400, "\x00", "=cmd|' /C calc'!A0",
                          '"', "\r", "１２３", "0x10", " 7 ", "IMMD"])
        text = text[: m.start()] + new + text[m.end():]
    elif kind == "bom":
        return b"\xef\xbb\xbf" + data if rng.random() < 0.5 else data.decode().encode("utf-16")
    elif kind == "quote":
        i = rng.randrange(len(text) + 1)
        text = text[:i] + '"' + text[i:]
    else:
        lines = text.split("\n")
        rng.shuffle(lines)
        text = "\n".join(lines * rng.randrange(1, 3))
    return text.encode("utf-8", "surrogatepass")


# == concurrent writers ==========================================================================
CONCURRENT_CHILD = r'''
import json, sys
from pathlib import Path
from judgepanel.db.engine import open_database
from judgepanel.domain.errors import DatabaseLockedError
mode, db_path, n, judge = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
sys.stdin.readline()  # both start together
acked, locked, raw = [], 0, []
db = open_database(db_path, busy_timeout_ms=20000)
if mode == "score":
    from judgepanel.services.scoring import ScoringService
    scoring = ScoringService(db)
    day = scoring.judge_day(judge)
    entrants = [s.entrant.id for s in day.slots if not s.recused]
    criteria = [c.criterion.id for c in scoring.finalist_scoring(judge, entrants[0]).criteria]
    cells = [(e, c) for e in entrants for c in criteria]
    for i in range(n):
        e, c = cells[i % len(cells)]
        value = str((i % 21) / 2).removesuffix(".0")
        try:
            scoring.set_score(judge, e, c, value)
            acked.append([e, c, value])
        except DatabaseLockedError:
            locked += 1
        except Exception as exc:
            raw.append(f"{type(exc).__name__}: {exc}")
else:
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.consolidation import SheetImportService
    cid = CompetitionService(db).default_competition_id()
    service = SheetImportService(db)
    for path in sys.argv[5:]:
        try:
            out = service.import_paths(cid, [path]).outcomes[0]
            acked.append([path, out.outcome.value, out.reason.text if out.reason else ""])
        except DatabaseLockedError:
            locked += 1
        except Exception as exc:
            raw.append(f"{type(exc).__name__}: {exc}")
db.close()
print(json.dumps({"acked": acked, "locked": locked, "raw": raw}))
'''


@dataclass
class ConcurrencyStats:
    writes: int = 0
    acknowledged: int = 0
    lost: int = 0
    locked_messages: int = 0  # DatabaseLockedError: readable, nothing lost, may be retried
    raw_errors: list[str] = field(default_factory=list)


def _run_together(commands: list[list[str]]) -> list[dict[str, Any]]:
    procs = [subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=child_env())
             for cmd in commands]
    outs = [p.communicate("go\n", timeout=600) for p in procs]
    results = []
    for proc, (out, err) in zip(procs, outs, strict=True):
        if proc.returncode != 0:
            raise RuntimeError(f"a writer failed: {err[-2000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def concurrent_scoring(material: Material, work: Path, per_process: int) -> ConcurrencyStats:
    """Two processes score (two judges) on one SQLite file at once through the app's Database."""
    db_path = work / "concurrent-scores.db"
    shutil.copyfile(material.demo, db_path)
    judges = material.judge_ids[:2]
    results = _run_together([[sys.executable, "-c", CONCURRENT_CHILD, "score", str(db_path),
                              str(per_process), str(j)] for j in judges])
    stats = ConcurrencyStats(writes=2 * per_process)
    for judge_id, result in zip(judges, results, strict=True):
        stats.locked_messages += result["locked"]
        stats.raw_errors += result["raw"]
        last: dict[tuple[int, int], str] = {}
        for e, c, v in result["acked"]:
            last[(e, c)] = v
            stats.acknowledged += 1
        stored = _stored_scores(db_path, judge_id)
        stats.lost += sum(1 for cell, v in last.items() if stored.get(cell) != Decimal(v))
    if integrity(db_path) != "ok":
        stats.raw_errors.append("integrity_check failed")
    return stats


def concurrent_importing(material: Material, work: Path) -> ConcurrencyStats:
    """Two processes import different judges' sheets into one chair's SQLite file at once."""
    db_path = work / "concurrent-imports.db"
    shutil.copyfile(material.demo, db_path)
    halves = [material.sheets[0::2], material.sheets[1::2]]
    results = _run_together([[sys.executable, "-c", CONCURRENT_CHILD, "import", str(db_path),
                              "0", "0", *map(str, half)] for half in halves])
    stats = ConcurrencyStats(writes=len(material.sheets))
    con = sqlite3.connect(db_path)
    try:
        on_record = {r[0] for r in con.execute("SELECT file_sha256 FROM score_sheets")}
    finally:
        con.close()
    for result in results:
        stats.locked_messages += result["locked"]
        stats.raw_errors += result["raw"]
        for path, outcome, reason in result["acked"]:
            stats.acknowledged += 1
            if outcome != "imported":
                stats.raw_errors.append(f"{Path(path).name}: {outcome} {reason}")
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            stats.lost += digest not in on_record
    if integrity(db_path) != "ok":
        stats.raw_errors.append("integrity_check failed")
    return stats
