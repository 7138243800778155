"""Reading a competition: the overview the main window shows, and the facts about this database."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from judgepanel.db.engine import Database
from judgepanel.db.models import (
    AppSetting,
    Competition,
    ConflictOfInterest,
    Criterion,
    Entrant,
    Finalist,
    Judge,
    PresentationSlot,
)
from judgepanel.domain.enums import Affiliation, DatabaseRole, EntrantCategory
from judgepanel.domain.errors import NotFoundError
from judgepanel.domain.model import (
    Bilingual,
    CompetitionOverview,
    CompetitionSummary,
    ConflictView,
    CriterionView,
    EntrantView,
    FinalistView,
    JudgeView,
    RubricBandView,
    ScheduleSlotView,
)

SETTING_ROLE = "role"
SETTING_JUDGE_UID = "judge_uid"


def competition_view(c: Competition) -> CompetitionSummary:
    return CompetitionSummary(
        id=c.id,
        uid=c.uid,
        name=Bilingual(c.name_en, c.name_zh),
        year_label=c.year_label,
        award_name=Bilingual(c.award_name_en, c.award_name_zh),
        award_count=c.award_count,
        finalist_count=c.finalist_count,
        public_award_name=Bilingual(c.public_award_name_en, c.public_award_name_zh),
        public_award_count=c.public_award_count,
        venue=Bilingual(c.venue_en, c.venue_zh),
    )


def criterion_view(c: Criterion) -> CriterionView:
    return CriterionView(
        id=c.id,
        uid=c.uid,
        position=c.position,
        code=c.code,
        name=Bilingual(c.name_en, c.name_zh),
        description=Bilingual(c.description_en, c.description_zh),
        weight=c.weight,
        scale_min=c.scale_min,
        scale_max=c.scale_max,
        scale_step=c.scale_step,
        bands=tuple(
            RubricBandView(b.low, b.high, Bilingual(b.descriptor_en, b.descriptor_zh))
            for b in c.bands
        ),
    )


def entrant_view(e: Entrant) -> EntrantView:
    return EntrantView(
        id=e.id,
        uid=e.uid,
        code=e.code,
        name=Bilingual(e.name_en, e.name_zh),
        category=EntrantCategory(e.category),
    )


def judge_view(j: Judge, conflicts: tuple[str, ...] = ()) -> JudgeView:
    return JudgeView(
        id=j.id,
        uid=j.uid,
        name=Bilingual(j.name_en, j.name_zh),
        title=j.title,
        affiliation=Affiliation(j.affiliation),
        organisation=j.organisation,
        certificate_sha256=j.certificate_sha256,
        conflicts=conflicts,
    )


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(AppSetting, key)
    return row.value if row else None


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value


class CompetitionService:
    """Read-side use cases about competitions; each call is one short transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list_competitions(self) -> tuple[CompetitionSummary, ...]:
        with self._db.read() as s:
            rows = s.scalars(select(Competition).order_by(Competition.id)).all()
            return tuple(competition_view(c) for c in rows)

    def role(self) -> DatabaseRole:
        with self._db.read() as s:
            value = get_setting(s, SETTING_ROLE)
        return DatabaseRole(value) if value else DatabaseRole.CHAIR

    def default_competition_id(self) -> int | None:
        """The competition to show on start: a judge's own, else the most recent one."""
        with self._db.read() as s:
            return s.scalar(select(Competition.id).order_by(Competition.id.desc()).limit(1))

    def overview(self, competition_id: int) -> CompetitionOverview:
        with self._db.read() as s:
            comp = s.scalar(
                select(Competition)
                .where(Competition.id == competition_id)
                .options(selectinload(Competition.criteria).selectinload(Criterion.bands))
            )
            if comp is None:
                raise NotFoundError("There is no competition with id {id}.", id=competition_id)
            entrant_count = s.scalar(
                select(func.count(Entrant.id)).where(Entrant.competition_id == competition_id)
            )
            finalists = s.scalars(
                select(Finalist)
                .where(Finalist.competition_id == competition_id)
                .options(selectinload(Finalist.entrant))
                .order_by(Finalist.shortlist_rank)
            ).all()
            judges = s.scalars(
                select(Judge).where(Judge.competition_id == competition_id).order_by(Judge.id)
            ).all()
            conflict_rows = s.execute(
                select(ConflictOfInterest, Entrant.code)
                .join(Entrant, Entrant.id == ConflictOfInterest.entrant_id)
                .where(Entrant.competition_id == competition_id)
                .order_by(ConflictOfInterest.judge_id, Entrant.code)
            ).all()
            slots = s.scalars(
                select(PresentationSlot)
                .where(PresentationSlot.competition_id == competition_id)
                .options(selectinload(PresentationSlot.entrant))
                .order_by(PresentationSlot.position)
            ).all()
            role_value = get_setting(s, SETTING_ROLE)
            own_uid = get_setting(s, SETTING_JUDGE_UID)

            conflicts = tuple(
                ConflictView(c.judge_id, c.entrant_id, code, c.reason, c.declared_at)
                for c, code in conflict_rows
            )
            by_judge: dict[int, list[str]] = {}
            for c in conflicts:
                by_judge.setdefault(c.judge_id, []).append(c.entrant_code)
            judge_views = tuple(judge_view(j, tuple(by_judge.get(j.id, ()))) for j in judges)
            own_id = next((j.id for j in judges if j.uid == own_uid), None)
            return CompetitionOverview(
                competition=competition_view(comp),
                criteria=tuple(criterion_view(c) for c in comp.criteria),
                entrant_count=entrant_count or 0,
                finalists=tuple(
                    FinalistView(entrant_view(f.entrant), f.shortlist_rank, f.composite_score)
                    for f in finalists
                ),
                judges=judge_views,
                conflicts=conflicts,
                schedule=tuple(
                    ScheduleSlotView(
                        sl.position,
                        entrant_view(sl.entrant),
                        sl.starts_at,
                        sl.presentation_minutes,
                        sl.qa_minutes,
                    )
                    for sl in slots
                ),
                role=DatabaseRole(role_value) if role_value else DatabaseRole.CHAIR,
                own_judge_id=own_id,
            )
