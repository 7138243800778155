"""The panel's certificate authority on the chair's machine, and the judges' credentials.

The authority's private key is stored only encrypted with the chair's passphrase; each use asks
for it. A judge's credential is a PKCS#12 file encrypted with the judge's own passphrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from judgepanel.db.engine import Database
from judgepanel.db.models import Competition, Judge, JudgeCredential, PanelAuthorityRecord
from judgepanel.domain.errors import ConflictError, NotFoundError, ValidationError
from judgepanel.services import audit

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
            cred = s.get(JudgeCredential, judge_id)
            if cred is None:
                s.add(JudgeCredential(judge_id=judge_id, pkcs12=issued.pkcs12,
                                      issued_by_panel=True))
            else:
                cred.pkcs12 = issued.pkcs12
                cred.issued_by_panel = True
            audit.append(s, "chair", "credential.issued",
                         {"judge_uid": uid, "fingerprint": issued.fingerprint_sha256})
        return CredentialIssued(judge_id, issued.fingerprint_sha256, issued.subject_name)

    def register_certificate(self, judge_id: int, certificate: bytes) -> CredentialIssued:
        """Registers a judge's own certificate (PEM or DER), e.g. a Hongkong Post e-Cert.

        Only the certificate is kept; the judge signs with their own PKCS#12 file."""
        from judgepanel.signing.credentials import load_certificate

        info = load_certificate(certificate)
        with self._db.write() as s:
            judge = s.get(Judge, judge_id)
            if judge is None:
                raise NotFoundError("There is no judge with id {id}.", id=judge_id)
            judge.certificate_pem = info.cert_pem.decode("ascii")
            judge.certificate_sha256 = info.fingerprint_sha256
            cred = s.get(JudgeCredential, judge_id)
            if cred is not None:
                s.delete(cred)
            audit.append(s, "chair", "certificate.registered",
                         {"judge_uid": judge.uid, "fingerprint": info.fingerprint_sha256})
        return CredentialIssued(judge_id, info.fingerprint_sha256, info.subject_name)

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
