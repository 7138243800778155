"""Small X.509 helpers shared by the signing modules.

Everything heavy (``cryptography``, ``asn1crypto``) is imported inside the functions so that
importing :mod:`judgepanel.signing` costs nothing until a signature is actually made or checked.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes, PublicKeyTypes

#: Dotted OID of the ``UID`` (``userId``, RFC 4519) attribute that carries the judge uid in the
#: subject of certificates issued by the panel authority.
UID_OID = "0.9.2342.19200300.100.1.1"
#: Dotted OID of ``commonName``.
COMMON_NAME_OID = "2.5.4.3"

#: Elliptic curves that common PDF verifiers (Adobe Acrobat, poppler, pyHanko) all accept.
_SUPPORTED_CURVES = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}
MIN_RSA_BITS = 2048

_PEM_CERT_RE = re.compile(
    rb"-----BEGIN CERTIFICATE-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END CERTIFICATE-----"
)


def sha256_hex(der: bytes) -> str:
    """The SHA-256 fingerprint as lowercase hex without colons (the form we store and compare)."""
    return hashlib.sha256(der).hexdigest()


def cert_fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 fingerprint of a ``cryptography`` certificate (over its DER encoding)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    return sha256_hex(cert.public_bytes(Encoding.DER))


def _single_value(values: list[str]) -> str | None:
    """Exactly one value, or ``None``: an ambiguous name must never identify a judge."""
    return values[0] if len(values) == 1 else None


def name_common_name(name: x509.Name) -> str:
    """The subject's common name, or its RFC 4514 string when it has none (still readable)."""
    from cryptography.x509.oid import NameOID

    values = [str(a.value) for a in name.get_attributes_for_oid(NameOID.COMMON_NAME)]
    return values[0] if values else name.rfc4514_string()


def name_uid(name: x509.Name) -> str | None:
    """The judge uid carried as the single ``UID`` attribute of a subject, if any."""
    from cryptography.x509.oid import NameOID

    values = [str(a.value) for a in name.get_attributes_for_oid(NameOID.USER_ID)]
    return _single_value(values)


def asn1_name_attributes(name: asn1_x509.Name, oid: str) -> list[str]:
    """All values of one attribute type in an ``asn1crypto`` name (hostile input tolerated)."""
    values: list[str] = []
    for rdn in name.chosen:
        for attribute in rdn:
            if attribute["type"].dotted != oid:
                continue
            try:
                value = attribute["value"].native
            except (ValueError, TypeError):
                continue
            if isinstance(value, str):
                values.append(value)
    return values


def asn1_common_name(name: asn1_x509.Name) -> str:
    """Common name of an ``asn1crypto`` name, falling back to its human-friendly form."""
    values = asn1_name_attributes(name, COMMON_NAME_OID)
    if values:
        return values[0]
    try:
        return str(name.human_friendly)
    except (ValueError, TypeError, KeyError):
        return ""


def asn1_uid(name: asn1_x509.Name) -> str | None:
    """Judge uid (single ``UID`` attribute) of an ``asn1crypto`` name."""
    return _single_value(asn1_name_attributes(name, UID_OID))


@dataclass(frozen=True)
class KeyAssessment:
    """What a key is (``key_type``) and, if it must not sign PDFs, why (``refusal`` template)."""

    key_type: str
    refusal: str | None = None
    params: dict[str, object] = field(default_factory=dict)

    @property
    def supported(self) -> bool:
        """True when the key may be used for PDF signatures."""
        return self.refusal is None


def assess_key(key: PublicKeyTypes | PrivateKeyTypes) -> KeyAssessment:
    """Classify a key as a label such as ``"ECDSA P-256"`` plus a refusal when it is unusable.

    Ed25519/Ed448 are refused because Adobe Acrobat and other common verifiers reject such PDF
    signatures; short RSA keys and unusual curves are refused because they would not be trusted.
    """
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa

    advice = "Use an ECDSA P-256 or RSA-2048 (or stronger) key."
    if isinstance(key, ec.EllipticCurvePrivateKey | ec.EllipticCurvePublicKey):
        label = _SUPPORTED_CURVES.get(key.curve.name)
        if label is None:
            return KeyAssessment(
                f"ECDSA {key.curve.name}",
                "The key uses the elliptic curve {curve}, which common PDF readers do not accept. "
                + advice,
                {"curve": key.curve.name},
            )
        return KeyAssessment(f"ECDSA {label}")
    if isinstance(key, rsa.RSAPrivateKey | rsa.RSAPublicKey):
        label = f"RSA-{key.key_size}"
        if key.key_size < MIN_RSA_BITS:
            return KeyAssessment(
                label,
                "The RSA key is only {bits} bits long; at least 2048 bits are required.",
                {"bits": key.key_size},
            )
        return KeyAssessment(label)
    if isinstance(key, ed25519.Ed25519PrivateKey | ed25519.Ed25519PublicKey):
        return KeyAssessment(
            "Ed25519",
            "Ed25519 keys cannot be used: common PDF readers reject Ed25519 signatures. " + advice,
        )
    if isinstance(key, ed448.Ed448PrivateKey | ed448.Ed448PublicKey):
        return KeyAssessment(
            "Ed448",
            "Ed448 keys cannot be used: common PDF readers reject Ed448 signatures. " + advice,
        )
    if isinstance(key, dsa.DSAPrivateKey | dsa.DSAPublicKey):
        return KeyAssessment("DSA", "DSA keys are obsolete and cannot be used. " + advice)
    return KeyAssessment(
        type(key).__name__, "This kind of key cannot be used for signing PDF documents. " + advice
    )


def public_keys_equal(a: PublicKeyTypes, b: PublicKeyTypes) -> bool:
    """Compare public keys by their SubjectPublicKeyInfo encoding (works for every key type)."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return a.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo) == b.public_bytes(
        Encoding.DER, PublicFormat.SubjectPublicKeyInfo
    )


def split_certificates(data: bytes) -> list[x509.Certificate]:
    """Parse one DER certificate or any number of PEM ``CERTIFICATE`` blocks.

    Raises ``ValueError`` when nothing parses; callers turn that into a typed error.
    """
    from cryptography import x509

    stripped = data.strip()
    if b"-----BEGIN" in stripped:
        blocks = [m.group(0) for m in _PEM_CERT_RE.finditer(stripped)]
        if not blocks:
            raise ValueError("no PEM certificate block")
        return [x509.load_pem_x509_certificate(block) for block in blocks]
    # DER is binary: its last byte may be 0x0d or 0x20, which strip() would cut off. Its own
    # length says where it ends; only whitespace may follow (a file saved with a newline).
    body = bytes(data).lstrip()
    end = _der_end(body)
    if body[end:].strip():
        raise ValueError("data after the DER certificate")
    return [x509.load_der_x509_certificate(body[:end])]


def _der_end(der: bytes) -> int:
    """Where the first DER element of ``der`` ends, by its length field (``len(der)`` when the
    header cannot be read: the parser then says what is wrong)."""
    if len(der) < 2:
        return len(der)
    first = der[1]
    if first < 0x80:
        return min(len(der), 2 + first)
    count = first & 0x7F
    if not 0 < count <= 4 or len(der) < 2 + count:
        return len(der)
    return min(len(der), 2 + count + int.from_bytes(der[2:2 + count], "big"))


def to_asn1_certificate(cert: x509.Certificate) -> asn1_x509.Certificate:
    """Convert a ``cryptography`` certificate to ``asn1crypto`` (pyHanko's currency)."""
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


def is_ca_certificate(cert: x509.Certificate) -> bool:
    """True when the certificate carries ``basicConstraints CA:TRUE``."""
    from cryptography import x509

    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False
