"""Loads the demo competition into a database (idempotent: a second run changes nothing)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select

from judgepanel.db.engine import Database
from judgepanel.db.models import (
    Competition,
    ConflictOfInterest,
    Criterion,
    Entrant,
    Finalist,
    Judge,
    PreliminaryAssessment,
    PresentationSlot,
    PublicPoll,
    RubricBand,
    VoteTally,
)
from judgepanel.services import audit
from judgepanel.services import demo_data as d
from judgepanel.services.competitions import SETTING_ROLE, get_setting, set_setting

# Presentation order on the final day, as drawn by lot.
_PRESENTATION_ORDER = ["LCSD", "IRD", "HKPO", "CSD", "FSD", "HKO", "IMMD", "HKPF"]


@dataclass(frozen=True)
class DemoResult:
    competition_id: int
    created: bool


def _composite(submission: Decimal, site_visit: Decimal, votes: int, top_votes: int) -> Fraction:
    f = d.SHORTLIST_FORMULA
    share = Fraction(votes * 100, top_votes) if top_votes else Fraction(0)
    total_weight = sum(Fraction(f[k]) for k in ("submission_weight", "site_visit_weight",
                                                 "public_vote_weight"))
    return (
        Fraction(f["submission_weight"]) * Fraction(submission)
        + Fraction(f["site_visit_weight"]) * Fraction(site_visit)
        + Fraction(f["public_vote_weight"]) * share
    ) / total_weight


def load_demo(db: Database, *, actor: str = "demo") -> DemoResult:
    """Creates the 2002-03 competition unless this database already holds it."""
    with db.write() as s:
        existing = s.scalar(
            select(Competition.id).where(Competition.uid == d.DEMO_COMPETITION_UID)
        )
        if existing is not None:
            return DemoResult(existing, created=False)

        comp = Competition(
            **d.COMPETITION,
            shortlist_formula=json.dumps(d.SHORTLIST_FORMULA, sort_keys=True),
            aggregation_method="mean",
            tie_break_chain=json.dumps(["criterion:service_quality", "casting_vote"]),
        )
        s.add(comp)
        s.flush()

        for pos, c in enumerate(d.CRITERIA, start=1):
            crit = Criterion(
                competition_id=comp.id,
                position=pos,
                code=c["code"],
                name_en=c["name_en"],
                name_zh=c["name_zh"],
                description_en=c["description_en"],
                description_zh=c["description_zh"],
                weight=c["weight"],
                scale_min=Decimal("0"),
                scale_max=Decimal("10"),
                scale_step=Decimal("0.5"),
            )
            crit.bands = [
                RubricBand(position=i, low=low, high=high, descriptor_en=en, descriptor_zh=zh)
                for i, ((low, high), (en, zh)) in enumerate(
                    zip(d.band_ranges(), c["bands"], strict=True), start=1
                )
            ]
            s.add(crit)

        poll = PublicPoll(competition_id=comp.id, **d.POLL)
        s.add(poll)
        entrants: dict[str, Entrant] = {}
        for code, en, zh, *_ in d.ENTRANTS:
            e = Entrant(competition_id=comp.id, code=code, name_en=en, name_zh=zh,
                        category="department")
            s.add(e)
            entrants[code] = e
        s.flush()

        top_votes = max(v for *_, v in d.ENTRANTS)
        composites: list[tuple[Fraction, str]] = []
        for code, _en, _zh, sub, visit, votes in d.ENTRANTS:
            e = entrants[code]
            s.add(PreliminaryAssessment(entrant_id=e.id, submission_score=Decimal(sub),
                                        site_visit_score=Decimal(visit)))
            s.add(VoteTally(poll_id=poll.id, entrant_id=e.id, votes=votes))
            composites.append((_composite(Decimal(sub), Decimal(visit), votes, top_votes), code))

        composites.sort(key=lambda t: (-t[0], t[1]))
        for rank, (value, code) in enumerate(composites[: comp.finalist_count], start=1):
            rounded = Decimal(value.numerator) / Decimal(value.denominator)
            s.add(Finalist(competition_id=comp.id, entrant_id=entrants[code].id,
                           shortlist_rank=rank, composite_score=rounded.quantize(Decimal("0.01"))))

        judges: list[Judge] = []
        for en, zh, title, affiliation, org in d.JUDGES:
            j = Judge(competition_id=comp.id, name_en=en, name_zh=zh, title=title,
                      affiliation=affiliation, organisation=org)
            s.add(j)
            judges.append(j)
        s.flush()

        hkt = timezone(timedelta(hours=d.HONG_KONG_UTC_OFFSET_HOURS))
        for index, code, reason in d.CONFLICTS:
            s.add(ConflictOfInterest(judge_id=judges[index].id, entrant_id=entrants[code].id,
                                     reason=reason,
                                     declared_at=datetime(2003, 1, 6, 10, 0, tzinfo=hkt)))

        start = datetime.fromisoformat(f"{d.SCHEDULE_DAY}T{d.SCHEDULE_START}").replace(tzinfo=hkt)
        slot_minutes = d.PRESENTATION_MINUTES + d.QA_MINUTES + d.CHANGEOVER_MINUTES
        for pos, code in enumerate(_PRESENTATION_ORDER, start=1):
            s.add(PresentationSlot(
                competition_id=comp.id, entrant_id=entrants[code].id, position=pos,
                starts_at=start + timedelta(minutes=slot_minutes * (pos - 1)),
                presentation_minutes=d.PRESENTATION_MINUTES, qa_minutes=d.QA_MINUTES,
            ))

        if get_setting(s, SETTING_ROLE) is None:
            set_setting(s, SETTING_ROLE, "chair")
        audit.append(s, actor, "demo.loaded", {"competition_uid": comp.uid})
        competition_id = comp.id
        judge_ids = [j.id for j in judges]

    _issue_demo_credentials(db, competition_id, judge_ids)
    return DemoResult(competition_id, created=True)


def _issue_demo_credentials(db: Database, competition_id: int, judge_ids: list[int]) -> None:
    """The demo's panel authority and one signing credential per judge, with the documented
    demo passphrases (README), so signing can be tried at once."""
    from judgepanel.services.authority import AuthorityService

    authority = AuthorityService(db)
    authority.create(competition_id, d.DEMO_PANEL_PASSPHRASE.encode())
    ca = authority.load_authority(competition_id, d.DEMO_PANEL_PASSPHRASE.encode())
    for judge_id in judge_ids:
        authority.issue_credential_with(ca, judge_id, d.DEMO_JUDGE_PASSPHRASE.encode())
