"""A judge's scoring day as plain data: slots, statuses, a finalist's scoring state, change
notices, the judge's position, and the undo history of score changes.

Everything here is Qt-free and database-free so that the rules (what "complete" means, how undo
coalesces typed digits) are tested without a window or a file. The service fills these objects;
the UI only reads them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from functools import cached_property, lru_cache
from typing import Protocol

from judgepanel.domain.errors import ValidationError, tr_noop
from judgepanel.domain.model import (
    CompetitionSummary,
    CriterionView,
    EntrantView,
    JudgeView,
    RubricBandView,
)
from judgepanel.domain.scoring import (
    CriterionWeight,
    Scale,
    format_exact,
    parse_score,
    weighted_total,
)

#: Longest comment we store. A judge writes notes, not essays; the bound keeps a pasted file
#: from bloating the database, the audit log and the signed sheet.
MAX_COMMENT_LENGTH = 10_000


class SlotStatus(StrEnum):
    """Where a judge stands with one finalist; shown in the day list."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    SIGNED = "signed"
    RECUSED = "recused"


class Page(StrEnum):
    """Which screen a judge is on; persisted so that a restart resumes there."""

    DAY = "day"
    CRITERION = "criterion"
    SUMMARY = "summary"


class ChangeKind(StrEnum):
    SCORE = "score"
    COMMENT = "comment"
    OVERALL_COMMENT = "overall_comment"


class ChangeOrigin(StrEnum):
    """Why a score changed: the judge entered it, or undo/redo restored it."""

    EDIT = "edit"
    UNDO = "undo"
    REDO = "redo"


class ScaledCriterion(Protocol):
    """What totals and validation need of a criterion (a CriterionView, or a lighter row)."""

    @property
    def id(self) -> int: ...
    @property
    def weight(self) -> Decimal: ...
    @property
    def scale_min(self) -> Decimal: ...
    @property
    def scale_max(self) -> Decimal: ...
    @property
    def scale_step(self) -> Decimal: ...


@lru_cache(maxsize=256)
def _scale(minimum: Decimal, maximum: Decimal, step: Decimal) -> Scale:
    return Scale(minimum, maximum, step)


def scale_of(criterion: ScaledCriterion) -> Scale:
    """The criterion's :class:`Scale` (cached: it is consulted on every keystroke)."""
    return _scale(criterion.scale_min, criterion.scale_max, criterion.scale_step)


def to_decimal(value: Fraction) -> Decimal:
    """An allowed score as the exact Decimal the database stores.

    Scale bounds and steps are stored as decimals, so every allowed score has a finite decimal
    form and the division is exact.
    """
    result = Decimal(value.numerator) / Decimal(value.denominator)
    return Decimal(format(result.normalize(), "f"))


def slot_status(
    *, scored: int, criteria_count: int, has_content: bool, recused: bool, locked: bool
) -> SlotStatus:
    """The status rule, in one place: recusal wins, then a signed sheet, then completeness."""
    if recused:
        return SlotStatus.RECUSED
    if locked:
        return SlotStatus.SIGNED
    if criteria_count and scored >= criteria_count:
        return SlotStatus.COMPLETE
    if scored or has_content:
        return SlotStatus.IN_PROGRESS
    return SlotStatus.NOT_STARTED


def missing_of(
    criteria: Sequence[ScaledCriterion], values: Mapping[int, Decimal | None]
) -> tuple[int, ...]:
    return tuple(c.id for c in criteria if values.get(c.id) is None)


def total_or_missing(
    criteria: Sequence[ScaledCriterion], values: Mapping[int, Decimal | None]
) -> tuple[Fraction | None, tuple[int, ...]]:
    """The weighted total (0–100) when every criterion is scored, else the missing ids.

    A partial total is never computed: it would look like a low mark.
    """
    missing = tuple(c.id for c in criteria if values.get(c.id) is None)
    if missing or not criteria:
        return None, missing
    weights = {c.id: CriterionWeight(c.weight, scale_of(c)) for c in criteria}
    return weighted_total({c.id: values[c.id] for c in criteria}, weights), ()


@dataclass(frozen=True)
class DaySlot:
    """One finalist on the judge's day, in schedule order."""

    entrant: EntrantView
    position: int | None
    starts_at: datetime | None
    presentation_minutes: int
    qa_minutes: int
    status: SlotStatus
    scored: int
    criteria_count: int
    recusal_reason: str = ""

    @property
    def recused(self) -> bool:
        return self.status is SlotStatus.RECUSED

    @property
    def ends_at(self) -> datetime | None:
        if self.starts_at is None:
            return None
        return self.starts_at + timedelta(minutes=self.presentation_minutes + self.qa_minutes)


@dataclass(frozen=True)
class JudgeDay:
    """The judge's presentations with their statuses; only this judge's own progress."""

    judge: JudgeView
    competition: CompetitionSummary
    slots: tuple[DaySlot, ...]
    locked: bool
    own_laptop: bool

    def slot_for(self, entrant_id: int) -> DaySlot | None:
        return next((s for s in self.slots if s.entrant.id == entrant_id), None)

    def next_open_after(self, entrant_id: int) -> DaySlot | None:
        """The next finalist in schedule order the judge may score (recused ones skipped)."""
        ids = [s.entrant.id for s in self.slots]
        if entrant_id not in ids:
            return None
        for slot in self.slots[ids.index(entrant_id) + 1 :]:
            if not slot.recused:
                return slot
        return None


@dataclass(frozen=True)
class CriterionScore:
    criterion: CriterionView
    value: Decimal | None
    comment: str

    @property
    def band(self) -> RubricBandView | None:
        return None if self.value is None else self.criterion.band_for(self.value)


@dataclass(frozen=True)
class FinalistScoring:
    """Everything the scoring page shows for one judge and one finalist.

    The weighted total is derived on first use rather than stored: it is shown on the summary,
    not on every keystroke, and exact totalling is the costliest step of a score change.
    """

    judge_id: int
    slot: DaySlot
    criteria: tuple[CriterionScore, ...]
    overall_comment: str
    locked: bool

    @property
    def missing(self) -> tuple[int, ...]:
        """Criterion ids without a score, in the criteria's order."""
        return tuple(item.criterion.id for item in self.criteria if item.value is None)

    @cached_property
    def total(self) -> Fraction | None:
        """The judge's weighted total (0–100) once every criterion is scored, else None."""
        return total_or_missing(
            [item.criterion for item in self.criteria],
            {item.criterion.id: item.value for item in self.criteria},
        )[0]

    @property
    def entrant(self) -> EntrantView:
        return self.slot.entrant

    @property
    def status(self) -> SlotStatus:
        return self.slot.status

    def index_of(self, criterion_id: int) -> int:
        for i, item in enumerate(self.criteria):
            if item.criterion.id == criterion_id:
                return i
        raise KeyError(criterion_id)

    def with_change(self, change: ScoringChange) -> FinalistScoring:
        """This state with one committed change applied (the UI updates without a re-read)."""
        if change.entrant_id != self.entrant.id or change.judge_id != self.judge_id:
            return self
        criteria = self.criteria
        overall = self.overall_comment
        if change.kind is ChangeKind.OVERALL_COMMENT:
            overall = change.comment or ""
        else:
            criteria = tuple(
                (
                    replace(item, value=change.new_value)
                    if change.kind is ChangeKind.SCORE
                    else replace(item, comment=change.comment or "")
                )
                if item.criterion.id == change.criterion_id
                else item
                for item in criteria
            )
        scored = sum(1 for item in criteria if item.value is not None)
        slot = replace(self.slot, status=change.status, scored=scored)
        return replace(self, slot=slot, criteria=criteria, overall_comment=overall)


@dataclass(frozen=True)
class ScoringChange:
    """The notice a write returns: what changed, and what the views must redraw."""

    kind: ChangeKind
    judge_id: int
    entrant_id: int
    criterion_id: int | None
    old_value: Decimal | None
    new_value: Decimal | None
    comment: str | None
    status: SlotStatus
    missing: tuple[int, ...]
    changed: bool
    origin: ChangeOrigin = ChangeOrigin.EDIT


@dataclass(frozen=True)
class JudgePosition:
    """Where the judge is: the day list, a finalist's criterion, or its summary."""

    judge_id: int
    entrant_id: int | None = None
    page: Page = Page.DAY
    criterion_id: int | None = None


@dataclass(frozen=True)
class ScoreEdit:
    """One undoable score change: the cell and its value before and after."""

    judge_id: int
    entrant_id: int
    criterion_id: int
    old: Decimal | None
    new: Decimal | None

    @property
    def cell(self) -> tuple[int, int, int]:
        return (self.judge_id, self.entrant_id, self.criterion_id)


class EditHistory:
    """Undo and redo stacks of score edits (Ctrl+Z / Ctrl+Shift+Z).

    Typing "7", "." and "5" commits 7 and then 7.5; the caller marks the second as a
    continuation (``coalesce``) so that one undo takes the judge back to the value before they
    started typing, not to a half-typed 7.
    """

    def __init__(self, limit: int = 1000) -> None:
        self._undo: list[ScoreEdit] = []
        self._redo: list[ScoreEdit] = []
        self._limit = limit

    def record(self, edit: ScoreEdit, *, coalesce: bool = False) -> None:
        if edit.old == edit.new:
            return
        self._redo.clear()
        if coalesce and self._undo and self._undo[-1].cell == edit.cell:
            first = self._undo.pop()
            merged = replace(first, new=edit.new)
            if merged.old != merged.new:
                self._undo.append(merged)
            return
        self._undo.append(edit)
        if len(self._undo) > self._limit:
            del self._undo[0]

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def peek_undo(self) -> ScoreEdit | None:
        return self._undo[-1] if self._undo else None

    def peek_redo(self) -> ScoreEdit | None:
        return self._redo[-1] if self._redo else None

    def undone(self) -> None:
        """The edit on top of the undo stack was reverted (durably): move it to redo."""
        self._redo.append(self._undo.pop())

    def redone(self) -> None:
        self._undo.append(self._redo.pop())

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()


# == keyboard entry of scores ==================================================================


@lru_cache(maxsize=256)
def _values(scale: Scale) -> tuple[Fraction, ...]:
    return scale.values()


@lru_cache(maxsize=256)
def _allowed_texts(scale: Scale) -> tuple[str, ...]:
    return tuple(format_exact(v) for v in _values(scale))


@dataclass(frozen=True)
class TypedScore:
    """The result of one typed key in a score box.

    ``buffer`` is what the box shows while the judge types; ``value`` is the score to store now
    (None while the typing is only a beginning, such as "1" on a 5–10 scale or "7."), and
    ``continuing`` says the key extended an entry already under way (undo treats the whole
    entry as one change).
    """

    buffer: str
    value: Fraction | None
    continuing: bool


def _typed(candidate: str, scale: Scale, continuing: bool) -> TypedScore | None:
    text = "0" + candidate if candidate.startswith(".") else candidate
    try:
        value = parse_score(text)
    except ValidationError:
        value = None
    if value is not None and scale.contains(value):
        return TypedScore(candidate, value, continuing)
    if any(allowed.startswith(text) for allowed in _allowed_texts(scale)):
        return TypedScore(candidate, None, continuing)
    return None


def type_score_key(buffer: str, key: str, scale: Scale, criterion: str = "") -> TypedScore:
    """Applies one typed character (digit, ".", "-") to the score being typed.

    Why the rules: a judge types "7", "7.5" or "10" without an Enter in between, and each
    keystroke is stored at once. So a key extends the entry while that can still lead to an
    allowed score; a digit that cannot (the judge typed "7" a moment ago and now types "8")
    starts a new entry, unless a decimal point was typed (then "7.3" on a half-point scale is
    an error worth telling, not a silent 3). Raises ValidationError saying why a key is refused.
    """
    key = unicodedata.normalize("NFKC", key)
    if len(key) != 1 or key not in "0123456789.-":
        raise ValidationError(
            tr_noop('"{text}" is not a score; type a number such as 7 or 7.5.'), text=key
        )
    result = _typed(buffer + key, scale, continuing=bool(buffer))
    if result is not None:
        return result
    if buffer and "." not in buffer:
        restarted = _typed(key, scale, continuing=False)
        if restarted is not None:
            return restarted
    scale.parse("0" + buffer + key if (buffer + key).startswith(".") else buffer + key,
                criterion)
    # parse() accepted it, so it is on the scale after all (cannot happen: _typed said no).
    raise ValidationError(
        tr_noop('"{text}" is not a score; type a number such as 7 or 7.5.'), text=buffer + key
    )


def step_score(current: Decimal | Fraction | None, steps: int, scale: Scale) -> Fraction:
    """The allowed score ``steps`` steps away from ``current`` (arrow keys), kept on the scale.

    From no score, the first press lands mid-scale: the judge most often fine-tunes from there.
    """
    values = _values(scale)
    if current is None:
        return values[(len(values) - 1) // 2]
    exact = Fraction(current)
    if exact in values:
        index = values.index(exact)
    else:
        index = min(range(len(values)), key=lambda i: abs(values[i] - exact))
    return values[max(0, min(len(values) - 1, index + steps))]
