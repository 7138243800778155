"""Entrants (by hand or from a CSV file) and their preliminary scores.

Entrant codes and names are unique within a competition regardless of case, because the chair,
the polling firm's file and the judges all name entrants by them. A CSV import adds every row or
none; see :mod:`judgepanel.services.csv_import` for the format and the checks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from judgepanel.db.engine import Database
from judgepanel.db.models import Entrant, PreliminaryAssessment, utcnow
from judgepanel.domain.errors import ValidationError, tr_noop
from judgepanel.domain.model import EntrantView
from judgepanel.domain.scoring import ExactInput, as_fraction, format_exact
from judgepanel.domain.setup import (
    PRELIMINARY_SCALE,
    EntrantInput,
    ImportResult,
    PreliminaryRow,
    normalise_code,
    to_decimal,
)
from judgepanel.fileio import read_limited
from judgepanel.services import csv_import
from judgepanel.services.competitions import entrant_view
from judgepanel.services.setup_common import (
    get_competition,
    get_entrant,
    log,
    require_chair,
    require_judging_not_started,
    require_open_shortlist,
)

MAX_ENTRANTS = 2000


def _name_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _check_unique(others: Iterable[Entrant], clean: EntrantInput) -> None:
    for other in others:
        if normalise_code(other.code) == normalise_code(clean.code):
            raise ValidationError(
                tr_noop("The code {code} is already used by {entrant}."),
                code=clean.code, entrant=f"{other.code} {other.name_en}",
            )
        if _name_key(other.name_en) == _name_key(clean.name.en):
            raise ValidationError(
                tr_noop("The English name {name} is already used by entrant {code}."),
                name=clean.name.en, code=other.code,
            )
        if _name_key(other.name_zh) == _name_key(clean.name.zh):
            raise ValidationError(
                tr_noop("The Chinese name {name} is already used by entrant {code}."),
                name=clean.name.zh, code=other.code,
            )


class EntrantService:
    """The competing departments, teams or individuals."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def entrants(self, competition_id: int) -> tuple[EntrantView, ...]:
        with self._db.read() as s:
            get_competition(s, competition_id)
            rows = s.scalars(
                select(Entrant).where(Entrant.competition_id == competition_id)
                .order_by(Entrant.code)
            ).all()
            return tuple(entrant_view(e) for e in rows)

    def add_entrant(self, competition_id: int, data: EntrantInput) -> EntrantView:
        """Adds one entrant. Refused once the finalists are confirmed: a new entrant would
        have been part of the shortlist."""
        clean = data.validated()
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            require_open_shortlist(s, competition_id)
            others = s.scalars(
                select(Entrant).where(Entrant.competition_id == competition_id)
            ).all()
            if len(others) >= MAX_ENTRANTS:
                raise ValidationError(tr_noop("A competition can have at most {limit} entrants."),
                                      limit=MAX_ENTRANTS)
            _check_unique(others, clean)
            e = Entrant(competition_id=comp.id, code=clean.code, name_en=clean.name.en,
                        name_zh=clean.name.zh, category=clean.category.value)
            s.add(e)
            s.flush()
            log(s, "setup.entrant_added", {"competition_uid": comp.uid, "code": e.code,
                                           "name_en": e.name_en})
            return entrant_view(e)

    def update_entrant(
        self, competition_id: int, entrant_id: int, data: EntrantInput
    ) -> EntrantView:
        """Corrects an entrant's code, names or category. The code is what judges' score sheets
        name, so it is fixed once scoring has started."""
        clean = data.validated()
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            e = get_entrant(s, competition_id, entrant_id)
            if clean.code != e.code:
                require_judging_not_started(s, competition_id)
            others = s.scalars(
                select(Entrant).where(Entrant.competition_id == competition_id,
                                      Entrant.id != entrant_id)
            ).all()
            _check_unique(others, clean)
            before = {"code": e.code, "name_en": e.name_en, "name_zh": e.name_zh,
                      "category": e.category}
            e.code, e.name_en, e.name_zh = clean.code, clean.name.en, clean.name.zh
            e.category = clean.category.value
            s.flush()
            log(s, "setup.entrant_updated", {"competition_uid": comp.uid, "before": before,
                                             "code": e.code})
            return entrant_view(e)

    def remove_entrant(self, competition_id: int, entrant_id: int) -> None:
        """Removes an entrant with its scores, votes and conflicts. Refused once the finalists
        are confirmed (it would change the shortlist's inputs)."""
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            require_open_shortlist(s, competition_id)
            e = get_entrant(s, competition_id, entrant_id)
            code = e.code
            s.delete(e)
            s.flush()
            log(s, "setup.entrant_removed", {"competition_uid": comp.uid, "code": code})

    def import_csv(self, competition_id: int, data: bytes, source: str = "") -> ImportResult:
        """Adds every entrant of a CSV file, or none: any bad row (or a clash with an existing
        entrant) refuses the whole file, listing every problem with its line number."""
        parsed = csv_import.parse_entrants_csv(data)
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            existing = s.scalars(
                select(Entrant).where(Entrant.competition_id == competition_id)
            ).all()
            problems = csv_import.check_entrants(parsed, [entrant_view(e) for e in existing])
            csv_import.reject_if_any(source, problems)
            require_open_shortlist(s, competition_id)
            if len(existing) + len(parsed.rows) > MAX_ENTRANTS:
                raise ValidationError(tr_noop("A competition can have at most {limit} entrants."),
                                      limit=MAX_ENTRANTS)
            created: list[Entrant] = []
            for row in parsed.rows:
                e = Entrant(competition_id=comp.id, code=row.entrant.code,
                            name_en=row.entrant.name.en, name_zh=row.entrant.name.zh,
                            category=row.entrant.category.value)
                s.add(e)
                created.append(e)
            s.flush()
            log(s, "setup.entrants_imported", {
                "competition_uid": comp.uid, "source": source,
                "sha256": parsed.source_sha256, "codes": [e.code for e in created],
            })
            return ImportResult(tuple(entrant_view(e) for e in created), parsed.source_sha256)

    def import_csv_file(self, competition_id: int, path: str | Path) -> ImportResult:
        data = read_limited(path, csv_import.MAX_CSV_BYTES, what="CSV file")
        return self.import_csv(competition_id, data, Path(path).name)


#: Passed for a score that should stay as it is.
KEEP = object()


def check_preliminary(value: ExactInput | None, field_label: str, entrant: str) -> Decimal | None:
    """A preliminary score: empty (not yet known) or 0–100 with at most two decimals."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    exact = as_fraction(value, what=field_label)
    if not PRELIMINARY_SCALE.minimum <= exact <= PRELIMINARY_SCALE.maximum:
        raise ValidationError(
            tr_noop("The {field_label} of {entrant} must be between 0 and 100 (got {value})."),
            field_label=field_label, entrant=entrant, value=format_exact(exact),
        )
    if not PRELIMINARY_SCALE.contains(exact):
        raise ValidationError(
            tr_noop("The {field_label} of {entrant} may have at most two decimal places "
                    "(got {value})."),
            field_label=field_label, entrant=entrant, value=format_exact(exact),
        )
    return to_decimal(exact)


class PreliminaryService:
    """Stage one and two: the self-nomination submission and the consultant's site visit."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def rows(self, competition_id: int) -> tuple[PreliminaryRow, ...]:
        with self._db.read() as s:
            get_competition(s, competition_id)
            pairs = s.execute(
                select(Entrant, PreliminaryAssessment)
                .outerjoin(PreliminaryAssessment,
                           PreliminaryAssessment.entrant_id == Entrant.id)
                .where(Entrant.competition_id == competition_id)
                .order_by(Entrant.code)
            ).all()
            return tuple(
                PreliminaryRow(entrant_view(e), p.submission_score if p else None,
                               p.site_visit_score if p else None)
                for e, p in pairs
            )

    def record(
        self, competition_id: int, entrant_id: int, *, submission: object = KEEP,
        site_visit: object = KEEP,
    ) -> PreliminaryRow:
        """Records either score or both (text such as "82.5", a Decimal, or None to clear).
        Refused once the finalists are confirmed: the shortlist was computed from them."""
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            e = get_entrant(s, competition_id, entrant_id)
            new_submission = new_site_visit = None
            if submission is not KEEP:
                new_submission = check_preliminary(
                    submission, tr_noop("self-nomination submission score"), e.code)  # type: ignore[arg-type]
            if site_visit is not KEEP:
                new_site_visit = check_preliminary(
                    site_visit, tr_noop("site-visit score"), e.code)  # type: ignore[arg-type]
            require_open_shortlist(s, competition_id)
            p = s.get(PreliminaryAssessment, e.id)
            if p is None:
                p = PreliminaryAssessment(entrant_id=e.id)
                s.add(p)
            before = (p.submission_score, p.site_visit_score)
            if submission is not KEEP:
                p.submission_score = new_submission
            if site_visit is not KEEP:
                p.site_visit_score = new_site_visit
            p.updated_at = utcnow()
            s.flush()
            if before != (p.submission_score, p.site_visit_score):
                log(s, "setup.preliminary_recorded", {
                    "competition_uid": comp.uid, "code": e.code,
                    "submission": None if p.submission_score is None else str(p.submission_score),
                    "site_visit": None if p.site_visit_score is None else str(p.site_visit_score),
                })
            return PreliminaryRow(entrant_view(e), p.submission_score, p.site_visit_score)

