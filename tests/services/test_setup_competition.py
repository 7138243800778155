"""Competition details and criteria (weights, scales, rubric bands) through the set-up services,
on real SQLite files."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from judgepanel.db.models import AuditEntry, Competition, Criterion, Judge, Score
from judgepanel.domain.errors import ConflictError, NotFoundError, ValidationError
from judgepanel.domain.model import Bilingual
from judgepanel.domain.setup import BandInput, CompetitionInput, CriterionInput
from judgepanel.services.audit import verify_chain
from judgepanel.services.setup import SetupServices


def competition_input(**changes) -> CompetitionInput:
    values = dict(
        name=Bilingual("Customer Service Award 2004", "2004年度顧客服務獎"),
        year_label="2004",
        award_name=Bilingual("Outstanding Customer Service Award", "傑出顧客服務獎"),
        award_count=3,
    )
    values.update(changes)
    return CompetitionInput(**values)


def criterion_input(**changes) -> CriterionInput:
    values = dict(
        name=Bilingual("Service quality", "服務質素"),
        description=Bilingual("How well customers are served.", "服務顧客的水平。"),
        weight="40", scale_min="0", scale_max="10", scale_step="0.5",
        bands=(
            BandInput("0", "4.5", Bilingual("Weak", "欠佳")),
            BandInput("5", "7.5", Bilingual("Good", "良好")),
            BandInput("8", "10", Bilingual("Excellent", "卓越")),
        ),
    )
    values.update(changes)
    return CriterionInput(**values)


@pytest.fixture
def services(db) -> SetupServices:
    return SetupServices.from_database(db)


def _actions(db) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_create_competition_with_defaults_and_audit(services, db) -> None:
    created = services.competitions.create_competition(competition_input())
    assert created.finalist_count == 8
    assert created.public_award_count == 3
    assert created.public_award_name.zh == "最佳公眾形象獎"
    with db.read() as s:
        comp = s.get(Competition, created.id)
        assert json.loads(comp.shortlist_formula)["public_vote_weight"] == "20"
        verify_chain(s)
    assert _actions(db) == ["setup.competition_created"]
    assert services.shortlist.view(created.id).description.startswith("Composite = 40% ×")


@pytest.mark.parametrize(("changes", "fragment"), [
    ({"name": Bilingual("  ", "名稱")}, "cannot be empty"),
    ({"year_label": ""}, "cannot be empty"),
    ({"award_count": 9, "finalist_count": 8}, "more awards (9) than finalists (8)"),
    ({"finalist_count": 0}, "between 1 and 200"),
    ({"name": Bilingual("Bad\x07name", "名稱")}, "control character"),
    ({"name": Bilingual("x" * 301, "名稱")}, "too long"),
])
def test_competition_validation(services, db, changes, fragment) -> None:
    with pytest.raises(ValidationError) as info:
        services.competitions.create_competition(competition_input(**changes))
    assert fragment in info.value.message
    assert services.competitions.list_competitions() == ()
    assert _actions(db) == []


def test_field_label_is_a_translatable_template_parameter(services) -> None:
    with pytest.raises(ValidationError) as info:
        services.competitions.create_competition(competition_input(year_label=" "))
    assert info.value.template == "{field_label} cannot be empty."
    assert info.value.params["field_label"] == "The year label"


def test_update_competition(services) -> None:
    cid = services.competitions.create_competition(competition_input()).id
    updated = services.competitions.update_competition(
        cid, competition_input(finalist_count=6, venue=Bilingual("Central Library", "中央圖書館")))
    assert updated.finalist_count == 6
    assert services.competitions.competition(cid).venue.zh == "中央圖書館"


def test_finalist_count_is_fixed_once_finalists_are_confirmed(demo_db) -> None:
    services = SetupServices.from_database(demo_db)
    cid = services.overview.default_competition_id()
    current = services.competitions.competition(cid)
    same = competition_input(name=current.name, year_label=current.year_label,
                             award_name=current.award_name, finalist_count=8,
                             venue=Bilingual("Elsewhere", "別處"))
    services.competitions.update_competition(cid, same)  # other fields may change
    with pytest.raises(ConflictError, match="finalists are already confirmed"):
        services.competitions.update_competition(
            cid, competition_input(name=current.name, finalist_count=10))


def test_unknown_competition(services) -> None:
    with pytest.raises(NotFoundError):
        services.competitions.competition(999)


def test_add_edit_move_remove_criteria(services, db) -> None:
    cid = services.competitions.create_competition(competition_input()).id
    first = services.competitions.add_criterion(cid, criterion_input())
    assert first.code == "service_quality"
    assert [(b.low, b.high) for b in first.bands] == [
        (Decimal("0"), Decimal("4.5")), (Decimal("5"), Decimal("7.5")),
        (Decimal("8"), Decimal("10"))]
    second = services.competitions.add_criterion(cid, criterion_input(
        name=Bilingual("Efficiency", "工作效率"), weight="30", bands=()))
    assert [c.position for c in services.competitions.criteria(cid)] == [1, 2]
    assert sum(c.weight for c in services.competitions.criteria(cid)) == Decimal("70")

    # Editing replaces the bands (positions reused) and the scale.
    edited = services.competitions.update_criterion(cid, first.id, criterion_input(
        weight="2.5", scale_min="1", scale_max="5", scale_step="1",
        bands=(BandInput("4", "5", Bilingual("High", "高")),
               BandInput("1", "3", Bilingual("Low", "低")))))
    assert edited.weight == Decimal("2.5")
    assert [(b.low, b.high, b.descriptor.en) for b in edited.bands] == [
        (Decimal("1"), Decimal("3"), "Low"), (Decimal("4"), Decimal("5"), "High")]

    services.competitions.move_criterion(cid, second.id, -1)
    assert [c.code for c in services.competitions.criteria(cid)] == ["efficiency",
                                                                     "service_quality"]
    services.competitions.remove_criterion(cid, second.id)
    remaining = services.competitions.criteria(cid)
    assert [(c.code, c.position) for c in remaining] == [("service_quality", 1)]
    assert _actions(db)[1:] == ["setup.criterion_added", "setup.criterion_added",
                                "setup.criterion_updated", "setup.criteria_reordered",
                                "setup.criterion_removed"]


@pytest.mark.parametrize(("changes", "message"), [
    ({"weight": "0"}, "The weight of Service quality must be greater than zero (got 0)."),
    ({"weight": "-5"}, "The weight of Service quality must be greater than zero (got -5)."),
    ({"scale_min": "10", "scale_max": "0"},
     "A scale's minimum (10) must be below its maximum (0)."),
    ({"scale_step": "0.3"},
     "The scale 0–10 cannot be divided into steps of 0.3; the range must be a whole number "
     "of steps."),
    ({"bands": (BandInput("0", "5", Bilingual("a", "甲")), BandInput("5", "10",
                                                                     Bilingual("b", "乙")))},
     "Band 1 (0–5) and band 2 (5–10) overlap; each score must belong to one band only."),
    ({"bands": (BandInput("6", "10", Bilingual("b", "乙")), BandInput("0", "7",
                                                                      Bilingual("a", "甲")))},
     "Band 1 (6–10) and band 2 (0–7) overlap; each score must belong to one band only."),
    ({"bands": (BandInput("8", "12", Bilingual("a", "甲")),)},
     "Band 1 (8–12) goes outside the scale 0–10."),
    ({"bands": (BandInput("-1", "2", Bilingual("a", "甲")),)},
     "Band 1 (-1–2) goes outside the scale 0–10."),
    ({"bands": (BandInput("5", "3", Bilingual("a", "甲")),)},
     "Band 1: its lowest score (5) is above its highest (3)."),
    ({"bands": (BandInput("0", "3", Bilingual("a", "")),)},
     "The band's Chinese descriptor cannot be empty."),
    ({"weight": "abc"}, '"abc" is not a score; type a number such as 7 or 7.5.'),
])
def test_criterion_validation_messages(services, changes, message) -> None:
    cid = services.competitions.create_competition(competition_input()).id
    with pytest.raises(ValidationError) as info:
        services.competitions.add_criterion(cid, criterion_input(**changes))
    assert info.value.message == message
    assert services.competitions.criteria(cid) == ()


def test_duplicate_criterion_name_refused(services) -> None:
    cid = services.competitions.create_competition(competition_input()).id
    services.competitions.add_criterion(cid, criterion_input())
    with pytest.raises(ValidationError, match="already a criterion called"):
        services.competitions.add_criterion(cid, criterion_input(
            name=Bilingual("SERVICE QUALITY", "其他")))


def test_criteria_fixed_once_judges_have_scored(demo_db) -> None:
    services = SetupServices.from_database(demo_db)
    cid = services.overview.default_competition_id()
    criterion = services.competitions.criteria(cid)[0]
    with demo_db.write() as s:
        judge = s.scalars(select(Judge)).first()
        entrant_id = services.overview.overview(cid).finalists[0].entrant.id
        crit = s.scalars(select(Criterion)).first()
        s.add(Score(judge_id=judge.id, entrant_id=entrant_id, criterion_id=crit.id,
                    value=Decimal("7")))
    with pytest.raises(ConflictError, match="already recorded scores"):
        services.competitions.update_criterion(cid, criterion.id, criterion_input())
    with pytest.raises(ConflictError):
        services.competitions.remove_criterion(cid, criterion.id)


def test_a_judge_database_refuses_set_up(db) -> None:
    from judgepanel.services.competitions import SETTING_ROLE, set_setting

    with db.write() as s:
        set_setting(s, SETTING_ROLE, "judge")
    services = SetupServices.from_database(db)
    with pytest.raises(ConflictError, match="judge's database"):
        services.competitions.create_competition(competition_input())
