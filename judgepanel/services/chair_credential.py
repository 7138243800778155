"""The panel chair's signing credential: it signs the results report.

Issued by the panel's certificate authority, like the judges' credentials, so anyone holding the
panel's trust certificate can check a results report offline. Unlike a judge's, the certificate
carries no ``UID`` attribute: the sheet verifier matches judges by that attribute, so the chair's
signature can never be taken for a judge's, and ``recompute`` refuses a results report signed by
a judge. The PKCS#12 file is encrypted with the chair's passphrase; nothing is stored in clear.

The certificate is made here rather than by :class:`~judgepanel.signing.PanelAuthority`, whose
public API issues only judge certificates (with a UID); a ``PanelAuthority`` method for signers
without a UID would be the natural home later.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from judgepanel.db.engine import Database
from judgepanel.db.models import ChairCredential, Competition, PanelAuthorityRecord
from judgepanel.domain.errors import (
    ConflictError,
    NotFoundError,
    SigningError,
    ValidationError,
    tr_noop,
)
from judgepanel.domain.model import Bilingual
from judgepanel.domain.results import ChairCredentialStatus
from judgepanel.services import audit
from judgepanel.services.authority import check_new_passphrase

#: Same as a judge's: about two years, never beyond the authority's own expiry.
CHAIR_CERTIFICATE_DAYS = 730
_MAX_NAME = 64


def _check_name(name: str) -> str:
    text = unicodedata.normalize("NFC", name).strip()
    if not text:
        raise ValidationError("The chair's name must not be empty.")
    if len(text) > _MAX_NAME:
        raise ValidationError("The chair's name is too long for a certificate (at most {limit} "
                              "characters).", limit=_MAX_NAME)
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        raise ValidationError("The chair's name contains characters that are not allowed.")
    return text


def issue_chair_certificate(
    authority_cert_pem: bytes, authority_key_pem: bytes, authority_passphrase: bytes,
    name: str, passphrase: bytes,
) -> tuple[bytes, str, bytes]:
    """(certificate PEM, SHA-256 fingerprint, PKCS#12) for a signer named ``name``, issued by
    the authority whose encrypted key is ``authority_key_pem``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        PublicFormat,
        load_pem_private_key,
    )
    from cryptography.x509.oid import NameOID

    from judgepanel.signing.credentials import build_pkcs12

    if b"ENCRYPTED PRIVATE KEY" not in authority_key_pem:
        raise SigningError("The panel authority's key is stored without encryption; JudgePanel "
                           "refuses to use it.")
    try:
        ca_cert = x509.load_pem_x509_certificate(authority_cert_pem)
        ca_key = load_pem_private_key(authority_key_pem, password=authority_passphrase or None)
    except (ValueError, TypeError) as exc:
        raise SigningError("The passphrase for the panel authority's key is wrong.") from exc
    if not isinstance(ca_key, ec.EllipticCurvePrivateKey):
        raise SigningError("The panel authority's key is of a kind JudgePanel cannot use.")
    spki = (Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    if ca_key.public_key().public_bytes(*spki) != ca_cert.public_key().public_bytes(*spki):
        raise SigningError("The panel authority's key does not belong to its certificate.")
    now = datetime.now(UTC)
    not_after = min(now + timedelta(days=CHAIR_CERTIFICATE_DAYS), ca_cert.not_valid_after_utc)
    if not_after <= now:
        raise SigningError("The panel authority expired on {date}; create a new one.",
                           date=ca_cert.not_valid_after_utc.date().isoformat())
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    organisation = ca_cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME,
                                             str(organisation[0].value)))
    attributes.append(x509.NameAttribute(NameOID.TITLE, "Chair of the judging panel"))
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name(attributes))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(max(now - timedelta(days=1), ca_cert.not_valid_before_utc))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    fingerprint = certificate.fingerprint(hashes.SHA256()).hex()
    pkcs12 = build_pkcs12(key, certificate, passphrase, chain=[ca_cert], friendly_name=name)
    return certificate.public_bytes(Encoding.PEM), fingerprint, pkcs12


class ChairCredentialService:
    """Issues and reads the chair's credential (one per competition)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def status(self, competition_id: int) -> ChairCredentialStatus:
        with self._db.read() as s:
            row = s.scalar(select(ChairCredential)
                           .where(ChairCredential.competition_id == competition_id))
            if row is None:
                return ChairCredentialStatus(False)
            return ChairCredentialStatus(True, Bilingual(row.name_en, row.name_zh),
                                         row.fingerprint_sha256)

    def issue(self, competition_id: int, name_en: str, authority_passphrase: bytes,
              passphrase: bytes, *, name_zh: str = "") -> ChairCredentialStatus:
        """Issues (or re-issues) the chair's credential; the authority's passphrase signs it and
        ``passphrase`` encrypts it."""
        name = _check_name(name_en)
        name_zh = unicodedata.normalize("NFC", name_zh).strip()[:200]
        check_new_passphrase(passphrase, what="chair's")
        with self._db.read() as s:
            if s.get(Competition, competition_id) is None:
                raise NotFoundError("There is no competition with id {id}.", id=competition_id)
            rec = s.scalar(select(PanelAuthorityRecord)
                           .where(PanelAuthorityRecord.competition_id == competition_id))
            if rec is None:
                raise NotFoundError("This competition has no panel certificate authority yet; "
                                    "create one first.")
            if rec.encrypted_key_pem is None:
                raise ConflictError("This database holds only the panel's certificate, not its "
                                    "key; issue credentials on the chair's machine.")
            ca_cert, ca_key = (rec.certificate_pem.encode("ascii"),
                               rec.encrypted_key_pem.encode("ascii"))
        cert_pem, fingerprint, pkcs12 = issue_chair_certificate(
            ca_cert, ca_key, authority_passphrase, name, passphrase)
        with self._db.write() as s:
            row = s.scalar(select(ChairCredential)
                           .where(ChairCredential.competition_id == competition_id))
            if row is None:
                row = ChairCredential(competition_id=competition_id)
                s.add(row)
            row.name_en, row.name_zh = name, name_zh
            row.certificate_pem = cert_pem.decode("ascii")
            row.fingerprint_sha256 = fingerprint
            row.pkcs12 = pkcs12
            audit.append(s, "chair", "chair_credential.issued",
                         {"name": name, "fingerprint": fingerprint})
        return ChairCredentialStatus(True, Bilingual(name, name_zh), fingerprint)

    def load(self, competition_id: int, passphrase: bytes):  # noqa: ANN201 - lazy type
        """The unlocked :class:`~judgepanel.signing.SigningCredential` and the chair's name."""
        from judgepanel.signing.credentials import load_pkcs12

        with self._db.read() as s:
            row = s.scalar(select(ChairCredential)
                           .where(ChairCredential.competition_id == competition_id))
            if row is None:
                raise NotFoundError("There is no chair's signing credential yet; issue one from "
                                    "the panel authority first.")
            blob, fingerprint = row.pkcs12, row.fingerprint_sha256
        credential = load_pkcs12(blob, passphrase, source=tr_noop("the chair's signing credential"))
        if credential.fingerprint_sha256 != fingerprint:
            raise SigningError("The chair's stored credential does not match its certificate.")
        return credential
