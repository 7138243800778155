"""Score sheets: build, sign, amend, fetch; and verification of a signed sheet from outside.

One artifact travels back to the chair: the signed PDF. Its pages and its embedded
``scoresheet.json`` come from the same :class:`~judgepanel.domain.documents.ScoreSheet` object,
and the judge's PAdES signature covers both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from judgepanel.db.engine import Database
from judgepanel.db.models import (
    AppSetting,
    Competition,
    ConflictOfInterest,
    CredentialRecord,
    Criterion,
    Entrant,
    Finalist,
    FinalistNote,
    Judge,
    JudgeCredential,
    PanelAuthorityRecord,
    PresentationSlot,
    Score,
    new_uid,
)
from judgepanel.db.models import ScoreSheet as SheetRow
from judgepanel.domain import documents as doc
from judgepanel.domain.enums import Affiliation, DatabaseRole, SheetStatus
from judgepanel.domain.errors import (
    ConflictError,
    NotFoundError,
    SigningError,
    ValidationError,
    tr_noop,
)
from judgepanel.services import audit

if TYPE_CHECKING:
    from judgepanel.domain.results import Reason

CENT = Decimal("0.01")


@dataclass(frozen=True)
class SignedSheet:
    judge_id: int
    revision: int
    document_id: str
    sha256: str
    pdf: bytes


@dataclass(frozen=True)
class RevisionView:
    revision: int
    status: SheetStatus
    amendment_reason: str | None
    signed_at: datetime | None
    sha256: str | None


@dataclass(frozen=True)
class SheetVerification:
    """What a verifier needs to know about one signed sheet; ``ok`` only when all hold."""

    signer: str | None
    signer_uid: str | None
    signer_fingerprint: str | None
    signing_time: datetime | None
    intact: bool
    trusted: bool
    covers_entire_file: bool
    payload_ok: bool
    signer_is_named_judge: bool
    sheet: doc.ScoreSheet | None
    problems: tuple[str, ...]
    sha256: str

    @property
    def ok(self) -> bool:
        return (self.intact and self.trusted and self.covers_entire_file and self.payload_ok
                and self.signer_is_named_judge and not self.problems)


def fraction_to_decimal(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        CENT, rounding=ROUND_HALF_EVEN)


def verify_sheet_bytes(pdf: bytes, trust_roots: Sequence[bytes],
                       registered: Sequence[bytes] = (), *,
                       sha256: str | None = None) -> SheetVerification:
    """Checks a signed sheet as an outsider would: signature, trust, coverage, embedded data,
    and that the signer is the judge the data names. Never raises on hostile bytes except
    :class:`~judgepanel.domain.errors.FileRejectedError` for a file that is not a readable PDF.

    ``registered``: the judges' own certificates the chair registered
    (:func:`~judgepanel.services.authority.own_certificates`). Each is trusted as itself
    (pinned), whoever issued it; its subject's UID is ignored, so such a signer names a judge
    only by the certificate fingerprint the sheet records. ``sha256``: the file's digest when
    the caller has already taken it (an import does, to spot a file seen before)."""
    from judgepanel.domain.errors import FileRejectedError
    from judgepanel.domain.sheet_payload import ATTACHMENT_NAME, parse_payload
    from judgepanel.signing.pdf import verify_pdf_and_read

    digest = sha256 or hashlib.sha256(pdf).hexdigest()
    result, attachment = verify_pdf_and_read(pdf, (*trust_roots, *registered), ATTACHMENT_NAME)
    if registered and result.signer_uid is not None and \
            result.trust_anchor_fingerprint_sha256 not in _fingerprints(trust_roots):
        from dataclasses import replace

        result = replace(result, signer_uid=None)
    problems = list(result.problems)
    sheet: doc.ScoreSheet | None = None
    payload_ok = False
    try:
        if isinstance(attachment, FileRejectedError):
            raise attachment
        sheet = parse_payload(attachment)
        payload_ok = True
    except FileRejectedError as exc:
        problems.append(exc.message)
    named = False
    # A UID in the subject names a judge only because the panel's own authority (the only
    # trust root we pass) vouches for it; other signers are matched by certificate fingerprint.
    if sheet is not None and result.signature_count:
        if result.signer_uid is not None:
            named = result.signer_uid == sheet.judge.uid
        else:
            named = (sheet.signer_fingerprint is not None
                     and sheet.signer_fingerprint == result.signer_fingerprint_sha256)
        if not named:
            problems.append(tr_noop("The signer is not the judge named in the score sheet."))
    return SheetVerification(
        signer=result.signer_common_name, signer_uid=result.signer_uid,
        signer_fingerprint=result.signer_fingerprint_sha256, signing_time=result.signing_time,
        intact=result.intact and result.valid and result.signature_count == 1,
        trusted=result.trusted,
        covers_entire_file=result.covers_entire_file, payload_ok=payload_ok,
        signer_is_named_judge=named, sheet=sheet, problems=tuple(problems), sha256=digest)


def _fingerprints(certificates: Sequence[bytes]) -> frozenset[str]:
    from judgepanel.signing._x509 import cert_fingerprint, split_certificates

    found: set[str] = set()
    for item in certificates:
        try:
            found.update(cert_fingerprint(c) for c in split_certificates(bytes(item)))
        except ValueError:
            continue
    return frozenset(found)


class SheetService:
    """The judge's score sheet on the judge's machine (or on the chair's, for a paper judge)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -----------------------------------------------------------------------------
    def revisions(self, judge_id: int) -> tuple[RevisionView, ...]:
        with self._db.read() as s:
            rows = s.scalars(select(SheetRow).where(SheetRow.judge_id == judge_id)
                             .order_by(SheetRow.revision)).all()
            return tuple(RevisionView(r.revision, SheetStatus(r.status), r.amendment_reason,
                                      r.signed_at, r.file_sha256) for r in rows)

    def is_locked(self, judge_id: int) -> bool:
        """Signed and not reopened by an amendment: scores may not change."""
        with self._db.read() as s:
            return _latest_status(s, judge_id) == SheetStatus.SIGNED

    def signed_pdf(self, judge_id: int, revision: int | None = None) -> bytes:
        with self._db.read() as s:
            query = select(SheetRow).where(SheetRow.judge_id == judge_id,
                                           SheetRow.pdf.is_not(None))
            if revision is not None:
                query = query.where(SheetRow.revision == revision)
            row = s.scalar(query.order_by(SheetRow.revision.desc()).limit(1))
            if row is None or row.pdf is None:
                raise NotFoundError("There is no signed score sheet for this judge yet.")
            return row.pdf

    def trust_roots(self) -> tuple[bytes, ...]:
        with self._db.read() as s:
            return tuple(p.encode("ascii") for p in
                         s.scalars(select(PanelAuthorityRecord.certificate_pem)))

    def registered_certificates(self) -> tuple[bytes, ...]:
        """The judges' own registered certificates, pinned when verifying their sheets."""
        from judgepanel.services.authority import own_certificates

        with self._db.read() as s:
            return tuple(pem for cid in s.scalars(select(Competition.id))
                         for pem in own_certificates(s, cid))

    def replaced_credential(self, verification: SheetVerification) -> Reason | None:
        """On the chair's machine: why the sheet must be refused because the credential that
        signed it was replaced (a new panel credential issued, another own certificate
        registered), or ``None``. A sheet already imported stays valid when it was signed
        before the replacement. A judge's laptop keeps no such record: always ``None``."""
        from judgepanel.domain.results import Reason
        from judgepanel.services.authority import (
            REPLACED_CREDENTIAL,
            CredentialRecordView,
            replaced_on,
            shown_moment,
        )
        from judgepanel.services.competitions import SETTING_ROLE

        sheet, fingerprint = verification.sheet, verification.signer_fingerprint
        if sheet is None or fingerprint is None:
            return None
        with self._db.read() as s:
            role = s.get(AppSetting, SETTING_ROLE)
            if role is not None and role.value == DatabaseRole.JUDGE.value:
                return None
            row = s.execute(
                select(CredentialRecord.judge_id, CredentialRecord.fingerprint_sha256,
                       CredentialRecord.certificate_pem, CredentialRecord.issued_at,
                       CredentialRecord.replaced_at)
                .join(Judge, Judge.id == CredentialRecord.judge_id)
                .where(Judge.uid == sheet.judge.uid,
                       CredentialRecord.fingerprint_sha256 == fingerprint)).first()
            if row is None:
                return None
            on_record = s.scalar(select(SheetRow.id).where(
                SheetRow.judge_id == row[0], SheetRow.file_sha256 == verification.sha256,
                SheetRow.imported_at.is_not(None)).limit(1)) is not None
        replaced = replaced_on(CredentialRecordView(*row), verification.signing_time,
                               on_record=on_record)
        if replaced is None:
            return None
        return Reason.of(REPLACED_CREDENTIAL, date=shown_moment(replaced))

    def build_sheet(self, judge_id: int, *, require_complete: bool = False,
                    signer_fingerprint: str | None = None,
                    signing_time: datetime | None = None) -> doc.ScoreSheet:
        with self._db.read() as s:
            return self._build(s, judge_id, require_complete=require_complete,
                               signer_fingerprint=signer_fingerprint, signing_time=signing_time)

    def preview_pdf(self, judge_id: int) -> bytes:
        """The sheet as it stands, unsigned, for printing or checking before signing."""
        from judgepanel.reports.score_sheet import build_score_sheet_pdf

        return build_score_sheet_pdf(self.build_sheet(judge_id))

    def blank_sheets_pdf(self, competition_id: int, *,
                         progress: Callable[[int, int, str], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> bytes:
        """Paper sheets for every judge and finalist. ``progress(done, total, judge_name)`` hears
        of each sheet as it is laid out; when ``cancelled()`` turns true the build stops at the
        next sheet with :class:`~judgepanel.reports.blank_sheets.BlankSheetsCancelled` and
        nothing is returned."""
        from judgepanel.reports.blank_sheets import build_blank_sheets_pdf

        with self._db.read() as s:
            comp = _competition(s, competition_id)
            judges = s.scalars(select(Judge).where(Judge.competition_id == comp.id)
                               .order_by(Judge.id)).all()
            finalists = _finalists_in_order(s, comp.id)
            conflicts = s.execute(
                select(Judge.uid, Entrant.code)
                .join(ConflictOfInterest, ConflictOfInterest.judge_id == Judge.id)
                .join(Entrant, Entrant.id == ConflictOfInterest.entrant_id)
                .where(Judge.competition_id == comp.id)).all()
            data = doc.BlankSheetSet(
                competition=_competition_info(comp),
                criteria=tuple(_criterion_info(c) for c in comp.criteria),
                judges=tuple(_judge_info(j) for j in judges),
                finalists=tuple(_entrant_info(e) for e, _order in finalists),
                conflicts=frozenset((uid, code) for uid, code in conflicts))
        return build_blank_sheets_pdf(data, progress=progress, cancelled=cancelled)

    # -- signing -----------------------------------------------------------------------------
    def begin_amendment(self, judge_id: int, reason: str) -> int:
        """Reopens a signed sheet for changes; the next signature makes a new revision."""
        reason = reason.strip()
        if len(reason) < 5:
            raise ValidationError("An amendment needs a reason (at least a few words).")
        with self._db.write() as s:
            status = _latest_status(s, judge_id)
            if status != SheetStatus.SIGNED:
                raise ConflictError("Only a signed score sheet can be amended; this one is not "
                                    "signed yet, so it can still be changed directly.")
            last = _latest_revision(s, judge_id)
            s.add(SheetRow(judge_id=judge_id, revision=last + 1, status=SheetStatus.DRAFT.value,
                           amendment_reason=reason))
            judge = s.get(Judge, judge_id)
            audit.append(s, judge.uid if judge else "judge", "sheet.amendment_started",
                         {"revision": last + 1, "reason": reason})
            return last + 1

    def sign(self, judge_id: int, passphrase: bytes, *, credential_file: bytes | None = None,
             drawn_signature_png: bytes | None = None) -> SignedSheet:
        """Builds, embeds, signs and stores the judge's sheet; the scores are locked after."""
        from judgepanel.domain.sheet_payload import ATTACHMENT_NAME, to_payload_bytes
        from judgepanel.reports.score_sheet import build_score_sheet_pdf
        from judgepanel.signing.credentials import load_pkcs12
        from judgepanel.signing.pdf import Attachment, sign_pdf

        with self._db.read() as s:
            judge = s.get(Judge, judge_id)
            if judge is None:
                raise NotFoundError("There is no judge with id {id}.", id=judge_id)
            if _latest_status(s, judge_id) == SheetStatus.SIGNED:
                raise ConflictError("This score sheet is already signed. To change it, start an "
                                    "amendment and give the reason.")
            stored = s.get(JudgeCredential, judge_id)
            registered = judge.certificate_sha256
            judge_name = judge.name_en
        if credential_file is None and stored is None:
            raise SigningError("There is no signing credential for {judge} on this computer; "
                               "choose the judge's own credential file.", judge=judge_name)
        source = (tr_noop("your signing credential") if credential_file is None
                  else tr_noop("the credential file"))
        credential = load_pkcs12(credential_file if credential_file is not None
                                 else stored.pkcs12, passphrase, source=source)  # type: ignore[union-attr]
        if registered is not None and credential.fingerprint_sha256 != registered:
            raise SigningError("This credential is not the one registered for {judge}; use the "
                               "credential the panel issued or registered.", judge=judge_name)
        now = datetime.now(UTC).replace(microsecond=0)
        sheet = self.build_sheet(judge_id, require_complete=True,
                                 signer_fingerprint=credential.fingerprint_sha256,
                                 signing_time=now)
        pages = build_score_sheet_pdf(sheet, drawn_signature_png=drawn_signature_png)
        # The data file goes into the signature's own update: one parse and write of the PDF.
        data = Attachment(ATTACHMENT_NAME, to_payload_bytes(sheet),
                          "JudgePanel score sheet data (JSON)")
        signed = sign_pdf(pages, credential,
                          reason=f"Score sheet, revision {sheet.revision}",
                          location="Hong Kong", name=credential.subject_name, attachment=data)
        digest = hashlib.sha256(signed).hexdigest()
        with self._db.write() as s:
            if _latest_status(s, judge_id) == SheetStatus.SIGNED:
                raise ConflictError("This score sheet was signed meanwhile; nothing was changed.")
            row = s.scalar(select(SheetRow).where(SheetRow.judge_id == judge_id,
                                                  SheetRow.revision == sheet.revision))
            if row is None:
                row = SheetRow(judge_id=judge_id, revision=sheet.revision)
                s.add(row)
            for older in s.scalars(select(SheetRow).where(
                    SheetRow.judge_id == judge_id, SheetRow.revision < sheet.revision,
                    SheetRow.status == SheetStatus.SIGNED.value)):
                older.status = SheetStatus.SUPERSEDED.value
            row.status = SheetStatus.SIGNED.value
            row.document_id = sheet.document_id
            row.file_sha256 = digest
            row.pdf = signed
            row.signer_fingerprint = credential.fingerprint_sha256
            row.signed_at = now
            audit.append(s, sheet.judge.uid, "sheet.signed",
                         {"revision": sheet.revision, "sha256": digest})
        return SignedSheet(judge_id, sheet.revision, sheet.document_id, digest, signed)

    # -- building ----------------------------------------------------------------------------
    def _build(self, s: Session, judge_id: int, *, require_complete: bool,
               signer_fingerprint: str | None, signing_time: datetime | None) -> doc.ScoreSheet:
        from judgepanel.domain.scoring import CriterionWeight, Scale, weighted_total

        judge = s.get(Judge, judge_id)
        if judge is None:
            raise NotFoundError("There is no judge with id {id}.", id=judge_id)
        comp = _competition(s, judge.competition_id)
        criteria = list(comp.criteria)
        weights = {c.code: CriterionWeight(c.weight, Scale(c.scale_min, c.scale_max,
                                                           c.scale_step), c.name_en)
                   for c in criteria}
        by_id = {c.id: c.code for c in criteria}
        scores: dict[int, dict[str, Score]] = {}
        for sc in s.scalars(select(Score).where(Score.judge_id == judge_id)):
            if sc.criterion_id in by_id:
                scores.setdefault(sc.entrant_id, {})[by_id[sc.criterion_id]] = sc
        notes = {n.entrant_id: n.overall_comment for n in
                 s.scalars(select(FinalistNote).where(FinalistNote.judge_id == judge_id))}
        conflicts = {c.entrant_id: c.reason for c in s.scalars(
            select(ConflictOfInterest).where(ConflictOfInterest.judge_id == judge_id))}
        finalists: list[doc.FinalistScores] = []
        missing: list[str] = []
        for entrant, order in _finalists_in_order(s, comp.id):
            recused = entrant.id in conflicts
            mine = scores.get(entrant.id, {})
            rows: tuple[doc.CriterionScore, ...] = ()
            total: Decimal | None = None
            if not recused:
                rows = tuple(doc.CriterionScore(c.code, mine[c.code].value if c.code in mine
                                                else None,
                                                mine[c.code].comment if c.code in mine else "",
                                                mine[c.code].updated_at if c.code in mine
                                                else None)
                             for c in criteria)
                values = {r.criterion_code: r.value for r in rows}
                if all(v is not None for v in values.values()):
                    total = fraction_to_decimal(weighted_total(values, weights))
                else:
                    gaps = [c.name_en for c in criteria if values[c.code] is None]
                    missing.append(f"{entrant.name_en} ({', '.join(gaps)})")
            finalists.append(doc.FinalistScores(
                entrant=_entrant_info(entrant), order=order, recused=recused,
                recusal_reason=conflicts.get(entrant.id, ""), scores=rows,
                overall_comment=notes.get(entrant.id, "") if not recused else "",
                weighted_total=total))
        if require_complete and missing:
            raise ValidationError("The score sheet cannot be signed yet; scores are missing "
                                  "for: {missing}.", missing="; ".join(missing))
        rows_before = s.scalars(select(SheetRow).where(SheetRow.judge_id == judge_id)
                                .order_by(SheetRow.revision)).all()
        draft = next((r for r in rows_before if r.status == SheetStatus.DRAFT.value), None)
        signed_before = [r for r in rows_before if r.status != SheetStatus.DRAFT.value]
        revision = draft.revision if draft else (rows_before[-1].revision + 1 if rows_before
                                                 else 1)
        history = tuple(doc.RevisionNote(r.revision, r.signed_at, r.amendment_reason or "",
                                         r.file_sha256 or "",
                                         SheetStatus.SUPERSEDED.value if r.status ==
                                         SheetStatus.SIGNED.value else r.status)
                        for r in signed_before)
        return doc.ScoreSheet(
            schema_version=1,
            document_id=new_uid(),
            competition=_competition_info(comp),
            judge=_judge_info(judge),
            revision=revision,
            amendment_reason=draft.amendment_reason if draft else None,
            history=history,
            criteria=tuple(_criterion_info(c) for c in criteria),
            finalists=tuple(finalists),
            generated_at=datetime.now(UTC).replace(microsecond=0),
            audit_head_hash=audit.head_hash(s),
            signer_fingerprint=signer_fingerprint,
            signing_time=signing_time,
        )


# -- helpers -------------------------------------------------------------------------------------

def _latest_revision(s: Session, judge_id: int) -> int:
    return s.scalar(select(func.max(SheetRow.revision)).where(SheetRow.judge_id == judge_id)) or 0


def _latest_status(s: Session, judge_id: int) -> SheetStatus | None:
    status = s.scalar(select(SheetRow.status).where(SheetRow.judge_id == judge_id)
                      .order_by(SheetRow.revision.desc()).limit(1))
    return SheetStatus(status) if status else None


def _competition(s: Session, competition_id: int) -> Competition:
    comp = s.scalar(select(Competition).where(Competition.id == competition_id)
                    .options(selectinload(Competition.criteria).selectinload(Criterion.bands)))
    if comp is None:
        raise NotFoundError("There is no competition with id {id}.", id=competition_id)
    return comp


def _finalists_in_order(s: Session, competition_id: int) -> list[tuple[Entrant, int]]:
    """Finalists in presentation order (the schedule), else in shortlist order."""
    slots = s.execute(select(Entrant, PresentationSlot.position)
                      .join(PresentationSlot, PresentationSlot.entrant_id == Entrant.id)
                      .where(PresentationSlot.competition_id == competition_id)
                      .order_by(PresentationSlot.position)).all()
    finalists = s.execute(select(Entrant, Finalist.shortlist_rank)
                          .join(Finalist, Finalist.entrant_id == Entrant.id)
                          .where(Finalist.competition_id == competition_id)
                          .order_by(Finalist.shortlist_rank)).all()
    scheduled = {e.id for e, _ in slots}
    ordered = [(e, pos) for e, pos in slots]
    extra = [e for e, _ in finalists if e.id not in scheduled]
    ordered += [(e, len(ordered) + i) for i, e in enumerate(extra, start=1)]
    return ordered


def _competition_info(c: Competition) -> doc.CompetitionInfo:
    return doc.CompetitionInfo(uid=c.uid, name_en=c.name_en, name_zh=c.name_zh,
                               year_label=c.year_label, award_name_en=c.award_name_en,
                               award_name_zh=c.award_name_zh)


def _judge_info(j: Judge) -> doc.JudgeInfo:
    affiliation = Affiliation(j.affiliation)
    return doc.JudgeInfo(uid=j.uid, name_en=j.name_en, name_zh=j.name_zh, title=j.title,
                         affiliation=affiliation.value, affiliation_en=affiliation.label_en,
                         affiliation_zh=affiliation.label_zh)


def _criterion_info(c: Criterion) -> doc.CriterionInfo:
    return doc.CriterionInfo(
        code=c.code, name_en=c.name_en, name_zh=c.name_zh, description_en=c.description_en,
        description_zh=c.description_zh, weight=c.weight, scale_min=c.scale_min,
        scale_max=c.scale_max, scale_step=c.scale_step,
        bands=tuple(doc.RubricBand(b.low, b.high, b.descriptor_en, b.descriptor_zh)
                    for b in c.bands))


def _entrant_info(e: Entrant) -> doc.EntrantInfo:
    return doc.EntrantInfo(code=e.code, name_en=e.name_en, name_zh=e.name_zh,
                           category=e.category)

