"""Consolidation benchmarks.

1. Import and verify one signed score sheet (size check, SHA-256, PAdES verification against the
   panel root, strict payload parse, roster/criteria checks, one write transaction) against a
   bare pyHanko validation of the same file (``validate_pdf_signature`` with the panel root as
   trust anchor). Target: at most 1.5×.
2. Consolidate 50 judges × 200 finalists × 10 criteria (100,000 marks): read every mark, check
   each sheet's digest, exact weighted totals, the order of merit under the fixed method with
   the tie-break chain. Floor: the same marks read with raw sqlite3 and averaged in plain Python
   (floats). Target: at most 3×. The full view (all five methods side by side and the agreement
   figures) is printed too, as information.
3. Consolidation at three sizes (12,500, 25,000, 50,000 and 100,000 marks) to show the time grows
   linearly: each row's floor is the smallest size's time scaled by the size ratio; target 1.5×.

    .venv/bin/python bench/run.py consolidation
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import Row

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHEET_REPEATS = 15
IMPORT_ROUNDS = 3
CONSOLIDATE_REPEATS = 5


def _best(work: Callable[[], object], repeats: int) -> float:
    """Median wall time in milliseconds (after one warm-up run)."""
    work()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# --------------------------------------------------------------------------------------------
# 1. One sheet


def _signed_sheets(folder: Path) -> tuple[Path, list[Path]]:
    """A demo chair's database (template) and every demo judge's signed sheet."""
    from judgepanel.db.engine import open_database
    from judgepanel.services.demo import load_demo
    from judgepanel.services.sheets import SheetService
    from tests.services.results_helpers import JUDGE_PASS, enter_marks, judge_ids

    template = folder / "template.db"
    db = open_database(template)
    load_demo(db)
    db.close()
    judge_db = folder / "judges.db"
    shutil.copyfile(template, judge_db)
    db = open_database(judge_db)
    sheets = []
    for index, judge in enumerate(judge_ids(db)):
        enter_marks(db, judge, index)
        sheet = folder / f"judge{index + 1}.pdf"
        sheet.write_bytes(SheetService(db).sign(judge, JUDGE_PASS).pdf)
        sheets.append(sheet)
    db.close()
    return template, sheets


def _bare_validation(sheet: Path, root_pem: bytes) -> Callable[[], object]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.policy_decl import NO_REVOCATION, CertRevTrustPolicy
    from pyhanko_certvalidator.registry import SimpleTrustManager

    from judgepanel.signing import _x509

    roots = [_x509.to_asn1_certificate(c) for c in _x509.split_certificates(root_pem)]

    def validate() -> object:
        reader = PdfFileReader(io.BytesIO(sheet.read_bytes()))
        signature = reader.embedded_signatures[0]
        context = ValidationContext(
            trust_manager=SimpleTrustManager.build(trust_roots=roots), allow_fetching=False,
            revinfo_policy=CertRevTrustPolicy(NO_REVOCATION),
            moment=signature.self_reported_timestamp)
        status = validate_pdf_signature(signature, signer_validation_context=context)
        assert status.bottom_line
        return status

    return validate


def bench_sheet_import(folder: Path) -> list[Row]:
    """Each judge's sheet imported into the chair's open database (as in the app: a warm
    engine), against a bare validation of the same files, alternating; medians over three
    rounds of the seven sheets."""
    from judgepanel.db.engine import open_database
    from judgepanel.domain.results import ImportOutcomeKind
    from judgepanel.services.consolidation import SheetImportService
    from judgepanel.services.sheets import SheetService

    template, sheets = _signed_sheets(folder)
    # Floor and import alternate, sheet by sheet, so a change in the machine's load while the
    # benchmark runs weighs on both sides alike; three rounds, each on a fresh copy of the
    # chair's database, give 21 imports.
    bares, times = [], []
    for round_ in range(IMPORT_ROUNDS):
        chair_path = folder / f"chair-{round_}.db"
        shutil.copyfile(template, chair_path)
        chair = open_database(chair_path)
        root = SheetService(chair).trust_roots()[0]
        service = SheetImportService(chair)
        service.import_log(1)  # warm the engine as a running app's is
        for sheet in sheets:  # warm pyHanko and the parsers on every file
            _bare_validation(sheet, root)()
        for sheet in sheets:
            bares.append(_best(_bare_validation(sheet, root), 3))
            start = time.perf_counter()
            report = service.import_paths(1, [sheet])
            times.append((time.perf_counter() - start) * 1000)
            assert report.outcomes[0].outcome is ImportOutcomeKind.IMPORTED
        if round_ < IMPORT_ROUNDS - 1:
            chair.close()
    bare = statistics.median(bares)
    from judgepanel.services.sheets import verify_sheet_bytes

    contents = [sheet.read_bytes() for sheet in sheets]
    verify = statistics.median(
        _best(lambda data=data: verify_sheet_bytes(data, [root]), 3) for data in contents)
    chair.close()
    return [Row("import and verify one signed sheet (vs bare pyHanko validation)",
                statistics.median(times), bare, 1.5),
            Row("  of which verify_sheet_bytes (signature, attachment, payload)", verify, bare,
                1.5, note="information: services/sheets + signing/pdf")]


# --------------------------------------------------------------------------------------------
# 2 and 3. Consolidation


def _floor(path: Path) -> Callable[[], object]:
    """Raw sqlite3 and plain Python: each judge's mean mark per finalist, then the mean over
    judges per finalist (floats), and the finalists sorted."""

    def average() -> object:
        con = sqlite3.connect(path)
        try:
            rows = con.execute("SELECT judge_id, entrant_id, value FROM scores").fetchall()
        finally:
            con.close()
        cells: dict[tuple[int, int], list[float]] = {}
        for judge, entrant, value in rows:
            cell = cells.get((judge, entrant))
            if cell is None:
                cell = cells[(judge, entrant)] = [0.0, 0]
            cell[0] += float(value)
            cell[1] += 1
        finalists: dict[int, list[float]] = {}
        for (_judge, entrant), (total, count) in cells.items():
            acc = finalists.setdefault(entrant, [0.0, 0])
            acc[0] += total / count
            acc[1] += 1
        return sorted(((t / n, e) for e, (t, n) in finalists.items()), reverse=True)

    return average


def _consolidation(path: Path, *, analyse: bool) -> Callable[[], object]:
    from judgepanel.db.engine import open_database
    from judgepanel.services.results import ResultsService

    db = open_database(path)
    service = ResultsService(db, public_vote=lambda _cid: None)

    def consolidate() -> object:
        view = service.compute(1, analyse=analyse)
        assert view.rows
        return view

    return consolidate


def bench_consolidation(folder: Path) -> list[Row]:
    from tests.services.results_helpers import populate_synthetic

    rows: list[Row] = []
    sizes = ((50, 25), (50, 50), (50, 100), (50, 200))
    timings: list[tuple[int, float]] = []
    for judges, finalists in sizes:
        path = folder / f"synthetic-{judges}x{finalists}.db"
        populate_synthetic(path, judges, finalists, 10)
        measured = _best(_consolidation(path, analyse=False), CONSOLIDATE_REPEATS)
        timings.append((judges * finalists * 10, measured))
        if (judges, finalists) == sizes[-1]:
            floor = _best(_floor(path), CONSOLIDATE_REPEATS)
            rows.append(Row("consolidate 50 judges x 200 finalists x 10 criteria "
                            "(vs raw sqlite3 + average)", measured, floor, 3.0))
            full = _best(_consolidation(path, analyse=True), 3)
            rows.append(Row("  the same with 5 methods compared and agreement figures",
                            full, floor, 15.0, note="information"))
    base_marks, base_time = timings[0]
    for marks, measured in timings:
        print(f"  consolidation of {marks:>7,} marks: {measured:8.1f} ms "
              f"({measured / marks * 1000:.2f} µs per mark)")
    for marks, measured in timings[1:]:
        rows.append(Row(f"  linear growth: {marks:,} marks vs {base_marks:,} scaled",
                        measured, base_time * marks / base_marks, 1.5))
    return rows


def run() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="judgepanel-bench-") as tmp:
        folder = Path(tmp)
        return [*bench_sheet_import(folder), *bench_consolidation(folder)]


if __name__ == "__main__":
    from common import print_table

    print_table(run())
