"""``judgepanel authority register`` with a judge's own PKCS#12 file (an e-Cert) or PEM."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from judgepanel.__main__ import main
from judgepanel.signing.credentials import build_pkcs12


@pytest.fixture(scope="module")
def ecert() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "WONG, Siu Ming")]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "e-Cert CA")]))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=90))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(rsa.generate_private_key(public_exponent=65537, key_size=2048),
                  hashes.SHA256()))
    return key, cert


def _first_judge(chair: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["judges", "--db", str(chair)]) == 0
    return capsys.readouterr().out.splitlines()[0].split("\t")[0]


def test_register_a_pkcs12_file_with_its_passphrase_file(tmp_path: Path, demo_template: Path,
                                                         ecert, capsys) -> None:
    chair = tmp_path / "chair.db"
    shutil.copyfile(demo_template, chair)
    judge = _first_judge(chair, capsys)
    key, cert = ecert
    p12 = tmp_path / "wong.pfx"
    p12.write_bytes(build_pkcs12(key, cert, "密碼 e-Cert".encode(), legacy=True))
    secret = tmp_path / "pass.txt"
    secret.write_text("密碼 e-Cert\n", encoding="utf-8")

    assert main(["authority", "register", "--db", str(chair), "--judge", judge,
                 "--cert", str(p12), "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    fingerprint = cert.fingerprint(hashes.SHA256()).hex()
    assert f"Registered WONG, Siu Ming ({fingerprint}, valid until " in out
    assert "not its private key" in out
    assert main(["judges", "--db", str(chair)]) == 0
    assert fingerprint[:16] in capsys.readouterr().out.splitlines()[0]


def test_register_refusals_are_one_clear_line(tmp_path: Path, demo_template: Path, ecert,
                                              capsys, monkeypatch) -> None:
    chair = tmp_path / "chair.db"
    shutil.copyfile(demo_template, chair)
    judge = _first_judge(chair, capsys)
    key, cert = ecert
    p12 = tmp_path / "wong.p12"
    p12.write_bytes(build_pkcs12(key, cert, b"right pass"))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("wrong pass\n")
    assert main(["authority", "register", "--db", str(chair), "--judge", judge,
                 "--cert", str(p12), "--passphrase-file", str(wrong)]) == 1
    err = capsys.readouterr().err
    assert "The passphrase for wong.p12 is wrong." in err and "Traceback" not in err

    # no passphrase file and no terminal to type it at
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["authority", "register", "--db", str(chair), "--judge", judge,
                 "--cert", str(p12)]) == 1
    assert "No passphrase given" in capsys.readouterr().err

    junk = tmp_path / "junk.cer"
    junk.write_bytes(b"not a certificate at all")
    assert main(["authority", "register", "--db", str(chair), "--judge", judge,
                 "--cert", str(junk)]) == 1
    assert "junk.cer is neither a certificate (PEM or DER) nor a PKCS#12 file" in \
        capsys.readouterr().err

    pem = tmp_path / "wong.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    assert main(["authority", "register", "--db", str(chair), "--judge", judge,
                 "--cert", str(pem)]) == 0
    assert "Registered WONG, Siu Ming" in capsys.readouterr().out
