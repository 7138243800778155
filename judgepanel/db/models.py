"""SQLAlchemy 2 models for the whole scheme.

ORM classes are singular, tables plural. Scores, weights and scale bounds are exact decimals,
stored as canonical text so SQLite never turns 7.5 into a binary float. Each row that travels
between machines (kits, signed sheets) carries a ``uid`` so that two databases can talk about the
same competition, judge, entrant or criterion.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal kept as canonical text (``"7.5"``), never as a float."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            value = Decimal(str(value))
        if not value.is_finite():
            raise ValueError(f"not a finite decimal: {value!r}")
        text = format(value.normalize(), "f")
        return text

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(str(value))


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; attach a time zone")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class AppSetting(Base):
    """Key/value facts about this database: its role (chair or judge) and, on a judge's
    laptop, which judge it belongs to."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Competition(Base):
    __tablename__ = "competitions"
    __table_args__ = (
        CheckConstraint("finalist_count > 0", name="finalist_count_positive"),
        CheckConstraint("award_count > 0", name="award_count_positive"),
        CheckConstraint("public_award_count >= 0", name="public_award_count_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    name_en: Mapped[str] = mapped_column(String(300))
    name_zh: Mapped[str] = mapped_column(String(300))
    year_label: Mapped[str] = mapped_column(String(20))
    award_name_en: Mapped[str] = mapped_column(String(300))
    award_name_zh: Mapped[str] = mapped_column(String(300))
    award_count: Mapped[int] = mapped_column(Integer, default=1)
    finalist_count: Mapped[int] = mapped_column(Integer, default=8)
    public_award_name_en: Mapped[str] = mapped_column(String(300))
    public_award_name_zh: Mapped[str] = mapped_column(String(300))
    public_award_count: Mapped[int] = mapped_column(Integer, default=3)
    venue_en: Mapped[str] = mapped_column(String(300), default="")
    venue_zh: Mapped[str] = mapped_column(String(300), default="")
    # Fixed in advance, before any result is computed (JSON text: formula weights, method,
    # tie-break chain). Kept as text so a later screen can extend it without a migration.
    shortlist_formula: Mapped[str] = mapped_column(Text, default="{}")
    aggregation_method: Mapped[str] = mapped_column(String(20), default="mean")
    tie_break_chain: Mapped[str] = mapped_column(Text, default="[]")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="competition", order_by="Criterion.position", cascade="all, delete-orphan"
    )
    entrants: Mapped[list[Entrant]] = relationship(
        back_populates="competition", order_by="Entrant.code", cascade="all, delete-orphan"
    )
    judges: Mapped[list[Judge]] = relationship(
        back_populates="competition", order_by="Judge.id", cascade="all, delete-orphan"
    )


class Criterion(Base):
    __tablename__ = "criteria"
    __table_args__ = (
        UniqueConstraint("competition_id", "code"),
        CheckConstraint("CAST(weight AS REAL) > 0", name="weight_positive"),
        CheckConstraint("CAST(scale_max AS REAL) > CAST(scale_min AS REAL)", name="scale_ordered"),
        CheckConstraint("CAST(scale_step AS REAL) > 0", name="step_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200))
    description_en: Mapped[str] = mapped_column(Text, default="")
    description_zh: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[Decimal] = mapped_column(DecimalText)
    scale_min: Mapped[Decimal] = mapped_column(DecimalText)
    scale_max: Mapped[Decimal] = mapped_column(DecimalText)
    scale_step: Mapped[Decimal] = mapped_column(DecimalText)

    competition: Mapped[Competition] = relationship(back_populates="criteria")
    bands: Mapped[list[RubricBand]] = relationship(
        back_populates="criterion", order_by="RubricBand.position", cascade="all, delete-orphan"
    )


class RubricBand(Base):
    """The descriptor a judge reads for one score band of a criterion (e.g. 9–10: exemplary)."""

    __tablename__ = "rubric_bands"
    __table_args__ = (UniqueConstraint("criterion_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("criteria.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    low: Mapped[Decimal] = mapped_column(DecimalText)
    high: Mapped[Decimal] = mapped_column(DecimalText)
    descriptor_en: Mapped[str] = mapped_column(Text)
    descriptor_zh: Mapped[str] = mapped_column(Text)

    criterion: Mapped[Criterion] = relationship(back_populates="bands")


class Entrant(Base):
    __tablename__ = "entrants"
    __table_args__ = (
        UniqueConstraint("competition_id", "code"),
        CheckConstraint("category IN ('department', 'team', 'individual')", name="category"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(300))
    name_zh: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(20), default="department")

    competition: Mapped[Competition] = relationship(back_populates="entrants")


class PreliminaryAssessment(Base):
    """Stage one and two of judging: the self-nomination submission and the consultant's
    site visit, each scored out of 100."""

    __tablename__ = "preliminary_assessments"

    entrant_id: Mapped[int] = mapped_column(
        ForeignKey("entrants.id", ondelete="CASCADE"), primary_key=True
    )
    submission_score: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    site_visit_score: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PublicPoll(Base):
    """One public poll (e.g. a telephone poll of 4,500 households) and its sample size."""

    __tablename__ = "public_polls"
    __table_args__ = (CheckConstraint("sample_size > 0", name="sample_size_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(String(300), default="")
    sample_size: Mapped[int] = mapped_column(Integer)
    conducted_by: Mapped[str] = mapped_column(String(300), default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    tallies: Mapped[list[VoteTally]] = relationship(
        back_populates="poll", cascade="all, delete-orphan"
    )


class VoteTally(Base):
    __tablename__ = "vote_tallies"
    __table_args__ = (
        UniqueConstraint("poll_id", "entrant_id"),
        CheckConstraint("votes >= 0", name="votes_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("public_polls.id", ondelete="CASCADE"))
    entrant_id: Mapped[int] = mapped_column(ForeignKey("entrants.id", ondelete="CASCADE"))
    votes: Mapped[int] = mapped_column(Integer)

    poll: Mapped[PublicPoll] = relationship(back_populates="tallies")


class Finalist(Base):
    """The shortlist: an entrant that goes through to the presentations."""

    __tablename__ = "finalists"
    __table_args__ = (UniqueConstraint("competition_id", "entrant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), index=True
    )
    entrant_id: Mapped[int] = mapped_column(ForeignKey("entrants.id", ondelete="CASCADE"))
    shortlist_rank: Mapped[int] = mapped_column(Integer)
    composite_score: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    entrant: Mapped[Entrant] = relationship()


class Judge(Base):
    __tablename__ = "judges"
    __table_args__ = (
        CheckConstraint(
            "affiliation IN ('legislative_council', 'private_sector', 'professional_body', "
            "'staff_side', 'district_council', 'other')",
            name="affiliation",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), index=True
    )
    name_en: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    affiliation: Mapped[str] = mapped_column(String(40))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    # The judge's signing certificate (PEM) and its SHA-256 fingerprint, whether issued by the
    # panel's authority or the judge's own (e.g. a Hongkong Post e-Cert).
    certificate_pem: Mapped[str | None] = mapped_column(Text, nullable=True)
    certificate_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)

    competition: Mapped[Competition] = relationship(back_populates="judges")


class JudgeCredential(Base):
    """A judge's signing credential as an encrypted PKCS#12 file: never a bare private key."""

    __tablename__ = "judge_credentials"

    judge_id: Mapped[int] = mapped_column(
        ForeignKey("judges.id", ondelete="CASCADE"), primary_key=True
    )
    pkcs12: Mapped[bytes] = mapped_column(LargeBinary)
    issued_by_panel: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CredentialRecord(Base):
    """Every certificate that has signed for a judge on the chair's machine, in order: panel
    credentials as issued and the judge's own certificates as registered. Issuing or registering
    another one for the judge sets ``replaced_at`` on the one in force: a sheet signed with a
    replaced credential is refused on import, and one already imported stays valid only when it
    was signed before the replacement. (Schema 3.)"""

    __tablename__ = "credential_records"
    __table_args__ = (UniqueConstraint("judge_id", "fingerprint_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"), index=True)
    fingerprint_sha256: Mapped[str] = mapped_column(String(64))
    certificate_pem: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    replaced_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class PanelAuthorityRecord(Base):
    """The panel's certificate authority: certificate and passphrase-encrypted key."""

    __tablename__ = "panel_authorities"

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), unique=True
    )
    certificate_pem: Mapped[str] = mapped_column(Text)
    encrypted_key_pem: Mapped[str | None] = mapped_column(Text, nullable=True)
    fingerprint_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ConflictOfInterest(Base):
    __tablename__ = "conflicts_of_interest"
    __table_args__ = (UniqueConstraint("judge_id", "entrant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"), index=True)
    entrant_id: Mapped[int] = mapped_column(ForeignKey("entrants.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)
    declared_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PresentationSlot(Base):
    __tablename__ = "presentation_slots"
    __table_args__ = (
        UniqueConstraint("competition_id", "position"),
        UniqueConstraint("competition_id", "entrant_id"),
        CheckConstraint("presentation_minutes > 0", name="presentation_positive"),
        CheckConstraint("qa_minutes >= 0", name="qa_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), index=True
    )
    entrant_id: Mapped[int] = mapped_column(ForeignKey("entrants.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    presentation_minutes: Mapped[int] = mapped_column(Integer, default=15)
    qa_minutes: Mapped[int] = mapped_column(Integer, default=10)

    entrant: Mapped[Entrant] = relationship()


class Score(Base):
    """One judge's mark for one finalist on one criterion."""

    __tablename__ = "scores"
    __table_args__ = (
        UniqueConstraint("judge_id", "entrant_id", "criterion_id"),
        CheckConstraint("source IN ('app', 'signed_sheet', 'paper')", name="source"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"), index=True)
    entrant_id: Mapped[int] = mapped_column(ForeignKey("entrants.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id", ondelete="CASCADE"))
    value: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="app")
    # On the chair's machine: the signed sheet this score was read from, so a score changed
    # behind the app's back can be caught by re-reading that sheet.
    sheet_id: Mapped[int | None] = mapped_column(
        ForeignKey("score_sheets.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class FinalistNote(Base):
    """A judge's overall comment on one finalist (criteria comments live on ``Score``)."""

    __tablename__ = "finalist_notes"
    __table_args__ = (UniqueConstraint("judge_id", "entrant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"))
    entrant_id: Mapped[int] = mapped_column(ForeignKey("entrants.id", ondelete="CASCADE"))
    overall_comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ScoreSheet(Base):
    """One revision of one judge's score sheet: draft, signed, or superseded by an amendment.

    On a judge's laptop these are the sheets the judge signed; on the chair's machine, the
    sheets imported from judges (``imported_at`` set)."""

    __tablename__ = "score_sheets"
    __table_args__ = (
        UniqueConstraint("judge_id", "revision"),
        CheckConstraint("status IN ('draft', 'signed', 'superseded')", name="status"),
        CheckConstraint("revision >= 1", name="revision_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    document_id: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    amendment_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    file_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    signer_fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    imported_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    source_name: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Decision(Base):
    """A decision the chair recorded with its reason (shortlist tie, casting vote, override)."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only, hash-chained log: each entry's hash covers its content and the previous hash.

    Database triggers refuse UPDATE and DELETE on this table."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(80))
    payload: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


# -- Consolidation (schema 2) ----------------------------------------------------------------


class ChairCredential(Base):
    """The panel chair's signing credential for the results report: an encrypted PKCS#12 issued
    by the panel's authority. Its certificate carries no judge UID, so a results report can never
    pass for a judge's score sheet, nor a score sheet for the chair's results."""

    __tablename__ = "chair_credentials"

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), unique=True
    )
    name_en: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    certificate_pem: Mapped[str] = mapped_column(Text)
    fingerprint_sha256: Mapped[str] = mapped_column(String(64))
    pkcs12: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SheetImport(Base):
    """One file the chair imported and what became of it: a sheet now in force, an older
    revision kept on record, or a refusal with its reason (so the results can list every
    exclusion). Importing an identical file again records nothing: it changes nothing."""

    __tablename__ = "sheet_imports"
    __table_args__ = (
        CheckConstraint("outcome IN ('imported', 'superseded', 'rejected')", name="outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    file_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    judge_id: Mapped[int | None] = mapped_column(
        ForeignKey("judges.id", ondelete="SET NULL"), nullable=True
    )
    sheet_id: Mapped[int | None] = mapped_column(
        ForeignKey("score_sheets.id", ondelete="SET NULL"), nullable=True
    )
    revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SheetDigest(Base):
    """SHA-256 over the scores an imported sheet contributed, as read from its signed payload.

    Computing results recomputes it from the ``scores`` table: a score changed behind the app's
    back (plain SQL) no longer matches its sheet and the results refuse to run."""

    __tablename__ = "sheet_digests"

    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("score_sheets.id", ondelete="CASCADE"), primary_key=True
    )
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), index=True
    )
    scores_sha256: Mapped[str] = mapped_column(String(64))
    score_count: Mapped[int] = mapped_column(Integer)


class ScoreExclusion(Base):
    """A score in a signed sheet that was refused (the judge is conflicted with that finalist)."""

    __tablename__ = "score_exclusions"

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), index=True
    )
    sheet_id: Mapped[int] = mapped_column(ForeignKey("score_sheets.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"))
    entrant_id: Mapped[int] = mapped_column(ForeignKey("entrants.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PaperEntry(Base):
    """One clerk's keying of one mark from a paper score sheet. A mark counts only when both
    clerks (two different people) keyed the same value."""

    __tablename__ = "paper_entries"
    __table_args__ = (
        UniqueConstraint("judge_id", "entrant_id", "criterion_id", "clerk"),
        CheckConstraint("clerk IN (1, 2)", name="clerk"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"), index=True)
    entrant_id: Mapped[int] = mapped_column(ForeignKey("entrants.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id", ondelete="CASCADE"))
    clerk: Mapped[int] = mapped_column(Integer)
    clerk_name: Mapped[str] = mapped_column(String(200))
    value: Mapped[Decimal] = mapped_column(DecimalText)
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ResultRun(Base):
    """Results as recorded: the method fixed in advance, whether the judges × finalists matrix
    was complete (or the chair's override), the inputs' digest, the ranking, and the signed
    report when one was made."""

    __tablename__ = "result_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(
        ForeignKey("competitions.id", ondelete="CASCADE"), index=True
    )
    method: Mapped[str] = mapped_column(String(20))
    complete: Mapped[bool] = mapped_column(default=False)
    override_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    inputs_sha256: Mapped[str] = mapped_column(String(64))
    ranking_json: Mapped[str] = mapped_column(Text)
    chair_fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)
    report_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    report_pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
