"""Signing with the data file embedded in the signature's own update, and the room reserved for
the signature without a dry-run signature."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from pyhanko.pdf_utils.reader import PdfFileReader

from judgepanel.domain.errors import FileRejectedError
from judgepanel.signing import (
    PanelAuthority,
    SigningCredential,
    attachment_names,
    embed_attachment,
    read_attachment,
    verify_pdf,
)
from judgepanel.signing.pdf import Attachment, sign_pdf

DATA = Attachment("scores.json", '{"judge": "J-001", "分數": [8, 7.5]}'.encode(),
                  "Scores of judge J-001")


def _revisions(pdf: bytes) -> int:
    return int(PdfFileReader(io.BytesIO(pdf)).xrefs.total_revisions)


def _pdfsig(pdfsig: str, tmp_path: Path, pdf: bytes) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run([pdfsig, str(path)], capture_output=True, text=True, check=False,
                          timeout=60).stdout


def test_attachment_and_signature_are_one_update_covering_the_whole_file(
    helpers, credential: SigningCredential, authority: PanelAuthority, pdfsig: str,
    tmp_path: Path,
) -> None:
    pages = helpers.make_score_sheet_pdf()
    signed = sign_pdf(pages, credential, reason="Score sheet", attachment=DATA)

    assert signed.startswith(pages)
    assert _revisions(signed) == _revisions(pages) + 1
    assert attachment_names(signed) == ("scores.json",)
    assert read_attachment(signed, "scores.json") == DATA.data
    result = verify_pdf(signed, [authority.cert_pem])
    assert result.ok, result.problems
    assert result.covers_entire_file
    report = _pdfsig(pdfsig, tmp_path, signed)
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report


def test_same_attachment_as_embedding_first(helpers, credential: SigningCredential) -> None:
    pages = helpers.make_score_sheet_pdf()
    together = sign_pdf(pages, credential, attachment=DATA)
    apart = sign_pdf(embed_attachment(pages, DATA.name, DATA.data, description=DATA.description),
                     credential)
    assert attachment_names(together) == attachment_names(apart)
    assert read_attachment(together, DATA.name) == read_attachment(apart, DATA.name)


def test_attachment_with_the_signature_is_checked_like_embedding(
    helpers, unsigned_pdf: bytes, credential: SigningCredential
) -> None:
    with pytest.raises(FileRejectedError, match="already has an attachment"):
        sign_pdf(unsigned_pdf, credential,
                 attachment=Attachment("scores.json", b"{}", "a second one"))
    with pytest.raises(ValueError):
        sign_pdf(helpers.make_score_sheet_pdf(), credential,
                 attachment=Attachment("../evil.json", b"{}", "bad name"))
    with pytest.raises(ValueError):
        sign_pdf(helpers.make_score_sheet_pdf(), credential,
                 attachment=Attachment("ok.json", b"{}", "bad type", mime_type="json"))


_LARGEST_KEYS = {
    "ECDSA P-521": lambda: ec.generate_private_key(ec.SECP521R1()),
    "RSA-4096": lambda: rsa.generate_private_key(public_exponent=65537, key_size=4096),
}


@pytest.mark.parametrize("label", sorted(_LARGEST_KEYS))
def test_reserved_room_holds_the_largest_signatures(helpers, label: str) -> None:
    """The room is computed, not measured with a dry run: it must fit the biggest keys we
    accept, with a chain of two certificates, and leave the file verifiable."""
    key = _LARGEST_KEYS[label]()
    root_key = ec.generate_private_key(ec.SECP384R1())
    root = helpers.make_ca("Room Test Root", root_key)
    leaf = helpers.make_leaf("Room Test Judge", key.public_key(), root, root_key)
    credential = SigningCredential.from_key_and_certificate(key, leaf, [root])
    assert credential.key_type == label
    signed = sign_pdf(helpers.make_score_sheet_pdf(), credential, attachment=DATA)
    result = verify_pdf(signed, [root.public_bytes(serialization.Encoding.PEM)])
    assert result.ok, result.problems
    contents = re.search(rb"/Contents\s*<([0-9A-Fa-f]+)>", signed)
    assert contents is not None
    digits = contents.group(1)
    used = len(digits.rstrip(b"0"))
    assert used < len(digits)  # room to spare, all of it zero padding
