"""The panel certificate authority: root, encrypted key, judge certificates, detached signatures."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import pem as asn1_pem
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import NameOID

from judgepanel.domain.errors import SigningError, ValidationError, VerificationError
from judgepanel.signing import PanelAuthority, verify_detached
from judgepanel.signing.authority import AUTHORITY_VALIDITY_DAYS, KEY_KDF_ITERATIONS

KIT = b'{"kit": "round 1", "finalists": ["F-01", "F-07"]}\r\n\x00binary tail'


# --------------------------------------------------------------------------- root


def test_root_certificate_is_a_p256_ca(authority: PanelAuthority) -> None:
    cert = x509.load_pem_x509_certificate(authority.cert_pem)
    basic = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and basic.value.ca
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.key_cert_sign and usage.value.crl_sign
    assert not usage.value.content_commitment
    assert cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    key = cert.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    assert key.curve.name == "secp256r1"
    cert.verify_directly_issued_by(cert)
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert timedelta(days=AUTHORITY_VALIDITY_DAYS) <= lifetime <= timedelta(days=3660)
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == (
        "JudgePanel Test Root"
    )


def test_fingerprint_is_lowercase_hex_sha256_of_der(authority: PanelAuthority) -> None:
    der = x509.load_pem_x509_certificate(authority.cert_pem).public_bytes(
        serialization.Encoding.DER
    )
    assert authority.fingerprint_sha256 == hashlib.sha256(der).hexdigest()
    assert len(authority.fingerprint_sha256) == 64
    assert authority.fingerprint_sha256 == authority.fingerprint_sha256.lower()
    assert ":" not in authority.fingerprint_sha256


def test_private_key_is_never_stored_unencrypted(helpers, authority: PanelAuthority) -> None:
    key_pem = authority.encrypted_key_pem
    assert key_pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert b"BEGIN PRIVATE KEY" not in key_pem
    assert "key" not in repr(authority).lower().replace("fingerprint", "")
    with pytest.raises(TypeError):
        serialization.load_pem_private_key(key_pem, password=None)
    with pytest.raises(ValueError):
        serialization.load_pem_private_key(key_pem, password=b"not the passphrase")
    key = serialization.load_pem_private_key(key_pem, password=helpers.chair_passphrase)
    assert isinstance(key, ec.EllipticCurvePrivateKey)


def test_key_file_uses_pbes2_aes256_with_many_iterations(authority: PanelAuthority) -> None:
    _kind, _headers, der = asn1_pem.unarmor(authority.encrypted_key_pem)
    info = asn1_keys.EncryptedPrivateKeyInfo.load(der)
    algorithm = info["encryption_algorithm"]
    assert algorithm["algorithm"].native == "pbes2"
    params = algorithm["parameters"]
    assert params["encryption_scheme"]["algorithm"].native == "aes256_cbc"
    kdf = params["key_derivation_func"]["parameters"]
    assert kdf["iteration_count"].native == KEY_KDF_ITERATIONS
    assert kdf["prf"]["algorithm"].native == "sha256"


def test_openssl_reads_the_key_file(
    helpers, authority: PanelAuthority, openssl: str, tmp_path: Path
) -> None:
    key_file = tmp_path / "ca.key"
    key_file.write_bytes(authority.encrypted_key_pem)
    (tmp_path / "pass").write_bytes(helpers.chair_passphrase)
    result = subprocess.run(
        [openssl, "pkey", "-in", str(key_file), "-passin", f"file:{tmp_path / 'pass'}", "-noout"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_load_round_trip(helpers, authority: PanelAuthority) -> None:
    loaded = PanelAuthority.load(
        authority.cert_pem, authority.encrypted_key_pem, helpers.chair_passphrase
    )
    assert loaded.fingerprint_sha256 == authority.fingerprint_sha256
    assert loaded.common_name == "JudgePanel Test Root"
    issued = loaded.issue_judge_credential("J-009", "Wong Siu Ming", b"pw")
    leaf = x509.load_pem_x509_certificate(issued.cert_pem)
    leaf.verify_directly_issued_by(authority.certificate)


def test_load_with_wrong_passphrase_is_refused(authority: PanelAuthority) -> None:
    with pytest.raises(SigningError, match="passphrase for the panel authority's key is wrong"):
        PanelAuthority.load(authority.cert_pem, authority.encrypted_key_pem, b"wrong")
    with pytest.raises(SigningError, match="wrong"):
        PanelAuthority.load(authority.cert_pem, authority.encrypted_key_pem, b"")


def test_load_refuses_an_unencrypted_key(helpers, authority: PanelAuthority) -> None:
    key = serialization.load_pem_private_key(authority.encrypted_key_pem, helpers.chair_passphrase)
    plain = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    with pytest.raises(SigningError, match="without encryption"):
        PanelAuthority.load(authority.cert_pem, plain, helpers.chair_passphrase)


def test_load_refuses_a_damaged_key_file(helpers, authority: PanelAuthority) -> None:
    with pytest.raises(SigningError, match="damaged"):
        PanelAuthority.load(authority.cert_pem, b"-----BEGIN nonsense", helpers.chair_passphrase)


def test_load_refuses_a_key_of_another_authority(
    authority: PanelAuthority, foreign_authority: PanelAuthority
) -> None:
    with pytest.raises(SigningError, match="does not belong"):
        PanelAuthority.load(authority.cert_pem, foreign_authority.encrypted_key_pem, b"other chair")


def test_load_refuses_a_non_ca_certificate(helpers, authority: PanelAuthority) -> None:
    judge = authority.issue_judge_credential("J-002", "Lee", b"pw")
    with pytest.raises(SigningError, match="not a certificate authority"):
        PanelAuthority.load(judge.cert_pem, authority.encrypted_key_pem, helpers.chair_passphrase)


def test_create_refuses_an_empty_passphrase() -> None:
    with pytest.raises(ValidationError, match="must not be empty"):
        PanelAuthority.create("Root", b"")


def test_reencrypt_key_changes_the_passphrase(helpers, authority: PanelAuthority) -> None:
    new_pem = authority.reencrypt_key(b"new chair passphrase")
    loaded = PanelAuthority.load(authority.cert_pem, new_pem, b"new chair passphrase")
    assert loaded.fingerprint_sha256 == authority.fingerprint_sha256
    with pytest.raises(SigningError, match="wrong"):
        PanelAuthority.load(authority.cert_pem, new_pem, helpers.chair_passphrase)


# --------------------------------------------------------------------------- judge certificates


def test_judge_certificate_profile(helpers, authority: PanelAuthority, issued) -> None:
    leaf = x509.load_pem_x509_certificate(issued.cert_pem)
    leaf.verify_directly_issued_by(authority.certificate)
    assert leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == helpers.judge_name
    assert leaf.subject.get_attributes_for_oid(NameOID.USER_ID)[0].value == helpers.judge_uid
    assert leaf.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    basic = leaf.extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and not basic.value.ca
    usage = leaf.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    aki = leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    root_ski = authority.certificate.extensions.get_extension_for_class(
        x509.SubjectKeyIdentifier
    ).value
    assert aki.key_identifier == root_ski.digest
    assert leaf.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    key = leaf.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1"
    lifetime = leaf.not_valid_after_utc - datetime.now(UTC)
    assert timedelta(days=729) < lifetime <= timedelta(days=730)
    assert issued.judge_uid == helpers.judge_uid
    assert issued.not_valid_after == leaf.not_valid_after_utc
    assert (
        issued.fingerprint_sha256
        == hashlib.sha256(leaf.public_bytes(serialization.Encoding.DER)).hexdigest()
    )
    assert "pkcs12" not in repr(issued)


def test_judge_pkcs12_holds_key_leaf_and_root(helpers, authority: PanelAuthority, issued) -> None:
    key, cert, others = pkcs12.load_key_and_certificates(issued.pkcs12, helpers.judge_passphrase)
    assert key is not None and cert is not None
    assert cert.public_bytes(serialization.Encoding.PEM) == issued.cert_pem
    assert [c.fingerprint(hashes.SHA256()).hex() for c in others] == [authority.fingerprint_sha256]


def test_judge_pkcs12_uses_aes256_pbkdf2_and_sha256_mac(issued) -> None:
    pfx = asn1_pkcs12.Pfx.load(issued.pkcs12)
    assert pfx["mac_data"]["mac"]["digest_algorithm"]["algorithm"].native == "sha256"
    algorithms = set()
    for content_info in pfx.authenticated_safe:
        if content_info["content_type"].native == "encrypted_data":
            enc = content_info["content"]["encrypted_content_info"]["content_encryption_algorithm"]
            algorithms.add(enc["parameters"]["encryption_scheme"]["algorithm"].native)
        else:
            for bag in asn1_pkcs12.SafeContents.load(content_info["content"].native):
                if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                    enc = bag["bag_value"]["encryption_algorithm"]
                    assert enc["algorithm"].native == "pbes2"
                    algorithms.add(enc["parameters"]["encryption_scheme"]["algorithm"].native)
    assert algorithms == {"aes256_cbc"}


def test_judge_validity_never_exceeds_the_root(authority: PanelAuthority) -> None:
    issued = authority.issue_judge_credential("J-003", "Long Lived", b"pw", days=100_000)
    assert issued.not_valid_after == authority.not_valid_after


@pytest.mark.parametrize(
    ("uid", "name", "days", "message"),
    [
        ("", "Name", 10, "judge id must not be empty"),
        ("J-1", "   ", 10, "judge name must not be empty"),
        ("J-1", "x" * 65, 10, "too long"),
        ("J-1\n", "Name\x00", 10, "not allowed"),
        ("J-1", "Name", 0, "at least one day"),
    ],
)
def test_issue_refuses_bad_input(
    authority: PanelAuthority, uid: str, name: str, days: int, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        authority.issue_judge_credential(uid, name, b"pw", days=days)


def test_issue_refuses_an_empty_passphrase(authority: PanelAuthority) -> None:
    with pytest.raises(ValidationError, match="passphrase"):
        authority.issue_judge_credential("J-1", "Name", b"")


# --------------------------------------------------------------------------- detached signatures


def test_detached_signature_verifies(authority: PanelAuthority) -> None:
    signature = authority.sign_detached(KIT)
    verify_detached(KIT, signature, authority.cert_pem)
    der_root = authority.certificate.public_bytes(serialization.Encoding.DER)
    verify_detached(KIT, signature, der_root)


def test_detached_signature_rejects_a_tampered_payload(authority: PanelAuthority) -> None:
    signature = authority.sign_detached(KIT)
    with pytest.raises(VerificationError, match="changed after it was signed"):
        verify_detached(KIT.replace(b"F-07", b"F-08"), signature, authority.cert_pem)
    with pytest.raises(VerificationError, match="changed after it was signed"):
        verify_detached(KIT + b"\n", signature, authority.cert_pem)


def test_detached_signature_of_a_foreign_authority_is_rejected(
    authority: PanelAuthority, foreign_authority: PanelAuthority
) -> None:
    signature = foreign_authority.sign_detached(KIT)
    with pytest.raises(VerificationError, match="not signed by the panel's certificate authority"):
        verify_detached(KIT, signature, authority.cert_pem)


def test_detached_signature_by_a_judge_is_rejected(authority: PanelAuthority, credential) -> None:
    """A judge's certificate chains to the root, but only the root itself may sign kits."""
    signature = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(KIT)
        .add_signer(credential.certificate, credential.private_key, hashes.SHA256())
        .add_certificate(authority.certificate)
        .sign(
            serialization.Encoding.DER,
            [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary],
        )
    )
    with pytest.raises(VerificationError, match="not signed by the panel's certificate authority"):
        verify_detached(KIT, signature, authority.cert_pem)


def test_detached_signature_forged_with_the_roots_name_is_rejected(
    authority: PanelAuthority,
) -> None:
    """A key that merely claims the root's issuer and serial number does not verify."""
    impostor_key = ec.generate_private_key(ec.SECP256R1())
    impostor = (
        x509.CertificateBuilder()
        .subject_name(authority.certificate.subject)
        .issuer_name(authority.certificate.issuer)
        .public_key(impostor_key.public_key())
        .serial_number(authority.certificate.serial_number)
        .not_valid_before(authority.certificate.not_valid_before_utc)
        .not_valid_after(authority.certificate.not_valid_after_utc)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(impostor_key, hashes.SHA256())
    )
    signature = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(KIT)
        .add_signer(impostor, impostor_key, hashes.SHA256())
        .sign(
            serialization.Encoding.DER,
            [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary],
        )
    )
    with pytest.raises(VerificationError, match="not made by the panel's certificate authority"):
        verify_detached(KIT, signature, authority.cert_pem)


@pytest.mark.parametrize(
    "signature",
    [b"", b"garbage", b"\x30\x80" + b"\x00" * 10, b"\x30" * 70_000],
    ids=["empty", "garbage", "bad-der", "huge"],
)
def test_detached_signature_garbage_is_rejected(
    authority: PanelAuthority, signature: bytes
) -> None:
    with pytest.raises(VerificationError):
        verify_detached(KIT, signature, authority.cert_pem)


def test_detached_signature_truncated_is_rejected(authority: PanelAuthority) -> None:
    signature = authority.sign_detached(KIT)
    with pytest.raises(VerificationError, match="damaged"):
        verify_detached(KIT, signature[:-20], authority.cert_pem)


def test_detached_signature_needs_a_readable_trust_root(authority: PanelAuthority) -> None:
    signature = authority.sign_detached(KIT)
    with pytest.raises(VerificationError, match="trust root"):
        verify_detached(KIT, signature, b"not a certificate")


def test_openssl_accepts_the_detached_signature(
    authority: PanelAuthority, openssl: str, tmp_path: Path
) -> None:
    (tmp_path / "kit").write_bytes(KIT)
    (tmp_path / "kit.p7s").write_bytes(authority.sign_detached(KIT))
    (tmp_path / "root.pem").write_bytes(authority.cert_pem)
    result = subprocess.run(
        [
            openssl, "cms", "-verify", "-binary", "-inform", "DER",
            "-in", str(tmp_path / "kit.p7s"), "-content", str(tmp_path / "kit"),
            "-CAfile", str(tmp_path / "root.pem"), "-purpose", "any", "-out", "/dev/null",
        ],
        capture_output=True,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
