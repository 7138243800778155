"""Every set-up service on one database, bundled for the set-up workspace and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from judgepanel.db.engine import Database
from judgepanel.services.competitions import CompetitionService
from judgepanel.services.setup_competition import CompetitionSetupService
from judgepanel.services.setup_entrants import EntrantService, PreliminaryService
from judgepanel.services.setup_judges import JudgeService
from judgepanel.services.setup_schedule import ScheduleService
from judgepanel.services.setup_shortlist import ShortlistService
from judgepanel.services.setup_votes import PublicVoteService

__all__ = ["SetupServices"]


@dataclass(frozen=True)
class SetupServices:
    """The chair's set-up use cases; each method of each service is one transaction."""

    db: Database
    competitions: CompetitionSetupService
    entrants: EntrantService
    preliminary: PreliminaryService
    votes: PublicVoteService
    shortlist: ShortlistService
    judges: JudgeService
    schedule: ScheduleService
    overview: CompetitionService

    @classmethod
    def from_database(cls, db: Database) -> SetupServices:
        return cls(
            db=db,
            competitions=CompetitionSetupService(db),
            entrants=EntrantService(db),
            preliminary=PreliminaryService(db),
            votes=PublicVoteService(db),
            shortlist=ShortlistService(db),
            judges=JudgeService(db),
            schedule=ScheduleService(db),
            overview=CompetitionService(db),
        )

    @classmethod
    def coerce(cls, services: Any) -> SetupServices:
        """Accepts a SetupServices, an open Database, or any object with a ``db`` attribute
        (such as the application's ``Services``), so hosts need not know this bundle."""
        if isinstance(services, SetupServices):
            return services
        if isinstance(services, Database):
            return cls.from_database(services)
        db = getattr(services, "db", None)
        if isinstance(db, Database):
            return cls.from_database(db)
        raise TypeError(f"cannot build set-up services from {services!r}")
