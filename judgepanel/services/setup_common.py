"""Helpers the set-up services share: loading a competition, the locks that keep the shortlist
fixed, reading the stored formula, and the audit actor."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from judgepanel.db.models import Competition, Decision, Entrant, Finalist, Judge, Score
from judgepanel.domain.enums import DatabaseRole
from judgepanel.domain.errors import ConflictError, NotFoundError, ValidationError, tr_noop
from judgepanel.domain.setup import DEFAULT_SHORTLIST_FORMULA, DecisionView
from judgepanel.domain.shortlist import ShortlistFormula, VoteNormalisation
from judgepanel.services import audit
from judgepanel.services.competitions import SETTING_ROLE, get_setting

#: Who every set-up change is logged as: set-up is the chair's work.
ACTOR = "chair"


def log(session: Session, action: str, payload: dict[str, Any]) -> None:
    """Appends to the audit log in the caller's transaction (so both commit or neither)."""
    audit.append(session, ACTOR, action, payload)


def require_chair(session: Session) -> None:
    """A judge's laptop holds a copy of one judge's kit; set-up there would fork the truth."""
    role = get_setting(session, SETTING_ROLE)
    if role == DatabaseRole.JUDGE.value:
        raise ConflictError(
            tr_noop("This is a judge's database; the competition is set up on the chair's "
                    "computer.")
        )


def get_competition(session: Session, competition_id: int) -> Competition:
    comp = session.get(Competition, competition_id)
    if comp is None:
        raise NotFoundError(tr_noop("There is no competition with id {id}."), id=competition_id)
    return comp


def get_entrant(session: Session, competition_id: int, entrant_id: int) -> Entrant:
    entrant = session.get(Entrant, entrant_id)
    if entrant is None or entrant.competition_id != competition_id:
        raise NotFoundError(
            tr_noop("There is no entrant with id {id} in this competition."), id=entrant_id
        )
    return entrant


def get_judge(session: Session, competition_id: int, judge_id: int) -> Judge:
    judge = session.get(Judge, judge_id)
    if judge is None or judge.competition_id != competition_id:
        raise NotFoundError(
            tr_noop("There is no judge with id {id} in this competition."), id=judge_id
        )
    return judge


def finalists_confirmed(session: Session, competition_id: int) -> bool:
    return bool(session.scalar(
        select(exists().where(Finalist.competition_id == competition_id))
    ))


def require_open_shortlist(session: Session, competition_id: int) -> None:
    """The preliminary results and the formula are frozen once the finalists are confirmed:
    changing them afterwards would make the confirmed shortlist disagree with its inputs."""
    if finalists_confirmed(session, competition_id):
        raise ConflictError(
            tr_noop("The finalists are already confirmed, so the shortlist's inputs are fixed. "
                    "Reset the shortlist (with a reason) first if this must change.")
        )


def judging_started(session: Session, competition_id: int) -> bool:
    """Whether any judge's score exists for this competition (then criteria and finalists are
    what the judges scored against, and must not move)."""
    count = session.scalar(
        select(func.count(Score.id))
        .join(Entrant, Entrant.id == Score.entrant_id)
        .where(Entrant.competition_id == competition_id)
    )
    return bool(count)


def require_judging_not_started(session: Session, competition_id: int) -> None:
    if judging_started(session, competition_id):
        raise ConflictError(
            tr_noop("Judges have already recorded scores for this competition, so this can no "
                    "longer change.")
        )


def load_formula(comp: Competition) -> ShortlistFormula:
    """The stored formula, or the default for a competition that has none yet.

    Also reads the demo's older spelling (``public_vote_basis``) of ``vote_normalisation``."""
    text = comp.shortlist_formula or "{}"
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValidationError(
            tr_noop("The stored shortlist formula cannot be read: {detail}"), detail=str(exc)
        ) from exc
    if not isinstance(data, dict):
        raise ValidationError(
            tr_noop("The stored shortlist formula cannot be read: {detail}"),
            detail="not an object",
        )
    if not data:
        return DEFAULT_SHORTLIST_FORMULA
    if "public_vote_basis" in data and "vote_normalisation" not in data:
        data = dict(data)
        data["vote_normalisation"] = str(data.pop("public_vote_basis"))
    if data.get("vote_normalisation") == "share":
        data["vote_normalisation"] = VoteNormalisation.PERCENTAGE.value
    return ShortlistFormula.from_dict(data)


def decision_view(d: Decision) -> DecisionView:
    admitted: tuple[str, ...] = ()
    try:
        outcome = json.loads(d.outcome) if d.outcome.startswith("{") else {}
        if isinstance(outcome, dict) and isinstance(outcome.get("admitted"), list):
            admitted = tuple(str(c) for c in outcome["admitted"])
    except ValueError:
        pass
    return DecisionView(d.id, d.kind, d.subject, d.outcome, d.reason, d.decided_at, admitted)


def dumps(value: Any) -> str:
    """Canonical JSON for what we store in text columns (stable for comparisons)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
