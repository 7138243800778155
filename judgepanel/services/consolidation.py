"""Importing the judges' signed score sheets on the chair's machine.

Each file is hostile until proven otherwise: size-capped, then verified as a whole
(:func:`~judgepanel.services.sheets.verify_sheet_bytes`: signature intact, chains to the panel,
covers the entire file, the signer is the judge the data names), then checked against this
competition (its uid, the roster, the criteria, the finalists). Every refusal is recorded with
its reason so the results can list it.

Revisions: the newest signed revision of a judge's sheet is the one in force; importing an older
one keeps it on record (superseded) without touching the marks. Importing the very same file
again changes nothing. Marks for a finalist the judge is conflicted with are refused one by one;
the rest of the sheet counts.

Each imported sheet's marks are tied to the sheet by a digest (:class:`SheetDigest`), so a mark
changed in the database behind the app's back is caught when results are computed.

One write transaction per file: a long folder import that is cancelled or interrupted keeps every
file it finished, and never half of one.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import bindparam, delete, select
from sqlalchemy.exc import SQLAlchemyError

from judgepanel.db.engine import Database
from judgepanel.db.models import (
    AppSetting,
    AuditEntry,
    Competition,
    ConflictOfInterest,
    Criterion,
    DecimalText,
    Entrant,
    Finalist,
    Judge,
    PanelAuthorityRecord,
    Score,
    ScoreExclusion,
    SheetDigest,
    SheetImport,
    UtcDateTime,
)
from judgepanel.db.models import ScoreSheet as SheetRow
from judgepanel.domain import documents as doc
from judgepanel.domain.consolidation import CriterionRule, scores_digest
from judgepanel.domain.enums import DatabaseRole, ScoreSource, SheetStatus
from judgepanel.domain.errors import ConflictError, NotFoundError, UserError, tr_noop
from judgepanel.domain.results import (
    ImportLogEntry,
    ImportOutcome,
    ImportOutcomeKind,
    ImportReport,
    Reason,
)
from judgepanel.services import audit
from judgepanel.services.authority import (
    REPLACED_CREDENTIAL,
    CredentialRecordView,
    credential_records,
    own_among,
    replaced_on,
    replaced_own_certificates,
    shown_moment,
)
from judgepanel.services.competitions import SETTING_ROLE
from judgepanel.services.sheets import SheetVerification, verify_sheet_bytes

if TYPE_CHECKING:
    from sqlalchemy import Connection, Dialect, Table

#: Files larger than this are refused before they are read (a score sheet is ~100 KiB).
MAX_SHEET_BYTES = 50 * 1024 * 1024
ACTOR = "chair"

Progress = Callable[[int, int, str], None]

_decimal_text = DecimalText()

# Statements built once, on the tables (Core, run on the session's connection): an import runs
# these for every file of a folder, and building them anew, or going through the ORM's
# unit of work, cost more than executing them.
_SHEETS = SheetRow.__table__
_COMPETITION_UID = select(Competition.uid).where(Competition.id == bindparam("competition"))
_ROLE = select(AppSetting.value).where(AppSetting.key == SETTING_ROLE)
_ROOTS = select(PanelAuthorityRecord.certificate_pem).where(
    PanelAuthorityRecord.competition_id == bindparam("competition"))
_JUDGES = select(Judge.id, Judge.uid, Judge.name_en, Judge.certificate_sha256,
                 Judge.certificate_pem).where(Judge.competition_id == bindparam("competition"))
_CRITERIA = select(Criterion.id, Criterion.code, Criterion.weight, Criterion.scale_min,
                   Criterion.scale_max, Criterion.scale_step).where(
    Criterion.competition_id == bindparam("competition"))
_FINALISTS = select(Entrant.code, Entrant.id).join(
    Finalist, Finalist.entrant_id == Entrant.id).where(
    Finalist.competition_id == bindparam("competition"))
_CONFLICTS = select(ConflictOfInterest.judge_id, ConflictOfInterest.entrant_id).join(
    Judge, Judge.id == ConflictOfInterest.judge_id).where(
    Judge.competition_id == bindparam("competition"))
_IMPORTED = select(SheetRow.file_sha256, SheetRow.revision).join(
    Judge, Judge.id == SheetRow.judge_id).where(
    Judge.competition_id == bindparam("competition"), SheetRow.imported_at.is_not(None),
    SheetRow.file_sha256.is_not(None))


def _columns(table: Table, columns: Sequence[str]) -> str:
    """``columns`` of ``table`` as a list for plain SQL (a name the model lacks fails here, at
    import, not in the middle of an import)."""
    return ", ".join(table.c[column].name for column in columns)


def _insert_sql(table: Table, *columns: str) -> str:
    return (f"INSERT INTO {table.name} ({_columns(table, columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})")


class _OnRecord(NamedTuple):
    """A sheet row of the judge, as the write transaction reads it."""

    id: int
    revision: int
    status: str
    document_id: str
    file_sha256: str | None
    imported: bool


# The write transaction of each file runs as plain SQL (see _Sql), with ``?`` placeholders.
_SHEET_VALUES = ("status", "document_id", "amendment_reason", "file_sha256", "pdf",
                 "signer_fingerprint", "signed_at", "imported_at", "source_name")
_JUDGE_SHEETS_SQL = (f"SELECT {_columns(_SHEETS, _OnRecord._fields[:-1])}, imported_at IS NOT NULL "
                     "FROM score_sheets WHERE judge_id = ?")
_INSERT_SHEET_SQL = _insert_sql(_SHEETS, "judge_id", "revision", "created_at", *_SHEET_VALUES)
_UPDATE_SHEET_SQL = (f"UPDATE {_SHEETS.name} SET "
                     f"{', '.join(f'{_SHEETS.c[c].name} = ?' for c in _SHEET_VALUES)} "
                     "WHERE id = ?")
_SUPERSEDE_SQL = (f"UPDATE score_sheets SET status = '{SheetStatus.SUPERSEDED.value}' "
                  f"WHERE judge_id = ? AND id <> ? AND status = '{SheetStatus.SIGNED.value}'")
_DELETE_MARKS_SQL = ("DELETE FROM scores WHERE judge_id = ? AND entrant_id IN "
                     "(SELECT entrant_id FROM finalists WHERE competition_id = ?)")
_DELETE_DIGEST_SQL = "DELETE FROM sheet_digests WHERE sheet_id = ?"
_INSERT_MARKS_SQL = _insert_sql(Score.__table__, "judge_id", "entrant_id", "criterion_id",
                                "value", "comment", "source", "sheet_id", "created_at",
                                "updated_at")
_INSERT_DIGEST_SQL = _insert_sql(SheetDigest.__table__, "sheet_id", "competition_id",
                                 "scores_sha256", "score_count")
_INSERT_EXCLUSION_SQL = _insert_sql(ScoreExclusion.__table__, "competition_id", "sheet_id",
                                    "judge_id", "entrant_id", "reason", "created_at")
_INSERT_IMPORT_SQL = _insert_sql(SheetImport.__table__, "competition_id", "file_name",
                                 "file_sha256", "file_size", "outcome", "reason", "judge_id",
                                 "sheet_id", "revision", "imported_at")
_INSERT_AUDIT_SQL = _insert_sql(AuditEntry.__table__, "at", "actor", "action", "payload",
                                "prev_hash", "hash")
#: What has changed in an SQLite file, seen from one connection: the rows it changed itself and
#: the commits of every other connection (``data_version``), see SheetImportService._marker.
_MARKER_SQL = "SELECT total_changes(), (SELECT data_version FROM pragma_data_version())"


@functools.lru_cache(maxsize=8)
def _time_processor(dialect: Dialect) -> Callable[[datetime | None], object]:
    """How ``dialect`` stores a timestamp (UtcDateTime's own conversion, as Core applies it)."""
    process = UtcDateTime().dialect_impl(dialect).bind_processor(dialect)
    return process if process is not None else (lambda value: value)


@functools.lru_cache(maxsize=64)
def _server_sql(sql: str) -> str:
    return sql.replace("?", "%s")


class _Sql:
    """Plain SQL in the caller's transaction, for the statements an import runs per file.

    On SQLite straight through the driver's cursor: SQLAlchemy's work per statement cost more
    than SQLite's, and this runs for every file of a folder. Its errors are raised as
    SQLAlchemy's, as with any other statement. Other servers get the same SQL through
    ``exec_driver_sql`` (``?`` becomes the driver's ``%s``). Values go in as the database keeps
    them: timestamps through :meth:`time`, decimals through :func:`canonical_value`."""

    def __init__(self, connection: Connection) -> None:
        self.time = _time_processor(connection.dialect)
        self._connection = connection
        self._cursor: sqlite3.Cursor | None = None
        if connection.dialect.name == "sqlite":
            self._cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        if self._cursor is None:
            return [tuple(r) for r in self._connection.exec_driver_sql(_server_sql(sql),
                                                                       tuple(params))]
        return self._sqlite(self._cursor.execute, sql, params).fetchall()  # type: ignore[no-any-return]

    def run(self, sql: str, params: Sequence[object] = ()) -> None:
        if self._cursor is None:
            self._connection.exec_driver_sql(_server_sql(sql), tuple(params))
        else:
            self._sqlite(self._cursor.execute, sql, params)

    def run_many(self, sql: str, rows: list[tuple[object, ...]]) -> None:
        if self._cursor is None:
            self._connection.exec_driver_sql(_server_sql(sql), rows)
        else:
            self._sqlite(self._cursor.executemany, sql, rows)

    def insert(self, sql: str, params: Sequence[object]) -> int:
        """Runs an INSERT of one row and returns its new ``id``."""
        if self._cursor is None:
            return int(self._connection.exec_driver_sql(
                _server_sql(sql) + " RETURNING id", tuple(params)).scalar_one())
        cursor = self._sqlite(self._cursor.execute, sql, params)
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def marker(self) -> tuple[object, int, int] | None:
        """This SQLite connection's change marker (None on a server): see
        :meth:`SheetImportService._marker`."""
        if self._cursor is None:
            return None
        changes, version = self._sqlite(self._cursor.execute, _MARKER_SQL, ()).fetchone()
        return self._cursor.connection, changes, version

    @staticmethod
    def _sqlite(method: Callable[[str, Any], sqlite3.Cursor], sql: str,
                params: Any) -> sqlite3.Cursor:
        try:
            return method(sql, params)
        except sqlite3.Error as exc:
            from sqlalchemy.exc import DBAPIError

            raise DBAPIError.instance(sql, params, exc, sqlite3.Error) from exc


def canonical_value(value: Decimal) -> str:
    """The text the ``scores`` table stores for ``value`` (the digest is taken over it)."""
    text = _decimal_text.process_bind_param(value, None)  # type: ignore[arg-type]
    assert text is not None
    return text


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and for each folder every ``.pdf`` in it and its subfolders (hidden
    files and folders skipped, as a USB stick carries system clutter), in a stable order."""
    result: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: list[Path] = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [Path(root) / f for f in files
                          if f.lower().endswith(".pdf") and not f.startswith(".")]
            candidates = sorted(found)
        else:
            candidates = [path]
        for candidate in candidates:
            key = candidate.resolve() if candidate.exists() else candidate
            if key not in seen:
                seen.add(key)
                result.append(candidate)
    return result


@dataclass(frozen=True)
class _Context:
    """What every file of one import is checked against (read once per batch, and kept for the
    next batches while the database is unchanged: see SheetImportService._batch_context)."""

    competition_id: int
    competition_uid: str
    trust_roots: tuple[bytes, ...]
    judges: dict[str, tuple[int, str, str | None]]  # uid -> (id, name, registered fingerprint)
    criteria: dict[str, tuple[int, tuple[str, str, str, str, str]]]  # code -> (id, rule key)
    finalists: dict[str, int]  # entrant code -> entrant id
    conflicts: frozenset[tuple[int, int]]  # (judge id, entrant id)
    #: file SHA-256 -> revision of every sheet already imported (kept up to date by the batch),
    #: so a file seen before is answered without a transaction of its own.
    imported: dict[str, int]
    registered: tuple[bytes, ...] = ()  # judges' own certificates, pinned (see own_certificates)
    #: every credential issued or registered, by (judge id, fingerprint): which were replaced
    credentials: dict[tuple[int, str], CredentialRecordView] = field(default_factory=dict)


class _Rejected(Exception):
    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.text)
        self.reason = reason


def _reject(template: str, **params: object) -> _Rejected:
    return _Rejected(Reason.of(template, **params))


class SheetImportService:
    """Use cases of the chair's sheet import: files, folders, bytes; the stored log."""

    def __init__(self, db: Database) -> None:
        self._db = db
        #: The last context read, with the SQLite change marker it is current for (see
        #: _batch_context): (competition id, marker, context).
        self._cached: tuple[int, tuple[object, int, int], _Context] | None = None

    # -- importing -------------------------------------------------------------------------------
    def import_paths(self, competition_id: int, paths: Sequence[str | Path], *,
                     progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Imports files and folders; safe to call from a worker thread.

        ``progress(done, total, file)`` is called before each file and once at the end;
        ``cancelled()`` is asked before each file, and a cancelled import keeps what it did."""
        files = expand_paths(paths)
        context = self._batch_context(competition_id)
        outcomes: list[ImportOutcome] = []
        for index, path in enumerate(files):
            if cancelled is not None and cancelled():
                return ImportReport(tuple(outcomes), cancelled=True)
            if progress is not None:
                progress(index, len(files), str(path))
            outcomes.append(self._import_path(context, path))
        if progress is not None:
            progress(len(files), len(files), "")
        return ImportReport(tuple(outcomes))

    def import_bytes(self, competition_id: int, data: bytes, name: str) -> ImportOutcome:
        """Imports one sheet already read into memory (``name`` is how the log shows it)."""
        context = self._batch_context(competition_id)
        if len(data) > MAX_SHEET_BYTES:
            return self._record_rejection(context, name, None, len(data), _too_large(len(data)))
        return self._import_data(context, name, bytes(data))

    def _import_path(self, context: _Context, path: Path) -> ImportOutcome:
        name = str(path)
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise _reject(tr_noop("This is not a file."))
            if size > MAX_SHEET_BYTES:
                return self._record_rejection(context, name, None, size, _too_large(size))
            with path.open("rb") as fh:
                # Sized by the stat (a read sized by the cap allocates the cap); a file that
                # grew since is read on, up to one byte past the cap.
                data = fh.read(size + 1)
                if len(data) > size:
                    data += fh.read(MAX_SHEET_BYTES + 1 - len(data))
        except _Rejected as exc:
            return self._record_rejection(context, name, None, None, exc.reason)
        except FileNotFoundError:
            return self._record_rejection(context, name, None, None,
                                          Reason.of(tr_noop("The file does not exist.")))
        except OSError as exc:
            return self._record_rejection(
                context, name, None, None,
                Reason.of(tr_noop("The file cannot be read: {reason}"),
                          reason=exc.strerror or str(exc)))
        if len(data) > MAX_SHEET_BYTES:
            return self._record_rejection(context, name, None, len(data), _too_large(len(data)))
        return self._import_data(context, name, data)

    def _import_data(self, context: _Context, name: str, data: bytes) -> ImportOutcome:
        digest = hashlib.sha256(data).hexdigest()
        # Files imported since the batch began are known too; one imported by another machine
        # meanwhile is caught again inside the write transaction.
        known = context.imported.get(digest)
        if known is not None:
            return ImportOutcome(name, ImportOutcomeKind.DUPLICATE,
                                 Reason.of(tr_noop("Already imported; nothing changed.")),
                                 revision=known, sha256=digest)
        try:
            verification = verify_sheet_bytes(data, context.trust_roots,
                                              context.registered, sha256=digest)
        except UserError as exc:
            return self._record_rejection(context, name, digest, len(data),
                                          Reason.from_error(exc))
        try:
            if not verification.ok or verification.sheet is None:
                self._check_credential(context, verification)
                problems = verification.problems or (
                    tr_noop("The score sheet's signature could not be verified."),)
                raise _Rejected(Reason(problems[0]))
            judge_id, judge_name = self._check_sheet(context, verification.sheet,
                                                     verification.signer_uid,
                                                     verification.signer_fingerprint)
            self._check_credential(context, verification)
            return self._store(context, name, data, digest, verification, judge_id, judge_name)
        except _Rejected as exc:
            judge = verification.sheet.judge.name_en if verification.sheet else None
            return self._record_rejection(context, name, digest, len(data), exc.reason,
                                          judge_name=judge)

    # -- checks ----------------------------------------------------------------------------------
    def _batch_context(self, competition_id: int) -> _Context:
        """The context of a batch: the one read last when the database is unchanged since
        (many imports of one or two files each, as sheets arrive, need not read it again),
        else read afresh.

        On SQLite, "unchanged" is the change marker of a pooled connection
        (:meth:`_marker`): the rows that connection changed itself (``total_changes()``, which
        counts whoever used it) and ``PRAGMA data_version``, which moves whenever any other
        connection commits (another service's, another process's, another machine's). The marker
        is taken before the context is read, so a change in between only makes the next batch
        read it again. Our own write transactions carry the marker forward (see :meth:`_store`):
        what they change in the context (``imported``) is updated in place. On a server every
        batch reads the context."""
        marker = self._marker()
        cached = self._cached
        if marker is not None and cached is not None and cached[0] == competition_id \
                and cached[1] == marker:
            return cached[2]
        context = self._context(competition_id)
        self._cached = (competition_id, marker, context) if marker is not None else None
        return context

    def _marker(self) -> tuple[object, int, int] | None:
        """The change marker of the SQLite connection the pool hands out next; None on a
        server, or when it cannot be read (the context is then read as usual, and says why)."""
        if not self._db.is_sqlite:
            return None
        try:
            pooled = self._db.engine.raw_connection()
        except SQLAlchemyError:
            return None
        try:
            connection = pooled.driver_connection
            changes, version = connection.execute(_MARKER_SQL).fetchone()  # type: ignore[union-attr]
            return connection, changes, version
        except sqlite3.Error:
            return None
        finally:
            pooled.close()

    def _context(self, competition_id: int) -> _Context:
        params = {"competition": competition_id}
        with self._db.read() as s:
            run = s.connection().execute
            uid = run(_COMPETITION_UID, params).scalar()
            if uid is None:
                raise NotFoundError("There is no competition with id {id}.", id=competition_id)
            if run(_ROLE).scalar() == DatabaseRole.JUDGE.value:
                raise ConflictError(tr_noop("This is a judge's database; score sheets are "
                                            "imported on the chair's computer."))
            root_pems = run(_ROOTS, params).scalars().all()
            roots = tuple(p.encode("ascii") for p in root_pems)
            if not roots:
                raise ConflictError(tr_noop("This competition has no panel certificate "
                                            "authority, so no signed sheet can be checked."))
            roster = run(_JUDGES, params).all()
            judges = {uid_: (ident, name, fingerprint)
                      for ident, uid_, name, fingerprint, _pem in roster}
            criteria = {
                code: (ident, CriterionRule(code, weight, low, high, step).key())
                for ident, code, weight, low, high, step in run(_CRITERIA, params)}
            finalists = dict(run(_FINALISTS, params).all())
            conflicts = frozenset(run(_CONFLICTS, params).all())
            imported = dict(run(_IMPORTED, params).all())
            return _Context(competition_id, uid, roots, judges, criteria, finalists, conflicts,
                            imported, own_among(root_pems[0], (r.certificate_pem for r in roster)),
                            credential_records(s, competition_id))

    @staticmethod
    def _check_sheet(context: _Context, sheet: doc.ScoreSheet, signer_uid: str | None,
                     signer_fingerprint: str | None) -> tuple[int, str]:
        if sheet.competition.uid != context.competition_uid:
            raise _reject(tr_noop("The sheet is for another competition ({name})."),
                          name=sheet.competition.name_en)
        judge = context.judges.get(sheet.judge.uid)
        if judge is None:
            raise _reject(tr_noop("The sheet names {judge}, who is not on this competition's "
                                  "roster of judges."), judge=sheet.judge.name_en)
        judge_id, judge_name, registered = judge
        if signer_uid is None and registered != signer_fingerprint:
            # Without a panel-vouched UID, only the certificate registered for the judge counts.
            raise _reject(tr_noop("The sheet is signed with a certificate that is not the one "
                                  "registered for {judge}."), judge=judge_name)
        keys = {c.code: CriterionRule(c.code, c.weight, c.scale_min, c.scale_max,
                                      c.scale_step).key() for c in sheet.criteria}
        expected = {code: key for code, (_id, key) in context.criteria.items()}
        if keys != expected:
            differing = sorted(set(keys) ^ set(expected)) or sorted(
                code for code in keys if keys[code] != expected[code])
            raise _reject(tr_noop("The sheet's criteria (weights or scales) differ from this "
                                  "competition's: {criteria}. It was made from an outdated kit."),
                          criteria=", ".join(differing))
        for finalist in sheet.finalists:
            code = finalist.entrant.code
            if code not in context.finalists:
                raise _reject(tr_noop("The sheet scores {entrant}, which is not a finalist of "
                                      "this competition."), entrant=code)
            if not finalist.recused and any(sc.value is None for sc in finalist.scores):
                raise _reject(tr_noop("The sheet is incomplete: {entrant} has no mark for "
                                      "some criteria."), entrant=code)
            if not finalist.recused and len(finalist.scores) != len(expected):
                raise _reject(tr_noop("The sheet is incomplete: {entrant} has no mark for "
                                      "some criteria."), entrant=code)
        return judge_id, judge_name

    @staticmethod
    def _check_credential(context: _Context, verification: SheetVerification) -> None:
        """Refuses a sheet signed with a credential that is no longer the judge's: one the
        chair replaced (a new panel credential issued, or another own certificate registered),
        or a panel credential for the judge that this database never issued. A new file is
        never "on record" (a file already imported is answered before it is verified), so a
        replaced credential is refused whenever it signed. Also asked for a sheet that failed
        verification only because its signer is no longer pinned (a replaced own certificate),
        so the refusal names the replacement rather than a broken chain."""
        sheet, fingerprint = verification.sheet, verification.signer_fingerprint
        if sheet is None or fingerprint is None:
            return
        judge = context.judges.get(sheet.judge.uid)
        if judge is None:
            return
        judge_id, judge_name, current = judge
        if fingerprint == current:
            return
        if not verification.ok and not (verification.intact and verification.covers_entire_file
                                        and verification.payload_ok):
            return  # a damaged file: its own problem is the reason
        replaced = replaced_on(context.credentials.get((judge_id, fingerprint)),
                               verification.signing_time, on_record=False)
        if replaced is not None:
            raise _reject(REPLACED_CREDENTIAL, date=shown_moment(replaced))
        if verification.ok and verification.signer_uid is not None and current is not None:
            raise _reject(tr_noop("The sheet is signed with a panel credential that is not "
                                  "{judge}'s current one; ask the judge to import the new kit "
                                  "and sign again."), judge=judge_name)

    # -- storing ---------------------------------------------------------------------------------
    def _store(self, context: _Context, name: str, data: bytes, digest: str,
               verification: SheetVerification, judge_id: int,
               judge_name: str) -> ImportOutcome:
        """One write transaction: the sheet row, the marks (when it is the newest revision),
        its digest, the log entry and the audit entry. Plain SQL (:class:`_Sql`) rather than
        the ORM's unit of work or Core: this runs once per file of a folder import."""
        sheet = verification.sheet
        assert sheet is not None  # checked by the caller
        now = datetime.now(UTC)
        with self._db.write_statements() as connection:
            sql = _Sql(connection)
            before = sql.marker()
            rows = [_OnRecord(*r) for r in sql.rows(_JUDGE_SHEETS_SQL, (judge_id,))]
            same_file = next((r for r in rows if r.file_sha256 == digest), None)
            if same_file is not None and same_file.imported:
                return ImportOutcome(name, ImportOutcomeKind.DUPLICATE,
                                     Reason.of(tr_noop("Already imported; nothing changed.")),
                                     judge_name, same_file.revision, digest)
            others = [r for r in rows if r is not same_file]
            same_document = next((r for r in others if r.document_id == sheet.document_id),
                                 None)
            if same_document is not None:
                raise _reject(tr_noop("Another file of the same sheet (revision {revision}) is "
                                      "already on record, with different contents."),
                              revision=same_document.revision)
            if any(r.revision == sheet.revision for r in others):
                raise _reject(tr_noop("A different sheet with revision {revision} of {judge} is "
                                      "already on record; a judge's revisions must differ."),
                              revision=sheet.revision, judge=judge_name)
            in_force = next((r for r in rows if r.imported
                             and r.status == SheetStatus.SIGNED.value), None)
            newer = in_force is None or sheet.revision > in_force.revision
            stamp = sql.time(now)
            values = (
                (SheetStatus.SIGNED if newer else SheetStatus.SUPERSEDED).value,
                sheet.document_id, sheet.amendment_reason, digest, data,
                verification.signer_fingerprint,
                sql.time(verification.signing_time or sheet.signing_time), stamp,
                Path(name).name[:500])
            if same_file is not None:
                sheet_id = same_file.id
                sql.run(_UPDATE_SHEET_SQL, (*values, sheet_id))
            else:
                sheet_id = sql.insert(_INSERT_SHEET_SQL,
                                      (judge_id, sheet.revision, stamp, *values))
            refused: list[Reason] = []
            if newer:
                if any(r.id != sheet_id and r.status == SheetStatus.SIGNED.value for r in rows):
                    sql.run(_SUPERSEDE_SQL, (judge_id, sheet_id))
                refused = self._replace_scores(sql, context, judge_id, judge_name, sheet_id,
                                               sheet, had_digest=same_file is not None)
            outcome = ImportOutcomeKind.IMPORTED if newer else ImportOutcomeKind.SUPERSEDED
            reason = None if newer else Reason.of(
                tr_noop("Revision {revision} is older than revision {current}, which stays in "
                        "force; kept on record only."),
                revision=sheet.revision, current=in_force.revision if in_force else 0)
            sql.run(_INSERT_IMPORT_SQL, (
                context.competition_id, name[:500], digest, len(data), outcome.value,
                reason.to_json() if reason else "", judge_id, sheet_id, sheet.revision, stamp))
            head = sql.rows(audit.HEAD_SQL)
            entry = audit.entry_values(
                head[0][0] if head else None, ACTOR, "sheet.imported",
                {"judge_uid": sheet.judge.uid, "revision": sheet.revision, "sha256": digest,
                 "outcome": outcome.value, "refused_marks": len(refused)})
            sql.run(_INSERT_AUDIT_SQL, (sql.time(entry["at"]), entry["actor"], entry["action"],
                                        entry["payload"], entry["prev_hash"], entry["hash"]))
            after = sql.marker()
        context.imported[digest] = sheet.revision
        cached = self._cached
        if before is not None and after is not None and cached is not None \
                and cached[2] is context and cached[1] == before:
            # Nothing else changed the database since the context was read (checked under the
            # write lock) and what this transaction changed in it is updated above: it stays
            # current.
            self._cached = (cached[0], after, context)
        return ImportOutcome(name, outcome, reason, judge_name, sheet.revision, digest,
                             tuple(refused))

    @staticmethod
    def _replace_scores(sql: _Sql, context: _Context, judge_id: int, judge_name: str,
                        sheet_id: int, sheet: doc.ScoreSheet, *,
                        had_digest: bool = True) -> list[Reason]:
        """The judge's marks become this sheet's; refused marks are recorded, not stored.
        ``had_digest``: False for a sheet row this transaction created (nothing to replace)."""
        sql.run(_DELETE_MARKS_SQL, (judge_id, context.competition_id))
        if had_digest:
            sql.run(_DELETE_DIGEST_SQL, (sheet_id,))
        time = sql.time
        now = datetime.now(UTC)
        stamp = time(now)
        rows: list[tuple[object, ...]] = []
        refused: list[Reason] = []
        digest_rows: list[tuple[int, int, str]] = []
        source = ScoreSource.SIGNED_SHEET.value
        for finalist in sheet.finalists:
            if finalist.recused:
                continue
            entrant_id = context.finalists[finalist.entrant.code]
            if (judge_id, entrant_id) in context.conflicts:
                reason = Reason.of(tr_noop("{judge} has a conflict of interest with {entrant}; "
                                           "the marks for it were refused."),
                                   judge=judge_name, entrant=finalist.entrant.code)
                refused.append(reason)
                sql.run(_INSERT_EXCLUSION_SQL, (context.competition_id, sheet_id, judge_id,
                                                entrant_id, reason.to_json(), stamp))
                continue
            for score in finalist.scores:
                assert score.value is not None  # checked before storing
                criterion_id = context.criteria[score.criterion_code][0]
                value = canonical_value(score.value)
                rows.append((judge_id, entrant_id, criterion_id, value, score.comment, source,
                             sheet_id, stamp,
                             stamp if score.updated_at is None else time(score.updated_at)))
                digest_rows.append((entrant_id, criterion_id, value))
        if rows:
            sql.run_many(_INSERT_MARKS_SQL, rows)
        sql.run(_INSERT_DIGEST_SQL, (sheet_id, context.competition_id,
                                     scores_digest(digest_rows), len(rows)))
        return refused

    def _record_rejection(self, context: _Context, name: str, digest: str | None,
                          size: int | None, reason: Reason, *,
                          judge_name: str | None = None) -> ImportOutcome:
        """Stores the refusal once per (file, reason): the same bad file twice changes
        nothing."""
        stored = reason.to_json()
        same_file = (SheetImport.file_sha256 == digest if digest is not None else
                     (SheetImport.file_sha256.is_(None) & (SheetImport.file_name == name[:500])))
        with self._db.write() as s:
            seen = s.scalar(select(SheetImport.id).where(
                SheetImport.competition_id == context.competition_id,
                SheetImport.outcome == ImportOutcomeKind.REJECTED.value,
                same_file, SheetImport.reason == stored))
            if seen is None:
                s.add(SheetImport(competition_id=context.competition_id, file_name=name[:500],
                                  file_sha256=digest, file_size=size,
                                  outcome=ImportOutcomeKind.REJECTED.value, reason=stored))
                audit.append(s, ACTOR, "sheet.rejected",
                             {"file": Path(name).name, "sha256": digest, "reason": reason.text})
        return ImportOutcome(name, ImportOutcomeKind.REJECTED, reason, judge_name, None, digest)

    # -- reading ---------------------------------------------------------------------------------
    def import_log(self, competition_id: int) -> tuple[ImportLogEntry, ...]:
        """Every stored outcome, newest first."""
        with self._db.read() as s:
            rows = s.execute(
                select(SheetImport, Judge.name_en)
                .outerjoin(Judge, Judge.id == SheetImport.judge_id)
                .where(SheetImport.competition_id == competition_id)
                .order_by(SheetImport.imported_at.desc(), SheetImport.id.desc())).all()
            return tuple(
                ImportLogEntry(r.id, r.file_name, r.file_sha256, ImportOutcomeKind(r.outcome),
                               Reason.from_json(r.reason) if r.reason else None, judge,
                               r.revision, r.imported_at)
                for r, judge in rows)

    def restore_from_sheets(self, competition_id: int) -> int:
        """Rewrites every in-force sheet's marks from the stored signed file (after checking
        it again), undoing changes made to the ``scores`` table behind the app's back.
        Returns how many sheets were restored."""
        context = self._context(competition_id)
        with self._db.read() as s:
            stored = s.execute(
                select(SheetRow.id, SheetRow.judge_id, SheetRow.pdf, SheetRow.file_sha256)
                .join(Judge, Judge.id == SheetRow.judge_id)
                .where(Judge.competition_id == competition_id,
                       SheetRow.imported_at.is_not(None),
                       SheetRow.status == SheetStatus.SIGNED.value)).all()
        # Sheets on record may be signed with an own certificate replaced since: pinned here
        # only, and each such sheet must have been signed before its replacement.
        pinned = (*context.registered, *replaced_own_certificates(
            context.trust_roots[0].decode("ascii"), context.credentials.values()))
        restored = 0
        for sheet_id, judge_id, pdf, sha in stored:
            if pdf is None or hashlib.sha256(pdf).hexdigest() != sha:
                raise ConflictError(tr_noop("The stored copy of a signed sheet was changed; "
                                            "import the judge's signed file again."))
            verification = verify_sheet_bytes(pdf, context.trust_roots, pinned)
            if not verification.ok or verification.sheet is None:
                raise ConflictError(tr_noop("A stored signed sheet no longer verifies; import "
                                            "the judge's signed file again."))
            fingerprint = verification.signer_fingerprint or ""
            if verification.signer_uid is None and (judge_id, fingerprint) not in \
                    context.credentials and all(
                        (i, f) != (judge_id, fingerprint) for i, _n, f in context.judges.values()):
                raise ConflictError(tr_noop("A stored signed sheet no longer verifies; import "
                                            "the judge's signed file again."))
            replaced = replaced_on(context.credentials.get((judge_id, fingerprint)),
                                   verification.signing_time, on_record=True)
            if replaced is not None:
                raise ConflictError(REPLACED_CREDENTIAL, date=shown_moment(replaced))
            judge_name = next(n for i, n, _f in context.judges.values() if i == judge_id)
            with self._db.write() as s:
                s.execute(delete(ScoreExclusion).where(ScoreExclusion.sheet_id == sheet_id))
                self._replace_scores(_Sql(s.connection()), context, judge_id, judge_name,
                                     sheet_id, verification.sheet)
                audit.append(s, ACTOR, "sheet.marks_restored",
                             {"judge_id": judge_id, "sha256": sha})
            restored += 1
        return restored


def _too_large(size: int) -> Reason:
    return Reason.of(tr_noop("The file is too large ({size} MiB); score sheets are accepted up "
                             "to {limit} MiB."), size=f"{size / 1024 / 1024:.1f}",
                     limit=MAX_SHEET_BYTES // (1024 * 1024))

