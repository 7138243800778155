"""Choosing the finalists from the preliminary stages, by a formula fixed in advance.

Before the presentations, every entrant has a self-nomination submission score (自薦書), a
consultant's site-visit score (實地探訪) and, in 2001, a share of the public vote, which "counted
as part of the score that selected eight finalists". This module combines the three into one
composite (0–100, exact) by weights the panel fixes before any score is known, ranks every
entrant, and takes the top N (eight by default). A tie straddling the last place is never broken
silently: it waits for the chair's recorded decision (which tied entrants go through, and why).

Why the public-vote share is, by default, taken relative to the highest share: among 28
departments even the most popular may get only a small fraction of households (say 15%). Used
as a raw percentage, a "20%" vote weight would then move a composite by at most 3 points of 100
and the stated weight would be a fiction. Relative to the top share, the most-voted entrant gets
100 and the weight means what it says. The raw percentage is available as an option.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Generic, TypeVar

from judgepanel.domain.aggregation import CutDecision, SortableId, select_top
from judgepanel.domain.errors import ValidationError, tr_noop
from judgepanel.domain.scoring import HUNDRED, as_fraction, format_exact, format_score

__all__ = [
    "DEFAULT_FINALIST_COUNT",
    "PreliminaryScores",
    "ShortlistEntry",
    "ShortlistFormula",
    "ShortlistResult",
    "VoteNormalisation",
    "shortlist",
]

E = TypeVar("E", bound=SortableId)

#: 2001: "eight departments went through to the final" (八個部門晉身決賽).
DEFAULT_FINALIST_COUNT = 8


class VoteNormalisation(StrEnum):
    """How a public-vote share (of households polled) becomes a 0–100 component."""

    RELATIVE_TO_TOP = "relative_to_top"  # share / highest share × 100 (the default)
    PERCENTAGE = "percentage"  # share × 100: percentage of households polled


def _percent(value: Fraction) -> str:
    """A weight share for a sentence: exact when short ("40%", "12.5%"), else 2 places."""
    text = format_exact(value)
    if "…" in text or ("." in text and len(text.split(".")[1]) > 2):
        text = format_score(value, 2)
    return text + "%"


@dataclass(frozen=True)
class ShortlistFormula:
    """The composite used to choose finalists, fixed before any preliminary score is known.

    Weights are relative (40/40/20 and 2/2/1 are the same formula) and may be zero to leave a
    stage out, but not all zero. Submission and site-visit scores are out of the stated maximum
    and rescaled to 0–100; the vote share is normalised per ``vote_normalisation``.
    """

    submission_weight: Fraction
    site_visit_weight: Fraction
    public_vote_weight: Fraction
    submission_maximum: Fraction = HUNDRED
    site_visit_maximum: Fraction = HUNDRED
    vote_normalisation: VoteNormalisation = VoteNormalisation.RELATIVE_TO_TOP

    def __post_init__(self) -> None:
        for name in (
            "submission_weight",
            "site_visit_weight",
            "public_vote_weight",
            "submission_maximum",
            "site_visit_maximum",
        ):
            object.__setattr__(self, name, as_fraction(getattr(self, name), what=name))
        object.__setattr__(self, "vote_normalisation", VoteNormalisation(self.vote_normalisation))
        weights = (self.submission_weight, self.site_visit_weight, self.public_vote_weight)
        if any(w < 0 for w in weights):
            raise ValidationError(tr_noop("A shortlist weight cannot be negative."))
        if sum(weights) == 0:
            raise ValidationError(tr_noop("At least one shortlist weight must be above zero."))
        if self.submission_maximum <= 0 or self.site_visit_maximum <= 0:
            raise ValidationError(
                tr_noop("The maximum submission and site-visit scores must be above zero.")
            )

    @property
    def total_weight(self) -> Fraction:
        return self.submission_weight + self.site_visit_weight + self.public_vote_weight

    def shares(self) -> tuple[Fraction, Fraction, Fraction]:
        """Each stage's share of the composite in percent: (submission, site visit, vote)."""
        total = self.total_weight
        return (
            self.submission_weight / total * HUNDRED,
            self.site_visit_weight / total * HUNDRED,
            self.public_vote_weight / total * HUNDRED,
        )

    def describe(self) -> str:
        """The formula in English words, for the chair to approve and the report to print, e.g.
        "Composite = 40% × self-nomination submission (scored out of 100) + 40% × site visit
        (scored out of 100) + 20% × public-vote share (relative to the highest share)"."""
        submission, site_visit, vote = self.shares()
        terms: list[str] = []

        def out_of(maximum: Fraction) -> str:
            if maximum == HUNDRED:
                return "scored out of 100"
            return f"scored out of {format_exact(maximum)}, rescaled to 0–100"

        if submission:
            terms.append(
                f"{_percent(submission)} × self-nomination submission "
                f"({out_of(self.submission_maximum)})"
            )
        if site_visit:
            terms.append(f"{_percent(site_visit)} × site visit ({out_of(self.site_visit_maximum)})")
        if vote:
            how = (
                "relative to the highest share"
                if self.vote_normalisation is VoteNormalisation.RELATIVE_TO_TOP
                else "percentage of households polled"
            )
            terms.append(f"{_percent(vote)} × public-vote share ({how})")
        return "Composite = " + " + ".join(terms)

    def to_dict(self) -> dict[str, str]:
        """A JSON-ready form for storing the fixed formula: numbers as exact text, a decimal
        ("0.4") or, when none is finite, a ratio ("2/3"); never a float."""
        return {
            "submission_weight": _exact_text(self.submission_weight),
            "site_visit_weight": _exact_text(self.site_visit_weight),
            "public_vote_weight": _exact_text(self.public_vote_weight),
            "submission_maximum": _exact_text(self.submission_maximum),
            "site_visit_maximum": _exact_text(self.site_visit_maximum),
            "vote_normalisation": self.vote_normalisation.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ShortlistFormula:
        """Reads :meth:`to_dict`'s form strictly: unknown keys or non-text numbers are refused."""
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValidationError(
                tr_noop("The shortlist formula has unknown settings: {names}."),
                names=", ".join(unknown),
            )
        missing = sorted(
            {"submission_weight", "site_visit_weight", "public_vote_weight"} - set(data)
        )
        if missing:
            raise ValidationError(
                tr_noop("The shortlist formula is missing: {names}."), names=", ".join(missing)
            )
        values: dict[str, object] = {}
        for key, raw in data.items():
            if not isinstance(raw, str):
                raise ValidationError(
                    tr_noop("The shortlist setting {name} must be text, not {value}."),
                    name=key,
                    value=repr(raw),
                )
            if key == "vote_normalisation":
                try:
                    values[key] = VoteNormalisation(raw)
                except ValueError:
                    raise ValidationError(
                        tr_noop("Unknown public-vote normalisation: {value}."), value=raw
                    ) from None
            elif _STORED_NUMBER.fullmatch(raw):
                values[key] = Fraction(raw)
            else:
                raise ValidationError(
                    tr_noop("The shortlist setting {name} is not an exact number: {value}."),
                    name=key,
                    value=raw,
                )
        return cls(**values)  # type: ignore[arg-type]


#: Exact numbers as stored: a decimal ("0.4") or, when no finite decimal exists, a ratio ("2/3").
_STORED_NUMBER = re.compile(r"-?\d+(?:\.\d+)?|-?\d+/[1-9]\d*", re.ASCII)


def _exact_text(value: Fraction) -> str:
    text = format_exact(value)
    if "…" in text:
        return f"{value.numerator}/{value.denominator}"
    return text


@dataclass(frozen=True)
class PreliminaryScores:
    """One entrant's preliminary results: submission and site-visit scores (out of the
    formula's maxima) and public-vote share as a proportion of households polled (0–1, e.g.
    :attr:`judgepanel.domain.public_vote.VoteShare.share`). None = not yet available."""

    submission: Fraction | None = None
    site_visit: Fraction | None = None
    vote_share: Fraction | None = None

    def __post_init__(self) -> None:
        for name in ("submission", "site_visit", "vote_share"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, as_fraction(value, what=name))


@dataclass(frozen=True)
class ShortlistEntry(Generic[E]):
    """One entrant's line of the shortlist: each stage normalised to 0–100, the composite, its
    position (1, 2, 2, 4 for ties) and whether it goes through."""

    entrant: E
    submission: Fraction
    site_visit: Fraction
    public_vote: Fraction
    composite: Fraction
    position: int
    selected: bool
    tied_at_cut: bool
    admitted_by_chair: bool


@dataclass(frozen=True)
class ShortlistResult(Generic[E]):
    """The ranked entrants and the finalists.

    When composites tie across the last place, ``tie_at_cut`` lists the tied entrants and
    ``open_places`` how many of them go through; until the chair's ``decision`` is given,
    ``finalists`` holds only the clear ones and :attr:`resolved` is False.
    """

    formula: ShortlistFormula
    finalist_count: int
    entries: tuple[ShortlistEntry[E], ...]
    finalists: tuple[E, ...]
    tie_at_cut: tuple[E, ...]
    open_places: int
    decision: CutDecision[E] | None

    @property
    def resolved(self) -> bool:
        return not self.tie_at_cut or self.decision is not None

    @property
    def description(self) -> str:
        return self.formula.describe()


def _require(
    value: Fraction | None, weight: Fraction, template: str, entrant: SortableId
) -> Fraction:
    if value is None:
        if weight == 0:
            return Fraction(0)
        raise ValidationError(template, entrant=str(entrant))
    return value


def _check_range(
    value: Fraction, maximum: Fraction, template: str, entrant: SortableId, shown_max: str
) -> None:
    if not 0 <= value <= maximum:
        raise ValidationError(
            template, entrant=str(entrant), value=format_exact(value), maximum=shown_max
        )


def shortlist(
    entries: Mapping[E, PreliminaryScores],
    formula: ShortlistFormula,
    finalist_count: int = DEFAULT_FINALIST_COUNT,
    *,
    decision: CutDecision[E] | None = None,
) -> ShortlistResult[E]:
    """Ranks every entrant by composite and selects the top ``finalist_count``.

    Every stage with a weight above zero must have a score for every entrant: a missing one is
    refused, naming the entrant, because treating it as 0 would quietly knock the entrant out.
    """
    if isinstance(finalist_count, bool) or not isinstance(finalist_count, int):
        raise TypeError("finalist_count must be an int")
    if finalist_count < 1:
        raise ValidationError(
            tr_noop("The number of finalists must be at least 1 (got {count})."),
            count=str(finalist_count),
        )
    if not entries:
        raise ValidationError(tr_noop("There are no entrants to shortlist."))

    raw: dict[E, tuple[Fraction, Fraction, Fraction]] = {}
    for entrant in sorted(entries):
        scores = entries[entrant]
        submission = _require(
            scores.submission,
            formula.submission_weight,
            tr_noop("{entrant} has no self-nomination submission score yet."),
            entrant,
        )
        site_visit = _require(
            scores.site_visit,
            formula.site_visit_weight,
            tr_noop("{entrant} has no site-visit score yet."),
            entrant,
        )
        vote_share = _require(
            scores.vote_share,
            formula.public_vote_weight,
            tr_noop("{entrant} has no public-vote share yet."),
            entrant,
        )
        _check_range(
            submission,
            formula.submission_maximum,
            tr_noop("The submission score of {entrant} ({value}) is outside 0–{maximum}."),
            entrant,
            format_exact(formula.submission_maximum),
        )
        _check_range(
            site_visit,
            formula.site_visit_maximum,
            tr_noop("The site-visit score of {entrant} ({value}) is outside 0–{maximum}."),
            entrant,
            format_exact(formula.site_visit_maximum),
        )
        _check_range(
            vote_share,
            Fraction(1),
            tr_noop("The public-vote share of {entrant} ({value}) is outside 0–{maximum}."),
            entrant,
            "1",
        )
        raw[entrant] = (submission, site_visit, vote_share)

    top_share = max(v for _, _, v in raw.values())
    if formula.public_vote_weight and formula.vote_normalisation is (
        VoteNormalisation.RELATIVE_TO_TOP
    ):
        if top_share == 0:
            raise ValidationError(
                tr_noop(
                    "No entrant has any public votes, so vote shares cannot be taken relative "
                    "to the highest share."
                )
            )
        vote_scale = HUNDRED / top_share
    else:
        vote_scale = HUNDRED

    total_weight = formula.total_weight
    normalised: dict[E, tuple[Fraction, Fraction, Fraction, Fraction]] = {}
    for entrant, (submission, site_visit, vote_share) in raw.items():
        s = submission / formula.submission_maximum * HUNDRED
        v = site_visit / formula.site_visit_maximum * HUNDRED
        p = vote_share * vote_scale
        composite = (
            formula.submission_weight * s
            + formula.site_visit_weight * v
            + formula.public_vote_weight * p
        ) / total_weight
        normalised[entrant] = (s, v, p, composite)

    cut = select_top(
        {e: parts[3] for e, parts in normalised.items()}, finalist_count, decision=decision
    )
    selected = set(cut.selected)
    tied = set(cut.tied_at_cut)
    admitted = set(cut.decision.admitted) if cut.decision else set()
    result_entries = tuple(
        ShortlistEntry(
            entrant=entrant,
            submission=normalised[entrant][0],
            site_visit=normalised[entrant][1],
            public_vote=normalised[entrant][2],
            composite=normalised[entrant][3],
            position=cut.positions[entrant],
            selected=entrant in selected,
            tied_at_cut=entrant in tied,
            admitted_by_chair=entrant in admitted,
        )
        for entrant in cut.order
    )
    return ShortlistResult(
        formula=formula,
        finalist_count=finalist_count,
        entries=result_entries,
        finalists=cut.selected,
        tie_at_cut=cut.tied_at_cut,
        open_places=cut.open_places,
        decision=cut.decision,
    )
