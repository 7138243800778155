"""Consolidating the judges' totals into one order of merit, and breaking ties by rules fixed in
advance.

Input everywhere is ``totals[judge][entrant]``: each judge's weighted total (0–100, see
:func:`judgepanel.domain.scoring.weighted_total`) for each finalist that judge scored. A missing
pair means the judge was recused (conflict of interest) or did not score; it is never read as 0.

Why several methods: the headline is the plain mean over the judges who scored a finalist. The
others (trimmed mean, median, z-scores, Borda ranks) exist so the panel can see, before the
result is announced, whether the winners depend on the choice of method; see
:func:`compare_methods`. Which method decides is fixed in advance by the competition.

Determinism: results never depend on dict order. Exact methods work in Fractions; the z-score
method works in floats but sums with :func:`math.fsum` (correctly rounded, so order-free), and
float values are compared at :data:`FLOAT_TIE_PLACES` decimals so rounding noise can neither
create nor hide a tie. Entrants and judges must be ids of one sortable type (all ``str`` or all
``int``); sorting is only used to list the members of a tie in a stable order, never to break it.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any, Generic, Protocol, TypeVar

from judgepanel.domain.errors import ConflictError, ValidationError, tr_noop
from judgepanel.domain.scoring import ExactInput, as_fraction

__all__ = [
    "FLOAT_TIE_PLACES",
    "TRIM_MIN_JUDGES",
    "CastingDecision",
    "ComparisonRow",
    "CutDecision",
    "CutSelection",
    "Decider",
    "EntrantAggregate",
    "Method",
    "MethodComparison",
    "RankedEntry",
    "Ranking",
    "SortableId",
    "TieBreak",
    "Value",
    "aggregate",
    "aggregate_details",
    "average_ranks",
    "compare_methods",
    "comparison_key",
    "prepare_totals",
    "rank",
    "rank_values",
    "select_top",
    "value_groups",
]


class SortableId(Protocol):
    """An id usable as a dict key and sortable among its own kind (``str``, ``int``)."""

    def __lt__(self, other: Any, /) -> bool: ...

    def __hash__(self) -> int: ...


J = TypeVar("J", bound=SortableId)
E = TypeVar("E", bound=SortableId)

#: An aggregate: exact for every method except :attr:`Method.ZSCORE`.
Value = Fraction | float

#: The trimmed mean drops the single highest and lowest total only when at least this many judges
#: scored the finalist (gymnastics E-panels, ISU, Tabbycat); with fewer, dropping two would throw
#: away too much of the panel, so the plain mean is used and the result says so.
TRIM_MIN_JUDGES = 5

#: Float aggregates (z-scores) are compared after rounding to this many decimals. Their size is
#: about 1, so float noise (~1e-16) is far below it while any real difference is far above it.
FLOAT_TIE_PLACES = 9


class Method(StrEnum):
    """How a finalist's totals from several judges become one value. Values are stored in the
    database (``competitions.aggregation_method``).

    - MEAN: mean of the totals of the judges who scored the finalist (the headline).
    - TRIMMED: drops the single highest and lowest total when at least :data:`TRIM_MIN_JUDGES`
      judges scored the finalist, else the plain mean (the result says which).
    - MEDIAN: middle total (mean of the two middle ones for an even count).
    - ZSCORE: each judge's totals standardised over the finalists that judge scored, then the
      mean z. It corrects for harsh and lenient judges but is known to hurt as often as it
      helps (Langford, ICML 2012), so it is a check, not a default.
    - BORDA: each judge ranks the finalists they scored (1 = best, ties share the mean rank);
      the value is the mean rank, so LOWER is better. A recused judge ranks fewer finalists
      (1..k rather than 1..n), which flatters the finalists at the bottom of that judge's list
      a little: another reason it serves as a cross-check rather than the headline.
    """

    MEAN = "mean"
    TRIMMED = "trimmed"
    MEDIAN = "median"
    ZSCORE = "zscore"
    BORDA = "borda"

    @property
    def higher_is_better(self) -> bool:
        """False for BORDA, whose value is a mean rank (1 = best)."""
        return self is not Method.BORDA

    @property
    def is_exact(self) -> bool:
        """False for ZSCORE, which needs square roots and so works in floats."""
        return self is not Method.ZSCORE

    @property
    def label_en(self) -> str:
        return _METHOD_LABELS[self]


_METHOD_LABELS: dict[Method, str] = {
    Method.MEAN: tr_noop("Mean of judges' totals"),
    Method.TRIMMED: tr_noop("Trimmed mean (highest and lowest dropped)"),
    Method.MEDIAN: tr_noop("Median of judges' totals"),
    Method.ZSCORE: tr_noop("Mean of standardised (z) scores"),
    Method.BORDA: tr_noop("Mean rank (Borda; lower is better)"),
}


# --------------------------------------------------------------------------------------------
# Aggregation


@dataclass(frozen=True)
class EntrantAggregate(Generic[E]):
    """One finalist's aggregate and how it was reached.

    ``applied`` is the method actually used: TRIMMED falls back to MEAN when fewer than
    :data:`TRIM_MIN_JUDGES` judges scored the finalist. ``dropped`` holds the (lowest, highest)
    totals a trimmed mean left out, so a report can show them.
    """

    entrant: E
    value: Value
    judge_count: int
    method: Method
    applied: Method
    dropped: tuple[Fraction, Fraction] | None = None


def prepare_totals(
    totals: Mapping[J, Mapping[E, ExactInput]], finalists: Collection[E] | None = None
) -> tuple[dict[J, dict[E, Fraction]], tuple[E, ...]]:
    """Validates the judges' totals and returns them as Fractions, with the sorted finalists.

    Judges with no scores are left out. When ``finalists`` is given, a score for anyone else is
    refused, and so is a finalist nobody scored: it could not be ranked, and leaving it out
    silently would hide it from the results.
    """
    clean: dict[J, dict[E, Fraction]] = {}
    for judge, row in totals.items():
        if row:
            clean[judge] = {
                entrant: as_fraction(total, what="total") for entrant, total in row.items()
            }
    scored = {entrant for row in clean.values() for entrant in row}
    if finalists is None:
        if not scored:
            raise ValidationError(tr_noop("No judge has scored any finalist yet."))
        return clean, tuple(sorted(scored))
    wanted = set(finalists)
    if not wanted:
        raise ValidationError(tr_noop("There are no finalists to rank."))
    for judge in sorted(clean):
        strays = sorted(set(clean[judge]) - wanted)
        if strays:
            raise ValidationError(
                tr_noop("Judge {judge} has a total for {entrant}, which is not a finalist."),
                judge=str(judge),
                entrant=str(strays[0]),
            )
    unscored = sorted(wanted - scored)
    if unscored:
        raise ValidationError(
            tr_noop("No judge has scored {entrants}, so the finalists cannot be ranked."),
            entrants=", ".join(str(e) for e in unscored),
        )
    return clean, tuple(sorted(wanted))


def _mean(values: Sequence[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


def _median(values: Sequence[Fraction]) -> Fraction:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def average_ranks(
    values: Mapping[E, ExactInput | float], *, higher_is_better: bool = True
) -> dict[E, Fraction]:
    """Ranks 1..n with rank 1 the best; tied values share the mean of the ranks they span
    (two tied for 2nd and 3rd both get 5/2), the convention Spearman and Kendall assume."""
    ranks: dict[E, Fraction] = {}
    start = 1
    for group in value_groups(values, higher_is_better=higher_is_better):
        shared = Fraction(2 * start + len(group) - 1, 2)
        for entrant in group:
            ranks[entrant] = shared
        start += len(group)
    return ranks


def _zscores(row: Mapping[E, Fraction]) -> dict[E, float]:
    """One judge's totals standardised over the finalists that judge scored (population SD).

    Mean and variance are exact; only the final division by the square root is in floats, so
    the result does not depend on the order of the finalists. A judge who gave everyone the same
    total has no spread and contributes 0 (no information about order), not a division by zero.
    """
    mean = _mean(list(row.values()))
    variance = _mean([(x - mean) ** 2 for x in row.values()])
    if variance == 0:
        return dict.fromkeys(row, 0.0)
    sd = math.sqrt(variance)
    return {entrant: float(x - mean) / sd for entrant, x in row.items()}


def aggregate_details(
    totals: Mapping[J, Mapping[E, ExactInput]],
    method: Method = Method.MEAN,
    *,
    finalists: Collection[E] | None = None,
) -> dict[E, EntrantAggregate[E]]:
    """Every finalist's aggregate under ``method``, keyed by finalist in sorted order."""
    method = Method(method)
    clean, entrants = prepare_totals(totals, finalists)
    by_entrant: dict[E, list[Fraction]] = {e: [] for e in entrants}
    for row in clean.values():
        for entrant, total in row.items():
            by_entrant[entrant].append(total)

    per_judge: dict[J, Mapping[E, Fraction | float]] = {}
    if method is Method.ZSCORE:
        per_judge = {judge: _zscores(row) for judge, row in clean.items()}
    elif method is Method.BORDA:
        per_judge = {judge: average_ranks(row) for judge, row in clean.items()}

    result: dict[E, EntrantAggregate[E]] = {}
    for entrant in entrants:
        scores = by_entrant[entrant]
        count = len(scores)
        applied = method
        dropped: tuple[Fraction, Fraction] | None = None
        value: Value
        if method is Method.MEAN:
            value = _mean(scores)
        elif method is Method.TRIMMED:
            if count >= TRIM_MIN_JUDGES:
                ordered = sorted(scores)
                dropped = (ordered[0], ordered[-1])
                value = _mean(ordered[1:-1])
            else:
                applied = Method.MEAN
                value = _mean(scores)
        elif method is Method.MEDIAN:
            value = _median(scores)
        elif method is Method.ZSCORE:
            zs = [float(row[entrant]) for row in per_judge.values() if entrant in row]
            value = math.fsum(zs) / len(zs)
        else:
            ranks = [Fraction(row[entrant]) for row in per_judge.values() if entrant in row]
            value = _mean(ranks)
        result[entrant] = EntrantAggregate(entrant, value, count, method, applied, dropped)
    return result


def aggregate(
    totals: Mapping[J, Mapping[E, ExactInput]],
    method: Method = Method.MEAN,
    *,
    finalists: Collection[E] | None = None,
) -> dict[E, Value]:
    """Every finalist's aggregate value under ``method`` (see :func:`aggregate_details` for how
    each was reached). For BORDA lower is better; check :attr:`Method.higher_is_better`."""
    details = aggregate_details(totals, method, finalists=finalists)
    return {entrant: detail.value for entrant, detail in details.items()}


# --------------------------------------------------------------------------------------------
# Ranking and tie-breaks


def comparison_key(value: ExactInput | float) -> Fraction:
    """The exact value two entrants are compared on.

    Exact inputs compare as themselves; a float is rounded to :data:`FLOAT_TIE_PLACES` decimals
    first so that two z-score means equal in exact arithmetic are equal here too.
    """
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot rank a non-finite value: {value!r}")
        return Fraction(round(value, FLOAT_TIE_PLACES))
    return as_fraction(value)


def value_groups(
    values: Mapping[E, ExactInput | float], *, higher_is_better: bool = True
) -> list[tuple[E, ...]]:
    """Entrants grouped by equal value, best group first; members of a group sorted by id.

    The id order inside a group is only for stable display: members of a group are tied.
    """
    groups: dict[Fraction, list[E]] = {}
    for entrant, value in values.items():
        groups.setdefault(comparison_key(value), []).append(entrant)
    order = sorted(groups, reverse=higher_is_better)
    return [tuple(sorted(groups[key])) for key in order]


@dataclass(frozen=True)
class TieBreak(Generic[E]):
    """One step of the tie-break chain fixed before judging, e.g. "mean service-quality score"
    (higher is better). ``values`` must hold a value for every entrant being ranked."""

    name: str
    values: Mapping[E, ExactInput | float]
    higher_is_better: bool = True

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError(tr_noop("A tie-break needs a name."))


@dataclass(frozen=True)
class CastingDecision(Generic[E]):
    """The panel chair's casting decision: tied entrants in the chair's order, best first.

    It is used only for a tie that remains after every tie-break, and only when it names every
    member of that tie; it can never reorder entrants the scores already separate.
    """

    order: tuple[E, ...]
    reason: str

    def __post_init__(self) -> None:
        order = tuple(self.order)
        object.__setattr__(self, "order", order)
        if not self.reason.strip():
            raise ValidationError(tr_noop("The chair's casting decision must give a reason."))
        if len(order) < 2:
            raise ValidationError(
                tr_noop("A casting decision must order at least two tied entrants.")
            )
        if len(set(order)) != len(order):
            raise ValidationError(tr_noop("A casting decision names the same entrant twice."))


@dataclass(frozen=True)
class CutDecision(Generic[E]):
    """The chair's recorded choice of which entrants tied at a cut (the last finalist place, the
    last public-vote award) go through, with the reason."""

    admitted: tuple[E, ...]
    reason: str

    def __post_init__(self) -> None:
        admitted = tuple(self.admitted)
        object.__setattr__(self, "admitted", admitted)
        if not self.reason.strip():
            raise ValidationError(tr_noop("The chair's decision on a tie must give a reason."))
        if len(set(admitted)) != len(admitted):
            raise ValidationError(tr_noop("The chair's decision names the same entrant twice."))


@dataclass(frozen=True)
class CutSelection(Generic[E]):
    """The first ``count`` entrants by value, with any tie straddling the cut.

    ``order`` lists everyone best first (tied entrants by id, for display only) and
    ``positions`` gives standard competition ranks (1, 2, 2, 4). When equal values straddle the
    cut, ``tied_at_cut`` holds every entrant with the boundary value and ``open_places`` how many
    of them can go through; ``selected`` then holds only the clear ones plus those the chair's
    ``decision`` admitted.
    """

    count: int
    order: tuple[E, ...]
    positions: Mapping[E, int]
    selected: tuple[E, ...]
    tied_at_cut: tuple[E, ...] = ()
    open_places: int = 0
    decision: CutDecision[E] | None = None

    @property
    def has_tie_at_cut(self) -> bool:
        return bool(self.tied_at_cut)

    @property
    def resolved(self) -> bool:
        """False while a tie at the cut waits for the chair's decision."""
        return not self.tied_at_cut or self.decision is not None


def select_top(
    values: Mapping[E, ExactInput | float],
    count: int,
    *,
    higher_is_better: bool = True,
    decision: CutDecision[E] | None = None,
) -> CutSelection[E]:
    """Selects the best ``count`` entrants; a tie across the cut is settled only by ``decision``.

    The decision must admit exactly the open places from the tied entrants. A decision given when
    there is no tie is refused (ConflictError): it was recorded against different scores.
    """
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise ValidationError(
            tr_noop("The number of places must be zero or more (got {count})."), count=str(count)
        )
    groups = value_groups(values, higher_is_better=higher_is_better)
    order = tuple(e for group in groups for e in group)
    positions: dict[E, int] = {}
    start = 1
    for group in groups:
        for entrant in group:
            positions[entrant] = start
        start += len(group)
    tied: tuple[E, ...] = ()
    clear = order[:count]
    if 0 < count < len(order):
        boundary = next(g for g in groups if order[count - 1] in g)
        if order[count] in boundary:
            tied = boundary
            clear = tuple(e for e in order if positions[e] < positions[boundary[0]])
    open_places = count - len(clear) if tied else 0
    if decision is None:
        return CutSelection(count, order, positions, clear, tied, open_places)
    if not tied:
        raise ConflictError(
            tr_noop("A decision on a tie at the cut was given, but there is no tie at the cut.")
        )
    strangers = [e for e in decision.admitted if e not in tied]
    if strangers:
        raise ValidationError(
            tr_noop("The chair's decision admits {entrants}, who are not tied at the cut."),
            entrants=", ".join(str(e) for e in sorted(strangers)),
        )
    if len(decision.admitted) != open_places:
        raise ValidationError(
            tr_noop(
                "The chair's decision admits {admitted} of the tied entrants, "
                "but {places} places are open."
            ),
            admitted=str(len(decision.admitted)),
            places=str(open_places),
        )
    admitted = set(decision.admitted)
    selected = clear + tuple(e for e in tied if e in admitted)
    return CutSelection(count, order, positions, selected, tied, open_places, decision)


class Decider(StrEnum):
    """What put an entrant in its place."""

    VALUE = "value"  # its aggregate alone
    TIE_BREAK = "tie_break"  # a tie-break of the chain (``RankedEntry.note`` names it)
    CASTING = "casting"  # the chair's casting decision (``note`` is the reason)
    UNRESOLVED = "unresolved"  # still tied; shares its position with ``tied_with``


@dataclass(frozen=True)
class RankedEntry(Generic[E]):
    """One line of an order of merit.

    Entrants in an unresolved tie share ``position`` (standard competition ranking: 1, 2, 2, 4),
    list each other in ``tied_with`` and have ``decided_by`` UNRESOLVED.
    """

    entrant: E
    value: Value
    position: int
    tied_with: tuple[E, ...] = ()
    decided_by: Decider = Decider.VALUE
    note: str = ""

    @property
    def is_tied(self) -> bool:
        return bool(self.tied_with)


@dataclass(frozen=True)
class Ranking(Generic[E]):
    """An order of merit, best first, with any ties the chain could not resolve."""

    entries: tuple[RankedEntry[E], ...]
    higher_is_better: bool = True
    method: Method | None = None
    unresolved: tuple[tuple[E, ...], ...] = ()
    unused_decisions: tuple[CastingDecision[E], ...] = ()
    aggregates: tuple[EntrantAggregate[E], ...] = ()

    @property
    def has_unresolved_tie(self) -> bool:
        return bool(self.unresolved)

    def entrants(self) -> tuple[E, ...]:
        return tuple(entry.entrant for entry in self.entries)

    def position_of(self, entrant: E) -> int:
        for entry in self.entries:
            if entry.entrant == entrant:
                return entry.position
        raise KeyError(entrant)

    def top(self, count: int) -> tuple[E, ...]:
        """Entrants placed within the first ``count`` positions. When an unresolved tie straddles
        the cut, all its members are included, so the result can be longer than ``count``."""
        return tuple(entry.entrant for entry in self.entries if entry.position <= count)

    def cut_is_clear(self, count: int) -> bool:
        """Whether the first ``count`` places are settled (no unresolved tie across the cut)."""
        return len(self.top(count)) == min(count, len(self.entries))


def rank_values(
    values: Mapping[E, Value | ExactInput],
    *,
    higher_is_better: bool = True,
    tie_breaks: Sequence[TieBreak[E]] = (),
    casting: Sequence[CastingDecision[E]] = (),
    method: Method | None = None,
    aggregates: Sequence[EntrantAggregate[E]] = (),
) -> Ranking[E]:
    """Orders ``values`` and resolves ties with the chain fixed in advance.

    Entrants with equal values are separated by each tie-break in turn; entrants still tied
    after the last one are ordered by a casting decision that names all of them, and otherwise
    stay tied (reported in :attr:`Ranking.unresolved`). Never an arbitrary order.
    """
    entrants = list(values)
    for tie_break in tie_breaks:
        missing = sorted(e for e in entrants if e not in tie_break.values)
        if missing:
            raise ValidationError(
                tr_noop("The tie-break {tie_break} has no value for {entrants}."),
                tie_break=tie_break.name,
                entrants=", ".join(str(e) for e in missing),
            )
    slots: list[tuple[tuple[E, ...], Decider, str]] = []
    used: set[int] = set()

    def resolve(group: tuple[E, ...], level: int, decider: Decider, note: str) -> None:
        if len(group) == 1:
            slots.append((group, decider, note))
            return
        if level < len(tie_breaks):
            tie_break = tie_breaks[level]
            sub_values = {e: tie_break.values[e] for e in group}
            for sub in value_groups(sub_values, higher_is_better=tie_break.higher_is_better):
                resolve(sub, level + 1, Decider.TIE_BREAK, tie_break.name)
            return
        members = set(group)
        for index, decision in enumerate(casting):
            if members <= set(decision.order):
                used.add(index)
                for entrant in sorted(group, key=decision.order.index):
                    slots.append(((entrant,), Decider.CASTING, decision.reason))
                return
        slots.append((group, Decider.UNRESOLVED, ""))

    for group in value_groups(values, higher_is_better=higher_is_better):
        resolve(group, 0, Decider.VALUE, "")

    entries: list[RankedEntry[E]] = []
    unresolved: list[tuple[E, ...]] = []
    position = 1
    for group, decider, note in slots:
        if decider is Decider.UNRESOLVED:
            unresolved.append(group)
        for entrant in group:
            value = values[entrant]
            shown: Value = value if isinstance(value, float) else as_fraction(value)
            tied = tuple(e for e in group if e != entrant)
            entries.append(RankedEntry(entrant, shown, position, tied, decider, note))
        position += len(group)
    return Ranking(
        entries=tuple(entries),
        higher_is_better=higher_is_better,
        method=method,
        unresolved=tuple(unresolved),
        unused_decisions=tuple(d for i, d in enumerate(casting) if i not in used),
        aggregates=tuple(aggregates),
    )


def rank(
    totals: Mapping[J, Mapping[E, ExactInput]],
    method: Method = Method.MEAN,
    *,
    tie_breaks: Sequence[TieBreak[E]] = (),
    casting: Sequence[CastingDecision[E]] = (),
    finalists: Collection[E] | None = None,
) -> Ranking[E]:
    """Aggregates with ``method`` and ranks, in the method's own direction (BORDA: lower mean
    rank first), applying the tie-break chain and then the chair's casting decisions."""
    method = Method(method)
    details = aggregate_details(totals, method, finalists=finalists)
    return rank_values(
        {entrant: detail.value for entrant, detail in details.items()},
        higher_is_better=method.higher_is_better,
        tie_breaks=tie_breaks,
        casting=casting,
        method=method,
        aggregates=tuple(details.values()),
    )


# --------------------------------------------------------------------------------------------
# Comparing methods


@dataclass(frozen=True)
class ComparisonRow(Generic[E]):
    """One finalist's position under each compared method, in :attr:`MethodComparison.methods`
    order."""

    entrant: E
    positions: tuple[int, ...]


@dataclass(frozen=True)
class MethodComparison(Generic[E]):
    """Every method's ranking side by side, and whether the award winners depend on the method.

    ``reference`` is the first method compared (the headline, MEAN by default). ``disagreeing``
    lists the methods whose top-``award_count`` set differs from the reference's; ``undecided``
    lists methods whose cut falls inside an unresolved tie (their top set is then larger than
    ``award_count`` and so also counts as disagreeing).
    """

    award_count: int
    methods: tuple[Method, ...]
    rankings: Mapping[Method, Ranking[E]]
    top_sets: Mapping[Method, frozenset[E]]
    disagreeing: tuple[Method, ...]
    undecided: tuple[Method, ...]

    @property
    def reference(self) -> Method:
        return self.methods[0]

    @property
    def disagreement(self) -> bool:
        """True when the set of award winners is not the same under every method."""
        return bool(self.disagreeing)

    def rows(self) -> tuple[ComparisonRow[E], ...]:
        """Finalists in the reference ranking's order with their position under each method."""
        return tuple(
            ComparisonRow(
                entrant,
                tuple(self.rankings[method].position_of(entrant) for method in self.methods),
            )
            for entrant in self.rankings[self.reference].entrants()
        )


def compare_methods(
    totals: Mapping[J, Mapping[E, ExactInput]],
    award_count: int,
    *,
    methods: Sequence[Method] = tuple(Method),
    tie_breaks: Sequence[TieBreak[E]] = (),
    casting: Sequence[CastingDecision[E]] = (),
    finalists: Collection[E] | None = None,
) -> MethodComparison[E]:
    """Ranks with every method in ``methods`` (the first is the reference) and flags when the
    top-``award_count`` set differs, so the panel learns before announcing that its winners
    depend on how the scores were combined."""
    if isinstance(award_count, bool) or not isinstance(award_count, int) or award_count < 1:
        raise ValidationError(
            tr_noop("The number of awards must be at least 1 (got {count})."),
            count=str(award_count),
        )
    chosen = tuple(Method(m) for m in methods)
    if not chosen:
        raise ValidationError(tr_noop("Choose at least one method to compare."))
    if len(set(chosen)) != len(chosen):
        raise ValidationError(tr_noop("A method is listed twice in the comparison."))
    rankings = {
        method: rank(totals, method, tie_breaks=tie_breaks, casting=casting, finalists=finalists)
        for method in chosen
    }
    top_sets = {method: frozenset(r.top(award_count)) for method, r in rankings.items()}
    reference = top_sets[chosen[0]]
    return MethodComparison(
        award_count=award_count,
        methods=chosen,
        rankings=rankings,
        top_sets=top_sets,
        disagreeing=tuple(m for m in chosen[1:] if top_sets[m] != reference),
        undecided=tuple(m for m in chosen if not rankings[m].cut_is_clear(award_count)),
    )
