"""Signed score sheets: build, sign, lock, amend, verify; tampering caught with its reason."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from judgepanel.db.engine import open_database
from judgepanel.db.models import ConflictOfInterest, Judge, Score
from judgepanel.domain.errors import ConflictError, SigningError, ValidationError
from judgepanel.domain.sheet_payload import ATTACHMENT_NAME
from judgepanel.services.demo import load_demo
from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE
from judgepanel.services.sheets import SheetService, verify_sheet_bytes

JUDGE_PASS = DEMO_JUDGE_PASSPHRASE.encode()
POPPLER = shutil.which("pdfsig") is not None


@pytest.fixture
def score_everything(score_all):
    return score_all


@pytest.fixture
def judge_id(demo_db) -> int:
    """The demo judge with a conflict of interest (so the sheet shows a recusal)."""
    with demo_db.read() as s:
        return s.scalar(select(ConflictOfInterest.judge_id))


@pytest.fixture
def signed(demo_db, judge_id, score_everything):
    score_everything(demo_db, judge_id)
    return SheetService(demo_db).sign(judge_id, JUDGE_PASS)


def test_signed_sheet_verifies(demo_db, signed, judge_id) -> None:
    svc = SheetService(demo_db)
    result = verify_sheet_bytes(signed.pdf, svc.trust_roots())
    assert result.ok, result.problems
    assert result.sheet is not None and result.sheet.revision == 1
    with demo_db.read() as s:
        judge = s.get(Judge, judge_id)
        assert result.signer_uid == judge.uid
        assert result.signer_fingerprint == judge.certificate_sha256
    recused = [f for f in result.sheet.finalists if f.recused]
    assert [f.entrant.code for f in recused] == ["CSD"]
    assert all(f.weighted_total is not None for f in result.sheet.finalists if not f.recused)
    assert signed.sha256 == hashlib.sha256(signed.pdf).hexdigest()


def test_pages_and_attachment_say_the_same(demo_db, signed) -> None:
    from judgepanel.signing.pdf import read_attachment

    text = _pdftotext(signed.pdf)
    sheet = verify_sheet_bytes(signed.pdf, SheetService(demo_db).trust_roots()).sheet
    assert sheet is not None
    for finalist in sheet.finalists:
        assert finalist.entrant.name_zh in text
        if finalist.weighted_total is not None:
            assert f"{finalist.weighted_total:.2f}" in text
    assert b'"type":"judgepanel.scoresheet"' in read_attachment(signed.pdf, ATTACHMENT_NAME)


@pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")
def test_pdfsig_accepts_the_signature(tmp_path: Path, signed) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(signed.pdf)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in out


def test_signing_locks_the_scores_until_an_amendment(demo_db, signed, judge_id) -> None:
    svc = SheetService(demo_db)
    assert svc.is_locked(judge_id)
    with pytest.raises(ConflictError, match="already signed"):
        svc.sign(judge_id, JUDGE_PASS)
    with pytest.raises(ValidationError, match="reason"):
        svc.begin_amendment(judge_id, "")
    assert svc.begin_amendment(judge_id, "Corrected efficiency score for IMMD after review") == 2
    assert not svc.is_locked(judge_id)
    second = svc.sign(judge_id, JUDGE_PASS)
    assert second.revision == 2
    revisions = svc.revisions(judge_id)
    assert [(r.revision, r.status.value) for r in revisions] == [(1, "superseded"),
                                                                 (2, "signed")]
    sheet = verify_sheet_bytes(second.pdf, svc.trust_roots()).sheet
    assert sheet is not None
    assert sheet.amendment_reason.startswith("Corrected efficiency")
    assert [h.revision for h in sheet.history] == [1]
    assert sheet.history[0].sha256 == signed.sha256
    assert "Corrected efficiency" in _pdftotext(second.pdf)
    assert svc.signed_pdf(judge_id, 1) == signed.pdf


def test_incomplete_sheet_cannot_be_signed(demo_db, judge_id, score_everything) -> None:
    score_everything(demo_db, judge_id)
    with demo_db.write() as s:
        s.delete(s.scalars(select(Score).where(Score.judge_id == judge_id)).first())
    with pytest.raises(ValidationError, match="scores are missing"):
        SheetService(demo_db).sign(judge_id, JUDGE_PASS)


def test_wrong_passphrase(demo_db, judge_id, score_everything) -> None:
    score_everything(demo_db, judge_id)
    with pytest.raises(SigningError, match="passphrase"):
        SheetService(demo_db).sign(judge_id, b"not-my-passphrase")
    assert not SheetService(demo_db).is_locked(judge_id)


def test_flipped_byte_in_the_signed_range(demo_db, signed) -> None:
    data = bytearray(signed.pdf)
    i = data.index(b"/Producer") if b"/Producer" in data else len(data) // 3
    data[i + 2] ^= 0x01
    result = verify_sheet_bytes(bytes(data), SheetService(demo_db).trust_roots())
    assert not result.ok
    assert any("changed after it was signed" in p for p in result.problems)


def test_appended_incremental_update(demo_db, signed) -> None:
    """Any change saved after signing, even a harmless-looking one, is refused."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed.pdf))
    writer.root["/PageMode"] = generic.NameObject("/UseAttachments")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    result = verify_sheet_bytes(out.getvalue(), SheetService(demo_db).trust_roots())
    assert not result.ok and not result.covers_entire_file
    assert any("appended after the signature" in p for p in result.problems)


def test_stripped_signature(demo_db, judge_id, score_everything) -> None:
    from judgepanel.domain.sheet_payload import to_payload_bytes
    from judgepanel.reports.score_sheet import build_score_sheet_pdf
    from judgepanel.signing.pdf import embed_attachment

    score_everything(demo_db, judge_id)
    sheet = SheetService(demo_db).build_sheet(judge_id, require_complete=True)
    unsigned = embed_attachment(build_score_sheet_pdf(sheet), ATTACHMENT_NAME,
                                to_payload_bytes(sheet), description="data")
    result = verify_sheet_bytes(unsigned, SheetService(demo_db).trust_roots())
    assert not result.ok
    assert any("no signature" in p for p in result.problems)


def test_resigned_by_a_key_outside_the_panel(demo_db, judge_id, tmp_path: Path,
                                             score_everything) -> None:
    """Another panel's credential for a judge with the same uid: not trusted here."""
    from judgepanel.db.models import JudgeCredential
    from judgepanel.services.authority import AuthorityService

    other = open_database(tmp_path / "rogue.db")
    load_demo(other)
    with demo_db.read() as s:
        uid = s.get(Judge, judge_id).uid
    with other.write() as s:
        rogue_judge = s.scalar(select(Judge).order_by(Judge.id).offset(5).limit(1))
        rogue_judge.uid = uid
    rogue_id = rogue_judge.id
    AuthorityService(other).issue_credential(1, rogue_id, b"panel-demo-2003", JUDGE_PASS)
    score_everything(other, rogue_id)
    rogue = SheetService(other).sign(rogue_id, JUDGE_PASS)
    result = verify_sheet_bytes(rogue.pdf, SheetService(demo_db).trust_roots())
    assert not result.ok and not result.trusted
    assert any("trust root" in p for p in result.problems)
    with other.read() as s:
        assert s.get(JudgeCredential, rogue_id) is not None
    other.close()


def test_sheet_signed_by_another_judge_than_it_names(demo_db, judge_id, score_everything) -> None:
    """A judge signs a sheet whose data names someone else: the signer check catches it."""
    from judgepanel.db.models import JudgeCredential
    from judgepanel.domain.sheet_payload import to_payload_bytes
    from judgepanel.reports.score_sheet import build_score_sheet_pdf
    from judgepanel.signing.credentials import load_pkcs12
    from judgepanel.signing.pdf import embed_attachment, sign_pdf

    score_everything(demo_db, judge_id)
    sheet = SheetService(demo_db).build_sheet(judge_id, require_complete=True)
    with demo_db.read() as s:
        other_id = s.scalar(select(Judge.id).where(Judge.id != judge_id).limit(1))
        blob = s.get(JudgeCredential, other_id).pkcs12
    pdf = embed_attachment(build_score_sheet_pdf(sheet), ATTACHMENT_NAME,
                           to_payload_bytes(sheet), description="data")
    signed = sign_pdf(pdf, load_pkcs12(blob, JUDGE_PASS))
    result = verify_sheet_bytes(signed, SheetService(demo_db).trust_roots())
    assert result.trusted and not result.ok
    assert any("not the judge named" in p for p in result.problems)


def test_blank_sheets_have_the_rubric(demo_db) -> None:
    pdf = SheetService(demo_db).blank_sheets_pdf(1)
    text = _pdftotext(pdf)
    assert "服務質素" in text and "Outstanding" in text


def _pdftotext(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")
