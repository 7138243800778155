"""The judge's scoring use cases: the day's schedule, a finalist's sheet, and every change to it.

Why each change is its own write transaction: the judge's laptop may lose power at any moment
during a live presentation, and a score the screen has shown as saved must survive that. Each
``set_*`` call opens ``BEGIN IMMEDIATE``, checks every rule again inside the transaction (the
finalist is not recused, the sheet is not signed, the value is on the criterion's scale), writes,
appends to the audit log and commits with ``synchronous=FULL`` before it returns.

Why the judge's position is stored too: after a crash the app must reopen on the same finalist
and criterion, so every move is written to ``app_settings``.

Blind judging: every query is filtered by the asking judge; nothing here returns another judge's
scores, a total across judges or a rank. On a judge's own laptop (``role=judge`` with
``judge_uid`` set) the service refuses to act as any other judge at all.

Why plain SQL rather than ORM queries: a keystroke stores a score, and building SQLAlchemy
statements costs several times the commit itself; the judge's first screen would also pay for
configuring every ORM mapper. So this service runs parameterised SQL, which ``sqlite3`` prepares
once and caches. Scoring happens on a judge's SQLite file; the service refuses any other kind of
database. It runs either on the engine's pool of an open :class:`Database` (each connection
carries the engine's pragmas: WAL, ``synchronous=FULL``, foreign keys, busy timeout), or on a
:class:`SqliteFile`: the same file and pragmas without SQLAlchemy at all, so that a judge's
laptop can show the day's schedule and take scores before SQLAlchemy (a third of a second and
tens of megabytes) has even been imported.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from judgepanel.domain.audit_chain import GENESIS as AUDIT_GENESIS
from judgepanel.domain.audit_chain import entry_hash as audit_entry_hash
from judgepanel.domain.enums import Affiliation, DatabaseRole, EntrantCategory, SheetStatus
from judgepanel.domain.errors import (
    ConflictError,
    DatabaseError,
    DatabaseLockedError,
    NotFoundError,
    ValidationError,
    named,
)
from judgepanel.domain.judging import (
    MAX_COMMENT_LENGTH,
    ChangeKind,
    ChangeOrigin,
    CriterionScore,
    DaySlot,
    EditHistory,
    FinalistScoring,
    JudgeDay,
    JudgePosition,
    Page,
    ScoreEdit,
    ScoringChange,
    missing_of,
    scale_of,
    slot_status,
    to_decimal,
)
from judgepanel.domain.model import (
    Bilingual,
    CompetitionSummary,
    CriterionView,
    EntrantView,
    JudgeView,
    RubricBandView,
)
from judgepanel.domain.scoring import ExactInput, Scale
from judgepanel.domain.timer import TimerSnapshot

if TYPE_CHECKING:
    from pathlib import Path

    from judgepanel.db.engine import Database

#: Keys in ``app_settings`` (the first two are shared with the competition service and kits).
SETTING_ROLE = "role"
SETTING_JUDGE_UID = "judge_uid"
SETTING_POSITION = "scoring.position"
SETTING_TIMERS = "scoring.timers"
#: How SQLAlchemy's SQLite dialect stores a ``DateTime`` (``UtcDateTime`` converts to UTC first).
_SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"
#: Slot lengths for a finalist that is on the shortlist but not yet on the schedule.
_DEFAULT_PRESENTATION_MINUTES = 15
_DEFAULT_QA_MINUTES = 10


@dataclass(frozen=True)
class _JudgeRow:
    id: int
    uid: str
    competition_id: int


@dataclass(frozen=True)
class _EntrantRow:
    id: int
    uid: str
    code: str
    name_en: str
    name_zh: str


@dataclass(frozen=True)
class _CriterionRow:
    """The columns a keystroke needs: enough to validate and to total, no rubric text."""

    id: int
    uid: str
    code: str
    name_en: str
    name_zh: str
    weight: Decimal
    scale_min: Decimal
    scale_max: Decimal
    scale_step: Decimal

    @property
    def scale(self) -> Scale:
        return scale_of(self)


@dataclass(frozen=True)
class _Cell:
    id: int
    value: Decimal | None
    comment: str


class SqliteFile:
    """A JudgePanel SQLite file opened with ``sqlite3`` alone, with the engine's pragmas.

    Only a file that is already a current JudgePanel database is accepted: the identity checks
    are the engine's own (:func:`judgepanel.db.engine.inspect_sqlite_file`, which needs no
    SQLAlchemy); a new or older file must first go through ``open_database``, which migrates.
    One connection serves the GUI thread.
    """

    is_sqlite = True

    def __init__(self, path: str | Path, *, busy_timeout_ms: int | None = None) -> None:
        from pathlib import Path

        from judgepanel.db.engine import BUSY_TIMEOUT_MS, SCHEMA_VERSION, inspect_sqlite_file

        resolved = Path(path).expanduser().resolve()
        is_new, version = inspect_sqlite_file(resolved)
        if is_new or version < SCHEMA_VERSION:
            raise DatabaseError(
                "{path} has to be opened by JudgePanel once (to set it up or upgrade it) "
                "before scoring can use it.",
                path=str(resolved),
            )
        self.path = str(resolved)
        self.busy_timeout_ms = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
        self._con: sqlite3.Connection | None = None

    def connection(self) -> sqlite3.Connection:
        """The connection, opened on first use with the same pragmas as the engine's."""
        if self._con is None:
            con = sqlite3.connect(self.path, timeout=self.busy_timeout_ms / 1000,
                                  isolation_level=None)
            con.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = FULL")
            con.execute("PRAGMA foreign_keys = ON")
            self._con = con
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None


class ScoringService:
    """Scores, comments and position of one judge at a time; see the module docstring."""

    def __init__(self, db: Database | SqliteFile) -> None:
        if not db.is_sqlite:
            raise DatabaseError(
                "Scoring needs a judge's SQLite database; {path} is not one.", path=db.path
            )
        self._db = db
        self._histories: dict[int, EditHistory] = {}

    # == who is judging ======================================================================
    def own_judge_id(self) -> int | None:
        """The judge this laptop belongs to (``role=judge`` and ``judge_uid``), if any."""
        with self._read() as tx:
            return _own_judge_id(tx)

    def judges(self) -> tuple[JudgeView, ...]:
        """Who may be chosen as the judge on a shared computer: the judges of the latest
        competition (names and constituencies only: never their scores)."""
        with self._read() as tx:
            if _own_judge_id(tx) is not None:
                own = _own_judge_id(tx)
                assert own is not None
                return (_judge_view(tx, own, ()),)
            row = tx.one("SELECT max(id) FROM competitions")
            if row is None or row[0] is None:
                return ()
            return tuple(_judge_view(tx, jid, ()) for (jid,) in tx.all(
                "SELECT id FROM judges WHERE competition_id = ? ORDER BY id", row[0]))

    def is_locked(self, judge_id: int) -> bool:
        """Whether the judge's scores are locked: a signed sheet with no newer draft."""
        with self._read() as tx:
            _judge(tx, judge_id)
            return _locked(tx, judge_id)

    # == reading ===============================================================================
    def judge_day(self, judge_id: int) -> JudgeDay:
        """The judge's presentations in schedule order, each with its status and recusal."""
        with self._read() as tx:
            judge = _judge(tx, judge_id)
            conflicts = _conflicts(tx, judge_id)
            criteria_count = tx.one(
                "SELECT count(*) FROM criteria WHERE competition_id = ?", judge.competition_id
            )[0]
            progress: dict[int, tuple[int, bool]] = {
                entrant_id: (scored or 0, bool(content))
                for entrant_id, scored, content in tx.all(
                    "SELECT e.entrant_id, sum(e.scored), max(e.content) FROM ("
                    " SELECT entrant_id, value IS NOT NULL AS scored, comment != '' AS content"
                    " FROM scores WHERE judge_id = ?"
                    " UNION ALL SELECT entrant_id, 0, overall_comment != ''"
                    " FROM finalist_notes WHERE judge_id = ?) e GROUP BY e.entrant_id",
                    judge_id, judge_id,
                )
            }
            locked = _locked(tx, judge_id)
            slots = tuple(
                _day_slot(row, progress.get(row[0].id, (0, False)), conflicts, criteria_count,
                          locked)
                for row in _schedule(tx, judge.competition_id)
            )
            codes = tuple(sorted(s.entrant.code for s in slots if s.recused))
            return JudgeDay(
                judge=_judge_view(tx, judge_id, codes),
                competition=_competition_view(tx, judge.competition_id),
                slots=slots,
                locked=locked,
                own_laptop=_own_judge_id(tx) == judge_id,
            )

    def finalist_scoring(self, judge_id: int, entrant_id: int) -> FinalistScoring:
        """The judge's own scores, comments and total for one finalist, with the rubric."""
        with self._read() as tx:
            judge = _judge(tx, judge_id)
            _entrant(tx, judge.competition_id, entrant_id)
            criteria = _criterion_views(tx, judge.competition_id)
            cells, overall = tx.cells_and_overall(judge_id, entrant_id)
            scored = sum(1 for c in criteria if cells.get(c.id, _EMPTY).value is not None)
            content = bool(overall) or any(cell.comment for cell in cells.values())
            row = next(r for r in _schedule(tx, judge.competition_id) if r[0].id == entrant_id)
            locked = _locked(tx, judge_id)
            slot = _day_slot(row, (scored, content), _conflicts(tx, judge_id), len(criteria),
                             locked)
            return FinalistScoring(
                judge_id=judge_id,
                slot=slot,
                criteria=tuple(
                    CriterionScore(c, cells.get(c.id, _EMPTY).value,
                                   cells.get(c.id, _EMPTY).comment)
                    for c in criteria
                ),
                overall_comment=overall,
                locked=locked,
            )

    # == writing ===============================================================================
    def set_score(
        self,
        judge_id: int,
        entrant_id: int,
        criterion_id: int,
        value: ExactInput | None,
        *,
        coalesce: bool = False,
    ) -> ScoringChange:
        """Stores (or with ``None`` clears) one score, committed before this returns.

        ``value`` may be typed text (``"7.5"``), a Decimal, a Fraction or an int; it must be on
        the criterion's scale and step (ValidationError says why not). ``coalesce`` marks a
        continuation of typing in the same box, so undo treats "7", "7.5" as one change.
        """
        change = self._write_score(judge_id, entrant_id, criterion_id, value, ChangeOrigin.EDIT)
        if change.changed:
            self._history(judge_id).record(
                ScoreEdit(judge_id, entrant_id, criterion_id, change.old_value, change.new_value),
                coalesce=coalesce,
            )
        return change

    def set_comment(
        self, judge_id: int, entrant_id: int, criterion_id: int, text: str
    ) -> ScoringChange:
        """Stores the judge's comment on one criterion of one finalist."""
        text = _check_comment(text)
        with self._write() as tx:
            judge, entrant, criteria = _writable(tx, judge_id, entrant_id)
            crit = _find_criterion(criteria, criterion_id)
            cells, overall = tx.cells_and_overall(judge_id, entrant_id)
            cell = cells.get(criterion_id)
            changed = (cell.comment if cell is not None else "") != text
            if changed:
                now = tx.now()
                if cell is None:
                    tx.execute(
                        "INSERT INTO scores (judge_id, entrant_id, criterion_id, value, comment, "
                        "source, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, 'app', ?, ?)",
                        judge_id, entrant_id, criterion_id, text, now, now,
                    )
                    cells[criterion_id] = _Cell(0, None, text)
                else:
                    tx.execute("UPDATE scores SET comment = ?, updated_at = ? WHERE id = ?",
                               text, now, cell.id)
                    cells[criterion_id] = _Cell(cell.id, cell.value, text)
                tx.audit(judge.uid, "score.comment", {
                    "judge": judge.uid, "entrant": entrant.uid, "criterion": crit.uid,
                    "comment": text,
                })
            return _notice(
                ChangeKind.COMMENT, judge_id, entrant_id, criterion_id, criteria, cells,
                overall, changed=changed, comment=text,
            )

    def set_overall_comment(self, judge_id: int, entrant_id: int, text: str) -> ScoringChange:
        """Stores the judge's overall comment on one finalist."""
        text = _check_comment(text)
        with self._write() as tx:
            judge, entrant, criteria = _writable(tx, judge_id, entrant_id)
            row = tx.one(
                "SELECT id, overall_comment FROM finalist_notes WHERE judge_id = ? "
                "AND entrant_id = ?", judge_id, entrant_id,
            )
            changed = (row[1] if row is not None else "") != text
            if changed:
                now = tx.now()
                if row is None:
                    tx.execute(
                        "INSERT INTO finalist_notes (judge_id, entrant_id, overall_comment, "
                        "updated_at) VALUES (?, ?, ?, ?)", judge_id, entrant_id, text, now,
                    )
                else:
                    tx.execute(
                        "UPDATE finalist_notes SET overall_comment = ?, updated_at = ? "
                        "WHERE id = ?", text, now, row[0],
                    )
                tx.audit(judge.uid, "finalist.comment", {
                    "judge": judge.uid, "entrant": entrant.uid, "comment": text,
                })
            return _notice(
                ChangeKind.OVERALL_COMMENT, judge_id, entrant_id, None, criteria,
                tx.cells(judge_id, entrant_id), text, changed=changed, comment=text,
            )

    # == undo / redo ===========================================================================
    def can_undo(self, judge_id: int) -> bool:
        return self._history(judge_id).can_undo()

    def can_redo(self, judge_id: int) -> bool:
        return self._history(judge_id).can_redo()

    def undo(self, judge_id: int) -> ScoringChange | None:
        """Reverts the judge's latest score change (durably); None when there is none.

        The edit leaves the undo stack only once the reverting write has committed, so a
        refused undo (the sheet was signed meanwhile) can be tried again later.
        """
        history = self._history(judge_id)
        edit = history.peek_undo()
        if edit is None:
            return None
        change = self._write_score(
            judge_id, edit.entrant_id, edit.criterion_id, edit.old, ChangeOrigin.UNDO
        )
        history.undone()
        return change

    def redo(self, judge_id: int) -> ScoringChange | None:
        """Re-applies the change last undone; None when there is none."""
        history = self._history(judge_id)
        edit = history.peek_redo()
        if edit is None:
            return None
        change = self._write_score(
            judge_id, edit.entrant_id, edit.criterion_id, edit.new, ChangeOrigin.REDO
        )
        history.redone()
        return change

    # == position ==============================================================================
    def position(self) -> JudgePosition | None:
        """Where the judge was when the app last stood still; None if unknown or stale."""
        with self._read() as tx:
            raw = _setting(tx, SETTING_POSITION)
            if not raw:
                return None
            try:
                data = json.loads(raw)
                page = Page(data.get("page", "day"))
                judge_id = _id_for(tx, "judges", data["judge"])
            except (ValueError, KeyError, TypeError, AttributeError):
                return None
            if judge_id is None:
                return None
            own = _own_judge_id(tx)
            if own is not None and own != judge_id:
                return None
            entrant_id = _id_for(tx, "entrants", data.get("entrant"))
            criterion_id = _id_for(tx, "criteria", data.get("criterion"))
            if entrant_id is None or page is Page.DAY:
                return JudgePosition(judge_id)
            if page is Page.CRITERION and criterion_id is None:
                page = Page.SUMMARY
            if page is Page.SUMMARY:
                criterion_id = None
            return JudgePosition(judge_id, entrant_id, page, criterion_id)

    def set_position(self, position: JudgePosition) -> None:
        """Remembers where the judge is (committed at once, so a crash resumes here)."""
        with self._write() as tx:
            judge = _judge(tx, position.judge_id)
            data: dict[str, Any] = {"judge": judge.uid, "page": position.page.value,
                                    "entrant": None, "criterion": None}
            if position.entrant_id is not None:
                data["entrant"] = _entrant(tx, judge.competition_id, position.entrant_id).uid
            if position.criterion_id is not None:
                row = tx.one("SELECT uid FROM criteria WHERE id = ? AND competition_id = ?",
                             position.criterion_id, judge.competition_id)
                if row is None:
                    raise _no_criterion(position.criterion_id)
                data["criterion"] = row[0]
            _set_setting(tx, SETTING_POSITION, json.dumps(data, separators=(",", ":")))

    # == presentation timers =====================================================================
    def timer_snapshots(self, judge_id: int) -> dict[int, TimerSnapshot]:
        """The judge's presentation timers as they were last saved, by entrant id."""
        with self._read() as tx:
            judge = _judge(tx, judge_id)
            stored = _stored_timers(tx).get(judge.uid, {})
            result: dict[int, TimerSnapshot] = {}
            for entrant_uid, raw in stored.items():
                entrant_id = _id_for(tx, "entrants", entrant_uid)
                if entrant_id is None:
                    continue
                try:
                    result[entrant_id] = TimerSnapshot.from_json(raw)
                except (ValueError, KeyError, TypeError):
                    continue
            return result

    def save_timer(self, judge_id: int, entrant_id: int, snapshot: TimerSnapshot | None) -> None:
        """Remembers one slot's timer (on start, pause, reset), so a restart resumes it."""
        with self._write() as tx:
            judge = _judge(tx, judge_id)
            entrant = _entrant(tx, judge.competition_id, entrant_id)
            stored = _stored_timers(tx)
            mine = stored.setdefault(judge.uid, {})
            if snapshot is None:
                mine.pop(entrant.uid, None)
            else:
                mine[entrant.uid] = snapshot.to_json()
            _set_setting(tx, SETTING_TIMERS, json.dumps(stored, separators=(",", ":")))

    # == transactions ==========================================================================
    @contextmanager
    def _write(self) -> Iterator[_Tx]:
        """One ``BEGIN IMMEDIATE`` transaction: committed on success, rolled back otherwise."""
        with self._transaction("BEGIN IMMEDIATE") as tx:
            yield tx

    @contextmanager
    def _read(self) -> Iterator[_Tx]:
        """One deferred transaction: a consistent snapshot that never blocks writers (WAL)."""
        with self._transaction("BEGIN") as tx:
            yield tx

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[_Tx]:
        if isinstance(self._db, SqliteFile):
            con, release = self._db.connection(), None
        else:
            pooled = self._db.engine.raw_connection()
            con, release = pooled.driver_connection, pooled.close
        try:
            con.execute(begin)
            try:
                yield _Tx(con)
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseLockedError(
                    "The database {path} is busy: another program kept it locked for more than "
                    "{seconds} seconds. Nothing was lost; try again.",
                    path=self._db.path,
                    seconds=max(self._db.busy_timeout_ms // 1000, 1),
                ) from exc
            raise
        finally:
            if release is not None:
                release()

    def _history(self, judge_id: int) -> EditHistory:
        return self._histories.setdefault(judge_id, EditHistory())

    def _write_score(
        self,
        judge_id: int,
        entrant_id: int,
        criterion_id: int,
        value: ExactInput | None,
        origin: ChangeOrigin,
    ) -> ScoringChange:
        with self._write() as tx:
            judge, entrant, criteria = _writable(tx, judge_id, entrant_id)
            crit = _find_criterion(criteria, criterion_id)
            new: Decimal | None = None
            if value is not None:
                scale = crit.scale
                if isinstance(value, str):
                    exact = scale.parse(value, named(crit.name_en, crit.name_zh))
                elif isinstance(value, Fraction) and scale.contains(value):
                    exact = value  # the common case, without building an unused error message
                else:
                    exact = scale.check(value, named(crit.name_en, crit.name_zh))
                new = to_decimal(exact)
            cells, overall = tx.cells_and_overall(judge_id, entrant_id)
            cell = cells.get(criterion_id)
            old = cell.value if cell is not None else None
            changed = old != new
            if changed:
                now = tx.now()
                stored = _decimal_text(new)
                if cell is None:
                    tx.execute(
                        "INSERT INTO scores (judge_id, entrant_id, criterion_id, value, comment, "
                        "source, created_at, updated_at) VALUES (?, ?, ?, ?, '', 'app', ?, ?)",
                        judge_id, entrant_id, criterion_id, stored, now, now,
                    )
                    cells[criterion_id] = _Cell(0, new, "")
                else:
                    tx.execute("UPDATE scores SET value = ?, updated_at = ? WHERE id = ?",
                               stored, now, cell.id)
                    cells[criterion_id] = _Cell(cell.id, new, cell.comment)
                action = "score.set" if origin is ChangeOrigin.EDIT else f"score.{origin.value}"
                tx.audit(judge.uid, action, {
                    "judge": judge.uid, "entrant": entrant.uid, "criterion": crit.uid,
                    "old": _decimal_text(old), "new": stored,
                })
            return _notice(
                ChangeKind.SCORE, judge_id, entrant_id, criterion_id, criteria, cells,
                overall, changed=changed, old=old, new=new, origin=origin,
            )


# == SQL helpers ================================================================================


class _Tx:
    """The raw ``sqlite3`` connection of one transaction that has already begun."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def one(self, sql: str, *params: Any) -> Any:
        return self.con.execute(sql, params).fetchone()

    def all(self, sql: str, *params: Any) -> list[Any]:
        return self.con.execute(sql, params).fetchall()

    def execute(self, sql: str, *params: Any) -> None:
        self.con.execute(sql, params)

    @staticmethod
    def now() -> str:
        """The current UTC time as ``UtcDateTime`` stores it on SQLite."""
        return datetime.now(UTC).strftime(_SQLITE_DATETIME)

    def cells(self, judge_id: int, entrant_id: int) -> dict[int, _Cell]:
        return self.cells_and_overall(judge_id, entrant_id)[0]

    def cells_and_overall(self, judge_id: int, entrant_id: int) -> tuple[dict[int, _Cell], str]:
        """The judge's scores and comments on one finalist, and the overall comment."""
        cells: dict[int, _Cell] = {}
        overall = ""
        for cid, sid, value, comment in self.all(
            "SELECT criterion_id, id, value, comment FROM scores "
            "WHERE judge_id = ? AND entrant_id = ? UNION ALL "
            "SELECT NULL, id, NULL, overall_comment FROM finalist_notes "
            "WHERE judge_id = ? AND entrant_id = ?", judge_id, entrant_id, judge_id, entrant_id,
        ):
            if cid is None:
                overall = comment or ""
            else:
                cells[cid] = _Cell(sid, None if value is None else Decimal(value), comment or "")
        return cells, overall

    def overall(self, judge_id: int, entrant_id: int) -> str:
        row = self.one(
            "SELECT overall_comment FROM finalist_notes WHERE judge_id = ? AND entrant_id = ?",
            judge_id, entrant_id,
        )
        return (row[0] or "") if row is not None else ""

    def audit(self, actor: str, action: str, payload: dict[str, Any]) -> None:
        """Appends to the hash-chained audit log exactly as :func:`audit.append` does."""
        row = self.one("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
        prev = row[0] if row is not None else AUDIT_GENESIS
        at = datetime.now(UTC)
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        digest = audit_entry_hash(prev, at, actor, action, text)
        self.execute(
            "INSERT INTO audit_log (at, actor, action, payload, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            at.strftime(_SQLITE_DATETIME), actor, action, text, prev, digest,
        )


_EMPTY = _Cell(0, None, "")

def _stored_datetime(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _setting(tx: _Tx, key: str) -> str | None:
    row = tx.one("SELECT value FROM app_settings WHERE key = ?", key)
    return None if row is None else row[0]


def _set_setting(tx: _Tx, key: str, value: str) -> None:
    tx.execute(
        "INSERT INTO app_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value,
    )


def _own_judge_id(tx: _Tx) -> int | None:
    if _setting(tx, SETTING_ROLE) != DatabaseRole.JUDGE.value:
        return None
    uid = _setting(tx, SETTING_JUDGE_UID)
    return _id_for(tx, "judges", uid) if uid else None


def _judge(tx: _Tx, judge_id: int) -> _JudgeRow:
    """The judge, checked to exist and (on a judge's own laptop) to be that judge."""
    row = tx.one(
        "SELECT j.uid, j.competition_id, "
        "(SELECT value FROM app_settings WHERE key = ?), "
        "(SELECT value FROM app_settings WHERE key = ?) "
        "FROM judges j WHERE j.id = ?",
        SETTING_ROLE, SETTING_JUDGE_UID, judge_id,
    )
    if row is None:
        raise NotFoundError("There is no judge with id {id}.", id=judge_id)
    uid, competition_id, role, own_uid = row
    if role == DatabaseRole.JUDGE.value and own_uid and own_uid != uid:
        raise _not_own_judge(judge_id)
    return _JudgeRow(judge_id, uid, competition_id)


def _entrant(tx: _Tx, competition_id: int, entrant_id: int) -> _EntrantRow:
    """The entrant, checked to be a finalist (scheduled or shortlisted) of the competition."""
    row = tx.one(
        "SELECT e.uid, e.code, e.name_en, e.name_zh FROM entrants e "
        "WHERE e.id = ? AND e.competition_id = ? AND ("
        "EXISTS (SELECT 1 FROM presentation_slots p WHERE p.entrant_id = e.id "
        "AND p.competition_id = e.competition_id) OR "
        "EXISTS (SELECT 1 FROM finalists f WHERE f.entrant_id = e.id "
        "AND f.competition_id = e.competition_id))",
        entrant_id, competition_id,
    )
    if row is None:
        raise _not_a_finalist(entrant_id)
    return _EntrantRow(entrant_id, row[0], row[1], row[2], row[3])


def _writable(
    tx: _Tx, judge_id: int, entrant_id: int
) -> tuple[_JudgeRow, _EntrantRow, tuple[_CriterionRow, ...]]:
    """Checks, inside the write transaction, that this judge may change this finalist.

    One query answers every check (it runs on each keystroke); the errors are raised in the
    same order as the separate checks of the read side.
    """
    row = tx.one(
        "SELECT j.uid, j.competition_id, "
        "(SELECT value FROM app_settings WHERE key = ?), "
        "(SELECT value FROM app_settings WHERE key = ?), "
        "e.uid, e.code, e.name_en, e.name_zh, "
        "EXISTS (SELECT 1 FROM presentation_slots p WHERE p.entrant_id = e.id "
        "AND p.competition_id = e.competition_id) OR "
        "EXISTS (SELECT 1 FROM finalists f WHERE f.entrant_id = e.id "
        "AND f.competition_id = e.competition_id), "
        "EXISTS (SELECT 1 FROM conflicts_of_interest c WHERE c.judge_id = j.id "
        "AND c.entrant_id = e.id), "
        "(SELECT status FROM score_sheets s WHERE s.judge_id = j.id AND s.status IN (?, ?) "
        "ORDER BY s.revision DESC LIMIT 1) "
        "FROM judges j LEFT JOIN entrants e ON e.id = ? AND e.competition_id = j.competition_id "
        "WHERE j.id = ?",
        SETTING_ROLE, SETTING_JUDGE_UID, SheetStatus.SIGNED.value, SheetStatus.DRAFT.value,
        entrant_id, judge_id,
    )
    if row is None:
        raise NotFoundError("There is no judge with id {id}.", id=judge_id)
    (uid, competition_id, role, own_uid, e_uid, e_code, e_name, e_name_zh, finalist, conflict,
     sheet) = row
    if role == DatabaseRole.JUDGE.value and own_uid and own_uid != uid:
        raise _not_own_judge(judge_id)
    if e_uid is None or not finalist:
        raise _not_a_finalist(entrant_id)
    judge = _JudgeRow(judge_id, uid, competition_id)
    entrant = _EntrantRow(entrant_id, e_uid, e_code, e_name, e_name_zh)
    if conflict:
        raise ConflictError(
            "You declared a conflict of interest with {finalist}, so you cannot score it.",
            finalist=named(entrant.name_en, entrant.name_zh),
        )
    if sheet == SheetStatus.SIGNED.value:
        raise ConflictError(
            "Your score sheet has been signed, so your scores can no longer be changed; "
            "an amendment must be started first."
        )
    criteria = tuple(
        _CriterionRow(cid, cuid, code, name, name_zh, Decimal(w), Decimal(lo), Decimal(hi),
                      Decimal(step))
        for cid, cuid, code, name, name_zh, w, lo, hi, step in tx.all(
            "SELECT id, uid, code, name_en, name_zh, weight, scale_min, scale_max, scale_step "
            "FROM criteria WHERE competition_id = ? ORDER BY position",
            judge.competition_id,
        )
    )
    return judge, entrant, criteria


def _locked(tx: _Tx, judge_id: int) -> bool:
    """A signed sheet locks the judge's scores until a newer draft (an amendment) exists."""
    row = tx.one(
        "SELECT status FROM score_sheets WHERE judge_id = ? AND status IN (?, ?) "
        "ORDER BY revision DESC LIMIT 1",
        judge_id, SheetStatus.SIGNED.value, SheetStatus.DRAFT.value,
    )
    return row is not None and row[0] == SheetStatus.SIGNED.value


def _conflicts(tx: _Tx, judge_id: int) -> dict[int, str]:
    return dict(tx.all(
        "SELECT entrant_id, reason FROM conflicts_of_interest WHERE judge_id = ?", judge_id
    ))


_ENTRANT_COLUMNS = "e.id, e.uid, e.code, e.name_en, e.name_zh, e.category"


def _entrant_view(row: Any) -> EntrantView:
    return EntrantView(row[0], row[1], row[2], Bilingual(row[3], row[4]),
                       EntrantCategory(row[5]))


def _schedule(tx: _Tx, competition_id: int) -> list[tuple[EntrantView, int | None,
                                                          datetime | None, int, int]]:
    """Scheduled finalists in presentation order, then any finalist not yet scheduled."""
    rows: list[tuple[EntrantView, int | None, datetime | None, int, int]] = [
        (_entrant_view(r), r[6], _stored_datetime(r[7]), r[8], r[9])
        for r in tx.all(
            f"SELECT {_ENTRANT_COLUMNS}, p.position, p.starts_at, p.presentation_minutes, "
            "p.qa_minutes FROM presentation_slots p JOIN entrants e ON e.id = p.entrant_id "
            "WHERE p.competition_id = ? ORDER BY p.position", competition_id,
        )
    ]
    rows.extend(
        (_entrant_view(r), None, None, _DEFAULT_PRESENTATION_MINUTES, _DEFAULT_QA_MINUTES)
        for r in tx.all(
            f"SELECT {_ENTRANT_COLUMNS} FROM finalists f JOIN entrants e ON e.id = f.entrant_id "
            "WHERE f.competition_id = ? AND NOT EXISTS (SELECT 1 FROM presentation_slots p "
            "WHERE p.competition_id = f.competition_id AND p.entrant_id = f.entrant_id) "
            "ORDER BY f.shortlist_rank", competition_id,
        )
    )
    return rows


def _day_slot(
    row: tuple[EntrantView, int | None, datetime | None, int, int],
    progress: tuple[int, bool],
    conflicts: dict[int, str],
    criteria_count: int,
    locked: bool,
) -> DaySlot:
    entrant, position, starts_at, presentation_minutes, qa_minutes = row
    scored, content = progress
    return DaySlot(
        entrant=entrant,
        position=position,
        starts_at=starts_at,
        presentation_minutes=presentation_minutes,
        qa_minutes=qa_minutes,
        status=slot_status(
            scored=scored,
            criteria_count=criteria_count,
            has_content=content,
            recused=entrant.id in conflicts,
            locked=locked,
        ),
        scored=scored,
        criteria_count=criteria_count,
        recusal_reason=conflicts.get(entrant.id, ""),
    )


def _judge_view(tx: _Tx, judge_id: int, conflicts: tuple[str, ...]) -> JudgeView:
    r = tx.one(
        "SELECT uid, name_en, name_zh, title, affiliation, organisation, certificate_sha256 "
        "FROM judges WHERE id = ?", judge_id,
    )
    return JudgeView(judge_id, r[0], Bilingual(r[1], r[2]), r[3], Affiliation(r[4]), r[5], r[6],
                     conflicts)


def _competition_view(tx: _Tx, competition_id: int) -> CompetitionSummary:
    r = tx.one(
        "SELECT uid, name_en, name_zh, year_label, award_name_en, award_name_zh, award_count, "
        "finalist_count, public_award_name_en, public_award_name_zh, public_award_count, "
        "venue_en, venue_zh FROM competitions WHERE id = ?", competition_id,
    )
    return CompetitionSummary(
        id=competition_id, uid=r[0], name=Bilingual(r[1], r[2]), year_label=r[3],
        award_name=Bilingual(r[4], r[5]), award_count=r[6], finalist_count=r[7],
        public_award_name=Bilingual(r[8], r[9]), public_award_count=r[10],
        venue=Bilingual(r[11], r[12]),
    )


def _criterion_views(tx: _Tx, competition_id: int) -> tuple[CriterionView, ...]:
    bands: dict[int, list[RubricBandView]] = {}
    for cid, low, high, en, zh in tx.all(
        "SELECT b.criterion_id, b.low, b.high, b.descriptor_en, b.descriptor_zh "
        "FROM rubric_bands b JOIN criteria c ON c.id = b.criterion_id "
        "WHERE c.competition_id = ? ORDER BY b.criterion_id, b.position", competition_id,
    ):
        bands.setdefault(cid, []).append(
            RubricBandView(Decimal(low), Decimal(high), Bilingual(en, zh)))
    return tuple(
        CriterionView(
            id=r[0], uid=r[1], position=r[2], code=r[3], name=Bilingual(r[4], r[5]),
            description=Bilingual(r[6], r[7]), weight=Decimal(r[8]), scale_min=Decimal(r[9]),
            scale_max=Decimal(r[10]), scale_step=Decimal(r[11]),
            bands=tuple(bands.get(r[0], ())),
        )
        for r in tx.all(
            "SELECT id, uid, position, code, name_en, name_zh, description_en, description_zh, "
            "weight, scale_min, scale_max, scale_step FROM criteria WHERE competition_id = ? "
            "ORDER BY position", competition_id,
        )
    )


def _stored_timers(tx: _Tx) -> dict[str, dict[str, Any]]:
    raw = _setting(tx, SETTING_TIMERS)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _notice(
    kind: ChangeKind,
    judge_id: int,
    entrant_id: int,
    criterion_id: int | None,
    criteria: tuple[_CriterionRow, ...],
    cells: dict[int, _Cell],
    overall: str,
    *,
    changed: bool,
    old: Decimal | None = None,
    new: Decimal | None = None,
    comment: str | None = None,
    origin: ChangeOrigin = ChangeOrigin.EDIT,
) -> ScoringChange:
    values = {cid: cell.value for cid, cell in cells.items()}
    status = slot_status(
        scored=sum(1 for c in criteria if values.get(c.id) is not None),
        criteria_count=len(criteria),
        has_content=bool(overall) or any(c.comment for c in cells.values()),
        recused=False,
        locked=False,
    )
    return ScoringChange(
        kind=kind, judge_id=judge_id, entrant_id=entrant_id, criterion_id=criterion_id,
        old_value=old, new_value=new, comment=comment, status=status,
        missing=missing_of(criteria, values), changed=changed, origin=origin,
    )


def _not_own_judge(judge_id: int) -> ConflictError:
    return ConflictError(
        "This laptop belongs to another judge; it cannot be used to see or change the scores "
        "of judge {id}.",
        id=judge_id,
    )


def _not_a_finalist(entrant_id: int) -> NotFoundError:
    return NotFoundError(
        "Entrant {id} is not a finalist of this judge's competition.", id=entrant_id
    )


def _no_criterion(criterion_id: int) -> NotFoundError:
    return NotFoundError(
        "There is no criterion with id {id} in this competition.", id=criterion_id
    )


def _find_criterion(criteria: tuple[_CriterionRow, ...], criterion_id: int) -> _CriterionRow:
    for crit in criteria:
        if crit.id == criterion_id:
            return crit
    raise _no_criterion(criterion_id)


def _check_comment(text: str) -> str:
    if not isinstance(text, str):
        raise TypeError("a comment must be text")
    if len(text) > MAX_COMMENT_LENGTH:
        raise ValidationError(
            "A comment can hold at most {limit} characters; this one has {length}.",
            limit=MAX_COMMENT_LENGTH,
            length=len(text),
        )
    return text


_ID_QUERIES = {table: f"SELECT id FROM {table} WHERE uid = ?"
               for table in ("judges", "entrants", "criteria")}


def _id_for(tx: _Tx, table: str, uid: object) -> int | None:
    if not isinstance(uid, str):
        return None
    row = tx.one(_ID_QUERIES[table], uid)
    return None if row is None else row[0]


def _decimal_text(value: Decimal | None) -> str | None:
    """The canonical text ``DecimalText`` stores (``7.5``, ``10``), or None."""
    if value is None:
        return None
    return format(value.normalize(), "f")
