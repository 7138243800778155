"""The presentation schedule: when each finalist presents, for how long, and the printable PDF.

Presentations may not overlap (the panel is one room); the order is the order of start times.
Times are stored in UTC and shown in Hong Kong time.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from judgepanel.db.engine import Database
from judgepanel.db.models import Competition, Entrant, Finalist, PresentationSlot
from judgepanel.domain import documents as docs
from judgepanel.domain.errors import ConflictError, ValidationError, tr_noop
from judgepanel.domain.model import ScheduleSlotView
from judgepanel.domain.setup import SchedulePlan, ScheduleView, SlotInput
from judgepanel.domain.timefmt import hk_datetime, hk_time, to_hk
from judgepanel.fileio import atomic_write
from judgepanel.services.competitions import entrant_view
from judgepanel.services.setup_common import get_competition, get_entrant, log, require_chair


def _slot_view(sl: PresentationSlot) -> ScheduleSlotView:
    return ScheduleSlotView(sl.position, entrant_view(sl.entrant), sl.starts_at,
                            sl.presentation_minutes, sl.qa_minutes)


def _finalists(s: Session, competition_id: int) -> list[Entrant]:
    return list(s.scalars(
        select(Entrant).join(Finalist, Finalist.entrant_id == Entrant.id)
        .where(Finalist.competition_id == competition_id).order_by(Finalist.shortlist_rank)
    ).all())


def _slots(s: Session, competition_id: int) -> list[PresentationSlot]:
    return list(s.scalars(
        select(PresentationSlot).where(PresentationSlot.competition_id == competition_id)
        .options(selectinload(PresentationSlot.entrant)).order_by(PresentationSlot.position)
    ).all())


Named = tuple[str, SlotInput]


def _refuse_overlap(first: Named, second: Named) -> None:
    (name_a, a), (name_b, b) = sorted((first, second), key=lambda t: (t[1].starts_at, t[0]))
    if b.starts_at < a.ends_at and a.starts_at < b.ends_at:
        raise ValidationError(
            tr_noop("{first} ({first_start}–{first_end}) and {second} ({second_start}–"
                    "{second_end}) would overlap; presentations cannot run at the same "
                    "time."),
            first=name_a, first_start=hk_datetime(a.starts_at), first_end=hk_time(a.ends_at),
            second=name_b, second_start=hk_datetime(b.starts_at),
            second_end=hk_time(b.ends_at),
        )


def check_overlaps(slots: list[Named], focus: Named | None = None) -> None:
    """Refuses presentations that overlap, naming both: ``focus`` (the slot being set) against
    every other first, then any pair among ``slots`` (neighbours by start time suffice)."""
    if focus is not None:
        for other in slots:
            _refuse_overlap(other, focus)
    ordered = sorted(slots, key=lambda t: (t[1].starts_at, t[0]))
    for first, second in pairwise(ordered):
        _refuse_overlap(first, second)


class ScheduleService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def view(self, competition_id: int) -> ScheduleView:
        with self._db.read() as s:
            get_competition(s, competition_id)
            return self._view(s, competition_id)

    @staticmethod
    def _view(s: Session, competition_id: int) -> ScheduleView:
        slots = _slots(s, competition_id)
        finalists = _finalists(s, competition_id)
        scheduled = {sl.entrant_id for sl in slots}
        return ScheduleView(
            slots=tuple(_slot_view(sl) for sl in slots),
            unscheduled=tuple(entrant_view(e) for e in finalists if e.id not in scheduled),
            finalists=tuple(entrant_view(e) for e in finalists),
        )

    def set_slot(self, competition_id: int, slot: SlotInput) -> ScheduleView:
        """Gives one finalist its slot (new or moved). Refused if it overlaps another."""
        slot = slot.validated()
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            entrant = get_entrant(s, competition_id, slot.entrant_id)
            self._require_finalist(s, competition_id, entrant)
            existing = _slots(s, competition_id)
            others = [(sl.entrant.name_en, SlotInput(sl.entrant_id, sl.starts_at,
                                                     sl.presentation_minutes, sl.qa_minutes))
                      for sl in existing if sl.entrant_id != entrant.id]
            check_overlaps(others, (entrant.name_en, slot))
            own = next((sl for sl in existing if sl.entrant_id == entrant.id), None)
            if own is None:
                own = PresentationSlot(competition_id=comp.id, entrant_id=entrant.id,
                                       position=-(len(existing) + 1))
                s.add(own)
            own.starts_at = slot.starts_at
            own.presentation_minutes = slot.presentation_minutes
            own.qa_minutes = slot.qa_minutes
            s.flush()
            self._renumber(s, competition_id)
            log(s, "setup.slot_set", {"competition_uid": comp.uid, "entrant": entrant.code,
                                      "starts_at": slot.starts_at.isoformat(),
                                      "presentation_minutes": slot.presentation_minutes,
                                      "qa_minutes": slot.qa_minutes})
            return self._view(s, competition_id)

    def remove_slot(self, competition_id: int, entrant_id: int) -> ScheduleView:
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            entrant = get_entrant(s, competition_id, entrant_id)
            s.execute(delete(PresentationSlot).where(
                PresentationSlot.competition_id == competition_id,
                PresentationSlot.entrant_id == entrant.id))
            s.flush()
            self._renumber(s, competition_id)
            log(s, "setup.slot_removed", {"competition_uid": comp.uid, "entrant": entrant.code})
            return self._view(s, competition_id)

    def plan(self, competition_id: int, plan: SchedulePlan) -> ScheduleView:
        """Replaces the whole schedule: the finalists in ``plan.order``, back to back."""
        slots = plan.slots()
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            finalists = {e.id: e for e in _finalists(s, competition_id)}
            if not finalists:
                raise ConflictError(tr_noop("There are no confirmed finalists to schedule yet."))
            if len(set(plan.order)) != len(plan.order):
                raise ValidationError(tr_noop("A finalist appears twice in the order."))
            for entrant_id in plan.order:
                if entrant_id not in finalists:
                    entrant = get_entrant(s, competition_id, entrant_id)
                    raise ValidationError(tr_noop("{entrant} is not a finalist."),
                                          entrant=entrant.name_en)
            check_overlaps([(finalists[sl.entrant_id].name_en, sl) for sl in slots])
            s.execute(delete(PresentationSlot).where(
                PresentationSlot.competition_id == competition_id))
            for position, sl in enumerate(slots, start=1):
                s.add(PresentationSlot(competition_id=comp.id, entrant_id=sl.entrant_id,
                                       position=position, starts_at=sl.starts_at,
                                       presentation_minutes=sl.presentation_minutes,
                                       qa_minutes=sl.qa_minutes))
            s.flush()
            log(s, "setup.schedule_planned", {
                "competition_uid": comp.uid, "starts_at": plan.starts_at.isoformat(),
                "order": [finalists[i].code for i in plan.order],
                "presentation_minutes": plan.presentation_minutes,
                "qa_minutes": plan.qa_minutes, "changeover_minutes": plan.changeover_minutes,
            })
            s.expire_all()
            return self._view(s, competition_id)

    # -- the printable schedule ------------------------------------------------------------------
    def document(self, competition_id: int) -> docs.ScheduleDocument:
        """The schedule as plain data for :func:`judgepanel.reports.schedule.build_schedule_pdf`
        (built off the GUI thread by the caller)."""
        with self._db.read() as s:
            comp = get_competition(s, competition_id)
            slots = _slots(s, competition_id)
            if not slots:
                raise ConflictError(tr_noop("The schedule is empty: give the finalists their "
                                            "presentation times first."))
            return docs.ScheduleDocument(
                competition=_competition_info(comp),
                venue_en=comp.venue_en, venue_zh=comp.venue_zh,
                day=to_hk(slots[0].starts_at).date(),
                slots=tuple(
                    docs.ScheduleSlot(
                        order=sl.position,
                        entrant=docs.EntrantInfo(sl.entrant.code, sl.entrant.name_en,
                                                 sl.entrant.name_zh, sl.entrant.category),
                        starts_at=to_hk(sl.starts_at),
                        presentation_minutes=sl.presentation_minutes,
                        qa_minutes=sl.qa_minutes,
                    )
                    for sl in slots
                ),
            )

    def pdf(self, competition_id: int) -> bytes:
        return build_pdf(self.document(competition_id))

    def save_pdf(self, competition_id: int, path: str | Path) -> Path:
        return save_pdf(self.document(competition_id), path)

    # -- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def _require_finalist(s: Session, competition_id: int, entrant: Entrant) -> None:
        if s.scalar(select(Finalist.id).where(Finalist.competition_id == competition_id,
                                              Finalist.entrant_id == entrant.id)) is None:
            raise ValidationError(tr_noop("{entrant} is not a finalist."),
                                  entrant=entrant.name_en)

    @staticmethod
    def _renumber(s: Session, competition_id: int) -> None:
        """Order = start time. Positions are unique, so they move out of the way first."""
        rows = sorted(_slots(s, competition_id), key=lambda sl: (sl.starts_at, sl.id))
        for i, sl in enumerate(rows, start=1):
            sl.position = -i
        s.flush()
        for i, sl in enumerate(rows, start=1):
            sl.position = i
        s.flush()


def _competition_info(comp: Competition) -> docs.CompetitionInfo:
    return docs.CompetitionInfo(comp.uid, comp.name_en, comp.name_zh, comp.year_label,
                                comp.award_name_en, comp.award_name_zh)


def build_pdf(document: docs.ScheduleDocument) -> bytes:
    """Pure: document in, PDF bytes out (safe to call from a worker thread)."""
    from judgepanel.reports.schedule import build_schedule_pdf

    return build_schedule_pdf(document)


def save_pdf(document: docs.ScheduleDocument, path: str | Path) -> Path:
    """Builds and writes the PDF atomically (never a half-written file under the name)."""
    return atomic_write(path, build_pdf(document), private=False)
