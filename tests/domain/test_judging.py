"""Judging rules without a database: statuses, typed score entry, arrow steps, undo history."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judgepanel.domain.errors import ValidationError
from judgepanel.domain.judging import (
    EditHistory,
    ScoreEdit,
    SlotStatus,
    slot_status,
    step_score,
    to_decimal,
    type_score_key,
)
from judgepanel.domain.scoring import Scale

HALVES = Scale(0, 10, "0.5")


def _type(keys: str, scale: Scale = HALVES) -> list[tuple[str, F | None, bool]]:
    buffer, out = "", []
    for key in keys:
        typed = type_score_key(buffer, key, scale, "Service quality")
        buffer = typed.buffer
        out.append((typed.buffer, typed.value, typed.continuing))
    return out


def test_typing_seven_point_five_stores_seven_then_seven_and_a_half() -> None:
    assert _type("7.5") == [("7", F(7), False), ("7.", F(7), True), ("7.5", F(15, 2), True)]


def test_typing_ten() -> None:
    assert _type("10")[-1] == ("10", F(10), True)


def test_a_digit_that_cannot_extend_starts_a_new_score() -> None:
    assert _type("78")[-1] == ("8", F(8), False)


def test_a_wrong_step_after_the_point_is_refused_with_the_reason() -> None:
    with pytest.raises(ValidationError, match=r"not a multiple of the step 0\.5"):
        type_score_key("7.", "3", HALVES, "Service quality")


def test_a_prefix_waits_for_more_digits() -> None:
    five_to_ten = Scale(5, 10, 1)
    assert _type("1", five_to_ten) == [("1", None, False)]
    assert _type("10", five_to_ten)[-1] == ("10", F(10), True)
    assert _type(".5")[-1] == (".5", F(1, 2), True)


def test_out_of_range_and_non_digits_are_refused() -> None:
    with pytest.raises(ValidationError, match="outside the scale 0–10 for Service quality"):
        type_score_key("10.", "5", HALVES, "Service quality")
    with pytest.raises(ValidationError):
        type_score_key("", "-", Scale(0, 10, 1), "Service quality")
    with pytest.raises(ValidationError, match="is not a score"):
        type_score_key("", "x", HALVES)
    assert type_score_key("", "７", HALVES).value == F(7)  # full-width digit


@given(st.sampled_from(HALVES.values()))
def test_every_allowed_score_can_be_typed(value: F) -> None:
    text = str(to_decimal(value))
    assert "E" not in text
    assert _type(text)[-1][1] == value


def test_arrow_steps_stay_on_the_scale() -> None:
    assert step_score(None, 1, HALVES) == 5
    assert step_score(Decimal("7"), 1, HALVES) == F(15, 2)
    assert step_score(Decimal("7"), -2, HALVES) == 6
    assert step_score(Decimal("10"), 1, HALVES) == 10
    assert step_score(Decimal("0"), -1, HALVES) == 0


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"scored": 0, "has_content": False}, SlotStatus.NOT_STARTED),
    ({"scored": 0, "has_content": True}, SlotStatus.IN_PROGRESS),
    ({"scored": 2, "has_content": False}, SlotStatus.IN_PROGRESS),
    ({"scored": 3, "has_content": False}, SlotStatus.COMPLETE),
    ({"scored": 3, "has_content": False, "locked": True}, SlotStatus.SIGNED),
    ({"scored": 3, "has_content": False, "locked": True, "recused": True}, SlotStatus.RECUSED),
])
def test_slot_status(kwargs, expected) -> None:
    args = {"criteria_count": 3, "recused": False, "locked": False, **kwargs}
    assert slot_status(**args) is expected


def _edit(cell: int, old: str | None, new: str | None) -> ScoreEdit:
    return ScoreEdit(1, 1, cell, None if old is None else Decimal(old),
                     None if new is None else Decimal(new))


def test_history_coalesces_typing_in_one_cell_only() -> None:
    h = EditHistory()
    h.record(_edit(1, None, "7"))
    h.record(_edit(1, "7", "7.5"), coalesce=True)
    h.record(_edit(2, None, "3"), coalesce=True)  # another cell: a new step
    assert h.peek_undo() == _edit(2, None, "3")
    h.undone()
    assert h.peek_undo() == _edit(1, None, "7.5")
    assert h.peek_redo() == _edit(2, None, "3")
    h.record(_edit(1, "7.5", "8"))
    assert not h.can_redo()


def test_history_drops_an_entry_typed_back_to_its_start_and_ignores_no_ops() -> None:
    h = EditHistory()
    h.record(_edit(1, "5", "5"))
    assert not h.can_undo()
    h.record(_edit(1, "5", "6"))
    h.record(_edit(1, "6", "5"), coalesce=True)
    assert not h.can_undo()


def test_history_is_bounded() -> None:
    h = EditHistory(limit=3)
    for i in range(5):
        h.record(_edit(i, None, "1"))
    count = 0
    while h.can_undo():
        h.undone()
        count += 1
    assert count == 3
