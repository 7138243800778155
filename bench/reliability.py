"""Reliability figures (GitHub issue 7): kills, hostile files, tampering, migrations, writers.

    .venv/bin/python bench/reliability.py          # the normal run (a few minutes at most)
    .venv/bin/python bench/reliability.py --long   # 1,000 kills, 10,000 files of each kind

Counts, not timings: a "lost"/"crashes"/"wrongly accepted" row passes only at 0 (ratio against
a floor of 1, target 0); the other rows are information (target —). Exit status 1 when a row
fails. The same checks run as tests in ``tests/reliability/``.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import math
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import Row, print_table  # noqa: E402

INFO = math.inf


def _harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "judgepanel_reliability_harness", ROOT / "tests" / "reliability" / "harness.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _zero(name: str, count: int, note: str = "") -> Row:
    """A row that passes only when ``count`` is 0."""
    return Row(name, float(count), 1.0, 0.0, unit="", note=note)


def _info(name: str, count: float, note: str = "") -> Row:
    return Row(name, float(count), 1.0, INFO, unit="", note=note)


def crash_rows(h: ModuleType, material: object, work: Path, kills: tuple[int, int, int],
               rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    zygote = h.Zygote()
    try:
        for kind, count in zip(("scoring", "signing", "importing"), kills, strict=True):
            folder = work / f"crash-{kind}"
            folder.mkdir()
            start = time.perf_counter()
            stats = getattr(h, f"crash_{kind}")(zygote, material, folder, count, rng)
            seconds = time.perf_counter() - start
            what = {"scoring": "scores", "signing": "sheet writes",
                    "importing": "sheet imports"}[kind]
            rows.append(_info(f"crash/{kind}: kills survived (integrity ok)",
                              stats.kills - sum("integrity" in p for p in stats.problems),
                              f"{stats.kills} SIGKILLs, {seconds:.0f} s"))
            rows.append(_info(f"crash/{kind}: {what} acknowledged", stats.acknowledged))
            rows.append(_zero(f"crash/{kind}: {what} lost", stats.lost))
            other = [p for p in stats.problems if "integrity" not in p]
            rows.append(_zero(f"crash/{kind}: other problems", len(other),
                              other[0][:60] if other else
                              (f"{stats.leftover_parts} .part temp files left, never read"
                               if kind == "signing" else "")))
    finally:
        zygote.close()
    return rows


def fuzz_rows(h: ModuleType, material: object, work: Path, count: int,
              rng: random.Random) -> list[Row]:
    from judgepanel.db.engine import open_database
    from judgepanel.domain import kit_payload as kp
    from judgepanel.services.authority import AuthorityService
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.kits import KitService

    chair = open_database(material.demo)  # type: ignore[attr-defined]
    cid = CompetitionService(chair).default_competition_id()
    judge = CompetitionService(chair).overview(cid).judges[0]
    panel = material.panel_pass  # type: ignore[attr-defined]
    kit = KitService(chair).export_kit(cid, judge.id, panel)
    trust = AuthorityService(chair).trust_certificate_pem(cid)
    ca = AuthorityService(chair).load_authority(cid, panel)
    chair.close()
    empty = work / "empty-judge.db"
    open_database(empty).close()
    body, _ = kp.read_envelope(kit)
    sheet = material.sheets[0].read_bytes()  # type: ignore[attr-defined]
    mutations = list(h.BYTE_MUTATIONS.values())

    def kit_bytes() -> object:
        return h.check_kit(rng.choice(mutations)(kit, rng), body, empty, trust)

    def kit_resigned() -> object:
        _kind, new = h.payload_mutation(body, rng)
        return h.check_kit(kp.envelope_bytes(new, ca.sign_detached(new)), body, empty, trust,
                           resigned=True)

    def signed_sheet() -> object:
        return h.check_sheet(rng.choice(mutations)(sheet, rng), sheet,
                             material.trust)  # type: ignore[attr-defined]

    def entrants() -> object:
        return h.check_csv("entrants", h.csv_mutation(h.ENTRANTS_CSV, rng))

    def votes() -> object:
        return h.check_csv("votes", h.csv_mutation(h.VOTES_CSV, rng))

    rows: list[Row] = []
    for name, check in (("judge kit (bytes)", kit_bytes),
                        ("judge kit (payload, signed again)", kit_resigned),
                        ("signed sheet", signed_sheet), ("entrant CSV", entrants),
                        ("vote CSV", votes)):
        outcomes: Counter[str] = Counter()
        first_crash = ""
        for _ in range(count):
            verdict = check()
            outcomes[verdict.outcome] += 1  # type: ignore[attr-defined]
            if verdict.outcome == "crash" and not first_crash:  # type: ignore[attr-defined]
                first_crash = verdict.detail[:60]  # type: ignore[attr-defined]
        rows.append(_info(f"fuzz/{name}: files", count,
                          ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))))
        rows.append(_zero(f"fuzz/{name}: crashes", outcomes["crash"], first_crash))
        rows.append(_zero(f"fuzz/{name}: wrongly accepted", outcomes["wrongly-accepted"]))
    return rows


def tamper_rows(h: ModuleType, material: object, work: Path, count: int,
                rng: random.Random) -> list[Row]:
    import shutil

    from judgepanel.db.engine import open_database
    from judgepanel.domain.errors import ConflictError
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.consolidation import SheetImportService
    from judgepanel.services.results import ResultsService

    sheets = [p.read_bytes() for p in material.sheets]  # type: ignore[attr-defined]
    detected = 0
    for _ in range(count):
        original = rng.choice(sheets)
        data = bytearray(original)
        for _ in range(rng.randrange(1, 4)):
            lo, hi = rng.choice(h.signed_ranges(original))
            i = rng.randrange(lo, hi)
            data[i] = (data[i] + rng.randrange(1, 256)) % 256
        detected += h.check_sheet(bytes(data), original,
                                  material.trust).outcome == "rejected"  # type: ignore[attr-defined]
    rows = [_info("tamper: sheets edited inside the signed range", count),
            _zero("tamper: edited sheets not detected", count - detected)]
    # A mark changed by SQL in the chair's database after import (as in
    # tests/services/test_consolidation_import.py::test_a_mark_changed_behind_the_apps_back...).
    path = work / "tamper-chair.db"
    shutil.copyfile(material.demo, path)  # type: ignore[attr-defined]
    db = open_database(path)
    changes = 0
    caught = 0
    try:
        cid = CompetitionService(db).default_competition_id()
        SheetImportService(db).import_paths(cid, list(material.sheets))  # type: ignore[attr-defined]
        results = ResultsService(db)
        results.fix_method(cid, "mean")
        results.compute(cid)
        for sql in ("UPDATE scores SET value = '10' WHERE id = (SELECT min(id) FROM scores)",
                    "UPDATE scores SET value = '0' WHERE id = (SELECT max(id) FROM scores)",
                    "DELETE FROM scores WHERE id = (SELECT max(id) FROM scores)"):
            changes += 1
            con = sqlite3.connect(path)
            con.execute(sql)
            con.commit()
            con.close()
            try:
                results.compute(cid)
            except ConflictError:
                caught += 1
            SheetImportService(db).restore_from_sheets(cid)
    finally:
        db.close()
    rows += [_info("tamper: marks changed by SQL after import", changes),
             _zero("tamper: SQL changes not detected by results", changes - caught)]
    return rows


def migration_rows(work: Path) -> list[Row]:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from judgepanel.db import engine as engine_module
    from judgepanel.db.engine import APPLICATION_ID, SCHEMA_VERSION, open_database

    cfg = Config()
    cfg.set_main_option("script_location", str(engine_module.migrations_dir()))
    revisions = [r.revision for r in reversed(list(ScriptDirectory.from_config(cfg)
                                                   .walk_revisions()))]
    failed = 0
    for revision in revisions:
        path = work / f"at-{revision}.db"
        eng = create_engine(f"sqlite:///{path}")
        with eng.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
        eng.dispose()
        open_database(path).close()
        con = sqlite3.connect(path)
        ok = (con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
              and con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION)
        con.close()
        failed += not ok
    return [_info("migration: schema revisions upgraded to head", len(revisions) - failed,
                  f"of {len(revisions)}; with data: tests/db/test_migrations.py"),
            _zero("migration: upgrades failed", failed)]


def concurrency_rows(h: ModuleType, material: object, work: Path, per_process: int) -> list[Row]:
    rows: list[Row] = []
    for name, stats in (("scores (2 processes)", h.concurrent_scoring(material, work,
                                                                      per_process)),
                        ("sheet imports (2 processes)", h.concurrent_importing(material, work))):
        rows.append(_info(f"concurrency/{name}: writes", stats.writes,
                          f"{stats.acknowledged} acknowledged, {stats.locked_messages} "
                          "busy messages"))
        rows.append(_zero(f"concurrency/{name}: lost", stats.lost))
        rows.append(_zero(f"concurrency/{name}: raw errors", len(stats.raw_errors),
                          stats.raw_errors[0][:60] if stats.raw_errors else ""))
    return rows


def run(long: bool = False) -> list[Row]:
    # pyHanko logs every oddity of the mangled PDFs it is fed; the figures say what matters.
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    h = _harness()
    rng = random.Random(20030118)
    with tempfile.TemporaryDirectory(prefix="jp-reliability-") as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        material = h.build_material(work / "material")
        print(f"# material built in {time.perf_counter() - start:.1f} s", flush=True)
        rows: list[Row] = []
        steps = [
            ("crash", lambda: crash_rows(h, material, work,
                                         (750, 100, 150) if long else (150, 20, 30), rng)),
            ("fuzz", lambda: fuzz_rows(h, material, work, 10_000 if long else 200, rng)),
            ("tamper", lambda: tamper_rows(h, material, work, 2_000 if long else 200, rng)),
            ("migration", lambda: migration_rows(work)),
            ("concurrency", lambda: concurrency_rows(h, material, work,
                                                     2_000 if long else 300)),
        ]
        for name, step in steps:
            start = time.perf_counter()
            rows += step()
            print(f"# {name} done in {time.perf_counter() - start:.1f} s", flush=True)
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", action="store_true", help="1,000 kills; 10,000 files each")
    args = parser.parse_args(argv)
    rows = run(long=args.long)
    print()
    print_table(rows)
    return 0 if all(r.passed for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
