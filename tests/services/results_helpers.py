"""Signed score sheets for the consolidation tests, made once per test run.

Signing is slow (PDF, PKCS#12 key derivation, PAdES), so one set of sheets is built the first
time a test asks for it and shared by every consolidation test module: the seven demo judges'
sheets (revision 1), an amended revision 2 of one judge's sheet, and three sheets that must be
refused (another competition, a judge not on the roster, criteria that differ).

The marks are chosen so the results are known: IMMD first, FSD second, and HKPO and HKPF exactly
tied (every judge gives them the same marks), so the third award waits for the chair's casting
decision. Judge 6 is recused from CSD (the demo's declared conflict).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from decimal import Decimal
from decimal import Decimal as D
from pathlib import Path

from sqlalchemy import select

from judgepanel.db.engine import Database, open_database
from judgepanel.db.models import (
    Competition,
    ConflictOfInterest,
    Criterion,
    Entrant,
    Finalist,
    Judge,
    Score,
)
from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE, DEMO_PANEL_PASSPHRASE
from judgepanel.services.sheets import SheetService

JUDGE_PASS = DEMO_JUDGE_PASSPHRASE.encode()
PANEL_PASS = DEMO_PANEL_PASSPHRASE.encode()
CHAIR_PASS = b"chair-test-2003"

#: (service quality, efficiency, cost-effectiveness) before each judge's own offset.
BASE_MARKS = {
    "IMMD": ("9", "8.5", "8.5"),
    "FSD": ("8.5", "8.5", "8"),
    "HKPO": ("8", "8", "7.5"),
    "HKPF": ("8", "8", "7.5"),
    "LCSD": ("7.5", "7", "7"),
    "HKO": ("7", "7", "7.5"),
    "IRD": ("6.5", "7", "6.5"),
    "CSD": ("6", "6.5", "6"),
}
#: Each judge's leniency (added to every mark), judges in roster order.
OFFSETS = ("0", "0.5", "-0.5", "0", "0.5", "-0.5", "1")


@dataclass(frozen=True)
class SheetSet:
    folder: Path
    sheets: tuple[Path, ...]  # revision 1 of judges 1..7, in roster order
    amended: Path  # judge 2, revision 2 (IMMD's service quality lowered to 5)
    other_competition: Path
    unknown_judge: Path
    other_criteria: Path


def marks_for(judge_index: int, code: str) -> tuple[Decimal, ...]:
    offset = Decimal(OFFSETS[judge_index])
    base = BASE_MARKS[code]
    if judge_index == 2 and code in ("LCSD", "HKO"):  # one judge sees these two the other way
        base = BASE_MARKS["HKO" if code == "LCSD" else "LCSD"]
    return tuple(min(max(Decimal(v) + offset, Decimal(0)), Decimal(10)) for v in base)


def enter_marks(db: Database, judge_id: int, judge_index: int) -> None:
    with db.write() as s:
        conflicts = set(s.scalars(select(ConflictOfInterest.entrant_id)
                                  .where(ConflictOfInterest.judge_id == judge_id)))
        criteria = s.scalars(select(Criterion).order_by(Criterion.position)).all()
        for entrant_id, code in s.execute(select(Entrant.id, Entrant.code)
                                          .join(Finalist, Finalist.entrant_id == Entrant.id)):
            if entrant_id in conflicts:
                continue
            for criterion, value in zip(criteria, marks_for(judge_index, code), strict=True):
                s.add(Score(judge_id=judge_id, entrant_id=entrant_id, criterion_id=criterion.id,
                            value=value))


def judge_ids(db: Database) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(Judge.id).order_by(Judge.id)))


def _sign_variant(base: Path, path: Path, change, judge_id: int) -> bytes:
    shutil.copyfile(base, path)
    db = open_database(path)
    try:
        change(db)
        return SheetService(db).sign(judge_id, JUDGE_PASS).pdf
    finally:
        db.close()


_cache: dict[str, SheetSet] = {}


def sheet_set(tmp_path_factory, template: Path) -> SheetSet:
    """The shared set of signed sheets (built on first use)."""
    if "set" in _cache:
        return _cache["set"]
    root = tmp_path_factory.mktemp("signed-sheets")
    folder = root / "usb"
    (folder / "extra").mkdir(parents=True)
    judges_path = root / "judges.db"
    shutil.copyfile(template, judges_path)
    db = open_database(judges_path)
    ids = judge_ids(db)
    for index, judge_id in enumerate(ids):
        enter_marks(db, judge_id, index)
    db.close()
    scored = root / "scored.db"
    shutil.copyfile(judges_path, scored)

    db = open_database(judges_path)
    sheets: list[Path] = []
    for index, judge_id in enumerate(ids, start=1):
        pdf = SheetService(db).sign(judge_id, JUDGE_PASS).pdf
        path = folder / f"judge{index}.pdf"
        path.write_bytes(pdf)
        sheets.append(path)
    service = SheetService(db)
    service.begin_amendment(ids[1], "Service quality mark for IMMD corrected after review")
    with db.write() as s:
        row = s.scalar(select(Score).join(Entrant, Entrant.id == Score.entrant_id)
                       .join(Criterion, Criterion.id == Score.criterion_id)
                       .where(Score.judge_id == ids[1], Entrant.code == "IMMD",
                              Criterion.code == "service_quality"))
        row.value = Decimal("5")
    amended = folder / "extra" / "judge2-rev2.pdf"
    amended.write_bytes(service.sign(ids[1], JUDGE_PASS).pdf)
    db.close()

    def other_competition(db: Database) -> None:
        with db.write() as s:
            s.scalar(select(Competition)).uid = "0" * 32

    def other_criteria(db: Database) -> None:
        with db.write() as s:
            s.scalar(select(Criterion).where(Criterion.code == "efficiency")).weight = \
                Decimal("35")

    variants = root / "variants"
    variants.mkdir()
    wrong_comp = folder / "extra" / "other-competition.pdf"
    wrong_comp.write_bytes(_sign_variant(scored, variants / "a.db", other_competition, ids[2]))
    wrong_criteria = folder / "extra" / "other-criteria.pdf"
    wrong_criteria.write_bytes(_sign_variant(scored, variants / "b.db", other_criteria, ids[3]))
    unknown = folder / "extra" / "stranger.pdf"
    unknown.write_bytes(_stranger_sheet(scored, variants / "c.db"))
    result = SheetSet(folder, tuple(sheets), amended, wrong_comp, unknown, wrong_criteria)
    _cache["set"] = result
    return result


def _stranger_sheet(base: Path, path: Path) -> bytes:
    """A sheet by a judge the panel certified but who is not on the chair's roster."""
    from judgepanel.services.authority import AuthorityService

    shutil.copyfile(base, path)
    db = open_database(path)
    try:
        with db.write() as s:
            comp = s.scalar(select(Competition))
            judge = Judge(competition_id=comp.id, name_en="Mr. Stranger Chan",
                          affiliation="other")
            s.add(judge)
            s.flush()
            stranger_id = judge.id
        AuthorityService(db).issue_credential(1, stranger_id, PANEL_PASS, JUDGE_PASS)
        enter_marks(db, stranger_id, 0)
        return SheetService(db).sign(stranger_id, JUDGE_PASS).pdf
    finally:
        db.close()


def chair_copy(template: Path, path: Path) -> Database:
    """A fresh chair's database (the demo competition) at ``path``."""
    shutil.copyfile(template, path)
    return open_database(path)


def competition_id(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(Competition.id))


def entrant_id(db: Database, code: str) -> int:
    with db.read() as s:
        return s.scalar(select(Entrant.id).where(Entrant.code == code))


def criteria_codes(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Criterion.code).order_by(Criterion.position)))


def populate_synthetic(path: Path, judges: int, finalists: int, criteria: int, *,
                       seed: int = 1) -> int:
    """A chair's database as if ``judges`` signed sheets had been imported: marks tied to their
    sheets by digests, and the method fixed. Written with raw sqlite3 (100,000 marks in about a
    second); returns the competition id. For the benchmark and large-report tests."""
    import hashlib
    import random
    import sqlite3
    import uuid
    from datetime import UTC, datetime

    from judgepanel.domain.consolidation import scores_digest

    open_database(path).close()  # the schema, at head
    rng = random.Random(seed)
    now = datetime.now(UTC).isoformat(sep=" ")
    con = sqlite3.connect(path)
    with con:
        cur = con.execute(
            "INSERT INTO competitions (uid, name_en, name_zh, year_label, award_name_en, "
            "award_name_zh, award_count, finalist_count, public_award_name_en, "
            "public_award_name_zh, public_award_count, venue_en, venue_zh, shortlist_formula, "
            "aggregation_method, tie_break_chain, created_at) VALUES (?, 'Synthetic', '合成', "
            "'2003', 'Outstanding Customer Service Award', '傑出顧客服務獎', 3, ?, "
            "'Best Public Image Award', '最佳公眾形象獎', 3, '', '', '{}', 'mean', ?, ?)",
            (uuid.uuid4().hex, finalists, '["criterion:c1", "casting_vote"]', now))
        cid = cur.lastrowid
        con.execute("INSERT OR REPLACE INTO app_settings (key, value) VALUES ('role', 'chair')")
        criterion_ids = []
        for k in range(1, criteria + 1):
            cur = con.execute(
                "INSERT INTO criteria (uid, competition_id, position, code, name_en, name_zh, "
                "description_en, description_zh, weight, scale_min, scale_max, scale_step) "
                "VALUES (?, ?, ?, ?, ?, ?, '', '', ?, '0', '10', '0.5')",
                (uuid.uuid4().hex, cid, k, f"c{k}", f"Criterion {k}", f"準則{k}", str(k % 3 + 1)))
            criterion_ids.append(cur.lastrowid)
        entrant_ids = []
        quality = []
        for f in range(1, finalists + 1):
            cur = con.execute(
                "INSERT INTO entrants (uid, competition_id, code, name_en, name_zh, category) "
                "VALUES (?, ?, ?, ?, ?, 'department')",
                (uuid.uuid4().hex, cid, f"D{f:03d}", f"Department {f}", f"部門{f}"))
            entrant_ids.append(cur.lastrowid)
            con.execute("INSERT INTO finalists (competition_id, entrant_id, shortlist_rank, note) "
                        "VALUES (?, ?, ?, '')", (cid, cur.lastrowid, f))
            quality.append(rng.uniform(4, 9))
        for j in range(1, judges + 1):
            cur = con.execute(
                "INSERT INTO judges (uid, competition_id, name_en, name_zh, title, affiliation, "
                "organisation, contact) VALUES (?, ?, ?, ?, '', 'other', '', '')",
                (uuid.uuid4().hex, cid, f"Judge {j}", f"評判{j}"))
            judge_id = cur.lastrowid
            pdf = f"%PDF-1.7 synthetic sheet of judge {j}".encode()
            cur = con.execute(
                "INSERT INTO score_sheets (judge_id, revision, status, document_id, file_sha256, "
                "pdf, imported_at, source_name, created_at) VALUES (?, 1, 'signed', ?, ?, ?, ?, "
                "?, ?)", (judge_id, uuid.uuid4().hex, hashlib.sha256(pdf).hexdigest(), pdf, now,
                          f"judge{j}.pdf", now))
            sheet_id = cur.lastrowid
            lenient = rng.uniform(-1, 1)
            rows = []
            for e, q in zip(entrant_ids, quality, strict=True):
                for c in criterion_ids:
                    value = min(max(round((q + lenient + rng.gauss(0, 1)) * 2) / 2, 0), 10)
                    text = format(D(str(value)).normalize(), "f")
                    rows.append((judge_id, e, c, text, sheet_id, now, now))
            con.executemany(
                "INSERT INTO scores (judge_id, entrant_id, criterion_id, value, comment, source, "
                "sheet_id, created_at, updated_at) VALUES (?, ?, ?, ?, '', 'signed_sheet', ?, ?, "
                "?)", rows)
            con.execute("INSERT INTO sheet_digests (sheet_id, competition_id, scores_sha256, "
                        "score_count) VALUES (?, ?, ?, ?)",
                        (sheet_id, cid, scores_digest((e, c, v) for _j, e, c, v, *_ in rows),
                         len(rows)))
        con.execute("INSERT INTO decisions (competition_id, kind, subject, outcome, reason, "
                    "decided_at) VALUES (?, 'method_fixed', ?, 'mean', 'Fixed in advance.', ?)",
                    (cid, '{"method":"mean","tie_break_chain":["criterion:c1"]}', now))
    con.close()
    return cid
