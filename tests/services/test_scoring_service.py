"""The scoring service against a real SQLite file: the judge's day, validation, recusal, the
signed-sheet lock, blind judging, undo/redo, comments, position and timers."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from fractions import Fraction

import pytest
from sqlalchemy import select

from judgepanel.db.models import AppSetting, AuditEntry, ConflictOfInterest, Judge, ScoreSheet
from judgepanel.domain.errors import ConflictError, NotFoundError, ValidationError
from judgepanel.domain.judging import (
    MAX_COMMENT_LENGTH,
    ChangeKind,
    ChangeOrigin,
    JudgePosition,
    Page,
    SlotStatus,
)
from judgepanel.domain.timer import TimerSnapshot
from judgepanel.services import audit
from judgepanel.services.scoring import ScoringService

RECUSED_JUDGE_INDEX = 5  # demo: this judge declared a conflict with CSD


@pytest.fixture
def svc(demo_db) -> ScoringService:
    return ScoringService(demo_db)


@pytest.fixture
def judges(demo_db) -> list[int]:
    with demo_db.read() as s:
        return list(s.scalars(select(Judge.id).order_by(Judge.id)))


def _first(svc: ScoringService, judge_id: int):
    day = svc.judge_day(judge_id)
    state = svc.finalist_scoring(judge_id, day.slots[0].entrant.id)
    return day, state, [item.criterion.id for item in state.criteria]


def _raw_scores(db, judge_id: int, entrant_id: int) -> dict[int, str | None]:
    con = sqlite3.connect(db.path)
    try:
        return dict(con.execute(
            "SELECT criterion_id, value FROM scores WHERE judge_id = ? AND entrant_id = ?",
            (judge_id, entrant_id)).fetchall())
    finally:
        con.close()


def test_day_lists_the_schedule_in_order_with_statuses(svc, judges) -> None:
    day = svc.judge_day(judges[0])
    assert [s.position for s in day.slots] == list(range(1, 9))
    assert [s.entrant.code for s in day.slots][:3] == ["LCSD", "IRD", "HKPO"]
    starts = [s.starts_at for s in day.slots]
    assert starts == sorted(starts)
    assert all(s.status is SlotStatus.NOT_STARTED for s in day.slots)
    assert all(s.criteria_count == 3 for s in day.slots)
    assert not day.locked and not day.own_laptop


def test_statuses_follow_the_judges_own_progress(svc, judges) -> None:
    judge = judges[0]
    day, state, crits = _first(svc, judge)
    entrant = state.entrant.id
    change = svc.set_score(judge, entrant, crits[0], "7.5")
    assert change.status is SlotStatus.IN_PROGRESS
    assert svc.judge_day(judge).slot_for(entrant).status is SlotStatus.IN_PROGRESS
    svc.set_score(judge, entrant, crits[1], Decimal("8"))
    change = svc.set_score(judge, entrant, crits[2], 6)
    assert change.status is SlotStatus.COMPLETE and change.missing == ()
    slot = svc.judge_day(judge).slot_for(entrant)
    assert slot.status is SlotStatus.COMPLETE and slot.scored == 3
    other = day.slots[1].entrant.id
    svc.set_comment(judge, other, crits[0], "Good queue management")
    assert svc.judge_day(judge).slot_for(other).status is SlotStatus.IN_PROGRESS


def test_weighted_total_is_exact_and_only_when_complete(svc, judges) -> None:
    judge = judges[0]
    _, state, crits = _first(svc, judge)
    entrant = state.entrant.id
    svc.set_score(judge, entrant, crits[0], "7.5")
    svc.set_score(judge, entrant, crits[1], "8")
    partial = svc.finalist_scoring(judge, entrant)
    assert partial.total is None and partial.missing == (crits[2],)
    svc.set_score(judge, entrant, crits[2], "6")
    full = svc.finalist_scoring(judge, entrant)
    # weights 40/30/30 on 0–10: 0.4*75 + 0.3*80 + 0.3*60
    assert full.total == Fraction(72)
    assert [i.value for i in full.criteria] == [Decimal("7.5"), Decimal("8"), Decimal("6")]
    assert full.criteria[0].band is not None


def test_scores_are_committed_as_canonical_text(svc, judges, demo_db) -> None:
    judge = judges[0]
    _, state, crits = _first(svc, judge)
    svc.set_score(judge, state.entrant.id, crits[0], "7.50")
    svc.set_score(judge, state.entrant.id, crits[1], "１０")  # full-width digits from an IME
    svc.set_score(judge, state.entrant.id, crits[2], Fraction(1, 2))
    assert _raw_scores(demo_db, judge, state.entrant.id) == {
        crits[0]: "7.5", crits[1]: "10", crits[2]: "0.5"}


@pytest.mark.parametrize(("value", "fragment"), [
    ("11", "outside the scale 0–10 for Service quality"),
    ("-1", "outside the scale"),
    ("7.3", "not a multiple of the step 0.5"),
    ("7,5", "decimal point"),
    ("seven", "is not a score"),
    ("", "Enter a score"),
    (Decimal("10.5"), "outside the scale"),
])
def test_out_of_scale_values_are_refused_with_a_reason(svc, judges, demo_db, value,
                                                        fragment) -> None:
    judge = judges[0]
    _, state, crits = _first(svc, judge)
    svc.set_score(judge, state.entrant.id, crits[0], "7")
    with pytest.raises(ValidationError, match=fragment):
        svc.set_score(judge, state.entrant.id, crits[0], value)
    assert _raw_scores(demo_db, judge, state.entrant.id) == {crits[0]: "7"}


def test_recused_finalist_is_shown_and_cannot_be_scored(svc, judges, demo_db) -> None:
    judge = judges[RECUSED_JUDGE_INDEX]
    day = svc.judge_day(judge)
    recused = [s for s in day.slots if s.recused]
    assert [s.entrant.code for s in recused] == ["CSD"]
    assert recused[0].status is SlotStatus.RECUSED
    assert "Correctional Services" in recused[0].recusal_reason
    entrant = recused[0].entrant.id
    crit = svc.finalist_scoring(judge, entrant).criteria[0].criterion.id
    with pytest.raises(ConflictError, match="conflict of interest"):
        svc.set_score(judge, entrant, crit, "5")
    with pytest.raises(ConflictError):
        svc.set_comment(judge, entrant, crit, "note")
    with pytest.raises(ConflictError):
        svc.set_overall_comment(judge, entrant, "note")
    assert _raw_scores(demo_db, judge, entrant) == {}
    # Other judges score CSD normally.
    svc.set_score(judges[0], entrant, crit, "5")


def test_a_conflict_declared_later_blocks_further_scoring(svc, judges, demo_db) -> None:
    judge = judges[0]
    _, state, crits = _first(svc, judge)
    svc.set_score(judge, state.entrant.id, crits[0], "6")
    with demo_db.write() as s:
        s.add(ConflictOfInterest(judge_id=judge, entrant_id=state.entrant.id, reason="Spouse"))
    with pytest.raises(ConflictError):
        svc.set_score(judge, state.entrant.id, crits[0], "7")
    assert svc.judge_day(judge).slot_for(state.entrant.id).status is SlotStatus.RECUSED


def test_signed_sheet_locks_until_a_newer_draft(svc, judges, demo_db) -> None:
    judge = judges[0]
    _, state, crits = _first(svc, judge)
    svc.set_score(judge, state.entrant.id, crits[0], "6")
    assert not svc.is_locked(judge)
    with demo_db.write() as s:
        s.add(ScoreSheet(judge_id=judge, revision=1, status="signed"))
    assert svc.is_locked(judge)
    assert svc.judge_day(judge).locked
    assert all(s.status is SlotStatus.SIGNED for s in svc.judge_day(judge).slots)
    assert svc.finalist_scoring(judge, state.entrant.id).locked
    with pytest.raises(ConflictError, match="signed"):
        svc.set_score(judge, state.entrant.id, crits[0], "7")
    with pytest.raises(ConflictError, match="signed"):
        svc.set_comment(judge, state.entrant.id, crits[0], "late thought")
    with pytest.raises(ConflictError):
        svc.undo(judge)
    assert svc.can_undo(judge)  # the refused undo stays available
    assert not svc.is_locked(judges[1])  # only this judge's sheet
    with demo_db.write() as s:
        s.add(ScoreSheet(judge_id=judge, revision=2, status="draft",
                         amendment_reason="typo in efficiency"))
    assert not svc.is_locked(judge)
    svc.set_score(judge, state.entrant.id, crits[0], "7")


def test_blind_judging_returns_only_the_asking_judges_data(svc, judges) -> None:
    a, b = judges[0], judges[1]
    _, state, crits = _first(svc, a)
    entrant = state.entrant.id
    for crit, value in zip(crits, ["9", "9", "9"], strict=True):
        svc.set_score(a, entrant, crit, value)
    svc.set_overall_comment(a, entrant, "A's private view")
    theirs = svc.finalist_scoring(b, entrant)
    assert all(item.value is None and item.comment == "" for item in theirs.criteria)
    assert theirs.overall_comment == "" and theirs.total is None
    assert svc.judge_day(b).slot_for(entrant).status is SlotStatus.NOT_STARTED
    public = {name for name in dir(svc) if not name.startswith("_")}
    assert not any(word in name for name in public for word in ("rank", "all_judges", "panel"))


def test_a_judges_own_laptop_refuses_other_judges(svc, judges, demo_db) -> None:
    with demo_db.write() as s:
        uid = s.get(Judge, judges[2]).uid
        s.merge(AppSetting(key="role", value="judge"))
        s.merge(AppSetting(key="judge_uid", value=uid))
    assert svc.own_judge_id() == judges[2]
    assert svc.judge_day(judges[2]).own_laptop
    with pytest.raises(ConflictError, match="belongs to another judge"):
        svc.judge_day(judges[0])
    _, state, crits = _first(svc, judges[2])
    with pytest.raises(ConflictError):
        svc.set_score(judges[0], state.entrant.id, crits[0], "5")
    with pytest.raises(ConflictError):
        svc.finalist_scoring(judges[0], state.entrant.id)


def test_unknown_judge_entrant_or_criterion(svc, judges, demo_db) -> None:
    _, state, crits = _first(svc, judges[0])
    with pytest.raises(NotFoundError):
        svc.judge_day(9999)
    with pytest.raises(NotFoundError):
        svc.set_score(9999, state.entrant.id, crits[0], "5")
    con = sqlite3.connect(demo_db.path)
    not_finalist = con.execute(
        "SELECT id FROM entrants WHERE id NOT IN (SELECT entrant_id FROM finalists)").fetchone()[0]
    con.close()
    with pytest.raises(NotFoundError, match="not a finalist"):
        svc.set_score(judges[0], not_finalist, crits[0], "5")
    with pytest.raises(NotFoundError, match="criterion"):
        svc.set_score(judges[0], state.entrant.id, 9999, "5")


def test_every_change_is_audited_with_the_judge_as_actor(svc, judges, demo_db) -> None:
    judge = judges[0]
    _, state, crits = _first(svc, judge)
    svc.set_score(judge, state.entrant.id, crits[0], "5")
    svc.set_score(judge, state.entrant.id, crits[0], "5")  # no change: no entry
    svc.set_score(judge, state.entrant.id, crits[0], None)
    svc.set_comment(judge, state.entrant.id, crits[0], "Clear pledges")
    svc.set_overall_comment(judge, state.entrant.id, "Solid")
    svc.undo(judge)
    with demo_db.read() as s:
        uid = s.get(Judge, judge).uid
        entries = s.scalars(select(AuditEntry).where(AuditEntry.actor == uid)
                            .order_by(AuditEntry.id)).all()
        assert [e.action for e in entries] == [
            "score.set", "score.set", "score.comment", "finalist.comment", "score.undo"]
        assert '"new":"5"' in entries[0].payload and '"old":null' in entries[0].payload
        audit.verify_chain(s)


def test_undo_and_redo_are_durable_and_coalesce_typing(svc, judges, demo_db) -> None:
    judge = judges[0]
    _, state, crits = _first(svc, judge)
    e = state.entrant.id
    svc.set_score(judge, e, crits[0], "7")
    svc.set_score(judge, e, crits[0], "7.5", coalesce=True)  # "7" then "." "5"
    svc.set_score(judge, e, crits[1], "4")
    assert not svc.can_redo(judge)
    change = svc.undo(judge)
    assert change.origin is ChangeOrigin.UNDO and change.criterion_id == crits[1]
    assert change.new_value is None and change.old_value == Decimal("4")
    change = svc.undo(judge)
    assert change.criterion_id == crits[0] and change.new_value is None
    assert svc.undo(judge) is None
    assert _raw_scores(demo_db, judge, e) == {crits[0]: None, crits[1]: None}
    fresh = ScoringService(demo_db)  # as after a restart: the database is the truth
    assert [i.value for i in fresh.finalist_scoring(judge, e).criteria] == [None, None, None]
    assert svc.redo(judge).new_value == Decimal("7.5")
    assert svc.redo(judge).new_value == Decimal("4")
    assert svc.redo(judge) is None
    assert _raw_scores(demo_db, judge, e) == {crits[0]: "7.5", crits[1]: "4"}
    svc.undo(judge)
    svc.set_score(judge, e, crits[2], "3")  # a new edit forgets the redo history
    assert not svc.can_redo(judge)


def test_comments_and_overall_comment(svc, judges) -> None:
    judge = judges[0]
    _, state, crits = _first(svc, judge)
    e = state.entrant.id
    change = svc.set_comment(judge, e, crits[1], "Waiting times halved since 2001 — 好")
    assert change.kind is ChangeKind.COMMENT and change.changed
    assert not svc.set_comment(judge, e, crits[1], "Waiting times halved since 2001 — 好").changed
    svc.set_score(judge, e, crits[1], "8")
    svc.set_overall_comment(judge, e, "Strong customer focus")
    state = svc.finalist_scoring(judge, e)
    assert state.criteria[1].comment.endswith("好") and state.criteria[1].value == Decimal("8")
    assert state.overall_comment == "Strong customer focus"
    svc.set_score(judge, e, crits[1], None)  # clearing a score keeps its comment
    assert svc.finalist_scoring(judge, e).criteria[1].comment.startswith("Waiting")
    with pytest.raises(ValidationError, match="at most"):
        svc.set_comment(judge, e, crits[0], "x" * (MAX_COMMENT_LENGTH + 1))


def test_position_survives_a_new_service(svc, judges, demo_db) -> None:
    assert svc.position() is None
    _, state, crits = _first(svc, judges[0])
    svc.set_position(JudgePosition(judges[0], state.entrant.id, Page.CRITERION, crits[1]))
    assert ScoringService(demo_db).position() == JudgePosition(
        judges[0], state.entrant.id, Page.CRITERION, crits[1])
    svc.set_position(JudgePosition(judges[0], state.entrant.id, Page.SUMMARY))
    assert svc.position() == JudgePosition(judges[0], state.entrant.id, Page.SUMMARY, None)
    svc.set_position(JudgePosition(judges[0]))
    assert svc.position() == JudgePosition(judges[0])
    with pytest.raises(NotFoundError):
        svc.set_position(JudgePosition(judges[0], 99999))


def test_a_damaged_position_is_ignored(svc, demo_db) -> None:
    with demo_db.write() as s:
        s.merge(AppSetting(key="scoring.position", value="{not json"))
    assert svc.position() is None
    with demo_db.write() as s:
        s.merge(AppSetting(key="scoring.position", value='{"judge": "nobody"}'))
    assert svc.position() is None


def test_timer_snapshots_round_trip(svc, judges) -> None:
    _, state, _ = _first(svc, judges[0])
    snap = TimerSnapshot(elapsed=125.5, qa_started_at=None, running=True, saved_at=1000.0)
    svc.save_timer(judges[0], state.entrant.id, snap)
    assert svc.timer_snapshots(judges[0]) == {state.entrant.id: snap}
    assert svc.timer_snapshots(judges[1]) == {}
    svc.save_timer(judges[0], state.entrant.id, None)
    assert svc.timer_snapshots(judges[0]) == {}


def test_writes_keep_foreign_keys_and_wal(svc, judges, demo_db) -> None:
    _, state, crits = _first(svc, judges[0])
    svc.set_score(judges[0], state.entrant.id, crits[0], "5")
    raw = demo_db.engine.raw_connection()
    try:
        con = raw.driver_connection
        assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert con.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


# == the same service on a SqliteFile (no SQLAlchemy) =========================================


def test_the_service_runs_on_a_plain_sqlite_file(demo_db, judges) -> None:
    from judgepanel.services.scoring import SqliteFile

    store = SqliteFile(demo_db.path)
    try:
        svc = ScoringService(store)
        _, state, crits = _first(svc, judges[0])
        svc.set_score(judges[0], state.entrant.id, crits[0], "6.5")
        svc.set_comment(judges[0], state.entrant.id, crits[0], "Seen on the SqliteFile")
        svc.set_position(JudgePosition(judges[0], state.entrant.id, Page.CRITERION, crits[0]))
        con = store.connection()
        assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert con.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()
    # The SQLAlchemy side reads the same rows and the audit chain is intact.
    other = ScoringService(demo_db)
    item = other.finalist_scoring(judges[0], state.entrant.id).criteria[0]
    assert (item.value, item.comment) == (Decimal("6.5"), "Seen on the SqliteFile")
    assert other.position().criterion_id == crits[0]
    with demo_db.read() as s:
        audit.verify_chain(s)


def test_the_audit_hash_matches_the_audit_module() -> None:
    from datetime import UTC, datetime

    from judgepanel.services.scoring import AUDIT_GENESIS, audit_entry_hash

    at = datetime(2003, 1, 18, 1, 30, 5, 123456, tzinfo=UTC)
    assert AUDIT_GENESIS == audit.GENESIS
    assert audit_entry_hash("ab" * 32, at, "judge", "score.set", '{"x":"好"}') == \
        audit._entry_hash("ab" * 32, at, "judge", "score.set", '{"x":"好"}')


def test_a_sqlite_file_must_already_be_a_current_judgepanel_database(tmp_path) -> None:
    from judgepanel.domain.errors import DatabaseError, ForeignDatabaseError
    from judgepanel.services.scoring import SqliteFile

    with pytest.raises(DatabaseError, match="opened by JudgePanel once"):
        SqliteFile(tmp_path / "new.db")
    foreign = tmp_path / "foreign.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(ForeignDatabaseError):
        SqliteFile(foreign)


def test_judges_to_choose_from(svc, judges, demo_db) -> None:
    listed = svc.judges()
    assert [j.id for j in listed] == judges
    assert listed[0].name.zh == "梁慧玲議員"
    with demo_db.write() as s:
        uid = s.get(Judge, judges[2]).uid
        s.merge(AppSetting(key="role", value="judge"))
        s.merge(AppSetting(key="judge_uid", value=uid))
    assert [j.id for j in svc.judges()] == [judges[2]]
