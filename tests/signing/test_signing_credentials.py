"""Loading PKCS#12 credentials (modern and legacy) and registering certificates."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from judgepanel.domain.errors import FileRejectedError, SigningError, ValidationError
from judgepanel.signing import (
    PanelAuthority,
    SigningCredential,
    build_pkcs12,
    load_certificate,
    load_pkcs12,
)


def test_issued_pkcs12_loads(helpers, issued, authority: PanelAuthority) -> None:
    credential = load_pkcs12(issued.pkcs12, helpers.judge_passphrase)
    assert credential.subject_name == helpers.judge_name
    assert credential.judge_uid == helpers.judge_uid
    assert credential.key_type == "ECDSA P-256"
    assert credential.fingerprint_sha256 == issued.fingerprint_sha256
    assert [c.public_bytes(serialization.Encoding.PEM) for c in credential.chain] == [
        authority.cert_pem
    ]
    assert credential.cert_pem == issued.cert_pem
    assert credential.info.judge_uid == helpers.judge_uid
    assert "private_key" not in repr(credential)


def test_wrong_passphrase_names_the_source(issued) -> None:
    with pytest.raises(SigningError) as caught:
        load_pkcs12(issued.pkcs12, b"wrong", source="judge-J-001.p12")
    assert str(caught.value) == "The passphrase for judge-J-001.p12 is wrong."
    with pytest.raises(SigningError, match="passphrase for the credential file is wrong"):
        load_pkcs12(issued.pkcs12, b"")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"this is not a certificate file", "not a PKCS#12"),
        (b"\x30\x03\x02\x01\x03", "not a PKCS#12"),
        (b"\x30" * (2 * 1024 * 1024), "too large"),
    ],
    ids=["empty", "text", "tiny-der", "huge"],
)
def test_foreign_or_damaged_files_are_named(data: bytes, message: str) -> None:
    with pytest.raises(SigningError, match=message):
        load_pkcs12(data, b"pw", source="upload.p12")


def test_truncated_pkcs12_is_damaged_not_wrong_passphrase(helpers, issued) -> None:
    with pytest.raises(SigningError, match=r"not a PKCS#12 .* or it is damaged"):
        load_pkcs12(issued.pkcs12[: len(issued.pkcs12) // 2], helpers.judge_passphrase)


def test_legacy_3des_rsa_pkcs12_loads(rsa_chain) -> None:
    leaf_key, leaf, root = rsa_chain
    data = build_pkcs12(leaf_key, leaf, b"legacy pw", chain=[root], legacy=True)
    pfx = asn1_pkcs12.Pfx.load(data)
    assert pfx["mac_data"]["mac"]["digest_algorithm"]["algorithm"].native == "sha1"
    credential = load_pkcs12(data, b"legacy pw")
    assert credential.key_type == "RSA-2048"
    assert credential.judge_uid is None
    assert credential.subject_name == "CHAN, Tai Man"
    assert len(credential.chain) == 1
    with pytest.raises(SigningError, match="wrong"):
        load_pkcs12(data, b"other")


def test_legacy_rc2_pkcs12_from_openssl_loads(rsa_chain, openssl: str, tmp_path: Path) -> None:
    """``openssl pkcs12 -legacy`` writes RC2-40 certificate bags, as old Windows exports do."""
    leaf_key, leaf, root = rsa_chain
    (tmp_path / "key.pem").write_bytes(
        leaf_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (tmp_path / "cert.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "root.pem").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    result = subprocess.run(
        [
            openssl, "pkcs12", "-export", "-legacy",
            "-inkey", str(tmp_path / "key.pem"), "-in", str(tmp_path / "cert.pem"),
            "-certfile", str(tmp_path / "root.pem"),
            "-out", str(tmp_path / "legacy.p12"), "-passout", "pass:rc2 pass",
        ],
        capture_output=True,
        check=False,
    )  # fmt: skip
    if result.returncode != 0:
        pytest.skip(f"this OpenSSL cannot write RC2 PKCS#12: {result.stderr!r}")
    data = (tmp_path / "legacy.p12").read_bytes()
    pfx = asn1_pkcs12.Pfx.load(data)
    encrypted = [
        ci["content"]["encrypted_content_info"]["content_encryption_algorithm"]["algorithm"].native
        for ci in pfx.authenticated_safe
        if ci["content_type"].native == "encrypted_data"
    ]
    assert encrypted == ["pkcs12_sha1_rc2_40"]
    credential = load_pkcs12(data, b"rc2 pass")
    assert credential.key_type == "RSA-2048"


def test_pkcs12_without_private_key_is_refused(helpers, issued) -> None:
    cert = load_pkcs12(issued.pkcs12, helpers.judge_passphrase).certificate
    data = pkcs12.serialize_key_and_certificates(
        b"cert only",
        None,
        cert,
        None,
        serialization.BestAvailableEncryption(b"pw"),
    )
    with pytest.raises(SigningError, match="contains no private key"):
        load_pkcs12(data, b"pw")


def test_pkcs12_with_a_key_that_does_not_match_is_refused(credential, rsa_chain) -> None:
    _leaf_key, leaf, _root = rsa_chain
    # cryptography refuses to pair them as key and certificate, so the stranger is a CA bag.
    data = pkcs12.serialize_key_and_certificates(
        b"mismatch",
        credential.private_key,
        None,
        [leaf],
        serialization.BestAvailableEncryption(b"pw"),
    )
    with pytest.raises(SigningError, match="does not belong to its certificate"):
        load_pkcs12(data, b"pw")


def test_unencrypted_pkcs12_loads_with_an_empty_passphrase(credential) -> None:
    data = pkcs12.serialize_key_and_certificates(
        b"open", credential.private_key, credential.certificate, None, serialization.NoEncryption()
    )
    assert load_pkcs12(data, b"").fingerprint_sha256 == credential.fingerprint_sha256


def test_ed25519_is_refused(helpers) -> None:
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = helpers.make_ca("Ed Root", root_key)
    key = ed25519.Ed25519PrivateKey.generate()
    leaf = helpers.make_leaf("Ed Judge", key.public_key(), root, root_key)
    data = build_pkcs12(key, leaf, b"pw", chain=[root])
    with pytest.raises(SigningError, match="Ed25519 keys cannot be used"):
        load_pkcs12(data, b"pw")
    with pytest.raises(SigningError, match="Ed25519"):
        SigningCredential.from_key_and_certificate(key, leaf)


def test_short_rsa_and_odd_curves_are_refused(helpers) -> None:
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = helpers.make_ca("Root", root_key)
    short = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(SigningError, match="only 1024 bits"):
        SigningCredential.from_key_and_certificate(
            short, helpers.make_leaf("Short", short.public_key(), root, root_key)
        )
    k1 = ec.generate_private_key(ec.SECP256K1())
    with pytest.raises(SigningError, match="secp256k1"):
        SigningCredential.from_key_and_certificate(
            k1, helpers.make_leaf("K1", k1.public_key(), root, root_key)
        )


def test_p384_is_accepted(helpers) -> None:
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = helpers.make_ca("Root", root_key)
    key = ec.generate_private_key(ec.SECP384R1())
    credential = SigningCredential.from_key_and_certificate(
        key, helpers.make_leaf("P384", key.public_key(), root, root_key), [root]
    )
    assert credential.key_type == "ECDSA P-384"


def test_build_pkcs12_needs_a_passphrase(credential) -> None:
    with pytest.raises(ValidationError):
        build_pkcs12(credential.private_key, credential.certificate, b"")


# --------------------------------------------------------------------------- load_certificate


def test_load_certificate_pem_and_der(helpers, issued) -> None:
    info = load_certificate(issued.cert_pem)
    assert info.subject_name == helpers.judge_name
    assert info.judge_uid == helpers.judge_uid
    assert info.issuer_name == "JudgePanel Test Root"
    assert info.fingerprint_sha256 == issued.fingerprint_sha256
    assert info.key_type == "ECDSA P-256" and info.key_supported
    assert not info.is_ca
    assert info.not_valid_after == issued.not_valid_after
    der = load_pkcs12(issued.pkcs12, helpers.judge_passphrase).certificate.public_bytes(
        serialization.Encoding.DER
    )
    assert load_certificate(der) == info
    assert load_certificate(b"Bag Attributes: junk\n" + issued.cert_pem) == info


def test_load_certificate_describes_a_foreign_certificate(rsa_chain) -> None:
    _key, leaf, root = rsa_chain
    info = load_certificate(leaf.public_bytes(serialization.Encoding.PEM))
    assert info.judge_uid is None
    assert info.key_type == "RSA-2048"
    assert load_certificate(root.public_bytes(serialization.Encoding.PEM)).is_ca


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"hello", "not a certificate"),
        (b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "not a certificate"),
    ],
)
def test_load_certificate_refuses_non_certificates(data: bytes, message: str) -> None:
    with pytest.raises(FileRejectedError, match=message):
        load_certificate(data)


def test_load_certificate_refuses_bundles(issued, authority: PanelAuthority) -> None:
    with pytest.raises(FileRejectedError, match="contains 2 certificates"):
        load_certificate(issued.cert_pem + authority.cert_pem)
