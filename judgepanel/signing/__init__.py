"""Signing layer: the panel certificate authority, judges' credentials, signed PDFs and kits.

Importing this package is cheap: ``cryptography`` and pyHanko load only when a function that
needs them runs. See :mod:`.authority`, :mod:`.credentials` and :mod:`.pdf`.
"""

import logging

from judgepanel.signing.authority import IssuedCredential, PanelAuthority, verify_detached
from judgepanel.signing.credentials import (
    CertificateInfo,
    SigningCredential,
    build_pkcs12,
    load_certificate,
    load_pkcs12,
)
from judgepanel.signing.pdf import (
    MAX_PDF_BYTES,
    PdfVerification,
    Problem,
    attachment_names,
    embed_attachment,
    read_attachment,
    sign_pdf,
    verify_pdf,
)

# pyHanko and its certificate validator log every signature they reject as a WARNING with a
# full traceback. JudgePanel reports each rejection with its reason itself, so that chatter is
# kept out of the user's terminal; their errors still show.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).setLevel(logging.ERROR)

__all__ = [
    "MAX_PDF_BYTES",
    "CertificateInfo",
    "IssuedCredential",
    "PanelAuthority",
    "PdfVerification",
    "Problem",
    "SigningCredential",
    "attachment_names",
    "build_pkcs12",
    "embed_attachment",
    "load_certificate",
    "load_pkcs12",
    "read_attachment",
    "sign_pdf",
    "verify_detached",
    "verify_pdf",
]
