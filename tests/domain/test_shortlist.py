"""Shortlisting finalists by a composite fixed in advance."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judgepanel.domain.aggregation import CutDecision
from judgepanel.domain.errors import ConflictError, ValidationError
from judgepanel.domain.shortlist import (
    DEFAULT_FINALIST_COUNT,
    PreliminaryScores,
    ShortlistFormula,
    VoteNormalisation,
    shortlist,
)

FORMULA = ShortlistFormula(F(40), F(40), F(20))

#        submission  site visit  vote share (of households polled)
ENTRANTS = {
    "E1": PreliminaryScores(F(80), F(70), F(20, 100)),
    "E2": PreliminaryScores(F(90), F(60), F(10, 100)),
    "E3": PreliminaryScores(F(70), F(90), F(5, 100)),
    "E4": PreliminaryScores(F(60), F(60), F(20, 100)),
    "E5": PreliminaryScores(F(50), F(40), F(0)),
}


def test_describe_in_words():
    assert FORMULA.describe() == (
        "Composite = 40% × self-nomination submission (scored out of 100) + 40% × site visit "
        "(scored out of 100) + 20% × public-vote share (relative to the highest share)"
    )
    other = ShortlistFormula(1, 1, 1, submission_maximum=50, vote_normalisation="percentage")
    assert other.describe() == (
        "Composite = 33.33% × self-nomination submission (scored out of 50, rescaled to 0–100) "
        "+ 33.33% × site visit (scored out of 100) "
        "+ 33.33% × public-vote share (percentage of households polled)"
    )
    assert ShortlistFormula(3, 1, 0).describe() == (
        "Composite = 75% × self-nomination submission (scored out of 100) "
        "+ 25% × site visit (scored out of 100)"
    )


def test_shortlist_hand_computed_relative_to_top_share():
    # Top share 0.20 -> vote component = share / 0.20 * 100: E1 100, E2 50, E3 25, E4 100, E5 0.
    # Composite = 0.4 submission + 0.4 site visit + 0.2 vote:
    #   E1: 32 + 28 + 20 = 80    E2: 36 + 24 + 10 = 70    E3: 28 + 36 + 5 = 69
    #   E4: 24 + 24 + 20 = 68    E5: 20 + 16 + 0 = 36
    result = shortlist(ENTRANTS, FORMULA, finalist_count=3)
    assert [(e.entrant, e.composite, e.position) for e in result.entries] == [
        ("E1", 80, 1),
        ("E2", 70, 2),
        ("E3", 69, 3),
        ("E4", 68, 4),
        ("E5", 36, 5),
    ]
    assert result.finalists == ("E1", "E2", "E3")
    assert result.resolved
    assert result.tie_at_cut == ()
    e2 = result.entries[1]
    assert (e2.submission, e2.site_visit, e2.public_vote) == (90, 60, 50)
    assert [e.selected for e in result.entries] == [True, True, True, False, False]


def test_shortlist_percentage_normalisation():
    # Vote component = share * 100: E1 20, E2 10, E3 5, E4 20, E5 0.
    #   E1: 32 + 28 + 4 = 64    E2: 36 + 24 + 2 = 62    E3: 28 + 36 + 1 = 65
    #   E4: 24 + 24 + 4 = 52    E5: 36
    formula = ShortlistFormula(40, 40, 20, vote_normalisation=VoteNormalisation.PERCENTAGE)
    result = shortlist(ENTRANTS, formula, finalist_count=3)
    assert [(e.entrant, e.composite) for e in result.entries] == [
        ("E3", 65),
        ("E1", 64),
        ("E2", 62),
        ("E4", 52),
        ("E5", 36),
    ]


def test_maxima_rescale_to_100():
    # Submission out of 50: 40/50 -> 80; site visit out of 10: 7/10 -> 70. Equal weights, no
    # vote: composite (80 + 70) / 2 = 75.
    formula = ShortlistFormula(1, 1, 0, submission_maximum=50, site_visit_maximum=10)
    result = shortlist({"X": PreliminaryScores(F(40), F(7))}, formula)
    assert result.entries[0].composite == 75
    assert result.finalists == ("X",)


def test_tie_at_the_cut_and_chair_decision():
    # E4 site visit 62.5 -> 24 + 25 + 20 = 69, level with E3 across the third place.
    entrants = dict(ENTRANTS, E4=PreliminaryScores(F(60), Decimal("62.5"), F(20, 100)))
    result = shortlist(entrants, FORMULA, finalist_count=3)
    assert result.tie_at_cut == ("E3", "E4")
    assert result.open_places == 1
    assert result.finalists == ("E1", "E2")
    assert not result.resolved
    assert [e.position for e in result.entries] == [1, 2, 3, 3, 5]

    decision = CutDecision(("E4",), "Chair's decision: stronger public support")
    decided = shortlist(entrants, FORMULA, finalist_count=3, decision=decision)
    assert decided.finalists == ("E1", "E2", "E4")
    assert decided.resolved
    assert decided.decision == decision
    e4 = next(e for e in decided.entries if e.entrant == "E4")
    assert e4.selected and e4.admitted_by_chair and e4.tied_at_cut


def test_decision_errors():
    with pytest.raises(ConflictError, match="no tie at the cut"):
        shortlist(ENTRANTS, FORMULA, 3, decision=CutDecision(("E4",), "stale"))


def test_missing_preliminary_score_names_the_entrant():
    entrants = dict(ENTRANTS, E3=PreliminaryScores(F(70), None, F(5, 100)))
    with pytest.raises(ValidationError) as info:
        shortlist(entrants, FORMULA)
    assert str(info.value) == "E3 has no site-visit score yet."
    with pytest.raises(ValidationError, match="E1 has no self-nomination submission score yet"):
        shortlist({"E1": PreliminaryScores(None, F(1), F(0))}, FORMULA)
    with pytest.raises(ValidationError, match="E1 has no public-vote share yet"):
        shortlist({"E1": PreliminaryScores(F(1), F(1))}, FORMULA)


def test_missing_score_for_a_stage_with_no_weight_is_fine():
    formula = ShortlistFormula(1, 1, 0)
    result = shortlist({"A": PreliminaryScores(F(50), F(70))}, formula)
    assert result.entries[0].composite == 60


def test_out_of_range_scores():
    with pytest.raises(ValidationError) as info:
        shortlist({"E1": PreliminaryScores(F(101), F(50), F(0))}, FORMULA)
    assert str(info.value) == "The submission score of E1 (101) is outside 0–100."
    with pytest.raises(ValidationError, match=r"site-visit score of E1 \(-1\)"):
        shortlist({"E1": PreliminaryScores(F(1), F(-1), F(0))}, FORMULA)
    with pytest.raises(ValidationError, match=r"public-vote share of E1 \(1.5\) is outside 0–1"):
        shortlist({"E1": PreliminaryScores(F(1), F(1), F(3, 2))}, FORMULA)


def test_no_votes_at_all_cannot_be_relative_to_top():
    with pytest.raises(ValidationError, match="No entrant has any public votes"):
        shortlist({"A": PreliminaryScores(F(1), F(1), F(0))}, FORMULA)


def test_formula_validation():
    with pytest.raises(ValidationError, match="cannot be negative"):
        ShortlistFormula(-1, 1, 1)
    with pytest.raises(ValidationError, match="At least one"):
        ShortlistFormula(0, 0, 0)
    with pytest.raises(ValidationError, match="must be above zero"):
        ShortlistFormula(1, 1, 1, site_visit_maximum=0)
    with pytest.raises(ValidationError, match="at least 1"):
        shortlist(ENTRANTS, FORMULA, finalist_count=0)
    with pytest.raises(ValidationError, match="no entrants"):
        shortlist({}, FORMULA)


def test_formula_round_trips_through_dict():
    formula = ShortlistFormula(F(2, 3), Decimal("0.4"), 0, vote_normalisation="percentage")
    data = formula.to_dict()
    assert data == {
        "submission_weight": "2/3",
        "site_visit_weight": "0.4",
        "public_vote_weight": "0",
        "submission_maximum": "100",
        "site_visit_maximum": "100",
        "vote_normalisation": "percentage",
    }
    assert ShortlistFormula.from_dict(data) == formula
    assert ShortlistFormula.from_dict(FORMULA.to_dict()) == FORMULA


def test_formula_from_dict_is_strict():
    with pytest.raises(ValidationError, match="unknown settings: bonus"):
        ShortlistFormula.from_dict({**FORMULA.to_dict(), "bonus": "1"})
    with pytest.raises(ValidationError, match="missing: public_vote_weight"):
        ShortlistFormula.from_dict({"submission_weight": "1", "site_visit_weight": "1"})
    with pytest.raises(ValidationError, match="must be text"):
        ShortlistFormula.from_dict({**FORMULA.to_dict(), "submission_weight": 0.4})
    with pytest.raises(ValidationError, match="not an exact number: 1e3"):
        ShortlistFormula.from_dict({**FORMULA.to_dict(), "submission_weight": "1e3"})
    with pytest.raises(ValidationError, match="Unknown public-vote normalisation"):
        ShortlistFormula.from_dict({**FORMULA.to_dict(), "vote_normalisation": "raw"})


def test_default_finalist_count_is_eight():
    assert DEFAULT_FINALIST_COUNT == 8
    many = {f"D{i:02}": PreliminaryScores(F(i), F(i), F(i, 100)) for i in range(1, 29)}
    result = shortlist(many, FORMULA)
    assert result.finalists == tuple(f"D{i:02}" for i in range(28, 20, -1))


@given(
    st.dictionaries(
        st.integers(0, 40),
        st.tuples(st.integers(0, 10), st.integers(0, 10), st.integers(0, 10)),
        min_size=1,
        max_size=15,
    ),
    st.integers(1, 10),
    st.randoms(use_true_random=False),
)
@settings(max_examples=100)
def test_shortlist_properties(raw, count, rng):
    entrants = {
        e: PreliminaryScores(F(s * 10), F(v * 10), F(p, 20)) for e, (s, v, p) in raw.items()
    }
    formula = ShortlistFormula(40, 40, 20, vote_normalisation="percentage")
    result = shortlist(entrants, formula, count)
    items = list(entrants.items())
    rng.shuffle(items)
    assert shortlist(dict(items), formula, count) == result
    assert all(0 <= e.composite <= 100 for e in result.entries)
    assert len(result.finalists) + result.open_places == min(count, len(entrants))
    composites = [e.composite for e in result.entries]
    assert composites == sorted(composites, reverse=True)
    # Every finalist beats everyone who is neither selected nor tied at the cut.
    inside = [e.composite for e in result.entries if e.selected]
    outside = [e.composite for e in result.entries if not e.selected and not e.tied_at_cut]
    if inside and outside:
        assert min(inside) > max(outside)
