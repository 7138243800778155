"""The judging panel's roster, declared conflicts of interest, and what recusals do to balance.

The panel is drawn from several constituencies (Legislative Council, private sector, professional
bodies, staff sides, district councils) so that each finalist is judged from each point of view.
A recusal can silently remove the only judge of a constituency for one finalist; the chair is
warned, e.g. "Correctional Services Department will have no staff-side judge".
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from judgepanel.db.engine import Database
from judgepanel.db.models import (
    ConflictOfInterest,
    Entrant,
    Finalist,
    Judge,
    Score,
    ScoreSheet,
    utcnow,
)
from judgepanel.domain.enums import Affiliation
from judgepanel.domain.errors import (
    ConflictError,
    NotFoundError,
    ValidationError,
    named,
    tr_noop,
)
from judgepanel.domain.model import Bilingual
from judgepanel.domain.setup import (
    ConflictRow,
    ConstituencyWarning,
    JudgeDetail,
    JudgeInput,
    check_text,
)
from judgepanel.services.competitions import entrant_view
from judgepanel.services.setup_common import (
    get_competition,
    get_entrant,
    get_judge,
    log,
    require_chair,
)

MAX_JUDGES = 200


def _detail(j: Judge, conflicts: tuple[str, ...] = ()) -> JudgeDetail:
    return JudgeDetail(j.id, j.uid, Bilingual(j.name_en, j.name_zh), j.title,
                       Affiliation(j.affiliation), j.organisation, j.contact, conflicts)


def _conflict_row(c: ConflictOfInterest, j: Judge, e: Entrant) -> ConflictRow:
    return ConflictRow(c.id, j.id, Bilingual(j.name_en, j.name_zh), entrant_view(e), c.reason,
                       c.declared_at)


class JudgeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- roster --------------------------------------------------------------------------------
    def judges(self, competition_id: int) -> tuple[JudgeDetail, ...]:
        with self._db.read() as s:
            get_competition(s, competition_id)
            judges = s.scalars(
                select(Judge).where(Judge.competition_id == competition_id).order_by(Judge.id)
            ).all()
            codes: dict[int, list[str]] = {}
            for judge_id, code in s.execute(
                select(ConflictOfInterest.judge_id, Entrant.code)
                .join(Entrant, Entrant.id == ConflictOfInterest.entrant_id)
                .where(Entrant.competition_id == competition_id).order_by(Entrant.code)
            ):
                codes.setdefault(judge_id, []).append(code)
            return tuple(_detail(j, tuple(codes.get(j.id, ()))) for j in judges)

    def add_judge(self, competition_id: int, data: JudgeInput) -> JudgeDetail:
        clean = data.validated()
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            count = s.scalar(select(func.count(Judge.id))
                             .where(Judge.competition_id == competition_id)) or 0
            if count >= MAX_JUDGES:
                raise ValidationError(tr_noop("A panel can have at most {limit} judges."),
                                      limit=MAX_JUDGES)
            self._check_unique(s, competition_id, clean, None)
            j = Judge(competition_id=comp.id, name_en=clean.name.en, name_zh=clean.name.zh,
                      title=clean.title, affiliation=clean.affiliation.value,
                      organisation=clean.organisation, contact=clean.contact)
            s.add(j)
            s.flush()
            log(s, "setup.judge_added", {"competition_uid": comp.uid, "judge_uid": j.uid,
                                         "name_en": j.name_en, "affiliation": j.affiliation})
            return _detail(j)

    def update_judge(self, competition_id: int, judge_id: int, data: JudgeInput) -> JudgeDetail:
        clean = data.validated()
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            j = get_judge(s, competition_id, judge_id)
            self._check_unique(s, competition_id, clean, judge_id)
            j.name_en, j.name_zh = clean.name.en, clean.name.zh
            j.title, j.affiliation = clean.title, clean.affiliation.value
            j.organisation, j.contact = clean.organisation, clean.contact
            s.flush()
            log(s, "setup.judge_updated", {"competition_uid": comp.uid, "judge_uid": j.uid,
                                           "name_en": j.name_en, "affiliation": j.affiliation})
            return _detail(j)

    def remove_judge(self, competition_id: int, judge_id: int) -> None:
        """Removes a judge who has not scored: a judge's scores and signed sheets are part of
        the record and are never deleted by a roster change."""
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            j = get_judge(s, competition_id, judge_id)
            scored = s.scalar(select(func.count(Score.id)).where(Score.judge_id == j.id)) or 0
            sheets = s.scalar(
                select(func.count(ScoreSheet.id)).where(ScoreSheet.judge_id == j.id)) or 0
            if scored or sheets:
                raise ConflictError(
                    tr_noop("{judge} has already scored, so cannot be removed from the panel."),
                    judge=named(j.name_en, j.name_zh))
            uid, name = j.uid, j.name_en
            s.delete(j)
            s.flush()
            log(s, "setup.judge_removed", {"competition_uid": comp.uid, "judge_uid": uid,
                                           "name_en": name})

    @staticmethod
    def _check_unique(
        s: Session, competition_id: int, clean: JudgeInput, own_id: int | None
    ) -> None:
        for other in s.scalars(select(Judge).where(Judge.competition_id == competition_id)):
            if other.id != own_id and other.name_en.casefold() == clean.name.en.casefold():
                raise ValidationError(tr_noop("{name} is already on the panel."),
                                      name=clean.name.en)

    # -- conflicts -----------------------------------------------------------------------------
    def conflicts(self, competition_id: int) -> tuple[ConflictRow, ...]:
        with self._db.read() as s:
            get_competition(s, competition_id)
            rows = s.execute(
                select(ConflictOfInterest, Judge, Entrant)
                .join(Judge, Judge.id == ConflictOfInterest.judge_id)
                .join(Entrant, Entrant.id == ConflictOfInterest.entrant_id)
                .where(Judge.competition_id == competition_id)
                .order_by(Judge.id, Entrant.code)
            ).all()
            return tuple(_conflict_row(c, j, e) for c, j, e in rows)

    def declare_conflict(
        self, competition_id: int, judge_id: int, entrant_id: int, reason: str
    ) -> ConflictRow:
        """Records that the judge is recused from one entrant, why, and when it was declared."""
        reason = check_text(reason, tr_noop("The reason for the conflict of interest"),
                            limit=2000, multiline=True)
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            j = get_judge(s, competition_id, judge_id)
            e = get_entrant(s, competition_id, entrant_id)
            existing = s.scalar(select(ConflictOfInterest).where(
                ConflictOfInterest.judge_id == j.id, ConflictOfInterest.entrant_id == e.id))
            if existing is not None:
                raise ValidationError(
                    tr_noop("{judge} has already declared a conflict of interest with "
                            "{entrant}."), judge=named(j.name_en, j.name_zh),
                    entrant=named(e.name_en, e.name_zh))
            c = ConflictOfInterest(judge_id=j.id, entrant_id=e.id, reason=reason,
                                   declared_at=utcnow())
            s.add(c)
            s.flush()
            log(s, "setup.conflict_declared", {"competition_uid": comp.uid, "judge_uid": j.uid,
                                               "entrant": e.code, "reason": reason})
            return _conflict_row(c, j, e)

    def withdraw_conflict(self, competition_id: int, conflict_id: int) -> None:
        """Removes a declaration entered by mistake (the audit log keeps that it existed)."""
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            c = s.get(ConflictOfInterest, conflict_id)
            j = None if c is None else s.get(Judge, c.judge_id)
            if c is None or j is None or j.competition_id != competition_id:
                raise NotFoundError(tr_noop("There is no conflict of interest with id {id}."),
                                    id=conflict_id)
            e = s.get(Entrant, c.entrant_id)
            payload = {"competition_uid": comp.uid, "judge_uid": j.uid,
                       "entrant": e.code if e else None, "reason": c.reason,
                       "declared_at": c.declared_at.isoformat()}
            s.delete(c)
            s.flush()
            log(s, "setup.conflict_withdrawn", payload)

    # -- balance -------------------------------------------------------------------------------
    def warnings(self, competition_id: int) -> tuple[ConstituencyWarning, ...]:
        """Finalists (or, before the shortlist is confirmed, entrants) that recusals leave with
        no judge of a constituency the panel has."""
        with self._db.read() as s:
            get_competition(s, competition_id)
            judges = s.scalars(
                select(Judge).where(Judge.competition_id == competition_id)).all()
            finalists = s.scalars(
                select(Entrant).join(Finalist, Finalist.entrant_id == Entrant.id)
                .where(Finalist.competition_id == competition_id)
                .order_by(Finalist.shortlist_rank)).all()
            subjects = finalists or s.scalars(
                select(Entrant).where(Entrant.competition_id == competition_id)
                .order_by(Entrant.code)).all()
            recused: dict[int, set[int]] = {}
            for judge_id, entrant_id in s.execute(
                select(ConflictOfInterest.judge_id, ConflictOfInterest.entrant_id)
                .join(Judge, Judge.id == ConflictOfInterest.judge_id)
                .where(Judge.competition_id == competition_id)
            ):
                recused.setdefault(entrant_id, set()).add(judge_id)
            by_affiliation: dict[Affiliation, list[Judge]] = {}
            for j in judges:
                by_affiliation.setdefault(Affiliation(j.affiliation), []).append(j)
            order = list(Affiliation)
            warnings: list[ConstituencyWarning] = []
            for e in subjects:
                out = recused.get(e.id, set())
                if not out:
                    continue
                for affiliation in sorted(by_affiliation, key=order.index):
                    members = by_affiliation[affiliation]
                    if all(j.id in out for j in members):
                        warnings.append(ConstituencyWarning(
                            entrant_view(e), affiliation,
                            tuple(Bilingual(j.name_en, j.name_zh) for j in members)))
            return tuple(warnings)
