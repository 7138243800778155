"""The public's vote: shares, margins of error, and the award to the most-voted entrants.

In 2002-03 over 4,500 households were polled by telephone and the three departments with the
most votes received the Best Public Image Award (K = 3); in 2001 one department, the most voted,
received the Best Public Impression Award (K = 1).

A poll is a sample, so a lead of a few votes may be chance. The award still goes by votes, as
the rules say, but the result flags a *statistical* tie at the cut (the 95% intervals of the last
awarded and the first unawarded entrant overlap) so it can be disclosed, and separately an
*exact* tie in votes at the cut, which the rules cannot settle and the chair must decide.

Shares are of households interviewed (``votes / n``), not of votes cast: a household that did
not vote is part of the sample, and the margin of error is about the population of households.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Generic, TypeVar

from judgepanel.domain.aggregation import CutDecision, SortableId, select_top
from judgepanel.domain.errors import ValidationError, tr_noop

__all__ = [
    "DEFAULT_AWARD_COUNT",
    "Z_95",
    "PublicVoteResult",
    "VoteShare",
    "margin_of_error",
    "public_vote_result",
]

E = TypeVar("E", bound=SortableId)

#: The normal quantile used for a 95% interval, as in the panel's practice note (1.96; the exact
#: 97.5th percentile 1.959964 would change no reported digit that matters).
Z_95 = 1.96

#: Best Public Image Award, 2002-03: the three most-voted departments.
DEFAULT_AWARD_COUNT = 3


def margin_of_error(share: Fraction, sample_size: int, z: float = Z_95) -> float:
    """``z × sqrt(p(1 − p) / n)``: the normal-approximation margin of a sample proportion."""
    if sample_size <= 0:
        raise ValueError("sample_size must be positive")
    return z * math.sqrt(share * (1 - share) / sample_size)


@dataclass(frozen=True)
class VoteShare(Generic[E]):
    """One entrant's votes, share of households ``votes / n`` (exact), and its 95% interval
    ``[low, high]`` clipped to [0, 1]. ``position`` ranks by votes (1, 2, 2, 4 for ties)."""

    entrant: E
    votes: int
    share: Fraction
    margin: float
    low: float
    high: float
    position: int
    awarded: bool
    tied_at_cut: bool
    overlaps_cut: bool


@dataclass(frozen=True)
class PublicVoteResult(Generic[E]):
    """The poll's outcome: every entrant by votes, the winners, and what is uncertain at the cut.

    ``winners`` holds the awarded entrants in vote order. If votes are exactly tied across the
    cut, only the clear winners are listed until the chair's ``decision`` picks ``open_places``
    of ``exact_tie_at_cut``. ``statistical_tie_at_cut`` is True when the intervals of the K-th
    and (K+1)-th entrants overlap; ``overlapping_cut`` lists every entrant whose interval crosses
    the cut (an awarded one reaching down to the best unawarded one's interval, or an unawarded
    one reaching up to the last awarded one's).
    """

    sample_size: int
    total_votes: int
    award_count: int
    shares: tuple[VoteShare[E], ...]
    winners: tuple[E, ...]
    exact_tie_at_cut: tuple[E, ...]
    open_places: int
    decision: CutDecision[E] | None
    statistical_tie_at_cut: bool
    overlapping_cut: tuple[E, ...]

    @property
    def resolved(self) -> bool:
        """False while an exact tie at the cut waits for the chair's decision."""
        return not self.exact_tie_at_cut or self.decision is not None

    @property
    def households_not_voting(self) -> int:
        return self.sample_size - self.total_votes


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def public_vote_result(
    tallies: Mapping[E, int],
    sample_size: int,
    award_count: int = DEFAULT_AWARD_COUNT,
    *,
    decision: CutDecision[E] | None = None,
) -> PublicVoteResult[E]:
    """Shares, intervals and the award to the top ``award_count`` entrants by votes.

    Validates that the sample size is a positive whole number, every tally a whole number of
    votes of zero or more, and that the votes do not add up to more than the households polled
    (each household votes at most once).
    """
    if not _is_count(sample_size) or sample_size <= 0:
        raise ValidationError(
            tr_noop("The sample size must be a positive number of households (got {sample_size})."),
            sample_size=str(sample_size),
        )
    if not _is_count(award_count) or award_count < 0:
        raise ValidationError(
            tr_noop("The number of public-vote awards must be zero or more (got {count})."),
            count=str(award_count),
        )
    if not tallies:
        raise ValidationError(tr_noop("No vote tallies were given."))
    for entrant in sorted(tallies):
        votes = tallies[entrant]
        if not _is_count(votes):
            raise ValidationError(
                tr_noop("The vote count for {entrant} is not a whole number ({votes})."),
                entrant=str(entrant),
                votes=str(votes),
            )
        if votes < 0:
            raise ValidationError(
                tr_noop("The vote count for {entrant} is negative ({votes})."),
                entrant=str(entrant),
                votes=str(votes),
            )
    total = sum(tallies.values())
    if total > sample_size:
        raise ValidationError(
            tr_noop(
                "The votes add up to {total}, more than the {sample_size} households "
                "interviewed; each household votes at most once."
            ),
            total=str(total),
            sample_size=str(sample_size),
        )

    cut = select_top(dict(tallies), award_count, decision=decision)
    intervals: dict[E, tuple[Fraction, float, float, float]] = {}
    for entrant in cut.order:
        share = Fraction(tallies[entrant], sample_size)
        margin = margin_of_error(share, sample_size)
        low = max(0.0, float(share) - margin)
        high = min(1.0, float(share) + margin)
        intervals[entrant] = (share, margin, low, high)

    def overlap(a: E, b: E) -> bool:
        return intervals[a][2] <= intervals[b][3] and intervals[b][2] <= intervals[a][3]

    statistical = False
    overlapping: set[E] = set()
    if 0 < award_count < len(cut.order):
        last_in, first_out = cut.order[award_count - 1], cut.order[award_count]
        statistical = overlap(last_in, first_out)
        for index, entrant in enumerate(cut.order):
            if overlap(entrant, first_out if index < award_count else last_in):
                overlapping.add(entrant)

    selected = set(cut.selected)
    tied = set(cut.tied_at_cut)
    shares = tuple(
        VoteShare(
            entrant=entrant,
            votes=tallies[entrant],
            share=intervals[entrant][0],
            margin=intervals[entrant][1],
            low=intervals[entrant][2],
            high=intervals[entrant][3],
            position=cut.positions[entrant],
            awarded=entrant in selected,
            tied_at_cut=entrant in tied,
            overlaps_cut=entrant in overlapping,
        )
        for entrant in cut.order
    )
    return PublicVoteResult(
        sample_size=sample_size,
        total_votes=total,
        award_count=award_count,
        shares=shares,
        winners=cut.selected,
        exact_tie_at_cut=cut.tied_at_cut,
        open_places=cut.open_places,
        decision=cut.decision,
        statistical_tie_at_cut=statistical,
        overlapping_cut=tuple(e for e in cut.order if e in overlapping),
    )
