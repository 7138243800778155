"""The judge kit: what the chair hands one judge, and nothing more.

A kit file is a JSON envelope ``{"format", "payload", "signature"}`` where ``payload`` is the
base64 of canonical JSON (below) and ``signature`` the base64 of a detached CMS signature over
those exact payload bytes by the panel's certificate authority. The payload carries the
competition definition, the finalists (not the other entrants), the schedule, the criteria, this
judge's identity, this judge's conflicts, the judge's encrypted credential (PKCS#12) if the panel
issued one, and the panel's certificate. No other judge appears in it.

Parsing treats the file as hostile: size limit, strict JSON, exact keys, types and ranges; every
rejection names the path of the offending field.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from judgepanel.domain import strictjson
from judgepanel.domain.enums import Affiliation, EntrantCategory
from judgepanel.domain.errors import FileRejectedError

KIT_FORMAT = "judgepanel.kit"
KIT_SCHEMA_VERSION = 1
KIT_SIZE_LIMIT = 8 * 1024 * 1024
KIT_SUFFIX = ".jpkit"


@dataclass(frozen=True)
class KitBand:
    low: Decimal
    high: Decimal
    descriptor_en: str
    descriptor_zh: str


@dataclass(frozen=True)
class KitCriterion:
    uid: str
    position: int
    code: str
    name_en: str
    name_zh: str
    description_en: str
    description_zh: str
    weight: Decimal
    scale_min: Decimal
    scale_max: Decimal
    scale_step: Decimal
    bands: tuple[KitBand, ...]


@dataclass(frozen=True)
class KitFinalist:
    uid: str
    code: str
    name_en: str
    name_zh: str
    category: EntrantCategory
    shortlist_rank: int


@dataclass(frozen=True)
class KitSlot:
    entrant_uid: str
    position: int
    starts_at: datetime
    presentation_minutes: int
    qa_minutes: int


@dataclass(frozen=True)
class KitCompetition:
    uid: str
    name_en: str
    name_zh: str
    year_label: str
    award_name_en: str
    award_name_zh: str
    award_count: int
    finalist_count: int
    public_award_name_en: str
    public_award_name_zh: str
    public_award_count: int
    venue_en: str
    venue_zh: str


@dataclass(frozen=True)
class KitJudge:
    uid: str
    name_en: str
    name_zh: str
    title: str
    affiliation: Affiliation
    organisation: str
    certificate_pem: str | None
    certificate_sha256: str | None


@dataclass(frozen=True)
class KitConflict:
    entrant_uid: str
    reason: str
    declared_at: datetime


@dataclass(frozen=True)
class KitPayload:
    kit_id: str
    issued_at: datetime
    competition: KitCompetition
    criteria: tuple[KitCriterion, ...]
    finalists: tuple[KitFinalist, ...]
    schedule: tuple[KitSlot, ...]
    judge: KitJudge
    conflicts: tuple[KitConflict, ...]
    credential_pkcs12: bytes | None
    panel_certificate_pem: str
    panel_fingerprint: str


# -- writing -----------------------------------------------------------------------------------


def _dec(value: Decimal) -> str:
    return format(value.normalize(), "f")


def payload_to_dict(kit: KitPayload) -> dict[str, Any]:
    c = kit.competition
    return {
        "type": KIT_FORMAT,
        "schema_version": KIT_SCHEMA_VERSION,
        "kit_id": kit.kit_id,
        "issued_at": kit.issued_at.isoformat(),
        "competition": {
            "uid": c.uid,
            "name_en": c.name_en,
            "name_zh": c.name_zh,
            "year_label": c.year_label,
            "award_name_en": c.award_name_en,
            "award_name_zh": c.award_name_zh,
            "award_count": c.award_count,
            "finalist_count": c.finalist_count,
            "public_award_name_en": c.public_award_name_en,
            "public_award_name_zh": c.public_award_name_zh,
            "public_award_count": c.public_award_count,
            "venue_en": c.venue_en,
            "venue_zh": c.venue_zh,
        },
        "criteria": [
            {
                "uid": cr.uid,
                "position": cr.position,
                "code": cr.code,
                "name_en": cr.name_en,
                "name_zh": cr.name_zh,
                "description_en": cr.description_en,
                "description_zh": cr.description_zh,
                "weight": _dec(cr.weight),
                "scale_min": _dec(cr.scale_min),
                "scale_max": _dec(cr.scale_max),
                "scale_step": _dec(cr.scale_step),
                "bands": [
                    {
                        "low": _dec(b.low),
                        "high": _dec(b.high),
                        "descriptor_en": b.descriptor_en,
                        "descriptor_zh": b.descriptor_zh,
                    }
                    for b in cr.bands
                ],
            }
            for cr in kit.criteria
        ],
        "finalists": [
            {
                "uid": f.uid,
                "code": f.code,
                "name_en": f.name_en,
                "name_zh": f.name_zh,
                "category": f.category.value,
                "shortlist_rank": f.shortlist_rank,
            }
            for f in kit.finalists
        ],
        "schedule": [
            {
                "entrant_uid": s.entrant_uid,
                "position": s.position,
                "starts_at": s.starts_at.isoformat(),
                "presentation_minutes": s.presentation_minutes,
                "qa_minutes": s.qa_minutes,
            }
            for s in kit.schedule
        ],
        "judge": {
            "uid": kit.judge.uid,
            "name_en": kit.judge.name_en,
            "name_zh": kit.judge.name_zh,
            "title": kit.judge.title,
            "affiliation": kit.judge.affiliation.value,
            "organisation": kit.judge.organisation,
            "certificate_pem": kit.judge.certificate_pem,
            "certificate_sha256": kit.judge.certificate_sha256,
        },
        "conflicts": [
            {
                "entrant_uid": cf.entrant_uid,
                "reason": cf.reason,
                "declared_at": cf.declared_at.isoformat(),
            }
            for cf in kit.conflicts
        ],
        "credential_pkcs12": (
            base64.b64encode(kit.credential_pkcs12).decode("ascii")
            if kit.credential_pkcs12 is not None
            else None
        ),
        "panel": {
            "certificate_pem": kit.panel_certificate_pem,
            "fingerprint": kit.panel_fingerprint,
        },
    }


def payload_bytes(kit: KitPayload) -> bytes:
    return strictjson.dumps(payload_to_dict(kit))


def envelope_bytes(payload: bytes, signature: bytes) -> bytes:
    return strictjson.dumps(
        {
            "format": KIT_FORMAT,
            "payload": base64.b64encode(payload).decode("ascii"),
            "signature": base64.b64encode(signature).decode("ascii"),
        }
    )


# -- reading -----------------------------------------------------------------------------------


class _Reader:
    """Typed access to one JSON object, naming the field path in every rejection."""

    def __init__(self, obj: Any, path: str, keys: set[str]) -> None:
        if not isinstance(obj, dict):
            raise FileRejectedError(
                "The judge kit is damaged: {path} must be an object.", path=path or "the top level"
            )
        missing = keys - obj.keys()
        if missing:
            raise FileRejectedError(
                "The judge kit is damaged: {path} lacks {keys}.",
                path=path or "the top level",
                keys=", ".join(sorted(missing)),
            )
        extra = obj.keys() - keys
        if extra:
            raise FileRejectedError(
                "The judge kit is damaged: {path} has unknown fields {keys}.",
                path=path or "the top level",
                keys=", ".join(sorted(extra)),
            )
        self.obj = obj
        self.path = path

    def _where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def text(self, key: str, *, limit: int = 2000, allow_empty: bool = True) -> str:
        value = self.obj[key]
        if not isinstance(value, str) or len(value) > limit or (not allow_empty and not value):
            raise FileRejectedError(
                "The judge kit is damaged: {path} must be text of at most {limit} characters.",
                path=self._where(key),
                limit=limit,
            )
        return value

    def optional_text(self, key: str, *, limit: int = 20000) -> str | None:
        return None if self.obj[key] is None else self.text(key, limit=limit)

    def integer(self, key: str, *, low: int = 0, high: int = 10_000) -> int:
        value = self.obj[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise FileRejectedError(
                "The judge kit is damaged: {path} must be a whole number from {low} to {high}.",
                path=self._where(key),
                low=low,
                high=high,
            )
        return value

    def decimal(self, key: str) -> Decimal:
        raw = self.text(key, limit=40)
        try:
            value = Decimal(raw)
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite() or abs(value) > Decimal(10) ** 9:
            raise FileRejectedError(
                "The judge kit is damaged: {path} is not a number ({raw!r}).",
                path=self._where(key),
                raw=raw,
            )
        return value

    def moment(self, key: str) -> datetime:
        raw = self.text(key, limit=40)
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            value = None
        if value is None or value.tzinfo is None:
            raise FileRejectedError(
                "The judge kit is damaged: {path} is not a time with a zone ({raw!r}).",
                path=self._where(key),
                raw=raw,
            )
        return value

    def items(self, key: str, *, limit: int = 1000) -> list[Any]:
        value = self.obj[key]
        if not isinstance(value, list) or len(value) > limit:
            raise FileRejectedError(
                "The judge kit is damaged: {path} must be a list of at most {limit} items.",
                path=self._where(key),
                limit=limit,
            )
        return value

    def child(self, key: str, keys: set[str]) -> _Reader:
        return _Reader(self.obj[key], self._where(key), keys)


def _b64(text: str, path: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise FileRejectedError(
            "The judge kit is damaged: {path} is not base64.", path=path
        ) from exc


def read_envelope(data: bytes) -> tuple[bytes, bytes]:
    """(payload bytes, signature bytes) of a kit file, or a rejection naming the reason."""
    obj = strictjson.loads(data, what="judge kit", limit=KIT_SIZE_LIMIT)
    if not isinstance(obj, dict) or obj.get("format") != KIT_FORMAT:
        raise FileRejectedError("This file is not a JudgePanel judge kit.")
    r = _Reader(obj, "", {"format", "payload", "signature"})
    payload = _b64(r.text("payload", limit=KIT_SIZE_LIMIT), "payload")
    signature = _b64(r.text("signature", limit=256 * 1024), "signature")
    if not signature:
        raise FileRejectedError("The judge kit is not signed by the panel.")
    return payload, signature


_TOP = {
    "type",
    "schema_version",
    "kit_id",
    "issued_at",
    "competition",
    "criteria",
    "finalists",
    "schedule",
    "judge",
    "conflicts",
    "credential_pkcs12",
    "panel",
}


def parse_payload(payload: bytes) -> KitPayload:
    obj = strictjson.loads(payload, what="judge kit", limit=KIT_SIZE_LIMIT)
    if (
        isinstance(obj, dict)
        and isinstance(obj.get("schema_version"), int)
        and obj["schema_version"] > KIT_SCHEMA_VERSION
    ):
        raise FileRejectedError(
            "This judge kit was made by a newer JudgePanel (kit format "
            "{found}); update JudgePanel to import it.",
            found=obj["schema_version"],
        )
    r = _Reader(obj, "", _TOP)
    if r.obj["type"] != KIT_FORMAT or r.integer("schema_version", low=1, high=1) != 1:
        raise FileRejectedError("This file is not a JudgePanel judge kit.")
    c = r.child(
        "competition",
        {
            "uid",
            "name_en",
            "name_zh",
            "year_label",
            "award_name_en",
            "award_name_zh",
            "award_count",
            "finalist_count",
            "public_award_name_en",
            "public_award_name_zh",
            "public_award_count",
            "venue_en",
            "venue_zh",
        },
    )
    competition = KitCompetition(
        uid=c.text("uid", limit=32, allow_empty=False),
        name_en=c.text("name_en"),
        name_zh=c.text("name_zh"),
        year_label=c.text("year_label", limit=20),
        award_name_en=c.text("award_name_en"),
        award_name_zh=c.text("award_name_zh"),
        award_count=c.integer("award_count", low=1, high=1000),
        finalist_count=c.integer("finalist_count", low=1, high=1000),
        public_award_name_en=c.text("public_award_name_en"),
        public_award_name_zh=c.text("public_award_name_zh"),
        public_award_count=c.integer("public_award_count", low=0, high=1000),
        venue_en=c.text("venue_en"),
        venue_zh=c.text("venue_zh"),
    )
    criteria = []
    for i, raw in enumerate(r.items("criteria", limit=100)):
        cr = _Reader(
            raw,
            f"criteria[{i}]",
            {
                "uid",
                "position",
                "code",
                "name_en",
                "name_zh",
                "description_en",
                "description_zh",
                "weight",
                "scale_min",
                "scale_max",
                "scale_step",
                "bands",
            },
        )
        bands = []
        for j, braw in enumerate(cr.items("bands", limit=100)):
            b = _Reader(
                braw, f"criteria[{i}].bands[{j}]", {"low", "high", "descriptor_en", "descriptor_zh"}
            )
            bands.append(
                KitBand(
                    b.decimal("low"),
                    b.decimal("high"),
                    b.text("descriptor_en"),
                    b.text("descriptor_zh"),
                )
            )
        criterion = KitCriterion(
            uid=cr.text("uid", limit=32, allow_empty=False),
            position=cr.integer("position"),
            code=cr.text("code", limit=40, allow_empty=False),
            name_en=cr.text("name_en"),
            name_zh=cr.text("name_zh"),
            description_en=cr.text("description_en", limit=20000),
            description_zh=cr.text("description_zh", limit=20000),
            weight=cr.decimal("weight"),
            scale_min=cr.decimal("scale_min"),
            scale_max=cr.decimal("scale_max"),
            scale_step=cr.decimal("scale_step"),
            bands=tuple(bands),
        )
        if (
            criterion.weight <= 0
            or criterion.scale_step <= 0
            or criterion.scale_max <= criterion.scale_min
        ):
            raise FileRejectedError(
                "The judge kit is damaged: criteria[{i}] has an impossible weight or scale.", i=i
            )
        criteria.append(criterion)
    if not criteria:
        raise FileRejectedError("The judge kit defines no criteria.")
    finalists = []
    for i, raw in enumerate(r.items("finalists", limit=1000)):
        f = _Reader(
            raw,
            f"finalists[{i}]",
            {"uid", "code", "name_en", "name_zh", "category", "shortlist_rank"},
        )
        category = f.text("category", limit=20)
        if category not in {c.value for c in EntrantCategory}:
            raise FileRejectedError(
                "The judge kit is damaged: finalists[{i}].category is {value!r}.",
                i=i,
                value=category,
            )
        finalists.append(
            KitFinalist(
                uid=f.text("uid", limit=32, allow_empty=False),
                code=f.text("code", limit=40, allow_empty=False),
                name_en=f.text("name_en"),
                name_zh=f.text("name_zh"),
                category=EntrantCategory(category),
                shortlist_rank=f.integer("shortlist_rank", low=1, high=10_000),
            )
        )
    finalist_uids = {f.uid for f in finalists}
    if len(finalist_uids) != len(finalists) or len({f.code for f in finalists}) != len(finalists):
        raise FileRejectedError("The judge kit is damaged: a finalist appears twice.")
    schedule = []
    for i, raw in enumerate(r.items("schedule", limit=1000)):
        s = _Reader(
            raw,
            f"schedule[{i}]",
            {"entrant_uid", "position", "starts_at", "presentation_minutes", "qa_minutes"},
        )
        slot = KitSlot(
            s.text("entrant_uid", limit=32),
            s.integer("position", low=1),
            s.moment("starts_at"),
            s.integer("presentation_minutes", low=1, high=600),
            s.integer("qa_minutes", low=0, high=600),
        )
        if slot.entrant_uid not in finalist_uids:
            raise FileRejectedError(
                "The judge kit is damaged: schedule[{i}] names an entrant that is not a finalist.",
                i=i,
            )
        schedule.append(slot)
    j = r.child(
        "judge",
        {
            "uid",
            "name_en",
            "name_zh",
            "title",
            "affiliation",
            "organisation",
            "certificate_pem",
            "certificate_sha256",
        },
    )
    affiliation = j.text("affiliation", limit=40)
    if affiliation not in {a.value for a in Affiliation}:
        raise FileRejectedError(
            "The judge kit is damaged: judge.affiliation is {value!r}.", value=affiliation
        )
    judge = KitJudge(
        uid=j.text("uid", limit=32, allow_empty=False),
        name_en=j.text("name_en", limit=200),
        name_zh=j.text("name_zh", limit=200),
        title=j.text("title", limit=200),
        affiliation=Affiliation(affiliation),
        organisation=j.text("organisation", limit=300),
        certificate_pem=j.optional_text("certificate_pem"),
        certificate_sha256=j.optional_text("certificate_sha256", limit=64),
    )
    conflicts = []
    for i, raw in enumerate(r.items("conflicts", limit=1000)):
        cf = _Reader(raw, f"conflicts[{i}]", {"entrant_uid", "reason", "declared_at"})
        conflicts.append(
            KitConflict(
                cf.text("entrant_uid", limit=32), cf.text("reason"), cf.moment("declared_at")
            )
        )
    cred = r.optional_text("credential_pkcs12", limit=1024 * 1024)
    p = r.child("panel", {"certificate_pem", "fingerprint"})
    return KitPayload(
        kit_id=r.text("kit_id", limit=32, allow_empty=False),
        issued_at=r.moment("issued_at"),
        competition=competition,
        criteria=tuple(criteria),
        finalists=tuple(finalists),
        schedule=tuple(schedule),
        judge=judge,
        conflicts=tuple(conflicts),
        credential_pkcs12=_b64(cred, "credential_pkcs12") if cred is not None else None,
        panel_certificate_pem=p.text("certificate_pem", limit=20000, allow_empty=False),
        panel_fingerprint=p.text("fingerprint", limit=64, allow_empty=False),
    )
