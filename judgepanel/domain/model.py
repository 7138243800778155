"""Plain, frozen data objects that services hand to the UI and the CLI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from judgepanel.domain.enums import Affiliation, DatabaseRole, EntrantCategory


@dataclass(frozen=True)
class Bilingual:
    en: str
    zh: str

    def pick(self, language: str) -> str:
        """The text in ``language`` ("en" or "zh_HK"), falling back to the other one."""
        if language.startswith("zh"):
            return self.zh or self.en
        return self.en or self.zh


@dataclass(frozen=True)
class CompetitionSummary:
    id: int
    uid: str
    name: Bilingual
    year_label: str
    award_name: Bilingual
    award_count: int
    finalist_count: int
    public_award_name: Bilingual
    public_award_count: int
    venue: Bilingual


@dataclass(frozen=True)
class RubricBandView:
    low: Decimal
    high: Decimal
    descriptor: Bilingual


@dataclass(frozen=True)
class CriterionView:
    id: int
    uid: str
    position: int
    code: str
    name: Bilingual
    description: Bilingual
    weight: Decimal
    scale_min: Decimal
    scale_max: Decimal
    scale_step: Decimal
    bands: tuple[RubricBandView, ...] = ()

    def band_for(self, value: Decimal) -> RubricBandView | None:
        for band in self.bands:
            if band.low <= value <= band.high:
                return band
        return None


@dataclass(frozen=True)
class EntrantView:
    id: int
    uid: str
    code: str
    name: Bilingual
    category: EntrantCategory


@dataclass(frozen=True)
class FinalistView:
    entrant: EntrantView
    shortlist_rank: int
    composite_score: Decimal | None


@dataclass(frozen=True)
class JudgeView:
    id: int
    uid: str
    name: Bilingual
    title: str
    affiliation: Affiliation
    organisation: str
    certificate_sha256: str | None
    conflicts: tuple[str, ...] = ()  # entrant codes


@dataclass(frozen=True)
class ConflictView:
    judge_id: int
    entrant_id: int
    entrant_code: str
    reason: str
    declared_at: datetime


@dataclass(frozen=True)
class ScheduleSlotView:
    position: int
    entrant: EntrantView
    starts_at: datetime
    presentation_minutes: int
    qa_minutes: int

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.presentation_minutes + self.qa_minutes)


@dataclass(frozen=True)
class CompetitionOverview:
    """Everything the overview screen shows about one competition."""

    competition: CompetitionSummary
    criteria: tuple[CriterionView, ...]
    entrant_count: int
    finalists: tuple[FinalistView, ...]
    judges: tuple[JudgeView, ...]
    conflicts: tuple[ConflictView, ...]
    schedule: tuple[ScheduleSlotView, ...]
    role: DatabaseRole = DatabaseRole.CHAIR
    own_judge_id: int | None = None
    warnings: tuple[str, ...] = field(default=())
