"""The judging panel's roster, conflicts of interest, and the constituency warning."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from judgepanel.db.models import AuditEntry, Criterion, Score
from judgepanel.domain.enums import Affiliation
from judgepanel.domain.errors import ConflictError, NotFoundError, ValidationError
from judgepanel.domain.model import Bilingual
from judgepanel.domain.setup import JudgeInput
from judgepanel.services.setup import SetupServices


@pytest.fixture
def services(demo_db) -> SetupServices:
    return SetupServices.from_database(demo_db)


@pytest.fixture
def cid(services) -> int:
    return services.overview.default_competition_id()


def _entrant(services, cid, code):
    return next(e for e in services.entrants.entrants(cid) if e.code == code)


def test_demo_warns_that_csd_has_no_staff_side_judge(services, cid) -> None:
    warnings = services.judges.warnings(cid)
    assert [w.message for w in warnings] == [
        "Correctional Services Department will have no staff-side judge."]
    assert warnings[0].affiliation is Affiliation.STAFF_SIDE
    assert warnings[0].recused == (Bilingual("Mr. Ho Kwok-wing", "何國榮先生"),)


def test_a_second_staff_side_judge_closes_the_gap(services, cid) -> None:
    services.judges.add_judge(cid, JudgeInput(
        Bilingual("Ms. Lee Siu-ling", "李小玲女士"), "Staff Side Representative",
        Affiliation.STAFF_SIDE, "Police Force Council", "lee@example.org"))
    assert services.judges.warnings(cid) == ()


def test_recusing_every_professional_body_judge_from_a_finalist(services, cid) -> None:
    hkpo = _entrant(services, cid, "HKPO")
    professionals = [j for j in services.judges.judges(cid)
                     if j.affiliation is Affiliation.PROFESSIONAL_BODY]
    assert len(professionals) == 3
    for j in professionals[:2]:
        services.judges.declare_conflict(cid, j.id, hkpo.id, "Adviser to Hongkong Post.")
    assert len(services.judges.warnings(cid)) == 1  # one professional judge is left
    services.judges.declare_conflict(cid, professionals[2].id, hkpo.id, "Former employee.")
    messages = [w.message for w in services.judges.warnings(cid)]
    assert "Hongkong Post will have no professional-body judge." in messages


def test_roster_add_edit_remove(services, cid, demo_db) -> None:
    added = services.judges.add_judge(cid, JudgeInput(
        Bilingual(" Prof. Chan Tai-man ", "陳大文教授"), "Professor", Affiliation.OTHER,
        "University of Hong Kong", "+852 0000 0000"))
    assert added.name.en == "Prof. Chan Tai-man" and added.contact == "+852 0000 0000"
    edited = services.judges.update_judge(cid, added.id, JudgeInput(
        Bilingual("Prof. Chan Tai-man", "陳大文教授"), "Emeritus Professor",
        Affiliation.PROFESSIONAL_BODY, "HKMA", ""))
    assert edited.affiliation is Affiliation.PROFESSIONAL_BODY and edited.title.startswith("Em")
    with pytest.raises(ValidationError, match="already on the panel"):
        services.judges.add_judge(cid, JudgeInput(
            Bilingual("PROF. CHAN TAI-MAN", ""), "", Affiliation.OTHER))
    with pytest.raises(ValidationError, match="English name cannot be empty"):
        services.judges.add_judge(cid, JudgeInput(Bilingual("", "某"), "", Affiliation.OTHER))
    services.judges.remove_judge(cid, added.id)
    assert added.id not in {j.id for j in services.judges.judges(cid)}
    with demo_db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-3:] == ["setup.judge_added", "setup.judge_updated", "setup.judge_removed"]


def test_a_judge_who_scored_cannot_be_removed(services, cid, demo_db) -> None:
    judge = services.judges.judges(cid)[0]
    finalist = services.overview.overview(cid).finalists[0]
    with demo_db.write() as s:
        crit = s.scalars(select(Criterion)).first()
        s.add(Score(judge_id=judge.id, entrant_id=finalist.entrant.id, criterion_id=crit.id,
                    value=Decimal("8")))
    with pytest.raises(ConflictError, match="has already scored"):
        services.judges.remove_judge(cid, judge.id)


def test_declare_and_withdraw_conflicts(services, cid, demo_db) -> None:
    judge = services.judges.judges(cid)[0]
    immd = _entrant(services, cid, "IMMD")
    before = datetime.now(UTC)
    row = services.judges.declare_conflict(cid, judge.id, immd.id,
                                           "Spouse works at the Immigration Department.")
    assert before - timedelta(seconds=1) <= row.declared_at <= datetime.now(UTC)
    assert row.entrant.code == "IMMD" and row.judge_name == judge.name
    assert "IMMD" in next(j for j in services.judges.judges(cid) if j.id == judge.id).conflicts
    with pytest.raises(ValidationError, match="already declared"):
        services.judges.declare_conflict(cid, judge.id, immd.id, "again")
    with pytest.raises(ValidationError, match="reason for the conflict of interest cannot be"):
        services.judges.declare_conflict(cid, judge.id, _entrant(services, cid, "FSD").id, " ")
    services.judges.withdraw_conflict(cid, row.id)
    assert row.id not in {c.id for c in services.judges.conflicts(cid)}
    with pytest.raises(NotFoundError):
        services.judges.withdraw_conflict(cid, row.id)
    with demo_db.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.action == "setup.conflict_withdrawn" and "Spouse" in last.payload


def test_conflicts_listed_with_their_declaration_time(services, cid) -> None:
    conflicts = services.judges.conflicts(cid)
    assert [(c.judge_name.en, c.entrant.code) for c in conflicts] == [("Mr. Ho Kwok-wing", "CSD")]
    assert conflicts[0].declared_at == datetime(2003, 1, 6, 2, 0, tzinfo=UTC)


def test_warnings_cover_entrants_before_the_shortlist(db) -> None:
    services = SetupServices.from_database(db)
    from judgepanel.domain.setup import CompetitionInput, EntrantInput

    cid = services.competitions.create_competition(CompetitionInput(
        Bilingual("A", "甲"), "2004", Bilingual("Award", "獎"))).id
    e = services.entrants.add_entrant(cid, EntrantInput("LD", Bilingual("Labour Department",
                                                                        "勞工處")))
    j = services.judges.add_judge(cid, JudgeInput(Bilingual("Hon. Wong", "黃議員"), "Member",
                                                  Affiliation.LEGISLATIVE_COUNCIL))
    services.judges.declare_conflict(cid, j.id, e.id, "Former adviser")
    assert [w.message for w in services.judges.warnings(cid)] == [
        "Labour Department will have no Legislative Council judge."]
