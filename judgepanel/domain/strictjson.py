"""Strict JSON for files from outside: no duplicate keys, no NaN/Infinity, bounded size.

Python's ``json`` accepts all three silently; a hostile or damaged kit or sheet must not.
"""

from __future__ import annotations

import json
import re
from typing import Any, NoReturn

from judgepanel.domain.errors import FileRejectedError

#: Longer integers are never ours, and Python refuses to convert more than 4,300 digits anyway.
MAX_INT_DIGITS = 30
_SURROGATE = re.compile("[\ud800-\udfff]")


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

    def integer(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_INT_DIGITS:
            raise FileRejectedError("The {what} contains a number with more than {n} digits.",
                                    what=what, n=MAX_INT_DIGITS)
        return int(digits)

    try:
        value = json.loads(text, object_pairs_hook=pairs, parse_constant=constant,
                           parse_int=integer)
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
    except ValueError as exc:  # anything json or int() refuse beyond the cases above
        raise FileRejectedError("The {what} is not valid JSON ({msg}).", what=what,
                                msg=str(exc)[:200]) from exc
    _refuse_lone_surrogates(value, what)
    return value


def _refuse_lone_surrogates(value: Any, what: str) -> None:
    """JSON's \\ud800 escapes decode to characters no file or database can store."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise FileRejectedError("The {what} contains text that is not valid Unicode "
                                        "(a lone surrogate).", what=what)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def dumps(value: Any) -> bytes:
    """Canonical bytes: sorted keys, no spaces, UTF-8, NaN refused."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")
