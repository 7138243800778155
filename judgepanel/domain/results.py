"""Frozen data the consolidation services hand to the UI, the CLI and the report builders.

Nothing here is an ORM object or a Qt type. Reasons for refusals travel as :class:`Reason`
(an English template with its fields), so the UI can translate them like any ``UserError``
while the report prints the English text beside Chinese headings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from judgepanel.domain.aggregation import Decider, Method
from judgepanel.domain.errors import UserError, tr_noop
from judgepanel.domain.model import Bilingual, CompetitionSummary
from judgepanel.domain.scoring import format_score

__all__ = [
    "AgreementView",
    "AwardsView",
    "CellStatus",
    "ChairCredentialStatus",
    "CompletenessMatrix",
    "CriterionRef",
    "DecisionRecord",
    "Exclusion",
    "ExclusionKind",
    "FinalistRef",
    "ImportLogEntry",
    "ImportOutcome",
    "ImportOutcomeKind",
    "ImportReport",
    "JudgeAgreementView",
    "JudgeRef",
    "KendallView",
    "MethodComparisonView",
    "PaperCell",
    "PaperEntryResult",
    "Reason",
    "RecomputeReport",
    "ResultRow",
    "ResultsDocument",
    "ResultsStatus",
    "ResultsView",
    "SheetRecord",
    "SignedResults",
    "SpreadView",
    "format_value",
]


def format_value(value: Fraction | float, method: Method) -> str:
    """A ranking value as shown everywhere: totals and mean ranks to 2 places (half to even),
    z-scores to 3 with their sign. Display only; ranks are decided on the exact value."""
    if isinstance(value, float) or method is Method.ZSCORE:
        return f"{float(value):+.3f}"
    return format_score(Fraction(value), 2)


@dataclass(frozen=True)
class Reason:
    """A translatable English message: ``template`` with ``{named}`` fields filled from
    ``params`` (kept as text, so the reason can be stored and read back unchanged)."""

    template: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        try:
            return self.template.format(**dict(self.params))
        except (KeyError, IndexError, ValueError):
            return self.template

    @classmethod
    def of(cls, template: str, **params: object) -> Reason:
        return cls(template, tuple(sorted((k, str(v)) for k, v in params.items())))

    @classmethod
    def from_error(cls, error: UserError) -> Reason:
        return cls(error.template, tuple(sorted((k, str(v)) for k, v in error.params.items())))

    def to_json(self) -> str:
        return json.dumps({"template": self.template, "params": dict(self.params)},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Reason:
        """Reads what :meth:`to_json` wrote; any other text is taken as a plain message."""
        try:
            data = json.loads(text)
            params = data["params"]
            return cls(str(data["template"]),
                       tuple(sorted((str(k), str(v)) for k, v in params.items())))
        except (ValueError, KeyError, TypeError, AttributeError):
            return cls(text.replace("{", "{{").replace("}", "}}"))


# --------------------------------------------------------------------------------------------
# Import


class ImportOutcomeKind(StrEnum):
    """What importing one file did."""

    IMPORTED = "imported"  # the sheet is now the judge's sheet in force
    SUPERSEDED = "superseded"  # an older revision than the one in force: kept on record only
    DUPLICATE = "duplicate"  # this very file was imported before: nothing changed
    REJECTED = "rejected"  # refused; ``reason`` says why


@dataclass(frozen=True)
class ImportOutcome:
    """One file's outcome. ``refused`` lists marks of the sheet that were not taken (a judge
    scoring a finalist they are conflicted with)."""

    file: str
    outcome: ImportOutcomeKind
    reason: Reason | None = None
    judge_name: str | None = None
    revision: int | None = None
    sha256: str | None = None
    refused: tuple[Reason, ...] = ()

    @property
    def changed_anything(self) -> bool:
        return self.outcome in (ImportOutcomeKind.IMPORTED, ImportOutcomeKind.SUPERSEDED)


@dataclass(frozen=True)
class ImportReport:
    outcomes: tuple[ImportOutcome, ...]
    cancelled: bool = False

    def count(self, kind: ImportOutcomeKind) -> int:
        return sum(1 for o in self.outcomes if o.outcome is kind)

    @property
    def rejected(self) -> tuple[ImportOutcome, ...]:
        return tuple(o for o in self.outcomes if o.outcome is ImportOutcomeKind.REJECTED)


@dataclass(frozen=True)
class ImportLogEntry:
    """A stored import outcome (duplicates are never stored: they change nothing)."""

    id: int
    file_name: str
    sha256: str | None
    outcome: ImportOutcomeKind
    reason: Reason | None
    judge_name: str | None
    revision: int | None
    at: datetime


# --------------------------------------------------------------------------------------------
# Who and what


@dataclass(frozen=True)
class JudgeRef:
    id: int
    uid: str
    name: Bilingual
    #: A short label for narrow columns ("J1", "J2", ...), in roster order.
    label: str


@dataclass(frozen=True)
class FinalistRef:
    entrant_id: int
    code: str
    name: Bilingual
    order: int


@dataclass(frozen=True)
class CriterionRef:
    id: int
    code: str
    name: Bilingual
    weight: Decimal
    #: The weight's share of all weights, in percent (40/30/30 → 40, 30, 30).
    share: Fraction
    scale_min: Decimal
    scale_max: Decimal
    scale_step: Decimal


# --------------------------------------------------------------------------------------------
# Completeness


class CellStatus(StrEnum):
    """One judge × finalist cell: where its marks came from, or why there are none."""

    SIGNED = "signed"
    PAPER = "paper"
    MISSING = "missing"
    RECUSED = "recused"


@dataclass(frozen=True)
class DecisionRecord:
    """A decision the chair recorded with a reason (method fixed, override, casting vote)."""

    id: int
    kind: str
    outcome: str
    reason: str
    decided_at: datetime


@dataclass(frozen=True)
class CompletenessMatrix:
    """Judges × finalists: ``cells[j][f]`` for ``judges[j]`` and ``finalists[f]``.

    Results are final only when no cell is MISSING, or when the chair recorded an override
    for exactly the cells missing now (``override``)."""

    judges: tuple[JudgeRef, ...]
    finalists: tuple[FinalistRef, ...]
    cells: tuple[tuple[CellStatus, ...], ...]
    override: DecisionRecord | None = None

    def status(self, judge_index: int, finalist_index: int) -> CellStatus:
        return self.cells[judge_index][finalist_index]

    @property
    def missing(self) -> tuple[tuple[JudgeRef, FinalistRef], ...]:
        return tuple((j, f) for j, row in zip(self.judges, self.cells, strict=True)
                     for f, cell in zip(self.finalists, row, strict=True)
                     if cell is CellStatus.MISSING)

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def final(self) -> bool:
        return self.complete or self.override is not None

    def count(self, status: CellStatus) -> int:
        return sum(1 for row in self.cells for cell in row if cell is status)


# --------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class ResultRow:
    """One line of the order of merit. ``judge_totals`` follows the matrix's judges (None:
    recused or missing); ``criterion_means`` follows the criteria (mean raw mark)."""

    position: int
    finalist: FinalistRef
    value: Fraction | float
    decided_by: Decider
    note: str
    tied_with: tuple[str, ...]
    judge_totals: tuple[Fraction | None, ...]
    criterion_means: tuple[Fraction, ...]
    judge_count: int
    paper_judges: tuple[str, ...] = ()
    applied: Method | None = None
    dropped: tuple[Fraction, Fraction] | None = None

    @property
    def paper_sourced(self) -> bool:
        return bool(self.paper_judges)


@dataclass(frozen=True)
class MethodComparisonView:
    """Every method side by side. ``positions[f][m]`` is finalist ``f``'s place under
    ``methods[m]`` (rows in the fixed method's order); ``disagreeing`` lists the methods whose
    award winners differ from the fixed method's."""

    methods: tuple[Method, ...]
    finalists: tuple[FinalistRef, ...]
    positions: tuple[tuple[int, ...], ...]
    values: tuple[tuple[Fraction | float, ...], ...]
    top_sets: tuple[tuple[str, ...], ...]
    disagreeing: tuple[Method, ...]
    undecided: tuple[Method, ...]

    @property
    def disagreement(self) -> bool:
        return bool(self.disagreeing)


@dataclass(frozen=True)
class KendallView:
    w: Fraction
    chi_square: Fraction
    df: int
    p_value: float
    judges: tuple[JudgeRef, ...]
    excluded: tuple[JudgeRef, ...]


@dataclass(frozen=True)
class JudgeAgreementView:
    judge: JudgeRef
    shared_finalists: int
    pearson: float | None
    spearman: float | None


@dataclass(frozen=True)
class SpreadView:
    finalist: FinalistRef
    minimum: Fraction
    maximum: Fraction
    judge_count: int

    @property
    def spread(self) -> Fraction:
        return self.maximum - self.minimum


@dataclass(frozen=True)
class AgreementView:
    kendall: KendallView | None
    kendall_problem: Reason | None
    judges: tuple[JudgeAgreementView, ...]
    spreads: tuple[SpreadView, ...]


@dataclass(frozen=True)
class AwardsView:
    """The Outstanding Customer Service Award (top ``award_count`` of the order of merit) and
    the Best Public Image Award (public vote). ``tied_at_cut`` waits for the casting decision."""

    award_name: Bilingual
    award_count: int
    winners: tuple[FinalistRef, ...]
    tied_at_cut: tuple[FinalistRef, ...]
    public_award_name: Bilingual
    public_award_count: int
    public_winners: tuple[tuple[str, Bilingual], ...]
    public_note: Reason | None = None


class ExclusionKind(StrEnum):
    REJECTED_FILE = "rejected_file"
    REFUSED_SCORE = "refused_score"
    SUPERSEDED_SHEET = "superseded_sheet"
    PAPER_MISMATCH = "paper_mismatch"
    INCOMPLETE_CELL = "incomplete_cell"


@dataclass(frozen=True)
class Exclusion:
    """Something that did not go into the results, and why."""

    kind: ExclusionKind
    subject: str
    reason: Reason
    sha256: str | None = None


@dataclass(frozen=True)
class SheetRecord:
    """An imported signed sheet, in force or kept on record after an amendment."""

    judge: JudgeRef
    revision: int
    in_force: bool
    document_id: str
    file_name: str
    sha256: str
    signer_fingerprint: str | None
    signed_at: datetime | None
    imported_at: datetime | None
    amendment_reason: str | None = None


@dataclass(frozen=True)
class ResultsStatus:
    """What the chair sees before results exist: the matrix, whether the method is fixed,
    whether a chair credential exists. Cheap: no ranking is computed."""

    competition: CompetitionSummary
    matrix: CompletenessMatrix
    method: Method
    method_decision: DecisionRecord | None
    tie_break_chain: tuple[str, ...]
    has_chair_credential: bool
    sheet_count: int
    rejected_count: int
    criteria: tuple[CriterionRef, ...] = ()

    @property
    def method_fixed(self) -> bool:
        return self.method_decision is not None


@dataclass(frozen=True)
class ResultsView:
    """Results as computed now from the imported sheets and paper marks."""

    status: ResultsStatus
    criteria: tuple[CriterionRef, ...]
    rows: tuple[ResultRow, ...]
    comparison: MethodComparisonView
    agreement: AgreementView
    awards: AwardsView
    sheets: tuple[SheetRecord, ...]
    exclusions: tuple[Exclusion, ...]
    casting_decisions: tuple[DecisionRecord, ...]
    unresolved_ties: tuple[tuple[str, ...], ...]
    inputs_sha256: str
    computed_at: datetime
    #: Values as the results file records them (exact text), by finalist code.
    value_keys: Mapping[str, str] = field(default_factory=dict)

    @property
    def method(self) -> Method:
        return self.status.method

    @property
    def matrix(self) -> CompletenessMatrix:
        return self.status.matrix

    @property
    def final(self) -> bool:
        return self.status.matrix.final

    @property
    def judges(self) -> tuple[JudgeRef, ...]:
        return self.status.matrix.judges

    @property
    def cut_is_clear(self) -> bool:
        return not self.awards.tied_at_cut


@dataclass(frozen=True)
class ResultsDocument:
    """The input of the results report PDF: the results and who signs them."""

    view: ResultsView
    chair_name: str
    chair_fingerprint: str
    panel_fingerprint: str
    generated_at: datetime
    #: Public-vote award note in Chinese, when there is one (the view carries English).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SignedResults:
    run_id: int
    pdf: bytes
    sha256: str
    inputs_sha256: str


@dataclass(frozen=True)
class ChairCredentialStatus:
    exists: bool
    name: Bilingual | None = None
    fingerprint: str | None = None


# --------------------------------------------------------------------------------------------
# Paper fallback


@dataclass(frozen=True)
class PaperCell:
    """Both clerks' keying of one judge × finalist paper sheet: accepted only when both
    entered every criterion with the same values; otherwise ``mismatched`` names the
    criteria that differ."""

    judge: JudgeRef
    finalist: FinalistRef
    first_clerk: str | None
    second_clerk: str | None
    accepted: bool
    mismatched: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class PaperEntryResult:
    cell: PaperCell
    message: Reason


# --------------------------------------------------------------------------------------------
# Recompute


@dataclass(frozen=True)
class RecomputeReport:
    """What ``judgepanel recompute`` found: whether the ranking rebuilt from the signed sheets
    alone matches the report, and every difference or problem on the way."""

    matches: bool
    report_signer: str | None
    report_signature_ok: bool
    used_sheets: tuple[str, ...]
    missing_sheets: tuple[str, ...]
    ignored_files: tuple[tuple[str, str], ...]
    problems: tuple[str, ...]
    differences: tuple[str, ...]
    ranking: tuple[tuple[int, str, str], ...] = ()
    #: (judge uid, certificate fingerprint) of each judge's own certificate the report pins,
    #: trusted because the chair's signature over the report checked out
    pinned: tuple[tuple[str, str], ...] = ()


CELL_LABELS: dict[CellStatus, str] = {
    CellStatus.SIGNED: tr_noop("signed"),
    CellStatus.PAPER: tr_noop("paper"),
    CellStatus.MISSING: tr_noop("missing"),
    CellStatus.RECUSED: tr_noop("recused"),
}
