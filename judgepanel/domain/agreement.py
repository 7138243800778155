"""How far the judges agree: Kendall's W, per-judge correlation with the rest of the panel,
score spread per finalist, and intraclass correlation.

These figures go beside the result, not into it. They tell the chair whether the panel saw the
finalists alike (high W: the order of merit is robust) and whether one judge scored unlike the
others (a low or negative correlation with the mean of the others is worth a conversation before
the result is signed, not a reason to discard a judge's marks).

Exact where possible: W, its chi-square statistic and ICC are Fractions (ranks and totals are
rational). Only a p-value and a correlation coefficient (square roots, the gamma function) are
floats, computed in a fixed order so the same data always print the same digits.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Generic, TypeVar

from judgepanel.domain.aggregation import SortableId, average_ranks, prepare_totals, value_groups
from judgepanel.domain.errors import ValidationError, tr_noop
from judgepanel.domain.scoring import ExactInput

__all__ = [
    "MIN_SHARED_FOR_CORRELATION",
    "FinalistSpread",
    "IntraclassCorrelation",
    "JudgeAgreement",
    "KendallW",
    "chi_square_sf",
    "icc",
    "icc_band",
    "judge_agreement",
    "kendall_w",
    "pearson",
    "regularized_gamma_q",
    "spearman",
    "spread",
]

J = TypeVar("J", bound=SortableId)
E = TypeVar("E", bound=SortableId)

#: A correlation over fewer shared finalists than this is not reported: over two points it is
#: always +1 or -1 and says nothing.
MIN_SHARED_FOR_CORRELATION = 3

_EPSILON = 1e-15
_TINY = 1e-300
_MAX_ITERATIONS = 10_000


# --------------------------------------------------------------------------------------------
# Chi-square distribution


def _series_p(a: float, x: float) -> float:
    """Regularized lower incomplete gamma P(a, x) by its power series (for x < a + 1)."""
    term = total = 1.0 / a
    denominator = a
    for _ in range(_MAX_ITERATIONS):
        denominator += 1.0
        term *= x / denominator
        total += term
        if abs(term) < abs(total) * _EPSILON:
            return total * math.exp(-x + a * math.log(x) - math.lgamma(a))
    raise ArithmeticError(f"incomplete gamma series did not converge for a={a}, x={x}")


def _continued_fraction_q(a: float, x: float) -> float:
    """Regularized upper incomplete gamma Q(a, x) by its continued fraction (for x >= a + 1),
    evaluated with the modified Lentz method (Numerical Recipes, gcf)."""
    b = x + 1.0 - a
    c = 1.0 / _TINY
    d = 1.0 / b
    h = d
    for i in range(1, _MAX_ITERATIONS):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        if abs(d) < _TINY:
            d = _TINY
        c = b + an / c
        if abs(c) < _TINY:
            c = _TINY
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPSILON:
            return math.exp(-x + a * math.log(x) - math.lgamma(a)) * h
    raise ArithmeticError(f"incomplete gamma fraction did not converge for a={a}, x={x}")


def regularized_gamma_q(a: float, x: float) -> float:
    """Q(a, x) = Γ(a, x) / Γ(a), the regularized upper incomplete gamma function.

    The series converges fast below ``a + 1`` and the continued fraction above it; each is used
    where it is accurate (relative error ~1e-14 in practice; tests hold it to 1e-12 against
    closed forms).
    """
    if not a > 0:
        raise ValueError(f"a must be positive, got {a}")
    if not x >= 0:
        raise ValueError(f"x must be non-negative, got {x}")
    if math.isinf(x):
        return 0.0
    if x == 0:
        return 1.0
    if x < a + 1.0:
        return max(0.0, 1.0 - _series_p(a, x))
    return _continued_fraction_q(a, x)


def chi_square_sf(statistic: float, df: float) -> float:
    """P(X >= statistic) for X ~ chi-square with ``df`` degrees of freedom (the p-value)."""
    if not df > 0:
        raise ValueError(f"degrees of freedom must be positive, got {df}")
    if statistic <= 0:
        return 1.0
    return regularized_gamma_q(df / 2.0, float(statistic) / 2.0)


# --------------------------------------------------------------------------------------------
# Correlation


def _pearson_exact(xs: Sequence[Fraction], ys: Sequence[Fraction]) -> float | None:
    """Pearson's r from exact sums; the square root is the only inexact step, so the result is
    the same whatever the order of the points. None when either side has no spread."""
    n = len(xs)
    mean_x = sum(xs, Fraction(0)) / n
    mean_y = sum(ys, Fraction(0)) / n
    sxy = sum(((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)), Fraction(0))
    sxx = sum(((x - mean_x) ** 2 for x in xs), Fraction(0))
    syy = sum(((y - mean_y) ** 2 for y in ys), Fraction(0))
    if sxx == 0 or syy == 0:
        return None
    r = math.sqrt(sxy * sxy / (sxx * syy))
    return math.copysign(min(r, 1.0), sxy) if sxy else 0.0


def pearson(xs: Sequence[ExactInput], ys: Sequence[ExactInput]) -> float | None:
    """Pearson correlation of two equally long exact series; None if either is constant."""
    if len(xs) != len(ys):
        raise ValueError("series must be equally long")
    if len(xs) < 2:
        return None
    return _pearson_exact([Fraction(x) for x in xs], [Fraction(y) for y in ys])


def spearman(xs: Sequence[ExactInput], ys: Sequence[ExactInput]) -> float | None:
    """Spearman's rank correlation: Pearson on average ranks (ties share their mean rank)."""
    if len(xs) != len(ys):
        raise ValueError("series must be equally long")
    if len(xs) < 2:
        return None
    rx = average_ranks(dict(enumerate(xs)))
    ry = average_ranks(dict(enumerate(ys)))
    indices = range(len(xs))
    return _pearson_exact([rx[i] for i in indices], [ry[i] for i in indices])


# --------------------------------------------------------------------------------------------
# Kendall's W


@dataclass(frozen=True)
class KendallW(Generic[J]):
    """Kendall's coefficient of concordance over the judges who scored every finalist.

    ``w`` runs from 0 (no agreement) to 1 (identical rankings) and is tie-corrected.
    ``chi_square = m(n-1)W`` with ``df = n-1``; ``p_value`` is the chance of that much agreement
    if the judges ranked at random (the chi-square approximation, rough for n < 7 or m < 3).
    Judges with a recusal or a missing score cannot rank every finalist and are listed in
    ``excluded`` rather than silently dropped.
    """

    w: Fraction
    chi_square: Fraction
    df: int
    p_value: float
    judges: tuple[J, ...]
    excluded: tuple[J, ...]
    finalist_count: int
    tie_correction: int

    @property
    def judge_count(self) -> int:
        return len(self.judges)

    @property
    def excluded_count(self) -> int:
        return len(self.excluded)


def _complete_judges(
    clean: Mapping[J, Mapping[E, Fraction]], finalists: Sequence[E]
) -> tuple[list[J], list[J]]:
    wanted = set(finalists)
    included = sorted(j for j, row in clean.items() if wanted <= row.keys())
    excluded = sorted(j for j, row in clean.items() if not wanted <= row.keys())
    return included, excluded


def kendall_w(
    totals: Mapping[J, Mapping[E, ExactInput]], *, finalists: Collection[E] | None = None
) -> KendallW[J]:
    """Kendall's W = 12S / (m²(n³−n) − mΣT), with S the sum of squared deviations of the
    finalists' rank sums from their mean m(n+1)/2 and T = Σ(t³−t) over each judge's groups of
    t tied totals (Siegel & Castellan 1988, §9.4). Each judge ranks by total, highest first.
    """
    clean, entrants = prepare_totals(totals, finalists)
    included, excluded = _complete_judges(clean, entrants)
    m, n = len(included), len(entrants)
    if n < 2:
        raise ValidationError(
            tr_noop("Kendall's W needs at least two finalists (found {count})."), count=str(n)
        )
    if m < 2:
        raise ValidationError(
            tr_noop(
                "Kendall's W needs at least two judges who scored every finalist; "
                "{count} did ({excluded} excluded for a recusal or a missing score)."
            ),
            count=str(m),
            excluded=str(len(excluded)),
        )
    rank_sums = dict.fromkeys(entrants, Fraction(0))
    ties = 0
    for judge in included:
        row = {e: clean[judge][e] for e in entrants}
        for entrant, r in average_ranks(row).items():
            rank_sums[entrant] += r
        ties += sum(len(g) ** 3 - len(g) for g in value_groups(row) if len(g) > 1)
    mean_sum = Fraction(m * (n + 1), 2)
    s = sum(((r - mean_sum) ** 2 for r in rank_sums.values()), Fraction(0))
    denominator = m * m * (n**3 - n) - m * ties
    if denominator == 0:
        raise ValidationError(
            tr_noop("Kendall's W is undefined: every judge gave all finalists the same total.")
        )
    w = 12 * s / denominator
    chi_square = m * (n - 1) * w
    return KendallW(
        w=w,
        chi_square=chi_square,
        df=n - 1,
        p_value=chi_square_sf(float(chi_square), n - 1),
        judges=tuple(included),
        excluded=tuple(excluded),
        finalist_count=n,
        tie_correction=ties,
    )


# --------------------------------------------------------------------------------------------
# Each judge against the others


@dataclass(frozen=True)
class JudgeAgreement(Generic[J]):
    """One judge's totals against the mean of the other judges' totals, over the finalists this
    judge and at least one other judge both scored. A coefficient is None when there are fewer
    than :data:`MIN_SHARED_FOR_CORRELATION` such finalists or either side has no spread."""

    judge: J
    shared_finalists: int
    pearson: float | None
    spearman: float | None


def judge_agreement(
    totals: Mapping[J, Mapping[E, ExactInput]], *, finalists: Collection[E] | None = None
) -> tuple[JudgeAgreement[J], ...]:
    """Per-judge Pearson (on totals) and Spearman (on ranks) correlation with the mean of the
    other judges (Heiniger & Mercier 2018), judges in sorted order."""
    clean, _ = prepare_totals(totals, finalists)
    results: list[JudgeAgreement[J]] = []
    for judge in sorted(clean):
        own: list[Fraction] = []
        others: list[Fraction] = []
        for entrant in sorted(clean[judge]):
            peers = [row[entrant] for j, row in clean.items() if j != judge and entrant in row]
            if peers:
                own.append(clean[judge][entrant])
                others.append(sum(peers, Fraction(0)) / len(peers))
        if len(own) >= MIN_SHARED_FOR_CORRELATION:
            results.append(
                JudgeAgreement(judge, len(own), pearson(own, others), spearman(own, others))
            )
        else:
            results.append(JudgeAgreement(judge, len(own), None, None))
    return tuple(results)


# --------------------------------------------------------------------------------------------
# Spread


@dataclass(frozen=True)
class FinalistSpread(Generic[E]):
    """The range of one finalist's totals: a large spread marks a finalist the judges saw very
    differently, worth discussing before the result is signed."""

    entrant: E
    minimum: Fraction
    maximum: Fraction
    judge_count: int

    @property
    def spread(self) -> Fraction:
        return self.maximum - self.minimum


def spread(
    totals: Mapping[J, Mapping[E, ExactInput]], *, finalists: Collection[E] | None = None
) -> tuple[FinalistSpread[E], ...]:
    """Max − min of each finalist's totals over the judges who scored it, finalists sorted."""
    clean, entrants = prepare_totals(totals, finalists)
    results: list[FinalistSpread[E]] = []
    for entrant in entrants:
        values = [row[entrant] for row in clean.values() if entrant in row]
        results.append(FinalistSpread(entrant, min(values), max(values), len(values)))
    return tuple(results)


# --------------------------------------------------------------------------------------------
# Intraclass correlation


@dataclass(frozen=True)
class IntraclassCorrelation(Generic[J]):
    """Intraclass correlations from a two-way ANOVA over the judges who scored every finalist
    (Shrout & Fleiss 1979; McGraw & Wong 1996 name them ICC(A,1), ICC(A,k), ICC(C,1), ICC(C,k)).

    ``icc2_*``: two-way random effects, absolute agreement (judges as a sample of possible
    judges; a judge who is harsher overall counts as disagreement). ``icc3_*``: two-way mixed,
    consistency (only the order and spacing matter). ``*_1`` is the reliability of one judge,
    ``*_k`` of the panel's mean. Exact; may be negative.
    """

    icc2_1: Fraction
    icc2_k: Fraction
    icc3_1: Fraction
    icc3_k: Fraction
    judges: tuple[J, ...]
    excluded: tuple[J, ...]
    finalist_count: int


def icc_band(value: Fraction | float) -> str:
    """Koo & Li (2016) reading of an ICC: below 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good,
    above 0.9 excellent. Returns the English word (the UI translates it)."""
    if value < Fraction(1, 2):
        return tr_noop("poor")
    if value < Fraction(3, 4):
        return tr_noop("moderate")
    if value <= Fraction(9, 10):
        return tr_noop("good")
    return tr_noop("excellent")


def icc(
    totals: Mapping[J, Mapping[E, ExactInput]], *, finalists: Collection[E] | None = None
) -> IntraclassCorrelation[J]:
    """ICC(2,1), ICC(2,k), ICC(3,1) and ICC(3,k) over the judges who scored every finalist."""
    clean, entrants = prepare_totals(totals, finalists)
    included, excluded = _complete_judges(clean, entrants)
    k, n = len(included), len(entrants)
    if k < 2 or n < 2:
        raise ValidationError(
            tr_noop(
                "The intraclass correlation needs at least two finalists and two judges who "
                "scored every finalist ({finalists} finalists, {judges} such judges)."
            ),
            finalists=str(n),
            judges=str(k),
        )
    grid = [[clean[j][e] for j in included] for e in entrants]
    grand = sum((x for row in grid for x in row), Fraction(0)) / (n * k)
    row_means = [sum(row, Fraction(0)) / k for row in grid]
    col_means = [sum((grid[i][j] for i in range(n)), Fraction(0)) / n for j in range(k)]
    ss_total = sum(((x - grand) ** 2 for row in grid for x in row), Fraction(0))
    ss_rows = k * sum(((r - grand) ** 2 for r in row_means), Fraction(0))
    ss_cols = n * sum(((c - grand) ** 2 for c in col_means), Fraction(0))
    ss_error = ss_total - ss_rows - ss_cols
    ms_rows = ss_rows / (n - 1)
    ms_cols = ss_cols / (k - 1)
    ms_error = ss_error / ((n - 1) * (k - 1))
    denominators = (
        ms_rows + (k - 1) * ms_error + k * (ms_cols - ms_error) / n,
        ms_rows + (ms_cols - ms_error) / n,
        ms_rows + (k - 1) * ms_error,
        ms_rows,
    )
    if 0 in denominators:
        raise ValidationError(
            tr_noop(
                "The intraclass correlation is undefined for these totals "
                "(the finalists' means do not differ enough)."
            )
        )
    numerator = ms_rows - ms_error
    icc2_1, icc2_k, icc3_1, icc3_k = (numerator / d for d in denominators)
    return IntraclassCorrelation(
        icc2_1=icc2_1,
        icc2_k=icc2_k,
        icc3_1=icc3_1,
        icc3_k=icc3_k,
        judges=tuple(included),
        excluded=tuple(excluded),
        finalist_count=n,
    )
