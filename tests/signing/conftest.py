"""Shared fixtures for the signing tests: real keys, certificates and ReportLab PDFs (no mocks).

Everything lives here rather than in an importable helper module because the suite runs with
``--import-mode=importlib``, where test directories are not on ``sys.path``; tests reach the
constants and factories through the ``helpers`` fixture. Keys are made once per session: ECDSA
key generation is fast, but the authority's key file uses 600,000 PBKDF2 rounds.
"""

from __future__ import annotations

import io
import shutil
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from judgepanel.signing import (
    IssuedCredential,
    PanelAuthority,
    SigningCredential,
    embed_attachment,
    load_pkcs12,
    sign_pdf,
)

CHAIR_PASSPHRASE = b"chair passphrase \xe5\xaf\x86\xe7\xa2\xbc"
JUDGE_PASSPHRASE = b"judge-passphrase-001"
JUDGE_UID = "J-001"
JUDGE_NAME = "Chan Tai Man"
VISIBLE_TEXT = b"Judge score sheet for finalist F-07"
SCORES_JSON = b'{"judge": "J-001", "scores": {"F-07": 87}}'


def make_score_sheet_pdf(text: bytes = VISIBLE_TEXT) -> bytes:
    """A one-page ReportLab PDF with uncompressed content, so tests can find visible text."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=0)
    pdf.setTitle("Score sheet")
    pdf.drawString(72, 750, text.decode("ascii"))
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_ca(
    common_name: str, key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
) -> x509.Certificate:
    """A minimal self-signed CA made directly with ``cryptography`` (for foreign-key tests)."""
    now = datetime.now(UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )


def make_leaf(
    common_name: str,
    public_key: object,
    issuer: x509.Certificate,
    issuer_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
    *,
    not_before: datetime | None = None,
    not_after: datetime | None = None,
    key_usage: bool = True,
) -> x509.Certificate:
    """A signing certificate issued by ``issuer`` (no UID: like a foreign e-Cert)."""
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .issuer_name(issuer.subject)
        .public_key(public_key)  # type: ignore[arg-type]
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - timedelta(days=1))
        .not_valid_after(not_after or now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )
    if key_usage:
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    return builder.sign(issuer_key, hashes.SHA256())


@pytest.fixture(scope="session")
def helpers() -> SimpleNamespace:
    """The constants and factories above, for test modules (which cannot import conftest)."""
    return SimpleNamespace(
        chair_passphrase=CHAIR_PASSPHRASE,
        judge_passphrase=JUDGE_PASSPHRASE,
        judge_uid=JUDGE_UID,
        judge_name=JUDGE_NAME,
        visible_text=VISIBLE_TEXT,
        scores_json=SCORES_JSON,
        make_score_sheet_pdf=make_score_sheet_pdf,
        make_ca=make_ca,
        make_leaf=make_leaf,
    )


@pytest.fixture(scope="session")
def authority() -> PanelAuthority:
    return PanelAuthority.create("JudgePanel Test Root", CHAIR_PASSPHRASE)


@pytest.fixture(scope="session")
def foreign_authority() -> PanelAuthority:
    return PanelAuthority.create("Somebody Else's Root", b"other chair")


@pytest.fixture(scope="session")
def issued(authority: PanelAuthority) -> IssuedCredential:
    return authority.issue_judge_credential(JUDGE_UID, JUDGE_NAME, JUDGE_PASSPHRASE)


@pytest.fixture(scope="session")
def credential(issued: IssuedCredential) -> SigningCredential:
    return load_pkcs12(issued.pkcs12, JUDGE_PASSPHRASE)


@pytest.fixture(scope="session")
def foreign_credential(foreign_authority: PanelAuthority) -> SigningCredential:
    other = foreign_authority.issue_judge_credential(JUDGE_UID, JUDGE_NAME, b"pw")
    return load_pkcs12(other.pkcs12, b"pw")


@pytest.fixture(scope="session")
def unsigned_pdf() -> bytes:
    """A score sheet with its JSON attached, ready to sign."""
    return embed_attachment(
        make_score_sheet_pdf(), "scores.json", SCORES_JSON, description="Scores of judge J-001"
    )


@pytest.fixture(scope="session")
def signed_pdf(unsigned_pdf: bytes, credential: SigningCredential) -> bytes:
    return sign_pdf(
        unsigned_pdf,
        credential,
        reason="Score sheet of judge J-001",
        location="Hong Kong",
        name=JUDGE_NAME,
    )


@pytest.fixture(scope="session")
def openssl() -> str:
    path = shutil.which("openssl")
    if path is None:
        pytest.skip("openssl command-line tool not installed")
    return path


@pytest.fixture(scope="session")
def pdfsig() -> str:
    path = shutil.which("pdfsig")
    if path is None:
        pytest.skip("pdfsig (poppler-utils) not installed")
    return path


@pytest.fixture(scope="session")
def rsa_chain() -> tuple[rsa.RSAPrivateKey, x509.Certificate, x509.Certificate]:
    """An RSA-2048 judge certificate and root from another issuer, as an e-Cert would be."""
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = make_ca("Test e-Cert Root", root_key)
    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf = make_leaf("CHAN, Tai Man", leaf_key.public_key(), root, root_key)
    return leaf_key, leaf, root
