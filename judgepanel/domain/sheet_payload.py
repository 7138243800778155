"""The score sheet's machine-readable twin: canonical JSON that the signed PDF carries.

The printed pages are for people; ``scoresheet.json``, attached to the same PDF and covered by
the same signature, is what the chair's machine imports. :func:`to_payload_bytes` writes it;
:func:`parse_payload` reads it and treats it as hostile: a size limit, UTF-8 only, strict JSON
(no duplicate keys, no NaN or Infinity, no numbers too long to be honest), then the exact schema
(every key required, no unknown key, every type checked) and the sheet's own rules (scores on
their criterion's scale and step, no score for a recused finalist, a weighted total that agrees
with the scores). Every refusal is a :class:`FileRejectedError` naming the reason and where in
the JSON it was found, e.g. ``finalists[3].scores[1].value: 'abc' is not a number.``

Schema (version 1), keys sorted, no spaces, UTF-8::

    {"type": "judgepanel.scoresheet", "schema_version": 1,
     "document_id": str, "revision": int >= 1, "amendment_reason": str | null,
     "generated_at": time, "signing_time": time | null,
     "audit_head_hash": 64 hex, "signer_fingerprint": 64 hex | null,
     "competition": {uid, name_en, name_zh, year_label, award_name_en, award_name_zh,
                     scheme_en, scheme_zh},
     "judge": {uid, name_en, name_zh, title, affiliation, affiliation_en, affiliation_zh},
     "history": [{revision, signed_at: time | null, reason, sha256: 64 hex | "", status}],
     "criteria": [{code, name_en, name_zh, description_en, description_zh, weight: dec,
                   scale_min: dec, scale_max: dec, scale_step: dec,
                   bands: [{low: dec, high: dec, descriptor_en, descriptor_zh}]}],
     "finalists": [{entrant: {code, name_en, name_zh, category}, order: int >= 1,
                    recused: bool, recusal_reason, overall_comment, weighted_total: dec | null,
                    scores: [{criterion_code, value: dec | null, comment,
                              updated_at: time | null}]}]}

where ``dec`` is a decimal written as text (``"7.5"``, never a JSON number, so no reader turns
it into a binary float) and ``time`` is ISO 8601 with its UTC offset
(``"2003-03-14T10:30:00+08:00"``).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any, NoReturn, TypeVar

from judgepanel.domain.documents import (
    CompetitionInfo,
    CriterionInfo,
    CriterionScore,
    EntrantInfo,
    FinalistScores,
    JudgeInfo,
    RevisionNote,
    RubricBand,
    ScoreSheet,
)
from judgepanel.domain.enums import Affiliation, EntrantCategory, SheetStatus
from judgepanel.domain.errors import FileRejectedError, ValidationError, tr_noop
from judgepanel.domain.scoring import CriterionWeight, Scale, format_exact, weighted_total

__all__ = [
    "ATTACHMENT_NAME",
    "MAX_PAYLOAD_BYTES",
    "SCHEMA_VERSION",
    "TYPE_MARKER",
    "parse_payload",
    "to_payload_bytes",
]

SCHEMA_VERSION = 1
ATTACHMENT_NAME = "scoresheet.json"
TYPE_MARKER = "judgepanel.scoresheet"
MAX_PAYLOAD_BYTES = 1024 * 1024

#: How far a declared weighted total may stray from the one its scores give: half a hundredth,
#: the most that rounding to 2 decimals can explain.
TOTAL_TOLERANCE = Fraction(1, 200)

_ROOT = ATTACHMENT_NAME
_MAX_INT_DIGITS = 18
_DECIMAL = re.compile(r"-?[0-9]{1,20}(?:\.[0-9]{1,20})?", re.ASCII)
_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?"
    r"[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{6})?)?",
    re.ASCII,
)
_UID = re.compile(r"[A-Za-z0-9_-]{1,64}", re.ASCII)
_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)
_FINGERPRINT = re.compile(r"[0-9a-fA-F]{64}", re.ASCII)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_MAX_CODE = 64

T = TypeVar("T")


# --------------------------------------------------------------------------------------------
# Writing


def _dec(value: Decimal) -> str:
    return format(value, "f")


def _opt_dec(value: Decimal | None) -> str | None:
    return None if value is None else _dec(value)


def _time(value: datetime) -> str:
    return value.isoformat()


def _opt_time(value: datetime | None) -> str | None:
    return None if value is None else _time(value)


def _sheet_to_json(sheet: ScoreSheet) -> dict[str, Any]:
    c, j = sheet.competition, sheet.judge
    return {
        "type": TYPE_MARKER,
        "schema_version": sheet.schema_version,
        "document_id": sheet.document_id,
        "revision": sheet.revision,
        "amendment_reason": sheet.amendment_reason,
        "generated_at": _time(sheet.generated_at),
        "signing_time": _opt_time(sheet.signing_time),
        "audit_head_hash": sheet.audit_head_hash,
        "signer_fingerprint": sheet.signer_fingerprint,
        "competition": {
            "uid": c.uid,
            "name_en": c.name_en,
            "name_zh": c.name_zh,
            "year_label": c.year_label,
            "award_name_en": c.award_name_en,
            "award_name_zh": c.award_name_zh,
            "scheme_en": c.scheme_en,
            "scheme_zh": c.scheme_zh,
        },
        "judge": {
            "uid": j.uid,
            "name_en": j.name_en,
            "name_zh": j.name_zh,
            "title": j.title,
            "affiliation": j.affiliation,
            "affiliation_en": j.affiliation_en,
            "affiliation_zh": j.affiliation_zh,
        },
        "history": [
            {
                "revision": h.revision,
                "signed_at": _opt_time(h.signed_at),
                "reason": h.reason,
                "sha256": h.sha256,
                "status": h.status,
            }
            for h in sheet.history
        ],
        "criteria": [
            {
                "code": k.code,
                "name_en": k.name_en,
                "name_zh": k.name_zh,
                "description_en": k.description_en,
                "description_zh": k.description_zh,
                "weight": _dec(k.weight),
                "scale_min": _dec(k.scale_min),
                "scale_max": _dec(k.scale_max),
                "scale_step": _dec(k.scale_step),
                "bands": [
                    {
                        "low": _dec(b.low),
                        "high": _dec(b.high),
                        "descriptor_en": b.descriptor_en,
                        "descriptor_zh": b.descriptor_zh,
                    }
                    for b in k.bands
                ],
            }
            for k in sheet.criteria
        ],
        "finalists": [
            {
                "entrant": {
                    "code": f.entrant.code,
                    "name_en": f.entrant.name_en,
                    "name_zh": f.entrant.name_zh,
                    "category": f.entrant.category,
                },
                "order": f.order,
                "recused": f.recused,
                "recusal_reason": f.recusal_reason,
                "overall_comment": f.overall_comment,
                "weighted_total": _opt_dec(f.weighted_total),
                "scores": [
                    {
                        "criterion_code": s.criterion_code,
                        "value": _opt_dec(s.value),
                        "comment": s.comment,
                        "updated_at": _opt_time(s.updated_at),
                    }
                    for s in f.scores
                ],
            }
            for f in sheet.finalists
        ],
    }


def to_payload_bytes(sheet: ScoreSheet) -> bytes:
    """The canonical JSON for ``sheet``: sorted keys, no spaces, UTF-8, decimals as text.

    The bytes are checked with :func:`parse_payload` before they are returned, so we never sign
    a sheet that the chair's machine would refuse; a sheet that breaks the rules is our bug and
    raises ``ValueError`` naming the rule.
    """
    if sheet.schema_version != SCHEMA_VERSION:
        raise ValueError(
            f"cannot write schema version {sheet.schema_version}; this writer knows only "
            f"{SCHEMA_VERSION}"
        )
    try:
        data = json.dumps(
            _sheet_to_json(sheet),
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
            allow_nan=False,
        ).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"the score sheet holds text that is not valid Unicode: {exc}") from exc
    try:
        parse_payload(data)
    except FileRejectedError as exc:
        raise ValueError(f"the score sheet breaks its own schema: {exc.message}") from exc
    return data


# --------------------------------------------------------------------------------------------
# Reading: strict JSON


class _Object(dict[str, Any]):
    """A JSON object that remembers the first key it was given twice."""

    duplicate: str | None = None


class _Constant:
    """``NaN``, ``Infinity`` or ``-Infinity``: refused wherever it appears."""

    def __init__(self, name: str) -> None:
        self.name = name


class _HugeInteger:
    """An integer literal with more digits than any honest field needs."""

    def __init__(self, text: str) -> None:
        self.text = text


def _pairs(items: list[tuple[str, Any]]) -> _Object:
    result = _Object(items)  # the last value of a key given twice, as before; refused anyway
    if len(result) != len(items):
        seen: set[str] = set()
        for key, _value in items:
            if key in seen:
                result.duplicate = key
                break
            seen.add(key)
    return result


def _parse_int(text: str) -> int | _HugeInteger:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        return _HugeInteger(text)
    return int(text)


def _reject(template: str, path: str, **params: Any) -> NoReturn:
    raise FileRejectedError(template, path=path, **params)


def _key_path(path: str, key: str) -> str:
    return key if path == _ROOT else f"{path}.{key}"


def _shown(value: Any) -> str:
    """A short, safe rendering of a bad value for a message."""
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:40] + "…"
        return repr(_SURROGATE.sub("\ufffd", text))
    if isinstance(value, _HugeInteger):
        return value.text[:20] + "…"
    if isinstance(value, _Constant):
        return value.name
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _check_syntax(root: Any, *, escapes: bool = True) -> None:
    """Refuses what strict JSON forbids, anywhere in the tree, naming where it is.
    ``escapes``: whether the JSON text may hold a surrogate escape at all (see
    :func:`_may_hold_surrogates`); without one no text needs searching."""
    if _syntax_clean(root, escapes):
        return
    stack: list[tuple[str, Any]] = [(_ROOT, root)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, _Object):
            if value.duplicate is not None:
                _reject(
                    tr_noop("{path}: the key {key} appears more than once."),
                    path,
                    key=_shown(value.duplicate),
                )
            for key, item in reversed(list(value.items())):
                if _SURROGATE.search(key):
                    _reject(tr_noop("{path}: a key holds an invalid character."), path)
                stack.append((_key_path(path, key), item))
        elif isinstance(value, list):
            for index in range(len(value) - 1, -1, -1):
                stack.append((f"{path}[{index}]", value[index]))
        elif isinstance(value, _Constant):
            _reject(tr_noop("{path}: {constant} is not allowed in JSON."), path,
                    constant=value.name)
        elif isinstance(value, _HugeInteger):
            _reject(tr_noop("{path}: the number {value} has too many digits."), path,
                    value=_shown(value))
        elif isinstance(value, str) and _SURROGATE.search(value):
            _reject(tr_noop("{path}: the text holds an invalid character (a lone surrogate)."),
                    path)


def _may_hold_surrogates(data: bytes) -> bool:
    """Whether the JSON text has a ``\\uD800``-``\\uDFFF`` escape: the only way a lone
    surrogate gets into parsed text (strict UTF-8 decoding refuses encoded ones)."""
    return _SURROGATE_ESCAPE.search(data) is not None


def _syntax_clean(root: Any, escapes: bool = True) -> bool:
    """Whether nothing in the tree is what :func:`_check_syntax` refuses (no paths built: this
    runs on every imported sheet, and a clean sheet needs none)."""
    stack: list[Any] = [root]
    pop, extend = stack.pop, stack.extend
    search = _SURROGATE.search
    while stack:
        value = pop()
        kind = type(value)
        if kind is str:
            if escapes and search(value):
                return False
        elif kind is _Object:
            if value.duplicate is not None:
                return False
            if escapes:
                for key in value:
                    if search(key):
                        return False
            extend(value.values())
        elif kind is list:
            extend(value)
        elif kind not in (int, bool, Decimal) and value is not None:
            return False  # _Constant, _HugeInteger or anything unexpected: name it
    return True


def _load(data: bytes) -> Any:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"payload must be bytes, not {type(data).__name__}")
    data = bytes(data)
    if len(data) > MAX_PAYLOAD_BYTES:
        _reject(
            tr_noop("{path}: the score sheet data is too large ({size} bytes; the limit is "
                    "{limit})."),
            _ROOT,
            size=len(data),
            limit=MAX_PAYLOAD_BYTES,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _reject(tr_noop("{path}: the score sheet data is not UTF-8 text (byte {position})."),
                _ROOT, position=exc.start)
    if text.startswith("\ufeff"):
        _reject(tr_noop("{path}: the score sheet data starts with a byte order mark."), _ROOT)
    try:
        return json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_constant=_Constant,
            parse_int=_parse_int,
            parse_float=Decimal,
        )
    except json.JSONDecodeError as exc:
        _reject(
            tr_noop("{path}: the score sheet data is not valid JSON (line {line}, column "
                    "{column}: {reason})."),
            _ROOT,
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        )
    except RecursionError:
        _reject(tr_noop("{path}: the score sheet data is nested too deeply."), _ROOT)


# --------------------------------------------------------------------------------------------
# Reading: the schema


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | Decimal | _HugeInteger):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _wrong_type(value: Any, path: str, expected: str) -> NoReturn:
    _reject(tr_noop("{path}: expected {expected}, found {found}."), path, expected=expected,
            found=_kind(value))


@functools.lru_cache(maxsize=64)
def _key_set(keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(keys)


def _object(value: Any, path: str, keys: tuple[str, ...]) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        _wrong_type(value, path, "an object")
    if value.keys() == _key_set(keys):
        return value
    wanted = keys
    unknown = sorted(set(value) - set(wanted))
    if unknown:
        _reject(tr_noop("{path}: unknown key {key}."), path, key=_shown(unknown[0]))
    for key in wanted:
        if key not in value:
            _reject(tr_noop("{path}: the key {key} is missing."), path, key=_shown(key))
    return value


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        _wrong_type(value, path, "a list")
    return value


def _items(value: Any, path: str, read: Callable[[Any, str], T]) -> tuple[T, ...]:
    return tuple(read(item, f"{path}[{i}]") for i, item in enumerate(_list(value, path)))


def _text(value: Any, path: str, *, required: bool = False) -> str:
    if not isinstance(value, str):
        _wrong_type(value, path, "text")
    if required and not value.strip():
        _reject(tr_noop("{path}: must not be empty."), path)
    return value


def _opt_text(value: Any, path: str) -> str | None:
    return None if value is None else _text(value, path)


def _matching(value: Any, path: str, pattern: re.Pattern[str], what: str) -> str:
    text = _text(value, path)
    if not pattern.fullmatch(text):
        _reject(tr_noop("{path}: {value} is not {what}."), path, value=_shown(text), what=what)
    return text


def _code(value: Any, path: str) -> str:
    text = _text(value, path, required=True)
    if len(text) > _MAX_CODE or text != text.strip():
        _reject(tr_noop("{path}: {value} is not a valid code."), path, value=_shown(text))
    return text


def _choice(value: Any, path: str, allowed: Iterable[str]) -> str:
    text = _text(value, path)
    options = tuple(allowed)
    if text not in options:
        _reject(tr_noop("{path}: {value} is not one of {allowed}."), path, value=_shown(text),
                allowed=", ".join(options))
    return text


def _int(value: Any, path: str, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _wrong_type(value, path, "a whole number")
    if value < minimum:
        _reject(tr_noop("{path}: {value} is below the minimum {minimum}."), path, value=value,
                minimum=minimum)
    return value


def _bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        _wrong_type(value, path, "true or false")
    return value


def _decimal(value: Any, path: str) -> Decimal:
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        _reject(tr_noop('{path}: numbers are written as text here (e.g. "7.5"), found {value}.'),
                path, value=_shown(value))
    if not isinstance(value, str):
        _wrong_type(value, path, "a number written as text")
    if not _DECIMAL.fullmatch(value):
        _reject(tr_noop("{path}: {value} is not a number."), path, value=_shown(value))
    return Decimal(value)


def _opt_decimal(value: Any, path: str) -> Decimal | None:
    return None if value is None else _decimal(value, path)


def _moment(value: Any, path: str) -> datetime:
    text = _text(value, path)
    if _TIME.fullmatch(text):
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    _reject(tr_noop("{path}: {value} is not a time with its UTC offset "
                    "(e.g. 2003-03-14T10:30:00+08:00)."), path, value=_shown(text))


def _opt_moment(value: Any, path: str) -> datetime | None:
    return None if value is None else _moment(value, path)


def _competition(value: Any, path: str) -> CompetitionInfo:
    keys = ("uid", "name_en", "name_zh", "year_label", "award_name_en", "award_name_zh",
            "scheme_en", "scheme_zh")
    obj = _object(value, path, keys)
    texts = {k: _text(obj[k], _key_path(path, k)) for k in keys[1:]}
    return CompetitionInfo(uid=_matching(obj["uid"], _key_path(path, "uid"), _UID, "an id"),
                           **texts)


def _judge(value: Any, path: str) -> JudgeInfo:
    keys = ("uid", "name_en", "name_zh", "title", "affiliation", "affiliation_en",
            "affiliation_zh")
    obj = _object(value, path, keys)

    def p(key: str) -> str:
        return _key_path(path, key)

    judge = JudgeInfo(
        uid=_matching(obj["uid"], p("uid"), _UID, "an id"),
        name_en=_text(obj["name_en"], p("name_en")),
        name_zh=_text(obj["name_zh"], p("name_zh")),
        title=_text(obj["title"], p("title")),
        affiliation=_choice(obj["affiliation"], p("affiliation"), (a.value for a in Affiliation)),
        affiliation_en=_text(obj["affiliation_en"], p("affiliation_en")),
        affiliation_zh=_text(obj["affiliation_zh"], p("affiliation_zh")),
    )
    if not (judge.name_en.strip() or judge.name_zh.strip()):
        _reject(tr_noop("{path}: the judge has no name."), path)
    return judge


def _revision_note(value: Any, path: str) -> RevisionNote:
    obj = _object(value, path, ("revision", "signed_at", "reason", "sha256", "status"))
    sha = _text(obj["sha256"], _key_path(path, "sha256"))
    if sha:
        _matching(sha, _key_path(path, "sha256"), _SHA256, "a SHA-256 digest")
    return RevisionNote(
        revision=_int(obj["revision"], _key_path(path, "revision"), minimum=1),
        signed_at=_opt_moment(obj["signed_at"], _key_path(path, "signed_at")),
        reason=_text(obj["reason"], _key_path(path, "reason")),
        sha256=sha,
        status=_choice(obj["status"], _key_path(path, "status"), (s.value for s in SheetStatus)),
    )


_BAND_KEYS = ("low", "high", "descriptor_en", "descriptor_zh")
_SCORE_KEYS = ("criterion_code", "value", "comment", "updated_at")


def _plain_decimal(value: Any) -> bool:
    """Whether :func:`_decimal` accepts ``value`` (checked without naming a path)."""
    return type(value) is str and _DECIMAL.fullmatch(value) is not None


def _band(value: Any, path: str) -> RubricBand:
    # The usual band (see _score) without a path per field; anything else is checked below.
    if type(value) is _Object and value.keys() == _key_set(_BAND_KEYS):
        low, high, en, zh = (value[k] for k in _BAND_KEYS)
        if _plain_decimal(low) and _plain_decimal(high) and type(en) is str \
                and type(zh) is str:
            band = RubricBand(Decimal(low), Decimal(high), en, zh)
            if band.low <= band.high:
                return band
    obj = _object(value, path, _BAND_KEYS)
    band = RubricBand(
        low=_decimal(obj["low"], _key_path(path, "low")),
        high=_decimal(obj["high"], _key_path(path, "high")),
        descriptor_en=_text(obj["descriptor_en"], _key_path(path, "descriptor_en")),
        descriptor_zh=_text(obj["descriptor_zh"], _key_path(path, "descriptor_zh")),
    )
    if band.low > band.high:
        _reject(tr_noop("{path}: the band's low end {low} is above its high end {high}."), path,
                low=_dec(band.low), high=_dec(band.high))
    return band


def _criterion(value: Any, path: str) -> CriterionInfo:
    keys = ("code", "name_en", "name_zh", "description_en", "description_zh", "weight",
            "scale_min", "scale_max", "scale_step", "bands")
    obj = _object(value, path, keys)

    def p(key: str) -> str:
        return _key_path(path, key)

    criterion = CriterionInfo(
        code=_code(obj["code"], p("code")),
        name_en=_text(obj["name_en"], p("name_en")),
        name_zh=_text(obj["name_zh"], p("name_zh")),
        description_en=_text(obj["description_en"], p("description_en")),
        description_zh=_text(obj["description_zh"], p("description_zh")),
        weight=_decimal(obj["weight"], p("weight")),
        scale_min=_decimal(obj["scale_min"], p("scale_min")),
        scale_max=_decimal(obj["scale_max"], p("scale_max")),
        scale_step=_decimal(obj["scale_step"], p("scale_step")),
        bands=_items(obj["bands"], p("bands"), _band),
    )
    if criterion.weight <= 0:
        _reject(tr_noop("{path}: the weight must be greater than zero (found {value})."),
                p("weight"), value=_dec(criterion.weight))
    _scale(criterion, path)
    for i, band in enumerate(criterion.bands):
        # The scale holds exactly these decimals: compare them as they are.
        if band.low < criterion.scale_min or band.high > criterion.scale_max:
            _reject(tr_noop("{path}: the band {low}–{high} lies outside the scale "
                            "{minimum}–{maximum}."), f"{p('bands')}[{i}]", low=_dec(band.low),
                    high=_dec(band.high), minimum=_dec(criterion.scale_min),
                    maximum=_dec(criterion.scale_max))
    return criterion


@functools.lru_cache(maxsize=256)
def _shared_scale(minimum: Decimal, maximum: Decimal, step: Decimal) -> Scale:
    """Scales are immutable and every sheet of a competition has the same few."""
    return Scale(minimum, maximum, step)


def _scale(criterion: CriterionInfo, path: str) -> Scale:
    try:
        return _shared_scale(criterion.scale_min, criterion.scale_max, criterion.scale_step)
    except ValidationError as exc:
        _reject(tr_noop("{path}: {reason}"), path, reason=exc.message)


def _entrant(value: Any, path: str) -> EntrantInfo:
    obj = _object(value, path, ("code", "name_en", "name_zh", "category"))
    entrant = EntrantInfo(
        code=_code(obj["code"], _key_path(path, "code")),
        name_en=_text(obj["name_en"], _key_path(path, "name_en")),
        name_zh=_text(obj["name_zh"], _key_path(path, "name_zh")),
        category=_choice(obj["category"], _key_path(path, "category"),
                         (c.value for c in EntrantCategory)),
    )
    if not (entrant.name_en.strip() or entrant.name_zh.strip()):
        _reject(tr_noop("{path}: the finalist has no name."), path)
    return entrant


def _score(value: Any, path: str) -> CriterionScore:
    # A sheet holds many of these: the usual one (every key, each of its type, a plain code,
    # a decimal mark or none, a well-formed time or none) is read without building a path per
    # field. Anything else goes through the checks below, which name what is wrong and where.
    if type(value) is _Object and value.keys() == _key_set(_SCORE_KEYS):
        code, mark, comment, updated = (value[k] for k in _SCORE_KEYS)
        if type(code) is str and 0 < len(code) <= _MAX_CODE and code.strip() == code \
                and type(comment) is str and (mark is None or _plain_decimal(mark)) \
                and (updated is None or (type(updated) is str and _TIME.fullmatch(updated))):
            try:
                return CriterionScore(
                    code, None if mark is None else Decimal(mark), comment,
                    None if updated is None else datetime.fromisoformat(updated))
            except ValueError:
                pass  # an impossible date: named below
    obj = _object(value, path, _SCORE_KEYS)
    return CriterionScore(
        criterion_code=_code(obj["criterion_code"], _key_path(path, "criterion_code")),
        value=_opt_decimal(obj["value"], _key_path(path, "value")),
        comment=_text(obj["comment"], _key_path(path, "comment")),
        updated_at=_opt_moment(obj["updated_at"], _key_path(path, "updated_at")),
    )


def _finalist(value: Any, path: str) -> FinalistScores:
    keys = ("entrant", "order", "recused", "recusal_reason", "scores", "overall_comment",
            "weighted_total")
    obj = _object(value, path, keys)

    def p(key: str) -> str:
        return _key_path(path, key)

    return FinalistScores(
        entrant=_entrant(obj["entrant"], p("entrant")),
        order=_int(obj["order"], p("order"), minimum=1),
        recused=_bool(obj["recused"], p("recused")),
        recusal_reason=_text(obj["recusal_reason"], p("recusal_reason")),
        scores=_items(obj["scores"], p("scores"), _score),
        overall_comment=_text(obj["overall_comment"], p("overall_comment")),
        weighted_total=_opt_decimal(obj["weighted_total"], p("weighted_total")),
    )


_SHEET_KEYS = (
    "type", "schema_version", "document_id", "revision", "amendment_reason", "generated_at",
    "signing_time", "audit_head_hash", "signer_fingerprint", "competition", "judge", "history",
    "criteria", "finalists",
)


def _read_header(root: Any) -> int:
    """Checks the marker and version first, so a newer file says so instead of 'unknown key'."""
    if not isinstance(root, dict):
        _wrong_type(root, _ROOT, "an object")
    marker = root.get("type")
    if marker != TYPE_MARKER:
        _reject(tr_noop("{path}: this is not a JudgePanel score sheet (type {value})."), _ROOT,
                value=_shown(marker))
    if "schema_version" not in root:
        _reject(tr_noop("{path}: the key {key} is missing."), _ROOT, key=_shown("schema_version"))
    version = _int(root["schema_version"], "schema_version", minimum=1)
    if version > SCHEMA_VERSION:
        _reject(
            tr_noop("{path}: the score sheet was written by a newer JudgePanel (data version "
                    "{found}; this version reads up to {supported}). Update JudgePanel to read "
                    "it."),
            "schema_version",
            found=version,
            supported=SCHEMA_VERSION,
        )
    return version


def _read_sheet(root: Any) -> ScoreSheet:
    version = _read_header(root)
    obj = _object(root, _ROOT, _SHEET_KEYS)
    amendment = _opt_text(obj["amendment_reason"], "amendment_reason")
    fingerprint = obj["signer_fingerprint"]
    sheet = ScoreSheet(
        schema_version=version,
        document_id=_matching(obj["document_id"], "document_id", _UID, "a document id"),
        competition=_competition(obj["competition"], "competition"),
        judge=_judge(obj["judge"], "judge"),
        revision=_int(obj["revision"], "revision", minimum=1),
        amendment_reason=amendment,
        history=_items(obj["history"], "history", _revision_note),
        criteria=_items(obj["criteria"], "criteria", _criterion),
        finalists=_items(obj["finalists"], "finalists", _finalist),
        generated_at=_moment(obj["generated_at"], "generated_at"),
        audit_head_hash=_matching(obj["audit_head_hash"], "audit_head_hash", _SHA256,
                                  "a SHA-256 digest"),
        signer_fingerprint=None if fingerprint is None else _matching(
            fingerprint, "signer_fingerprint", _FINGERPRINT, "a SHA-256 fingerprint"),
        signing_time=_opt_moment(obj["signing_time"], "signing_time"),
    )
    _check_rules(sheet)
    return sheet


def _check_rules(sheet: ScoreSheet) -> None:
    """The rules that span fields: revisions, unique codes, scales, recusals, totals."""
    if sheet.revision == 1 and sheet.amendment_reason is not None:
        _reject(tr_noop("{path}: the first revision of a sheet is not an amendment."),
                "amendment_reason")
    if sheet.revision > 1 and not (sheet.amendment_reason or "").strip():
        _reject(tr_noop("{path}: an amended sheet (revision {revision}) must give its reason."),
                "amendment_reason", revision=sheet.revision)
    previous = 0
    for i, note in enumerate(sheet.history):
        if not previous < note.revision < sheet.revision:
            _reject(tr_noop("{path}: revision {found} is out of order (earlier revisions are "
                            "listed oldest first, before revision {current})."),
                    f"history[{i}].revision", found=note.revision, current=sheet.revision)
        previous = note.revision

    if not sheet.criteria:
        _reject(tr_noop("{path}: the sheet has no criteria."), "criteria")
    weights: dict[str, CriterionWeight] = {}
    for i, criterion in enumerate(sheet.criteria):
        if criterion.code in weights:
            _reject(tr_noop("{path}: the criterion {code} is listed twice."),
                    f"criteria[{i}].code", code=_shown(criterion.code))
        weights[criterion.code] = CriterionWeight(
            criterion.weight, _scale(criterion, f"criteria[{i}]"),
            criterion.name_en or criterion.code)

    codes: set[str] = set()
    orders: set[int] = set()
    marks = _Marks(weights, {c.code: (c.scale_min, c.scale_max, c.scale_step)
                             for c in sheet.criteria})
    for i, finalist in enumerate(sheet.finalists):
        path = f"finalists[{i}]"
        if finalist.entrant.code in codes:
            _reject(tr_noop("{path}: the finalist {code} is listed twice."),
                    f"{path}.entrant.code", code=_shown(finalist.entrant.code))
        codes.add(finalist.entrant.code)
        if finalist.order in orders:
            _reject(tr_noop("{path}: the order {order} is given to two finalists."),
                    f"{path}.order", order=finalist.order)
        orders.add(finalist.order)
        _check_finalist(finalist, path, weights, marks)


class _Marks:
    """Each distinct (criterion, mark) of one sheet checked against its scale and normalised
    once: a sheet repeats the same few marks many times, and exact arithmetic is not free."""

    def __init__(self, weights: Mapping[str, CriterionWeight],
                 scales: Mapping[str, tuple[Decimal, Decimal, Decimal]]) -> None:
        self._weights = weights
        self._scales = scales  # criterion -> its scale as written (minimum, maximum, step)
        #: (criterion, mark) -> weight × the mark normalised to 0–100
        self._weighted: dict[tuple[str, Decimal], Fraction] = {}
        #: the same as (numerator, denominator), for :meth:`total_agrees`
        self._ratios: dict[tuple[str, Decimal], tuple[int, int]] = {}
        self._total_weight = sum((c.weight for c in weights.values()), Fraction(0))

    def check(self, code: str, value: Decimal) -> None:
        """Raises ValidationError as :meth:`Scale.check` does when the scale refuses it."""
        if (code, value) not in self._weighted:
            criterion = self._weights[code]
            try:
                normalised = _normalised_mark(*self._scales[code], value)
            except ValidationError:
                criterion.scale.normalise(value, criterion.name)  # raises, naming the criterion
                raise
            weighted = self._weighted[code, value] = criterion.weight * normalised
            self._ratios[code, value] = weighted.numerator, weighted.denominator

    def total_agrees(self, values: Mapping[str, Decimal | None], declared: Decimal) -> bool:
        """Whether every criterion has a mark (each already passed to :meth:`check`) and
        ``declared`` is within :data:`TOTAL_TOLERANCE` of their exact weighted total: the
        comparison :func:`_check_finalist` makes, in whole numbers (no fraction reduced on the
        way). False sends the caller to the exact figures, which name what is wrong."""
        if len(values) != len(self._weights):
            return False
        ratios = self._ratios
        numerator, denominator = 0, 1
        for code in self._weights:
            ratio = ratios.get((code, values.get(code)))  # type: ignore[arg-type]
            if ratio is None:
                return False
            numerator, denominator = (numerator * ratio[1] + ratio[0] * denominator,
                                      denominator * ratio[1])
        # |p/q - (N/D) / (Wn/Wd)| <= t/u  <=>  u·|p·D·Wn - q·N·Wd| <= t·q·D·Wn
        p, q = declared.as_integer_ratio()
        wn, wd = self._total_weight.numerator, self._total_weight.denominator
        t, u = TOTAL_TOLERANCE.numerator, TOTAL_TOLERANCE.denominator
        return u * abs(p * denominator * wn - q * numerator * wd) <= t * q * denominator * wn

    def weighted_total(self, values: Mapping[str, Decimal | None]) -> Fraction:
        """:func:`weighted_total` of ``values`` (each already passed to :meth:`check`); the
        same exact figure, and its refusal when a criterion has no mark."""
        if len(values) != len(self._weights) or any(v is None for v in values.values()):
            return weighted_total(values, self._weights)
        weighted = self._weighted
        total = Fraction(0)
        for code in self._weights:
            total += weighted[code, values[code]]  # type: ignore[index]  # None refused above
        return total / self._total_weight


@functools.lru_cache(maxsize=4096)
def _normalised_mark(minimum: Decimal, maximum: Decimal, step: Decimal,
                     value: Decimal) -> Fraction:
    """:meth:`Scale.normalise` on the scale written ``minimum``–``maximum`` by ``step``,
    remembered across sheets: a folder of sheets repeats the same scales and the same marks
    (keyed by the decimals as read; equal decimals such as ``7.5`` and ``7.50`` are the same
    exact number). A refusal is not remembered."""
    return _shared_scale(minimum, maximum, step).normalise(value)


def _check_finalist(finalist: FinalistScores, path: str,
                    weights: Mapping[str, CriterionWeight], marks: _Marks) -> None:
    if finalist.recused:
        if finalist.scores:
            _reject(tr_noop("{path}: a recused finalist has no scores."), f"{path}.scores")
        if finalist.weighted_total is not None:
            _reject(tr_noop("{path}: a recused finalist has no weighted total."),
                    f"{path}.weighted_total")
        return
    values: dict[str, Decimal | None] = {}
    for j, score in enumerate(finalist.scores):
        score_path = f"{path}.scores[{j}]"
        criterion = weights.get(score.criterion_code)
        if criterion is None:
            _reject(tr_noop("{path}: there is no criterion {code} on this sheet."),
                    f"{score_path}.criterion_code", code=_shown(score.criterion_code))
        if score.criterion_code in values:
            _reject(tr_noop("{path}: the criterion {code} is scored twice."),
                    f"{score_path}.criterion_code", code=_shown(score.criterion_code))
        if score.value is not None:
            try:
                marks.check(score.criterion_code, score.value)
            except ValidationError as exc:
                _reject(tr_noop("{path}: {reason}"), f"{score_path}.value", reason=exc.message)
        values[score.criterion_code] = score.value
    declared = finalist.weighted_total
    if declared is None:
        return
    total_path = f"{path}.weighted_total"
    if not 0 <= declared <= 100:
        _reject(tr_noop("{path}: {value} is outside 0–100."), total_path, value=_dec(declared))
    if marks.total_agrees(values, declared):
        return
    try:
        computed = marks.weighted_total(values)
    except ValidationError as exc:
        _reject(tr_noop("{path}: a total is given, but: {reason}"), total_path,
                reason=exc.message)
    if abs(Fraction(declared) - computed) > TOTAL_TOLERANCE:
        _reject(tr_noop("{path}: {value} does not match the scores, which give {computed}."),
                total_path, value=_dec(declared), computed=format_exact(computed))


def parse_payload(data: bytes) -> ScoreSheet:
    """Reads ``scoresheet.json`` bytes from an untrusted file; raises FileRejectedError."""
    root = _load(data)
    _check_syntax(root, escapes=_may_hold_surrogates(bytes(data)))
    return _read_sheet(root)
