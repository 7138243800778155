"""Public vote: shares, 95% margins, awards and ties at the cut."""

from __future__ import annotations

import math
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judgepanel.domain.aggregation import CutDecision
from judgepanel.domain.errors import ConflictError, ValidationError
from judgepanel.domain.public_vote import Z_95, margin_of_error, public_vote_result

# 2002-03 style poll: 4,500 households interviewed; 2,789 voted for one of these five.
POLL = {"A": 900, "B": 880, "C": 500, "D": 499, "E": 10}


def test_share_and_margin_hand_computed():
    # A: p = 900/4500 = 0.2; moe = 1.96 * sqrt(0.2 * 0.8 / 4500) = 1.96 * sqrt(3.5556e-5)
    #    = 1.96 * 0.0059628 = 0.0116872 -> [0.188313, 0.211687]
    # C: p = 500/4500 = 1/9; moe = 1.96 * sqrt((1/9)(8/9)/4500) = 1.96 * 0.0046849 = 0.0091823
    result = public_vote_result(POLL, 4500)
    a, _, c, _, _ = result.shares
    assert a.entrant == "A"
    assert a.share == F(1, 5)
    assert a.margin == pytest.approx(0.011687182, abs=1e-9)
    assert a.margin == pytest.approx(1.96 * math.sqrt(0.16 / 4500), rel=1e-15)
    assert (a.low, a.high) == pytest.approx((0.188312818, 0.211687182), abs=1e-9)
    assert c.share == F(1, 9)
    assert c.margin == pytest.approx(0.009182317, abs=1e-9)
    assert [s.position for s in result.shares] == [1, 2, 3, 4, 5]
    assert result.total_votes == 2789
    assert result.households_not_voting == 1711
    assert Z_95 == 1.96


def test_top_three_with_statistical_tie_at_the_cut():
    # C (500) and D (499) are one vote apart: C's interval [0.1019, 0.1203] overlaps D's
    # [0.1017, 0.1201]. C still wins (the award goes by votes) but the tie is flagged.
    result = public_vote_result(POLL, 4500)
    assert result.winners == ("A", "B", "C")
    assert [s.awarded for s in result.shares] == [True, True, True, False, False]
    assert result.statistical_tie_at_cut
    assert result.overlapping_cut == ("C", "D")
    assert result.exact_tie_at_cut == ()
    assert result.resolved


def test_2001_rules_single_award():
    # K = 1: A 900 vs B 880. B: p = 0.195556, moe = 1.96*sqrt(p(1-p)/4500) = 0.011589
    # -> [0.18397, 0.20714] overlaps A's [0.18831, 0.21169]: a statistical tie for the one award.
    result = public_vote_result(POLL, 4500, award_count=1)
    assert result.winners == ("A",)
    assert result.statistical_tie_at_cut
    assert result.overlapping_cut == ("A", "B")


def test_clear_lead_has_no_overlap():
    result = public_vote_result({"A": 900, "B": 500, "C": 490}, 4500, award_count=1)
    assert result.winners == ("A",)
    assert not result.statistical_tie_at_cut
    assert result.overlapping_cut == ()


def test_overlap_list_reaches_beyond_the_two_boundary_entrants():
    # n = 200, cut after 2. Intervals: A 30 -> [0.1005, 0.1995], B 28 -> [0.0919, 0.1881],
    # C 27 -> [0.0876, 0.1824], D 26 -> [0.0834, 0.1766], E 0 -> [0, 0].
    # A and B reach down into C's interval; C and D reach up into B's; E does not.
    result = public_vote_result({"A": 30, "B": 28, "C": 27, "D": 26, "E": 0}, 200, award_count=2)
    assert result.winners == ("A", "B")
    assert result.overlapping_cut == ("A", "B", "C", "D")
    assert result.shares[-1].low == result.shares[-1].high == 0.0


def test_exact_tie_at_the_cut_waits_for_the_chair():
    tied = {"A": 900, "B": 880, "C": 500, "D": 500, "E": 10}
    result = public_vote_result(tied, 4500)
    assert result.winners == ("A", "B")
    assert result.exact_tie_at_cut == ("C", "D")
    assert result.open_places == 1
    assert not result.resolved
    assert [s.position for s in result.shares] == [1, 2, 3, 3, 5]
    assert [s.tied_at_cut for s in result.shares] == [False, False, True, True, False]
    assert result.statistical_tie_at_cut

    decided = public_vote_result(
        tied, 4500, decision=CutDecision(("D",), "Drawn by lot before the panel, 3 March")
    )
    assert decided.winners == ("A", "B", "D")
    assert decided.resolved
    assert [s.awarded for s in decided.shares] == [True, True, False, True, False]


def test_decision_without_a_tie_is_a_conflict():
    with pytest.raises(ConflictError, match="no tie at the cut"):
        public_vote_result(POLL, 4500, decision=CutDecision(("D",), "stale"))


def test_exact_tie_inside_the_awards_is_not_a_cut_tie():
    result = public_vote_result({"A": 50, "B": 50, "C": 40, "D": 10}, 1000)
    assert result.winners == ("A", "B", "C")
    assert result.exact_tie_at_cut == ()
    assert [s.position for s in result.shares] == [1, 1, 3, 4]


def test_fewer_entrants_than_awards_and_zero_awards():
    assert public_vote_result({"A": 1, "B": 0}, 10).winners == ("A", "B")
    result = public_vote_result({"A": 1, "B": 0}, 10, award_count=0)
    assert result.winners == ()
    assert not result.statistical_tie_at_cut


def test_interval_is_clipped_to_0_and_1():
    # n = 10: 1 vote -> p 0.1, moe = 1.96*sqrt(0.009) = 1.96*0.0948683 = 0.185942 -> low clipped
    #         9 votes -> p 0.9, same moe -> high clipped to 1
    low, high = public_vote_result({"A": 1, "B": 9}, 10).shares[::-1]
    assert low.entrant == "A"
    assert low.low == 0.0
    assert low.high == pytest.approx(0.1 + 0.185942, abs=1e-6)
    assert high.high == 1.0


@pytest.mark.parametrize(
    ("tallies", "n", "message"),
    [
        ({"A": 10}, 0, "The sample size must be a positive number of households (got 0)."),
        ({"A": 10}, -5, "The sample size must be a positive number of households (got -5)."),
        (
            {"A": 10},
            4500.0,
            "The sample size must be a positive number of households (got 4500.0).",
        ),
        ({"A": -1}, 10, "The vote count for A is negative (-1)."),
        ({"A": 1.5}, 10, "The vote count for A is not a whole number (1.5)."),
        ({"A": True}, 10, "The vote count for A is not a whole number (True)."),
        (
            {"A": 6, "B": 5},
            10,
            "The votes add up to 11, more than the 10 households interviewed; "
            "each household votes at most once.",
        ),
        ({}, 10, "No vote tallies were given."),
    ],
)
def test_validation_messages(tallies, n, message):
    with pytest.raises(ValidationError) as info:
        public_vote_result(tallies, n)
    assert str(info.value) == message


def test_award_count_validation():
    with pytest.raises(ValidationError, match="zero or more"):
        public_vote_result({"A": 1}, 10, award_count=-1)


def test_margin_of_error_function():
    assert margin_of_error(F(1, 2), 100) == pytest.approx(1.96 * 0.05)
    with pytest.raises(ValueError):
        margin_of_error(F(1, 2), 0)


@given(
    st.dictionaries(st.sampled_from("ABCDEFGH"), st.integers(0, 500), min_size=1),
    st.integers(0, 5),
    st.randoms(use_true_random=False),
)
@settings(max_examples=100)
def test_result_does_not_depend_on_input_order(tallies, k, rng):
    n = max(1, sum(tallies.values()) + 100)
    items = list(tallies.items())
    rng.shuffle(items)
    assert public_vote_result(tallies, n, k) == public_vote_result(dict(items), n, k)
    result = public_vote_result(tallies, n, k)
    for share in result.shares:
        assert 0.0 <= share.low <= float(share.share) <= share.high <= 1.0
    assert len(result.winners) + result.open_places == min(k, len(tallies))
