"""Creating and editing a competition and its criteria (with rubric bands).

Each method is one write transaction that validates first (domain rules in
:mod:`judgepanel.domain.setup`), changes the rows, appends to the audit log and returns frozen
views. Criteria cannot change once judges have recorded scores: the judges scored against them.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from judgepanel.db.engine import Database
from judgepanel.db.models import Competition, Criterion, RubricBand
from judgepanel.domain.errors import NotFoundError, ValidationError, tr_noop
from judgepanel.domain.model import CompetitionSummary, CriterionView
from judgepanel.domain.setup import DEFAULT_SHORTLIST_FORMULA, CompetitionInput, CriterionInput
from judgepanel.services.competitions import competition_view, criterion_view
from judgepanel.services.setup_common import (
    get_competition,
    log,
    require_chair,
    require_judging_not_started,
    require_open_shortlist,
)

MAX_CRITERIA = 30


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")
    return (slug or "criterion")[:36]


class CompetitionSetupService:
    """The competition's own details and its criteria."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- competitions --------------------------------------------------------------------------
    def list_competitions(self) -> tuple[CompetitionSummary, ...]:
        with self._db.read() as s:
            rows = s.scalars(select(Competition).order_by(Competition.id)).all()
            return tuple(competition_view(c) for c in rows)

    def competition(self, competition_id: int) -> CompetitionSummary:
        with self._db.read() as s:
            return competition_view(get_competition(s, competition_id))

    def create_competition(self, data: CompetitionInput) -> CompetitionSummary:
        """A new competition with the default shortlist formula, which the chair may change
        until the finalists are confirmed."""
        clean = data.validated()
        with self._db.write() as s:
            require_chair(s)
            comp = Competition(
                name_en=clean.name.en, name_zh=clean.name.zh, year_label=clean.year_label,
                award_name_en=clean.award_name.en, award_name_zh=clean.award_name.zh,
                award_count=clean.award_count, finalist_count=clean.finalist_count,
                public_award_name_en=clean.public_award_name.en,
                public_award_name_zh=clean.public_award_name.zh,
                public_award_count=clean.public_award_count,
                venue_en=clean.venue.en, venue_zh=clean.venue.zh,
                shortlist_formula=json.dumps(DEFAULT_SHORTLIST_FORMULA.to_dict(), sort_keys=True),
            )
            s.add(comp)
            s.flush()
            log(s, "setup.competition_created", {"competition_uid": comp.uid,
                                                 "name_en": comp.name_en})
            return competition_view(comp)

    def update_competition(self, competition_id: int, data: CompetitionInput) -> CompetitionSummary:
        """Edits the details. The number of finalists is part of the shortlist, so it is fixed
        once the finalists are confirmed."""
        clean = data.validated()
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            if clean.finalist_count != comp.finalist_count:
                require_open_shortlist(s, competition_id)
            before = competition_view(comp)
            comp.name_en, comp.name_zh = clean.name.en, clean.name.zh
            comp.year_label = clean.year_label
            comp.award_name_en, comp.award_name_zh = clean.award_name.en, clean.award_name.zh
            comp.award_count = clean.award_count
            comp.finalist_count = clean.finalist_count
            comp.public_award_name_en = clean.public_award_name.en
            comp.public_award_name_zh = clean.public_award_name.zh
            comp.public_award_count = clean.public_award_count
            comp.venue_en, comp.venue_zh = clean.venue.en, clean.venue.zh
            after = competition_view(comp)
            changed = sorted(
                name for name in ("name", "year_label", "award_name", "award_count",
                                  "finalist_count", "public_award_name", "public_award_count",
                                  "venue")
                if getattr(before, name) != getattr(after, name)
            )
            log(s, "setup.competition_updated", {"competition_uid": comp.uid,
                                                 "changed": changed})
            return after

    # -- criteria --------------------------------------------------------------------------------
    def criteria(self, competition_id: int) -> tuple[CriterionView, ...]:
        with self._db.read() as s:
            get_competition(s, competition_id)
            rows = s.scalars(
                select(Criterion)
                .where(Criterion.competition_id == competition_id)
                .options(selectinload(Criterion.bands))
                .order_by(Criterion.position)
            ).all()
            return tuple(criterion_view(c) for c in rows)

    def add_criterion(self, competition_id: int, data: CriterionInput) -> CriterionView:
        clean = data.validated()
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            require_judging_not_started(s, competition_id)
            existing = s.scalars(
                select(Criterion).where(Criterion.competition_id == competition_id)
            ).all()
            if len(existing) >= MAX_CRITERIA:
                raise ValidationError(
                    tr_noop("A competition can have at most {limit} criteria."),
                    limit=MAX_CRITERIA,
                )
            self._check_unique_name(existing, clean, None)
            codes = {c.code for c in existing}
            code = clean.code or _slug(clean.name.en)
            base, n = code, 2
            while code in codes:
                code, n = f"{base}_{n}", n + 1
            position = (s.scalar(
                select(func.max(Criterion.position))
                .where(Criterion.competition_id == competition_id)
            ) or 0) + 1
            crit = Criterion(competition_id=comp.id, position=position, code=code)
            self._apply(s, crit, clean)
            s.add(crit)
            s.flush()
            log(s, "setup.criterion_added", {"competition_uid": comp.uid, "criterion": code,
                                             "weight": str(clean.weight)})
            return criterion_view(crit)

    def update_criterion(
        self, competition_id: int, criterion_id: int, data: CriterionInput
    ) -> CriterionView:
        clean = data.validated()
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            require_judging_not_started(s, competition_id)
            crit = self._get(s, competition_id, criterion_id)
            existing = s.scalars(
                select(Criterion).where(Criterion.competition_id == competition_id)
            ).all()
            self._check_unique_name(existing, clean, criterion_id)
            self._apply(s, crit, clean)
            s.flush()
            log(s, "setup.criterion_updated", {"competition_uid": comp.uid,
                                               "criterion": crit.code,
                                               "weight": str(clean.weight)})
            return criterion_view(crit)

    def remove_criterion(self, competition_id: int, criterion_id: int) -> None:
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            require_judging_not_started(s, competition_id)
            crit = self._get(s, competition_id, criterion_id)
            code = crit.code
            s.delete(crit)
            s.flush()
            self._renumber(s, competition_id)
            log(s, "setup.criterion_removed", {"competition_uid": comp.uid, "criterion": code})

    def move_criterion(self, competition_id: int, criterion_id: int, offset: int) -> None:
        """Moves a criterion up (-1) or down (+1) in the order judges see them."""
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            require_judging_not_started(s, competition_id)
            rows = list(s.scalars(
                select(Criterion).where(Criterion.competition_id == competition_id)
                .order_by(Criterion.position)
            ).all())
            index = next((i for i, c in enumerate(rows) if c.id == criterion_id), None)
            if index is None:
                raise NotFoundError(tr_noop("There is no criterion with id {id}."),
                                    id=criterion_id)
            target = max(0, min(len(rows) - 1, index + offset))
            if target == index:
                return
            rows.insert(target, rows.pop(index))
            self._renumber(s, competition_id, rows)
            log(s, "setup.criteria_reordered", {"competition_uid": comp.uid,
                                                "order": [c.code for c in rows]})

    # -- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def _get(s: Session, competition_id: int, criterion_id: int) -> Criterion:
        crit = s.get(Criterion, criterion_id)
        if crit is None or crit.competition_id != competition_id:
            raise NotFoundError(tr_noop("There is no criterion with id {id}."), id=criterion_id)
        return crit

    @staticmethod
    def _check_unique_name(
        existing: list[Criterion], clean: CriterionInput, own_id: int | None
    ) -> None:
        for other in existing:
            if other.id == own_id:
                continue
            if (other.name_en.casefold() == clean.name.en.casefold()
                    or other.name_zh == clean.name.zh):
                raise ValidationError(
                    tr_noop("There is already a criterion called {name}."),
                    name=f"{other.name_en} / {other.name_zh}",
                )

    @staticmethod
    def _apply(s: Session, crit: Criterion, clean: CriterionInput) -> None:
        crit.name_en, crit.name_zh = clean.name.en, clean.name.zh
        crit.description_en, crit.description_zh = clean.description.en, clean.description.zh
        crit.weight = clean.weight  # type: ignore[assignment]
        crit.scale_min = clean.scale_min  # type: ignore[assignment]
        crit.scale_max = clean.scale_max  # type: ignore[assignment]
        crit.scale_step = clean.scale_step  # type: ignore[assignment]
        if crit.id is not None and crit.bands:
            # Old bands must be deleted before new ones reuse their positions (unique).
            crit.bands.clear()
            s.flush()
        crit.bands.extend(
            RubricBand(position=i, low=b.low, high=b.high, descriptor_en=b.descriptor.en,
                       descriptor_zh=b.descriptor.zh)
            for i, b in enumerate(clean.bands, start=1)
        )

    @staticmethod
    def _renumber(s: Session, competition_id: int, rows: list[Criterion] | None = None) -> None:
        """Positions are unique per competition, so move everyone out of the way first."""
        if rows is None:
            rows = list(s.scalars(
                select(Criterion).where(Criterion.competition_id == competition_id)
                .order_by(Criterion.position)
            ).all())
        for i, c in enumerate(rows, start=1):
            c.position = -i
        s.flush()
        for i, c in enumerate(rows, start=1):
            c.position = i
        s.flush()
