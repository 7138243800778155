"""Judge kits: chair → judge round trip; tampered, foreign and unsigned kits refused."""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from judgepanel.db.engine import open_database
from judgepanel.db.models import (
    AppSetting,
    ConflictOfInterest,
    Criterion,
    Entrant,
    Judge,
    JudgeCredential,
    PresentationSlot,
    Score,
)
from judgepanel.domain.errors import (
    ConflictError,
    FileRejectedError,
    SigningError,
    VerificationError,
)
from judgepanel.services.authority import AuthorityService
from judgepanel.services.competitions import CompetitionService
from judgepanel.services.demo import load_demo
from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE, DEMO_PANEL_PASSPHRASE
from judgepanel.services.kits import KitService

PANEL = DEMO_PANEL_PASSPHRASE.encode()


@pytest.fixture
def chair(demo_db):
    svc = CompetitionService(demo_db)
    overview = svc.overview(svc.default_competition_id())
    return demo_db, overview


def _judge_with_conflict(overview):
    return next(j for j in overview.judges if j.conflicts)


def _export(chair_db, overview, judge=None) -> bytes:
    judge = judge or _judge_with_conflict(overview)
    return KitService(chair_db).export_kit(overview.competition.id, judge.id, PANEL)


@pytest.fixture
def judge_db(tmp_path: Path):
    db = open_database(tmp_path / "judge.db")
    yield db
    db.close()


def _trust(chair_db, overview) -> bytes:
    return AuthorityService(chair_db).trust_certificate_pem(overview.competition.id)


def test_round_trip_creates_the_judges_database(chair, judge_db) -> None:
    chair_db, overview = chair
    judge = _judge_with_conflict(overview)
    result = KitService(judge_db).import_kit(_export(chair_db, overview),
                                             trust_pem=_trust(chair_db, overview))
    assert result.updated is False and result.finalists == 8
    with judge_db.read() as s:
        settings = {a.key: a.value for a in s.scalars(select(AppSetting))}
        assert settings == {"role": "judge", "judge_uid": judge.uid}
        judges = s.scalars(select(Judge)).all()
        assert [j.uid for j in judges] == [judge.uid]
        assert judges[0].certificate_sha256 == judge.certificate_sha256
        assert len(s.scalars(select(Entrant)).all()) == 8
        assert len(s.scalars(select(PresentationSlot)).all()) == 8
        criteria = s.scalars(select(Criterion).order_by(Criterion.position)).all()
        assert [c.name_zh for c in criteria] == ["服務質素", "工作效率", "成本效益"]
        assert all(len(c.bands) == 5 for c in criteria)
        conflict = s.scalar(select(ConflictOfInterest))
        assert conflict is not None and "Correctional" in conflict.reason
        assert s.get(JudgeCredential, judges[0].id) is not None
    role = CompetitionService(judge_db).role()
    assert role.value == "judge"


def test_credential_in_the_kit_opens_with_the_judges_passphrase_only(chair, judge_db) -> None:
    from judgepanel.signing.credentials import load_pkcs12

    chair_db, overview = chair
    KitService(judge_db).import_kit(_export(chair_db, overview),
                                    trust_pem=_trust(chair_db, overview))
    with judge_db.read() as s:
        blob = s.scalar(select(JudgeCredential.pkcs12))
    cred = load_pkcs12(blob, DEMO_JUDGE_PASSPHRASE.encode())
    assert cred.judge_uid == _judge_with_conflict(overview).uid
    with pytest.raises(SigningError):
        load_pkcs12(blob, b"wrong passphrase")


def test_kit_contains_no_other_judges_data(chair) -> None:
    chair_db, overview = chair
    judge = _judge_with_conflict(overview)
    data = _export(chair_db, overview, judge)
    payload = base64.b64decode(json.loads(data)["payload"]).decode("utf-8")
    for other in overview.judges:
        if other.id == judge.id:
            continue
        assert other.uid not in payload
        assert other.name.en not in payload and other.name.zh not in payload
        if other.certificate_sha256:
            assert other.certificate_sha256 not in payload
    # Only finalists travel, not the other 15 entrants.
    assert "Buildings Department" not in payload


def test_tampered_kit_is_refused(chair, judge_db) -> None:
    chair_db, overview = chair
    envelope = json.loads(_export(chair_db, overview))
    payload = base64.b64decode(envelope["payload"]).replace(b"09:30", b"10:30", 1)
    payload = payload.replace(b"Correctional Services Department until 2001",
                              b"Correctional Services Department until 1901")
    envelope["payload"] = base64.b64encode(payload).decode()
    with pytest.raises(VerificationError):
        KitService(judge_db).import_kit(json.dumps(envelope).encode(),
                                        trust_pem=_trust(chair_db, overview))
    with judge_db.read() as s:
        assert s.scalars(select(Judge)).all() == []


def test_unsigned_kit_is_refused(chair, judge_db) -> None:
    chair_db, overview = chair
    envelope = json.loads(_export(chair_db, overview))
    envelope["signature"] = ""
    with pytest.raises(FileRejectedError, match="not signed"):
        KitService(judge_db).import_kit(json.dumps(envelope).encode(),
                                        trust_pem=_trust(chair_db, overview))


def test_kit_signed_by_another_panel_is_refused(chair, judge_db, tmp_path: Path) -> None:
    chair_db, overview = chair
    other_db = open_database(tmp_path / "other-chair.db")
    load_demo(other_db)
    other_overview = CompetitionService(other_db).overview(1)
    forged = _export(other_db, other_overview)
    with pytest.raises(VerificationError):
        KitService(judge_db).import_kit(forged, trust_pem=_trust(chair_db, overview))
    # After a genuine first import, the laptop trusts only its own panel.
    KitService(judge_db).import_kit(_export(chair_db, overview),
                                    trust_pem=_trust(chair_db, overview))
    with pytest.raises(VerificationError):
        KitService(judge_db).import_kit(forged)
    other_db.close()


def test_first_import_needs_the_panels_identity(chair, judge_db) -> None:
    chair_db, overview = chair
    data = _export(chair_db, overview)
    with pytest.raises(ConflictError, match="certificate or fingerprint"):
        KitService(judge_db).import_kit(data)
    with pytest.raises(FileRejectedError, match="fingerprint"):
        KitService(judge_db).import_kit(data, fingerprint="00" * 32)
    fingerprint = AuthorityService(chair_db).status(overview.competition.id).fingerprint
    spaced = ":".join(fingerprint[i:i + 2].upper() for i in range(0, 64, 2))
    result = KitService(judge_db).import_kit(data, fingerprint=spaced)
    assert result.panel_fingerprint == fingerprint


def test_kit_for_another_competition_is_refused(chair, judge_db) -> None:
    chair_db, overview = chair
    trust = _trust(chair_db, overview)
    KitService(judge_db).import_kit(_export(chair_db, overview), trust_pem=trust)
    from judgepanel.db.models import Competition

    with chair_db.write() as s:
        comp = s.get(Competition, overview.competition.id)
        comp.uid = "another0000000000000000000000001"
    with pytest.raises(FileRejectedError, match="another competition"):
        KitService(judge_db).import_kit(_export(chair_db, overview))


def test_kit_for_another_judge_is_refused_on_a_judges_laptop(chair, judge_db) -> None:
    chair_db, overview = chair
    trust = _trust(chair_db, overview)
    KitService(judge_db).import_kit(_export(chair_db, overview), trust_pem=trust)
    someone_else = next(j for j in overview.judges if not j.conflicts)
    with pytest.raises(FileRejectedError, match="another judge"):
        KitService(judge_db).import_kit(_export(chair_db, overview, someone_else))


def test_kit_cannot_be_imported_into_the_chairs_database(chair) -> None:
    chair_db, overview = chair
    with pytest.raises(ConflictError, match="chair's database"):
        KitService(chair_db).import_kit(_export(chair_db, overview),
                                        trust_pem=_trust(chair_db, overview))


def test_updated_kit_keeps_the_judges_scores(chair, judge_db) -> None:
    chair_db, overview = chair
    trust = _trust(chair_db, overview)
    KitService(judge_db).import_kit(_export(chair_db, overview), trust_pem=trust)
    with judge_db.write() as s:
        judge = s.scalar(select(Judge))
        entrant = s.scalar(select(Entrant).where(Entrant.code == "IMMD"))
        criterion = s.scalar(select(Criterion).where(Criterion.code == "efficiency"))
        s.add(Score(judge_id=judge.id, entrant_id=entrant.id, criterion_id=criterion.id,
                    value=Decimal("8.5"), comment="clear pledges"))
    with chair_db.write() as s:  # the chair moves the whole day by an hour
        for slot in s.scalars(select(PresentationSlot)):
            slot.starts_at = slot.starts_at + timedelta(hours=1)
    result = KitService(judge_db).import_kit(_export(chair_db, overview))
    assert result.updated is True and result.kept_scores == 1
    with judge_db.read() as s:
        score = s.scalar(select(Score))
        assert score.value == Decimal("8.5") and score.comment == "clear pledges"
        first = s.scalar(select(PresentationSlot).order_by(PresentationSlot.position))
        assert first.starts_at.hour == 2  # 10:30 HKT is 02:30 UTC


@pytest.mark.parametrize("data, reason", [
    (b"", "not valid JSON"),
    (b"\xff\xfe garbage", "not UTF-8"),
    (b'{"format": "judgepanel.kit", "format": "x"}', "twice"),
    (b'{"format": "something.else"}', "not a JudgePanel judge kit"),
    (b'{"format": "judgepanel.kit", "payload": "!!", "signature": "AA=="}', "base64"),
    (b"[1, 2, NaN]", "NaN"),
])
def test_hostile_bytes_are_refused_with_a_reason(judge_db, data: bytes, reason: str) -> None:
    with pytest.raises(FileRejectedError, match=reason):
        KitService(judge_db).import_kit(data, fingerprint="00")


def test_wrong_panel_passphrase_is_refused(chair) -> None:
    chair_db, overview = chair
    with pytest.raises(SigningError):
        KitService(chair_db).export_kit(overview.competition.id, overview.judges[0].id,
                                        b"not the passphrase")
