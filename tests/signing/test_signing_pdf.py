"""PAdES signing and offline verification of score-sheet PDFs, with real tampering."""

from __future__ import annotations

import io
import socket
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import cms
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_cms import SimpleSigner

from judgepanel.domain.errors import FileRejectedError, SigningError, VerificationError
from judgepanel.signing import (
    MAX_PDF_BYTES,
    PanelAuthority,
    PdfVerification,
    Problem,
    SigningCredential,
    attachment_names,
    build_pkcs12,
    embed_attachment,
    load_pkcs12,
    read_attachment,
    sign_pdf,
    verify_pdf,
)


def _contents_region(pdf: bytes) -> tuple[int, int]:
    """Byte offsets of the ``/Contents`` hex string: the only part outside the signed range."""
    reader = PdfFileReader(io.BytesIO(pdf))
    byte_range = reader.embedded_signatures[-1].byte_range
    return int(byte_range[1]), int(byte_range[2])


def _flip(pdf: bytes, index: int, mask: int = 0x01) -> bytes:
    data = bytearray(pdf)
    data[index] ^= mask
    return bytes(data)


def _pdfsig(pdfsig: str, tmp_path: Path, pdf: bytes) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        [pdfsig, str(path)], capture_output=True, text=True, check=False, timeout=60
    ).stdout


# --------------------------------------------------------------------------- the good path


def test_signed_sheet_verifies(
    helpers, signed_pdf: bytes, authority: PanelAuthority, credential: SigningCredential
) -> None:
    result = verify_pdf(signed_pdf, [authority.cert_pem])
    assert result.ok, result.problems
    assert result.problems == ()
    assert (result.intact, result.valid, result.trusted, result.covers_entire_file) == (
        True,
        True,
        True,
        True,
    )
    assert result.signature_count == 1
    assert result.signer_common_name == helpers.judge_name
    assert result.signer_uid == helpers.judge_uid
    assert result.signer_fingerprint_sha256 == credential.fingerprint_sha256
    assert result.trust_anchor_fingerprint_sha256 == authority.fingerprint_sha256
    assert result.field_name == "JudgeSignature"
    assert result.signing_time is not None and result.signing_time.tzinfo is not None
    assert abs(datetime.now(UTC) - result.signing_time) < timedelta(minutes=10)
    result.require_ok(
        judge_uid=helpers.judge_uid,
        fingerprint_sha256=credential.fingerprint_sha256.upper(),
        trust_anchor_fingerprint_sha256=authority.fingerprint_sha256,
    )


def test_signature_is_pades_with_the_chain_embedded(signed_pdf: bytes) -> None:
    reader = PdfFileReader(io.BytesIO(signed_pdf))
    (signature,) = reader.embedded_signatures
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.sig_object["/Reason"] == "Score sheet of judge J-001"
    assert signature.sig_object["/Location"] == "Hong Kong"
    content = cms.ContentInfo.load(signature.pkcs7_content)
    assert len(content["content"]["certificates"]) == 2
    attributes = {a["type"].native for a in signature.signer_info["signed_attrs"]}
    assert "signing_certificate_v2" in attributes  # PAdES B-B requirement
    assert "signing_time" not in attributes  # PAdES forbids it; /M carries the time


def test_attachment_survives_signing(helpers, signed_pdf: bytes) -> None:
    assert attachment_names(signed_pdf) == ("scores.json",)
    assert read_attachment(signed_pdf, "scores.json") == helpers.scores_json


def test_pdfsig_reports_a_valid_signature(
    helpers, pdfsig: str, signed_pdf: bytes, tmp_path: Path
) -> None:
    output = _pdfsig(pdfsig, tmp_path, signed_pdf)
    assert "Signature Validation: Signature is Valid." in output
    assert "Total document signed" in output
    assert "Signature Type: ETSI.CAdES.detached" in output
    assert f"UID={helpers.judge_uid}" in output


def test_signing_and_verifying_never_touch_the_network(
    monkeypatch: pytest.MonkeyPatch,
    unsigned_pdf: bytes,
    credential: SigningCredential,
    authority: PanelAuthority,
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    signed = sign_pdf(unsigned_pdf, credential, reason="offline", location=None, name=None)
    assert verify_pdf(signed, [authority.cert_pem]).ok


def test_legacy_rsa_credential_signs(helpers, rsa_chain, pdfsig: str, tmp_path: Path) -> None:
    leaf_key, leaf, root = rsa_chain
    credential = load_pkcs12(build_pkcs12(leaf_key, leaf, b"pw", chain=[root], legacy=True), b"pw")
    signed = sign_pdf(helpers.make_score_sheet_pdf(), credential, reason="e-Cert")
    result = verify_pdf(signed, [root.public_bytes(serialization.Encoding.PEM)])
    assert result.ok, result.problems
    assert result.signer_uid is None
    assert result.signer_common_name == "CHAN, Tai Man"
    assert "Signature Validation: Signature is Valid." in _pdfsig(pdfsig, tmp_path, signed)


def test_verification_uses_the_claimed_signing_time(helpers) -> None:
    """A certificate that has expired since still verifies a sheet signed while it was valid."""
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = helpers.make_ca("Short-lived Root", root_key)
    key = ec.generate_private_key(ec.SECP256R1())
    expires = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=2)
    leaf = helpers.make_leaf("Brief Judge", key.public_key(), root, root_key, not_after=expires)
    signed = sign_pdf(
        helpers.make_score_sheet_pdf(),
        SigningCredential.from_key_and_certificate(key, leaf, [root]),
    )
    time.sleep(max(0.0, (expires - datetime.now(UTC)).total_seconds()) + 1.1)
    assert datetime.now(UTC) > leaf.not_valid_after_utc
    result = verify_pdf(signed, [root.public_bytes(serialization.Encoding.PEM)])
    assert result.ok, result.problems


# --------------------------------------------------------------------------- tampering


def test_flipped_byte_in_signed_range_means_changed(
    helpers, signed_pdf: bytes, authority: PanelAuthority, pdfsig: str, tmp_path: Path
) -> None:
    index = signed_pdf.index(helpers.visible_text) + helpers.visible_text.index(b"F-07") + 3
    tampered = _flip(signed_pdf, index)  # "F-07" -> "F-06"
    assert b"F-06" in tampered
    result = verify_pdf(tampered, [authority.cert_pem])
    assert not result.ok
    assert result.problems == (Problem.CHANGED,)
    assert not result.intact
    assert result.valid and result.trusted and result.covers_entire_file
    assert "Signature Validation: Digest Mismatch." in _pdfsig(pdfsig, tmp_path, tampered)


def test_flipped_signature_value_means_invalid(
    signed_pdf: bytes, authority: PanelAuthority
) -> None:
    reader = PdfFileReader(io.BytesIO(signed_pdf))
    raw_signature = reader.embedded_signatures[0].signer_info["signature"].native
    hex_signature = raw_signature.hex().upper().encode()
    position = signed_pdf.index(hex_signature) + len(hex_signature) - 8
    tampered = bytearray(signed_pdf)
    tampered[position] = ord("A") if tampered[position] != ord("A") else ord("B")
    result = verify_pdf(bytes(tampered), [authority.cert_pem])
    assert result.problems == (Problem.INVALID,)
    assert result.intact and not result.valid and not result.trusted


def test_incremental_update_after_signing_is_detected(
    signed_pdf: bytes, authority: PanelAuthority
) -> None:
    """Replace the score JSON in an update appended after the signature."""
    forged = b'{"judge": "J-001", "scores": {"F-07": 99}}'
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_pdf))
    name_array = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec_ref = name_array.raw_get(1)
    spec = spec_ref.get_object()
    stream = embed.EmbeddedFileObject.from_file_data(writer, forged, mime_type="application/json")
    spec["/EF"] = generic.DictionaryObject(
        {
            generic.pdf_name("/F"): stream.ef_stream_ref,
            generic.pdf_name("/UF"): stream.ef_stream_ref,
        }
    )
    writer.mark_update(spec_ref)
    out = io.BytesIO()
    writer.write(out)
    updated = out.getvalue()

    assert read_attachment(updated, "scores.json") == forged  # hence: verify first
    result = verify_pdf(updated, [authority.cert_pem])
    assert not result.ok
    assert result.problems == (Problem.APPENDED,)
    assert result.intact and result.valid and result.trusted
    assert not result.covers_entire_file
    with pytest.raises(VerificationError, match="incremental update"):
        result.require_ok()


def test_trailing_bytes_after_signing_are_detected(
    signed_pdf: bytes, authority: PanelAuthority
) -> None:
    result = verify_pdf(signed_pdf + b"% trailing comment\n", [authority.cert_pem])
    assert result.problems == (Problem.TRAILING,)
    assert not result.ok


def test_stripped_signature_means_no_signature(
    signed_pdf: bytes, unsigned_pdf: bytes, authority: PanelAuthority
) -> None:
    stripped = signed_pdf[: len(unsigned_pdf)]  # the signature was an appended revision
    assert stripped == unsigned_pdf
    result = verify_pdf(stripped, [authority.cert_pem])
    assert result.signature_count == 0
    assert result.problems == (Problem.NO_SIGNATURE,)
    assert not result.ok
    with pytest.raises(VerificationError, match="no signature"):
        result.require_ok()


def test_signature_from_another_authority_is_untrusted(
    helpers, unsigned_pdf: bytes, foreign_credential: SigningCredential, authority: PanelAuthority
) -> None:
    signed = sign_pdf(unsigned_pdf, foreign_credential, reason="impostor")
    result = verify_pdf(signed, [authority.cert_pem])
    assert result.problems == (Problem.UNTRUSTED,)
    assert result.intact and result.valid and result.covers_entire_file
    assert not result.trusted and not result.ok
    assert (
        result.signer_uid == helpers.judge_uid
    )  # the impostor claims the uid; trust says otherwise
    assert result.trust_anchor_fingerprint_sha256 is None


def test_no_trust_roots_means_untrusted(signed_pdf: bytes) -> None:
    result = verify_pdf(signed_pdf, [])
    assert result.problems == (Problem.UNTRUSTED,)


def test_second_signature_is_refused(
    signed_pdf: bytes, foreign_credential: SigningCredential, authority: PanelAuthority
) -> None:
    signer = SimpleSigner.load_pkcs12_data(
        build_pkcs12(
            foreign_credential.private_key,
            foreign_credential.certificate,
            b"pw",
            chain=foreign_credential.chain,
        ),
        other_certs=[],
        passphrase=b"pw",
    )
    meta = signers.PdfSignatureMetadata(
        field_name="Countersignature", subfilter=fields.SigSeedSubFilter.PADES
    )
    twice = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(signed_pdf)), meta, signer=signer
    ).getvalue()
    result = verify_pdf(twice, [authority.cert_pem])
    assert result.signature_count == 2
    assert result.problems[0] == Problem.SEVERAL_SIGNATURES
    assert result.field_name == "Countersignature"
    assert not result.ok


def test_require_ok_checks_the_signer(signed_pdf: bytes, authority: PanelAuthority) -> None:
    result = verify_pdf(signed_pdf, [authority.cert_pem])
    with pytest.raises(VerificationError, match="not by the judge it names"):
        result.require_ok(judge_uid="J-002")
    with pytest.raises(VerificationError, match="not the one registered"):
        result.require_ok(fingerprint_sha256="00" * 32)
    with pytest.raises(VerificationError, match="not issued by the panel"):
        result.require_ok(trust_anchor_fingerprint_sha256="11" * 32)
    broken = replace(result, intact=False, problems=(Problem.CHANGED,))
    assert not broken.ok
    with pytest.raises(VerificationError, match="changed after it was signed"):
        broken.require_ok()


# --------------------------------------------------------------------------- hostile bytes


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"GIF89a not a pdf", "not a PDF"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 40, "damaged"),
        (b"%PDF-1.7\n%%EOF\n", "damaged"),
    ],
    ids=["empty", "not-pdf", "random", "header-only"],
)
def test_unreadable_files_are_rejected(data: bytes, message: str) -> None:
    with pytest.raises(FileRejectedError, match=message):
        verify_pdf(data, [])


def test_oversized_files_are_rejected_before_parsing() -> None:
    with pytest.raises(FileRejectedError, match="too large"):
        verify_pdf(b"%PDF-1.7\n" + b"\x00" * MAX_PDF_BYTES, [])


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_truncated_signed_files_fail(
    signed_pdf: bytes, authority: PanelAuthority, fraction: float
) -> None:
    truncated = signed_pdf[: int(len(signed_pdf) * fraction)]
    try:
        result = verify_pdf(truncated, [authority.cert_pem])
    except FileRejectedError:
        return
    assert not result.ok and result.problems


def test_unreadable_trust_root_is_a_verification_error(signed_pdf: bytes) -> None:
    with pytest.raises(VerificationError, match="trust root"):
        verify_pdf(signed_pdf, [b"not a certificate"])


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_random_damage_never_verifies_and_never_crashes(
    data: st.DataObject, signed_pdf: bytes, authority: PanelAuthority
) -> None:
    start, end = _contents_region(signed_pdf)
    kind = data.draw(st.sampled_from(["flip", "truncate", "append", "splice"]))
    if kind == "flip":
        index = data.draw(
            st.integers(0, len(signed_pdf) - 1).filter(lambda i: not start <= i < end)
        )
        damaged = _flip(signed_pdf, index, data.draw(st.integers(1, 255)))
    elif kind == "truncate":
        damaged = signed_pdf[: data.draw(st.integers(0, len(signed_pdf) - 1))]
    elif kind == "append":
        damaged = signed_pdf + data.draw(st.binary(min_size=1, max_size=64))
    else:
        at = data.draw(st.integers(0, len(signed_pdf) - 1).filter(lambda i: not start <= i < end))
        damaged = signed_pdf[:at] + data.draw(st.binary(min_size=1, max_size=16)) + signed_pdf[at:]
    try:
        result = verify_pdf(damaged, [authority.cert_pem])
    except FileRejectedError:
        return
    assert isinstance(result, PdfVerification)
    assert not result.ok
    assert result.problems


# --------------------------------------------------------------------------- attachments


def test_read_attachment_missing_is_rejected(signed_pdf: bytes) -> None:
    with pytest.raises(FileRejectedError, match=r"no attachment named other\.json"):
        read_attachment(signed_pdf, "other.json")


def test_embed_refuses_duplicates_and_signed_files(unsigned_pdf: bytes, signed_pdf: bytes) -> None:
    with pytest.raises(FileRejectedError, match="already has an attachment"):
        embed_attachment(unsigned_pdf, "scores.json", b"{}", description="again")
    with pytest.raises(FileRejectedError, match="already signed"):
        embed_attachment(signed_pdf, "extra.json", b"{}", description="late")


def test_embed_validates_its_arguments(unsigned_pdf: bytes) -> None:
    with pytest.raises(ValueError):
        embed_attachment(unsigned_pdf, "../evil", b"{}", description="bad name")
    with pytest.raises(ValueError):
        embed_attachment(unsigned_pdf, "ok.json", b"{}", mime_type="json", description="bad")


def test_several_attachments_are_kept_apart(helpers, unsigned_pdf: bytes) -> None:
    both = embed_attachment(
        unsigned_pdf, "notes.txt", "備註".encode(), mime_type="text/plain", description="Notes"
    )
    assert attachment_names(both) == ("scores.json", "notes.txt")
    assert read_attachment(both, "notes.txt") == "備註".encode()
    assert read_attachment(both, "scores.json") == helpers.scores_json


def _pdf_with_raw_attachments(helpers, build) -> bytes:
    """A score sheet whose attachments ``build`` writes by hand (bypassing our checks)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(helpers.make_score_sheet_pdf()))
    build(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_duplicated_attachment_is_rejected(helpers) -> None:
    def build(writer: IncrementalPdfFileWriter) -> None:
        for payload in (b"{}", b'{"evil": true}'):
            stream = embed.EmbeddedFileObject.from_file_data(writer, payload)
            embed.embed_file(
                writer, embed.FileSpec(file_spec_string="scores.json", embedded_data=stream)
            )

    with pytest.raises(FileRejectedError, match=r"more than one attachment named scores\.json"):
        read_attachment(_pdf_with_raw_attachments(helpers, build), "scores.json")


def test_cyclic_name_tree_is_rejected(helpers) -> None:
    def build(writer: IncrementalPdfFileWriter) -> None:
        node = generic.DictionaryObject()
        node_ref = writer.add_object(node)
        node["/Kids"] = generic.ArrayObject([node_ref])
        names = generic.DictionaryObject({generic.pdf_name("/EmbeddedFiles"): node_ref})
        writer.root["/Names"] = writer.add_object(names)
        writer.update_root()

    pdf = _pdf_with_raw_attachments(helpers, build)
    with pytest.raises(FileRejectedError, match="attachment list is malformed"):
        read_attachment(pdf, "scores.json")


def test_attachment_with_wrong_checksum_is_rejected(helpers) -> None:
    def build(writer: IncrementalPdfFileWriter) -> None:
        stream = embed.EmbeddedFileObject.from_file_data(writer, b'{"a": 1}')
        stream["/Params"] = generic.DictionaryObject(
            {generic.pdf_name("/CheckSum"): generic.ByteStringObject(b"\x00" * 16)}
        )
        embed.embed_file(
            writer, embed.FileSpec(file_spec_string="scores.json", embedded_data=stream)
        )

    with pytest.raises(FileRejectedError, match="checksum does not match"):
        read_attachment(_pdf_with_raw_attachments(helpers, build), "scores.json")


# --------------------------------------------------------------------------- signing refusals


def test_signing_twice_is_refused(signed_pdf: bytes, credential: SigningCredential) -> None:
    with pytest.raises(SigningError, match="already carries a signature"):
        sign_pdf(signed_pdf, credential)


def test_expired_or_future_certificates_cannot_sign(helpers) -> None:
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = helpers.make_ca("Root", root_key)
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    expired = helpers.make_leaf(
        "Old", key.public_key(), root, root_key,
        not_before=now - timedelta(days=30), not_after=now - timedelta(days=1),
    )  # fmt: skip
    with pytest.raises(SigningError, match="expired on"):
        sign_pdf(
            helpers.make_score_sheet_pdf(), SigningCredential.from_key_and_certificate(key, expired)
        )
    future = helpers.make_leaf(
        "New", key.public_key(), root, root_key,
        not_before=now + timedelta(days=1), not_after=now + timedelta(days=30),
    )  # fmt: skip
    with pytest.raises(SigningError, match="not valid until"):
        sign_pdf(
            helpers.make_score_sheet_pdf(), SigningCredential.from_key_and_certificate(key, future)
        )


def test_sign_rejects_non_pdf(credential: SigningCredential) -> None:
    with pytest.raises(FileRejectedError, match="not a PDF"):
        sign_pdf(b"hello", credential)


# --------------------------------------------------------------------------- import cost


def test_importing_the_package_loads_no_crypto_library() -> None:
    code = (
        "import sys, judgepanel.signing\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'cryptography', 'pyhanko', 'pyhanko_certvalidator', 'asn1crypto', 'reportlab'})\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
