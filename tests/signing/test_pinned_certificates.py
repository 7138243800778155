"""A judge's own registered certificate is passed to the verifier as its own trust anchor
(pinned). pyHanko then checks neither the certificate's validity period nor its key usage, so
:func:`verify_pdf` does; these sheets are signed with pyHanko directly, as other software could,
because JudgePanel's own signer refuses such certificates up front."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from asn1crypto import keys as asn1_keys
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
)
from cryptography.x509.oid import NameOID

from judgepanel.signing import _x509
from judgepanel.signing.pdf import Problem, verify_pdf


def _cert(key: ec.EllipticCurvePrivateKey, *, days_from: int, days_to: int,
          usage: x509.KeyUsage | None) -> x509.Certificate:
    now = datetime.now(UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CHAN, Tai Man")])
    issuer_key = ec.generate_private_key(ec.SECP256R1())
    builder = (x509.CertificateBuilder().subject_name(name)
               .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "e-Cert CA")]))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now + timedelta(days=days_from))
               .not_valid_after(now + timedelta(days=days_to)))
    if usage is not None:
        builder = builder.add_extension(usage, critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


def _sign_with_pyhanko(pdf: bytes, key: ec.EllipticCurvePrivateKey,
                       cert: x509.Certificate) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner(
        signing_cert=_x509.to_asn1_certificate(cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())),
        cert_registry=None)
    meta = signers.PdfSignatureMetadata(field_name="JudgeSignature",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, signer=signer)
    return out.getvalue()


ENCIPHER_ONLY = x509.KeyUsage(digital_signature=False, content_commitment=False,
                              key_encipherment=True, data_encipherment=False,
                              key_agreement=False, key_cert_sign=False, crl_sign=False,
                              encipher_only=False, decipher_only=False)
SIGNING = x509.KeyUsage(digital_signature=True, content_commitment=True,
                        key_encipherment=False, data_encipherment=False, key_agreement=False,
                        key_cert_sign=False, crl_sign=False, encipher_only=False,
                        decipher_only=False)


@pytest.mark.parametrize(("days_from", "days_to", "usage", "problem"), [
    (-1, 30, SIGNING, None),
    (-1, 30, None, None),
    (-60, -2, SIGNING, Problem.EXPIRED),
    (3, 30, SIGNING, Problem.EXPIRED),
    (-1, 30, ENCIPHER_ONLY, Problem.NOT_FOR_SIGNING),
])
def test_a_pinned_certificate_is_still_checked(helpers, authority, days_from: int, days_to: int,
                                               usage: x509.KeyUsage | None,
                                               problem: str | None) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _cert(key, days_from=days_from, days_to=days_to, usage=usage)
    signed = _sign_with_pyhanko(helpers.make_score_sheet_pdf(), key, cert)
    result = verify_pdf(signed, [authority.cert_pem, cert.public_bytes(Encoding.PEM)])
    if problem is None:
        assert result.ok, result.problems
        assert result.trust_anchor_fingerprint_sha256 == result.signer_fingerprint_sha256
    else:
        assert not result.ok and not result.trusted
        assert problem in result.problems
        assert result.trust_anchor_fingerprint_sha256 is None
    # and without the pin the signer is simply not trusted
    alone = verify_pdf(signed, [authority.cert_pem])
    assert not alone.trusted
