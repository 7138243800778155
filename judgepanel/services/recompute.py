"""``judgepanel recompute``: rebuild a results report's ranking from the signed sheets alone.

Nothing from the chair's database is used. The report's embedded ``results.json`` (covered by
the chair's signature) names every input by its SHA-256 and records the method, the tie-break
chain, the chair's casting decisions and any paper marks; the signed sheets supply every other
mark. The ranking is then computed again with the same function the chair's machine used
(:func:`judgepanel.domain.consolidation.consolidate`) and compared, entrant by entrant, with the
exact values the report recorded.

A sheet signed with a judge's own registered certificate (e.g. a Hongkong Post e-Cert) does not
chain to the panel's root. The report lists those certificates, each with its judge; they are
trusted only after the chair's signature over the report checked out, and each only for the
sheets of its own judge.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from judgepanel.domain.consolidation import (
    RESULTS_ATTACHMENT,
    ConsolidationInput,
    CriterionRule,
    PinnedCertificate,
    consolidate,
    inputs_digest,
    parse_results_payload,
    ranked_values,
)
from judgepanel.domain.errors import FileRejectedError, UserError, ValidationError, tr_noop
from judgepanel.domain.results import RecomputeReport
from judgepanel.services.consolidation import MAX_SHEET_BYTES, expand_paths


def display_value(key: str) -> str:
    """A recorded ranking value (exact text: ``"1205/14"``, ``"77"``, or a z-score's
    decimals) as a person reads it: the decimal to 2 places (``"86.07"``), with the exact
    fraction beside it when the decimal is rounded (``"86.07 (exactly 1205/14)"``)."""
    from fractions import Fraction

    from judgepanel.domain.scoring import format_score

    if "/" not in key:
        return key  # a whole number, or a z-score already in decimals
    try:
        exact = Fraction(key)
    except (ValueError, ZeroDivisionError):
        return key
    shown = format_score(exact, 2)
    return shown if Fraction(shown) == exact else f"{shown} (exactly {key})"


def _pinned(certificates: Sequence[PinnedCertificate]) -> tuple[tuple[bytes, ...],
                                                                 dict[str, str], list[str]]:
    """The pinned certificates as PEM, their judge by fingerprint, and what could not be
    read. A fingerprint listed for two judges pins for neither."""
    from judgepanel.signing._x509 import cert_fingerprint, split_certificates

    pems: list[bytes] = []
    judge_of: dict[str, str] = {}
    doubled: set[str] = set()
    problems: list[str] = []
    for index, pinned in enumerate(certificates):
        pem = pinned.certificate_pem.encode("utf-8")
        try:
            parsed = split_certificates(pem)
        except ValueError:
            parsed = []
        if len(parsed) != 1:
            problems.append(f"The report's pinned certificate {index + 1} (judge "
                            f"{pinned.judge_uid}) is not one readable certificate.")
            continue
        fingerprint = cert_fingerprint(parsed[0])
        if judge_of.get(fingerprint, pinned.judge_uid) != pinned.judge_uid:
            doubled.add(fingerprint)
        judge_of[fingerprint] = pinned.judge_uid
        pems.append(pem)
    for fingerprint in doubled:
        del judge_of[fingerprint]
        problems.append(f"The report pins the certificate {fingerprint} for two judges.")
    return tuple(pems), judge_of, problems


def _signer_problem(sheet_judge: str, signer_uid: str | None, signer_fingerprint: str | None,
                    judge_of: Mapping[str, str]) -> str | None:
    """Why a verified sheet's signer may not sign for the judge it names, if so: a signer the
    panel did not vouch for counts only through a certificate pinned for that very judge."""
    if signer_uid is not None:
        return None  # the panel's root vouches for the UID (checked by verify_sheet_bytes)
    if judge_of.get(signer_fingerprint or "") != sheet_judge:
        return "the sheet is signed with a certificate the report does not pin for its judge."
    return None


def recompute(results_pdf: bytes, sheet_files: Sequence[tuple[str, bytes]],
              trust_roots: Sequence[bytes] = ()) -> RecomputeReport:
    """Checks the report's signature, verifies each sheet it names, recomputes and compares.

    ``trust_roots``: the panel's certificate as handed out (recommended). Without it the report
    is checked against the certificate it carries itself, which proves only that it is
    internally consistent; the report says so."""
    from judgepanel.services.sheets import verify_sheet_bytes
    from judgepanel.signing.pdf import read_attachment, verify_pdf

    payload = parse_results_payload(read_attachment(results_pdf, RESULTS_ATTACHMENT))
    problems: list[str] = []
    roots = tuple(trust_roots)
    if not roots:
        embedded = payload.panel_certificate_pem.encode("ascii")
        roots = (embedded,)
        problems.append(
            "No --trust certificate was given: the report was checked against the panel "
            f"certificate it carries (fingerprint {payload.panel_fingerprint}); compare that "
            "fingerprint with the one the panel handed out.")
    signature = verify_pdf(results_pdf, roots)
    signature_ok = (signature.ok and signature.signer_uid is None
                    and signature.signer_fingerprint_sha256 == payload.chair_fingerprint)
    if not signature.ok:
        problems.extend(f"Report signature: {p}" for p in signature.problems)
    elif signature.signer_uid is not None:
        problems.append("The report is signed by a judge, not by the chair.")
    elif signature.signer_fingerprint_sha256 != payload.chair_fingerprint:
        problems.append("The report is signed by someone other than the chair it names.")
    # The judges' own certificates the report lists count only under the chair's signature.
    pinned: tuple[bytes, ...] = ()
    judge_of: dict[str, str] = {}
    if payload.pinned and signature_ok:
        pinned, judge_of, unreadable = _pinned(payload.pinned)
        problems.extend(unreadable)
    elif payload.pinned:
        problems.append("The judges' own certificates the report lists were not trusted, "
                        "because the report's signature did not check out.")

    wanted = {ref.sha256: ref for ref in payload.sheets}
    criteria_keys = {c.code: c.key() for c in payload.criteria}
    recused = set(payload.recusals)
    used: list[str] = []
    ignored: list[tuple[str, str]] = []
    marks: dict[tuple[str, str], dict[str, Decimal]] = {}
    found: set[str] = set()
    for name, data in sheet_files:
        digest = hashlib.sha256(data).hexdigest()
        ref = wanted.get(digest)
        if ref is None:
            ignored.append((name, "not an input of these results"))
            continue
        if digest in found:
            ignored.append((name, "a copy of a sheet already read"))
            continue
        result = verify_sheet_bytes(data, roots, pinned)
        sheet = result.sheet
        if not result.ok or sheet is None:
            problems.append(f"{name}: " + (result.problems[0] if result.problems
                                           else "the signature could not be verified"))
            continue
        signer_problem = _signer_problem(sheet.judge.uid, result.signer_uid,
                                         result.signer_fingerprint, judge_of)
        if signer_problem is not None:
            problems.append(f"{name}: {signer_problem}")
            continue
        if (sheet.judge.uid, sheet.revision) != (ref.judge_uid, ref.revision) or \
                sheet.competition.uid != payload.competition_uid:
            problems.append(f"{name}: the sheet is not the one the report names.")
            continue
        keys = {c.code: CriterionRule(c.code, c.weight, c.scale_min, c.scale_max,
                                      c.scale_step).key() for c in sheet.criteria}
        if keys != criteria_keys:
            problems.append(f"{name}: the sheet's criteria differ from the report's.")
            continue
        found.add(digest)
        if not ref.in_force:
            ignored.append((name, f"revision {ref.revision}, superseded (kept on record)"))
            continue
        used.append(name)
        for finalist in sheet.finalists:
            cell = (sheet.judge.uid, finalist.entrant.code)
            if finalist.recused or cell in recused:
                continue
            marks[cell] = {sc.criterion_code: sc.value for sc in finalist.scores
                           if sc.value is not None}
    missing = tuple(f"{ref.file_name} (judge {ref.judge_uid}, revision {ref.revision}, "
                    f"SHA-256 {ref.sha256})"
                    for ref in payload.sheets if ref.in_force and ref.sha256 not in found)
    for mark in payload.paper:
        marks.setdefault((mark.judge_uid, mark.entrant), {})[mark.criterion] = mark.value
    differences: list[str] = []
    if inputs_digest(payload.sheets, payload.paper) != payload.inputs_sha256:
        differences.append("The report's inputs digest does not match the inputs it lists.")
    ranking: tuple[tuple[int, str, str], ...] = ()
    if not missing:
        try:
            outcome = consolidate(ConsolidationInput(
                criteria=payload.criteria, finalists=payload.finalists, judges=payload.judges,
                marks=marks, method=payload.method, tie_break_chain=payload.tie_break_chain,
                casting=payload.casting, award_count=payload.award_count,
                recusals=frozenset(recused)), analyse=False)
        except ValidationError as exc:
            differences.append(f"The ranking cannot be rebuilt: {exc.message}")
        else:
            rebuilt = ranked_values(outcome.ranking)
            ranking = tuple((r.position, r.entrant, r.value) for r in rebuilt)
            expected = {r.entrant: r for r in payload.ranking}
            actual = {r.entrant: r for r in rebuilt}
            for entrant in sorted(set(expected) | set(actual)):
                e, a = expected.get(entrant), actual.get(entrant)
                if e is None or a is None:
                    differences.append(f"{entrant}: listed only "
                                       f"{'in the report' if a is None else 'by the sheets'}.")
                elif (e.position, e.value, e.decided_by) != (a.position, a.value, a.decided_by):
                    differences.append(
                        f"{entrant}: the report says position {e.position} (value "
                        f"{display_value(e.value)}, {e.decided_by}); the sheets give position "
                        f"{a.position} (value {display_value(a.value)}, {a.decided_by}).")
            if tuple(outcome.winners) != tuple(payload.winners):
                differences.append("The award winners differ: the report names "
                                   f"{', '.join(payload.winners)}; the sheets give "
                                   f"{', '.join(outcome.winners)}.")
    matches = signature_ok and not missing and not differences and not any(
        p for p in problems if not p.startswith("No --trust"))
    return RecomputeReport(
        matches=matches, report_signer=signature.signer_common_name,
        report_signature_ok=signature_ok, used_sheets=tuple(used), missing_sheets=missing,
        ignored_files=tuple(ignored), problems=tuple(problems),
        differences=tuple(differences), ranking=ranking,
        pinned=tuple(sorted((uid, fp) for fp, uid in judge_of.items())))


def recompute_paths(results: str | Path, sheets: Sequence[str | Path],
                    trust: Sequence[str | Path] = ()) -> RecomputeReport:
    """:func:`recompute` on files: the report, sheet files or folders, trust certificates."""
    from judgepanel.fileio import read_limited

    report = read_limited(results, MAX_SHEET_BYTES, what="results report")
    roots = [read_limited(t, 64 * 1024, what="certificate") for t in trust]
    files: list[tuple[str, bytes]] = []
    for path in expand_paths(sheets):
        try:
            files.append((str(path), read_limited(path, MAX_SHEET_BYTES, what="score sheet")))
        except UserError as exc:
            files.append((str(path), b""))
            if not isinstance(exc, FileRejectedError):
                raise
    if not files and not any(Path(p).exists() for p in sheets):
        raise FileRejectedError(tr_noop("There is no folder or file {path}."),
                                path=", ".join(str(p) for p in sheets))
    return recompute(report, [(n, d) for n, d in files if d], roots)
