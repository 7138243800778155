"""The chair's competition set-up: inputs, validation rules and the frozen views services return.

Pure Python: the services validate every input here before touching the database, so the same
rules (and the same messages) hold for the GUI, the CLI and the CSV imports. Messages are
``UserError`` templates marked with ``tr_noop`` so the UI can translate them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from typing import Any

from judgepanel.domain.enums import Affiliation, EntrantCategory
from judgepanel.domain.errors import FileRejectedError, ValidationError, tr_noop
from judgepanel.domain.model import Bilingual, EntrantView, FinalistView, ScheduleSlotView
from judgepanel.domain.scoring import ExactInput, Scale, as_fraction, format_exact
from judgepanel.domain.shortlist import DEFAULT_FINALIST_COUNT, ShortlistFormula

__all__ = [
    "DEFAULT_SHORTLIST_FORMULA",
    "MAX_CODE",
    "MAX_NAME",
    "MAX_TEXT",
    "PRELIMINARY_SCALE",
    "SHORTLIST_RESET",
    "BandInput",
    "CompetitionInput",
    "ConflictRow",
    "ConstituencyWarning",
    "CriterionInput",
    "CsvProblem",
    "CsvRejectedError",
    "DecisionView",
    "EntrantInput",
    "ImportResult",
    "JudgeDetail",
    "JudgeInput",
    "PollInfo",
    "PreliminaryRow",
    "Problem",
    "PublicVoteView",
    "SchedulePlan",
    "ScheduleView",
    "ShortlistRow",
    "ShortlistView",
    "SlotInput",
    "VoteImportResult",
    "VoteRow",
    "check_code",
    "check_text",
    "normalise_code",
    "to_decimal",
    "validate_bands",
]

#: ``decisions.kind`` for the chair's reset of confirmed finalists (the other kinds are in
#: :class:`judgepanel.domain.enums.DecisionKind`).
SHORTLIST_RESET = "shortlist_reset"

#: The formula a new competition starts with (the 2002-03 demo's): 40% submission, 40% site
#: visit, 20% public vote relative to the highest share. The chair may change it until the
#: finalists are confirmed.
DEFAULT_SHORTLIST_FORMULA = ShortlistFormula(Fraction(40), Fraction(40), Fraction(20))

#: Preliminary scores are out of 100, to two decimals at most (a consultant's 82.5 or 82.25).
PRELIMINARY_SCALE = Scale(Fraction(0), Fraction(100), Fraction(1, 100))

MAX_NAME = 300
MAX_CODE = 40
MAX_TEXT = 4000

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9&._-]*", re.ASCII)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


# --------------------------------------------------------------------------------------------
# Small helpers shared by every validation


@dataclass(frozen=True)
class Problem:
    """A message template with its fields, kept unformatted so the UI can translate it."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


def check_text(
    value: str, field_label: str, *, required: bool = True, limit: int = MAX_NAME,
    multiline: bool = False,
) -> str:
    """Returns ``value`` stripped, or raises naming the field: empty, too long, control chars.

    ``field_label`` is an English label marked with ``tr_noop`` (the UI translates it)."""
    if not isinstance(value, str):
        raise TypeError(f"{field_label} must be text")
    text = unicodedata.normalize("NFC", value).strip()
    if required and not text:
        raise ValidationError(tr_noop("{field_label} cannot be empty."), field_label=field_label)
    if len(text) > limit:
        raise ValidationError(
            tr_noop("{field_label} is too long ({length} characters; at most {limit})."),
            field_label=field_label, length=len(text), limit=limit,
        )
    checked = text.replace("\n", "").replace("\t", "") if multiline else text
    if _CONTROL.search(checked) or (not multiline and ("\n" in text or "\t" in text)):
        raise ValidationError(
            tr_noop("{field_label} contains a control character or line break."),
            field_label=field_label,
        )
    return text


def normalise_code(code: str) -> str:
    """The form codes are compared in: codes are unique regardless of case ("immd" = "IMMD")."""
    return unicodedata.normalize("NFKC", code).strip().casefold()


def check_code(code: str) -> str:
    """An entrant code: letters, digits and ``& . _ -`` (e.g. ``C&ED``), up to 40 characters."""
    text = unicodedata.normalize("NFKC", code).strip() if isinstance(code, str) else ""
    if not text:
        raise ValidationError(tr_noop("Enter a code for the entrant (for example IMMD)."))
    if len(text) > MAX_CODE:
        raise ValidationError(
            tr_noop("The code {code} is too long (at most {limit} characters)."),
            code=text[:MAX_CODE] + "…", limit=MAX_CODE,
        )
    if not _CODE.fullmatch(text):
        raise ValidationError(
            tr_noop(
                "The code {code} may only contain letters, digits and & . _ - "
                "(starting with a letter or digit)."
            ),
            code=text,
        )
    return text


def _count(value: object, field_label: str, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            tr_noop("{field_label} must be a whole number."), field_label=field_label
        )
    if not minimum <= value <= maximum:
        raise ValidationError(
            tr_noop("{field_label} must be between {minimum} and {maximum} (got {value})."),
            field_label=field_label, minimum=minimum, maximum=maximum, value=value,
        )
    return value


def to_decimal(value: Fraction) -> Decimal:
    """An exact Fraction with a finite decimal form as a Decimal (what the database stores)."""
    text = format_exact(value)
    if "…" in text:
        raise ValidationError(
            tr_noop("{value} has no exact decimal form; use a decimal number."),
            value=f"{value.numerator}/{value.denominator}",
        )
    return Decimal(text)


# --------------------------------------------------------------------------------------------
# Competition and criteria


@dataclass(frozen=True)
class CompetitionInput:
    """What the chair types for a competition; :meth:`validated` returns a clean copy."""

    name: Bilingual
    year_label: str
    award_name: Bilingual
    award_count: int = 1
    finalist_count: int = DEFAULT_FINALIST_COUNT
    public_award_name: Bilingual = field(
        default_factory=lambda: Bilingual("Best Public Image Award", "最佳公眾形象獎"))
    public_award_count: int = 3
    venue: Bilingual = field(default_factory=lambda: Bilingual("", ""))

    def validated(self) -> CompetitionInput:
        name = Bilingual(
            check_text(self.name.en, tr_noop("The competition's English name")),
            check_text(self.name.zh, tr_noop("The competition's Chinese name")),
        )
        year = check_text(self.year_label, tr_noop("The year label"), limit=20)
        award = Bilingual(
            check_text(self.award_name.en, tr_noop("The award's English name")),
            check_text(self.award_name.zh, tr_noop("The award's Chinese name")),
        )
        public = Bilingual(
            check_text(self.public_award_name.en, tr_noop("The public award's English name")),
            check_text(self.public_award_name.zh, tr_noop("The public award's Chinese name")),
        )
        venue = Bilingual(
            check_text(self.venue.en, tr_noop("The venue (English)"), required=False),
            check_text(self.venue.zh, tr_noop("The venue (Chinese)"), required=False),
        )
        award_count = _count(self.award_count, tr_noop("The number of awards"), 1, 100)
        finalists = _count(self.finalist_count, tr_noop("The number of finalists"), 1, 200)
        public_count = _count(
            self.public_award_count, tr_noop("The number of public-vote awards"), 0, 100
        )
        if award_count > finalists:
            raise ValidationError(
                tr_noop(
                    "There cannot be more awards ({awards}) than finalists ({finalists})."
                ),
                awards=award_count, finalists=finalists,
            )
        return CompetitionInput(name, year, award, award_count, finalists, public,
                                public_count, venue)


@dataclass(frozen=True)
class BandInput:
    """One rubric band: the scores ``low``–``high`` (inclusive) and what they mean."""

    low: ExactInput
    high: ExactInput
    descriptor: Bilingual


@dataclass(frozen=True)
class CriterionInput:
    """A criterion as typed: numbers may be decimal text ("0.5") or exact numbers."""

    name: Bilingual
    description: Bilingual
    weight: ExactInput
    scale_min: ExactInput
    scale_max: ExactInput
    scale_step: ExactInput
    bands: tuple[BandInput, ...] = ()
    code: str = ""

    def scale(self) -> Scale:
        return Scale(
            as_fraction(self.scale_min, what="scale minimum"),
            as_fraction(self.scale_max, what="scale maximum"),
            as_fraction(self.scale_step, what="scale step"),
        )

    def validated(self) -> CriterionInput:
        """A clean copy with exact Decimal numbers, or a ValidationError saying what is wrong."""
        name = Bilingual(
            check_text(self.name.en, tr_noop("The criterion's English name"), limit=200),
            check_text(self.name.zh, tr_noop("The criterion's Chinese name"), limit=200),
        )
        description = Bilingual(
            check_text(self.description.en, tr_noop("The English description"),
                       required=False, limit=MAX_TEXT, multiline=True),
            check_text(self.description.zh, tr_noop("The Chinese description"),
                       required=False, limit=MAX_TEXT, multiline=True),
        )
        weight = as_fraction(self.weight, what="weight")
        if weight <= 0:
            raise ValidationError(
                tr_noop("The weight of {criterion} must be greater than zero (got {weight})."),
                criterion=name.en, weight=format_exact(weight),
            )
        if weight > 1000:
            raise ValidationError(
                tr_noop("The weight of {criterion} must be at most 1000 (got {weight})."),
                criterion=name.en, weight=format_exact(weight),
            )
        scale = self.scale()
        if scale.count > 1001:
            raise ValidationError(
                tr_noop("The scale {minimum}–{maximum} in steps of {step} has {count} possible "
                        "scores; at most 1001 are allowed."),
                minimum=format_exact(scale.minimum), maximum=format_exact(scale.maximum),
                step=format_exact(scale.step), count=scale.count,
            )
        bands = validate_bands(self.bands, scale)
        code = self.code.strip()
        return CriterionInput(
            name, description, to_decimal(weight), to_decimal(scale.minimum),
            to_decimal(scale.maximum), to_decimal(scale.step), bands, code,
        )


def validate_bands(bands: tuple[BandInput, ...], scale: Scale) -> tuple[BandInput, ...]:
    """Checks each band lies inside the scale and that no two bands overlap.

    Returns the bands sorted from the lowest, with exact Decimal bounds and stripped texts.
    Bands are numbered in messages in the order the chair typed them (band 1, band 2, ...)."""
    checked: list[tuple[Fraction, Fraction, int, BandInput]] = []
    for number, band in enumerate(bands, start=1):
        low = as_fraction(band.low, what="band low")
        high = as_fraction(band.high, what="band high")
        params = {
            "band": number, "low": format_exact(low), "high": format_exact(high),
            "minimum": format_exact(scale.minimum), "maximum": format_exact(scale.maximum),
        }
        if low > high:
            raise ValidationError(
                tr_noop("Band {band}: its lowest score ({low}) is above its highest ({high})."),
                **params,
            )
        if low < scale.minimum or high > scale.maximum:
            raise ValidationError(
                tr_noop("Band {band} ({low}–{high}) goes outside the scale "
                        "{minimum}–{maximum}."),
                **params,
            )
        descriptor = Bilingual(
            check_text(band.descriptor.en, tr_noop("The band's English descriptor"),
                       limit=MAX_TEXT, multiline=True),
            check_text(band.descriptor.zh, tr_noop("The band's Chinese descriptor"),
                       limit=MAX_TEXT, multiline=True),
        )
        checked.append((low, high, number,
                        BandInput(to_decimal(low), to_decimal(high), descriptor)))
    checked.sort(key=lambda t: (t[0], t[1], t[2]))
    for (low_a, high_a, number_a, _), (low_b, high_b, number_b, _) in pairwise(checked):
        if low_b <= high_a:
            first, second = sorted(
                ((number_a, low_a, high_a), (number_b, low_b, high_b)), key=lambda t: t[0]
            )
            raise ValidationError(
                tr_noop("Band {first} ({first_low}–{first_high}) and band {second} "
                        "({second_low}–{second_high}) overlap; each score must belong to one "
                        "band only."),
                first=first[0], first_low=format_exact(first[1]),
                first_high=format_exact(first[2]), second=second[0],
                second_low=format_exact(second[1]), second_high=format_exact(second[2]),
            )
    return tuple(t[3] for t in checked)


# --------------------------------------------------------------------------------------------
# Entrants, preliminary scores


@dataclass(frozen=True)
class EntrantInput:
    code: str
    name: Bilingual
    category: EntrantCategory = EntrantCategory.DEPARTMENT

    def validated(self) -> EntrantInput:
        return EntrantInput(
            check_code(self.code),
            Bilingual(
                check_text(self.name.en, tr_noop("The entrant's English name")),
                check_text(self.name.zh, tr_noop("The entrant's Chinese name")),
            ),
            EntrantCategory(self.category),
        )


@dataclass(frozen=True)
class ImportResult:
    """What an entrants CSV import added (all rows or none)."""

    created: tuple[EntrantView, ...]
    source_sha256: str


@dataclass(frozen=True)
class PreliminaryRow:
    """One entrant's preliminary scores (``None`` = not recorded yet)."""

    entrant: EntrantView
    submission: Decimal | None
    site_visit: Decimal | None


# --------------------------------------------------------------------------------------------
# CSV problems


@dataclass(frozen=True)
class CsvProblem:
    """One thing wrong with an imported file: its line (0 = the file as a whole), the column
    it concerns (a header name, or "" for the whole row) and what is wrong."""

    line: int
    column: str
    problem: Problem

    @property
    def message(self) -> str:
        if not self.line:
            return f"File: {self.problem.message}"
        where = f"Line {self.line}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.problem.message}"


class CsvRejectedError(FileRejectedError):
    """A CSV file refused as a whole: ``problems`` lists every bad row, and nothing was kept.

    ``message`` (what the CLI prints) lists every problem in English; the UI translates the
    summary and each problem separately."""

    def __init__(self, source: str, problems: tuple[CsvProblem, ...]) -> None:
        self.problems = problems
        super().__init__(
            tr_noop("{source} was refused and nothing was imported. Problems found: {count}."),
            source=source or tr_noop("The file"), count=len(problems),
        )

    @property
    def message(self) -> str:
        head = super().message
        problems = getattr(self, "problems", ())
        return "\n".join([head, *(f"  {p.message}" for p in problems)])


# --------------------------------------------------------------------------------------------
# Public vote


@dataclass(frozen=True)
class PollInfo:
    id: int
    description: str
    sample_size: int
    conducted_by: str
    source_sha256: str
    imported_at: datetime


@dataclass(frozen=True)
class VoteImportResult:
    poll: PollInfo
    total_votes: int
    entrant_count: int
    replaced_poll: bool


@dataclass(frozen=True)
class VoteRow:
    """One entrant's line of the public vote: votes, share of households polled with its 95%
    margin, and where it stands relative to the award's cut."""

    entrant: EntrantView
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
class DecisionView:
    id: int
    kind: str
    subject: str
    outcome: str
    reason: str
    decided_at: datetime
    admitted: tuple[str, ...] = ()


@dataclass(frozen=True)
class PublicVoteView:
    """The poll's result as the chair sees it. ``poll`` is None before any import.

    ``statistical_tie`` is True when the 95% intervals of the last awarded and the first
    unawarded entrant overlap; ``exact_tie`` lists entrants with equal votes across the cut
    (``open_places`` of them can be awarded, by the chair's ``decision``)."""

    award_name: Bilingual
    award_count: int
    poll: PollInfo | None
    rows: tuple[VoteRow, ...] = ()
    total_votes: int = 0
    winners: tuple[str, ...] = ()
    statistical_tie: bool = False
    overlapping: tuple[str, ...] = ()
    exact_tie: tuple[str, ...] = ()
    open_places: int = 0
    decision: DecisionView | None = None
    missing: tuple[str, ...] = ()

    @property
    def needs_decision(self) -> bool:
        """An exact tie at the cut that no recorded decision settles yet."""
        return bool(self.exact_tie) and self.decision is None

    @property
    def tie_flagged(self) -> bool:
        return self.statistical_tie or bool(self.exact_tie)


# --------------------------------------------------------------------------------------------
# Shortlist


@dataclass(frozen=True)
class ShortlistRow:
    """One entrant's line of the shortlist ranking (components on 0–100, exact composite)."""

    entrant: EntrantView
    submission: Fraction
    site_visit: Fraction
    public_vote: Fraction
    composite: Fraction
    position: int
    selected: bool
    tied_at_cut: bool
    admitted_by_chair: bool


@dataclass(frozen=True)
class ShortlistView:
    """The formula (in words), the ranking it gives now, the cut and any tie, and the finalists
    already confirmed. ``problem`` says why no ranking can be computed yet (missing scores)."""

    formula: ShortlistFormula
    description: str
    finalist_count: int
    rows: tuple[ShortlistRow, ...]
    finalists: tuple[str, ...]
    tie_at_cut: tuple[str, ...]
    open_places: int
    decision: DecisionView | None
    confirmed: tuple[FinalistView, ...]
    problem: Problem | None = None

    @property
    def is_confirmed(self) -> bool:
        return bool(self.confirmed)

    @property
    def needs_decision(self) -> bool:
        return bool(self.tie_at_cut) and self.decision is None

    @property
    def can_confirm(self) -> bool:
        return (not self.confirmed and self.problem is None and bool(self.rows)
                and not self.needs_decision)


# --------------------------------------------------------------------------------------------
# Judges and conflicts


@dataclass(frozen=True)
class JudgeInput:
    name: Bilingual
    title: str
    affiliation: Affiliation
    organisation: str = ""
    contact: str = ""

    def validated(self) -> JudgeInput:
        return JudgeInput(
            Bilingual(
                check_text(self.name.en, tr_noop("The judge's English name"), limit=200),
                check_text(self.name.zh, tr_noop("The judge's Chinese name"), required=False,
                           limit=200),
            ),
            check_text(self.title, tr_noop("The judge's title"), required=False, limit=200),
            Affiliation(self.affiliation),
            check_text(self.organisation, tr_noop("The judge's organisation"), required=False),
            check_text(self.contact, tr_noop("The judge's contact details"), required=False),
        )


@dataclass(frozen=True)
class ConflictRow:
    id: int
    judge_id: int
    judge_name: Bilingual
    entrant: EntrantView
    reason: str
    declared_at: datetime


@dataclass(frozen=True)
class JudgeDetail:
    id: int
    uid: str
    name: Bilingual
    title: str
    affiliation: Affiliation
    organisation: str
    contact: str
    conflicts: tuple[str, ...] = ()  # entrant codes


@dataclass(frozen=True)
class ConstituencyWarning:
    """A finalist that recusals leave without any judge of a constituency the panel has, e.g.
    "Correctional Services Department will have no staff-side judge"."""

    entrant: EntrantView
    affiliation: Affiliation
    recused: tuple[Bilingual, ...]

    @property
    def message(self) -> str:
        return f"{self.entrant.name.en} will have no {JUDGE_KIND_EN[self.affiliation]}."


#: How a judge of each constituency is called in a warning (the UI has its own translations).
JUDGE_KIND_EN: dict[Affiliation, str] = {
    Affiliation.LEGISLATIVE_COUNCIL: "Legislative Council judge",
    Affiliation.PRIVATE_SECTOR: "private-sector judge",
    Affiliation.PROFESSIONAL_BODY: "professional-body judge",
    Affiliation.STAFF_SIDE: "staff-side judge",
    Affiliation.DISTRICT_COUNCIL: "district-council judge",
    Affiliation.OTHER: "judge from other backgrounds",
}


# --------------------------------------------------------------------------------------------
# Schedule


@dataclass(frozen=True)
class SlotInput:
    """One finalist's presentation: aware start time, presentation and Q&A minutes."""

    entrant_id: int
    starts_at: datetime
    presentation_minutes: int = 15
    qa_minutes: int = 10

    def validated(self) -> SlotInput:
        if self.starts_at.tzinfo is None:
            raise ValueError("starts_at must carry a time zone")
        _count(self.presentation_minutes, tr_noop("The presentation time (minutes)"), 1, 600)
        _count(self.qa_minutes, tr_noop("The Q&A time (minutes)"), 0, 600)
        return self

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.presentation_minutes + self.qa_minutes)


@dataclass(frozen=True)
class SchedulePlan:
    """Lays every finalist out back to back: ``order`` (entrant ids) from ``starts_at``, each
    taking presentation + Q&A minutes with ``changeover_minutes`` between two."""

    starts_at: datetime
    order: tuple[int, ...]
    presentation_minutes: int = 15
    qa_minutes: int = 10
    changeover_minutes: int = 5

    def slots(self) -> tuple[SlotInput, ...]:
        _count(self.changeover_minutes, tr_noop("The changeover time (minutes)"), 0, 600)
        step = timedelta(
            minutes=self.presentation_minutes + self.qa_minutes + self.changeover_minutes
        )
        return tuple(
            SlotInput(entrant_id, self.starts_at + step * index, self.presentation_minutes,
                      self.qa_minutes).validated()
            for index, entrant_id in enumerate(self.order)
        )




@dataclass(frozen=True)
class ScheduleView:
    """The presentation schedule in order, and the finalists not yet given a slot."""

    slots: tuple[ScheduleSlotView, ...]
    unscheduled: tuple[EntrantView, ...]
    finalists: tuple[EntrantView, ...]
