"""Enumerations shared by every layer; values are what the database and files store."""

from __future__ import annotations

from enum import StrEnum

from judgepanel.domain.errors import tr_noop


class Affiliation(StrEnum):
    """The constituencies judging panels have been drawn from (LegCo papers, 2001 and 2003)."""

    LEGISLATIVE_COUNCIL = "legislative_council"
    PRIVATE_SECTOR = "private_sector"
    PROFESSIONAL_BODY = "professional_body"
    STAFF_SIDE = "staff_side"
    DISTRICT_COUNCIL = "district_council"
    OTHER = "other"

    @property
    def label_en(self) -> str:
        return _AFFILIATION_LABELS[self][0]

    @property
    def label_zh(self) -> str:
        return _AFFILIATION_LABELS[self][1]


_AFFILIATION_LABELS: dict[Affiliation, tuple[str, str]] = {
    Affiliation.LEGISLATIVE_COUNCIL: (tr_noop("Legislative Council"), "立法會"),
    Affiliation.PRIVATE_SECTOR: (tr_noop("Private sector"), "私營機構"),
    Affiliation.PROFESSIONAL_BODY: (tr_noop("Professional body"), "專業團體"),
    Affiliation.STAFF_SIDE: (
        tr_noop("Staff side, central consultative councils"),
        "中央評議會職方",
    ),
    Affiliation.DISTRICT_COUNCIL: (tr_noop("District council"), "區議會"),
    Affiliation.OTHER: (tr_noop("Other"), "其他"),
}


class EntrantCategory(StrEnum):
    DEPARTMENT = "department"
    TEAM = "team"
    INDIVIDUAL = "individual"

    @property
    def label_en(self) -> str:
        return {"department": "Department", "team": "Team", "individual": "Individual"}[self.value]

    @property
    def label_zh(self) -> str:
        return {"department": "部門", "team": "團隊", "individual": "個人"}[self.value]


class SheetStatus(StrEnum):
    """Life of one score-sheet revision: a draft becomes signed; an amendment supersedes it."""

    DRAFT = "draft"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class ScoreSource(StrEnum):
    """Where a stored score came from; results mark paper-sourced marks."""

    APP = "app"
    SIGNED_SHEET = "signed_sheet"
    PAPER = "paper"


class DatabaseRole(StrEnum):
    """A chair's database holds the whole competition; a judge's holds one judge's kit."""

    CHAIR = "chair"
    JUDGE = "judge"


class DecisionKind(StrEnum):
    """Decisions the chair records with a reason, so the result can be audited."""

    SHORTLIST_TIE = "shortlist_tie"
    PUBLIC_VOTE_TIE = "public_vote_tie"
    CASTING_VOTE = "casting_vote"
    COMPLETENESS_OVERRIDE = "completeness_override"
    METHOD_FIXED = "method_fixed"
