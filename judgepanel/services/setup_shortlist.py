"""The shortlist: a formula fixed in advance ranks every entrant; the top N become finalists.

The formula lives in ``competitions.shortlist_formula`` (JSON) and can be changed only while no
finalists are confirmed. Confirming writes the ``finalists`` table (rank and composite); a tie
at the cut must first be decided by the chair, with a reason, in the decisions table (kind
``shortlist_tie``). Undoing a confirmation is an explicit reset with a reason (kind
``shortlist_reset``), refused once judges have scored.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from judgepanel.db.engine import Database
from judgepanel.db.models import (
    Competition,
    Decision,
    Entrant,
    Finalist,
    PreliminaryAssessment,
    PresentationSlot,
    VoteTally,
)
from judgepanel.domain.aggregation import CutDecision
from judgepanel.domain.enums import DecisionKind
from judgepanel.domain.errors import ConflictError, ValidationError, tr_noop
from judgepanel.domain.model import EntrantView, FinalistView
from judgepanel.domain.setup import (
    SHORTLIST_RESET,
    DecisionView,
    Problem,
    ShortlistRow,
    ShortlistView,
    check_text,
    normalise_code,
)
from judgepanel.domain.shortlist import (
    PreliminaryScores,
    ShortlistFormula,
    ShortlistResult,
    shortlist,
)
from judgepanel.services.competitions import entrant_view
from judgepanel.services.setup_common import (
    decision_view,
    dumps,
    finalists_confirmed,
    get_competition,
    load_formula,
    log,
    require_chair,
    require_judging_not_started,
    require_open_shortlist,
)
from judgepanel.services.setup_votes import latest_poll

COMPOSITE_PLACES = Decimal("0.0001")


def _fraction_text(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


class _Inputs:
    """What the shortlist is computed from, read in one transaction."""

    def __init__(self, s: Session, comp: Competition) -> None:
        self.comp = comp
        self.formula = load_formula(comp)
        entrants = s.scalars(
            select(Entrant).where(Entrant.competition_id == comp.id).order_by(Entrant.code)
        ).all()
        self.entrants: dict[str, EntrantView] = {e.code: entrant_view(e) for e in entrants}
        self.ids = {e.code: e.id for e in entrants}
        prelim = {p.entrant_id: p for p in s.scalars(
            select(PreliminaryAssessment).where(
                PreliminaryAssessment.entrant_id.in_([e.id for e in entrants])))}
        poll = latest_poll(s, comp.id)
        votes: dict[int, int] = {}
        if poll is not None:
            votes = {t.entrant_id: t.votes for t in s.scalars(
                select(VoteTally).where(VoteTally.poll_id == poll.id))}
        self.scores: dict[str, PreliminaryScores] = {}
        for e in entrants:
            p = prelim.get(e.id)
            share = None
            if poll is not None and e.id in votes:
                share = Fraction(votes[e.id], poll.sample_size)
            self.scores[e.code] = PreliminaryScores(
                submission=None if p is None or p.submission_score is None
                else Fraction(p.submission_score),
                site_visit=None if p is None or p.site_visit_score is None
                else Fraction(p.site_visit_score),
                vote_share=share,
            )
        self.confirmed = tuple(
            FinalistView(entrant_view(f.entrant), f.shortlist_rank, f.composite_score)
            for f in s.scalars(
                select(Finalist).where(Finalist.competition_id == comp.id)
                .options(selectinload(Finalist.entrant)).order_by(Finalist.shortlist_rank))
        )

    def compute(self, decision: CutDecision[str] | None = None) -> ShortlistResult[str]:
        return shortlist(self.scores, self.formula, self.comp.finalist_count, decision=decision)

    def subject(self, plain: ShortlistResult[str]) -> str:
        """What a tie decision is about: the formula, N, the tied entrants and their composite.
        A decision recorded on other figures does not match, so it is never applied to them."""
        tied = sorted(plain.tie_at_cut)
        value = next(e.composite for e in plain.entries if e.entrant == tied[0]) if tied else 0
        return dumps({"formula": self.formula.to_dict(), "finalist_count": plain.finalist_count,
                      "tie": tied, "composite": _fraction_text(Fraction(value))})


class ShortlistService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------------
    def view(self, competition_id: int) -> ShortlistView:
        with self._db.read() as s:
            comp = get_competition(s, competition_id)
            inputs = _Inputs(s, comp)
            return self._view(s, inputs)

    def _view(self, s: Session, inputs: _Inputs) -> ShortlistView:
        formula = inputs.formula
        base = {"formula": formula, "description": formula.describe(),
                "finalist_count": inputs.comp.finalist_count, "confirmed": inputs.confirmed}
        if not inputs.entrants:
            return ShortlistView(rows=(), finalists=(), tie_at_cut=(), open_places=0,
                                 decision=None,
                                 problem=Problem(tr_noop("There are no entrants to shortlist.")),
                                 **base)
        try:
            plain = inputs.compute()
            decision = self._matching_decision(s, inputs, plain)
            result = plain
            if decision is not None:
                result = inputs.compute(CutDecision(decision.admitted, decision.reason))
        except ValidationError as exc:
            return ShortlistView(rows=(), finalists=(), tie_at_cut=(), open_places=0,
                                 decision=None, problem=Problem(exc.template, exc.params), **base)
        rows = tuple(
            ShortlistRow(inputs.entrants[e.entrant], e.submission, e.site_visit, e.public_vote,
                         e.composite, e.position, e.selected, e.tied_at_cut, e.admitted_by_chair)
            for e in result.entries
        )
        return ShortlistView(rows=rows, finalists=tuple(result.finalists),
                             tie_at_cut=tuple(result.tie_at_cut), open_places=result.open_places,
                             decision=decision, **base)

    @staticmethod
    def _matching_decision(
        s: Session, inputs: _Inputs, plain: ShortlistResult[str]
    ) -> DecisionView | None:
        if not plain.tie_at_cut:
            return None
        row = s.scalar(
            select(Decision).where(
                Decision.competition_id == inputs.comp.id,
                Decision.kind == DecisionKind.SHORTLIST_TIE.value,
                Decision.subject == inputs.subject(plain),
            ).order_by(Decision.decided_at.desc(), Decision.id.desc()).limit(1)
        )
        return None if row is None else decision_view(row)

    # -- changing ------------------------------------------------------------------------------
    def set_formula(self, competition_id: int, formula: ShortlistFormula) -> ShortlistView:
        """Fixes the formula. Refused once the finalists are confirmed: the formula must be
        decided before the results it selects are known, not adjusted after."""
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            require_open_shortlist(s, competition_id)
            before = load_formula(comp)
            comp.shortlist_formula = json.dumps(formula.to_dict(), sort_keys=True)
            s.flush()
            if before != formula:
                log(s, "setup.shortlist_formula_set", {
                    "competition_uid": comp.uid, "formula": formula.to_dict(),
                    "description": formula.describe(),
                })
            return self._view(s, _Inputs(s, comp))

    def decide_tie(
        self, competition_id: int, admitted: Sequence[str], reason: str
    ) -> DecisionView:
        """Records which of the entrants tied at the last finalist place go through, and why.
        Applied when the finalists are confirmed."""
        reason = check_text(reason, tr_noop("The reason"), limit=2000, multiline=True)
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            require_open_shortlist(s, competition_id)
            inputs = _Inputs(s, comp)
            plain = inputs.compute()
            if not plain.tie_at_cut:
                raise ConflictError(
                    tr_noop("There is no tie at the shortlist's cut to decide."))
            codes = {normalise_code(c): c for c in inputs.entrants}
            chosen: list[str] = []
            for code in admitted:
                key = normalise_code(code)
                if key not in codes:
                    raise ValidationError(
                        tr_noop("There is no entrant with the code {code} in this competition."),
                        code=code)
                chosen.append(codes[key])
            decided = inputs.compute(CutDecision(tuple(chosen), reason))
            row = Decision(
                competition_id=comp.id, kind=DecisionKind.SHORTLIST_TIE.value,
                subject=inputs.subject(plain),
                outcome=dumps({"admitted": chosen, "finalists": list(decided.finalists)}),
                reason=reason,
            )
            s.add(row)
            s.flush()
            log(s, "setup.shortlist_tie_decided", {
                "competition_uid": comp.uid, "tied": list(plain.tie_at_cut),
                "admitted": chosen, "reason": reason,
            })
            return decision_view(row)

    def confirm(self, competition_id: int) -> ShortlistView:
        """Writes the top N as the finalists, applying the chair's decision on a tie at the
        cut. Refused while such a tie is undecided, or when finalists are already confirmed."""
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            if finalists_confirmed(s, competition_id):
                raise ConflictError(tr_noop("The finalists are already confirmed."))
            inputs = _Inputs(s, comp)
            view = self._view(s, inputs)
            if view.problem is not None:
                raise ValidationError(view.problem.template, **view.problem.params)
            if view.needs_decision:
                raise ConflictError(
                    tr_noop("{entrants} are tied at the last finalist place ({places} of them "
                            "can go through); record the chair's decision first."),
                    entrants=", ".join(view.tie_at_cut), places=view.open_places)
            selected = [r for r in view.rows if r.selected]
            for rank, row in enumerate(selected, start=1):
                composite = (Decimal(row.composite.numerator) / Decimal(row.composite.denominator)
                             ).quantize(COMPOSITE_PLACES, rounding=ROUND_HALF_EVEN)
                s.add(Finalist(
                    competition_id=comp.id, entrant_id=inputs.ids[row.entrant.code],
                    shortlist_rank=rank, composite_score=composite,
                    note="admitted by the chair's decision on a tie" if row.admitted_by_chair
                    else "",
                ))
            s.flush()
            log(s, "setup.finalists_confirmed", {
                "competition_uid": comp.uid, "formula": inputs.formula.to_dict(),
                "finalists": [r.entrant.code for r in selected],
                "decision_id": view.decision.id if view.decision else None,
            })
            return self._view(s, _Inputs(s, comp))

    def reset(self, competition_id: int, reason: str) -> ShortlistView:
        """Withdraws the confirmed finalists (and their presentation slots) so the formula or
        its inputs can be corrected; the reason is recorded. Refused once judges have scored."""
        reason = check_text(reason, tr_noop("The reason"), limit=2000, multiline=True)
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            if not finalists_confirmed(s, competition_id):
                raise ConflictError(tr_noop("No finalists are confirmed, so there is nothing to "
                                            "reset."))
            require_judging_not_started(s, competition_id)
            withdrawn = [code for (code,) in s.execute(
                select(Entrant.code).join(Finalist, Finalist.entrant_id == Entrant.id)
                .where(Finalist.competition_id == competition_id)
                .order_by(Finalist.shortlist_rank))]
            slots = s.execute(delete(PresentationSlot).where(
                PresentationSlot.competition_id == competition_id)).rowcount
            s.execute(delete(Finalist).where(Finalist.competition_id == competition_id))
            s.add(Decision(competition_id=comp.id, kind=SHORTLIST_RESET,
                           subject=dumps({"finalists": withdrawn}),
                           outcome=dumps({"slots_removed": slots}), reason=reason))
            s.flush()
            log(s, "setup.shortlist_reset", {"competition_uid": comp.uid,
                                             "withdrawn": withdrawn, "reason": reason,
                                             "slots_removed": slots})
            s.expire_all()
            return self._view(s, _Inputs(s, comp))

    def require_open(self, competition_id: int) -> None:
        """Raises if the finalists are confirmed (for callers that check before asking)."""
        with self._db.read() as s:
            require_open_shortlist(s, competition_id)
