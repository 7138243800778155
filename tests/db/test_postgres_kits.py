"""The chair's database on either backend: kits out to a judge's laptop (always SQLite), signed
sheets back, and a paper judge's sheet signed on the chair's machine itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from judgepanel.db.engine import open_database
from judgepanel.db.models import ConflictOfInterest, Judge, Score, ScoreSheet
from judgepanel.domain.errors import ConflictError
from judgepanel.services.authority import AuthorityService
from judgepanel.services.competitions import CompetitionService
from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE, DEMO_PANEL_PASSPHRASE
from judgepanel.services.kits import KitService
from judgepanel.services.sheets import SheetService, verify_sheet_bytes

PANEL = DEMO_PANEL_PASSPHRASE.encode()
JUDGE = DEMO_JUDGE_PASSPHRASE.encode()


@pytest.fixture
def database_url_of():
    """The location another machine would open for the same database."""
    def url(db) -> str:
        if db.is_sqlite:
            return db.path
        return db.engine.url.render_as_string(hide_password=False)
    return url


@pytest.fixture
def judge_laptop(tmp_path: Path):
    db = open_database(tmp_path / "judge.db")
    yield db
    db.close()


def _conflicted_judge(chair_db):
    svc = CompetitionService(chair_db)
    overview = svc.overview(svc.default_competition_id())
    return overview, next(j for j in overview.judges if j.conflicts)


def test_kit_round_trip_with_the_chair_on_either_backend(any_demo_db, judge_laptop,
                                                         score_all) -> None:
    chair = any_demo_db
    overview, judge = _conflicted_judge(chair)
    cid = overview.competition.id
    trust = AuthorityService(chair).trust_certificate_pem(cid)

    kit = KitService(chair).export_kit(cid, judge.id, PANEL)
    result = KitService(judge_laptop).import_kit(kit, trust_pem=trust)
    assert result.updated is False and result.finalists == 8

    with judge_laptop.read() as s:
        local = s.scalar(select(Judge))
        assert local.uid == judge.uid
    score_all(judge_laptop, local.id)

    # An updated kit from the chair keeps the judge's marks.
    again = KitService(judge_laptop).import_kit(KitService(chair).export_kit(cid, judge.id, PANEL))
    assert again.updated is True
    with judge_laptop.read() as s:
        assert s.scalar(select(func.count(Score.id))) == 7 * 3  # 8 finalists, one recusal

    signed = SheetService(judge_laptop).sign(local.id, JUDGE)
    checked = verify_sheet_bytes(signed.pdf, SheetService(chair).trust_roots())
    assert checked.ok, checked.problems
    assert checked.signer_uid == judge.uid
    assert checked.sheet is not None and checked.sheet.judge.uid == judge.uid


def test_paper_judges_sheet_signed_on_the_chairs_database(any_demo_db, score_all) -> None:
    """The secretariat keys a paper sheet on the chair's (possibly shared) database."""
    chair = any_demo_db
    with chair.read() as s:
        judge_id = s.scalar(select(ConflictOfInterest.judge_id))
    score_all(chair, judge_id)
    sheets = SheetService(chair)
    first = sheets.sign(judge_id, JUDGE)
    assert sheets.is_locked(judge_id)
    with pytest.raises(ConflictError):
        sheets.sign(judge_id, JUDGE)
    sheets.begin_amendment(judge_id, "Corrected a keying error")
    second = sheets.sign(judge_id, JUDGE)
    assert second.revision == first.revision + 1
    assert sheets.signed_pdf(judge_id) == second.pdf
    with chair.read() as s:
        statuses = s.scalars(select(ScoreSheet.status).where(ScoreSheet.judge_id == judge_id)
                             .order_by(ScoreSheet.revision)).all()
    assert statuses == ["superseded", "signed"]
    assert verify_sheet_bytes(second.pdf, sheets.trust_roots()).ok


def test_two_clerks_key_a_paper_sheet_from_two_machines(any_demo_db, database_url_of) -> None:
    """The panel-room case: two secretariat computers key the same paper sheet at once."""
    import threading

    from judgepanel.db.models import Criterion, Finalist
    from judgepanel.services.paper_entry import PaperEntryService

    chair = any_demo_db
    cid = CompetitionService(chair).default_competition_id()
    with chair.read() as s:
        conflicted = {(c.judge_id, c.entrant_id) for c in s.scalars(select(ConflictOfInterest))}
        judges = s.scalars(select(Judge.id).order_by(Judge.id)).all()
        finalists = s.scalars(select(Finalist.entrant_id)).all()
        codes = s.scalars(select(Criterion.code).order_by(Criterion.position)).all()
    cells = [(j, e) for j in judges for e in finalists if (j, e) not in conflicted][:6]
    marks = dict(zip(codes, ("7", "6.5", "8"), strict=True))
    second_machine = open_database(database_url_of(chair))
    errors: list[BaseException] = []

    def clerk(db, number: int, name: str) -> None:
        try:
            for judge_id, entrant_id in cells:
                PaperEntryService(db).enter(cid, judge_id, entrant_id, number, name, marks)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=clerk, args=(chair, 1, "Clerk Wong")),
               threading.Thread(target=clerk, args=(second_machine, 2, "Clerk Lee"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    second_machine.close()
    assert errors == []
    keyed = PaperEntryService(chair).cells(cid)
    assert len(keyed) == len(cells) and all(c.accepted for c in keyed)
