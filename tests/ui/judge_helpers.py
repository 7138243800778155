"""Shared set-up for the judge workspace tests: a demo database and a shown workspace."""

from __future__ import annotations

import sqlite3

from sqlalchemy import select

from judgepanel.db.models import AppSetting, Judge
from judgepanel.services.competitions import CompetitionService
from judgepanel.services.scoring import ScoringService
from judgepanel.ui.judge_workspace import JudgeWorkspace


def judge_ids(db) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(Judge.id).order_by(Judge.id)))


def make_workspace(qtbot, db) -> JudgeWorkspace:
    ws = JudgeWorkspace(ScoringService(db), CompetitionService(db))
    qtbot.addWidget(ws)
    ws.resize(1366, 700)
    ws.show()
    ws.activateWindow()
    qtbot.waitExposed(ws)
    return ws


def belong_to(db, judge_id: int) -> None:
    """Makes the database a judge's own laptop (what the judge-kit import will do)."""
    with db.write() as s:
        uid = s.get(Judge, judge_id).uid
        s.merge(AppSetting(key="role", value="judge"))
        s.merge(AppSetting(key="judge_uid", value=uid))


def stored(db, judge_id: int, entrant_id: int) -> dict[str, str | None]:
    """The judge's stored scores for one finalist by criterion code, read with raw sqlite3."""
    con = sqlite3.connect(db.path)
    try:
        return dict(con.execute(
            "SELECT c.code, s.value FROM scores s JOIN criteria c ON c.id = s.criterion_id "
            "WHERE s.judge_id = ? AND s.entrant_id = ?", (judge_id, entrant_id)).fetchall())
    finally:
        con.close()
