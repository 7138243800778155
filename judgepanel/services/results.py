"""Results on the chair's machine: completeness, the method fixed in advance, the order of merit,
the chair's decisions, and the signed results report.

The flow the chair follows, and this service enforces:

1. the judges × finalists matrix says which cells are signed, keyed from paper, recused or
   missing; results are final only when none is missing, or when the chair overrides with a
   recorded reason (valid only for exactly the cells missing when it was recorded);
2. the aggregation method and the tie-break chain are fixed (a recorded decision) before any
   ranking is shown, and cannot change afterwards, so nobody can choose the method that suits a
   favourite;
3. results are computed from the marks of the sheets in force and the paper marks both clerks
   keyed alike, after checking that every mark still matches the sheet it came from;
4. a tie the chain cannot break is settled by the chair's casting decision, recorded with a
   reason;
5. the report is built from the same computation, signed with the chair's credential, and
   recorded with its inputs' digest.

Reads take one snapshot (``db.read()``); each decision is one write transaction. Marks are read
through the driver directly, because 100,000 of them through the ORM's decimal type would cost
more than the whole computation.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from fractions import Fraction
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from judgepanel.db.engine import Database
from judgepanel.db.models import (
    ChairCredential,
    Competition,
    ConflictOfInterest,
    Criterion,
    Decision,
    Entrant,
    Finalist,
    Judge,
    PanelAuthorityRecord,
    PresentationSlot,
    ResultRun,
    ScoreExclusion,
    SheetDigest,
    SheetImport,
)
from judgepanel.db.models import ScoreSheet as SheetRow
from judgepanel.domain.aggregation import CastingDecision, Method
from judgepanel.domain.consolidation import (
    Consolidation,
    ConsolidationInput,
    CriterionRule,
    MarkAccumulator,
    MarkTally,
    PaperMark,
    PinnedCertificate,
    RankedValue,
    ResultsPayload,
    SheetRef,
    consolidate,
    digest_lines,
    inputs_digest,
    parse_tie_break_chain,
    value_key,
)
from judgepanel.domain.enums import DatabaseRole, DecisionKind, SheetStatus
from judgepanel.domain.errors import (
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
    tr_noop,
)
from judgepanel.domain.model import Bilingual, CompetitionSummary
from judgepanel.domain.results import (
    AgreementView,
    AwardsView,
    CellStatus,
    CompletenessMatrix,
    CriterionRef,
    DecisionRecord,
    Exclusion,
    ExclusionKind,
    FinalistRef,
    JudgeAgreementView,
    JudgeRef,
    KendallView,
    MethodComparisonView,
    Reason,
    ResultRow,
    ResultsDocument,
    ResultsStatus,
    ResultsView,
    SheetRecord,
    SignedResults,
    SpreadView,
)
from judgepanel.services import audit
from judgepanel.services.competitions import SETTING_ROLE, competition_view, get_setting

ACTOR = "chair"
MAX_REASON = 2000


# --------------------------------------------------------------------------------------------
# The snapshot: everything one computation reads, taken in one transaction


@dataclass(frozen=True)
class _Sheet:
    id: int
    judge_id: int
    revision: int
    status: str
    document_id: str
    sha256: str
    signer_fingerprint: str | None
    signed_at: datetime | None
    imported_at: datetime | None
    file_name: str
    amendment_reason: str | None

    @property
    def in_force(self) -> bool:
        return self.status == SheetStatus.SIGNED.value


@dataclass(frozen=True)
class _Snapshot:
    competition: CompetitionSummary
    competition_uid: str
    stored_method: str
    stored_chain: str
    criteria: tuple[CriterionRef, ...]
    finalists: tuple[FinalistRef, ...]
    judges: tuple[JudgeRef, ...]
    conflicts: frozenset[tuple[int, int]]
    sheets: tuple[_Sheet, ...]
    pdf_hashes: dict[int, str]
    digests: dict[int, tuple[str, int]]
    marks: tuple[tuple[int | None, int, int, str], ...]
    paper_marks: tuple[tuple[int, int, int, str], ...]
    paper: tuple[tuple[int, int, int, int, str, str], ...]
    decisions: tuple[tuple[int, str, str, str, str, datetime], ...]
    rejected: tuple[tuple[str, str | None, str], ...]
    refused: tuple[tuple[int, str], ...]
    result_methods: tuple[str, ...]
    has_chair_credential: bool
    panel_fingerprint: str | None
    panel_certificate_pem: str | None

    def decisions_of(self, kind: DecisionKind) -> list[tuple[int, str, str, str, datetime]]:
        """(id, subject, outcome, reason, decided_at), newest first."""
        rows = [(i, subj, out, why, at) for i, k, subj, out, why, at in self.decisions
                if k == kind.value]
        return sorted(rows, key=lambda r: (r[4], r[0]), reverse=True)


def _finalists_in_order(s: Session, competition_id: int) -> list[tuple[Entrant, int]]:
    """Presentation order (the schedule), then any unscheduled finalist by shortlist rank: the
    order the judges' sheets use."""
    slots = s.execute(select(Entrant, PresentationSlot.position)
                      .join(PresentationSlot, PresentationSlot.entrant_id == Entrant.id)
                      .join(Finalist, (Finalist.entrant_id == Entrant.id)
                            & (Finalist.competition_id == competition_id))
                      .where(PresentationSlot.competition_id == competition_id)
                      .order_by(PresentationSlot.position)).all()
    ranked = s.execute(select(Entrant).join(Finalist, Finalist.entrant_id == Entrant.id)
                       .where(Finalist.competition_id == competition_id)
                       .order_by(Finalist.shortlist_rank)).scalars().all()
    scheduled = {e.id for e, _ in slots}
    ordered = [e for e, _ in slots] + [e for e in ranked if e.id not in scheduled]
    return [(e, i) for i, e in enumerate(ordered, start=1)]


def _fetch(conn: Any, sql: str, competition_id: int) -> list[Any]:
    """Rows of ``sql`` (one ``:c`` parameter) in storage order, as plain tuples.

    On SQLite through the driver's own cursor, in this transaction: 100,000 marks through the
    ORM, or even Core's row objects, would cost more than all the arithmetic; the ``+`` keeps
    SQLite on a plain scan in row order (no sort). Other servers get the portable query."""
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        return raw.execute(sql.format(judge="+s.judge_id").replace(":c", "?"),
                           (competition_id,)).fetchall()
    return [tuple(row) for row in conn.execute(text(sql.format(judge="s.judge_id")),
                                               {"c": competition_id})]


def _snapshot(s: Session, competition_id: int) -> _Snapshot:
    comp = s.get(Competition, competition_id)
    if comp is None:
        raise NotFoundError(tr_noop("There is no competition with id {id}."), id=competition_id)
    criteria_rows = s.scalars(select(Criterion).where(Criterion.competition_id == competition_id)
                              .order_by(Criterion.position)).all()
    total_weight = sum((Fraction(c.weight) for c in criteria_rows), Fraction(0))
    criteria = tuple(
        CriterionRef(c.id, c.code, Bilingual(c.name_en, c.name_zh), c.weight,
                     Fraction(c.weight) * 100 / total_weight if total_weight else Fraction(0),
                     c.scale_min, c.scale_max, c.scale_step)
        for c in criteria_rows)
    finalists = tuple(FinalistRef(e.id, e.code, Bilingual(e.name_en, e.name_zh), order)
                      for e, order in _finalists_in_order(s, competition_id))
    judges = tuple(JudgeRef(j.id, j.uid, Bilingual(j.name_en, j.name_zh), f"J{i}")
                   for i, j in enumerate(s.scalars(select(Judge)
                                                   .where(Judge.competition_id == competition_id)
                                                   .order_by(Judge.id)), start=1))
    judge_ids = [j.id for j in judges]
    conflicts = frozenset(s.execute(
        select(ConflictOfInterest.judge_id, ConflictOfInterest.entrant_id)
        .where(ConflictOfInterest.judge_id.in_(judge_ids))).all())
    sheet_rows = s.execute(
        select(SheetRow.id, SheetRow.judge_id, SheetRow.revision, SheetRow.status,
               SheetRow.document_id, SheetRow.file_sha256, SheetRow.signer_fingerprint,
               SheetRow.signed_at, SheetRow.imported_at, SheetRow.source_name,
               SheetRow.amendment_reason)
        .where(SheetRow.judge_id.in_(judge_ids), SheetRow.imported_at.is_not(None))
        .order_by(SheetRow.judge_id, SheetRow.revision)).all()
    sheets = tuple(_Sheet(*row) for row in sheet_rows)  # type: ignore[arg-type]
    in_force = [sh.id for sh in sheets if sh.in_force]
    pdf_hashes = {
        sheet_id: hashlib.sha256(pdf or b"").hexdigest()
        for sheet_id, pdf in s.execute(select(SheetRow.id, SheetRow.pdf)
                                       .where(SheetRow.id.in_(in_force)))}
    digests = {sid: (sha, n) for sid, sha, n in s.execute(
        select(SheetDigest.sheet_id, SheetDigest.scores_sha256, SheetDigest.score_count)
        .where(SheetDigest.competition_id == competition_id))}
    conn = s.connection()
    marks = tuple(_fetch(conn, (
        "SELECT s.sheet_id, s.entrant_id, s.criterion_id, s.value FROM scores AS s "
        "WHERE {judge} IN (SELECT id FROM judges WHERE competition_id = :c) "
        "AND s.source = 'signed_sheet' ORDER BY s.id"), competition_id))
    paper_marks = tuple(_fetch(conn, (
        "SELECT s.judge_id, s.entrant_id, s.criterion_id, s.value FROM scores AS s "
        "WHERE s.judge_id IN (SELECT id FROM judges WHERE competition_id = :c) "
        "AND s.source = 'paper'"), competition_id))
    paper = tuple(s.execute(text(
        "SELECT p.judge_id, p.entrant_id, p.criterion_id, p.clerk, p.clerk_name, p.value "
        "FROM paper_entries AS p JOIN judges AS j ON j.id = p.judge_id "
        "WHERE j.competition_id = :c"), {"c": competition_id}).all())
    decisions = tuple(s.execute(
        select(Decision.id, Decision.kind, Decision.subject, Decision.outcome, Decision.reason,
               Decision.decided_at)
        .where(Decision.competition_id == competition_id)).all())
    rejected = tuple(s.execute(
        select(SheetImport.file_name, SheetImport.file_sha256, SheetImport.reason)
        .where(SheetImport.competition_id == competition_id,
               SheetImport.outcome == "rejected")
        .order_by(SheetImport.imported_at, SheetImport.id)).all())
    refused = tuple(s.execute(
        select(ScoreExclusion.sheet_id, ScoreExclusion.reason)
        .where(ScoreExclusion.competition_id == competition_id,
               ScoreExclusion.sheet_id.in_(in_force))
        .order_by(ScoreExclusion.id)).all())
    result_methods = tuple(s.scalars(select(ResultRun.method)
                                     .where(ResultRun.competition_id == competition_id)))
    chair = s.scalar(select(ChairCredential.id)
                     .where(ChairCredential.competition_id == competition_id))
    panel = s.execute(select(PanelAuthorityRecord.fingerprint_sha256,
                             PanelAuthorityRecord.certificate_pem)
                      .where(PanelAuthorityRecord.competition_id == competition_id)).first()
    return _Snapshot(
        competition=competition_view(comp), competition_uid=comp.uid,
        stored_method=comp.aggregation_method, stored_chain=comp.tie_break_chain,
        criteria=criteria, finalists=finalists, judges=judges, conflicts=conflicts,
        sheets=sheets, pdf_hashes=pdf_hashes, digests=digests, marks=marks,
        paper_marks=paper_marks, paper=paper,
        decisions=decisions, rejected=rejected, refused=refused, result_methods=result_methods,
        has_chair_credential=chair is not None,
        panel_fingerprint=panel[0] if panel else None,
        panel_certificate_pem=panel[1] if panel else None)


# --------------------------------------------------------------------------------------------
# Marks, integrity and the matrix


@dataclass(frozen=True)
class _Marks:
    """The marks results use, added up (keyed by judge uid and finalist code), which cells
    came from paper, and the paper cells the two clerks keyed differently."""

    tally: MarkTally
    paper: frozenset[tuple[str, str]]
    paper_cells: dict[tuple[int, int], dict[int, Decimal]]
    mismatches: tuple[tuple[int, int, tuple[int, ...]], ...]


def _paper_cells(snap: _Snapshot, signed_judges: set[int]) -> tuple[
        dict[tuple[int, int], dict[int, Decimal]], list[tuple[int, int, tuple[int, ...]]]]:
    """Cells both clerks keyed completely and identically (accepted), and the ones where they
    differ (criteria listed). Judges with a signed sheet in force take no paper marks."""
    keyed: dict[tuple[int, int], dict[int, dict[int, Decimal]]] = {}
    for judge_id, entrant_id, criterion_id, clerk, _name, value in snap.paper:
        keyed.setdefault((judge_id, entrant_id), {}).setdefault(clerk, {})[criterion_id] = \
            Decimal(value)
    criterion_ids = [c.id for c in snap.criteria]
    accepted: dict[tuple[int, int], dict[int, Decimal]] = {}
    mismatches: list[tuple[int, int, tuple[int, ...]]] = []
    for (judge_id, entrant_id), clerks in sorted(keyed.items()):
        if judge_id in signed_judges or (judge_id, entrant_id) in snap.conflicts:
            continue
        first, second = clerks.get(1, {}), clerks.get(2, {})
        if not first or not second:
            continue
        differing = tuple(c for c in criterion_ids if c in first and c in second
                          and first[c] != second[c])
        if differing:
            mismatches.append((judge_id, entrant_id, differing))
        elif all(c in first and c in second for c in criterion_ids):
            accepted[(judge_id, entrant_id)] = dict(first)
    return accepted, mismatches


def _collect_marks(snap: _Snapshot) -> _Marks:
    """The marks results use, after checking each against the sheet it came from, added up in
    the same pass.

    Raises ConflictError when a mark in the database no longer matches its signed sheet (or a
    paper mark no longer matches what both clerks keyed): results must never be computed from
    marks changed behind the app's back."""
    judges = {j.id: j for j in snap.judges}
    uid_of = {j.id: j.uid for j in snap.judges}
    code_of = {f.entrant_id: f.code for f in snap.finalists}
    index_of = {c.id: i for i, c in enumerate(snap.criteria)}
    in_force = {sh.judge_id: sh for sh in snap.sheets if sh.in_force}
    in_force_ids = {sh.id: sh for sh in in_force.values()}
    for sheet in in_force.values():
        if snap.pdf_hashes.get(sheet.id) != sheet.sha256:
            raise ConflictError(
                tr_noop("The stored copy of {judge}'s signed sheet (revision {revision}) was "
                        "changed after it was imported. Import the judge's signed file again."),
                judge=judges[sheet.judge_id].name.en, revision=sheet.revision)
    accumulator = MarkAccumulator(tuple(
        CriterionRule(c.code, c.weight, c.scale_min, c.scale_max, c.scale_step)
        for c in snap.criteria))
    lines: dict[int, list[str]] = {sid: [] for sid in in_force_ids}
    for sheet_id, rows in groupby(snap.marks, key=itemgetter(0)):
        sheet = in_force_ids.get(sheet_id) if sheet_id is not None else None
        if sheet is None:
            raise ConflictError(
                tr_noop("A mark claims to come from a signed sheet that is not in force; it "
                        "was changed outside JudgePanel. Restore the marks from the signed "
                        "sheets."))
        accumulator.add_rows(uid_of[sheet.judge_id], rows, code_of, index_of, lines[sheet.id])
    for sheet_id, sheet_rows in lines.items():
        expected = snap.digests.get(sheet_id)
        if expected is None or expected[1] != len(sheet_rows) or \
                digest_lines(sheet_rows) != expected[0]:
            sheet = in_force_ids[sheet_id]
            raise ConflictError(
                tr_noop("The marks of {judge} in this database no longer match the signed sheet "
                        "they were imported from (revision {revision}): they were changed "
                        "outside JudgePanel. No results were computed. Restore the marks from "
                        "the signed sheets, or import the sheet again."),
                judge=judges[sheet.judge_id].name.en, revision=sheet.revision)
    paper_rows: dict[tuple[int, int], dict[int, str]] = {}
    for judge_id, entrant_id, criterion_id, value in snap.paper_marks:
        paper_rows.setdefault((judge_id, entrant_id), {})[criterion_id] = value
    accepted, mismatches = _paper_cells(snap, set(in_force))
    stored_paper = {cell: {c: Decimal(v) for c, v in row.items()}
                    for cell, row in paper_rows.items()}
    if stored_paper != accepted:
        cell = sorted(set(stored_paper) ^ set(accepted)
                      or {c for c in accepted if stored_paper.get(c) != accepted[c]})[0]
        raise ConflictError(
            tr_noop("The paper marks of {judge} no longer match what both clerks keyed; they "
                    "were changed outside JudgePanel. Key the paper sheet again."),
            judge=judges[cell[0]].name.en)
    paper: set[tuple[str, str]] = set()
    for (judge_id, entrant_id), values in accepted.items():
        if entrant_id not in code_of:
            continue
        key = (uid_of[judge_id], code_of[entrant_id])
        paper.add(key)
        for criterion_id, value in values.items():
            accumulator.add(key[0], key[1], index_of[criterion_id], value)
    return _Marks(accumulator.tally(), frozenset(paper), accepted, tuple(mismatches))


def _matrix(snap: _Snapshot, marks: _Marks | None,
            override: DecisionRecord | None = None) -> CompletenessMatrix:
    cells: list[tuple[CellStatus, ...]] = []
    totals = marks.tally.totals if marks is not None else {}
    on_record = {sh.judge_id for sh in snap.sheets if sh.in_force}
    for judge in snap.judges:
        row: list[CellStatus] = []
        complete = totals.get(judge.uid, {})
        for finalist in snap.finalists:
            if (judge.id, finalist.entrant_id) in snap.conflicts:
                row.append(CellStatus.RECUSED)
            elif marks is None and judge.id in on_record:
                row.append(CellStatus.SIGNED)  # marks unverified: the sheet on record counts
            elif finalist.code in complete:
                assert marks is not None
                row.append(CellStatus.PAPER if (judge.uid, finalist.code) in marks.paper
                           else CellStatus.SIGNED)
            else:
                row.append(CellStatus.MISSING)
        cells.append(tuple(row))
    return CompletenessMatrix(snap.judges, snap.finalists, tuple(cells), override)


def _missing_subject(matrix: CompletenessMatrix) -> str:
    return json.dumps({"missing": sorted([j.uid, f.code] for j, f in matrix.missing)},
                      sort_keys=True, separators=(",", ":"))


def _decision(row: tuple[int, str, str, str, datetime]) -> DecisionRecord:
    ident, _subject, outcome, reason, at = row
    return DecisionRecord(ident, "", outcome, reason, at)


def _method_decision(snap: _Snapshot) -> tuple[DecisionRecord | None, Method, tuple[str, ...]]:
    """The method and chain in force: the latest method decision's, else the stored ones
    (not yet fixed)."""
    criteria = [c.code for c in snap.criteria]
    fixed = snap.decisions_of(DecisionKind.METHOD_FIXED)
    if fixed:
        ident, subject, outcome, reason, at = fixed[0]
        data = json.loads(subject)
        chain = parse_tie_break_chain(data.get("tie_break_chain", []), criteria)
        return (DecisionRecord(ident, DecisionKind.METHOD_FIXED.value, outcome, reason, at),
                Method(outcome), chain)
    try:
        method = Method(snap.stored_method)
    except ValueError:
        method = Method.MEAN
    return None, method, _stored_chain(snap.stored_chain, criteria)


def _stored_chain(text_value: str, criteria: Sequence[str]) -> tuple[str, ...]:
    try:
        steps = json.loads(text_value or "[]")
    except ValueError as exc:
        raise ValidationError(tr_noop("The stored tie-break chain cannot be read: {detail}"),
                              detail=str(exc)) from exc
    if not isinstance(steps, list):
        raise ValidationError(tr_noop("The stored tie-break chain cannot be read: {detail}"),
                              detail="not a list")
    return parse_tie_break_chain(steps, criteria)


def _valid_override(snap: _Snapshot, matrix: CompletenessMatrix) -> DecisionRecord | None:
    if matrix.complete:
        return None
    subject = _missing_subject(matrix)
    for row in snap.decisions_of(DecisionKind.COMPLETENESS_OVERRIDE):
        if row[1] == subject:
            ident, _s, outcome, reason, at = row
            return DecisionRecord(ident, DecisionKind.COMPLETENESS_OVERRIDE.value, outcome,
                                  reason, at)
    return None


def _casting(snap: _Snapshot, method: Method) -> tuple[tuple[CastingDecision[str], ...],
                                                        tuple[DecisionRecord, ...]]:
    decisions: list[CastingDecision[str]] = []
    records: list[DecisionRecord] = []
    for ident, subject, outcome, reason, at in snap.decisions_of(DecisionKind.CASTING_VOTE):
        try:
            data, order = json.loads(subject), json.loads(outcome)["order"]
        except (ValueError, KeyError, TypeError):
            continue
        if data.get("method") != method.value:
            continue
        decisions.append(CastingDecision(tuple(order), reason))
        records.append(DecisionRecord(ident, DecisionKind.CASTING_VOTE.value,
                                      " > ".join(order), reason, at))
    return tuple(decisions), tuple(records)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the marks are read and added up: they are some
    100,000 short-lived tuples that hold no cycles, and a collection in the middle would scan
    them all for nothing (a fifth of the time for a large panel)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _pinned_certificates(s: Session, snap: _Snapshot) -> tuple[PinnedCertificate, ...]:
    """The judges' own certificates (not the panel's) that signed a sheet the results list,
    each with its judge: ``recompute`` pins them once the chair's signature checks out."""
    from judgepanel.services.authority import credential_records, own_among

    signers = {(sh.judge_id, sh.signer_fingerprint) for sh in snap.sheets
               if sh.signer_fingerprint is not None}
    pems: dict[tuple[int, str], str] = {
        key: r.certificate_pem for key, r in credential_records(
            s, snap.competition.id).items() if key in signers}
    for judge_id, fingerprint, pem in s.execute(
            select(Judge.id, Judge.certificate_sha256, Judge.certificate_pem)
            .where(Judge.id.in_([j.id for j in snap.judges]))):
        if pem is not None and (judge_id, fingerprint) in signers:
            pems.setdefault((judge_id, fingerprint), pem)
    uid = {j.id: j.uid for j in snap.judges}
    own = set(own_among(snap.panel_certificate_pem, pems.values()))
    return tuple(PinnedCertificate(uid[judge_id], pem) for (judge_id, _fp), pem
                 in sorted(pems.items()) if pem.encode("ascii") in own)


def _require_chair_db(s: Session) -> None:
    if get_setting(s, SETTING_ROLE) == DatabaseRole.JUDGE.value:
        raise ConflictError(tr_noop("This is a judge's database; results are computed on the "
                                    "chair's computer."))


def _check_reason(reason: str) -> str:
    cleaned = reason.strip()
    if len(cleaned) < 5:
        raise ValidationError(tr_noop("Give the reason (at least a few words); it is recorded "
                                      "with the decision."))
    if len(cleaned) > MAX_REASON:
        raise ValidationError(tr_noop("The reason is too long (at most {limit} characters)."),
                              limit=MAX_REASON)
    return cleaned


# --------------------------------------------------------------------------------------------
# The service


class ResultsService:
    """The chair's results: status, decisions, computation and the signed report."""

    def __init__(self, db: Database, *,
                 public_vote: Callable[[int], Any] | None = None) -> None:
        self._db = db
        self._public_vote = public_vote

    # -- reading ---------------------------------------------------------------------------------
    def status(self, competition_id: int) -> ResultsStatus:
        """The matrix and what is decided so far, without ranking anything.

        The matrix is shown even when a mark no longer matches its sheet: cells then follow the
        sheets on record (the banner says what is wrong); :meth:`compute` refuses in that case."""
        with self._db.read() as s:
            snap = _snapshot(s, competition_id)
        try:
            marks: _Marks | None = _collect_marks(snap)
        except ConflictError:
            marks = None
        return self._status(snap, marks)

    def _status(self, snap: _Snapshot, marks: _Marks | None) -> ResultsStatus:
        decision, method, chain = _method_decision(snap)
        matrix = _matrix(snap, marks)
        matrix = replace(matrix, override=_valid_override(snap, matrix))
        return ResultsStatus(
            competition=snap.competition, matrix=matrix, method=method,
            method_decision=decision, tie_break_chain=chain,
            has_chair_credential=snap.has_chair_credential,
            sheet_count=sum(1 for sh in snap.sheets if sh.in_force),
            rejected_count=len({(n, h) for n, h, _r in snap.rejected}),
            criteria=snap.criteria)

    def compute(self, competition_id: int, *, analyse: bool = True) -> ResultsView:
        """Results now. Refuses before the method is fixed, and when a mark was changed behind
        the app's back."""
        with _gc_paused():
            with self._db.read() as s:
                snap = _snapshot(s, competition_id)
            marks = _collect_marks(snap)
            status = self._status(snap, marks)
            if not status.method_fixed:
                raise ConflictError(tr_noop("Fix the aggregation method first: results are "
                                            "computed only under a method fixed in advance."))
            casting, casting_records = _casting(snap, status.method)
            data = self._input(snap, marks, status, casting)
            outcome = consolidate(data, analyse=analyse)
            return self._view(snap, marks, status, outcome, casting_records)

    def _input(self, snap: _Snapshot, marks: _Marks, status: ResultsStatus,
               casting: tuple[CastingDecision[str], ...]) -> ConsolidationInput:
        judge_uid = {j.id: j.uid for j in snap.judges}
        code = {f.entrant_id: f.code for f in snap.finalists}
        return ConsolidationInput(
            criteria=tuple(CriterionRule(c.code, c.weight, c.scale_min, c.scale_max,
                                         c.scale_step) for c in snap.criteria),
            finalists=tuple(f.code for f in snap.finalists),
            judges=tuple(j.uid for j in snap.judges),
            marks={}, method=status.method, tie_break_chain=status.tie_break_chain,
            casting=casting, award_count=snap.competition.award_count,
            recusals=frozenset((judge_uid[j], code[e]) for j, e in snap.conflicts
                               if j in judge_uid and e in code),
            tally=marks.tally)

    def _view(self, snap: _Snapshot, marks: _Marks, status: ResultsStatus,
              outcome: Consolidation,
              casting_records: tuple[DecisionRecord, ...]) -> ResultsView:
        finalists = {f.code: f for f in snap.finalists}
        judges = {j.uid: j for j in snap.judges}
        judge_ids = {j.id: j for j in snap.judges}
        paper_by_code: dict[str, list[str]] = {}
        for judge_uid, code in marks.paper:
            paper_by_code.setdefault(code, []).append(judge_uid)
        details = {a.entrant: a for a in outcome.ranking.aggregates}
        rows = tuple(
            ResultRow(
                position=entry.position, finalist=finalists[entry.entrant], value=entry.value,
                decided_by=entry.decided_by, note=entry.note, tied_with=entry.tied_with,
                judge_totals=tuple(outcome.totals.get(j.uid, {}).get(entry.entrant)
                                   for j in snap.judges),
                criterion_means=tuple(outcome.criterion_means[entry.entrant][c.code]
                                      for c in snap.criteria),
                judge_count=details[entry.entrant].judge_count if entry.entrant in details
                else 0,
                paper_judges=tuple(sorted(paper_by_code.get(entry.entrant, ()))),
                applied=details[entry.entrant].applied if entry.entrant in details else None,
                dropped=details[entry.entrant].dropped if entry.entrant in details else None)
            for entry in outcome.ranking.entries)
        comparison = outcome.comparison
        order = [e.entrant for e in outcome.ranking.entries]
        values_by_method = {m: {x.entrant: x.value for x in comparison.rankings[m].entries}
                            for m in comparison.methods}
        comparison_view = MethodComparisonView(
            methods=comparison.methods,
            finalists=tuple(finalists[e] for e in order),
            positions=tuple(tuple(comparison.rankings[m].position_of(e)
                                  for m in comparison.methods) for e in order),
            values=tuple(tuple(values_by_method[m][e] for m in comparison.methods)
                         for e in order),
            top_sets=tuple(tuple(sorted(comparison.top_sets[m])) for m in comparison.methods),
            disagreeing=comparison.disagreeing, undecided=comparison.undecided)
        kendall = None
        if outcome.kendall is not None:
            k = outcome.kendall
            kendall = KendallView(k.w, k.chi_square, k.df, k.p_value,
                                  tuple(j for j in snap.judges if j.uid in set(k.judges)),
                                  tuple(j for j in snap.judges if j.uid in set(k.excluded)))
        roster = {j.uid: i for i, j in enumerate(snap.judges)}
        agreement = AgreementView(
            kendall=kendall,
            kendall_problem=Reason.from_error(outcome.kendall_problem)
            if outcome.kendall_problem else None,
            judges=tuple(JudgeAgreementView(judges[a.judge], a.shared_finalists, a.pearson,
                                            a.spearman)
                         for a in sorted(outcome.agreement, key=lambda a: roster[a.judge])),
            spreads=tuple(SpreadView(finalists[sp.entrant], sp.minimum, sp.maximum,
                                     sp.judge_count)
                          for sp in sorted(outcome.spreads,
                                           key=lambda sp: order.index(sp.entrant))))
        awards = self._awards(snap, outcome)
        sheets = tuple(
            SheetRecord(judge_ids[sh.judge_id], sh.revision, sh.in_force, sh.document_id,
                        sh.file_name, sh.sha256, sh.signer_fingerprint, sh.signed_at,
                        sh.imported_at, sh.amendment_reason)
            for sh in snap.sheets)
        return ResultsView(
            status=status, criteria=snap.criteria, rows=rows, comparison=comparison_view,
            agreement=agreement, awards=awards, sheets=sheets,
            exclusions=self._exclusions(snap, marks),
            casting_decisions=casting_records, unresolved_ties=outcome.ranking.unresolved,
            inputs_sha256=inputs_digest(self._sheet_refs(snap), self._paper_marks(snap, marks)),
            computed_at=datetime.now(UTC),
            value_keys={e.entrant: value_key(e.value) for e in outcome.ranking.entries})

    def _awards(self, snap: _Snapshot, outcome: Consolidation) -> AwardsView:
        finalists = {f.code: f for f in snap.finalists}
        comp = snap.competition
        public_winners: tuple[tuple[str, Bilingual], ...] = ()
        note: Reason | None = None
        try:
            vote = self._public_vote_view(comp.id)
        except UserError as exc:
            vote, note = None, Reason.from_error(exc)
        if vote is not None:
            names = {row.entrant.code: row.entrant.name for row in vote.rows}
            public_winners = tuple((code, names.get(code, Bilingual(code, code)))
                                   for code in vote.winners)
            if vote.poll is None:
                note = Reason.of(tr_noop("No public vote has been imported."))
            elif vote.needs_decision:
                note = Reason.of(tr_noop("Votes are tied at the cut ({entrants}); the chair's "
                                         "decision on the tie is awaited."),
                                 entrants=", ".join(vote.exact_tie))
        return AwardsView(
            award_name=comp.award_name, award_count=comp.award_count,
            winners=tuple(finalists[e] for e in outcome.winners),
            tied_at_cut=tuple(finalists[e] for e in outcome.tied_at_cut),
            public_award_name=comp.public_award_name,
            public_award_count=comp.public_award_count,
            public_winners=public_winners, public_note=note)

    def _public_vote_view(self, competition_id: int) -> Any:
        if self._public_vote is not None:
            return self._public_vote(competition_id)
        from judgepanel.services.setup_votes import PublicVoteService

        return PublicVoteService(self._db).view(competition_id)

    def _exclusions(self, snap: _Snapshot, marks: _Marks) -> tuple[Exclusion, ...]:
        judges = {j.id: j for j in snap.judges}
        finalists = {f.entrant_id: f for f in snap.finalists}
        criteria = {c.id: c for c in snap.criteria}
        result: list[Exclusion] = []
        seen: set[tuple[str, str | None, str]] = set()
        for name, sha, reason in snap.rejected:
            if (name, sha, reason) in seen:
                continue
            seen.add((name, sha, reason))
            result.append(Exclusion(ExclusionKind.REJECTED_FILE, name.rsplit("/", 1)[-1],
                                    Reason.from_json(reason), sha))
        sheet_judge = {sh.id: sh for sh in snap.sheets}
        for sheet_id, reason in snap.refused:
            sheet = sheet_judge[sheet_id]
            result.append(Exclusion(ExclusionKind.REFUSED_SCORE,
                                    f"{judges[sheet.judge_id].name.en}, revision "
                                    f"{sheet.revision}", Reason.from_json(reason), sheet.sha256))
        for sheet in snap.sheets:
            if not sheet.in_force:
                result.append(Exclusion(
                    ExclusionKind.SUPERSEDED_SHEET,
                    f"{judges[sheet.judge_id].name.en}, revision {sheet.revision}",
                    Reason.of(tr_noop("Superseded by a later signed revision; kept on record, "
                                      "not used.")), sheet.sha256))
        for judge_id, entrant_id, differing in marks.mismatches:
            if entrant_id not in finalists:
                continue
            result.append(Exclusion(
                ExclusionKind.PAPER_MISMATCH,
                f"{judges[judge_id].name.en} × {finalists[entrant_id].code}",
                Reason.of(tr_noop("The two clerks keyed different marks for {criteria}; the "
                                  "paper sheet is not used until they agree."),
                          criteria=", ".join(criteria[c].code for c in differing))))
        return tuple(result)

    @staticmethod
    def _sheet_refs(snap: _Snapshot) -> tuple[SheetRef, ...]:
        uid = {j.id: j.uid for j in snap.judges}
        return tuple(SheetRef(uid[sh.judge_id], sh.revision, sh.sha256, sh.document_id,
                              sh.file_name, sh.in_force) for sh in snap.sheets)

    @staticmethod
    def _paper_marks(snap: _Snapshot, marks: _Marks) -> tuple[PaperMark, ...]:
        uid = {j.id: j.uid for j in snap.judges}
        code = {f.entrant_id: f.code for f in snap.finalists}
        criterion = {c.id: c.code for c in snap.criteria}
        return tuple(sorted(
            (PaperMark(uid[j], code[e], criterion[c], v)
             for (j, e), values in marks.paper_cells.items() if e in code
             for c, v in values.items()),
            key=lambda m: (m.judge_uid, m.entrant, m.criterion)))

    # -- decisions -------------------------------------------------------------------------------
    def fix_method(self, competition_id: int, method: Method | str,
                   note: str = "") -> DecisionRecord:
        """Fixes the aggregation method and the tie-break chain before results are seen.

        Fixing the same method again changes nothing; a different method is refused once one
        is fixed, because the ranking may already have been seen under it."""
        method = Method(method)
        note = note.strip()[:MAX_REASON] or "Fixed before results were computed."
        with self._db.write() as s:
            _require_chair_db(s)
            snap_decisions = s.execute(
                select(Decision).where(Decision.competition_id == competition_id,
                                       Decision.kind == DecisionKind.METHOD_FIXED.value)
                .order_by(Decision.decided_at.desc(), Decision.id.desc())).scalars().first()
            comp = s.get(Competition, competition_id)
            if comp is None:
                raise NotFoundError(tr_noop("There is no competition with id {id}."),
                                    id=competition_id)
            if snap_decisions is not None:
                if snap_decisions.outcome == method.value:
                    return DecisionRecord(snap_decisions.id, snap_decisions.kind,
                                          snap_decisions.outcome, snap_decisions.reason,
                                          snap_decisions.decided_at)
                raise ConflictError(
                    tr_noop("The method was already fixed ({method}); it cannot change once "
                            "results may have been seen."), method=snap_decisions.outcome)
            criteria = s.scalars(select(Criterion.code)
                                 .where(Criterion.competition_id == competition_id)).all()
            chain = _stored_chain(comp.tie_break_chain, criteria)
            comp.aggregation_method = method.value
            row = Decision(competition_id=competition_id, kind=DecisionKind.METHOD_FIXED.value,
                           subject=json.dumps({"method": method.value,
                                               "tie_break_chain": list(chain)},
                                              sort_keys=True, separators=(",", ":")),
                           outcome=method.value, reason=note)
            s.add(row)
            s.flush()
            audit.append(s, ACTOR, "results.method_fixed",
                         {"method": method.value, "tie_break_chain": list(chain),
                          "note": note})
            return DecisionRecord(row.id, row.kind, row.outcome, row.reason, row.decided_at)

    def override_completeness(self, competition_id: int, reason: str) -> DecisionRecord:
        """Makes results final although some cells are missing; valid only for exactly the cells
        missing now, so a later change needs a new decision."""
        reason = _check_reason(reason)
        with self._db.read() as s:
            snap = _snapshot(s, competition_id)
        matrix = _matrix(snap, _collect_marks(snap))
        if matrix.complete:
            raise ConflictError(tr_noop("Every judge's marks are in; there is nothing to "
                                        "override."))
        subject = _missing_subject(matrix)
        missing = [f"{j.name.en} × {f.code}" for j, f in matrix.missing]
        with self._db.write() as s:
            _require_chair_db(s)
            row = Decision(competition_id=competition_id,
                           kind=DecisionKind.COMPLETENESS_OVERRIDE.value, subject=subject,
                           outcome="final", reason=reason)
            s.add(row)
            s.flush()
            audit.append(s, ACTOR, "results.completeness_override",
                         {"missing": missing, "reason": reason})
            return DecisionRecord(row.id, row.kind, row.outcome, row.reason, row.decided_at)

    def record_casting_decision(self, competition_id: int, order: Sequence[str],
                                reason: str) -> DecisionRecord:
        """The chair's casting decision for a tie the chain could not break: ``order`` names
        every tied finalist (codes), best first."""
        reason = _check_reason(reason)
        order = tuple(order)
        CastingDecision(order, reason)  # validates: two or more, no repeats
        view = self.compute(competition_id, analyse=False)
        groups = [set(g) for g in view.unresolved_ties]
        if set(order) not in groups:
            raise ConflictError(tr_noop("These finalists are not tied after the tie-break "
                                        "chain, so there is no casting decision to make."))
        with self._db.write() as s:
            _require_chair_db(s)
            row = Decision(
                competition_id=competition_id, kind=DecisionKind.CASTING_VOTE.value,
                subject=json.dumps({"method": view.method.value, "tied": sorted(order)},
                                   sort_keys=True, separators=(",", ":")),
                outcome=json.dumps({"order": list(order)}, separators=(",", ":")),
                reason=reason)
            s.add(row)
            s.flush()
            audit.append(s, ACTOR, "results.casting_decision",
                         {"order": list(order), "reason": reason,
                          "method": view.method.value})
            return DecisionRecord(row.id, row.kind, " > ".join(order), row.reason,
                                  row.decided_at)

    # -- deep verification and the signed report -------------------------------------------------
    def verify_inputs(self, competition_id: int) -> int:
        """Re-verifies every imported sheet's stored file (signature, panel trust, payload) and
        compares its marks with the database. Slow (one signature check per sheet): run it off
        the GUI thread. Returns how many sheets were checked."""
        from judgepanel.services.authority import (
            credential_records,
            own_certificates,
            replaced_on,
            replaced_own_certificates,
            shown_moment,
        )
        from judgepanel.services.sheets import verify_sheet_bytes

        with self._db.read() as s:
            snap = _snapshot(s, competition_id)
            stored = dict(s.execute(select(SheetRow.id, SheetRow.pdf).where(
                SheetRow.id.in_([sh.id for sh in snap.sheets]))).all())
            records = credential_records(s, competition_id)
            current = dict(s.execute(select(Judge.id, Judge.certificate_sha256)
                                     .where(Judge.competition_id == competition_id)).all())
            # Sheets on record may be signed with an own certificate replaced since: pinned
            # for this re-check only, each such sheet signed before its replacement.
            registered = (*own_certificates(s, competition_id), *replaced_own_certificates(
                snap.panel_certificate_pem, records.values()))
        _collect_marks(snap)  # the fast checks first: digests and stored files
        judge_of_sheet = {sh.id: sh.judge_id for sh in snap.sheets}
        stored_cells: dict[tuple[int, int], dict[int, Decimal]] = {}
        for sheet_id, entrant_id, criterion_id, value in snap.marks:
            cell = (judge_of_sheet.get(sheet_id, 0), entrant_id)
            stored_cells.setdefault(cell, {})[criterion_id] = Decimal(str(value))
        roots = (snap.panel_certificate_pem.encode("ascii"),) if snap.panel_certificate_pem \
            else ()
        judges = {j.id: j for j in snap.judges}
        code = {f.code: f.entrant_id for f in snap.finalists}
        criterion = {c.code: c.id for c in snap.criteria}
        for sheet in snap.sheets:
            pdf = stored.get(sheet.id) or b""
            result = verify_sheet_bytes(pdf, roots, registered)
            if not result.ok or result.sheet is None or result.sha256 != sheet.sha256:
                raise ConflictError(
                    tr_noop("The stored signed sheet of {judge} (revision {revision}) no longer "
                            "verifies. Import the judge's signed file again."),
                    judge=judges[sheet.judge_id].name.en, revision=sheet.revision)
            if result.sheet.judge.uid != judges[sheet.judge_id].uid:
                raise ConflictError(
                    tr_noop("The stored signed sheet of {judge} (revision {revision}) names "
                            "another judge."), judge=judges[sheet.judge_id].name.en,
                    revision=sheet.revision)
            signer = (sheet.judge_id, result.signer_fingerprint or "")
            if result.signer_uid is None and signer not in records and \
                    current.get(sheet.judge_id) != signer[1]:
                raise ConflictError(
                    tr_noop("The stored signed sheet of {judge} (revision {revision}) no longer "
                            "verifies. Import the judge's signed file again."),
                    judge=judges[sheet.judge_id].name.en, revision=sheet.revision)
            replaced = replaced_on(records.get(signer), result.signing_time, on_record=True)
            if replaced is not None:
                raise ConflictError(
                    tr_noop("The stored signed sheet of {judge} (revision {revision}) is signed "
                            "with a credential the panel replaced on {date}, before it was "
                            "signed; ask the judge to import the new kit and sign again."),
                    judge=judges[sheet.judge_id].name.en, revision=sheet.revision,
                    date=shown_moment(replaced))
            if not sheet.in_force:
                continue
            for finalist in result.sheet.finalists:
                entrant_id = code.get(finalist.entrant.code)
                cell = (sheet.judge_id, entrant_id)
                if finalist.recused or entrant_id is None or cell in snap.conflicts:
                    continue
                expected = {criterion[sc.criterion_code]: sc.value for sc in finalist.scores}
                if stored_cells.get(cell) != expected:
                    raise ConflictError(
                        tr_noop("The marks of {judge} in this database no longer match the "
                                "signed sheet they were imported from (revision {revision}): "
                                "they were changed outside JudgePanel. No results were "
                                "computed. Restore the marks from the signed sheets, or import "
                                "the sheet again."),
                        judge=judges[sheet.judge_id].name.en, revision=sheet.revision)
        return len(snap.sheets)

    def document(self, competition_id: int, chair_name: str = "",
                 chair_fingerprint: str = "") -> ResultsDocument:
        """The report's input (unsigned), e.g. for a preview."""
        view = self.compute(competition_id)
        with self._db.read() as s:
            snap_panel = s.scalar(select(PanelAuthorityRecord.fingerprint_sha256)
                                  .where(PanelAuthorityRecord.competition_id == competition_id))
        return ResultsDocument(view, chair_name, chair_fingerprint, snap_panel or "",
                               datetime.now(UTC).replace(microsecond=0))

    def build_report(self, competition_id: int, chair_passphrase: bytes) -> SignedResults:
        """Checks the inputs again, builds the bilingual report with its ``results.json``, signs
        it with the chair's credential and records the run. Slow: run it off the GUI thread.

        Refused while results are not final (missing marks without an override) or while a tie
        at the award cut awaits the chair's casting decision."""
        from judgepanel.domain.consolidation import RESULTS_ATTACHMENT, results_payload_bytes
        from judgepanel.reports.results_report import build_results_pdf
        from judgepanel.services.chair_credential import ChairCredentialService
        from judgepanel.signing.pdf import Attachment, sign_pdf

        credential = ChairCredentialService(self._db).load(competition_id, chair_passphrase)
        self.verify_inputs(competition_id)
        with self._db.read() as s:
            snap = _snapshot(s, competition_id)
            chair = s.scalar(select(ChairCredential)
                             .where(ChairCredential.competition_id == competition_id))
            assert chair is not None  # loaded above
            chair_name = chair.name_en
            chair_name_zh = chair.name_zh
            pinned = _pinned_certificates(s, snap)
        marks = _collect_marks(snap)
        view = self.compute(competition_id)
        if not view.final:
            raise ConflictError(tr_noop("Results are not final: {count} judge × finalist cells "
                                        "have no marks. Import the missing sheets, or record "
                                        "the chair's override with its reason."),
                                count=len(view.matrix.missing))
        if view.awards.tied_at_cut:
            raise ConflictError(tr_noop("Finalists are tied at the award cut ({entrants}); "
                                        "record the chair's casting decision first."),
                                entrants=", ".join(f.code for f in view.awards.tied_at_cut))
        now = datetime.now(UTC).replace(microsecond=0)
        shown_name = f"{chair_name} {chair_name_zh}".strip()
        document = ResultsDocument(view, shown_name, credential.fingerprint_sha256,
                                   snap.panel_fingerprint or "", now)
        casting, _records = _casting(snap, view.method)
        paper = self._paper_marks(snap, marks)
        override = view.matrix.override
        payload = ResultsPayload(
            competition_uid=snap.competition_uid,
            competition_name_en=snap.competition.name.en,
            competition_name_zh=snap.competition.name.zh,
            computed_at=now, method=view.method,
            tie_break_chain=view.status.tie_break_chain,
            award_count=snap.competition.award_count,
            criteria=tuple(CriterionRule(c.code, c.weight, c.scale_min, c.scale_max,
                                         c.scale_step) for c in view.criteria),
            finalists=tuple(f.code for f in snap.finalists),
            judges=tuple(j.uid for j in snap.judges),
            recusals=tuple(sorted((j.uid, f.code) for j in snap.judges for f in snap.finalists
                                  if (j.id, f.entrant_id) in snap.conflicts)),
            sheets=self._sheet_refs(snap), paper=paper, casting=casting,
            complete=view.matrix.complete,
            override_reason=override.reason if override else None,
            ranking=tuple(RankedValue(r.finalist.code, r.position,
                                      view.value_keys[r.finalist.code], r.decided_by.value)
                          for r in view.rows),
            winners=tuple(f.code for f in view.awards.winners),
            public_winners=tuple(code for code, _name in view.awards.public_winners),
            chair_name=chair_name, chair_fingerprint=credential.fingerprint_sha256,
            panel_fingerprint=snap.panel_fingerprint or "",
            panel_certificate_pem=snap.panel_certificate_pem or "",
            inputs_sha256=view.inputs_sha256, pinned=pinned)
        pages = build_results_pdf(document)
        # The data file goes into the signature's own update, so the signature covers it.
        data = Attachment(RESULTS_ATTACHMENT, results_payload_bytes(payload),
                          "JudgePanel results (JSON)")
        signed = sign_pdf(pages, credential, field_name="ChairSignature",
                          reason="Results of judging", location="Hong Kong",
                          name=credential.subject_name, attachment=data)
        digest = hashlib.sha256(signed).hexdigest()
        ranking_json = json.dumps([{"entrant": r.entrant, "position": r.position,
                                    "value": r.value} for r in payload.ranking],
                                  separators=(",", ":"))
        with self._db.write() as s:
            _require_chair_db(s)
            run = ResultRun(competition_id=competition_id, method=view.method.value,
                            complete=view.matrix.complete,
                            override_reason=override.reason if override else None,
                            inputs_sha256=view.inputs_sha256, ranking_json=ranking_json,
                            chair_fingerprint=credential.fingerprint_sha256,
                            report_sha256=digest, report_pdf=signed, created_at=now)
            s.add(run)
            s.flush()
            audit.append(s, ACTOR, "results.report_signed",
                         {"run_id": run.id, "method": view.method.value,
                          "inputs_sha256": view.inputs_sha256, "sha256": digest})
            run_id = run.id
        return SignedResults(run_id, signed, digest, view.inputs_sha256)

    def latest_report(self, competition_id: int) -> bytes | None:
        with self._db.read() as s:
            return s.scalar(select(ResultRun.report_pdf)
                            .where(ResultRun.competition_id == competition_id,
                                   ResultRun.report_pdf.is_not(None))
                            .order_by(ResultRun.id.desc()).limit(1))


