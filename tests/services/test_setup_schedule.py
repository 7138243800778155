"""The presentation schedule: overlaps refused with a message, order by start time, planning,
and the printable PDF (read back with pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from judgepanel.db.models import AuditEntry
from judgepanel.domain.errors import ConflictError, ValidationError
from judgepanel.domain.setup import SchedulePlan, SlotInput
from judgepanel.domain.timefmt import HONG_KONG, hk_time
from judgepanel.services.setup import SetupServices


@pytest.fixture
def services(demo_db) -> SetupServices:
    return SetupServices.from_database(demo_db)


@pytest.fixture
def cid(services) -> int:
    return services.overview.default_competition_id()


def _hk(hour: int, minute: int, day: int = 18) -> datetime:
    return datetime(2003, 1, day, hour, minute, tzinfo=HONG_KONG)


def _slot(services, cid, code):
    return next(s for s in services.schedule.view(cid).slots if s.entrant.code == code)


def test_demo_schedule(services, cid) -> None:
    view = services.schedule.view(cid)
    assert [s.entrant.code for s in view.slots] == [
        "LCSD", "IRD", "HKPO", "CSD", "FSD", "HKO", "IMMD", "HKPF"]
    assert hk_time(view.slots[0].starts_at) == "09:30" and view.unscheduled == ()
    assert len(view.finalists) == 8


def test_overlap_is_refused_with_a_message(services, cid) -> None:
    ird = _slot(services, cid, "IRD")  # 10:00–10:25
    before = services.schedule.view(cid)
    with pytest.raises(ValidationError) as info:
        services.schedule.set_slot(cid, SlotInput(ird.entrant.id, _hk(9, 40), 15, 10))
    assert info.value.message == (
        "Leisure and Cultural Services Department (2003-01-18 09:30–09:55) and Inland Revenue "
        "Department (2003-01-18 09:40–10:05) would overlap; presentations cannot run at the "
        "same time.")
    assert services.schedule.view(cid) == before


def test_touching_slots_do_not_overlap_and_order_follows_time(services, cid, demo_db) -> None:
    hkpf = _slot(services, cid, "HKPF")  # last, 13:00
    # Move HKPF to 09:00–09:30, ending exactly when LCSD starts.
    view = services.schedule.set_slot(cid, SlotInput(hkpf.entrant.id, _hk(9, 0), 20, 10))
    assert [s.entrant.code for s in view.slots][:2] == ["HKPF", "LCSD"]
    assert [s.position for s in view.slots] == list(range(1, 9))
    assert view.slots[0].ends_at == _hk(9, 30)
    with demo_db.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.action == "setup.slot_set" and "HKPF" in last.payload


def test_a_long_slot_spanning_others_is_refused(services, cid) -> None:
    hkpf = _slot(services, cid, "HKPF")
    with pytest.raises(ValidationError, match="would overlap"):
        services.schedule.set_slot(cid, SlotInput(hkpf.entrant.id, _hk(8, 0), 240, 10))


def test_only_finalists_can_be_scheduled(services, cid) -> None:
    wsd = next(e for e in services.entrants.entrants(cid) if e.code == "WSD")
    with pytest.raises(ValidationError, match="Water Supplies Department is not a finalist"):
        services.schedule.set_slot(cid, SlotInput(wsd.id, _hk(15, 0)))


def test_minutes_are_validated(services, cid) -> None:
    hkpf = _slot(services, cid, "HKPF")
    with pytest.raises(ValidationError, match="presentation time"):
        services.schedule.set_slot(cid, SlotInput(hkpf.entrant.id, _hk(15, 0), 0, 10))


def test_remove_and_plan(services, cid) -> None:
    hko = _slot(services, cid, "HKO")
    view = services.schedule.remove_slot(cid, hko.entrant.id)
    assert [e.code for e in view.unscheduled] == ["HKO"] and len(view.slots) == 7
    order = tuple(e.id for e in reversed(view.finalists))
    view = services.schedule.plan(cid, SchedulePlan(_hk(14, 0, 20), order, 20, 10, 10))
    assert [s.entrant.id for s in view.slots] == list(order)
    assert view.slots[1].starts_at - view.slots[0].starts_at == timedelta(minutes=40)
    assert view.unscheduled == ()
    with pytest.raises(ValidationError, match="appears twice"):
        services.schedule.plan(cid, SchedulePlan(_hk(9, 0), (order[0], order[0])))


def test_plan_needs_finalists(db) -> None:
    from judgepanel.domain.model import Bilingual
    from judgepanel.domain.setup import CompetitionInput

    services = SetupServices.from_database(db)
    cid = services.competitions.create_competition(CompetitionInput(
        Bilingual("A", "甲"), "2004", Bilingual("Award", "獎"))).id
    with pytest.raises(ConflictError, match="no confirmed finalists"):
        services.schedule.plan(cid, SchedulePlan(_hk(9, 0), ()))
    with pytest.raises(ConflictError, match="schedule is empty"):
        services.schedule.document(cid)


def test_schedule_document(services, cid) -> None:
    document = services.schedule.document(cid)
    assert document.day.isoformat() == "2003-01-18"
    assert document.venue_zh == "政府總部公務員事務局第一會議室"
    assert document.slots[0].entrant.code == "LCSD"
    assert document.slots[0].starts_at.utcoffset() == timedelta(hours=8)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_schedule_pdf_lists_every_finalist(services, cid, tmp_path: Path) -> None:
    path = services.schedule.save_pdf(cid, tmp_path / "schedule.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    for slot in services.schedule.view(cid).slots:
        assert slot.entrant.name.en in " ".join(text.split())
        assert hk_time(slot.starts_at) in text
    assert "入境事務處" in text
