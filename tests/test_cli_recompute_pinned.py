"""``judgepanel recompute`` when a judge signed with their own registered certificate (e.g. a
Hongkong Post e-Cert): the signed results report lists that certificate, with its judge, and
recompute trusts it only under the chair's valid signature, and only for that judge."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from judgepanel.__main__ import main
from judgepanel.db.engine import open_database
from judgepanel.domain.consolidation import (
    RESULTS_ATTACHMENT,
    RESULTS_SCHEMA_VERSION,
    parse_results_payload,
)
from judgepanel.services.authority import AuthorityService
from judgepanel.services.recompute import recompute
from judgepanel.signing.credentials import build_pkcs12
from judgepanel.signing.pdf import read_attachment
from tests.services.results_helpers import JUDGE_PASS, enter_marks, judge_ids
from tests.services.test_authority_register import ECERT_ROOT, P12_PASS, make_ecert

ECERT_JUDGE = 3  # roster index of the judge who signs with an own e-Cert


@dataclass(frozen=True)
class Competition:
    chair: Path  # the chair's database, the e-Cert registered, nothing imported yet
    usb: Path  # the seven signed sheets
    ecert_sha256: str
    ecert_judge_uid: str


@pytest.fixture(scope="module")
def competition(tmp_path_factory, demo_template) -> Competition:
    root = tmp_path_factory.mktemp("pinned")
    chair_path = root / "chair.db"
    shutil.copyfile(demo_template, chair_path)
    key, cert = make_ecert("CHAN, Tai Man")
    p12 = build_pkcs12(key, cert, P12_PASS, chain=[ECERT_ROOT])
    chair = open_database(chair_path)
    ids = judge_ids(chair)
    registered = AuthorityService(chair).register_certificate(ids[ECERT_JUDGE], p12, P12_PASS)
    with chair.read() as s:
        from judgepanel.db.models import Judge

        uid = s.get(Judge, ids[ECERT_JUDGE]).uid
    chair.close()
    # The judges' laptops: one copy of the chair's database after the registration.
    laptop_path = root / "laptops.db"
    with sqlite3.connect(chair_path) as source, sqlite3.connect(laptop_path) as target:
        source.backup(target)
    laptop = open_database(laptop_path)
    usb = root / "usb"
    usb.mkdir()
    from judgepanel.services.sheets import SheetService

    for index, judge_id in enumerate(ids):
        enter_marks(laptop, judge_id, index)
        if index == ECERT_JUDGE:
            pdf = SheetService(laptop).sign(judge_id, P12_PASS, credential_file=p12).pdf
        else:
            pdf = SheetService(laptop).sign(judge_id, JUDGE_PASS).pdf
        (usb / f"judge{index + 1}.pdf").write_bytes(pdf)
    laptop.close()
    return Competition(chair_path, usb, registered.fingerprint, uid)


def _consolidate(tmp_path: Path, competition: Competition, capsys) -> tuple[Path, Path, Path]:
    chair = tmp_path / "chair.db"
    shutil.copyfile(competition.chair, chair)
    (tmp_path / "ca.txt").write_text("panel-demo-2003\n")
    (tmp_path / "chair.txt").write_text("chair-test-2003\n")
    out = tmp_path / "results.pdf"
    assert main(["chair-credential", "--db", str(chair), "--name", "Mrs. Susan Lam",
                 "--ca-passphrase-file", str(tmp_path / "ca.txt"),
                 "--passphrase-file", str(tmp_path / "chair.txt")]) == 0
    args = ["consolidate", "--db", str(chair), str(competition.usb), "--out", str(out),
            "--passphrase-file", str(tmp_path / "chair.txt")]
    assert main(args) == 1  # HKPO and HKPF tie at the cut: the chair decides first
    assert capsys.readouterr().out.count("IMPORTED") == 7
    assert main(["casting-vote", "--db", str(chair), "--order", "HKPO,HKPF", "--reason",
                 "HKPO's presentation was the stronger"]) == 0
    assert main(args) == 0
    trust = tmp_path / "panel.pem"
    assert main(["authority", "export-trust", "--db", str(chair), "--out", str(trust)]) == 0
    capsys.readouterr()
    return chair, out, trust


def test_recompute_with_only_the_panel_certificate_matches(tmp_path: Path, competition,
                                                           capsys) -> None:
    _chair, out, trust = _consolidate(tmp_path, competition, capsys)
    payload = parse_results_payload(read_attachment(out.read_bytes(), RESULTS_ATTACHMENT))
    assert RESULTS_SCHEMA_VERSION == 2
    assert [p.judge_uid for p in payload.pinned] == [competition.ecert_judge_uid]
    assert "CHAN, Tai Man" not in payload.pinned[0].certificate_pem  # PEM, not a name

    assert main(["recompute", str(out), str(competition.usb), "--trust", str(trust)]) == 0
    text = capsys.readouterr().out
    assert "RESULT: MATCH" in text and "Sheets used:      7" in text
    assert (f"Pinned own certificate: judge {competition.ecert_judge_uid}, SHA-256 "
            f"{competition.ecert_sha256}") in text


def _swap_pinned(signed: bytes, new_pem: str) -> bytes:
    """The report with its results.json replaced by an incremental update, the pinned
    certificate swapped (size and checksum made to agree): what a forger would do."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    payload = read_attachment(signed, RESULTS_ATTACHMENT)
    old_pem = parse_results_payload(payload).pinned[0].certificate_pem
    forged = payload.replace(old_pem.replace("\n", "\\n").encode(),
                             new_pem.replace("\n", "\\n").encode())
    assert forged != payload and parse_results_payload(forged).pinned[0].certificate_pem == \
        new_pem
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    index = [str(names[i]) for i in range(0, len(names), 2)].index(RESULTS_ATTACHMENT)
    spec_ref = names.raw_get(2 * index + 1)
    spec = spec_ref.get_object()
    stream = spec["/EF"]["/F"]
    params = generic.DictionaryObject(stream["/Params"])
    params["/Size"] = generic.NumberObject(len(forged))
    params["/CheckSum"] = generic.ByteStringObject(hashlib.md5(forged).digest())
    new_stream = generic.StreamObject(
        {generic.NameObject("/Type"): generic.NameObject("/EmbeddedFile"),
         generic.NameObject("/Params"): params}, stream_data=forged)
    new_ref = writer.add_object(new_stream)
    ef = generic.DictionaryObject({generic.NameObject("/F"): new_ref,
                                   generic.NameObject("/UF"): new_ref})
    if isinstance(spec_ref, generic.IndirectObject):
        writer.mark_update(spec_ref)
        spec[generic.NameObject("/EF")] = ef
    else:  # a direct file specification: update the array holding it
        spec[generic.NameObject("/EF")] = ef
        writer.update_container(names)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_report_with_a_swapped_pinned_certificate_is_refused(tmp_path: Path, competition,
                                                               capsys) -> None:
    _chair, out, trust = _consolidate(tmp_path, competition, capsys)
    _key, forger = make_ecert("CHAN, Tai Man")
    forger_pem = forger.public_bytes(serialization.Encoding.PEM).decode("ascii")
    forged = _swap_pinned(out.read_bytes(), forger_pem)
    # the forged record is what a reader now finds in the file ...
    assert parse_results_payload(read_attachment(forged, RESULTS_ATTACHMENT)) \
        .pinned[0].certificate_pem == forger_pem
    sheets = [(p.name, p.read_bytes()) for p in sorted(competition.usb.iterdir())]
    report = recompute(forged, sheets, [trust.read_bytes()])
    # ... but the chair's signature no longer covers it, so nothing it pins is trusted
    assert not report.matches and not report.report_signature_ok
    assert any("appended after the signature" in p for p in report.problems), report.problems
    assert any("were not trusted" in p for p in report.problems)
    assert report.pinned == ()
    assert any(p.startswith(f"judge{ECERT_JUDGE + 1}.pdf:") for p in report.problems)

    (tmp_path / "forged.pdf").write_bytes(forged)
    assert main(["recompute", str(tmp_path / "forged.pdf"), str(competition.usb),
                 "--trust", str(trust)]) == 1
    text = capsys.readouterr().out
    assert "NOT VALID" in text and "RESULT: NO MATCH" in text


def test_a_pinned_certificate_signs_only_for_its_own_judge(tmp_path: Path, competition,
                                                          capsys) -> None:
    """The report pins the e-Cert for one judge; a sheet naming another judge signed with it
    is refused even under the chair's valid signature."""
    from judgepanel.services.recompute import _signer_problem

    judge_of = {competition.ecert_sha256: competition.ecert_judge_uid}
    assert _signer_problem(competition.ecert_judge_uid, None, competition.ecert_sha256,
                           judge_of) is None
    assert "does not pin for its judge" in (
        _signer_problem("another-judge", None, competition.ecert_sha256, judge_of) or "")
    assert _signer_problem("another-judge", "another-judge", "f" * 64, judge_of) is None


def test_a_version_1_report_without_pinned_certificates_still_reads() -> None:
    from judgepanel.domain import strictjson

    sample = {
        "type": "judgepanel.results", "schema_version": 1,
        "competition": {"uid": "c", "name_en": "A", "name_zh": "甲"},
        "computed_at": "2026-11-23T10:00:00+00:00", "method": "mean", "tie_break_chain": [],
        "award_count": 1,
        "criteria": [{"code": "q", "weight": "1", "scale_min": "0", "scale_max": "10",
                      "scale_step": "0.5"}],
        "finalists": ["A"], "judges": ["j"], "recusals": [], "sheets": [], "paper": [],
        "casting": [], "complete": True, "override_reason": None, "ranking": [],
        "winners": [], "public_winners": [], "chair": {"name": "C", "fingerprint": "a" * 64},
        "panel": {"fingerprint": "b" * 64, "certificate_pem": "x"}, "inputs_sha256": "c" * 64,
    }
    assert parse_results_payload(strictjson.dumps(sample)).pinned == ()
    # version 1 has no such key; version 2 requires it
    from judgepanel.domain.errors import FileRejectedError

    with pytest.raises(FileRejectedError, match="unknown pinned_certificates"):
        parse_results_payload(strictjson.dumps({**sample, "pinned_certificates": []}))
    with pytest.raises(FileRejectedError, match="missing pinned_certificates"):
        parse_results_payload(strictjson.dumps({**sample, "schema_version": 2}))
