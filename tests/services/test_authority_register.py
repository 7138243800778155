"""Registering a judge's own certificate (PEM, DER or PKCS#12, e.g. a Hongkong Post e-Cert) on
the chair's machine, and what that means for the judge's signed sheet when it comes back.

The certificates are made here with ``cryptography``: an RSA "e-Cert" root and personal
certificates issued by it, packed as modern (AES) and legacy (3DES, and RC2 through OpenSSL when
it can) PKCS#12 files."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from judgepanel.db.engine import Database, open_database
from judgepanel.db.models import Competition, Judge, JudgeCredential
from judgepanel.domain.errors import (
    ConflictError,
    FileRejectedError,
    SigningError,
    ValidationError,
)
from judgepanel.domain.results import ImportOutcomeKind
from judgepanel.services.authority import AuthorityService, CredentialKind, own_certificates
from judgepanel.services.consolidation import SheetImportService
from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE, DEMO_PANEL_PASSPHRASE
from judgepanel.services.results import ResultsService
from judgepanel.services.sheets import SheetService, verify_sheet_bytes
from judgepanel.signing.credentials import build_pkcs12

P12_PASS = b"e-Cert pass \xe5\xaf\x86"
ECERT_ROOT_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str, uid: str | None = None) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if uid is not None:
        attributes.append(x509.NameAttribute(NameOID.USER_ID, uid))
    return x509.Name(attributes)


def _usage(*, sign: bool = True, ca: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=sign, content_commitment=sign,
                         key_encipherment=not sign and not ca, data_encipherment=False,
                         key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def _root() -> x509.Certificate:
    now = datetime.now(UTC)
    name = _name("Test Hongkong Post e-Cert CA")
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(ECERT_ROOT_KEY.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=10)).not_valid_after(now + timedelta(days=900))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(_usage(sign=False, ca=True), critical=True)
            .sign(ECERT_ROOT_KEY, hashes.SHA256()))


ECERT_ROOT = _root()


def make_ecert(common_name: str = "CHAN, Tai Man", *, key: Any = None, uid: str | None = None,
               days_from: int = -1, days_to: int = 365, sign: bool = True,
               ca: bool = False) -> tuple[Any, x509.Certificate]:
    """A personal certificate from the e-Cert root, and its key (RSA-2048 unless given)."""
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(common_name, uid))
            .issuer_name(ECERT_ROOT.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now + timedelta(days=days_from))
            .not_valid_after(now + timedelta(days=days_to))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(_usage(sign=sign, ca=ca), critical=True)
            .sign(ECERT_ROOT_KEY, hashes.SHA256()))
    return key, cert


@pytest.fixture(scope="module")
def ecert() -> tuple[Any, x509.Certificate]:
    return make_ecert()


@pytest.fixture
def chair(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    shutil.copyfile(demo_template, tmp_path / "chair.db")
    db = open_database(tmp_path / "chair.db")
    yield db
    db.close()


def _cid(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(Competition.id))


def _judges(db: Database) -> list[Judge]:
    with db.read() as s:
        return list(s.scalars(select(Judge).order_by(Judge.id)))


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


# -- accepted formats ------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["pem", "der", "p12", "p12-legacy"])
def test_own_certificate_registers_from_every_format(chair: Database, ecert, form: str) -> None:
    key, cert = ecert
    data = {"pem": lambda: _pem(cert),
            "der": lambda: cert.public_bytes(serialization.Encoding.DER),
            "p12": lambda: build_pkcs12(key, cert, P12_PASS, chain=[ECERT_ROOT]),
            "p12-legacy": lambda: build_pkcs12(key, cert, P12_PASS, chain=[ECERT_ROOT],
                                               legacy=True)}[form]()
    judge = _judges(chair)[2]
    passphrase = P12_PASS if form.startswith("p12") else None
    done = AuthorityService(chair).register_certificate(judge.id, data, passphrase)
    assert done.subject_name == "CHAN, Tai Man"
    assert done.not_valid_after == cert.not_valid_after_utc
    with chair.read() as s:
        row = s.get(Judge, judge.id)
        assert row.certificate_sha256 == done.fingerprint
        assert row.certificate_pem.encode() == _pem(cert)
        # the panel-issued credential this demo judge had is gone; nothing else replaces it
        assert s.get(JudgeCredential, judge.id) is None
    status = {st.judge_id: st for st in AuthorityService(chair).credential_statuses(_cid(chair))}
    assert status[judge.id].kind is CredentialKind.OWN
    assert status[judge.id].subject_name == "CHAN, Tai Man"
    assert status[judge.id].issuer_name == "Test Hongkong Post e-Cert CA"
    assert status[judge.id].fingerprint == done.fingerprint
    assert status[_judges(chair)[0].id].kind is CredentialKind.PANEL


def test_the_private_key_of_a_pkcs12_file_is_never_stored(chair: Database, ecert,
                                                          tmp_path: Path) -> None:
    key, cert = ecert
    judge = _judges(chair)[1]
    AuthorityService(chair).register_certificate(
        judge.id, build_pkcs12(key, cert, P12_PASS, chain=[ECERT_ROOT]), P12_PASS)
    chair.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("chair.db*"))
    secret = key.private_numbers().d.to_bytes(256, "big").lstrip(b"\0")
    assert secret not in stored
    pkcs8 = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())
    assert pkcs8 not in stored


def test_openssl_rc2_pkcs12_registers(chair: Database, ecert, tmp_path: Path) -> None:
    """``openssl pkcs12 -legacy`` (RC2-40 certificate bags) as old Windows exports write."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl command-line tool not installed")
    key, cert = ecert
    (tmp_path / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    (tmp_path / "cert.pem").write_bytes(_pem(cert))
    result = subprocess.run(
        [openssl, "pkcs12", "-export", "-legacy", "-inkey", str(tmp_path / "key.pem"),
         "-in", str(tmp_path / "cert.pem"), "-out", str(tmp_path / "rc2.p12"),
         "-passout", "pass:rc2 pass"], capture_output=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"this OpenSSL cannot write RC2 PKCS#12: {result.stderr!r}")
    done = AuthorityService(chair).register_certificate(
        _judges(chair)[0].id, (tmp_path / "rc2.p12").read_bytes(), b"rc2 pass")
    assert done.subject_name == "CHAN, Tai Man"


# -- refusals, each with its reason ----------------------------------------------------------

def test_wrong_or_missing_pkcs12_passphrase_is_named(chair: Database, ecert) -> None:
    key, cert = ecert
    data = build_pkcs12(key, cert, P12_PASS, chain=[ECERT_ROOT])
    judge = _judges(chair)[0]
    svc = AuthorityService(chair)
    with pytest.raises(SigningError, match=r"passphrase for chan\.p12 is wrong"):
        svc.register_certificate(judge.id, data, b"not it", source="chan.p12")
    with pytest.raises(ValidationError, match="is a PKCS#12 file: type its passphrase"):
        svc.register_certificate(judge.id, data, None)
    with chair.read() as s:  # nothing changed
        assert s.get(Judge, judge.id).certificate_sha256 == judge.certificate_sha256


@pytest.mark.parametrize("data", [b"hello, this is not a certificate", b"\x30\x82\x01\x00junk",
                                  b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"])
def test_garbage_is_neither_certificate_nor_pkcs12(chair: Database, data: bytes) -> None:
    with pytest.raises(FileRejectedError,
                       match=r"card\.bin is neither a certificate \(PEM or DER\) nor a PKCS#12"):
        AuthorityService(chair).register_certificate(_judges(chair)[0].id, data,
                                                     source="card.bin")


def test_empty_file_is_refused(chair: Database) -> None:
    with pytest.raises(FileRejectedError, match="empty"):
        AuthorityService(chair).register_certificate(_judges(chair)[0].id, b"")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"days_from": -400, "days_to": -3}, r"The certificate expired on \d{4}-\d\d-\d\d\."),
    ({"days_from": 5, "days_to": 400}, r"The certificate is not valid until \d{4}-\d\d-\d\d\."),
    ({"sign": False}, "not allowed to sign documents"),
    ({"ca": True}, "certificate authority's certificate, not a judge's"),
    ({"key": rsa.generate_private_key(public_exponent=65537, key_size=1024)},
     "only 1024 bits"),
    ({"key": ec.generate_private_key(ec.SECP256K1())}, "elliptic curve secp256k1"),
])
def test_certificates_the_signing_code_would_refuse_are_refused(chair: Database, kwargs,
                                                                 message: str) -> None:
    key, cert = make_ecert(**kwargs)
    judge = _judges(chair)[0]
    with pytest.raises((ValidationError, SigningError), match=message):
        AuthorityService(chair).register_certificate(judge.id, _pem(cert))
    with pytest.raises((ValidationError, SigningError), match=message):
        AuthorityService(chair).register_certificate(
            judge.id, build_pkcs12(key, cert, P12_PASS), P12_PASS)


def test_ed25519_pkcs12_is_refused(chair: Database) -> None:
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key = ed25519.Ed25519PrivateKey.generate()
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(_name("Ed")).issuer_name(_name("Ed"))
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=9))
            .sign(key, None))
    with pytest.raises(SigningError, match="Ed25519"):
        AuthorityService(chair).register_certificate(
            _judges(chair)[0].id, build_pkcs12(key, cert, P12_PASS), P12_PASS)


def test_one_certificate_cannot_serve_two_judges(chair: Database, ecert) -> None:
    _key, cert = ecert
    first, second = _judges(chair)[:2]
    svc = AuthorityService(chair)
    svc.register_certificate(first.id, _pem(cert))
    with pytest.raises(ConflictError, match=f"already registered for {first.name_en}"):
        svc.register_certificate(second.id, _pem(cert))


def test_another_judges_panel_certificate_cannot_be_registered(chair: Database) -> None:
    first, second = _judges(chair)[:2]
    with chair.write() as s:  # no longer registered for the first judge (say, re-issued)
        s.get(Judge, first.id).certificate_sha256 = None
    with pytest.raises(ConflictError, match="issued by the panel for another judge"):
        AuthorityService(chair).register_certificate(second.id,
                                                     first.certificate_pem.encode())


def test_statuses_list_none_panel_and_own(chair: Database, ecert) -> None:
    judges = _judges(chair)
    with chair.write() as s:
        s.get(Judge, judges[0].id).certificate_pem = None
        s.get(Judge, judges[0].id).certificate_sha256 = None
    AuthorityService(chair).register_certificate(judges[1].id, _pem(ecert[1]))
    statuses = AuthorityService(chair).credential_statuses(_cid(chair))
    assert [st.judge_id for st in statuses] == [j.id for j in judges]
    kinds = [st.kind for st in statuses]
    assert kinds[:3] == [CredentialKind.NONE, CredentialKind.OWN, CredentialKind.PANEL]
    panel = statuses[2]
    assert panel.fingerprint == judges[2].certificate_sha256
    assert panel.not_valid_after is not None and panel.not_valid_after > datetime.now(UTC)
    assert statuses[0].fingerprint is None
    with chair.read() as s:
        assert own_certificates(s, _cid(chair)) == (_pem(ecert[1]),)


# -- the sheet comes back signed with the registered e-Cert ---------------------------------

def _laptop(chair_path: Path, path: Path, judge_id: int, score_all: Callable,
            register: bytes | None = None) -> Database:
    """A copy of the chair's database as the judge's laptop, the judge's marks entered (and,
    when given, another certificate registered there, as a stale or forged kit would say)."""
    with sqlite3.connect(chair_path) as source, sqlite3.connect(path) as target:
        source.backup(target)  # the chair's latest writes may still sit in its WAL file
    db = open_database(path)
    if register is not None:
        AuthorityService(db).register_certificate(judge_id, register)
    score_all(db, judge_id)
    return db


def test_sheet_signed_with_the_registered_ecert_imports(chair: Database, ecert, score_all,
                                                       tmp_path: Path) -> None:
    key, cert = ecert
    judge = _judges(chair)[3]
    p12 = build_pkcs12(key, cert, P12_PASS, chain=[ECERT_ROOT], legacy=True)
    AuthorityService(chair).register_certificate(judge.id, p12, P12_PASS)
    chair_path = Path(chair.path)
    laptop = _laptop(chair_path, tmp_path / "laptop.db", judge.id, score_all)
    signed = SheetService(laptop).sign(judge.id, P12_PASS, credential_file=p12)
    laptop.close()

    sheets = SheetService(chair)
    checked = verify_sheet_bytes(signed.pdf, sheets.trust_roots(),
                                 sheets.registered_certificates())
    assert checked.ok, checked.problems
    assert checked.signer == "CHAN, Tai Man" and checked.signer_uid is None
    # without the registration the same file is refused: the e-Cert root is not the panel's
    alone = verify_sheet_bytes(signed.pdf, sheets.trust_roots())
    assert not alone.ok and "does not chain to the panel's trust root" in alone.problems[0]

    outcome = SheetImportService(chair).import_bytes(_cid(chair), signed.pdf, "chan.pdf")
    assert outcome.outcome is ImportOutcomeKind.IMPORTED, outcome.reason
    # the chair's deep re-check before a signed report also accepts it
    ResultsService(chair).verify_inputs(_cid(chair))


def test_sheet_signed_by_an_unregistered_key_is_refused(chair: Database, ecert, score_all,
                                                       tmp_path: Path) -> None:
    judge = _judges(chair)[3]
    AuthorityService(chair).register_certificate(judge.id, _pem(ecert[1]))
    other_key, other = make_ecert("CHAN, Tai Man")  # same name, same issuer, another key
    laptop = _laptop(Path(chair.path), tmp_path / "laptop.db", judge.id, score_all,
                     register=_pem(other))
    p12 = build_pkcs12(other_key, other, P12_PASS, chain=[ECERT_ROOT])
    signed = SheetService(laptop).sign(judge.id, P12_PASS, credential_file=p12)
    laptop.close()
    outcome = SheetImportService(chair).import_bytes(_cid(chair), signed.pdf, "forged.pdf")
    assert outcome.outcome is ImportOutcomeKind.REJECTED
    assert "does not chain to the panel's trust root" in outcome.reason.text


def test_a_registered_certificate_cannot_sign_for_another_judge_by_its_uid(
        chair: Database, score_all, tmp_path: Path) -> None:
    """An own certificate may carry any UID; only the panel vouches for UIDs, so a judge's
    registered e-Cert whose subject claims another judge's uid still signs only for its own
    judge (matched by fingerprint)."""
    owner, victim = _judges(chair)[3], _judges(chair)[4]
    key, cert = make_ecert("Mallory", uid=victim.uid)
    laptop = _laptop(Path(chair.path), tmp_path / "laptop.db", victim.id, score_all,
                     register=_pem(cert))
    AuthorityService(chair).register_certificate(owner.id, _pem(cert))
    p12 = build_pkcs12(key, cert, P12_PASS, chain=[ECERT_ROOT])
    signed = SheetService(laptop).sign(victim.id, P12_PASS, credential_file=p12)
    laptop.close()
    sheets = SheetService(chair)
    checked = verify_sheet_bytes(signed.pdf, sheets.trust_roots(),
                                 sheets.registered_certificates())
    assert checked.signer_uid is None
    outcome = SheetImportService(chair).import_bytes(_cid(chair), signed.pdf, "mallory.pdf")
    assert outcome.outcome is ImportOutcomeKind.REJECTED
    assert f"not the one registered for {victim.name_en}" in outcome.reason.text


def test_panel_issued_sheets_still_verify_next_to_registered_ones(chair: Database, ecert,
                                                                 score_all) -> None:
    judges = _judges(chair)
    AuthorityService(chair).register_certificate(judges[3].id, _pem(ecert[1]))
    score_all(chair, judges[0].id)
    signed = SheetService(chair).sign(judges[0].id, DEMO_JUDGE_PASSPHRASE.encode())
    sheets = SheetService(chair)
    checked = verify_sheet_bytes(signed.pdf, sheets.trust_roots(),
                                 sheets.registered_certificates())
    assert checked.ok, checked.problems
    assert checked.signer_uid == judges[0].uid


def test_issuing_replaces_a_registered_certificate(chair: Database, ecert) -> None:
    judge = _judges(chair)[2]
    svc = AuthorityService(chair)
    svc.register_certificate(judge.id, _pem(ecert[1]))
    issued = svc.issue_credential(_cid(chair), judge.id, DEMO_PANEL_PASSPHRASE.encode(),
                                  b"new judge passphrase")
    status = {st.judge_id: st for st in svc.credential_statuses(_cid(chair))}[judge.id]
    assert status.kind is CredentialKind.PANEL and status.fingerprint == issued.fingerprint
    assert issued.not_valid_after is not None
