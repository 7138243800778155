"""PAdES signatures on PDF documents, and the JSON attachment a score sheet carries.

Flow for a score sheet: ReportLab builds the PDF, :func:`sign_pdf` adds the machine-readable
JSON (its ``attachment``; :func:`embed_attachment` does that alone) and a PAdES B-B signature
(subfilter ``ETSI.CAdES.detached``) in one incremental update, covering the whole file. On the
chair's machine :func:`verify_pdf` checks the signature offline against the panel's trust
roots, and only then :func:`read_attachment` takes the JSON out.

Nothing here touches the network: no timestamp server, no revocation fetching. Revocation is not
checked at all (the panel has no CRL); a judge whose certificate must be withdrawn is removed
from the judge registry instead.

``verify_pdf`` treats its input as hostile: size-capped, pyHanko's decode limits on, and every
parser failure turned into :class:`FileRejectedError`. pyHanko is imported inside the functions
because it is slow to import and most app start-ups never sign anything.

pyHanko's synchronous API runs its own ``asyncio`` loop, so call these functions from a worker
thread, never from inside a running event loop.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import re
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from judgepanel.domain.errors import (
    FileRejectedError,
    SigningError,
    VerificationError,
    tr_noop,
)
from judgepanel.signing import _x509

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.decode_limits import DecodeLimits
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    from judgepanel.signing.credentials import SigningCredential

__all__ = [
    "DEFAULT_FIELD_NAME",
    "MAX_ATTACHMENT_BYTES",
    "MAX_PDF_BYTES",
    "Attachment",
    "PdfVerification",
    "Problem",
    "attachment_names",
    "embed_attachment",
    "read_attachment",
    "sign_pdf",
    "verify_pdf",
]

_log = logging.getLogger(__name__)
_T = TypeVar("_T")

_MIB = 1024 * 1024
#: PDFs larger than this are refused before parsing; a score sheet is tens of kilobytes.
MAX_PDF_BYTES = 50 * _MIB
#: Largest attachment we embed or hand back (score-sheet JSON is a few kilobytes).
MAX_ATTACHMENT_BYTES = 16 * _MIB
DEFAULT_FIELD_NAME = "JudgeSignature"

#: Any single stream may decode to at most this much; bounds "zip bomb" streams in hostile PDFs.
_MAX_DECODED_STREAM_BYTES = 64 * _MIB
_MAX_NAME_TREE_DEPTH = 32
_MAX_NAME_TREE_ENTRIES = 10_000
_ATTACHMENT_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._ -]{0,127}")
_MIME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*")
_DIGEST_FOR_CURVE = {"ECDSA P-384": "sha384", "ECDSA P-521": "sha512"}


class Problem:
    """The English reasons :class:`PdfVerification` reports (translatable, no fields)."""

    NO_SIGNATURE = tr_noop("The file has no signature.")
    SEVERAL_SIGNATURES = tr_noop(
        "The file has more than one signature; JudgePanel accepts exactly one."
    )
    UNREADABLE_SIGNATURE = tr_noop("The signature is damaged and cannot be read.")
    UNSUPPORTED_SIGNATURE = tr_noop("The file has a kind of signature JudgePanel cannot check.")
    CHANGED = tr_noop("The document was changed after it was signed.")
    INVALID = tr_noop("The signature is invalid: it was not made with the signer's key.")
    UNTRUSTED = tr_noop("The signature does not chain to the panel's trust root.")
    EXPIRED = tr_noop("The signer's certificate was not valid at the claimed signing time.")
    NOT_FOR_SIGNING = tr_noop("The signer's certificate is not allowed to sign documents.")
    WEAK_ALGORITHM = tr_noop("The signature uses an algorithm that is no longer accepted.")
    CHAIN_FAILED = tr_noop("The signer's certificate could not be validated.")
    APPENDED = tr_noop("Content was appended after the signature (an incremental update).")
    TRAILING = tr_noop("Extra bytes were appended after the end of the signed file.")
    PARTIAL = tr_noop("The signature does not cover the whole file.")
    NO_SIGNING_TIME = tr_noop("The signature does not say when it was made.")


@dataclass(frozen=True)
class PdfVerification:
    """The outcome of :func:`verify_pdf`. The ``signer_*`` fields describe the newest signature.

    ``trusted`` covers only the certificate chain (to one of the trust roots, offline, at the
    claimed signing time, no revocation check); it is not evaluated, so ``False``, when the
    signature itself is invalid. ``signer_uid`` is the subject's ``UID`` attribute: it names a
    judge only when ``trust_anchor_fingerprint_sha256`` is the panel root's, because another
    trusted issuer (such as Hongkong Post) could put anything there. For such judges compare
    ``signer_fingerprint_sha256`` with the registered certificate instead.
    """

    signature_count: int
    signer_common_name: str | None
    signer_uid: str | None
    signer_fingerprint_sha256: str | None
    signing_time: datetime | None
    intact: bool
    valid: bool
    trusted: bool
    covers_entire_file: bool
    problems: tuple[str, ...]
    field_name: str | None = None
    trust_anchor_fingerprint_sha256: str | None = None

    @property
    def ok(self) -> bool:
        """True only when the file carries exactly one signature and it is intact, valid,
        trusted, covers the entire file, and nothing else was wrong (``problems`` is empty).

        One signature, because a score sheet is signed once by one judge; a second signature
        would be a second signer or a later change, neither of which we accept silently.
        """
        return (
            self.signature_count == 1
            and self.intact
            and self.valid
            and self.trusted
            and self.covers_entire_file
            and not self.problems
        )

    def require_ok(
        self,
        *,
        judge_uid: str | None = None,
        fingerprint_sha256: str | None = None,
        trust_anchor_fingerprint_sha256: str | None = None,
    ) -> None:
        """Raise :class:`VerificationError` with the first problem, or when the signer is not
        the expected one (by uid, by certificate fingerprint, and/or by trust anchor).

        When matching by ``judge_uid``, also pass the panel root's fingerprint as
        ``trust_anchor_fingerprint_sha256``: only the panel vouches for the ``UID`` attribute.
        """
        if self.problems:
            raise VerificationError(self.problems[0])
        if not self.ok:  # defensive: every failed check adds a problem
            raise VerificationError(Problem.UNREADABLE_SIGNATURE)
        if (
            trust_anchor_fingerprint_sha256 is not None
            and self.trust_anchor_fingerprint_sha256 != trust_anchor_fingerprint_sha256.lower()
        ):
            raise VerificationError("The signer's certificate was not issued by the panel.")
        if judge_uid is not None and self.signer_uid != judge_uid:
            raise VerificationError(
                "The file was signed by {signer}, not by the judge it names ({expected}).",
                signer=self.signer_common_name or "?",
                expected=judge_uid,
            )
        if (
            fingerprint_sha256 is not None
            and self.signer_fingerprint_sha256 != fingerprint_sha256.lower()
        ):
            raise VerificationError(
                "The file was signed by {signer}, whose certificate is not the one registered "
                "for this judge.",
                signer=self.signer_common_name or "?",
            )


# --------------------------------------------------------------------------- reading


def _checked_pdf_bytes(pdf: bytes) -> bytes:
    """Size and header checks done before any parser sees the bytes."""
    if not isinstance(pdf, bytes | bytearray | memoryview):
        raise TypeError("pdf must be bytes")
    data = bytes(pdf)
    if not data:
        raise FileRejectedError("The file is empty.")
    if len(data) > MAX_PDF_BYTES:
        raise FileRejectedError(
            "The file is too large ({size} MiB); JudgePanel accepts PDF files up to {limit} MiB.",
            size=f"{len(data) / _MIB:.1f}",
            limit=MAX_PDF_BYTES // _MIB,
        )
    if b"%PDF-" not in data[:1024]:
        raise FileRejectedError("The file is not a PDF document.")
    return data


def _decode_limits() -> DecodeLimits:
    """pyHanko's untrusted-input limits, tightened to our file sizes."""
    from pyhanko.pdf_utils.decode_limits import DecodeLimits, StreamDecodeLimits

    return DecodeLimits(per_stream=StreamDecodeLimits(max_output_size=_MAX_DECODED_STREAM_BYTES))


def _open_reader(data: bytes) -> PdfFileReader:
    """Parse a PDF, turning every parser failure into :class:`FileRejectedError`."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=True, decode_limits=_decode_limits())
        encrypted = reader.encrypted
        if not encrypted:
            reader.root  # noqa: B018 - resolve the catalogue now, inside the guard
    except Exception as exc:  # hostile input: pyHanko raises many exception types
        _log.debug("PDF parse failed", exc_info=exc)
        raise FileRejectedError(
            "The file is damaged or is not a PDF document JudgePanel can read."
        ) from exc
    if encrypted:
        raise FileRejectedError("The PDF is encrypted; JudgePanel accepts only unencrypted PDFs.")
    return reader


def _pdf_text(value: object) -> str | None:
    """A PDF string object as ``str`` (text strings are ``str``; byte strings are Latin-1)."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return None


def _get(dictionary: Any, key: str) -> Any:
    """``dictionary[key]`` with indirect references resolved, or ``None`` when absent.

    pyHanko's ``DictionaryObject.get`` returns unresolved references; indexing resolves them.
    """
    from pyhanko.pdf_utils import generic

    if not isinstance(dictionary, generic.DictionaryObject) or key not in dictionary:
        return None
    return dictionary[key]


def _embedded_file_entries(reader: PdfFileReader) -> list[tuple[str, Any]]:
    """All ``(name, file specification)`` pairs of the EmbeddedFiles name tree.

    Walks ``/Kids`` as well as ``/Names`` (other producers write balanced trees), with depth and
    size bounds so a cyclic or enormous hostile tree ends in :class:`FileRejectedError`.
    """
    from pyhanko.pdf_utils import generic

    root = reader.root
    names = _get(root, "/Names")
    if not isinstance(names, generic.DictionaryObject):
        return []
    tree = _get(names, "/EmbeddedFiles")
    if not isinstance(tree, generic.DictionaryObject):
        return []
    entries: list[tuple[str, Any]] = []

    def walk(node: Any, depth: int) -> None:
        if depth > _MAX_NAME_TREE_DEPTH:
            raise FileRejectedError("The PDF's attachment list is malformed.")
        if not isinstance(node, generic.DictionaryObject):
            raise FileRejectedError("The PDF's attachment list is malformed.")
        pairs = _get(node, "/Names")
        if pairs is not None:
            if not isinstance(pairs, generic.ArrayObject) or len(pairs) % 2:
                raise FileRejectedError("The PDF's attachment list is malformed.")
            for index in range(0, len(pairs), 2):
                key = _pdf_text(pairs[index])
                if key is None:
                    raise FileRejectedError("The PDF's attachment list is malformed.")
                entries.append((key, pairs[index + 1]))
                if len(entries) > _MAX_NAME_TREE_ENTRIES:
                    raise FileRejectedError("The PDF's attachment list is malformed.")
        kids = _get(node, "/Kids")
        if kids is not None:
            if not isinstance(kids, generic.ArrayObject):
                raise FileRejectedError("The PDF's attachment list is malformed.")
            for index in range(len(kids)):
                walk(kids[index], depth + 1)

    walk(tree, 0)
    return entries


def _guarded(action: str, function: Callable[..., _T], *args: object) -> _T:
    """Run a pyHanko read step; parser failures become :class:`FileRejectedError`."""
    try:
        return function(*args)
    except FileRejectedError:
        raise
    except Exception as exc:  # hostile input
        _log.debug("%s failed", action, exc_info=exc)
        raise FileRejectedError(
            "The file is damaged or is not a PDF document JudgePanel can read."
        ) from exc


def attachment_names(pdf: bytes) -> tuple[str, ...]:
    """Names of the files embedded in the PDF, in name-tree order."""
    reader = _open_reader(_checked_pdf_bytes(pdf))
    entries = _guarded("listing attachments", _embedded_file_entries, reader)
    return tuple(name for name, _spec in entries)


def read_attachment(pdf: bytes, name: str) -> bytes:
    """The content of the embedded file called ``name``.

    Raises :class:`FileRejectedError` when it is missing, present more than once (which one
    would be the real one?), damaged (its recorded checksum or size does not match) or too big.
    This reads the newest revision: call it only on a file :func:`verify_pdf` found ``ok``, so
    that the signature covers what is read.
    """
    reader = _open_reader(_checked_pdf_bytes(pdf))
    return _guarded("reading an attachment", _read_attachment, reader, name)


def _read_attachment(reader: PdfFileReader, name: str) -> bytes:
    from pyhanko.pdf_utils import generic

    matches = [spec for key, spec in _embedded_file_entries(reader) if key == name]
    if not matches:
        raise FileRejectedError("The PDF has no attachment named {name}.", name=name)
    if len(matches) > 1:
        raise FileRejectedError("The PDF has more than one attachment named {name}.", name=name)
    spec = matches[0]
    ef = _get(spec, "/EF")
    if not isinstance(ef, generic.DictionaryObject):
        raise FileRejectedError("The attachment {name} has no content.", name=name)
    stream = _get(ef, "/UF") or _get(ef, "/F")
    if not isinstance(stream, generic.StreamObject):
        raise FileRejectedError("The attachment {name} has no content.", name=name)
    data = stream.data
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise FileRejectedError("The attachment {name} is too large.", name=name)
    params = _get(stream, "/Params")
    if isinstance(params, generic.DictionaryObject):
        checksum = _get(params, "/CheckSum")
        if isinstance(checksum, bytes) and hashlib.md5(data).digest() != bytes(checksum):
            raise FileRejectedError(
                "The attachment {name} is damaged (its checksum does not match).", name=name
            )
        size = _get(params, "/Size")
        if isinstance(size, int) and int(size) != len(data):
            raise FileRejectedError(
                "The attachment {name} is damaged (its size does not match).", name=name
            )
    return bytes(data)


# --------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class Attachment:
    """A file to embed in a PDF, by :func:`embed_attachment` or with the signature
    (``sign_pdf(..., attachment=...)``). ``name`` is a plain ASCII file name."""

    name: str
    data: bytes
    description: str
    mime_type: str = "application/json"


def _checked_attachment(attachment: Attachment) -> bytes:
    """The attachment's bytes, after checking its name, MIME type and size."""
    if not _ATTACHMENT_NAME_RE.fullmatch(attachment.name):
        raise ValueError(f"attachment name {attachment.name!r} is not a plain ASCII file name")
    if not _MIME_RE.fullmatch(attachment.mime_type):
        raise ValueError(f"{attachment.mime_type!r} is not a MIME type")
    payload = bytes(attachment.data)
    if len(payload) > MAX_ATTACHMENT_BYTES:
        raise ValueError("attachment too large")
    return payload


def _refuse_duplicate_attachment(reader: PdfFileReader, name: str) -> None:
    existing = _guarded("listing attachments", _embedded_file_entries, reader)
    if any(key == name for key, _spec in existing):
        raise FileRejectedError("The PDF already has an attachment named {name}.", name=name)


def _add_attachment(writer: Any, attachment: Attachment, payload: bytes) -> None:
    """Adds the embedded file (recording its size and MD5 checksum, which
    :func:`read_attachment` checks) to the update ``writer`` will write."""
    from pyhanko.pdf_utils import embed

    stream = embed.EmbeddedFileObject.from_file_data(
        writer,
        payload,
        mime_type=attachment.mime_type,
        params=embed.EmbeddedFileParams(
            embed_size=True, embed_checksum=True, modification_date=datetime.now(UTC)
        ),
    )
    embed.embed_file(
        writer,
        embed.FileSpec(
            file_spec_string=attachment.name,
            file_name=attachment.name,
            embedded_data=stream,
            description=attachment.description,
        ),
    )


def embed_attachment(
    pdf: bytes,
    name: str,
    data: bytes,
    *,
    mime_type: str = "application/json",
    description: str,
) -> bytes:
    """Return ``pdf`` with ``data`` embedded as the file ``name`` (an incremental update).

    Call it before :func:`sign_pdf`, so the signature covers the attachment; embedding into a
    signed PDF is refused because it would break the signature's whole-file coverage. The file
    records its size and MD5 checksum, which :func:`read_attachment` checks. To sign as well,
    pass the attachment to :func:`sign_pdf` instead: one update, one parse and one write less.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    attachment = Attachment(name, data, description, mime_type)
    payload = _checked_attachment(attachment)
    source = _checked_pdf_bytes(pdf)
    reader = _open_reader(source)
    if _guarded("counting signatures", _filled_signature_fields, reader):
        raise FileRejectedError(
            "The PDF is already signed; attachments must be added before signing."
        )
    _refuse_duplicate_attachment(reader, name)

    def write() -> bytes:
        writer = IncrementalPdfFileWriter(io.BytesIO(source), prev=reader)
        _add_attachment(writer, attachment, payload)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    return _guarded("embedding an attachment", write)


def _filled_signature_fields(reader: PdfFileReader) -> list[tuple[str, Any, Any]]:
    """Every signature field that holds a value, whatever its subfilter."""
    from pyhanko.sign.fields import enumerate_sig_fields

    return list(enumerate_sig_fields(reader, filled_status=True))


def _check_credential_usable(credential: SigningCredential) -> None:
    """Refuse expired, not-yet-valid or non-signing certificates with a message the judge can
    act on, instead of producing a signature every verifier would reject."""
    from cryptography import x509

    now = datetime.now(UTC)
    certificate = credential.certificate
    if now < certificate.not_valid_before_utc:
        raise SigningError(
            "The signing certificate is not valid until {date}.",
            date=certificate.not_valid_before_utc.date().isoformat(),
        )
    if now > certificate.not_valid_after_utc:
        raise SigningError(
            "The signing certificate expired on {date}.",
            date=certificate.not_valid_after_utc.date().isoformat(),
        )
    assessment = _x509.assess_key(credential.private_key)
    if assessment.refusal is not None:
        raise SigningError(assessment.refusal, **assessment.params)
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise SigningError("The certificate is not allowed to sign documents.")


def sign_pdf(
    pdf: bytes,
    credential: SigningCredential,
    *,
    field_name: str = DEFAULT_FIELD_NAME,
    reason: str | None = None,
    location: str | None = None,
    name: str | None = None,
    attachment: Attachment | None = None,
) -> bytes:
    """Append a PAdES B-B signature (``ETSI.CAdES.detached``) with ``credential``.

    With ``attachment``, the file is embedded in the same incremental update as the signature
    (as :func:`embed_attachment` would, and refused likewise), so the signature covers it.

    The CMS embeds the signer's certificate chain (root included) so any verifier holding the
    root can check it. The claimed signing time is the signature dictionary's ``/M``: PAdES
    forbids the CMS ``signingTime`` attribute, and ``/M`` lies inside the signed byte range.
    Offline by construction: no timestamper, no validation context, nothing fetched.

    A PDF that already carries a signature is refused (see :attr:`PdfVerification.ok`).
    """
    from asn1crypto import keys as asn1_keys
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError as PyHankoSigningError
    from pyhanko.sign.signers.pdf_cms import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    if not field_name or "." in field_name or not field_name.isprintable():
        raise ValueError(f"invalid signature field name {field_name!r}")
    _check_credential_usable(credential)
    payload = _checked_attachment(attachment) if attachment is not None else b""
    source = _checked_pdf_bytes(pdf)
    reader = _open_reader(source)
    if _guarded("counting signatures", _filled_signature_fields, reader):
        raise SigningError("The PDF already carries a signature; JudgePanel signs it only once.")
    if attachment is not None:
        _refuse_duplicate_attachment(reader, attachment.name)

    signer = SimpleSigner(
        signing_cert=_x509.to_asn1_certificate(credential.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            credential.private_key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
        ),
        cert_registry=SimpleCertificateStore.from_certs(
            [_x509.to_asn1_certificate(c) for c in credential.chain]
        ),
        embed_roots=True,
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm=_DIGEST_FOR_CURVE.get(credential.key_type, "sha256"),
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=name,
        embed_validation_info=False,
        use_pades_lta=False,
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(source), prev=reader)
        if attachment is not None:
            _add_attachment(writer, attachment, payload)
        output = signers.sign_pdf(writer, metadata, signer=signer, timestamper=None,
                                  bytes_reserved=_signature_room(credential))
    except PyHankoSigningError as exc:
        _log.warning("pyHanko refused to sign", exc_info=exc)
        raise SigningError("The document could not be signed: {detail}", detail=str(exc)) from exc
    except Exception as exc:  # damaged input surfaces from deep inside pyHanko
        _log.debug("signing failed", exc_info=exc)
        raise FileRejectedError(
            "The PDF could not be signed because it is damaged or unusual."
        ) from exc
    return bytes(output.getvalue())


def _signature_room(credential: SigningCredential) -> int:
    """Room for the signature's CMS object in ``/Contents``, in hexadecimal digits.

    Without it pyHanko makes a whole dummy signature first, only to measure it: a third of
    the signing time. The size is known without that: the CMS object holds the certificates
    (leaf and chain, root included), the issuer's name twice (signer identifier and
    signing-certificate attribute), the signature value, and a few hundred bytes of fixed
    structure (algorithm identifiers, the digest, content type, serial numbers: about 300
    bytes), here allowed 1 KiB. The unused rest is zero padding, outside the signed bytes.
    """
    from cryptography.hazmat.primitives.serialization import Encoding

    certificates = sum(len(c.public_bytes(Encoding.DER))
                       for c in (credential.certificate, *credential.chain))
    issuer = len(credential.certificate.issuer.public_bytes())
    key_bits = getattr(credential.private_key, "key_size", 4096)
    # An RSA signature is as long as the modulus; ECDSA's DER (r, s) at most twice the
    # order plus a few header bytes.
    signature = 2 * ((key_bits + 7) // 8) + 16
    return 2 * (certificates + 2 * issuer + signature + 1024)


# --------------------------------------------------------------------------- verifying


def _trust_roots(trust_roots: Sequence[bytes]) -> list[asn1_x509.Certificate]:
    """Parse the trust roots (PEM, PEM bundles or DER)."""
    if isinstance(trust_roots, bytes | bytearray | str):
        raise TypeError("trust_roots must be a sequence of certificates, not one bytes object")
    items = tuple(item.encode("ascii", "replace") if isinstance(item, str) else bytes(item)
                  for item in trust_roots)
    return list(_parsed_roots(items))


@functools.lru_cache(maxsize=16)
def _parsed_roots(items: tuple[bytes, ...]) -> tuple[asn1_x509.Certificate, ...]:
    """The certificates of ``items``, parsed once per set: a folder import checks every sheet
    against the same roots."""
    roots: list[asn1_x509.Certificate] = []
    for raw in items:
        try:
            roots.extend(_x509.to_asn1_certificate(c) for c in _x509.split_certificates(raw))
        except ValueError as exc:
            raise VerificationError("A trust root certificate could not be read.") from exc
    return tuple(roots)


_TRUST_MANAGERS: dict[tuple[bytes, ...], Any] = {}


def _trust_manager(roots: Sequence[asn1_x509.Certificate]) -> Any:
    """pyHanko's trust manager for ``roots``, built once per set of roots (it only indexes
    them; what a validation learns lives in its own per-signature context)."""
    from pyhanko_certvalidator.registry import SimpleTrustManager

    key = tuple(root.dump() for root in roots)
    manager = _TRUST_MANAGERS.get(key)
    if manager is None:
        if len(_TRUST_MANAGERS) >= 16:
            _TRUST_MANAGERS.clear()
        manager = _TRUST_MANAGERS[key] = SimpleTrustManager.build(trust_roots=list(roots))
    return manager


def _run_to_completion(start: Callable[[], Coroutine[Any, Any, _T]]) -> _T:
    """Runs pyHanko's validation coroutine. With fetching off it does no I/O and never waits,
    so it is driven directly instead of through a new event loop per file (``asyncio.run``
    cost more than the certificate checks); one that does wait, or that wants a running loop,
    is run again from the start under ``asyncio.run``."""
    coroutine = start()
    try:
        coroutine.send(None)
    except StopIteration as finished:
        return finished.value  # type: ignore[no-any-return]
    except RuntimeError:
        coroutine.close()
    else:
        coroutine.close()
    import asyncio

    return asyncio.run(start())


def _trust_problem(indication: Any) -> str:
    """Map pyHanko's AdES sub-indication to one of our reasons."""
    from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate

    mapping = {
        AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND: Problem.UNTRUSTED,
        AdESIndeterminate.OUT_OF_BOUNDS_NO_POE: Problem.EXPIRED,
        AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED: Problem.EXPIRED,
        AdESIndeterminate.EXPIRED: Problem.EXPIRED,
        AdESIndeterminate.NOT_YET_VALID: Problem.EXPIRED,
        AdESFailure.NOT_YET_VALID: Problem.EXPIRED,
        AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE: Problem.NOT_FOR_SIGNING,
        AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE: Problem.WEAK_ALGORITHM,
        AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE_NO_POE: Problem.WEAK_ALGORITHM,
    }
    return mapping.get(indication, Problem.CHAIN_FAILED)


def _issued_by_any(signer_cert: asn1_x509.Certificate,
                   roots: list[asn1_x509.Certificate]) -> bool:
    """Whether one of the trust roots really signed the signer's certificate."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    try:
        cert = x509.load_der_x509_certificate(signer_cert.dump())
    except ValueError:
        return False
    for root in roots:
        try:
            cert.verify_directly_issued_by(x509.load_der_x509_certificate(root.dump()))
        except (ValueError, TypeError, InvalidSignature):
            continue
        return True
    return False


def _validity_problem(signer_cert: asn1_x509.Certificate, moment: datetime) -> str | None:
    """pyHanko reports a not-yet-valid certificate as a generic chain failure; say it plainly."""
    try:
        validity = signer_cert["tbs_certificate"]["validity"]
        not_before = validity["not_before"].native
        not_after = validity["not_after"].native
    except (ValueError, KeyError, TypeError):
        return None
    if moment < not_before or moment > not_after:
        return Problem.EXPIRED
    return None


def _key_usage_problem(signer_cert: asn1_x509.Certificate) -> str | None:
    """A certificate whose key usage excludes signing documents must not sign a sheet."""
    try:
        usage = signer_cert.key_usage_value
        allowed = usage is None or bool({"digital_signature", "non_repudiation"} & usage.native)
    except (ValueError, KeyError, TypeError):
        allowed = False
    return None if allowed else Problem.NOT_FOR_SIGNING


def _empty_result(count: int, problem: str, field_name: str | None = None) -> PdfVerification:
    return PdfVerification(
        signature_count=count,
        signer_common_name=None,
        signer_uid=None,
        signer_fingerprint_sha256=None,
        signing_time=None,
        intact=False,
        valid=False,
        trusted=False,
        covers_entire_file=False,
        problems=(problem,),
        field_name=field_name,
    )


def verify_pdf(pdf: bytes, trust_roots: Sequence[bytes]) -> PdfVerification:
    """Check the PDF's signature offline against ``trust_roots`` (PEM or DER certificates).

    Returns a :class:`PdfVerification` for any readable PDF, signed or not; its ``problems``
    name every failure. Raises :class:`FileRejectedError` only when the bytes are not a PDF we
    can read (empty, too large, not a PDF, damaged, encrypted) and :class:`VerificationError`
    when a trust root cannot be read. Nothing else escapes, whatever the input.
    """
    data = _checked_pdf_bytes(pdf)
    roots = _trust_roots(trust_roots)
    return _verify_reader(_open_reader(data), roots)


def verify_pdf_and_read(
    pdf: bytes, trust_roots: Sequence[bytes], attachment: str
) -> tuple[PdfVerification, bytes | FileRejectedError]:
    """:func:`verify_pdf` and :func:`read_attachment` over one parse of the file (a sheet
    import does both, and parsing twice doubled its cost). The attachment comes back as its
    bytes or as the :class:`FileRejectedError` that says why it cannot be read; trust it only
    when the verification is ``ok``."""
    data = _checked_pdf_bytes(pdf)
    roots = _trust_roots(trust_roots)
    reader = _open_reader(data)
    result = _verify_reader(reader, roots)
    try:
        content: bytes | FileRejectedError = _guarded(
            "reading an attachment", _read_attachment, reader, attachment)
    except FileRejectedError as exc:
        content = exc
    return result, content


def _verify_reader(reader: PdfFileReader, roots: list[asn1_x509.Certificate]) -> PdfVerification:
    filled = _guarded("counting signatures", _filled_signature_fields, reader)
    count = len(filled)
    if count == 0:
        return _empty_result(0, Problem.NO_SIGNATURE)
    try:
        embedded = _embedded_signatures(reader, filled)
    except Exception as exc:  # hostile signature dictionaries
        _log.debug("signature unreadable", exc_info=exc)
        return _empty_result(count, Problem.UNREADABLE_SIGNATURE)
    if not embedded:
        return _empty_result(count, Problem.UNSUPPORTED_SIGNATURE)
    newest = embedded[-1]
    try:
        result = _verify_signature(newest, roots, count)
    except Exception as exc:  # hostile CMS content
        _log.info("signature could not be validated", exc_info=exc)
        return _empty_result(count, Problem.UNREADABLE_SIGNATURE, newest.field_name)
    if count > 1:
        return _with_problem(result, Problem.SEVERAL_SIGNATURES, first=True)
    return result


def _with_problem(result: PdfVerification, problem: str, *, first: bool) -> PdfVerification:
    from dataclasses import replace

    problems = (problem, *result.problems) if first else (*result.problems, problem)
    return replace(result, problems=problems)


def _embedded_signatures(
    reader: PdfFileReader, filled: list[tuple[str, Any, Any]]
) -> list[EmbeddedPdfSignature]:
    """Signatures with a subfilter pyHanko can check, oldest first; others are left out (and
    then reported as unsupported when nothing checkable remains)."""
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    checkable = {
        SigSeedSubFilter.PADES.value,
        SigSeedSubFilter.ADOBE_PKCS7_DETACHED.value,
    }
    result = []
    for fq_name, sig_value, sig_field in filled:
        sig_object = sig_value.get_object()
        if _get(sig_object, "/SubFilter") not in checkable:
            continue
        if _get(sig_object, "/Type") not in (None, "/Sig"):
            continue
        result.append(EmbeddedPdfSignature(reader, sig_field, fq_name))
    result.sort(key=lambda sig: sig.signed_revision)
    return result


def _verify_signature(
    embedded: EmbeddedPdfSignature, roots: list[asn1_x509.Certificate], count: int
) -> PdfVerification:
    from pyhanko.sign.validation.pdf_embedded import async_validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.policy_decl import NO_REVOCATION, CertRevTrustPolicy

    problems: list[str] = []
    signer_cert = embedded.signer_cert
    claimed = embedded.self_reported_timestamp
    if claimed is not None and claimed.tzinfo is None:
        claimed = claimed.replace(tzinfo=UTC)
    if claimed is None:
        problems.append(Problem.NO_SIGNING_TIME)
    moment = claimed or datetime.now(UTC)

    # A fresh context per signature (its moment is this signature's claimed time); pyHanko
    # adds the certificates embedded in the signature to it before building the path.
    context = ValidationContext(
        trust_manager=_trust_manager(roots),
        moment=moment,
        allow_fetching=False,
        revinfo_policy=CertRevTrustPolicy(NO_REVOCATION),
    )
    key_usage = KeyUsageConstraints(
        key_usage={"digital_signature", "non_repudiation"},
        match_all_key_usages=False,
    )

    async def validate() -> Any:
        try:
            return await async_validate_pdf_signature(
                embedded,
                signer_validation_context=context,
                key_usage_settings=key_usage,
                # Anything after the signed revision is refused outright, so pyHanko's
                # (expensive, hostile-input-exposed) difference analysis would add nothing.
                skip_diff=True,
            )
        finally:
            await context.aclose()

    status = _run_to_completion(validate)

    intact = bool(status.intact)
    valid = bool(status.valid)
    trusted = bool(
        valid and status.trust_problem_indic is None and status.validation_path is not None
    )
    covers_entire_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE

    if not intact:
        problems.append(Problem.CHANGED)
    if not valid:
        problems.append(Problem.INVALID)
    elif not trusted:
        problem = _trust_problem(status.trust_problem_indic)
        if problem == Problem.CHAIN_FAILED:
            problem = _validity_problem(signer_cert, moment) or problem
        if problem == Problem.CHAIN_FAILED and not _issued_by_any(signer_cert, roots):
            # A look-alike authority (same name, other key) makes path building fail
            # generically; what the user must hear is that the panel did not issue it.
            problem = Problem.UNTRUSTED
        problems.append(problem)
    if not covers_entire_file:
        if status.coverage == SignatureCoverageLevel.ENTIRE_REVISION:
            later_revisions = embedded.reader.total_revisions > embedded.signed_revision + 1
            problems.append(Problem.APPENDED if later_revisions else Problem.TRAILING)
        else:
            problems.append(Problem.PARTIAL)

    anchor_fingerprint = None
    if trusted:
        authority = status.validation_path.trust_anchor.authority
        anchor_cert = getattr(authority, "certificate", None)
        if anchor_cert is not None:
            anchor_fingerprint = _x509.sha256_hex(anchor_cert.dump())
    signer_fingerprint = _x509.sha256_hex(signer_cert.dump())
    if trusted and anchor_fingerprint == signer_fingerprint:
        # A pinned certificate (a judge's own, registered one) is its own trust anchor, and
        # pyHanko then checks neither its validity period nor its key usage: do it here.
        pinned_problem = _validity_problem(signer_cert, moment) or _key_usage_problem(signer_cert)
        if pinned_problem is not None:
            trusted = False
            anchor_fingerprint = None
            problems.append(pinned_problem)

    return PdfVerification(
        signature_count=count,
        signer_common_name=_x509.asn1_common_name(signer_cert.subject),
        signer_uid=_x509.asn1_uid(signer_cert.subject),
        signer_fingerprint_sha256=signer_fingerprint,
        signing_time=claimed.astimezone(UTC) if claimed is not None else None,
        intact=intact,
        valid=valid,
        trusted=trusted,
        covers_entire_file=covers_entire_file,
        problems=tuple(problems),
        field_name=embedded.field_name,
        trust_anchor_fingerprint_sha256=anchor_fingerprint,
    )
