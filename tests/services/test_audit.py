from __future__ import annotations

import pytest
from sqlalchemy import text

from judgepanel.domain.errors import DatabaseError
from judgepanel.services import audit


def test_chain_links_each_entry_to_the_previous(db) -> None:
    with db.write() as s:
        h1 = audit.append(s, "chair", "a", {"x": 1})
        h2 = audit.append(s, "chair", "b", {"x": "二"})
    with db.read() as s:
        assert audit.verify_chain(s) == h2
        assert audit.head_hash(s) == h2
    assert h1 != h2


def test_edit_behind_the_apps_back_is_detected(db) -> None:
    with db.write() as s:
        audit.append(s, "chair", "score.saved", {"value": "7"})
        audit.append(s, "chair", "score.saved", {"value": "8"})
    with db.write() as s:
        s.execute(text("DROP TRIGGER audit_log_no_update"))
        s.execute(text("UPDATE audit_log SET payload = '{\"value\":\"10\"}' WHERE id = 1"))
    with db.read() as s, pytest.raises(DatabaseError, match="entry 1"):
        audit.verify_chain(s)
