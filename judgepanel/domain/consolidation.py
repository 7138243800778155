"""Consolidation: from the judges' marks to one order of merit, its checks, and the machine-readable
record a results report carries.

One pure function, :func:`consolidate`, turns marks into results. The chair's database feeds it
(``services/results.py``) and so does ``judgepanel recompute``, which rebuilds the ranking from the
signed sheets alone; the two can only agree if they run the same arithmetic, so there is exactly
one place where it happens.

Exact throughout: marks are :class:`~decimal.Decimal` as typed, totals and means are
:class:`~fractions.Fraction`. The weighted total here is the same number as
:func:`judgepanel.domain.scoring.weighted_total` (tests hold them equal) but computed with integer
factors over a common denominator, so 100,000 marks cost tens of milliseconds, not seconds.
Scales and steps are checked where marks enter the database (sheet payloads, paper entry); here
only the bounds are checked again, cheaply, as a guard against a damaged database.

Ids are strings: judges by uid, finalists by entrant code, criteria by code. They are stable
across databases and printed on the sheets, so the results file names the same things the sheets
do.
"""

from __future__ import annotations

import hashlib
import math
import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, Inexact, localcontext
from fractions import Fraction
from typing import Any

from judgepanel.domain import strictjson
from judgepanel.domain.aggregation import (
    FLOAT_TIE_PLACES,
    CastingDecision,
    Method,
    MethodComparison,
    Ranking,
    TieBreak,
    aggregate,
    compare_methods,
)
from judgepanel.domain.agreement import (
    MIN_SHARED_FOR_CORRELATION,
    FinalistSpread,
    JudgeAgreement,
    KendallW,
    kendall_w,
    pearson,
    spearman,
    spread,
)
from judgepanel.domain.errors import FileRejectedError, ValidationError, tr_noop

__all__ = [
    "CASTING_STEP",
    "RESULTS_ATTACHMENT",
    "RESULTS_SCHEMA_VERSION",
    "RESULTS_TYPE",
    "Consolidation",
    "ConsolidationInput",
    "CriterionRule",
    "MarkAccumulator",
    "MarkTally",
    "PaperMark",
    "PinnedCertificate",
    "RankedValue",
    "ResultsPayload",
    "SheetRef",
    "award_winners",
    "canonical_decimal",
    "consolidate",
    "digest_lines",
    "inputs_digest",
    "judge_agreement_fast",
    "parse_results_payload",
    "parse_tie_break_chain",
    "ranked_values",
    "results_payload_bytes",
    "scores_digest",
    "tally_marks",
    "value_key",
    "weighted_totals",
]

#: The last step of every tie-break chain: the chair's casting decision, recorded with a reason.
CASTING_STEP = "casting_vote"
_CRITERION_STEP = "criterion:"
_METHOD_STEP = "method:"


# --------------------------------------------------------------------------------------------
# Criteria and weighted totals


@dataclass(frozen=True)
class CriterionRule:
    """What the arithmetic needs of a criterion: its weight and its scale."""

    code: str
    weight: Decimal
    scale_min: Decimal
    scale_max: Decimal
    scale_step: Decimal

    def key(self) -> tuple[str, str, str, str, str]:
        """Canonical text of the rule, to compare a sheet's criteria with the competition's."""
        return (self.code, canonical_decimal(self.weight), canonical_decimal(self.scale_min),
                canonical_decimal(self.scale_max), canonical_decimal(self.scale_step))


def canonical_decimal(value: Decimal) -> str:
    """The one text form of a decimal (``7.5``, ``10``, ``0``): what the database stores, so a
    digest of marks reads the same from a payload and from the ``scores`` table."""
    if not value.is_finite():
        raise ValueError(f"not a finite decimal: {value!r}")
    return format(value.normalize(), "f")


@dataclass(frozen=True)
class MarkTally:
    """What the marks add up to: each complete cell's weighted total (``totals[judge]
    [finalist]``, 0–100), the cells missing a criterion (never totalled: a partial total looks
    like a low mark), each finalist's mean mark per criterion over its complete cells, and every
    cell that has any mark."""

    totals: dict[str, dict[str, Fraction]]
    incomplete: tuple[tuple[str, str], ...]
    means: dict[str, dict[str, Fraction]]
    cells: frozenset[tuple[str, str]]


class MarkAccumulator:
    """Adds marks up exactly, one at a time, in one pass.

    A judge's total for a finalist is Σ aᵢ·nᵢ / (D·10ᵖ): ``aᵢ`` is criterion i's factor (weight
    share × 100 / scale span) over a common denominator D, and ``nᵢ`` the mark's distance from
    the scale's minimum in units of 10⁻ᵖ (p: the decimals the scales use). So the sums are
    integers and only the final division makes a Fraction. Marks repeat a lot (a 0–10 scale in
    halves has 21 values), so each distinct mark is checked and converted once; a mark off its
    scale or between its steps is refused."""

    def __init__(self, criteria: Sequence[CriterionRule]) -> None:
        if not criteria:
            raise ValidationError(tr_noop("No criteria are defined."))
        total_weight = sum((Fraction(c.weight) for c in criteria), Fraction(0))
        if total_weight <= 0:
            raise ValidationError(tr_noop("No criteria are defined."))
        places = max(max(0, -int(d.as_tuple().exponent))
                     for c in criteria for d in (c.scale_min, c.scale_max, c.scale_step))
        self.unit = 10**places
        factors = [Fraction(c.weight) * 100 / (Fraction(c.scale_max - c.scale_min)
                                               * total_weight * self.unit) for c in criteria]
        self.denominator = math.lcm(*(f.denominator for f in factors))
        self.criteria = tuple(criteria)
        self.index = {c.code: i for i, c in enumerate(criteria)}
        self.factors = tuple(int(f * self.denominator) for f in factors)
        self._units: tuple[dict[object, int], ...] = tuple({} for _ in criteria)
        self._cells: dict[tuple[str, str], list[int | None]] = {}
        self._sums: dict[str, list[int]] = {}

    def units(self, index: int, value: Decimal) -> int:
        """``value`` in units of 10⁻ᵖ above criterion ``index``'s minimum (cached)."""
        cached = self._units[index].get(value)
        if cached is not None:
            return cached
        rule = self.criteria[index]
        if not rule.scale_min <= value <= rule.scale_max:
            raise ValidationError(
                tr_noop("The mark {value} for {criterion} is outside its scale."),
                value=canonical_decimal(value), criterion=rule.code)
        with localcontext() as ctx:
            ctx.prec = 100
            ctx.traps[Inexact] = True
            units = (value - rule.scale_min) * self.unit
        if units != units.to_integral_value() or \
                ((value - rule.scale_min) / rule.scale_step) % 1 != 0:
            raise ValidationError(
                tr_noop("The mark {value} for {criterion} is not on its scale's steps."),
                value=canonical_decimal(value), criterion=rule.code)
        self._units[index][value] = int(units)
        return int(units)

    def add(self, judge: str, entrant: str, index: int, value: Decimal) -> None:
        """One mark: ``judge``'s for ``entrant`` on criterion number ``index``."""
        units = self._units[index].get(value)
        if units is None:
            units = self.units(index, value)
        cell = self._cells.get((judge, entrant))
        if cell is None:
            cell = self._cells[(judge, entrant)] = [None] * len(self.criteria)
        elif cell[index] is not None:
            raise ValidationError(
                tr_noop("Judge {judge} has two marks for {entrant} on {criterion}."),
                judge=judge, entrant=entrant, criterion=self.criteria[index].code)
        cell[index] = units
        sums = self._sums.get(entrant)
        if sums is None:
            sums = self._sums[entrant] = [0] * len(self.criteria)
        sums[index] += units

    def add_rows(self, judge: str, rows: Iterable[tuple[object, ...]],
                 entrants: Mapping[Any, str], criteria: Mapping[Any, int],
                 lines: list[str]) -> int:
        """One judge's marks in bulk, as a database stores them: rows of ``(…, finalist key,
        criterion key, decimal text)`` (the last three columns are read), keys translated
        through ``entrants`` and ``criteria`` (rows for other finalists or criteria are only
        digested). Each row's :func:`scores_digest` line is appended to ``lines`` in the same
        pass: this loop runs once per mark, so it does both jobs. Returns the row count."""
        cells, sums, caches, n = self._cells, self._sums, self._units, len(self.criteria)
        count = 0
        for row in rows:
            entrant_key, criterion_key, text = row[-3], row[-2], row[-1]
            lines.append(f"{entrant_key}\x1f{criterion_key}\x1f{text}")
            count += 1
            index = criteria.get(criterion_key)
            entrant = entrants.get(entrant_key)
            if index is None or entrant is None:
                continue
            units = caches[index].get(text)
            if units is None:
                units = caches[index][text] = self.units(index, Decimal(str(text)))
            cell = cells.get((judge, entrant))
            if cell is None:
                cell = cells[(judge, entrant)] = [None] * n
            elif cell[index] is not None:
                raise ValidationError(
                    tr_noop("Judge {judge} has two marks for {entrant} on {criterion}."),
                    judge=judge, entrant=entrant, criterion=self.criteria[index].code)
            cell[index] = units
            total = sums.get(entrant)
            if total is None:
                total = sums[entrant] = [0] * n
            total[index] += units
        return count

    def add_cell(self, judge: str, entrant: str, values: Mapping[str, Decimal]) -> None:
        for code, value in values.items():
            index = self.index.get(code)
            if index is None:
                raise ValidationError(tr_noop("There is no criterion {code} in this "
                                              "competition."), code=code)
            self.add(judge, entrant, index, value)

    def tally(self) -> MarkTally:
        totals: dict[str, dict[str, Fraction]] = {}
        incomplete: list[tuple[str, str]] = []
        counts: dict[str, int] = {}
        sums = {entrant: list(row) for entrant, row in self._sums.items()}
        factors = self.factors
        for (judge, entrant), cell in self._cells.items():
            if None in cell:
                incomplete.append((judge, entrant))
                row = sums[entrant]
                for i, units in enumerate(cell):
                    if units is not None:
                        row[i] -= units
                continue
            total = Fraction(sum(map(operator.mul, factors, cell)),  # type: ignore[arg-type]
                             self.denominator)
            judge_row = totals.get(judge)
            if judge_row is None:
                judge_row = totals[judge] = {}
            judge_row[entrant] = total
            counts[entrant] = counts.get(entrant, 0) + 1
        means = {
            entrant: {c.code: Fraction(sums[entrant][i], self.unit * counts[entrant])
                      + Fraction(c.scale_min) for i, c in enumerate(self.criteria)}
            for entrant in counts
        }
        return MarkTally(totals, tuple(sorted(incomplete)), means, frozenset(self._cells))


def tally_marks(marks: Mapping[tuple[str, str], Mapping[str, Decimal]],
                criteria: Sequence[CriterionRule]) -> MarkTally:
    accumulator = MarkAccumulator(criteria)
    for (judge, entrant), values in marks.items():
        accumulator.add_cell(judge, entrant, values)
    return accumulator.tally()


def weighted_totals(
    marks: Mapping[tuple[str, str], Mapping[str, Decimal]], criteria: Sequence[CriterionRule]
) -> tuple[dict[str, dict[str, Fraction]], tuple[tuple[str, str], ...]]:
    """Every complete cell's weighted total (0–100) as ``totals[judge][finalist]``, and the
    incomplete cells (see :class:`MarkTally`)."""
    tally = tally_marks(marks, criteria)
    return tally.totals, tally.incomplete


def scores_digest(rows: Iterable[tuple[object, object, str]]) -> str:
    """SHA-256 over ``(finalist id, criterion id, canonical value)`` triples in the order the
    marks were stored: :func:`digest_lines` of ``"finalist\\x1fcriterion\\x1fvalue"`` lines.

    Ties the marks an imported sheet contributed to that sheet: taken at import over the rows
    as they are inserted, and at every computation over the ``scores`` table read in row order
    (:meth:`MarkAccumulator.add_rows`). A mark changed, deleted, added or moved since then
    changes it."""
    return digest_lines(f"{entrant}\x1f{criterion}\x1f{value}"
                        for entrant, criterion, value in rows)


def digest_lines(lines: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------
# Tie-break chain


def parse_tie_break_chain(steps: Sequence[object], criteria: Iterable[str]) -> tuple[str, ...]:
    """Checks a stored chain such as ``["criterion:service_quality", "casting_vote"]``.

    Steps: ``criterion:CODE`` (higher mean mark on that criterion), ``method:NAME`` (better
    value under another aggregation method) and ``casting_vote`` (the chair decides, with a
    reason), which may only come last. The casting decision ends every chain whether or not it
    is written, so it is dropped from the result."""
    known = set(criteria)
    result: list[str] = []
    for index, step in enumerate(steps):
        if not isinstance(step, str):
            raise ValidationError(tr_noop("The tie-break chain has a step that is not text."))
        if step == CASTING_STEP:
            if index != len(steps) - 1:
                raise ValidationError(
                    tr_noop("The chair's casting decision must be the last tie-break."))
            continue
        if step.startswith(_CRITERION_STEP):
            if step.removeprefix(_CRITERION_STEP) not in known:
                raise ValidationError(
                    tr_noop("The tie-break {step} names a criterion this competition does not "
                            "have."), step=step)
        elif step.startswith(_METHOD_STEP):
            try:
                Method(step.removeprefix(_METHOD_STEP))
            except ValueError:
                raise ValidationError(tr_noop("The tie-break {step} names an unknown method."),
                                      step=step) from None
        else:
            raise ValidationError(tr_noop("The tie-break {step} is not one JudgePanel knows."),
                                  step=step)
        if step in result:
            raise ValidationError(tr_noop("The tie-break {step} is listed twice."), step=step)
        result.append(step)
    return tuple(result)


def _tie_breaks(
    chain: Sequence[str],
    totals: Mapping[str, Mapping[str, Fraction]],
    means: Mapping[str, Mapping[str, Fraction]],
    finalists: Sequence[str],
) -> tuple[TieBreak[str], ...]:
    result: list[TieBreak[str]] = []
    for step in chain:
        if step.startswith(_CRITERION_STEP):
            code = step.removeprefix(_CRITERION_STEP)
            result.append(TieBreak(step, {e: means[e][code] for e in finalists}))
        else:
            method = Method(step.removeprefix(_METHOD_STEP))
            values = aggregate(totals, method, finalists=finalists)
            result.append(TieBreak(step, values, higher_is_better=method.higher_is_better))
    return tuple(result)


# --------------------------------------------------------------------------------------------
# Consolidation


@dataclass(frozen=True)
class ConsolidationInput:
    """Everything the order of merit depends on, and nothing else.

    ``marks[(judge, finalist)]`` maps criterion codes to marks; a cell is absent when the judge
    was recused, did not score, or the chair refused it. ``recusals`` only lists who was
    recused (a mark for such a cell is an error: the import refuses it)."""

    criteria: tuple[CriterionRule, ...]
    finalists: tuple[str, ...]
    judges: tuple[str, ...]
    marks: Mapping[tuple[str, str], Mapping[str, Decimal]]
    method: Method = Method.MEAN
    tie_break_chain: tuple[str, ...] = ()
    casting: tuple[CastingDecision[str], ...] = ()
    award_count: int = 1
    recusals: frozenset[tuple[str, str]] = frozenset()
    #: The marks already added up (a caller streaming marks from a database); when given,
    #: ``marks`` is not read.
    tally: MarkTally | None = None


@dataclass(frozen=True)
class Consolidation:
    """The outcome: totals, the order of merit under the fixed method, the other methods side by
    side, the agreement figures and the award winners. Agreement figures that cannot be computed
    (too few complete judges) are None with the reason in ``kendall_problem``."""

    totals: Mapping[str, Mapping[str, Fraction]]
    incomplete: tuple[tuple[str, str], ...]
    criterion_means: Mapping[str, Mapping[str, Fraction]]
    ranking: Ranking[str]
    comparison: MethodComparison[str]
    tie_breaks: tuple[TieBreak[str], ...]
    winners: tuple[str, ...]
    tied_at_cut: tuple[str, ...]
    kendall: KendallW[str] | None = None
    kendall_problem: ValidationError | None = None
    agreement: tuple[JudgeAgreement[str], ...] = ()
    spreads: tuple[FinalistSpread[str], ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)


def award_winners(ranking: Ranking[str], count: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(winners, tied at the cut): the finalists clearly within the first ``count`` places, and
    the members of an unresolved tie that straddles the cut (awaiting the casting decision)."""
    top = ranking.top(count)
    if len(top) <= count:
        return top, ()
    boundary = max(ranking.position_of(e) for e in top)
    clear = tuple(e for e in top if ranking.position_of(e) < boundary)
    tied = tuple(e for e in top if ranking.position_of(e) == boundary)
    return clear, tied


def judge_agreement_fast(
    totals: Mapping[str, Mapping[str, Fraction]],
) -> tuple[JudgeAgreement[str], ...]:
    """:func:`judgepanel.domain.agreement.judge_agreement` in O(judges × finalists): the mean of
    the others is (sum − own) / (count − 1) instead of a fresh sum per judge. Same numbers
    (tests hold them equal); the naive form took seconds for a 50-judge panel."""
    sums: dict[str, Fraction] = {}
    counts: dict[str, int] = {}
    for row in totals.values():
        for entrant, value in row.items():
            sums[entrant] = sums.get(entrant, Fraction(0)) + value
            counts[entrant] = counts.get(entrant, 0) + 1
    results: list[JudgeAgreement[str]] = []
    for judge in sorted(j for j, row in totals.items() if row):
        own: list[Fraction] = []
        others: list[Fraction] = []
        row = totals[judge]
        for entrant in sorted(row):
            n = counts[entrant]
            if n > 1:
                own.append(row[entrant])
                others.append((sums[entrant] - row[entrant]) / (n - 1))
        if len(own) >= MIN_SHARED_FOR_CORRELATION:
            results.append(JudgeAgreement(judge, len(own), pearson(own, others),
                                          spearman(own, others)))
        else:
            results.append(JudgeAgreement(judge, len(own), None, None))
    return tuple(results)


def consolidate(data: ConsolidationInput, *, analyse: bool = True) -> Consolidation:
    """Totals, order of merit (method fixed in advance, tie-break chain, casting decisions),
    and, with ``analyse``, every other method side by side and the agreement figures (without
    it the comparison holds the fixed method alone: what the order of merit needs, and no
    more).

    Refuses (ValidationError) a mark for a recused cell and a finalist nobody scored: the first
    means the inputs were not checked, the second that the finalist cannot be ranked at all."""
    tally = data.tally if data.tally is not None else tally_marks(data.marks, data.criteria)
    recused_marks = sorted(tally.cells & data.recusals)
    if recused_marks:
        judge, entrant = recused_marks[0]
        raise ValidationError(
            tr_noop("Judge {judge} has marks for {entrant}, from whom the judge is recused."),
            judge=judge, entrant=entrant)
    totals, incomplete, means = tally.totals, tally.incomplete, tally.means
    known = set(data.finalists)
    strays = sorted(e for row in totals.values() for e in row if e not in known)
    if strays:
        raise ValidationError(tr_noop("{entrant} was scored but is not a finalist."),
                              entrant=strays[0])
    unscored = [e for e in data.finalists if e not in means]
    if unscored:
        raise ValidationError(
            tr_noop("No judge has scored {entrants}, so the finalists cannot be ranked."),
            entrants=", ".join(unscored))
    finalists = tuple(data.finalists)
    tie_breaks = _tie_breaks(data.tie_break_chain, totals, means, finalists)
    others = tuple(m for m in Method if m is not data.method) if analyse else ()
    comparison = compare_methods(totals, data.award_count, methods=(data.method, *others),
                                 tie_breaks=tie_breaks, casting=data.casting,
                                 finalists=finalists)
    ranking = comparison.rankings[data.method]
    winners, tied = award_winners(ranking, data.award_count)
    result = Consolidation(
        totals=totals, incomplete=incomplete, criterion_means=means, ranking=ranking,
        comparison=comparison, tie_breaks=tie_breaks, winners=winners, tied_at_cut=tied)
    if not analyse:
        return result
    kendall: KendallW[str] | None = None
    problem: ValidationError | None = None
    try:
        kendall = kendall_w(totals, finalists=finalists)
    except ValidationError as exc:
        problem = exc
    return Consolidation(
        totals=totals, incomplete=incomplete, criterion_means=means, ranking=ranking,
        comparison=comparison, tie_breaks=tie_breaks, winners=winners, tied_at_cut=tied,
        kendall=kendall, kendall_problem=problem, agreement=judge_agreement_fast(totals),
        spreads=spread(totals, finalists=finalists))


def value_key(value: Fraction | float) -> str:
    """A ranking value as exact text: ``"385/5"`` → ``"77"``, ``"205/4"``; a float (z-scores) at
    the precision ranks compare it (:data:`FLOAT_TIE_PLACES` decimals)."""
    if isinstance(value, float):
        return format(Decimal(repr(round(value, FLOAT_TIE_PLACES))).normalize(), "f")
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/" \
        f"{value.denominator}"


# --------------------------------------------------------------------------------------------
# The results report's machine-readable record (results.json)

RESULTS_ATTACHMENT = "results.json"
RESULTS_TYPE = "judgepanel.results"
#: 2 added ``pinned_certificates``; a version 1 record (without it) is still read.
RESULTS_SCHEMA_VERSION = 2
MAX_RESULTS_PAYLOAD = 16 * 1024 * 1024


@dataclass(frozen=True)
class SheetRef:
    """A signed sheet the results were computed from (``in_force``) or that an amendment
    replaced (kept on record, not used)."""

    judge_uid: str
    revision: int
    sha256: str
    document_id: str
    file_name: str
    in_force: bool


@dataclass(frozen=True)
class PaperMark:
    """A mark from a paper sheet that two clerks keyed alike; no signed sheet carries it, so the
    results file carries it (under the chair's signature)."""

    judge_uid: str
    entrant: str
    criterion: str
    value: Decimal


@dataclass(frozen=True)
class PinnedCertificate:
    """A judge's own certificate (e.g. a Hongkong Post e-Cert) the chair registered, which
    signed one of the sheets: ``recompute`` trusts it as itself, for this judge only, once the
    chair's signature over the results checks out."""

    judge_uid: str
    certificate_pem: str


@dataclass(frozen=True)
class RankedValue:
    entrant: str
    position: int
    value: str
    decided_by: str


@dataclass(frozen=True)
class ResultsPayload:
    """Everything ``judgepanel recompute`` needs to rebuild the ranking from the signed sheets,
    and the ranking to compare with. Embedded in the signed results PDF as ``results.json``."""

    competition_uid: str
    competition_name_en: str
    competition_name_zh: str
    computed_at: datetime
    method: Method
    tie_break_chain: tuple[str, ...]
    award_count: int
    criteria: tuple[CriterionRule, ...]
    finalists: tuple[str, ...]
    judges: tuple[str, ...]
    recusals: tuple[tuple[str, str], ...]
    sheets: tuple[SheetRef, ...]
    paper: tuple[PaperMark, ...]
    casting: tuple[CastingDecision[str], ...]
    complete: bool
    override_reason: str | None
    ranking: tuple[RankedValue, ...]
    winners: tuple[str, ...]
    public_winners: tuple[str, ...]
    chair_name: str
    chair_fingerprint: str
    panel_fingerprint: str
    panel_certificate_pem: str
    inputs_sha256: str
    pinned: tuple[PinnedCertificate, ...] = ()


def inputs_digest(sheets: Iterable[SheetRef], paper: Iterable[PaperMark]) -> str:
    """SHA-256 naming the inputs: the in-force sheets' file hashes and the paper marks."""
    lines = sorted(f"sheet\x1f{s.judge_uid}\x1f{s.revision}\x1f{s.sha256}"
                   for s in sheets if s.in_force)
    lines += sorted(f"paper\x1f{p.judge_uid}\x1f{p.entrant}\x1f{p.criterion}\x1f"
                    f"{canonical_decimal(p.value)}" for p in paper)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def results_payload_bytes(p: ResultsPayload) -> bytes:
    """Canonical JSON (sorted keys, decimals as text); read back with
    :func:`parse_results_payload` before returning, so we never sign what recompute refuses."""
    data = {
        "type": RESULTS_TYPE,
        "schema_version": RESULTS_SCHEMA_VERSION,
        "competition": {"uid": p.competition_uid, "name_en": p.competition_name_en,
                        "name_zh": p.competition_name_zh},
        "computed_at": p.computed_at.isoformat(),
        "method": p.method.value,
        "tie_break_chain": list(p.tie_break_chain),
        "award_count": p.award_count,
        "criteria": [{"code": c.code, "weight": canonical_decimal(c.weight),
                      "scale_min": canonical_decimal(c.scale_min),
                      "scale_max": canonical_decimal(c.scale_max),
                      "scale_step": canonical_decimal(c.scale_step)} for c in p.criteria],
        "finalists": list(p.finalists),
        "judges": list(p.judges),
        "recusals": [[j, e] for j, e in p.recusals],
        "sheets": [{"judge_uid": s.judge_uid, "revision": s.revision, "sha256": s.sha256,
                    "document_id": s.document_id, "file_name": s.file_name,
                    "in_force": s.in_force} for s in p.sheets],
        "paper": [{"judge_uid": m.judge_uid, "entrant": m.entrant, "criterion": m.criterion,
                   "value": canonical_decimal(m.value)} for m in p.paper],
        "casting": [{"order": list(c.order), "reason": c.reason} for c in p.casting],
        "complete": p.complete,
        "override_reason": p.override_reason,
        "ranking": [{"entrant": r.entrant, "position": r.position, "value": r.value,
                     "decided_by": r.decided_by} for r in p.ranking],
        "winners": list(p.winners),
        "public_winners": list(p.public_winners),
        "chair": {"name": p.chair_name, "fingerprint": p.chair_fingerprint},
        "panel": {"fingerprint": p.panel_fingerprint,
                  "certificate_pem": p.panel_certificate_pem},
        "inputs_sha256": p.inputs_sha256,
        "pinned_certificates": [{"judge_uid": c.judge_uid, "certificate_pem": c.certificate_pem}
                                for c in p.pinned],
    }
    raw = strictjson.dumps(data)
    try:
        parse_results_payload(raw)
    except FileRejectedError as exc:
        raise ValueError(f"the results record breaks its own schema: {exc.message}") from exc
    return raw


class _Reader:
    """Typed access to untrusted JSON; every refusal names where it was found."""

    def reject(self, path: str, what: str) -> FileRejectedError:
        return FileRejectedError(tr_noop("results.json, {path}: expected {what}."), path=path,
                                 what=what)

    def obj(self, value: Any, path: str, keys: Sequence[str]) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.reject(path, "an object")
        missing = [k for k in keys if k not in value]
        unknown = [k for k in value if k not in keys]
        if missing or unknown:
            raise FileRejectedError(
                tr_noop("results.json, {path}: the keys do not match the schema ({detail})."),
                path=path, detail=", ".join([f"missing {k}" for k in missing]
                                            + [f"unknown {k}" for k in unknown]))
        return value

    def list(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.reject(path, "a list")
        return value

    def text(self, value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise self.reject(path, "text")
        return value

    def opt_text(self, value: Any, path: str) -> str | None:
        return None if value is None else self.text(value, path)

    def integer(self, value: Any, path: str, minimum: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.reject(path, f"a whole number of at least {minimum}")
        return value

    def boolean(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            raise self.reject(path, "true or false")
        return value

    def decimal(self, value: Any, path: str) -> Decimal:
        text = self.text(value, path)
        try:
            result = Decimal(text)
        except ArithmeticError:
            raise self.reject(path, "a decimal number written as text") from None
        if not result.is_finite() or len(text) > 40:
            raise self.reject(path, "a decimal number written as text")
        return result

    def hexdigest(self, value: Any, path: str) -> str:
        text = self.text(value, path)
        if len(text) != 64 or any(ch not in "0123456789abcdef" for ch in text):
            raise self.reject(path, "a SHA-256 digest")
        return text

    def moment(self, value: Any, path: str) -> datetime:
        text = self.text(value, path)
        try:
            result = datetime.fromisoformat(text)
        except ValueError:
            raise self.reject(path, "a time with its UTC offset") from None
        if result.tzinfo is None:
            raise self.reject(path, "a time with its UTC offset")
        return result


_PAYLOAD_KEYS = (
    "type", "schema_version", "competition", "computed_at", "method", "tie_break_chain",
    "award_count", "criteria", "finalists", "judges", "recusals", "sheets", "paper", "casting",
    "complete", "override_reason", "ranking", "winners", "public_winners", "chair", "panel",
    "inputs_sha256",
)
#: The keys by schema version (version 2 added the judges' pinned own certificates).
_PAYLOAD_KEYS_BY_VERSION = {1: _PAYLOAD_KEYS, 2: (*_PAYLOAD_KEYS, "pinned_certificates")}


def parse_results_payload(raw: bytes) -> ResultsPayload:
    """Reads ``results.json`` strictly (no duplicate keys, no NaN, exact schema); raises
    :class:`FileRejectedError` naming what is wrong and where."""
    r = _Reader()
    root = strictjson.loads(raw, what="results record", limit=MAX_RESULTS_PAYLOAD)
    if not isinstance(root, dict) or root.get("type") != RESULTS_TYPE:
        raise FileRejectedError(tr_noop("The file carries no JudgePanel results record."))
    version = r.integer(root.get("schema_version"), "schema_version", 1)
    if version > RESULTS_SCHEMA_VERSION:
        raise FileRejectedError(
            tr_noop("The results were written by a newer JudgePanel (data version {found}); "
                    "update JudgePanel to check them."), found=version)
    o = r.obj(root, "results.json", _PAYLOAD_KEYS_BY_VERSION[version])
    comp = r.obj(o["competition"], "competition", ("uid", "name_en", "name_zh"))
    try:
        method = Method(r.text(o["method"], "method"))
    except ValueError:
        raise r.reject("method", "an aggregation method") from None
    criteria = tuple(
        CriterionRule(
            code=r.text(c["code"], f"criteria[{i}].code"),
            weight=r.decimal(c["weight"], f"criteria[{i}].weight"),
            scale_min=r.decimal(c["scale_min"], f"criteria[{i}].scale_min"),
            scale_max=r.decimal(c["scale_max"], f"criteria[{i}].scale_max"),
            scale_step=r.decimal(c["scale_step"], f"criteria[{i}].scale_step"),
        )
        for i, c in enumerate(
            r.obj(x, f"criteria[{i}]", ("code", "weight", "scale_min", "scale_max",
                                        "scale_step"))
            for i, x in enumerate(r.list(o["criteria"], "criteria")))
    )
    if not criteria or any(c.weight <= 0 or c.scale_max <= c.scale_min for c in criteria):
        raise r.reject("criteria", "criteria with positive weights and ordered scales")
    chain = parse_tie_break_chain(
        [r.text(s, f"tie_break_chain[{i}]")
         for i, s in enumerate(r.list(o["tie_break_chain"], "tie_break_chain"))],
        [c.code for c in criteria])
    finalists = tuple(r.text(x, f"finalists[{i}]")
                      for i, x in enumerate(r.list(o["finalists"], "finalists")))
    judges = tuple(r.text(x, f"judges[{i}]")
                   for i, x in enumerate(r.list(o["judges"], "judges")))
    recusals: list[tuple[str, str]] = []
    for i, pair in enumerate(r.list(o["recusals"], "recusals")):
        items = r.list(pair, f"recusals[{i}]")
        if len(items) != 2:
            raise r.reject(f"recusals[{i}]", "a judge uid and a finalist code")
        recusals.append((r.text(items[0], f"recusals[{i}][0]"),
                         r.text(items[1], f"recusals[{i}][1]")))
    sheets = []
    for i, x in enumerate(r.list(o["sheets"], "sheets")):
        s = r.obj(x, f"sheets[{i}]", ("judge_uid", "revision", "sha256", "document_id",
                                      "file_name", "in_force"))
        sheets.append(SheetRef(
            judge_uid=r.text(s["judge_uid"], f"sheets[{i}].judge_uid"),
            revision=r.integer(s["revision"], f"sheets[{i}].revision", 1),
            sha256=r.hexdigest(s["sha256"], f"sheets[{i}].sha256"),
            document_id=r.text(s["document_id"], f"sheets[{i}].document_id"),
            file_name=r.text(s["file_name"], f"sheets[{i}].file_name"),
            in_force=r.boolean(s["in_force"], f"sheets[{i}].in_force")))
    paper = []
    for i, x in enumerate(r.list(o["paper"], "paper")):
        m = r.obj(x, f"paper[{i}]", ("judge_uid", "entrant", "criterion", "value"))
        paper.append(PaperMark(r.text(m["judge_uid"], f"paper[{i}].judge_uid"),
                               r.text(m["entrant"], f"paper[{i}].entrant"),
                               r.text(m["criterion"], f"paper[{i}].criterion"),
                               r.decimal(m["value"], f"paper[{i}].value")))
    casting = []
    for i, x in enumerate(r.list(o["casting"], "casting")):
        c = r.obj(x, f"casting[{i}]", ("order", "reason"))
        try:
            casting.append(CastingDecision(
                tuple(r.text(e, f"casting[{i}].order[{k}]")
                      for k, e in enumerate(r.list(c["order"], f"casting[{i}].order"))),
                r.text(c["reason"], f"casting[{i}].reason")))
        except ValidationError:
            raise r.reject(f"casting[{i}]", "a casting decision with a reason") from None
    ranking = []
    for i, x in enumerate(r.list(o["ranking"], "ranking")):
        e = r.obj(x, f"ranking[{i}]", ("entrant", "position", "value", "decided_by"))
        ranking.append(RankedValue(r.text(e["entrant"], f"ranking[{i}].entrant"),
                                   r.integer(e["position"], f"ranking[{i}].position", 1),
                                   r.text(e["value"], f"ranking[{i}].value"),
                                   r.text(e["decided_by"], f"ranking[{i}].decided_by")))
    pinned = []
    for i, x in enumerate(r.list(o.get("pinned_certificates", []), "pinned_certificates")):
        c = r.obj(x, f"pinned_certificates[{i}]", ("judge_uid", "certificate_pem"))
        pinned.append(PinnedCertificate(
            r.text(c["judge_uid"], f"pinned_certificates[{i}].judge_uid"),
            r.text(c["certificate_pem"], f"pinned_certificates[{i}].certificate_pem")))
    chair = r.obj(o["chair"], "chair", ("name", "fingerprint"))
    panel = r.obj(o["panel"], "panel", ("fingerprint", "certificate_pem"))
    return ResultsPayload(
        competition_uid=r.text(comp["uid"], "competition.uid"),
        competition_name_en=r.text(comp["name_en"], "competition.name_en"),
        competition_name_zh=r.text(comp["name_zh"], "competition.name_zh"),
        computed_at=r.moment(o["computed_at"], "computed_at"),
        method=method,
        tie_break_chain=chain,
        award_count=r.integer(o["award_count"], "award_count", 1),
        criteria=criteria,
        finalists=finalists,
        judges=judges,
        recusals=tuple(recusals),
        sheets=tuple(sheets),
        paper=tuple(paper),
        casting=tuple(casting),
        complete=r.boolean(o["complete"], "complete"),
        override_reason=r.opt_text(o["override_reason"], "override_reason"),
        ranking=tuple(ranking),
        winners=tuple(r.text(x, f"winners[{i}]")
                      for i, x in enumerate(r.list(o["winners"], "winners"))),
        public_winners=tuple(r.text(x, f"public_winners[{i}]")
                             for i, x in enumerate(r.list(o["public_winners"],
                                                          "public_winners"))),
        chair_name=r.text(chair["name"], "chair.name"),
        chair_fingerprint=r.hexdigest(chair["fingerprint"], "chair.fingerprint"),
        panel_fingerprint=r.hexdigest(panel["fingerprint"], "panel.fingerprint"),
        panel_certificate_pem=r.text(panel["certificate_pem"], "panel.certificate_pem"),
        inputs_sha256=r.hexdigest(o["inputs_sha256"], "inputs_sha256"),
        pinned=tuple(pinned),
    )


def ranked_values(ranking: Ranking[str]) -> tuple[RankedValue, ...]:
    """The order of merit as the results file records it."""
    return tuple(RankedValue(e.entrant, e.position, value_key(e.value), e.decided_by.value)
                 for e in ranking.entries)
