"""Strict JSON for files from outside: no duplicate keys, no NaN/Infinity, bounded size.

Python's ``json`` accepts all three silently; a hostile or damaged kit or sheet must not.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

from judgepanel.domain.errors import FileRejectedError


def loads(data: bytes, *, what: str, limit: int) -> Any:
    if len(data) > limit:
        raise FileRejectedError(
            "The {what} is too large ({size} bytes; the limit is {limit}).",
            what=what,
            size=len(data),
            limit=limit,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileRejectedError(
            "The {what} is not UTF-8 text (byte {pos}).", what=what, pos=exc.start
        ) from exc

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in items:
            if key in result:
                raise FileRejectedError("The {what} has the key {key!r} twice.", what=what, key=key)
            result[key] = value
        return result

    def constant(name: str) -> NoReturn:
        raise FileRejectedError(
            "The {what} contains {constant}, which is not valid JSON.", what=what, constant=name
        )

    try:
        return json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise FileRejectedError(
            "The {what} is not valid JSON (line {line}, column {col}: {msg}).",
            what=what,
            line=exc.lineno,
            col=exc.colno,
            msg=exc.msg,
        ) from exc
    except RecursionError as exc:
        raise FileRejectedError("The {what} is nested too deeply.", what=what) from exc


def dumps(value: Any) -> bytes:
    """Canonical bytes: sorted keys, no spaces, UTF-8, NaN refused."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")
