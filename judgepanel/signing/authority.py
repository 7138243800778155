"""The panel certificate authority, kept on the chair's machine.

The authority is a self-signed ECDSA P-256 root. It issues each judge a signing certificate
(delivered as a passphrase-protected PKCS#12 file) and signs the "judge kit" files with detached
CMS signatures. Verifiers trust exactly this root, so a score sheet signed by anyone else, or a
kit not made by the chair, is refused.

Judge certificates carry the judge uid as the subject's ``UID`` attribute
(OID 0.9.2342.19200300.100.1.1), next to ``CN`` = the judge's name.

The authority's private key is only ever stored encrypted (PKCS#8 ``ENCRYPTED PRIVATE KEY``,
PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC). ``cryptography`` is imported inside the
functions so that importing this module stays cheap.
"""

from __future__ import annotations

import hashlib
import logging
import os
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from judgepanel.domain.errors import SigningError, ValidationError, VerificationError
from judgepanel.signing import _x509
from judgepanel.signing.credentials import build_pkcs12

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = [
    "AUTHORITY_VALIDITY_DAYS",
    "DEFAULT_ORGANISATION",
    "KEY_KDF_ITERATIONS",
    "IssuedCredential",
    "PanelAuthority",
    "verify_detached",
]

_log = logging.getLogger(__name__)

DEFAULT_ORGANISATION = "Civil Service Customer Service Award Scheme Judging Panel"
#: About ten years: the root must outlive every judging round whose sheets it verifies.
AUTHORITY_VALIDITY_DAYS = 3653
#: Certificates start one day in the past so that a judge's laptop whose clock (or time zone)
#: is a few hours off still makes signatures that verify at their claimed signing time.
_BACKDATE = timedelta(days=1)
#: PBKDF2 iterations protecting the authority's key file. OpenSSL's default (what
#: ``BestAvailableEncryption`` produces) is only 2,048; this is OWASP's 2023 figure for SHA-256.
KEY_KDF_ITERATIONS = 600_000
#: X.520 upper bound for commonName and a sane bound for the judge uid.
_MAX_NAME_CHARS = 64
#: Detached signatures are a few hundred bytes; anything much larger is not ours.
_MAX_DETACHED_SIGNATURE_BYTES = 64 * 1024
_ACCEPTED_DIGESTS = frozenset({"sha256", "sha384", "sha512"})


@dataclass(frozen=True)
class IssuedCredential:
    """A judge's new signing certificate, with the PKCS#12 file to hand to the judge."""

    judge_uid: str
    subject_name: str
    cert_pem: bytes
    fingerprint_sha256: str
    not_valid_after: datetime
    pkcs12: bytes = field(repr=False)


def _check_passphrase(passphrase: bytes) -> bytes:
    """Passphrases are bytes (the UI encodes them as UTF-8) and never empty."""
    if not isinstance(passphrase, bytes | bytearray):
        raise TypeError("passphrase must be bytes")
    if not passphrase:
        raise ValidationError("The passphrase must not be empty.")
    return bytes(passphrase)


def _check_text(value: str, what: str) -> str:
    """Names go into certificate subjects: non-empty, at most 64 characters, no control chars."""
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise ValidationError("The {what} must not be empty.", what=what)
    if len(text) > _MAX_NAME_CHARS:
        raise ValidationError(
            "The {what} is too long for a certificate (at most {limit} characters).",
            what=what,
            limit=_MAX_NAME_CHARS,
        )
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        raise ValidationError("The {what} contains characters that are not allowed.", what=what)
    return text


def _encrypt_private_key(key: EllipticCurvePrivateKey | RSAPrivateKey, passphrase: bytes) -> bytes:
    """PKCS#8 ``ENCRYPTED PRIVATE KEY`` PEM with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC).

    This is the structure ``BestAvailableEncryption`` writes, but with
    :data:`KEY_KDF_ITERATIONS` rounds instead of OpenSSL's 2,048, because this key can mint
    judges. Standard loaders (``cryptography``, ``openssl pkcs8``) read it unchanged.
    """
    from asn1crypto import algos, core, keys, pem
    from cryptography.hazmat.primitives import hashes, padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    plain = key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    salt = os.urandom(16)
    iv = os.urandom(16)
    kek = PBKDF2HMAC(hashes.SHA256(), 32, salt, KEY_KDF_ITERATIONS).derive(passphrase)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plain) + padder.finalize()
    encryptor = Cipher(algorithms.AES(kek), modes.CBC(iv)).encryptor()
    encrypted = encryptor.update(padded) + encryptor.finalize()
    info = keys.EncryptedPrivateKeyInfo(
        {
            "encryption_algorithm": {
                "algorithm": "pbes2",
                "parameters": {
                    "key_derivation_func": {
                        "algorithm": "pbkdf2",
                        "parameters": {
                            "salt": algos.Pbkdf2Salt(
                                name="specified", value=core.OctetString(salt)
                            ),
                            "iteration_count": KEY_KDF_ITERATIONS,
                            "prf": {"algorithm": "sha256"},
                        },
                    },
                    "encryption_scheme": {
                        "algorithm": "aes256_cbc",
                        "parameters": core.OctetString(iv),
                    },
                },
            },
            "encrypted_data": encrypted,
        }
    )
    return pem.armor("ENCRYPTED PRIVATE KEY", info.dump())


def _is_encrypted_pkcs8_pem(data: bytes) -> bool:
    """Whether the bytes are a well-formed encrypted PKCS#8 PEM (so a decryption failure means
    a wrong passphrase rather than a damaged file)."""
    from asn1crypto import keys, pem

    try:
        if not pem.detect(data):
            return False
        kind, _headers, der = pem.unarmor(data)
        if kind != "ENCRYPTED PRIVATE KEY":
            return False
        info = keys.EncryptedPrivateKeyInfo.load(der, strict=True)
        info["encryption_algorithm"].native  # noqa: B018 - forces a full parse
        return True
    except (ValueError, TypeError, KeyError):
        return False


def _key_usage(*, signer: bool) -> x509.KeyUsage:
    """Key usage for the root (certificate and CRL signing, plus digital signature because the
    root key also signs judge kits) or for a judge (digital signature, non-repudiation)."""
    from cryptography import x509

    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=signer,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not signer,
        crl_sign=not signer,
        encipher_only=False,
        decipher_only=False,
    )


class PanelAuthority:
    """The panel's root certificate and its (decrypted, in-memory) private key.

    Make one with :meth:`create` or :meth:`load`. Persist :attr:`cert_pem` and
    :attr:`encrypted_key_pem`; the key never leaves this object unencrypted.
    """

    __slots__ = (
        "_certificate",
        "_private_key",
        "cert_pem",
        "encrypted_key_pem",
        "fingerprint_sha256",
    )

    def __init__(
        self,
        certificate: x509.Certificate,
        private_key: EllipticCurvePrivateKey | RSAPrivateKey,
        encrypted_key_pem: bytes,
    ) -> None:
        """Internal: use :meth:`create` or :meth:`load`, which check the key and certificate."""
        from cryptography.hazmat.primitives.serialization import Encoding

        self._certificate = certificate
        self._private_key = private_key
        self.cert_pem: bytes = certificate.public_bytes(Encoding.PEM)
        self.encrypted_key_pem: bytes = encrypted_key_pem
        self.fingerprint_sha256: str = _x509.cert_fingerprint(certificate)

    def __repr__(self) -> str:
        return (
            f"PanelAuthority(common_name={self.common_name!r}, "
            f"fingerprint_sha256={self.fingerprint_sha256!r})"
        )

    @property
    def certificate(self) -> x509.Certificate:
        """The root certificate (``cryptography`` object)."""
        return self._certificate

    @property
    def common_name(self) -> str:
        """The root's common name, as shown to users."""
        return _x509.name_common_name(self._certificate.subject)

    @property
    def organisation(self) -> str | None:
        """The root's organisation name; judge certificates copy it."""
        from cryptography.x509.oid import NameOID

        values = self._certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
        return str(values[0].value) if values else None

    @property
    def not_valid_after(self) -> datetime:
        """When the root (and so every certificate it issued) stops being valid."""
        return self._certificate.not_valid_after_utc

    @classmethod
    def create(
        cls,
        common_name: str,
        passphrase: bytes,
        *,
        organisation: str = DEFAULT_ORGANISATION,
    ) -> PanelAuthority:
        """Make a new self-signed ECDSA P-256 root valid for about ten years.

        ``passphrase`` encrypts the key in :attr:`encrypted_key_pem`; it is not kept.
        """
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        passphrase = _check_passphrase(passphrase)
        common_name = _check_text(common_name, "authority name")
        organisation = _check_text(organisation, "organisation name")
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(UTC)
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            ]
        )
        certificate = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _BACKDATE)
            .not_valid_after(now + timedelta(days=AUTHORITY_VALIDITY_DAYS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(signer=False), critical=True)
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
            .sign(key, hashes.SHA256())
        )
        return cls(certificate, key, _encrypt_private_key(key, passphrase))

    @classmethod
    def load(cls, cert_pem: bytes, encrypted_key_pem: bytes, passphrase: bytes) -> PanelAuthority:
        """Open a stored authority; a wrong passphrase raises :class:`SigningError`.

        A key stored without encryption is refused outright: it should never have existed.
        """
        from cryptography import x509
        from cryptography.hazmat.primitives.asymmetric import ec, rsa
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        try:
            certificate = x509.load_pem_x509_certificate(bytes(cert_pem))
        except ValueError as exc:
            raise SigningError("The panel authority's certificate is damaged.") from exc
        if not _x509.is_ca_certificate(certificate):
            raise SigningError("The certificate is not a certificate authority's certificate.")
        key_pem = bytes(encrypted_key_pem)
        if not _is_encrypted_pkcs8_pem(key_pem):
            if b"PRIVATE KEY-----" in key_pem and b"ENCRYPTED" not in key_pem:
                raise SigningError(
                    "The panel authority's key is stored without encryption; JudgePanel "
                    "refuses to use it."
                )
            raise SigningError(
                "The panel authority's key file is damaged or not in the expected format."
            )
        try:
            key = load_pem_private_key(key_pem, password=bytes(passphrase) or None)
        except (ValueError, TypeError) as exc:
            raise SigningError("The passphrase for the panel authority's key is wrong.") from exc
        if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
            raise SigningError("The panel authority's key is of a kind JudgePanel cannot use.")
        if not _x509.public_keys_equal(key.public_key(), certificate.public_key()):
            raise SigningError("The panel authority's key does not belong to its certificate.")
        assessment = _x509.assess_key(key)
        if assessment.refusal is not None:
            raise SigningError(assessment.refusal, **assessment.params)
        return cls(certificate, key, key_pem)

    def reencrypt_key(self, new_passphrase: bytes) -> bytes:
        """The key encrypted under a new passphrase (for "change passphrase"); store the result
        in place of :attr:`encrypted_key_pem`."""
        return _encrypt_private_key(self._private_key, _check_passphrase(new_passphrase))

    def issue_judge_credential(
        self, judge_uid: str, name: str, passphrase: bytes, *, days: int = 730
    ) -> IssuedCredential:
        """Issue a judge's ECDSA P-256 signing certificate and pack it as PKCS#12.

        Subject: ``CN`` = ``name``, ``UID`` = ``judge_uid``, ``O`` copied from the root. The
        validity is ``days`` from now (backdated a day for clock skew) but never beyond the
        root's own expiry, since a certificate cannot outlive its issuer's usefulness. The
        PKCS#12 file holds the key, the certificate and the root, encrypted with ``passphrase``.
        """
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.hazmat.primitives.serialization import Encoding
        from cryptography.x509.oid import NameOID

        passphrase = _check_passphrase(passphrase)
        judge_uid = _check_text(judge_uid, "judge id")
        name = _check_text(name, "judge name")
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise ValidationError("The certificate must be valid for at least one day.")
        now = datetime.now(UTC)
        not_after = min(now + timedelta(days=days), self.not_valid_after)
        if not_after <= now:
            raise SigningError(
                "The panel authority expired on {date}; create a new one.",
                date=self.not_valid_after.date().isoformat(),
            )
        attributes = [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.USER_ID, judge_uid),
        ]
        if self.organisation:
            attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.organisation))
        key = ec.generate_private_key(ec.SECP256R1())
        try:
            issuer_ski = self._certificate.extensions.get_extension_for_class(
                x509.SubjectKeyIdentifier
            ).value
            authority_key_id = x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(
                issuer_ski
            )
        except x509.ExtensionNotFound:
            authority_key_id = x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self._private_key.public_key()
            )
        certificate = (
            x509.CertificateBuilder()
            .subject_name(x509.Name(attributes))
            .issuer_name(self._certificate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(max(now - _BACKDATE, self._certificate.not_valid_before_utc))
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(signer=True), critical=True)
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
            .add_extension(authority_key_id, critical=False)
            .sign(self._private_key, hashes.SHA256())
        )
        pkcs12 = build_pkcs12(
            key, certificate, passphrase, chain=[self._certificate], friendly_name=name
        )
        return IssuedCredential(
            judge_uid=judge_uid,
            subject_name=name,
            cert_pem=certificate.public_bytes(Encoding.PEM),
            fingerprint_sha256=_x509.cert_fingerprint(certificate),
            not_valid_after=certificate.not_valid_after_utc,
            pkcs12=pkcs12,
        )

    def sign_detached(self, data: bytes) -> bytes:
        """A detached CMS (PKCS#7) ``SignedData`` over ``data``, DER-encoded, signed by the root.

        Binary mode, so the bytes are signed exactly as given (no MIME line-ending rewriting).
        Check it with :func:`verify_detached`, or ``openssl cms -verify -binary``.
        """
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

        return (
            pkcs7.PKCS7SignatureBuilder()
            .set_data(bytes(data))
            .add_signer(self._certificate, self._private_key, hashes.SHA256())
            .sign(
                Encoding.DER,
                [
                    pkcs7.PKCS7Options.DetachedSignature,
                    pkcs7.PKCS7Options.Binary,
                    pkcs7.PKCS7Options.NoCapabilities,
                ],
            )
        )


def _load_trust_root(trust_root_pem: bytes) -> x509.Certificate:
    """The single pinned root certificate (PEM or DER)."""
    try:
        certificates = _x509.split_certificates(bytes(trust_root_pem))
    except ValueError as exc:
        raise VerificationError("The panel's trust root certificate could not be read.") from exc
    if len(certificates) != 1:
        raise VerificationError("The panel's trust root must be exactly one certificate.")
    return certificates[0]


def verify_detached(data: bytes, signature: bytes, trust_root_pem: bytes) -> None:
    """Check a :meth:`PanelAuthority.sign_detached` signature; raise :class:`VerificationError`
    naming the reason when it does not hold.

    Only the root key itself is accepted as signer: the certificates embedded in the signature
    are ignored and the signer is matched against the pinned root, so a judge's certificate
    (which also chains to the root) cannot sign a kit.
    """
    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import validate_sig_integrity

    root = _load_trust_root(trust_root_pem)
    root_asn1 = _x509.to_asn1_certificate(root)
    raw_signature = bytes(signature)
    if not raw_signature:
        raise VerificationError("The signature is missing.")
    if len(raw_signature) > _MAX_DETACHED_SIGNATURE_BYTES:
        raise VerificationError("The signature is damaged or is not a JudgePanel signature.")
    try:
        content_info = cms.ContentInfo.load(raw_signature, strict=True)
        if content_info["content_type"].native != "signed_data":
            raise VerificationError("The signature is damaged or is not a JudgePanel signature.")
        signed_data = content_info["content"]
        encapsulated = signed_data["encap_content_info"]
        if encapsulated["content_type"].native != "data" or encapsulated["content"].native:
            raise VerificationError("The signature is not a detached signature.")
        signer_infos = signed_data["signer_infos"]
        if len(signer_infos) != 1:
            raise VerificationError("The signature must have exactly one signer.")
        signer_info = signer_infos[0]
        sid = signer_info["sid"]
        if sid.name == "issuer_and_serial_number":
            matches_root = (
                sid.chosen["issuer"] == root_asn1.issuer
                and sid.chosen["serial_number"].native == root_asn1.serial_number
            )
        else:
            matches_root = sid.chosen.native == root_asn1.key_identifier
        if not matches_root:
            raise VerificationError("The file was not signed by the panel's certificate authority.")
        digest_name = signer_info["digest_algorithm"]["algorithm"].native
        if digest_name not in _ACCEPTED_DIGESTS:
            raise VerificationError(
                "The signature uses a digest algorithm that JudgePanel does not accept."
            )
        digest = hashlib.new(digest_name, bytes(data)).digest()
        intact, valid = validate_sig_integrity(signer_info, root_asn1, "data", digest)
    except VerificationError:
        raise
    except Exception as exc:  # hostile bytes: any parser failure is a damaged signature
        _log.debug("detached signature rejected", exc_info=exc)
        raise VerificationError(
            "The signature is damaged or is not a JudgePanel signature."
        ) from exc
    if not valid:
        raise VerificationError("The signature was not made by the panel's certificate authority.")
    if not intact:
        raise VerificationError("The file was changed after it was signed.")
