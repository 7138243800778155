"""Scales, score parsing, weighted totals and display rounding."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judgepanel.domain.errors import ValidationError
from judgepanel.domain.scoring import (
    CriterionWeight,
    Scale,
    as_fraction,
    format_exact,
    format_score,
    parse_score,
    weight_shares,
    weighted_total,
)

TEN_HALVES = Scale(F(0), F(10), F(1, 2))


# --- Scale -----------------------------------------------------------------------------------


def test_scale_accepts_decimal_int_and_text_and_stores_fractions():
    scale = Scale(Decimal("0"), 10, "0.5")
    assert scale == TEN_HALVES
    assert all(isinstance(x, F) for x in (scale.minimum, scale.maximum, scale.step))


@pytest.mark.parametrize(
    ("minimum", "maximum", "step", "fragment"),
    [
        (10, 0, 1, "must be below its maximum"),
        (5, 5, 1, "must be below its maximum"),
        (0, 10, 0, "greater than zero"),
        (0, 10, -1, "greater than zero"),
        (0, 10, 3, "cannot be divided into steps of 3"),
        (0, 1, F(1, 3) * 2, "cannot be divided"),
    ],
)
def test_scale_validation(minimum, maximum, step, fragment):
    with pytest.raises(ValidationError, match=fragment):
        Scale(minimum, maximum, step)


def test_scale_rejects_float_as_a_programming_error():
    with pytest.raises(TypeError):
        Scale(0.0, 10, 1)  # type: ignore[arg-type]


def test_values_lists_every_allowed_score():
    assert Scale(F(1), F(3), F(1, 2)).values() == (F(1), F(3, 2), F(2), F(5, 2), F(3))
    assert TEN_HALVES.count == 21
    assert Scale(0, 1, F(1, 3)).values() == (F(0), F(1, 3), F(2, 3), F(1))


def test_check_returns_exact_value():
    assert TEN_HALVES.check(F(15, 2)) == F(15, 2)
    assert TEN_HALVES.check(Decimal("7.5")) == F(15, 2)
    assert TEN_HALVES.check(10) == 10
    assert TEN_HALVES.check(0) == 0


def test_check_outside_scale_names_the_criterion():
    with pytest.raises(ValidationError) as info:
        TEN_HALVES.check(F(21, 2), "Service quality")
    assert str(info.value) == "10.5 is outside the scale 0–10 for Service quality."
    assert (
        info.value.template == "{value} is outside the scale {minimum}–{maximum} for {criterion}."
    )
    assert info.value.params["criterion"] == "Service quality"


def test_check_off_step():
    with pytest.raises(ValidationError) as info:
        TEN_HALVES.check(Decimal("7.25"), "Efficiency")
    assert str(info.value) == (
        "7.25 is not a multiple of the step 0.5 on the scale 0–10 for Efficiency."
    )
    with pytest.raises(ValidationError, match=r"^-1 is outside the scale 0–10\.$"):
        TEN_HALVES.check(-1)


def test_step_is_counted_from_the_minimum():
    odd = Scale(1, 9, 2)
    assert odd.check(3) == 3
    assert not odd.contains(2)
    with pytest.raises(ValidationError, match="step 2"):
        odd.check(2)


@given(st.integers(min_value=-50, max_value=50), st.integers(min_value=1, max_value=20))
@settings(max_examples=100)
def test_every_listed_value_passes_check(minimum, steps):
    scale = Scale(F(minimum), F(minimum) + steps * F(1, 4), F(1, 4))
    for value in scale.values():
        assert scale.check(value) == value
    assert len(scale.values()) == steps + 1


# --- Parsing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", F(7)),
        ("7.5", F(15, 2)),
        (" 7.5 ", F(15, 2)),
        (".5", F(1, 2)),
        ("7.", F(7)),
        ("+3", F(3)),
        ("-2.25", F(-9, 4)),
        ("007.50", F(15, 2)),
        ("７．５", F(15, 2)),  # full-width digits and stop from a Chinese input method
        ("0.1", F(1, 10)),  # exact, not the binary float 0.1
    ],
)
def test_parse_score_accepts(text, expected):
    assert parse_score(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter a score."),
        ("   ", "Enter a score."),
        ("7,5", '"7,5" uses a comma; type the score with a decimal point, e.g. 7.5.'),
        ("nan", '"nan" is not a number; enter a score.'),
        ("NaN", '"NaN" is not a number; enter a score.'),
        ("inf", '"inf" is not a number; enter a score.'),
        ("-Infinity", '"-Infinity" is not a number; enter a score.'),
        ("1e3", '"1e3" is not a score; type a number such as 7 or 7.5.'),
        ("15/2", '"15/2" is not a score; type a number such as 7 or 7.5.'),
        ("seven", '"seven" is not a score; type a number such as 7 or 7.5.'),
        ("7.5.1", '"7.5.1" is not a score; type a number such as 7 or 7.5.'),
        ("٧", '"٧" is not a score; type a number such as 7 or 7.5.'),  # Arabic-Indic seven
    ],
)
def test_parse_score_rejects_with_clear_message(text, message):
    with pytest.raises(ValidationError) as info:
        parse_score(text)
    assert str(info.value) == message


def test_parse_score_refuses_huge_text():
    with pytest.raises(ValidationError, match="too long"):
        parse_score("1" * 1000)


def test_scale_parse_checks_the_scale():
    assert TEN_HALVES.parse("8.5", "Efficiency") == F(17, 2)
    with pytest.raises(ValidationError, match="outside the scale 0–10 for Efficiency"):
        TEN_HALVES.parse("11", "Efficiency")


def test_as_fraction_rules():
    assert as_fraction(Decimal("2.5")) == F(5, 2)
    assert as_fraction(3) == 3
    with pytest.raises(ValidationError, match="not a finite number"):
        as_fraction(Decimal("NaN"))
    with pytest.raises(TypeError):
        as_fraction(True)
    with pytest.raises(TypeError):
        as_fraction(0.5)  # type: ignore[arg-type]


# --- Weighted total --------------------------------------------------------------------------

CRITERIA = {
    "quality": CriterionWeight(F(40), Scale(0, 10, F(1, 2)), "Service quality"),
    "efficiency": CriterionWeight(F(30), Scale(0, 10, 1), "Efficiency"),
    "cost": CriterionWeight(F(30), Scale(1, 5, 1), "Cost-effectiveness"),
}


def test_weighted_total_hand_computed():
    # Normalised: quality 7.5/10 -> 75; efficiency 8/10 -> 80; cost (4-1)/(5-1) -> 75.
    # Total = (40*75 + 30*80 + 30*75) / 100 = (3000 + 2400 + 2250) / 100 = 76.5
    scores = {"quality": F(15, 2), "efficiency": F(8), "cost": F(4)}
    assert weighted_total(scores, CRITERIA) == F(153, 2)


def test_weights_are_relative():
    halved = {k: CriterionWeight(c.weight / 10, c.scale, c.name) for k, c in CRITERIA.items()}
    scores = {"quality": Decimal("7.5"), "efficiency": 8, "cost": "4"}
    assert weighted_total(scores, halved) == weighted_total(scores, CRITERIA) == F(153, 2)
    assert weight_shares(CRITERIA) == {"quality": 40, "efficiency": 30, "cost": 30}


def test_weighted_total_extremes():
    low = {"quality": 0, "efficiency": 0, "cost": 1}
    high = {"quality": 10, "efficiency": 10, "cost": 5}
    assert weighted_total(low, CRITERIA) == 0
    assert weighted_total(high, CRITERIA) == 100


def test_missing_criteria_are_listed_in_criteria_order():
    with pytest.raises(ValidationError) as info:
        weighted_total({"efficiency": 5}, CRITERIA)
    assert str(info.value) == (
        "The score sheet is incomplete; there is no score for: Service quality, Cost-effectiveness."
    )


def test_none_counts_as_missing():
    with pytest.raises(ValidationError, match="no score for: Efficiency"):
        weighted_total({"quality": 5, "efficiency": None, "cost": 3}, CRITERIA)


def test_unknown_criterion_is_refused():
    scores = {"quality": 5, "efficiency": 5, "cost": 3, "charm": 9}
    with pytest.raises(ValidationError, match="not in this competition: charm"):
        weighted_total(scores, CRITERIA)


def test_out_of_scale_score_names_its_criterion():
    with pytest.raises(ValidationError, match="6 is outside the scale 1–5 for Cost-effectiveness"):
        weighted_total({"quality": 5, "efficiency": 5, "cost": 6}, CRITERIA)


def test_no_criteria_and_bad_weight():
    with pytest.raises(ValidationError, match="No criteria"):
        weighted_total({}, {})
    with pytest.raises(ValidationError, match="weight of Efficiency must be greater than zero"):
        CriterionWeight(F(0), Scale(0, 10, 1), "Efficiency")
    with pytest.raises(ValidationError, match="A criterion's weight"):
        CriterionWeight(F(-1), Scale(0, 10, 1))


@st.composite
def criteria_and_scores(draw):
    count = draw(st.integers(min_value=1, max_value=5))
    criteria = {}
    scores = {}
    for i in range(count):
        minimum = F(draw(st.integers(-20, 20)))
        step = F(1, draw(st.sampled_from([1, 2, 4, 10])))
        steps = draw(st.integers(1, 40))
        scale = Scale(minimum, minimum + steps * step, step)
        criteria[f"c{i}"] = CriterionWeight(F(draw(st.integers(1, 100)), 10), scale)
        scores[f"c{i}"] = minimum + draw(st.integers(0, steps)) * step
    return criteria, scores


@given(criteria_and_scores())
@settings(max_examples=100)
def test_weighted_total_is_always_between_0_and_100(case):
    criteria, scores = case
    total = weighted_total(scores, criteria)
    assert isinstance(total, F)
    assert 0 <= total <= 100


# --- Display ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        (F(153, 2), 2, "76.50"),
        (F(1, 3), 2, "0.33"),
        (F(2, 3), 2, "0.67"),
        (F(2675, 1000), 2, "2.68"),  # exact half: 267.5 -> 268 (even)
        (F(2665, 1000), 2, "2.66"),  # exact half: 266.5 -> 266 (even)
        (F(5, 2), 0, "2"),
        (F(7, 2), 0, "4"),
        (F(-1, 1000), 2, "0.00"),  # no "-0.00"
        (F(-1234, 100), 1, "-12.3"),  # -123.4 -> -123
        (F(100), 2, "100.00"),
        (F(1, 200), 2, "0.00"),  # 0.5 -> 0 (even)
        (F(3, 200), 2, "0.02"),  # 1.5 -> 2 (even)
    ],
)
def test_format_score_rounds_half_to_even(value, places, text):
    assert format_score(value, places) == text


def test_format_exact():
    assert format_exact(F(15, 2)) == "7.5"
    assert format_exact(F(10)) == "10"
    assert format_exact(F(1, 4)) == "0.25"
    assert format_exact(F(-3, 8)) == "-0.375"
    assert format_exact(F(1, 3)) == "0.3333…"


# --- Module hygiene --------------------------------------------------------------------------

RULE_MODULES = ("scoring", "aggregation", "agreement", "public_vote", "shortlist")
ALLOWED_OURS = {f"judgepanel.domain.{m}" for m in (*RULE_MODULES, "errors")}


@pytest.mark.parametrize("module", RULE_MODULES)
def test_rule_modules_are_pure_and_their_messages_extractable(module):
    """Standard library and our domain errors only (no Qt, SQLAlchemy, numpy); and every message
    template is a literal the i18n scan (scripts/i18n.py) can find."""
    import ast
    import importlib
    import sys
    from pathlib import Path

    path = Path(importlib.import_module(f"judgepanel.domain.{module}").__file__)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            names = []
        for name in names:
            top = name.split(".")[0]
            if top == "judgepanel":
                assert name in ALLOWED_OURS, f"{module} imports {name}"
            else:
                assert top in sys.stdlib_module_names or top == "__future__", name
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
            first = node.args[0]
            if node.func.id == "tr_noop":
                assert isinstance(first, ast.Constant) and isinstance(first.value, str)
            if node.func.id in {"ValidationError", "ConflictError"}:
                literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                marked = (
                    isinstance(first, ast.Call)
                    and isinstance(first.func, ast.Name)
                    and first.func.id == "tr_noop"
                )
                assert literal or marked or isinstance(first, ast.Name), ast.unparse(node)
