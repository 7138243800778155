"""The panel's certificate authority on the chair's machine, and the judges' credentials.

The authority's private key is stored only encrypted with the chair's passphrase; each use asks
for it. A judge's credential is a PKCS#12 file encrypted with the judge's own passphrase.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from judgepanel.db.engine import Database
from judgepanel.db.models import (
    Competition,
    CredentialRecord,
    Judge,
    JudgeCredential,
    PanelAuthorityRecord,
)
from judgepanel.domain.errors import (
    ConflictError,
    FileRejectedError,
    NotFoundError,
    SigningError,
    ValidationError,
    tr_noop,
)
from judgepanel.services import audit

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy.orm import Session

    from judgepanel.signing.credentials import CertificateInfo

MIN_PASSPHRASE_CHARS = 8


@dataclass(frozen=True)
class AuthorityStatus:
    exists: bool
    fingerprint: str | None
    common_name: str | None
    has_private_key: bool


@dataclass(frozen=True)
class CredentialIssued:
    judge_id: int
    fingerprint: str
    subject_name: str
    not_valid_after: datetime | None = None


class CredentialKind(enum.Enum):
    """What signs for a judge."""

    NONE = "none"
    PANEL = "panel"  # a credential the panel authority issued (it travels in the judge's kit)
    OWN = "own"  # the judge's own certificate, registered (the key stays with the judge)


@dataclass(frozen=True)
class JudgeCredentialStatus:
    judge_id: int
    name_en: str
    name_zh: str
    kind: CredentialKind
    subject_name: str | None = None
    issuer_name: str | None = None
    fingerprint: str | None = None
    not_valid_after: datetime | None = None


def looks_like_pkcs12(data: bytes) -> bool:
    """Whether the bytes are a PKCS#12 (``.p12``/``.pfx``) file rather than a certificate."""
    from judgepanel.signing.credentials import is_pkcs12

    return is_pkcs12(data)


@functools.lru_cache(maxsize=1024)
def _issued_by(cert_pem: bytes, root_pem: bytes) -> bool:
    """Whether the panel root really signed the certificate (not merely names it as issuer).
    Remembered per pair: every sheet import asks it for each judge on the roster."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    try:
        cert = x509.load_pem_x509_certificate(cert_pem)
        cert.verify_directly_issued_by(x509.load_pem_x509_certificate(root_pem))
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _check_registrable(info: CertificateInfo) -> None:
    """A judge's own certificate must be one the signing code will accept: a personal (not a
    certificate authority's) certificate, valid today, with a key PDF readers accept and a key
    usage that allows signing documents."""
    from cryptography import x509

    from judgepanel.signing import _x509

    if info.is_ca:
        raise ValidationError("This is a certificate authority's certificate, not a judge's "
                              "personal signing certificate.")
    now = datetime.now(UTC)
    if now < info.not_valid_before:
        raise ValidationError("The certificate is not valid until {date}.",
                              date=info.not_valid_before.date().isoformat())
    if now > info.not_valid_after:
        raise ValidationError("The certificate expired on {date}.",
                              date=info.not_valid_after.date().isoformat())
    cert = x509.load_pem_x509_certificate(info.cert_pem)
    assessment = _x509.assess_key(cert.public_key())
    if assessment.refusal is not None:
        raise SigningError(assessment.refusal, **assessment.params)
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise SigningError("The certificate is not allowed to sign documents.")


def own_certificates(s: Session, competition_id: int) -> tuple[bytes, ...]:
    """The judges' own registered certificates (those the panel did not issue), PEM.

    Verifiers pin exactly these next to the panel root: a sheet signed with a judge's e-Cert
    is trusted because the chair registered that very certificate, not because of its issuer.
    """
    root = s.scalar(select(PanelAuthorityRecord.certificate_pem)
                    .where(PanelAuthorityRecord.competition_id == competition_id))
    pems = s.scalars(select(Judge.certificate_pem).where(
        Judge.competition_id == competition_id, Judge.certificate_pem.is_not(None))).all()
    return own_among(root, pems)


#: Why a sheet signed with a credential that is no longer the judge's is refused.
REPLACED_CREDENTIAL = tr_noop("The sheet is signed with a credential the panel replaced on "
                              "{date}; ask the judge to import the new kit and sign again.")


@dataclass(frozen=True)
class CredentialRecordView:
    """One certificate that has signed for a judge (see :class:`CredentialRecord`)."""

    judge_id: int
    fingerprint: str
    certificate_pem: str
    issued_at: datetime
    replaced_at: datetime | None


def credential_records(s: Session, competition_id: int
                       ) -> dict[tuple[int, str], CredentialRecordView]:
    """Every credential issued or registered for the competition's judges, by (judge id,
    fingerprint): the chair's record of which ones were replaced, and when."""
    rows = s.execute(
        select(CredentialRecord.judge_id, CredentialRecord.fingerprint_sha256,
               CredentialRecord.certificate_pem, CredentialRecord.issued_at,
               CredentialRecord.replaced_at)
        .join(Judge, Judge.id == CredentialRecord.judge_id)
        .where(Judge.competition_id == competition_id)).all()
    return {(r[0], r[1]): CredentialRecordView(*r) for r in rows}


def replaced_on(record: CredentialRecordView | None, signing_time: datetime | None, *,
                on_record: bool) -> datetime | None:
    """When the credential that signed a sheet was replaced, if that makes the sheet refused;
    ``None`` when the sheet may count. A sheet already ``on_record`` (imported before) stays
    valid when it was signed before the replacement; any other is refused."""
    if record is None or record.replaced_at is None:
        return None
    if on_record and signing_time is not None and signing_time < record.replaced_at:
        return None
    return record.replaced_at


def shown_moment(moment: datetime) -> str:
    """A replacement time as the refusal shows it (UTC, to the minute)."""
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def replaced_own_certificates(root_pem: str | None,
                              records: Iterable[CredentialRecordView]) -> tuple[bytes, ...]:
    """The judges' own certificates that were replaced: pinned only to re-check sheets already
    on record (each then checked with :func:`replaced_on`), never for a new import."""
    return own_among(root_pem, (r.certificate_pem for r in records
                                if r.replaced_at is not None))


def _record_credential(s: Session, judge_id: int, fingerprint: str, cert_pem: str,
                       now: datetime) -> list[str]:
    """Makes ``fingerprint`` the judge's credential in force; the previous one is replaced.
    Returns the fingerprints replaced now (for the audit log)."""
    replaced = list(s.scalars(select(CredentialRecord.fingerprint_sha256).where(
        CredentialRecord.judge_id == judge_id, CredentialRecord.replaced_at.is_(None),
        CredentialRecord.fingerprint_sha256 != fingerprint)))
    s.execute(update(CredentialRecord)
              .where(CredentialRecord.judge_id == judge_id,
                     CredentialRecord.replaced_at.is_(None),
                     CredentialRecord.fingerprint_sha256 != fingerprint)
              .values(replaced_at=now))
    record = s.scalar(select(CredentialRecord).where(
        CredentialRecord.judge_id == judge_id, CredentialRecord.fingerprint_sha256 == fingerprint))
    if record is None:
        s.add(CredentialRecord(judge_id=judge_id, fingerprint_sha256=fingerprint,
                               certificate_pem=cert_pem, issued_at=now))
    else:  # registered again after another one replaced it: in force again
        record.replaced_at = None
    return replaced


def own_among(root_pem: str | None, judge_pems: Iterable[str | None]) -> tuple[bytes, ...]:
    """:func:`own_certificates` from rows already read: those of ``judge_pems`` the panel root
    ``root_pem`` did not issue (a sheet import reads the roster anyway)."""
    root = root_pem.encode("ascii") if root_pem is not None else None
    return tuple(p.encode("ascii") for p in judge_pems if p is not None and not (
        root is not None and _issued_by(p.encode("ascii"), root)))


def check_new_passphrase(passphrase: bytes, *, what: str) -> None:
    if len(passphrase.decode("utf-8", "replace")) < MIN_PASSPHRASE_CHARS:
        raise ValidationError("The {what} passphrase must have at least {n} characters.",
                              what=what, n=MIN_PASSPHRASE_CHARS)


class AuthorityService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def status(self, competition_id: int) -> AuthorityStatus:
        with self._db.read() as s:
            rec = s.scalar(select(PanelAuthorityRecord)
                           .where(PanelAuthorityRecord.competition_id == competition_id))
            if rec is None:
                return AuthorityStatus(False, None, None, False)
            from judgepanel.signing.credentials import load_certificate

            info = load_certificate(rec.certificate_pem.encode("ascii"))
            return AuthorityStatus(True, rec.fingerprint_sha256, info.subject_name,
                                   rec.encrypted_key_pem is not None)

    def create(self, competition_id: int, passphrase: bytes, *,
               common_name: str | None = None) -> AuthorityStatus:
        from judgepanel.signing.authority import PanelAuthority

        check_new_passphrase(passphrase, what="panel authority")
        with self._db.write() as s:
            comp = s.get(Competition, competition_id)
            if comp is None:
                raise NotFoundError("There is no competition with id {id}.", id=competition_id)
            if s.scalar(select(PanelAuthorityRecord.id)
                        .where(PanelAuthorityRecord.competition_id == competition_id)):
                raise ConflictError("This competition already has a panel certificate "
                                    "authority; it is created only once.")
            name = common_name or f"JudgePanel {comp.year_label} panel authority"
            ca = PanelAuthority.create(name[:64], passphrase)
            s.add(PanelAuthorityRecord(
                competition_id=competition_id, certificate_pem=ca.cert_pem.decode("ascii"),
                encrypted_key_pem=ca.encrypted_key_pem.decode("ascii"),
                fingerprint_sha256=ca.fingerprint_sha256))
            audit.append(s, "chair", "authority.created",
                         {"competition_uid": comp.uid, "fingerprint": ca.fingerprint_sha256})
        return AuthorityStatus(True, ca.fingerprint_sha256, name[:64], True)

    def _load(self, competition_id: int, passphrase: bytes):  # noqa: ANN202 - lazy type
        from judgepanel.signing.authority import PanelAuthority

        with self._db.read() as s:
            rec = s.scalar(select(PanelAuthorityRecord)
                           .where(PanelAuthorityRecord.competition_id == competition_id))
            if rec is None:
                raise NotFoundError("This competition has no panel certificate authority yet; "
                                    "create one first.")
            if rec.encrypted_key_pem is None:
                raise ConflictError("This database holds only the panel's certificate, not its "
                                    "key; issue credentials on the chair's machine.")
            cert, key = rec.certificate_pem.encode("ascii"), rec.encrypted_key_pem.encode("ascii")
        return PanelAuthority.load(cert, key, passphrase)

    def issue_credential(self, competition_id: int, judge_id: int, ca_passphrase: bytes,
                         judge_passphrase: bytes) -> CredentialIssued:
        """Issues (or re-issues) a judge's signing credential from the panel authority."""
        check_new_passphrase(judge_passphrase, what="judge's")
        ca = self._load(competition_id, ca_passphrase)
        with self._db.read() as s:
            judge = s.get(Judge, judge_id)
            if judge is None or judge.competition_id != competition_id:
                raise NotFoundError("There is no judge with id {id} in this competition.",
                                    id=judge_id)
        return self.issue_credential_with(ca, judge_id, judge_passphrase)

    def issue_credential_with(self, ca: Any, judge_id: int,
                              judge_passphrase: bytes) -> CredentialIssued:
        """Issues with an already unlocked authority (several judges, one passphrase prompt)."""
        check_new_passphrase(judge_passphrase, what="judge's")
        with self._db.read() as s:
            judge = s.get(Judge, judge_id)
            if judge is None:
                raise NotFoundError("There is no judge with id {id}.", id=judge_id)
            uid, name = judge.uid, judge.name_en
        issued = ca.issue_judge_credential(uid, name[:64], judge_passphrase)
        with self._db.write() as s:
            judge = s.get(Judge, judge_id)
            assert judge is not None
            judge.certificate_pem = issued.cert_pem.decode("ascii")
            judge.certificate_sha256 = issued.fingerprint_sha256
            replaced = _record_credential(s, judge_id, issued.fingerprint_sha256,
                                          judge.certificate_pem, datetime.now(UTC))
            cred = s.get(JudgeCredential, judge_id)
            if cred is None:
                s.add(JudgeCredential(judge_id=judge_id, pkcs12=issued.pkcs12,
                                      issued_by_panel=True))
            else:
                cred.pkcs12 = issued.pkcs12
                cred.issued_by_panel = True
            audit.append(s, "chair", "credential.issued",
                         {"judge_uid": uid, "fingerprint": issued.fingerprint_sha256,
                          "replaced": replaced})
        return CredentialIssued(judge_id, issued.fingerprint_sha256, issued.subject_name,
                                issued.not_valid_after)

    def register_certificate(self, judge_id: int, data: bytes, passphrase: bytes | None = None,
                             *, source: str = tr_noop("the certificate file")) -> CredentialIssued:
        """Registers a judge's own certificate, e.g. a Hongkong Post e-Cert.

        ``data`` is a certificate (PEM or DER) or the judge's PKCS#12 file (``.p12``/``.pfx``,
        legacy RC2/3DES or AES encryption), which needs its ``passphrase`` to be opened. Only
        the judge's certificate is kept: the private key in a PKCS#12 file is checked (it must
        belong to the certificate and be usable for signing) and then dropped, never stored.
        The judge signs with their own file on their own laptop."""
        from judgepanel.signing.credentials import certificate_info, load_certificate, load_pkcs12

        raw = bytes(data)
        if looks_like_pkcs12(raw):
            if not passphrase:
                raise ValidationError("{source} is a PKCS#12 file: type its passphrase to open "
                                      "it.", source=source)
            info = certificate_info(load_pkcs12(raw, passphrase, source=source).certificate)
        else:
            try:
                info = load_certificate(raw)
            except FileRejectedError as exc:
                if exc.template != "The file is not a certificate (PEM or DER).":
                    raise
                raise FileRejectedError(
                    "{source} is neither a certificate (PEM or DER) nor a PKCS#12 file (.p12 or "
                    ".pfx).", source=source) from exc
        _check_registrable(info)
        with self._db.write() as s:
            judge = s.get(Judge, judge_id)
            if judge is None:
                raise NotFoundError("There is no judge with id {id}.", id=judge_id)
            other = s.scalar(select(Judge.name_en).where(
                Judge.competition_id == judge.competition_id, Judge.id != judge_id,
                Judge.certificate_sha256 == info.fingerprint_sha256))
            if other is not None:
                raise ConflictError("This certificate is already registered for {judge}; each "
                                    "judge needs a certificate of their own.", judge=other)
            root = s.scalar(select(PanelAuthorityRecord.certificate_pem)
                            .where(PanelAuthorityRecord.competition_id == judge.competition_id))
            if (root is not None and info.judge_uid != judge.uid
                    and _issued_by(info.cert_pem, root.encode("ascii"))):
                raise ConflictError("This certificate was issued by the panel for another judge; "
                                    "register the judge's own certificate instead.")
            judge.certificate_pem = info.cert_pem.decode("ascii")
            judge.certificate_sha256 = info.fingerprint_sha256
            replaced = _record_credential(s, judge_id, info.fingerprint_sha256,
                                          judge.certificate_pem, datetime.now(UTC))
            cred = s.get(JudgeCredential, judge_id)
            if cred is not None:
                s.delete(cred)
            audit.append(s, "chair", "certificate.registered",
                         {"judge_uid": judge.uid, "fingerprint": info.fingerprint_sha256,
                          "replaced": replaced})
        return CredentialIssued(judge_id, info.fingerprint_sha256, info.subject_name,
                                info.not_valid_after)

    def credential_statuses(self, competition_id: int) -> tuple[JudgeCredentialStatus, ...]:
        """Each judge on the roster with what signs for them: nothing yet, a credential issued
        by the panel, or the judge's own registered certificate."""
        from judgepanel.signing.credentials import load_certificate

        with self._db.read() as s:
            root = s.scalar(select(PanelAuthorityRecord.certificate_pem)
                            .where(PanelAuthorityRecord.competition_id == competition_id))
            rows = s.execute(select(Judge.id, Judge.name_en, Judge.name_zh,
                                    Judge.certificate_pem)
                             .where(Judge.competition_id == competition_id)
                             .order_by(Judge.id)).all()
        statuses: list[JudgeCredentialStatus] = []
        for judge_id, name_en, name_zh, pem in rows:
            if pem is None:
                statuses.append(JudgeCredentialStatus(judge_id, name_en, name_zh,
                                                      CredentialKind.NONE))
                continue
            info = load_certificate(pem.encode("ascii"))
            panel = root is not None and _issued_by(info.cert_pem, root.encode("ascii"))
            statuses.append(JudgeCredentialStatus(
                judge_id, name_en, name_zh,
                CredentialKind.PANEL if panel else CredentialKind.OWN,
                subject_name=info.subject_name, issuer_name=info.issuer_name,
                fingerprint=info.fingerprint_sha256, not_valid_after=info.not_valid_after))
        return tuple(statuses)

    def trust_certificate_pem(self, competition_id: int) -> bytes:
        with self._db.read() as s:
            pem = s.scalar(select(PanelAuthorityRecord.certificate_pem)
                           .where(PanelAuthorityRecord.competition_id == competition_id))
        if pem is None:
            raise NotFoundError("This competition has no panel certificate authority yet.")
        return pem.encode("ascii")

    def load_authority(self, competition_id: int, passphrase: bytes):  # noqa: ANN201
        """The unlocked authority, for signing kits (kept in memory only by the caller)."""
        return self._load(competition_id, passphrase)
