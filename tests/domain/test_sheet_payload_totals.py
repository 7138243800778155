"""The declared weighted total of a sheet is accepted exactly when it lies within half a hundredth
of the exact total its marks give, however the check is computed (whole numbers on the import
path, exact fractions for the message), and marks remembered across sheets change nothing."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from judgepanel.domain.scoring import CriterionWeight, Scale, weighted_total
from judgepanel.domain.sheet_payload import TOTAL_TOLERANCE, _Marks

_SCALES = ((Decimal("0"), Decimal("10"), Decimal("0.5")),
           (Decimal("1"), Decimal("7"), Decimal("1")),
           (Decimal("0"), Decimal("100"), Decimal("0.25")))


@st.composite
def _cases(draw: st.DrawFn) -> tuple[dict[str, CriterionWeight], dict[str, tuple],
                                     dict[str, Decimal], Decimal]:
    count = draw(st.integers(1, 4))
    weights: dict[str, CriterionWeight] = {}
    scales: dict[str, tuple] = {}
    values: dict[str, Decimal] = {}
    for i in range(count):
        low, high, step = draw(st.sampled_from(_SCALES))
        code = f"c{i}"
        weight = Decimal(draw(st.integers(1, 60))) / draw(st.sampled_from((1, 2, 10)))
        weights[code] = CriterionWeight(weight, Scale(low, high, step), code)
        scales[code] = (low, high, step)
        steps = int((high - low) / step)
        values[code] = low + step * draw(st.integers(0, steps))
    exact = weighted_total(values, weights)
    # Declared totals around the exact one, at and across the tolerance's edges.
    offset = draw(st.sampled_from((Fraction(0), TOTAL_TOLERANCE, -TOTAL_TOLERANCE,
                                   Fraction(1, 100), Fraction(-1, 100), Fraction(1, 1000))))
    declared = Decimal((exact + offset).numerator) / Decimal((exact + offset).denominator)
    declared = declared.quantize(Decimal("0.000001"))
    return weights, scales, values, declared


@settings(max_examples=300, deadline=None)
@given(_cases())
def test_the_whole_number_check_agrees_with_the_exact_rule(case) -> None:
    weights, scales, values, declared = case
    marks = _Marks(weights, scales)
    for code, value in values.items():
        marks.check(code, value)
    exact = weighted_total(values, weights)
    assert marks.weighted_total(values) == exact
    assert marks.total_agrees(values, declared) == \
        (abs(Fraction(declared) - exact) <= TOTAL_TOLERANCE)


def test_a_missing_mark_is_left_to_the_exact_check() -> None:
    weights = {"a": CriterionWeight(Decimal(1), Scale(0, 10, 1), "a"),
               "b": CriterionWeight(Decimal(1), Scale(0, 10, 1), "b")}
    scales = {"a": (Decimal(0), Decimal(10), Decimal(1)),
              "b": (Decimal(0), Decimal(10), Decimal(1))}
    marks = _Marks(weights, scales)
    marks.check("a", Decimal(5))
    assert not marks.total_agrees({"a": Decimal(5), "b": None}, Decimal("25"))
    assert not marks.total_agrees({"a": Decimal(5)}, Decimal("50"))
