"""Kendall's W, chi-square p-values, per-judge correlation, spread and ICC."""

from __future__ import annotations

import math
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judgepanel.domain.agreement import (
    chi_square_sf,
    icc,
    icc_band,
    judge_agreement,
    kendall_w,
    pearson,
    regularized_gamma_q,
    spearman,
    spread,
)
from judgepanel.domain.errors import ValidationError


def from_ranks(ranks: dict[str, list[int]]) -> dict[str, dict[str, F]]:
    """Totals that produce the given ranks (rank 1 = highest total)."""
    return {j: {f"F{i + 1}": F(100 - r) for i, r in enumerate(rs)} for j, rs in ranks.items()}


# --- Kendall's W ------------------------------------------------------------------------------


def test_kendall_w_textbook_three_executives_six_applicants():
    # Siegel (1956), Nonparametric Statistics, ch. 9: three executives rank six applicants.
    #   X: 1 6 3 2 5 4     Y: 1 5 6 4 2 3     Z: 6 3 2 5 4 1
    #   rank sums R = 8 14 11 11 11 8; mean m(n+1)/2 = 3*7/2 = 10.5
    #   S = 2.5² + 3.5² + 0.5² + 0.5² + 0.5² + 2.5² = 6.25+12.25+0.25+0.25+0.25+6.25 = 25.5
    #   W = 12S / (m²(n³-n)) = 306 / (9 * 210) = 306/1890 = 17/105 ≈ 0.162 (Siegel: W = .16)
    #   chi² = m(n-1)W = 15 * 17/105 = 17/7 ≈ 2.43, df = 5
    result = kendall_w(
        from_ranks({"X": [1, 6, 3, 2, 5, 4], "Y": [1, 5, 6, 4, 2, 3], "Z": [6, 3, 2, 5, 4, 1]})
    )
    assert result.w == F(17, 105)
    assert result.chi_square == F(17, 7)
    assert result.df == 5
    assert result.p_value == pytest.approx(0.7872, abs=1e-4)
    assert result.tie_correction == 0
    assert result.judges == ("X", "Y", "Z")
    assert result.excluded_count == 0


def test_kendall_w_with_tie_correction():
    #   J1: 90 80 80 70 -> ranks 1 2.5 2.5 4   T1 = 2³-2 = 6
    #   J2: 85 85 75 60 -> ranks 1.5 1.5 3 4   T2 = 6
    #   J3: 70 90 60 50 -> ranks 2 1 3 4       T3 = 0
    #   R = 4.5 5 8.5 12 (sum 30 = m n(n+1)/2); mean 7.5
    #   S = 3² + 2.5² + 1² + 4.5² = 9 + 6.25 + 1 + 20.25 = 36.5
    #   W = 12S / (m²(n³-n) - mΣT) = 438 / (540 - 36) = 438/504 = 73/84 ≈ 0.869
    #   (uncorrected it would be 438/540 ≈ 0.811)
    #   chi² = m(n-1)W = 9 * 73/84 = 219/28 ≈ 7.821, df 3 -> p ≈ 0.0499 (just under 7.815 = 5%)
    totals = {
        "J1": {"A": F(90), "B": F(80), "C": F(80), "D": F(70)},
        "J2": {"A": F(85), "B": F(85), "C": F(75), "D": F(60)},
        "J3": {"A": F(70), "B": F(90), "C": F(60), "D": F(50)},
    }
    result = kendall_w(totals)
    assert result.w == F(73, 84)
    assert result.tie_correction == 12
    assert result.chi_square == F(219, 28)
    assert result.p_value == pytest.approx(0.049850, abs=1e-6)
    assert result.p_value < 0.05


def test_kendall_w_perfect_agreement_and_exclusion_of_recused_judge():
    totals = from_ranks({"J1": [1, 2, 3, 4], "J2": [1, 2, 3, 4], "J3": [1, 2, 3, 4]})
    totals["J4"] = {"F1": F(50), "F2": F(60)}  # recused from F3 and F4
    result = kendall_w(totals)
    assert result.w == 1
    assert result.judges == ("J1", "J2", "J3")
    assert result.excluded == ("J4",)
    assert result.excluded_count == 1
    assert result.finalist_count == 4


def test_kendall_w_needs_two_complete_judges():
    totals = {"J1": {"A": F(1), "B": F(2)}, "J2": {"A": F(3)}}
    with pytest.raises(ValidationError) as info:
        kendall_w(totals)
    assert str(info.value) == (
        "Kendall's W needs at least two judges who scored every finalist; "
        "1 did (1 excluded for a recusal or a missing score)."
    )


def test_kendall_w_needs_two_finalists_and_some_spread():
    with pytest.raises(ValidationError, match="at least two finalists"):
        kendall_w({"J1": {"A": F(1)}, "J2": {"A": F(2)}})
    with pytest.raises(ValidationError, match="same total"):
        kendall_w({"J1": {"A": F(1), "B": F(1)}, "J2": {"A": F(2), "B": F(2)}})


@given(
    st.integers(2, 6).flatmap(
        lambda n: st.lists(
            st.lists(st.integers(0, 5), min_size=n, max_size=n), min_size=2, max_size=6
        )
    )
)
@settings(max_examples=100)
def test_kendall_w_is_between_0_and_1(rows):
    totals = {f"J{j}": {f"F{i}": F(v) for i, v in enumerate(row)} for j, row in enumerate(rows)}
    try:
        result = kendall_w(totals)
    except ValidationError:
        return  # every judge gave everyone the same total
    assert 0 <= result.w <= 1
    assert 0 <= result.p_value <= 1


# --- Chi-square ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statistic", "df", "p"),
    [
        (3.841, 1, 0.05),  # the familiar 5% critical values from any chi-square table
        (5.991, 2, 0.05),
        (7.815, 3, 0.05),
        (11.070, 5, 0.05),
        (18.307, 10, 0.05),
        (6.635, 1, 0.01),
        (23.209, 10, 0.01),
        (2.706, 1, 0.10),
        (43.773, 30, 0.05),
    ],
)
def test_chi_square_table_values(statistic, df, p):
    assert chi_square_sf(statistic, df) == pytest.approx(p, abs=5e-5)


@given(st.floats(min_value=1e-6, max_value=200))
@settings(max_examples=100)
def test_chi_square_matches_closed_forms(x):
    # df=1: erfc(sqrt(x/2)); df=2: exp(-x/2); df=3: erfc(sqrt(x/2)) + sqrt(2x/pi) exp(-x/2);
    # df=4: exp(-x/2)(1 + x/2)
    def close(a, b):
        return math.isclose(a, b, rel_tol=1e-10, abs_tol=1e-14)

    assert close(chi_square_sf(x, 1), math.erfc(math.sqrt(x / 2)))
    assert close(chi_square_sf(x, 2), math.exp(-x / 2))
    assert close(
        chi_square_sf(x, 3),
        math.erfc(math.sqrt(x / 2)) + math.sqrt(2 * x / math.pi) * math.exp(-x / 2),
    )
    assert close(chi_square_sf(x, 4), math.exp(-x / 2) * (1 + x / 2))


def test_chi_square_edges():
    assert chi_square_sf(0, 3) == 1.0
    assert chi_square_sf(-1, 3) == 1.0
    assert chi_square_sf(1e6, 3) == 0.0
    assert regularized_gamma_q(1, math.inf) == 0.0
    with pytest.raises(ValueError):
        chi_square_sf(1, 0)
    with pytest.raises(ValueError):
        regularized_gamma_q(0, 1)


# --- Correlation with the other judges -------------------------------------------------------


def test_pearson_and_spearman_hand_computed():
    # x = 1 2 3 4, y = 2 4 5 9: means 2.5 and 5; Sxy = (-1.5)(-3)+(-0.5)(-1)+0.5*0+1.5*4 = 11
    # Sxx = 5, Syy = 9+1+0+16 = 26 -> r = 11/sqrt(130) ≈ 0.96476; ranks identical -> rho = 1
    assert pearson([1, 2, 3, 4], [2, 4, 5, 9]) == pytest.approx(11 / math.sqrt(130), abs=1e-15)
    assert spearman([1, 2, 3, 4], [2, 4, 5, 9]) == 1.0
    assert pearson([1, 2, 3], [3, 2, 1]) == -1.0
    assert pearson([1, 1, 1], [1, 2, 3]) is None
    assert spearman([1, 2], [1, 2]) == 1.0


def test_judge_agreement_against_mean_of_others():
    # J3 recused from D. For J1, the others' means over A B C D:
    #   A (70+60)/2 = 65, B (80+50)/2 = 65, C (60+40)/2 = 50, D 30 (J2 only)
    # J1 = 90 80 70 60 vs 65 65 50 30: means 75, 52.5; deviations 15 5 -5 -15 / 12.5 12.5 -2.5 -22.5
    #   Sxy = 187.5 + 62.5 + 12.5 + 337.5 = 600; Sxx = 500; Syy = 156.25*2 + 6.25 + 506.25 = 825
    #   r = 600 / sqrt(500 * 825) ≈ 0.93420
    #   Spearman: J1 ranks 1 2 3 4; others' ranks 1.5 1.5 3 4 -> r on ranks
    totals = {
        "J1": {"A": F(90), "B": F(80), "C": F(70), "D": F(60)},
        "J2": {"A": F(70), "B": F(80), "C": F(60), "D": F(30)},
        "J3": {"A": F(60), "B": F(50), "C": F(40)},
    }
    results = {r.judge: r for r in judge_agreement(totals)}
    j1 = results["J1"]
    assert j1.shared_finalists == 4
    assert j1.pearson == pytest.approx(600 / math.sqrt(500 * 825), abs=1e-12)
    # ranks x = 1 2 3 4, y = 1.5 1.5 3 4, both with mean 2.5; deviations -1.5 -0.5 0.5 1.5 and
    # -1 -1 0.5 1.5: Sxy = 1.5 + 0.5 + 0.25 + 2.25 = 4.5, Sxx = 5, Syy = 1 + 1 + 0.25 + 2.25 = 4.5
    # -> rho = 4.5 / sqrt(22.5) ≈ 0.94868
    assert j1.spearman == pytest.approx(4.5 / math.sqrt(22.5), abs=1e-12)
    assert results["J3"].shared_finalists == 3
    assert [r.judge for r in judge_agreement(totals)] == ["J1", "J2", "J3"]


def test_judge_agreement_needs_three_shared_finalists():
    totals = {"J1": {"A": F(90), "B": F(80)}, "J2": {"A": F(70), "B": F(80)}}
    assert [(r.shared_finalists, r.pearson, r.spearman) for r in judge_agreement(totals)] == [
        (2, None, None),
        (2, None, None),
    ]


# --- Spread ----------------------------------------------------------------------------------


def test_spread_per_finalist():
    totals = {"J1": {"A": F(90), "B": F(60)}, "J2": {"A": F(70)}, "J3": {"A": F(75), "B": F(65)}}
    result = spread(totals)
    assert [(s.entrant, s.minimum, s.maximum, s.spread, s.judge_count) for s in result] == [
        ("A", 70, 90, 20, 3),
        ("B", 60, 65, 5, 2),
    ]


# --- ICC -------------------------------------------------------------------------------------


def test_icc_shrout_fleiss_example():
    # Shrout & Fleiss (1979), Table 2: six targets rated by four judges. Their reported values:
    # ICC(2,1) = .29, ICC(2,4) = .62, ICC(3,1) = .71, ICC(3,4) = .91.
    # ANOVA (n=6, k=4), exactly: BMS = 1349/120 ≈ 11.24, JMS = 2339/72 ≈ 32.49,
    # EMS = 367/360 ≈ 1.02 (their table's 11.24, 32.49, 1.02). E.g.
    #   ICC(3,1) = (BMS-EMS)/(BMS+3 EMS) = (3680/360)/(1716/120) = 920/1287 ≈ .7148
    data = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
    totals = {f"J{j + 1}": {f"T{i + 1}": F(row[j]) for i, row in enumerate(data)} for j in range(4)}
    result = icc(totals)
    assert float(result.icc2_1) == pytest.approx(0.29, abs=0.005)
    assert float(result.icc2_k) == pytest.approx(0.62, abs=0.005)
    assert float(result.icc3_1) == pytest.approx(0.71, abs=0.005)
    assert float(result.icc3_k) == pytest.approx(0.91, abs=0.005)
    assert result.icc3_1 == F(920, 1287)
    assert icc_band(result.icc2_1) == "poor"
    assert icc_band(result.icc2_k) == "moderate"
    assert icc_band(F(8, 10)) == "good"
    assert icc_band(result.icc3_k) == "excellent"


def test_icc_excludes_incomplete_judges_and_needs_two():
    totals = {"J1": {"A": F(1), "B": F(2)}, "J2": {"A": F(1)}}
    with pytest.raises(ValidationError, match="two judges who scored every finalist"):
        icc(totals)
