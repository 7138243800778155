"""Signing credentials: a judge's private key with its certificate and chain.

A credential comes either from the panel authority (a PKCS#12 file it issued) or from a judge's
own certificate, for example a Hongkong Post e-Cert exported as ``.p12``/``.pfx``. Older e-Certs
and Windows exports use the legacy PKCS#12 encryption (PBE-SHA1-3DES, RC2-40); both those and
modern AES-256/PBKDF2 files load here.

The judge uid travels in the certificate subject as the single ``UID`` attribute
(OID 0.9.2342.19200300.100.1.1, RFC 4519 ``userId``). Certificates from other issuers usually lack
it, so their ``judge_uid`` is ``None`` and such judges are recognised by certificate fingerprint.

``cryptography`` and ``asn1crypto`` are imported inside the functions to keep
``import judgepanel.signing`` cheap.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from judgepanel.domain.errors import FileRejectedError, SigningError, ValidationError, tr_noop
from judgepanel.signing import _x509

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

__all__ = [
    "MAX_CREDENTIAL_BYTES",
    "PKCS12_KDF_ROUNDS",
    "CertificateInfo",
    "SigningCredential",
    "build_pkcs12",
    "certificate_info",
    "is_pkcs12",
    "load_certificate",
    "load_pkcs12",
]

_log = logging.getLogger(__name__)

#: Larger files are refused before parsing: real certificate files are a few kilobytes.
MAX_CREDENTIAL_BYTES = 1024 * 1024

#: PBKDF2 rounds for the PKCS#12 files we write. Each file runs the KDF three times (key bag,
#: certificate bag, MAC); .NET-based tools refuse files whose total exceeds 600,000, so we stay
#: well below that while remaining far above OpenSSL's default of 2,048.
PKCS12_KDF_ROUNDS = 150_000

_LEGACY_KDF_ROUNDS = 2048


@dataclass(frozen=True)
class CertificateInfo:
    """What a certificate says, in the terms the UI and the judge registry need."""

    subject_name: str
    judge_uid: str | None
    issuer_name: str
    serial_number: str
    fingerprint_sha256: str
    not_valid_before: datetime
    not_valid_after: datetime
    key_type: str
    key_supported: bool
    is_ca: bool
    cert_pem: bytes = field(repr=False)


@dataclass(frozen=True, eq=False)
class SigningCredential:
    """A private key that may sign PDFs, with its leaf certificate and issuer chain.

    Build it with :func:`load_pkcs12` or :meth:`from_key_and_certificate`, which check that the
    key belongs to the certificate and is of a kind PDF readers accept. The key lives only in
    memory; nothing here writes it anywhere.
    """

    subject_name: str
    judge_uid: str | None
    fingerprint_sha256: str
    key_type: str
    not_valid_before: datetime
    not_valid_after: datetime
    private_key: PrivateKeyTypes = field(repr=False)
    certificate: x509.Certificate = field(repr=False)
    chain: tuple[x509.Certificate, ...] = field(repr=False, default=())

    @classmethod
    def from_key_and_certificate(
        cls,
        private_key: PrivateKeyTypes,
        certificate: x509.Certificate,
        chain: Iterable[x509.Certificate] = (),
        *,
        source: str = tr_noop("the credential file"),
    ) -> SigningCredential:
        """Check and wrap a key and certificate; ``chain`` holds the issuers (leaf excluded).

        Raises :class:`SigningError` when the key does not belong to the certificate or is of a
        kind common PDF readers reject (Ed25519, short RSA, unusual curves).
        """
        if not _x509.public_keys_equal(private_key.public_key(), certificate.public_key()):
            raise SigningError(
                "The private key in {source} does not belong to its certificate.", source=source
            )
        assessment = _x509.assess_key(private_key)
        if assessment.refusal is not None:
            raise SigningError(assessment.refusal, **assessment.params)
        leaf_fingerprint = _x509.cert_fingerprint(certificate)
        issuers = [c for c in chain if _x509.cert_fingerprint(c) != leaf_fingerprint]
        return cls(
            subject_name=_x509.name_common_name(certificate.subject),
            judge_uid=_x509.name_uid(certificate.subject),
            fingerprint_sha256=leaf_fingerprint,
            key_type=assessment.key_type,
            not_valid_before=certificate.not_valid_before_utc,
            not_valid_after=certificate.not_valid_after_utc,
            private_key=private_key,
            certificate=certificate,
            chain=tuple(_order_chain(certificate, issuers)),
        )

    @property
    def cert_pem(self) -> bytes:
        """The leaf certificate in PEM form (for registering the judge's certificate)."""
        from cryptography.hazmat.primitives.serialization import Encoding

        return self.certificate.public_bytes(Encoding.PEM)

    @property
    def info(self) -> CertificateInfo:
        """The leaf certificate described as :class:`CertificateInfo`."""
        return certificate_info(self.certificate)


def _order_chain(leaf: x509.Certificate, others: list[x509.Certificate]) -> list[x509.Certificate]:
    """Order issuers from the leaf's issuer upwards; unrelated certificates keep their order at
    the end. Verifiers build paths themselves, but an ordered chain is easier to inspect."""
    ordered: list[x509.Certificate] = []
    remaining = list(others)
    current = leaf
    while True:
        parent = next((c for c in remaining if c.subject == current.issuer), None)
        if parent is None:
            break
        remaining.remove(parent)
        ordered.append(parent)
        if parent.subject == parent.issuer:
            break
        current = parent
    return ordered + remaining


def certificate_info(certificate: x509.Certificate) -> CertificateInfo:
    """Describe a ``cryptography`` certificate."""
    from cryptography.hazmat.primitives.serialization import Encoding

    assessment = _x509.assess_key(certificate.public_key())
    return CertificateInfo(
        subject_name=_x509.name_common_name(certificate.subject),
        judge_uid=_x509.name_uid(certificate.subject),
        issuer_name=_x509.name_common_name(certificate.issuer),
        serial_number=format(certificate.serial_number, "x"),
        fingerprint_sha256=_x509.cert_fingerprint(certificate),
        not_valid_before=certificate.not_valid_before_utc,
        not_valid_after=certificate.not_valid_after_utc,
        key_type=assessment.key_type,
        key_supported=assessment.supported,
        is_ca=_x509.is_ca_certificate(certificate),
        cert_pem=certificate.public_bytes(Encoding.PEM),
    )


def load_certificate(data: bytes) -> CertificateInfo:
    """Read one certificate (PEM or DER), e.g. to register a judge's own certificate.

    A file holding several certificates is refused rather than guessed at: registering the
    wrong one would let the wrong person sign for a judge.
    """
    raw = bytes(data)
    if not raw.strip():
        raise FileRejectedError("The certificate file is empty.")
    if len(raw) > MAX_CREDENTIAL_BYTES:
        raise FileRejectedError("The file is too large to be a certificate.")
    try:
        certificates = _x509.split_certificates(raw)
    except ValueError as exc:
        _log.debug("certificate parse failed", exc_info=exc)
        raise FileRejectedError("The file is not a certificate (PEM or DER).") from exc
    if len(certificates) != 1:
        raise FileRejectedError(
            "The file contains {count} certificates; choose a file that contains only the "
            "judge's own certificate.",
            count=len(certificates),
        )
    return certificate_info(certificates[0])


def _looks_like_pkcs12(data: bytes) -> bool:
    """Structural check that tells a damaged or foreign file from a wrong passphrase.

    ``cryptography`` reports both as the same ``ValueError``; parsing the outer PFX structure
    (which is not encrypted) first lets us name the real problem.
    """
    from asn1crypto import pkcs12

    try:
        pfx = pkcs12.Pfx.load(data, strict=True)
        if pfx["version"].native != "v3":
            return False
        safe = pfx.authenticated_safe
        return len(safe) > 0
    except (ValueError, TypeError, KeyError, OverflowError):
        return False


def is_pkcs12(data: bytes) -> bool:
    """Whether ``data`` is structurally a PKCS#12 (``.p12``/``.pfx``) file (its outer layer is
    not encrypted, so no passphrase is needed to tell)."""
    raw = bytes(data)
    return 0 < len(raw) <= MAX_CREDENTIAL_BYTES and _looks_like_pkcs12(raw)


def load_pkcs12(
    data: bytes, passphrase: bytes, *, source: str = tr_noop("the credential file")
) -> SigningCredential:
    """Open a PKCS#12 (``.p12``/``.pfx``) file as a :class:`SigningCredential`.

    ``source`` names the file in messages ("The passphrase for {source} is wrong."). Raises
    :class:`SigningError` for a wrong passphrase, a damaged or foreign file, a file without a
    private key, or a key PDF readers would reject.
    """
    raw = bytes(data)
    if not raw:
        raise SigningError("{source} is empty.", source=source)
    if len(raw) > MAX_CREDENTIAL_BYTES:
        raise SigningError("{source} is too large to be a certificate file.", source=source)
    if not _looks_like_pkcs12(raw):
        raise SigningError(
            "{source} is not a PKCS#12 (.p12 or .pfx) certificate file, or it is damaged.",
            source=source,
        )

    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.serialization import pkcs12

    # An empty passphrase may be stored as an empty string or as no password at all.
    attempts: list[bytes | None] = [bytes(passphrase)] if passphrase else [b"", None]
    loaded = None
    for attempt in attempts:
        try:
            loaded = pkcs12.load_key_and_certificates(raw, attempt)
            break
        except UnsupportedAlgorithm as exc:
            raise SigningError(
                "{source} is encrypted with a method JudgePanel cannot read.", source=source
            ) from exc
        except ValueError:
            continue
    if loaded is None:
        raise SigningError("The passphrase for {source} is wrong.", source=source)

    private_key, certificate, others = loaded
    if private_key is None:
        raise SigningError(
            "{source} contains no private key. Export the certificate again and include its "
            "private key.",
            source=source,
        )
    candidates = ([certificate] if certificate is not None else []) + list(others)
    if not candidates:
        raise SigningError("{source} contains no certificate.", source=source)
    public = private_key.public_key()
    leaf = next((c for c in candidates if _x509.public_keys_equal(c.public_key(), public)), None)
    if leaf is None:
        raise SigningError(
            "The private key in {source} does not belong to its certificate.", source=source
        )
    chain = [c for c in candidates if c is not leaf]
    return SigningCredential.from_key_and_certificate(private_key, leaf, chain, source=source)


def build_pkcs12(
    private_key: PrivateKeyTypes,
    certificate: x509.Certificate,
    passphrase: bytes,
    *,
    chain: Iterable[x509.Certificate] = (),
    friendly_name: str | None = None,
    legacy: bool = False,
) -> bytes:
    """Pack a key, its certificate and the issuer chain into an encrypted PKCS#12 file.

    The default is AES-256-CBC with PBKDF2-HMAC-SHA256 and a SHA-256 MAC. ``legacy=True`` writes
    PBE-SHA1-3DES with a SHA-1 MAC, as old e-Cert tools and Windows exports do; it exists so tests
    can prove that such files still load, and for exporting to software that needs it.
    """
    if not passphrase:
        raise ValidationError("A passphrase is required to protect the credential file.")

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
    from cryptography.hazmat.primitives.serialization import PrivateFormat, pkcs12

    if not isinstance(
        private_key,
        rsa.RSAPrivateKey
        | ec.EllipticCurvePrivateKey
        | dsa.DSAPrivateKey
        | ed25519.Ed25519PrivateKey
        | ed448.Ed448PrivateKey,
    ):
        raise SigningError("This kind of key cannot be stored in a PKCS#12 file.")
    builder = PrivateFormat.PKCS12.encryption_builder()
    if legacy:
        builder = (
            builder.kdf_rounds(_LEGACY_KDF_ROUNDS)
            .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
            .hmac_hash(hashes.SHA1())
        )
    else:
        builder = (
            builder.kdf_rounds(PKCS12_KDF_ROUNDS)
            .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
            .hmac_hash(hashes.SHA256())
        )
    name = (
        friendly_name if friendly_name is not None else _x509.name_common_name(certificate.subject)
    )
    return pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"),
        private_key,
        certificate,
        list(chain) or None,
        builder.build(bytes(passphrase)),
    )
