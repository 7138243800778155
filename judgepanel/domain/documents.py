"""The inputs of every printable document: plain, frozen data, no ReportLab, Qt or SQLAlchemy.

Services fill these from the database; ``judgepanel.reports`` turns them into PDF bytes and
``judgepanel.domain.sheet_payload`` into the score sheet's embedded JSON. Scores and weights are
exact :class:`~decimal.Decimal`; times are timezone-aware (a naive time is a programming error,
refused here so it cannot be printed as the wrong hour).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

__all__ = [
    "BlankSheetSet",
    "CompetitionInfo",
    "CriterionInfo",
    "CriterionScore",
    "EntrantInfo",
    "FinalistScores",
    "JudgeInfo",
    "RevisionNote",
    "RubricBand",
    "ScheduleDocument",
    "ScheduleSlot",
    "ScoreSheet",
]

SCHEME_EN = "Civil Service Customer Service Award Scheme"
SCHEME_ZH = "公務員顧客服務獎勵計劃"


def _require_aware(moment: datetime | None, what: str) -> None:
    if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
        raise ValueError(f"{what} must be timezone-aware, not {moment!r}")


@dataclass(frozen=True)
class CompetitionInfo:
    uid: str
    name_en: str
    name_zh: str
    year_label: str
    award_name_en: str
    award_name_zh: str
    scheme_en: str = SCHEME_EN
    scheme_zh: str = SCHEME_ZH


@dataclass(frozen=True)
class JudgeInfo:
    uid: str
    name_en: str
    name_zh: str
    title: str
    #: An :class:`~judgepanel.domain.enums.Affiliation` value, e.g. ``"private_sector"``.
    affiliation: str
    affiliation_en: str
    affiliation_zh: str


@dataclass(frozen=True)
class RubricBand:
    """What a score from ``low`` to ``high`` (both included) means on one criterion."""

    low: Decimal
    high: Decimal
    descriptor_en: str
    descriptor_zh: str


@dataclass(frozen=True)
class CriterionInfo:
    code: str
    name_en: str
    name_zh: str
    description_en: str
    description_zh: str
    #: Relative weight (40/30/30 and 4/3/3 mean the same).
    weight: Decimal
    scale_min: Decimal
    scale_max: Decimal
    scale_step: Decimal
    bands: tuple[RubricBand, ...] = ()


@dataclass(frozen=True)
class EntrantInfo:
    code: str
    name_en: str
    name_zh: str
    #: An :class:`~judgepanel.domain.enums.EntrantCategory` value, e.g. ``"department"``.
    category: str


@dataclass(frozen=True)
class CriterionScore:
    criterion_code: str
    value: Decimal | None
    comment: str = ""
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_aware(self.updated_at, "CriterionScore.updated_at")


@dataclass(frozen=True)
class FinalistScores:
    """One judge's marks for one finalist; a recused finalist has no scores."""

    entrant: EntrantInfo
    order: int
    recused: bool
    recusal_reason: str
    scores: tuple[CriterionScore, ...]
    overall_comment: str
    #: Out of 100 (see :func:`judgepanel.domain.scoring.weighted_total`); ``None`` when
    #: recused or incomplete.
    weighted_total: Decimal | None

    def score_for(self, criterion_code: str) -> CriterionScore | None:
        for score in self.scores:
            if score.criterion_code == criterion_code:
                return score
        return None


@dataclass(frozen=True)
class RevisionNote:
    """An earlier revision of the same judge's sheet, listed on an amended sheet."""

    revision: int
    signed_at: datetime | None
    reason: str
    #: SHA-256 (lowercase hex) of that revision's signed PDF, or ``""`` if it was never signed.
    sha256: str
    #: A :class:`~judgepanel.domain.enums.SheetStatus` value, usually ``"superseded"``.
    status: str

    def __post_init__(self) -> None:
        _require_aware(self.signed_at, "RevisionNote.signed_at")


@dataclass(frozen=True)
class ScoreSheet:
    """One revision of one judge's score sheet: what is printed, embedded and signed."""

    schema_version: int
    document_id: str
    competition: CompetitionInfo
    judge: JudgeInfo
    revision: int
    #: Why this revision replaces the previous one; ``None`` for revision 1.
    amendment_reason: str | None
    #: Earlier revisions (revision < this one), oldest first.
    history: tuple[RevisionNote, ...]
    criteria: tuple[CriterionInfo, ...]
    finalists: tuple[FinalistScores, ...]
    generated_at: datetime
    #: Head of the judge's hash-chained audit log when the sheet was generated.
    audit_head_hash: str
    #: SHA-256 of the signing certificate (lowercase hex), once known.
    signer_fingerprint: str | None
    signing_time: datetime | None

    def __post_init__(self) -> None:
        _require_aware(self.generated_at, "ScoreSheet.generated_at")
        _require_aware(self.signing_time, "ScoreSheet.signing_time")

    def finalists_in_order(self) -> tuple[FinalistScores, ...]:
        return tuple(sorted(self.finalists, key=lambda f: f.order))


@dataclass(frozen=True)
class ScheduleSlot:
    order: int
    entrant: EntrantInfo
    starts_at: datetime
    presentation_minutes: int
    qa_minutes: int

    def __post_init__(self) -> None:
        _require_aware(self.starts_at, "ScheduleSlot.starts_at")

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.presentation_minutes + self.qa_minutes)


@dataclass(frozen=True)
class ScheduleDocument:
    competition: CompetitionInfo
    venue_en: str
    venue_zh: str
    day: date
    slots: tuple[ScheduleSlot, ...]


@dataclass(frozen=True)
class BlankSheetSet:
    """Paper score sheets to print: one page per judge and finalist."""

    competition: CompetitionInfo
    criteria: tuple[CriterionInfo, ...]
    judges: tuple[JudgeInfo, ...]
    finalists: tuple[EntrantInfo, ...]
    #: ``(judge uid, entrant code)`` pairs where the judge has a conflict of interest.
    conflicts: frozenset[tuple[str, str]] = frozenset()
