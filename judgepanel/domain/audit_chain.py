"""The audit log's hash chain, in one place for every writer of the log.

Each entry's hash is SHA-256 over the previous entry's hash and a canonical JSON of the entry.
Standard library only, so the SQLAlchemy-free scoring path on a judge's laptop and the ORM-based
:mod:`judgepanel.services.audit` compute it with the very same code.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

#: The ``prev_hash`` of the first entry.
GENESIS = "0" * 64


def _load_sha256() -> Any:
    """CPython's built-in SHA-256 when it has one: ``hashlib`` would map OpenSSL's libcrypto
    (about 4 MB) into a process that otherwise never needs it."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found,no-redef]  # 3.12+
        except ImportError:
            from hashlib import sha256  # type: ignore[assignment]
    return sha256


_sha256 = _load_sha256()


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, payload: str) -> str:
    body = json.dumps(
        [prev_hash, at.isoformat(), actor, action, payload],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return _sha256(body.encode("utf-8")).hexdigest()
