"""The shortlist: the formula fixed in advance, composites against hand-computed values, a tie
at the cut decided by the chair, confirmation, and the explicit reset."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from sqlalchemy import select

from judgepanel.db.models import AuditEntry, Competition, Decision, Finalist, Judge, Score
from judgepanel.domain.errors import ConflictError, ValidationError
from judgepanel.domain.model import Bilingual
from judgepanel.domain.setup import CompetitionInput, SchedulePlan
from judgepanel.domain.shortlist import ShortlistFormula, VoteNormalisation
from judgepanel.domain.timefmt import HONG_KONG
from judgepanel.services.setup import SetupServices

ENTRANTS = (
    "code,name_en,name_zh,category\n"
    "AA,Alpha Department,甲部門,department\n"
    "BB,Beta Department,乙部門,department\n"
    "CC,Gamma Department,丙部門,department\n"
    "DD,Delta Department,丁部門,department\n"
)
# code: (submission, site visit, votes of 1000 households)
SCORES = {"AA": ("90", "90", 100), "BB": ("80", "80", 50), "CC": ("80", "80", 50),
          "DD": ("60", "60", 0)}


@pytest.fixture
def services(db) -> SetupServices:
    return SetupServices.from_database(db)


@pytest.fixture
def cid(services) -> int:
    """Four entrants, two finalist places; BB and CC tie exactly for the second."""
    cid = services.competitions.create_competition(CompetitionInput(
        Bilingual("Award 2004", "2004年度獎"), "2004", Bilingual("Award", "獎"),
        finalist_count=2, public_award_count=1)).id
    services.entrants.import_csv(cid, ENTRANTS.encode())
    ids = {e.code: e.id for e in services.entrants.entrants(cid)}
    for code, (submission, visit, _votes) in SCORES.items():
        services.preliminary.record(cid, ids[code], submission=submission, site_visit=visit)
    tallies = "".join(f"{code},{v[2]}\n" for code, v in SCORES.items())
    services.votes.import_csv(cid, f"code,votes\n{tallies}".encode(), sample_size=1000)
    return cid


def _composite(submission: int, visit: int, votes: int, top_votes: int) -> Fraction:
    """By hand: 40% submission + 40% site visit + 20% × (votes / top votes × 100)."""
    return (Fraction(40) * submission + Fraction(40) * visit
            + Fraction(20) * Fraction(votes * 100, top_votes)) / 100


def test_ranking_and_tie_at_the_cut(services, cid) -> None:
    view = services.shortlist.view(cid)
    assert view.description == (
        "Composite = 40% × self-nomination submission (scored out of 100) + 40% × site visit "
        "(scored out of 100) + 20% × public-vote share (relative to the highest share)")
    rows = {r.entrant.code: r for r in view.rows}
    assert rows["AA"].composite == _composite(90, 90, 100, 100) == 92
    assert rows["BB"].composite == _composite(80, 80, 50, 100) == 74
    assert rows["DD"].composite == _composite(60, 60, 0, 100) == 48
    assert rows["BB"].public_vote == 50
    assert [(r.entrant.code, r.position) for r in view.rows] == [
        ("AA", 1), ("BB", 2), ("CC", 2), ("DD", 4)]
    assert view.finalists == ("AA",)
    assert view.tie_at_cut == ("BB", "CC") and view.open_places == 1
    assert view.needs_decision and not view.can_confirm
    with pytest.raises(ConflictError) as info:
        services.shortlist.confirm(cid)
    assert info.value.message == ("BB, CC are tied at the last finalist place (1 of them can go "
                                  "through); record the chair's decision first.")


def test_chair_decides_the_tie_then_confirms(services, cid, db) -> None:
    with pytest.raises(ValidationError, match="admits DD, who are not tied"):
        services.shortlist.decide_tie(cid, ["DD"], "Because.")
    decision = services.shortlist.decide_tie(
        cid, ["cc"], "Gamma's site visit found stronger evidence of sustained improvement.")
    assert decision.kind == "shortlist_tie" and decision.admitted == ("CC",)
    view = services.shortlist.view(cid)
    assert view.finalists == ("AA", "CC") and view.decision == decision and view.can_confirm
    assert [r.entrant.code for r in view.rows if r.admitted_by_chair] == ["CC"]

    confirmed = services.shortlist.confirm(cid)
    assert [(f.shortlist_rank, f.entrant.code, f.composite_score) for f in confirmed.confirmed] \
        == [(1, "AA", Decimal("92")), (2, "CC", Decimal("74"))]
    with db.read() as s:
        finalists = s.scalars(select(Finalist).order_by(Finalist.shortlist_rank)).all()
        assert finalists[1].note == "admitted by the chair's decision on a tie"
        decision_row = s.scalars(select(Decision)).one()
        assert json.loads(decision_row.outcome) == {"admitted": ["CC"], "finalists": ["AA", "CC"]}
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-2:] == ["setup.shortlist_tie_decided", "setup.finalists_confirmed"]
    with pytest.raises(ConflictError, match="already confirmed"):
        services.shortlist.confirm(cid)


def test_formula_is_fixed_once_confirmed_until_reset_with_reason(services, cid, db) -> None:
    services.shortlist.decide_tie(cid, ["BB"], "Beta had more public votes in the tie-break.")
    services.shortlist.confirm(cid)
    services.schedule.plan(cid, SchedulePlan(
        datetime(2004, 1, 17, 9, 30, tzinfo=HONG_KONG),
        tuple(e.id for e in services.schedule.view(cid).finalists)))
    new_formula = ShortlistFormula(Fraction(1), Fraction(1), Fraction(0))
    with pytest.raises(ConflictError, match="already confirmed"):
        services.shortlist.set_formula(cid, new_formula)
    with pytest.raises(ValidationError, match="cannot be empty"):
        services.shortlist.reset(cid, "  ")

    view = services.shortlist.reset(cid, "The site-visit score of Delta was mistyped.")
    assert not view.is_confirmed
    assert services.schedule.view(cid).slots == ()
    with db.read() as s:
        reset = s.scalars(select(Decision).where(Decision.kind == "shortlist_reset")).one()
        assert reset.reason == "The site-visit score of Delta was mistyped."
        assert json.loads(reset.subject) == {"finalists": ["AA", "BB"]}

    view = services.shortlist.set_formula(cid, new_formula)
    assert view.description == ("Composite = 50% × self-nomination submission (scored out of "
                                "100) + 50% × site visit (scored out of 100)")
    # The earlier decision was about another formula: it no longer applies.
    assert view.tie_at_cut == ("BB", "CC") and view.decision is None
    with db.read() as s:
        stored = json.loads(s.scalars(select(Competition.shortlist_formula)).one())
    assert stored["public_vote_weight"] == "0" and stored["submission_weight"] == "1"
    with pytest.raises(ConflictError, match="nothing to reset"):
        services.shortlist.reset(cid, "again")


def test_percentage_normalisation(services, cid) -> None:
    formula = ShortlistFormula(Fraction(40), Fraction(40), Fraction(20),
                               vote_normalisation=VoteNormalisation.PERCENTAGE)
    view = services.shortlist.set_formula(cid, formula)
    aa = next(r for r in view.rows if r.entrant.code == "AA")
    # 100 of 1000 households = 10% → 0.4×90 + 0.4×90 + 0.2×10 = 74
    assert aa.public_vote == 10 and aa.composite == 74


def test_missing_scores_block_the_ranking(services, cid) -> None:
    dd = next(e for e in services.entrants.entrants(cid) if e.code == "DD")
    services.preliminary.record(cid, dd.id, site_visit=None)
    view = services.shortlist.view(cid)
    assert view.rows == () and view.problem.message == "DD has no site-visit score yet."
    with pytest.raises(ValidationError, match="DD has no site-visit score yet"):
        services.shortlist.confirm(cid)


def test_a_decision_lapses_when_the_tie_changes(services, cid) -> None:
    services.shortlist.decide_tie(cid, ["CC"], "Reason.")
    bb = next(e for e in services.entrants.entrants(cid) if e.code == "BB")
    services.preliminary.record(cid, bb.id, submission="81")
    view = services.shortlist.view(cid)
    assert view.tie_at_cut == () and view.decision is None and view.finalists == ("AA", "BB")
    with pytest.raises(ConflictError, match="no tie"):
        services.shortlist.decide_tie(cid, ["CC"], "Reason.")


def test_demo_shortlist_reads_the_stored_formula(demo_db) -> None:
    services = SetupServices.from_database(demo_db)
    cid = services.overview.default_competition_id()
    view = services.shortlist.view(cid)
    assert view.formula == ShortlistFormula(Fraction(40), Fraction(40), Fraction(20))
    assert view.is_confirmed and view.problem is None and not view.tie_at_cut
    assert view.finalists == tuple(f.entrant.code for f in view.confirmed)
    immd = view.rows[0]
    assert immd.entrant.code == "IMMD" and immd.composite == _composite(86, 88, 611, 611)
    csd = view.rows[7]  # CSD: 0.4×83 + 0.4×82 + 0.2×(96/611×100) = 69.142390...
    assert csd.entrant.code == "CSD" and csd.composite == _composite(83, 82, 96, 611)


def test_reset_refused_once_judges_have_scored(demo_db) -> None:
    services = SetupServices.from_database(demo_db)
    cid = services.overview.default_competition_id()
    with demo_db.write() as s:
        judge = s.scalars(select(Judge)).first()
        finalist = s.scalars(select(Finalist)).first()
        criterion_id = services.competitions.criteria(cid)[0].id
        s.add(Score(judge_id=judge.id, entrant_id=finalist.entrant_id,
                    criterion_id=criterion_id, value=Decimal("8")))
    with pytest.raises(ConflictError, match="already recorded scores"):
        services.shortlist.reset(cid, "Too late")
    assert services.shortlist.view(cid).is_confirmed
