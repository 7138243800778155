"""Paper fallback: marks from a judge's paper score sheet, keyed twice by two clerks.

A mark typed once can be mistyped once; two people typing the same sheet independently rarely
make the same slip. So a paper sheet counts only when both clerks (two different people) keyed
every criterion with the same value; until then, or while they disagree, it is not used, and
the results say which cells come from paper.

Paper is for judges without a signed sheet: once a judge's signed sheet is imported, that judge's
paper entries are refused (the signed sheet is the better evidence).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from judgepanel.db.engine import Database
from judgepanel.db.models import (
    ConflictOfInterest,
    Criterion,
    Entrant,
    Finalist,
    Judge,
    PaperEntry,
    Score,
)
from judgepanel.db.models import ScoreSheet as SheetRow
from judgepanel.domain.enums import DatabaseRole, ScoreSource, SheetStatus
from judgepanel.domain.errors import (
    ConflictError,
    NotFoundError,
    ValidationError,
    named,
    tr_noop,
)
from judgepanel.domain.model import Bilingual
from judgepanel.domain.results import FinalistRef, JudgeRef, PaperCell, PaperEntryResult, Reason
from judgepanel.domain.scoring import Scale
from judgepanel.services import audit
from judgepanel.services.competitions import SETTING_ROLE, get_setting

ACTOR = "chair"
MAX_CLERK_NAME = 200


def _clerk_name(name: str) -> str:
    text = unicodedata.normalize("NFC", name).strip()
    if not text:
        raise ValidationError(tr_noop("Type the clerk's name: each entry records who keyed it."))
    if len(text) > MAX_CLERK_NAME or any(unicodedata.category(c).startswith("C") for c in text):
        raise ValidationError(tr_noop("The clerk's name is too long or has control "
                                      "characters."))
    return text


class PaperEntryService:
    """Double entry of paper score sheets on the chair's machine."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def enter(self, competition_id: int, judge_id: int, entrant_id: int, clerk: int,
              clerk_name: str, marks: Mapping[str, str]) -> PaperEntryResult:
        """Stores one clerk's keying of one judge's paper sheet for one finalist.

        ``marks`` maps criterion codes to the text as typed. Replaces what the same clerk keyed
        before for that cell; the cell's marks count once both clerks agree."""
        if clerk not in (1, 2):
            raise ValidationError(tr_noop("The clerk is the first (1) or the second (2)."))
        name = _clerk_name(clerk_name)
        with self._db.write() as s:
            if get_setting(s, SETTING_ROLE) == DatabaseRole.JUDGE.value:
                raise ConflictError(tr_noop("This is a judge's database; paper sheets are keyed "
                                            "on the chair's computer."))
            judge, entrant = self._cell(s, competition_id, judge_id, entrant_id)
            criteria = s.scalars(select(Criterion).where(Criterion.competition_id ==
                                                         competition_id)
                                 .order_by(Criterion.position)).all()
            values: dict[int, Decimal] = {}
            unknown = sorted(set(marks) - {c.code for c in criteria})
            if unknown:
                raise ValidationError(tr_noop("There is no criterion {code} in this "
                                              "competition."), code=unknown[0])
            for c in criteria:
                typed = marks.get(c.code, "")
                if not typed.strip():
                    raise ValidationError(tr_noop("Type the mark for {criterion}."),
                                          criterion=named(c.name_en, c.name_zh))
                exact = Scale(c.scale_min, c.scale_max, c.scale_step).parse(
                    typed, named(c.name_en, c.name_zh))
                values[c.id] = Decimal(exact.numerator) / Decimal(exact.denominator)
            other = s.scalar(select(PaperEntry.clerk_name).where(
                PaperEntry.judge_id == judge_id, PaperEntry.entrant_id == entrant_id,
                PaperEntry.clerk == 3 - clerk).limit(1))
            if other is not None and other.casefold() == name.casefold():
                raise ValidationError(tr_noop("The two entries must be keyed by two different "
                                              "clerks; {name} keyed the other one."), name=name)
            s.execute(delete(PaperEntry).where(PaperEntry.judge_id == judge_id,
                                               PaperEntry.entrant_id == entrant_id,
                                               PaperEntry.clerk == clerk))
            now = datetime.now(UTC)
            for criterion_id, value in values.items():
                s.add(PaperEntry(judge_id=judge_id, entrant_id=entrant_id,
                                 criterion_id=criterion_id, clerk=clerk, clerk_name=name,
                                 value=value, entered_at=now))
            s.flush()
            cell = self._reconcile(s, judge, entrant, criteria)
            audit.append(s, ACTOR, "paper.keyed",
                         {"judge_uid": judge.uid, "entrant": entrant.code, "clerk": clerk,
                          "clerk_name": name, "accepted": cell.accepted,
                          "mismatched": list(cell.mismatched)})
        if cell.accepted:
            message = Reason.of(tr_noop("Both clerks keyed the same marks; the paper sheet is "
                                        "accepted."))
        elif cell.mismatched:
            message = Reason.of(tr_noop("The two entries differ for {criteria}; check the paper "
                                        "sheet and key it again."),
                                criteria=", ".join(c.name_en for c in criteria
                                                   if c.code in cell.mismatched))
        else:
            message = Reason.of(tr_noop("Saved. The sheet counts once the other clerk keys it "
                                        "too."))
        return PaperEntryResult(cell, message)

    def cells(self, competition_id: int) -> tuple[PaperCell, ...]:
        """Every judge × finalist with paper entries, and whether it is accepted."""
        with self._db.read() as s:
            criteria = s.scalars(select(Criterion).where(Criterion.competition_id ==
                                                         competition_id)
                                 .order_by(Criterion.position)).all()
            keyed = s.execute(select(PaperEntry.judge_id, PaperEntry.entrant_id)
                              .join(Judge, Judge.id == PaperEntry.judge_id)
                              .where(Judge.competition_id == competition_id)
                              .distinct()).all()
            result = []
            for judge_id, entrant_id in sorted(keyed):
                judge = s.get(Judge, judge_id)
                entrant = s.get(Entrant, entrant_id)
                assert judge is not None and entrant is not None
                result.append(self._state(s, judge, entrant, criteria))
            return tuple(result)

    # -- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def _cell(s: Session, competition_id: int, judge_id: int,
              entrant_id: int) -> tuple[Judge, Entrant]:
        judge = s.get(Judge, judge_id)
        if judge is None or judge.competition_id != competition_id:
            raise NotFoundError(tr_noop("There is no judge with id {id} in this competition."),
                                id=judge_id)
        entrant = s.get(Entrant, entrant_id)
        is_finalist = s.scalar(select(Finalist.id).where(Finalist.competition_id ==
                                                         competition_id,
                                                         Finalist.entrant_id == entrant_id))
        if entrant is None or is_finalist is None:
            raise NotFoundError(tr_noop("There is no finalist with id {id} in this "
                                        "competition."), id=entrant_id)
        if s.scalar(select(ConflictOfInterest.id).where(
                ConflictOfInterest.judge_id == judge_id,
                ConflictOfInterest.entrant_id == entrant_id)) is not None:
            raise ConflictError(tr_noop("{judge} is recused from {entrant} (conflict of "
                                        "interest); no marks are accepted for it."),
                                judge=judge.name_en, entrant=entrant.code)
        signed = s.scalar(select(SheetRow.id).where(SheetRow.judge_id == judge_id,
                                                    SheetRow.imported_at.is_not(None),
                                                    SheetRow.status == SheetStatus.SIGNED.value))
        if signed is not None:
            raise ConflictError(tr_noop("{judge}'s signed score sheet is already imported; "
                                        "paper entries are not needed."), judge=judge.name_en)
        return judge, entrant

    @staticmethod
    def _state(s: Session, judge: Judge, entrant: Entrant,
               criteria: list[Criterion]) -> PaperCell:
        rows = s.scalars(select(PaperEntry).where(PaperEntry.judge_id == judge.id,
                                                  PaperEntry.entrant_id == entrant.id)).all()
        by_clerk: dict[int, dict[int, Decimal]] = {1: {}, 2: {}}
        names: dict[int, str] = {}
        for row in rows:
            by_clerk[row.clerk][row.criterion_id] = row.value
            names[row.clerk] = row.clerk_name
        first, second = by_clerk[1], by_clerk[2]
        mismatched = tuple(c.code for c in criteria if c.id in first and c.id in second
                           and first[c.id] != second[c.id])
        missing = tuple(c.code for c in criteria if c.id not in first or c.id not in second)
        labels = {jid: i for i, jid in enumerate(s.scalars(
            select(Judge.id).where(Judge.competition_id == judge.competition_id)
            .order_by(Judge.id)), start=1)}
        return PaperCell(
            judge=JudgeRef(judge.id, judge.uid, Bilingual(judge.name_en, judge.name_zh),
                           f"J{labels.get(judge.id, 0)}"),
            finalist=FinalistRef(entrant.id, entrant.code,
                                 Bilingual(entrant.name_en, entrant.name_zh), 0),
            first_clerk=names.get(1), second_clerk=names.get(2),
            accepted=not mismatched and not missing, mismatched=mismatched, missing=missing)

    def _reconcile(self, s: Session, judge: Judge, entrant: Entrant,
                   criteria: list[Criterion]) -> PaperCell:
        """Writes the cell's marks (source ``paper``) when both entries agree; removes them
        otherwise, so a disagreement never leaves an old mark in use."""
        cell = self._state(s, judge, entrant, criteria)
        s.execute(delete(Score).where(Score.judge_id == judge.id,
                                      Score.entrant_id == entrant.id))
        if cell.accepted:
            now = datetime.now(UTC)
            for row in s.scalars(select(PaperEntry).where(PaperEntry.judge_id == judge.id,
                                                          PaperEntry.entrant_id == entrant.id,
                                                          PaperEntry.clerk == 1)):
                s.add(Score(judge_id=judge.id, entrant_id=entrant.id,
                            criterion_id=row.criterion_id, value=row.value,
                            comment="", source=ScoreSource.PAPER.value, sheet_id=None,
                            created_at=now, updated_at=now))
        return cell
