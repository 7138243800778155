"""The public vote: strict import of the tallies, shares with 95% margins of error checked
against hand-computed values, the top-K award and the tie flags, and the chair's decision."""

from __future__ import annotations

import json
import math
from fractions import Fraction

import pytest
from sqlalchemy import select

from judgepanel.db.models import AuditEntry, Decision, PublicPoll, VoteTally
from judgepanel.domain.errors import ConflictError, ValidationError
from judgepanel.domain.model import Bilingual
from judgepanel.domain.setup import CompetitionInput, CsvRejectedError
from judgepanel.services.setup import SetupServices

ENTRANTS = (
    "code,name_en,name_zh,category\n"
    "AA,Alpha Department,甲部門,department\n"
    "BB,Beta Department,乙部門,department\n"
    "CC,Gamma Department,丙部門,department\n"
    "DD,Delta Department,丁部門,department\n"
)


@pytest.fixture
def services(db) -> SetupServices:
    return SetupServices.from_database(db)


@pytest.fixture
def cid(services) -> int:
    """A competition of four entrants whose Best Public Image Award goes to the top one."""
    cid = services.competitions.create_competition(CompetitionInput(
        Bilingual("Award 2004", "2004年度獎"), "2004", Bilingual("Award", "獎"),
        finalist_count=2, public_award_count=1)).id
    services.entrants.import_csv(cid, ENTRANTS.encode())
    return cid


def _problems(error: CsvRejectedError) -> list[tuple[int, str, str]]:
    return [(p.line, p.column, p.problem.message) for p in error.problems]


# -- the demo: hand-computed margins and flags ----------------------------------------------------
def test_demo_shares_and_margins_match_hand_computation(demo_db) -> None:
    services = SetupServices.from_database(demo_db)
    view = services.votes.view(services.overview.default_competition_id())
    rows = {r.entrant.code: r for r in view.rows}
    assert view.poll.sample_size == 4500 and view.total_votes == 4246
    # IMMD: p = 611/4500 = 0.135778; 1.96 × √(0.135778 × 0.864222 / 4500) = 0.0100087
    assert rows["IMMD"].share == Fraction(611, 4500)
    assert rows["IMMD"].margin == pytest.approx(0.0100087, abs=5e-7)
    assert rows["IMMD"].low == pytest.approx(0.125769, abs=5e-6)
    assert rows["IMMD"].high == pytest.approx(0.145786, abs=5e-6)
    # HKPF and HKPO: p = 402/4500 = 0.089333; margin 1.96 × √(0.089333 × 0.910667 / 4500)
    # = 0.0083337
    for code in ("HKPF", "HKPO"):
        assert rows[code].margin == pytest.approx(0.0083337, abs=5e-7)
    # HKO: p = 348/4500 = 0.077333; margin = 0.0078047 → interval 0.069529–0.085138, which
    # reaches the 8.10% lower end of HKPF/HKPO: HKO too overlaps the cut.
    assert rows["HKO"].margin == pytest.approx(0.0078047, abs=5e-7)
    # LCSD: 312 → 0.069333 ± 0.0074219, up to 0.076755 < 0.081000: clear of the cut.
    assert rows["LCSD"].high == pytest.approx(0.076755, abs=5e-6)
    assert not rows["LCSD"].overlaps_cut

    assert view.award_count == 3
    assert view.winners == ("IMMD", "FSD")
    assert view.exact_tie == ("HKPF", "HKPO") and view.open_places == 1
    assert view.statistical_tie
    assert view.overlapping == ("HKPF", "HKPO", "HKO")
    assert view.needs_decision
    assert [r.position for r in view.rows[:5]] == [1, 2, 3, 3, 5]
    assert rows["IMMD"].awarded and not rows["HKPF"].awarded


def test_chair_decides_the_demo_tie(demo_db) -> None:
    services = SetupServices.from_database(demo_db)
    cid = services.overview.default_competition_id()
    with pytest.raises(ValidationError, match="admits 2 of the tied entrants, but 1 places"):
        services.votes.decide_tie(cid, ["HKPF", "HKPO"], "Both are excellent.")
    with pytest.raises(ValidationError, match=r"must give a reason|cannot be empty"):
        services.votes.decide_tie(cid, ["HKPO"], "   ")
    decision = services.votes.decide_tie(
        cid, ["hkpo"], "Hongkong Post had more first-preference votes in the follow-up survey.")
    assert decision.kind == "public_vote_tie" and decision.admitted == ("HKPO",)
    view = services.votes.view(cid)
    assert view.winners == ("IMMD", "FSD", "HKPO")
    assert view.decision == decision and not view.needs_decision
    with demo_db.read() as s:
        row = s.scalars(select(Decision).where(Decision.kind == "public_vote_tie")).one()
        assert json.loads(row.outcome)["winners"] == ["IMMD", "FSD", "HKPO"]
        assert json.loads(row.subject)["exact_tie"] == ["HKPF", "HKPO"]
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.action == "setup.public_vote_tie_decided" and last.actor == "chair"


# -- import ---------------------------------------------------------------------------------------
def test_import_with_sample_size_in_the_file(services, cid, db) -> None:
    data = ("\ufeff# sample_size: 1000\n# description: Telephone poll 2004\n"
            "# conducted_by: HK Polling Ltd\ncode,votes\nAA,300\nbb,250\nCC,200\nDD,0\n")
    result = services.votes.import_csv(cid, data.encode(), "poll.csv")
    assert (result.total_votes, result.entrant_count, result.replaced_poll) == (750, 4, False)
    view = services.votes.view(cid)
    assert view.poll.description == "Telephone poll 2004"
    assert view.poll.conducted_by == "HK Polling Ltd"
    assert [(r.entrant.code, r.votes) for r in view.rows] == [
        ("AA", 300), ("BB", 250), ("CC", 200), ("DD", 0)]
    # AA: 0.30 ± 1.96 × √(0.3 × 0.7 / 1000) = 0.30 ± 0.028403; BB: 0.25 ± 0.026838.
    aa, bb = view.rows[0], view.rows[1]
    assert aa.margin == pytest.approx(0.028403, abs=5e-7)
    assert bb.margin == pytest.approx(0.026838, abs=5e-7)
    # 0.30 − 0.028403 = 0.271597 < 0.25 + 0.026838 = 0.276838: a statistical tie at K = 1.
    assert view.winners == ("AA",)
    assert view.statistical_tie and not view.exact_tie
    assert view.overlapping == ("AA", "BB")
    assert math.isclose(bb.high, 0.276838, abs_tol=5e-6)


def test_statistical_tie_decision_records_that_the_award_follows_votes(services, cid) -> None:
    services.votes.import_csv(cid, b"code,votes\nAA,300\nBB,250\nCC,200\nDD,0\n",
                              sample_size=1000)
    with pytest.raises(ValidationError, match="not exactly tied"):
        services.votes.decide_tie(cid, ["BB"], "Prefer BB")
    decision = services.votes.decide_tie(cid, [], "Award follows the votes; tie disclosed.")
    assert decision.admitted == ()
    view = services.votes.view(cid)
    assert view.decision == decision and view.winners == ("AA",)


def test_no_tie_no_decision(services, cid) -> None:
    services.votes.import_csv(cid, b"code,votes\nAA,600\nBB,100\nCC,50\nDD,0\n",
                              sample_size=1000)
    view = services.votes.view(cid)
    assert not view.tie_flagged and view.winners == ("AA",)
    with pytest.raises(ConflictError, match="no tie"):
        services.votes.decide_tie(cid, [], "Nothing to decide")


def test_a_new_poll_replaces_the_old_and_old_decisions_lapse(services, cid, db) -> None:
    services.votes.import_csv(cid, b"code,votes\nAA,300\nBB,250\nCC,200\nDD,0\n",
                              sample_size=1000)
    services.votes.decide_tie(cid, [], "Disclosed.")
    result = services.votes.import_csv(cid, b"code,votes\nAA,290\nBB,250\nCC,200\nDD,0\n",
                                       sample_size=1000)
    assert result.replaced_poll
    with db.read() as s:
        assert len(s.scalars(select(PublicPoll)).all()) == 1
        assert len(s.scalars(select(VoteTally)).all()) == 4
    view = services.votes.view(cid)
    assert view.statistical_tie and view.decision is None


def test_every_problem_reported_with_lines_and_nothing_half_imported(services, cid, db) -> None:
    services.votes.import_csv(cid, b"code,votes\nAA,30\nBB,25\nCC,20\nDD,0\n", sample_size=100)
    data = (
        "# sample_size: 1000\n"  # 1
        "code,votes\n"           # 2
        "AA,300\n"               # 3 good
        "ZZ,5\n"                 # 4 unknown entrant
        "BB,-4\n"                # 5 negative
        "aa,7\n"                 # 6 duplicate entrant (case-insensitive)
        "CC,12.5\n"              # 7 not a whole number
        "XX,1e3\n"               # 8 unknown and not a number
        "DD,99999999999\n"       # 9 huge
        "\n"
    )
    with pytest.raises(CsvRejectedError) as info:
        services.votes.import_csv(cid, data.encode(), "tallies.csv")
    assert _problems(info.value) == [
        (4, "code", "There is no entrant with the code ZZ in this competition."),
        (5, "votes", "The vote count -4 is negative."),
        (6, "code", "Entrant aa already has votes on line 3."),
        (7, "votes", "The vote count 12.5 is not a whole number."),
        (8, "votes", "The vote count 1e3 is not a number."),
        (8, "code", "There is no entrant with the code XX in this competition."),
        (9, "votes", "The vote count 99999999999 is too large (at most 999999999)."),
    ]
    # The earlier poll is untouched.
    view = services.votes.view(cid)
    assert view.poll.sample_size == 100 and view.total_votes == 75


@pytest.mark.parametrize(("data", "sample_size", "expected"), [
    (b"code,votes\nAA,600\nBB,500\nCC,0\nDD,0\n", 1000,
     [(0, "", "The votes add up to 1100, more than the 1000 households interviewed; each "
              "household votes at most once.")]),
    (b"code,votes\nAA,1600\nBB,0\nCC,0\nDD,0\n", 1000,
     [(2, "votes", "The vote count 1600 is more than the 1000 households interviewed."),
      (0, "", "The votes add up to 1600, more than the 1000 households interviewed; each "
              "household votes at most once.")]),
    (b"code,votes\nAA,6\nBB,5\n", 1000,
     [(0, "", "There is no row for 2 entrants of this competition: CC, DD. Write 0 for an "
              "entrant nobody voted for.")]),
    (b"code,votes\nAA,6\nBB,5\nCC,0\nDD,0\n", None,
     [(0, "", 'The poll\'s sample size (households interviewed) is not given: add a line '
              '"# sample_size: 4500" at the top or enter it.')]),
    (b"# sample_size: 900\ncode,votes\nAA,6\nBB,5\nCC,0\nDD,0\n", 1000,
     [(1, "", "The file gives a sample size of 900 households but 1000 was entered; correct "
              "one of them.")]),
    (b"# sample_size: lots\ncode,votes\nAA,6\nBB,5\nCC,0\nDD,0\n", None,
     [(1, "", "The sample size lots is not a positive whole number of households.")]),
    (b"# households: 900\ncode,votes\nAA,6\nBB,5\nCC,0\nDD,0\n", 1000,
     [(1, "", 'Unknown poll detail households: 900; use sample_size, description or '
              'conducted_by (for example "# sample_size: 4500").')]),
    (b"code,votes\nAA,1,234\nBB,5\nCC,0\nDD,0\n", 1000,
     [(2, "", "The row has 3 columns; 2 are expected.")]),
    (b'code,votes\nAA,"1,234"\nBB,5\nCC,0\nDD,0\n', 10000,
     [(2, "votes", "The vote count 1,234 has a separator; write the whole number without "
                   "commas.")]),
    (b"code,votes\nAA,\nBB,5\nCC,0\nDD,0\n", 1000,
     [(2, "votes", "The vote count is empty.")]),
    (b"code,votes,notes\nAA,1,x\n", 1000,
     [(1, "", "The header must name the columns code,votes (found: code,votes,notes).")]),
    (b"code,votes\n", 1000, [(0, "", "The file has a header but no tallies.")]),
])
def test_vote_file_problems(services, cid, data, sample_size, expected) -> None:
    with pytest.raises(CsvRejectedError) as info:
        services.votes.import_csv(cid, data, sample_size=sample_size)
    assert _problems(info.value) == expected
    assert services.votes.view(cid).poll is None


def test_full_width_digits_are_read(services, cid) -> None:
    services.votes.import_csv(cid, "code,votes\nAA,３０\nBB,5\nCC,0\nDD,0\n".encode(),
                              sample_size=100)
    assert services.votes.view(cid).rows[0].votes == 30


def test_votes_fixed_once_finalists_are_confirmed(demo_db) -> None:
    services = SetupServices.from_database(demo_db)
    cid = services.overview.default_competition_id()
    lines = "\n".join(f"{e.code},1" for e in services.entrants.entrants(cid))
    with pytest.raises(ConflictError, match="already confirmed"):
        services.votes.import_csv(cid, f"code,votes\n{lines}\n".encode(), sample_size=4500)
    assert services.votes.view(cid).total_votes == 4246


def test_file_import_from_disk(services, cid, tmp_path) -> None:
    path = tmp_path / "tallies.csv"
    path.write_text("# sample_size=500\ncode,votes\r\nAA,50\r\nBB,40\r\nCC,30\r\nDD,20\r\n",
                    encoding="utf-8")
    result = services.votes.import_csv_file(cid, path)
    assert result.poll.sample_size == 500 and result.poll.description == "tallies.csv"
