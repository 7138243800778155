"""Replacing a judge's credential on the chair's machine: re-issuing a panel credential, or
registering the judge's own certificate (and back). The chair's database records every
credential with when it was replaced; a sheet signed with a replaced one is refused, unless it
was already imported and signed before the replacement. A judge's own laptop is unaffected."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select, update

from judgepanel.db.engine import Database, open_database
from judgepanel.db.models import Competition, CredentialRecord, Judge
from judgepanel.domain.errors import ConflictError
from judgepanel.domain.results import ImportOutcomeKind
from judgepanel.services.authority import AuthorityService
from judgepanel.services.consolidation import SheetImportService
from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE, DEMO_PANEL_PASSPHRASE
from judgepanel.services.results import ResultsService
from judgepanel.services.sheets import SheetService, verify_sheet_bytes
from judgepanel.signing.credentials import build_pkcs12
from tests.services.test_authority_register import ECERT_ROOT, P12_PASS, make_ecert

JUDGE_PASS = DEMO_JUDGE_PASSPHRASE.encode()
PANEL_PASS = DEMO_PANEL_PASSPHRASE.encode()


@pytest.fixture
def chair(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    shutil.copyfile(demo_template, tmp_path / "chair.db")
    db = open_database(tmp_path / "chair.db")
    yield db
    db.close()


def _cid(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(Competition.id))


def _judge(db: Database, index: int = 0) -> Judge:
    with db.read() as s:
        return list(s.scalars(select(Judge).order_by(Judge.id)))[index]


def _records(db: Database, judge_id: int) -> list[CredentialRecord]:
    with db.read() as s:
        return list(s.scalars(select(CredentialRecord).where(CredentialRecord.judge_id == judge_id)
                              .order_by(CredentialRecord.id)))


def _laptop(chair: Database, path: Path, judge_id: int, score_all: Callable) -> Database:
    """A copy of the chair's database as it stands now: the judge's laptop with the kit (and
    so the credential) of this moment, the judge's marks entered."""
    with sqlite3.connect(chair.path) as source, sqlite3.connect(path) as target:
        source.backup(target)
    db = open_database(path)
    score_all(db, judge_id)
    return db


def _reissue(chair: Database, judge_id: int) -> None:
    AuthorityService(chair).issue_credential(_cid(chair), judge_id, PANEL_PASS, JUDGE_PASS)


def test_every_credential_is_recorded_and_each_replaces_the_last(chair: Database) -> None:
    judge = _judge(chair)
    first = _records(chair, judge.id)
    assert len(first) == 1 and first[0].replaced_at is None  # the demo issued one
    assert first[0].fingerprint_sha256 == judge.certificate_sha256
    svc = AuthorityService(chair)
    issued = svc.issue_credential(_cid(chair), judge.id, PANEL_PASS, JUDGE_PASS)
    _key, cert = make_ecert("LAM, Mei Ling")
    own = svc.register_certificate(judge.id, cert.public_bytes(serialization.Encoding.PEM))
    again = svc.issue_credential(_cid(chair), judge.id, PANEL_PASS, JUDGE_PASS)
    records = _records(chair, judge.id)
    assert [r.fingerprint_sha256 for r in records] == [
        first[0].fingerprint_sha256, issued.fingerprint, own.fingerprint, again.fingerprint]
    assert all(r.replaced_at is not None for r in records[:3])
    assert records[3].replaced_at is None
    assert records[1].replaced_at <= records[2].issued_at  # replaced when the next came
    # the other judges' credentials are untouched
    assert all(r.replaced_at is None for r in _records(chair, _judge(chair, 1).id))


def test_a_sheet_signed_with_a_replaced_panel_credential_is_refused(
        chair: Database, score_all, tmp_path: Path) -> None:
    judge = _judge(chair)
    laptop = _laptop(chair, tmp_path / "laptop.db", judge.id, score_all)  # the old kit
    _reissue(chair, judge.id)
    signed = SheetService(laptop).sign(judge.id, JUDGE_PASS)
    # the judge's own laptop checks its sheet as before: it knows only the old kit
    laptop_sheets = SheetService(laptop)
    assert verify_sheet_bytes(signed.pdf, laptop_sheets.trust_roots(),
                              laptop_sheets.registered_certificates()).ok
    laptop.close()
    replaced_at = _records(chair, judge.id)[0].replaced_at
    assert replaced_at is not None

    outcome = SheetImportService(chair).import_bytes(_cid(chair), signed.pdf, "old-kit.pdf")
    assert outcome.outcome is ImportOutcomeKind.REJECTED
    assert outcome.reason.text == (
        "The sheet is signed with a credential the panel replaced on "
        f"{replaced_at:%Y-%m-%d %H:%M} UTC; ask the judge to import the new kit and sign "
        "again.")
    assert outcome.reason.template.startswith("The sheet is signed with a credential the "
                                              "panel replaced on {date}")
    log = SheetImportService(chair).import_log(_cid(chair))
    assert log[0].outcome is ImportOutcomeKind.REJECTED and log[0].file_name == "old-kit.pdf"


def test_the_new_credential_signs_and_imports(chair: Database, score_all,
                                              tmp_path: Path) -> None:
    judge = _judge(chair)
    _reissue(chair, judge.id)
    laptop = _laptop(chair, tmp_path / "laptop.db", judge.id, score_all)  # the new kit
    signed = SheetService(laptop).sign(judge.id, JUDGE_PASS)
    laptop.close()
    outcome = SheetImportService(chair).import_bytes(_cid(chair), signed.pdf, "new-kit.pdf")
    assert outcome.outcome is ImportOutcomeKind.IMPORTED, outcome.reason


def test_a_sheet_imported_before_the_replacement_stays_on_record(
        chair: Database, score_all, tmp_path: Path) -> None:
    judge = _judge(chair)
    laptop = _laptop(chair, tmp_path / "laptop.db", judge.id, score_all)
    signed = SheetService(laptop).sign(judge.id, JUDGE_PASS)
    laptop.close()
    imports = SheetImportService(chair)
    assert imports.import_bytes(_cid(chair), signed.pdf, "a.pdf").outcome \
        is ImportOutcomeKind.IMPORTED
    _reissue(chair, judge.id)
    # the same file again is a no-op, as before
    again = imports.import_bytes(_cid(chair), signed.pdf, "a.pdf")
    assert again.outcome is ImportOutcomeKind.DUPLICATE
    # the deep checks accept it: signed before the replacement, imported before
    assert ResultsService(chair).verify_inputs(_cid(chair)) == 1
    assert imports.restore_from_sheets(_cid(chair)) == 1


def test_a_stored_sheet_signed_after_the_replacement_is_refused_on_verify(
        chair: Database, score_all, tmp_path: Path) -> None:
    """Were the credential replaced before the stored sheet's signing time (a sheet let in by
    an older JudgePanel, say), the deep checks refuse it."""
    judge = _judge(chair)
    laptop = _laptop(chair, tmp_path / "laptop.db", judge.id, score_all)
    signed = SheetService(laptop).sign(judge.id, JUDGE_PASS)
    laptop.close()
    imports = SheetImportService(chair)
    assert imports.import_bytes(_cid(chair), signed.pdf, "a.pdf").outcome \
        is ImportOutcomeKind.IMPORTED
    _reissue(chair, judge.id)
    early = datetime.now(UTC) - timedelta(days=1)
    with chair.write() as s:
        s.execute(update(CredentialRecord).where(
            CredentialRecord.judge_id == judge.id,
            CredentialRecord.fingerprint_sha256 == judge.certificate_sha256)
            .values(replaced_at=early))
    with pytest.raises(ConflictError, match=r"replaced on .*, before it was signed") as info:
        ResultsService(chair).verify_inputs(_cid(chair))
    assert judge.name_en in info.value.message
    with pytest.raises(ConflictError, match="replaced on"):
        imports.restore_from_sheets(_cid(chair))


def test_registering_an_own_certificate_replaces_the_panel_credential(
        chair: Database, score_all, tmp_path: Path) -> None:
    judge = _judge(chair, 2)
    laptop = _laptop(chair, tmp_path / "laptop.db", judge.id, score_all)  # panel kit
    key, cert = make_ecert("WONG, Siu Ming")
    p12 = build_pkcs12(key, cert, P12_PASS, chain=[ECERT_ROOT])
    AuthorityService(chair).register_certificate(judge.id, p12, P12_PASS)
    signed = SheetService(laptop).sign(judge.id, JUDGE_PASS)
    laptop.close()
    outcome = SheetImportService(chair).import_bytes(_cid(chair), signed.pdf, "panel.pdf")
    assert outcome.outcome is ImportOutcomeKind.REJECTED
    assert "replaced on" in outcome.reason.text and "import the new kit" in outcome.reason.text


def test_issuing_a_panel_credential_replaces_an_own_certificate(
        chair: Database, score_all, tmp_path: Path) -> None:
    judge = _judge(chair, 2)
    key, cert = make_ecert("WONG, Siu Ming")
    p12 = build_pkcs12(key, cert, P12_PASS, chain=[ECERT_ROOT])
    AuthorityService(chair).register_certificate(judge.id, p12, P12_PASS)
    laptop = _laptop(chair, tmp_path / "laptop.db", judge.id, score_all)
    signed = SheetService(laptop).sign(judge.id, P12_PASS, credential_file=p12)
    laptop.close()
    _reissue(chair, judge.id)
    outcome = SheetImportService(chair).import_bytes(_cid(chair), signed.pdf, "ecert.pdf")
    assert outcome.outcome is ImportOutcomeKind.REJECTED
    # named as a replacement, not as a broken chain
    assert "replaced on" in outcome.reason.text, outcome.reason.text


def test_an_own_certificate_sheet_on_record_survives_its_replacement(
        chair: Database, score_all, tmp_path: Path) -> None:
    judge = _judge(chair, 2)
    key, cert = make_ecert("WONG, Siu Ming")
    p12 = build_pkcs12(key, cert, P12_PASS, chain=[ECERT_ROOT])
    AuthorityService(chair).register_certificate(judge.id, p12, P12_PASS)
    laptop = _laptop(chair, tmp_path / "laptop.db", judge.id, score_all)
    signed = SheetService(laptop).sign(judge.id, P12_PASS, credential_file=p12)
    laptop.close()
    imports = SheetImportService(chair)
    assert imports.import_bytes(_cid(chair), signed.pdf, "ecert.pdf").outcome \
        is ImportOutcomeKind.IMPORTED
    _reissue(chair, judge.id)
    assert ResultsService(chair).verify_inputs(_cid(chair)) == 1
    assert imports.restore_from_sheets(_cid(chair)) == 1


def test_a_panel_credential_the_chair_never_issued_is_refused(
        chair: Database, score_all, tmp_path: Path) -> None:
    """A credential for the judge made with the panel's key but not recorded here (issued from
    another copy of the database, or before credentials were recorded) is not the judge's."""
    judge = _judge(chair)
    ca = AuthorityService(chair).load_authority(_cid(chair), PANEL_PASS)
    stray = ca.issue_judge_credential(judge.uid, judge.name_en, JUDGE_PASS)
    laptop = _laptop(chair, tmp_path / "laptop.db", judge.id, score_all)
    with laptop.write() as s:
        s.execute(update(Judge).where(Judge.id == judge.id)
                  .values(certificate_sha256=stray.fingerprint_sha256))
    signed = SheetService(laptop).sign(judge.id, JUDGE_PASS, credential_file=stray.pkcs12)
    laptop.close()
    outcome = SheetImportService(chair).import_bytes(_cid(chair), signed.pdf, "stray.pdf")
    assert outcome.outcome is ImportOutcomeKind.REJECTED
    assert outcome.reason.text == (
        f"The sheet is signed with a panel credential that is not {judge.name_en}'s current "
        "one; ask the judge to import the new kit and sign again.")


# -- checking one sheet on the chair's machine (Verify… and `judgepanel verify --db`) ----------

def test_verifying_a_sheet_on_the_chair_names_the_replacement(
        chair: Database, score_all, tmp_path: Path, capsys) -> None:
    from judgepanel.__main__ import main

    judge = _judge(chair)
    laptop = _laptop(chair, tmp_path / "laptop.db", judge.id, score_all)
    signed = SheetService(laptop).sign(judge.id, JUDGE_PASS)
    laptop.close()
    sheets = SheetService(chair)
    checked = verify_sheet_bytes(signed.pdf, sheets.trust_roots(),
                                 sheets.registered_certificates())
    assert checked.ok and sheets.replaced_credential(checked) is None  # not replaced yet
    _reissue(chair, judge.id)
    reason = sheets.replaced_credential(checked)
    assert reason is not None and reason.template.startswith(
        "The sheet is signed with a credential the panel replaced on {date}")

    path = tmp_path / "sheet.pdf"
    path.write_bytes(signed.pdf)
    assert main(["verify", str(path), "--db", str(chair.path)]) == 1
    text = capsys.readouterr().out
    assert "RESULT: NOT VALID" in text and "Problem: " + reason.text in text


def test_verifying_a_sheet_on_record_signed_before_the_replacement(
        chair: Database, score_all, tmp_path: Path, capsys) -> None:
    from judgepanel.__main__ import main

    judge = _judge(chair)
    laptop = _laptop(chair, tmp_path / "laptop.db", judge.id, score_all)
    signed = SheetService(laptop).sign(judge.id, JUDGE_PASS)
    laptop.close()
    assert SheetImportService(chair).import_bytes(_cid(chair), signed.pdf, "a.pdf").outcome \
        is ImportOutcomeKind.IMPORTED
    _reissue(chair, judge.id)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(signed.pdf)
    assert main(["verify", str(path), "--db", str(chair.path)]) == 0
    assert "RESULT: VALID" in capsys.readouterr().out
