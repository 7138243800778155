"""The demo competition: real department names, 23 entrants, 8 finalists, idempotent."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from judgepanel.db.models import (
    Competition,
    ConflictOfInterest,
    Entrant,
    PreliminaryAssessment,
    PublicPoll,
    VoteTally,
)
from judgepanel.domain.enums import Affiliation
from judgepanel.services.competitions import CompetitionService
from judgepanel.services.demo import load_demo

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_demo_content(demo_db) -> None:
    svc = CompetitionService(demo_db)
    overview = svc.overview(svc.default_competition_id())
    comp = overview.competition
    assert comp.year_label == "2002-03"
    assert comp.award_name.en == "Outstanding Customer Service Award"
    assert comp.award_name.zh == "傑出顧客服務獎"
    assert comp.public_award_name.zh == "最佳公眾形象獎"
    assert overview.entrant_count == 23
    assert len(overview.finalists) == 8
    assert [c.name.en for c in overview.criteria] == [
        "Service quality", "Efficiency", "Cost-effectiveness"]
    assert [c.name.zh for c in overview.criteria] == ["服務質素", "工作效率", "成本效益"]
    for criterion in overview.criteria:
        assert len(criterion.bands) == 5
        assert all(CJK.search(b.descriptor.zh) for b in criterion.bands)
    assert len(overview.judges) == 7
    constituencies = {j.affiliation for j in overview.judges}
    assert {Affiliation.LEGISLATIVE_COUNCIL, Affiliation.PRIVATE_SECTOR,
            Affiliation.PROFESSIONAL_BODY, Affiliation.STAFF_SIDE,
            Affiliation.DISTRICT_COUNCIL} <= constituencies
    assert len(overview.conflicts) == 1
    finalist_codes = {f.entrant.code for f in overview.finalists}
    assert overview.conflicts[0].entrant_code in finalist_codes
    assert {s.entrant.code for s in overview.schedule} == finalist_codes
    starts = [s.starts_at for s in overview.schedule]
    assert starts == sorted(starts)
    assert all(a.ends_at <= b.starts_at for a, b in zip(overview.schedule,
                                                         overview.schedule[1:], strict=False))


def test_every_entrant_is_bilingual_and_real(demo_db) -> None:
    with demo_db.read() as s:
        entrants = s.scalars(select(Entrant)).all()
        assert len(entrants) == 23
        for e in entrants:
            assert e.name_en and not CJK.search(e.name_en)
            assert CJK.search(e.name_zh)
        names = {e.name_en: e.name_zh for e in entrants}
        assert names["Immigration Department"] == "入境事務處"
        assert names["Hong Kong Police Force"] == "香港警務處"
        assert s.scalar(select(func.count()).select_from(PreliminaryAssessment)) == 23


def test_public_vote_poll_of_4500_households(demo_db) -> None:
    with demo_db.read() as s:
        poll = s.scalar(select(PublicPoll))
        assert poll.sample_size == 4500
        total = s.scalar(select(func.sum(VoteTally.votes)))
        assert 0 < total <= 4500
        assert s.scalar(select(func.count(VoteTally.id))) == 23


def test_finalists_are_the_top_eight_by_the_recorded_formula(demo_db) -> None:
    svc = CompetitionService(demo_db)
    finalists = svc.overview(svc.default_competition_id()).finalists
    composites = [f.composite_score for f in finalists]
    assert composites == sorted(composites, reverse=True)
    assert finalists[0].entrant.code == "IMMD"


def test_loading_twice_changes_nothing(demo_db) -> None:
    again = load_demo(demo_db)
    assert again.created is False
    with demo_db.read() as s:
        assert s.scalar(select(func.count(Competition.id))) == 1
        assert s.scalar(select(func.count(Entrant.id))) == 23
        assert s.scalar(select(func.count(ConflictOfInterest.id))) == 1


def test_demo_writes_an_audit_entry_with_a_valid_chain(demo_db) -> None:
    from judgepanel.services import audit

    with demo_db.read() as s:
        head = audit.verify_chain(s)
    assert head != audit.GENESIS
