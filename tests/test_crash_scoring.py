"""Power-cut test: the real scoring GUI (offscreen) is SIGKILLed at random moments.

A child process opens the real :class:`JudgeWorkspace` on a real SQLite file and drives it with
keys, printing an acknowledgement after each change has returned (it is committed by then). Just
before each step it prints what it is about to do. The parent kills the child at random moments,
then checks that the database is intact, that every acknowledged score is there with its value,
and that the stored position is the last acknowledged move; a restarted child must resume there.

Only the one step that was in flight at the kill may go either way: done or not done.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

#: Several kills at random moments, kept to a few seconds each so the normal run stays short.
KILLS = 6

CHILD = r'''
import json, random, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from judgepanel.db.engine import open_database
from judgepanel.domain.judging import Page, type_score_key, scale_of
from judgepanel.domain.scoring import format_exact
from judgepanel.services.competitions import CompetitionService
from judgepanel.services.scoring import ScoringService
from judgepanel.ui.judge_workspace import JudgeWorkspace

db_path, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
app = QApplication([])
db = open_database(db_path)
scoring = ScoringService(db)
ws = JudgeWorkspace(scoring, CompetitionService(db))
ws.show()
ws.activateWindow()

def say(*parts):
    sys.stdout.write(json.dumps(parts) + "\n")
    sys.stdout.flush()

def pos_json(p):
    return None if p is None else [p.judge_id, p.entrant_id, p.page.value, p.criterion_id]

say("RESUMED", pos_json(scoring.position()), pos_json(ws.scoring_page.position())
    if ws.pages.currentWidget() is ws.scoring_page else None)
if ws.judge_id() is None:
    ws.choose_judge(int(sys.argv[3]))
page = ws.scoring_page
while True:
    entry = page.criterion_panel.entry
    if ws.pages.currentWidget() is not page:
        slots = [s for s in ws.day().slots if not s.recused]
        target = rng.choice(slots).entrant.id
        say("WILL", "open", target)
        ws.open_finalist(target)
        say("ACK", "pos", pos_json(page.position()))
        continue
    state = page.state()
    roll = rng.random()
    if roll < 0.6 and not page.on_summary():
        item = state.criteria[page.current_index()]
        text = format_exact(rng.choice(scale_of(item.criterion).values()))
        buffer, possible = "", []
        for key in text:
            typed = type_score_key(buffer, key, scale_of(item.criterion))
            buffer = typed.buffer
            if typed.value is not None:
                possible.append(format_exact(typed.value))
        say("WILL", "score", state.entrant.id, item.criterion.id, possible)
        QTest.keyClicks(entry, text)
        say("ACK", "score", state.entrant.id, item.criterion.id, possible[-1])
        target = rng.randrange(len(state.criteria) + 1)
        say("WILL", "goto", state.entrant.id, target)
        page.go_to(target)
        say("ACK", "pos", pos_json(page.position()))
    elif roll < 0.8:
        target = rng.randrange(len(state.criteria) + 1)
        say("WILL", "goto", state.entrant.id, target)
        page.go_to(target)
        say("ACK", "pos", pos_json(page.position()))
    else:
        say("WILL", "day")
        ws.show_day()
        say("ACK", "pos", [ws.judge_id(), None, "day", None])
'''


def _db_state(path: Path) -> tuple[str, dict[tuple[int, int], str | None], list | None]:
    con = sqlite3.connect(path)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        scores = {(e, c): v for e, c, v in con.execute(
            "SELECT entrant_id, criterion_id, value FROM scores")}
        row = con.execute("SELECT value FROM app_settings WHERE key = 'scoring.position'"
                          ).fetchone()
        uids = {}
        for table in ("judges", "entrants", "criteria"):
            uids.update({(table, uid): i for i, uid in con.execute(f"SELECT id, uid FROM {table}")})
    finally:
        con.close()
    position = None
    if row is not None:
        raw = json.loads(row[0])
        position = [uids[("judges", raw["judge"])],
                    uids.get(("entrants", raw["entrant"])), raw["page"],
                    uids.get(("criteria", raw["criterion"]))]
    return integrity, scores, position


def _criteria_ids(path: Path) -> list[int]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT id FROM criteria ORDER BY position")]
    finally:
        con.close()


def test_sigkill_mid_scoring_loses_no_acknowledged_score(tmp_path: Path) -> None:
    from judgepanel.db.engine import open_database
    from judgepanel.services.demo import load_demo

    db_path = tmp_path / "crash.db"
    db = open_database(db_path)
    load_demo(db)
    db.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    criteria = _criteria_ids(db_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    rng = random.Random(20030118)

    expected: dict[tuple[int, int], str | None] = {}
    expected_pos: list | None = None
    total_acks = 0
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(db_path), str(run), "1"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first, child.stderr.read() if child.stderr else "child died"
        tag, stored_pos, shown_pos = json.loads(first)
        assert tag == "RESUMED"
        assert stored_pos == expected_pos
        if expected_pos is not None and expected_pos[2] != "day":
            assert shown_pos == expected_pos  # the restarted app opened exactly there
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        rest = child.stdout.read()
        child.wait()
        lines = [json.loads(line) for line in rest.split("\n")[:-1] if line]
        pending: list | None = None
        for line in lines:
            if line[0] == "WILL":
                pending = line
            elif line[0] == "ACK":
                pending = None
                total_acks += 1
                if line[1] == "score":
                    _, _, entrant, criterion, value = line
                    expected[(entrant, criterion)] = value
                else:
                    expected_pos = line[2]
        integrity, scores, position = _db_state(db_path)
        assert integrity == "ok"
        for cell, value in expected.items():
            if pending and pending[1] == "score" and tuple(pending[2:4]) == cell:
                assert scores.get(cell) in [value, *pending[4]]
            else:
                assert scores.get(cell) == value, (cell, run)
        if pending is None or pending[1] == "score":
            assert position == expected_pos
        elif position != expected_pos:  # the in-flight move did land
            if pending[1] == "goto":
                target = pending[3]
                page = "summary" if target == len(criteria) else "criterion"
                assert position[1:3] == [pending[2], page]
            elif pending[1] == "open":
                assert position[1] in (pending[2], None)
            else:
                assert position[2] == "day"
            expected_pos = position
        if pending and pending[1] == "score":
            cell = tuple(pending[2:4])
            if scores.get(cell) != expected.get(cell):
                expected[cell] = scores.get(cell)  # committed just before the kill
    assert total_acks > 0
    assert expected, "no score was acknowledged before the kills"
