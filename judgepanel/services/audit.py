"""The append-only, hash-chained audit log.

Each entry's hash is SHA-256 over the previous hash and a canonical JSON of the entry, so any
edit or deletion of an earlier entry breaks every hash after it. The database refuses UPDATE and
DELETE on the table as well (triggers in the initial migration).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from judgepanel.db.models import AuditEntry, utcnow
from judgepanel.domain.audit_chain import GENESIS
from judgepanel.domain.audit_chain import entry_hash as _entry_hash
from judgepanel.domain.errors import DatabaseError

_HEAD = select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
_INSERT = insert(AuditEntry.__table__)


def head_hash(session: Session) -> str:
    last = session.scalar(_HEAD)
    return last or GENESIS


def append(session: Session, actor: str, action: str, payload: dict[str, Any]) -> str:
    """Adds one entry in the caller's transaction and returns the new head hash.

    The caller's pending objects are flushed first (as before), then the entry is one plain
    INSERT: every use case writes one, and the ORM's unit of work cost more than the rest."""
    prev = head_hash(session)  # autoflushes the caller's pending objects
    session.flush()
    values = entry_values(prev, actor, action, payload)
    session.connection().execute(_INSERT, values)
    return str(values["hash"])


#: The head's hash in plain SQL, for a caller that writes its transaction through the driver.
HEAD_SQL = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"


def entry_values(prev: str | None, actor: str, action: str,
                 payload: dict[str, Any]) -> dict[str, Any]:
    """The columns of the entry that follows the head hash ``prev`` (None: the log is empty),
    timestamped now: what :func:`append` inserts, for a caller that inserts it itself."""
    prev = prev or GENESIS
    at = utcnow()
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return {"at": at, "actor": actor, "action": action, "payload": text, "prev_hash": prev,
            "hash": _entry_hash(prev, at, actor, action, text)}


def verify_chain(session: Session) -> str:
    """Recomputes the chain; returns the head hash or raises naming the first broken entry."""
    prev = GENESIS
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        expected = _entry_hash(prev, entry.at, entry.actor, entry.action, entry.payload)
        if entry.prev_hash != prev or entry.hash != expected:
            raise DatabaseError(
                "The audit log is broken at entry {id} ({action}): it was changed after it was "
                "written.",
                id=entry.id,
                action=entry.action,
            )
        prev = entry.hash
    return prev
