"""Judge kits: exported on the chair's machine, imported on a judge's laptop.

Export gathers exactly one judge's view of the competition and signs it with the panel's
authority. Import verifies the signature against the panel's trust root *before* using anything
in the kit, then creates or updates the judge's database. An updated kit (a schedule change, a
corrected name) keeps every score the judge has entered.

Trust on the judge's laptop: the first import must be told which panel to trust, either by the
panel's certificate file or by its fingerprint (which the chair hands out on paper). From then on
the database remembers the panel, and only kits signed by that panel are accepted.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from judgepanel.db.engine import Database
from judgepanel.db.models import (
    Competition,
    ConflictOfInterest,
    Criterion,
    Entrant,
    Finalist,
    Judge,
    JudgeCredential,
    PanelAuthorityRecord,
    PresentationSlot,
    RubricBand,
    Score,
    new_uid,
)
from judgepanel.domain import kit_payload as kp
from judgepanel.domain.enums import Affiliation, DatabaseRole, EntrantCategory
from judgepanel.domain.errors import ConflictError, FileRejectedError, NotFoundError, named
from judgepanel.services import audit
from judgepanel.services.competitions import (
    SETTING_JUDGE_UID,
    SETTING_ROLE,
    get_setting,
    set_setting,
)


@dataclass(frozen=True)
class KitImportResult:
    competition_id: int
    judge_id: int
    judge_name: str
    updated: bool
    panel_fingerprint: str
    finalists: int
    kept_scores: int
    judge_name_zh: str = ""


def _fingerprint_of(pem: bytes) -> str:
    from judgepanel.signing.credentials import load_certificate

    return load_certificate(pem).fingerprint_sha256


def _normalise_fingerprint(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")


class KitService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- chair's side ----------------------------------------------------------------------
    def build_payload(self, competition_id: int, judge_id: int) -> kp.KitPayload:
        with self._db.read() as s:
            comp = s.scalar(select(Competition).where(Competition.id == competition_id)
                            .options(selectinload(Competition.criteria)
                                     .selectinload(Criterion.bands)))
            if comp is None:
                raise NotFoundError("There is no competition with id {id}.", id=competition_id)
            judge = s.get(Judge, judge_id)
            if judge is None or judge.competition_id != competition_id:
                raise NotFoundError("There is no judge with id {id} in this competition.",
                                    id=judge_id)
            authority = s.scalar(select(PanelAuthorityRecord)
                                 .where(PanelAuthorityRecord.competition_id == competition_id))
            if authority is None:
                raise NotFoundError("This competition has no panel certificate authority yet; "
                                    "create one before exporting kits.")
            if judge.certificate_pem is None:
                raise ConflictError("{judge} has no signing certificate yet: issue a credential "
                                    "or register the judge's own certificate first.",
                                    judge=named(judge.name_en, judge.name_zh))
            finalists = s.scalars(select(Finalist).where(Finalist.competition_id == comp.id)
                                  .options(selectinload(Finalist.entrant))
                                  .order_by(Finalist.shortlist_rank)).all()
            if not finalists:
                raise ConflictError("There are no finalists yet; confirm the shortlist before "
                                    "exporting kits.")
            slots = s.scalars(select(PresentationSlot)
                              .where(PresentationSlot.competition_id == comp.id)
                              .options(selectinload(PresentationSlot.entrant))
                              .order_by(PresentationSlot.position)).all()
            conflicts = s.execute(select(ConflictOfInterest, Entrant.uid)
                                  .join(Entrant, Entrant.id == ConflictOfInterest.entrant_id)
                                  .where(ConflictOfInterest.judge_id == judge.id)).all()
            credential = s.get(JudgeCredential, judge.id)
            return kp.KitPayload(
                kit_id=new_uid(),
                issued_at=datetime.now(UTC),
                competition=kp.KitCompetition(
                    uid=comp.uid, name_en=comp.name_en, name_zh=comp.name_zh,
                    year_label=comp.year_label, award_name_en=comp.award_name_en,
                    award_name_zh=comp.award_name_zh, award_count=comp.award_count,
                    finalist_count=comp.finalist_count,
                    public_award_name_en=comp.public_award_name_en,
                    public_award_name_zh=comp.public_award_name_zh,
                    public_award_count=comp.public_award_count, venue_en=comp.venue_en,
                    venue_zh=comp.venue_zh),
                criteria=tuple(
                    kp.KitCriterion(
                        uid=c.uid, position=c.position, code=c.code, name_en=c.name_en,
                        name_zh=c.name_zh, description_en=c.description_en,
                        description_zh=c.description_zh, weight=c.weight, scale_min=c.scale_min,
                        scale_max=c.scale_max, scale_step=c.scale_step,
                        bands=tuple(kp.KitBand(b.low, b.high, b.descriptor_en, b.descriptor_zh)
                                    for b in c.bands))
                    for c in comp.criteria),
                finalists=tuple(
                    kp.KitFinalist(uid=f.entrant.uid, code=f.entrant.code,
                                   name_en=f.entrant.name_en, name_zh=f.entrant.name_zh,
                                   category=EntrantCategory(f.entrant.category),
                                   shortlist_rank=f.shortlist_rank)
                    for f in finalists),
                schedule=tuple(
                    kp.KitSlot(sl.entrant.uid, sl.position, sl.starts_at,
                               sl.presentation_minutes, sl.qa_minutes)
                    for sl in slots),
                judge=kp.KitJudge(
                    uid=judge.uid, name_en=judge.name_en, name_zh=judge.name_zh,
                    title=judge.title, affiliation=Affiliation(judge.affiliation),
                    organisation=judge.organisation, certificate_pem=judge.certificate_pem,
                    certificate_sha256=judge.certificate_sha256),
                conflicts=tuple(kp.KitConflict(uid, c.reason, c.declared_at)
                                for c, uid in conflicts),
                credential_pkcs12=credential.pkcs12 if credential is not None else None,
                panel_certificate_pem=authority.certificate_pem,
                panel_fingerprint=authority.fingerprint_sha256,
            )

    def export_kit(self, competition_id: int, judge_id: int, ca_passphrase: bytes | None = None,
                   *, authority: Any = None) -> bytes:
        """The signed kit file's bytes for one judge (write them with fileio.atomic_write).

        Give the panel authority's passphrase, or an ``authority`` already unlocked with it
        (exporting many kits then pays for the key derivation once)."""
        from judgepanel.services.authority import AuthorityService

        payload = self.build_payload(competition_id, judge_id)
        ca = authority if authority is not None else AuthorityService(self._db).load_authority(
            competition_id, ca_passphrase or b"")
        body = kp.payload_bytes(payload)
        data = kp.envelope_bytes(body, ca.sign_detached(body))
        with self._db.write() as s:
            audit.append(s, "chair", "kit.exported",
                         {"judge_uid": payload.judge.uid, "kit_id": payload.kit_id,
                          "sha256": hashlib.sha256(data).hexdigest()})
        return data

    # -- judge's side ----------------------------------------------------------------------
    def import_kit(self, data: bytes, *, trust_pem: bytes | None = None,
                   fingerprint: str | None = None) -> KitImportResult:
        from judgepanel.signing.authority import verify_detached

        body, signature = kp.read_envelope(data)
        payload = kp.parse_payload(body)
        claimed_pem = payload.panel_certificate_pem.encode("ascii")

        with self._db.read() as s:
            known = s.scalars(select(PanelAuthorityRecord)).all()
            role = get_setting(s, SETTING_ROLE)
            own_uid = get_setting(s, SETTING_JUDGE_UID)
            competitions = s.scalars(select(Competition.uid)).all()

        if role == DatabaseRole.CHAIR.value or (role is None and competitions):
            raise ConflictError("This is the chair's database. Import a judge kit into the "
                                "judge's own database (a new file on the judge's laptop).")
        if known:
            root = known[0].certificate_pem.encode("ascii")
        elif trust_pem is not None:
            root = trust_pem
        elif fingerprint is not None:
            if _fingerprint_of(claimed_pem) != _normalise_fingerprint(fingerprint):
                raise FileRejectedError("The kit is signed by a panel whose fingerprint is not "
                                        "the one you were given; it was not imported.")
            root = claimed_pem
        else:
            raise ConflictError("The first kit on this laptop must be checked against the "
                                "panel's certificate or fingerprint (from the chair).")
        verify_detached(body, signature, root)
        if _fingerprint_of(claimed_pem) != _fingerprint_of(root):
            raise FileRejectedError("The kit names a different panel authority from the one "
                                    "that signed it; it was not imported.")
        if competitions and payload.competition.uid not in competitions:
            raise FileRejectedError("This kit is for another competition ({name}); this laptop "
                                    "holds a different one.",
                                    name=named(payload.competition.name_en,
                                               payload.competition.name_zh))
        if own_uid is not None and own_uid != payload.judge.uid:
            raise FileRejectedError("This kit is for {name}, but this laptop belongs to another "
                                    "judge.",
                                    name=named(payload.judge.name_en, payload.judge.name_zh))
        with self._db.write() as s:
            return self._apply(s, payload, updated=bool(competitions), root_pem=root)

    def _apply(self, s: Session, kit: kp.KitPayload, *, updated: bool,
               root_pem: bytes) -> KitImportResult:
        c = kit.competition
        comp = s.scalar(select(Competition).where(Competition.uid == c.uid))
        fields = dict(name_en=c.name_en, name_zh=c.name_zh, year_label=c.year_label,
                      award_name_en=c.award_name_en, award_name_zh=c.award_name_zh,
                      award_count=c.award_count, finalist_count=c.finalist_count,
                      public_award_name_en=c.public_award_name_en,
                      public_award_name_zh=c.public_award_name_zh,
                      public_award_count=c.public_award_count, venue_en=c.venue_en,
                      venue_zh=c.venue_zh)
        if comp is None:
            comp = Competition(uid=c.uid, **fields)
            s.add(comp)
            s.flush()
        else:
            for k, v in fields.items():
                setattr(comp, k, v)

        existing_criteria = {cr.uid: cr for cr in s.scalars(
            select(Criterion).where(Criterion.competition_id == comp.id))}
        for cr in kit.criteria:
            row = existing_criteria.get(cr.uid)
            values = dict(position=cr.position, code=cr.code, name_en=cr.name_en,
                          name_zh=cr.name_zh, description_en=cr.description_en,
                          description_zh=cr.description_zh, weight=cr.weight,
                          scale_min=cr.scale_min, scale_max=cr.scale_max,
                          scale_step=cr.scale_step)
            if row is None:
                row = Criterion(uid=cr.uid, competition_id=comp.id, **values)
                s.add(row)
            else:
                for k, v in values.items():
                    setattr(row, k, v)
            if row.bands:
                row.bands.clear()
                s.flush()  # old bands go before new ones take their positions
            row.bands.extend(
                RubricBand(position=i, low=b.low, high=b.high, descriptor_en=b.descriptor_en,
                           descriptor_zh=b.descriptor_zh)
                for i, b in enumerate(cr.bands, start=1))
        s.flush()

        entrants = {e.uid: e for e in s.scalars(
            select(Entrant).where(Entrant.competition_id == comp.id))}
        for f in kit.finalists:
            e = entrants.get(f.uid)
            if e is None:
                e = Entrant(uid=f.uid, competition_id=comp.id, code=f.code, name_en=f.name_en,
                            name_zh=f.name_zh, category=f.category.value)
                s.add(e)
                entrants[f.uid] = e
            else:
                e.code, e.name_en, e.name_zh, e.category = (f.code, f.name_en, f.name_zh,
                                                            f.category.value)
        s.flush()
        s.execute(delete(Finalist).where(Finalist.competition_id == comp.id))
        for f in kit.finalists:
            s.add(Finalist(competition_id=comp.id, entrant_id=entrants[f.uid].id,
                           shortlist_rank=f.shortlist_rank))
        s.execute(delete(PresentationSlot).where(PresentationSlot.competition_id == comp.id))
        s.flush()
        for sl in kit.schedule:
            s.add(PresentationSlot(competition_id=comp.id, entrant_id=entrants[sl.entrant_uid].id,
                                   position=sl.position, starts_at=sl.starts_at,
                                   presentation_minutes=sl.presentation_minutes,
                                   qa_minutes=sl.qa_minutes))

        j = kit.judge
        judge = s.scalar(select(Judge).where(Judge.uid == j.uid))
        jfields = dict(name_en=j.name_en, name_zh=j.name_zh, title=j.title,
                       affiliation=j.affiliation.value, organisation=j.organisation,
                       certificate_pem=j.certificate_pem, certificate_sha256=j.certificate_sha256)
        if judge is None:
            judge = Judge(uid=j.uid, competition_id=comp.id, **jfields)
            s.add(judge)
            s.flush()
        else:
            for k, v in jfields.items():
                setattr(judge, k, v)
        s.execute(delete(ConflictOfInterest).where(ConflictOfInterest.judge_id == judge.id))
        for cf in kit.conflicts:
            entrant = entrants.get(cf.entrant_uid)
            if entrant is not None:
                s.add(ConflictOfInterest(judge_id=judge.id, entrant_id=entrant.id,
                                         reason=cf.reason, declared_at=cf.declared_at))
        cred = s.get(JudgeCredential, judge.id)
        if kit.credential_pkcs12 is not None:
            if cred is None:
                s.add(JudgeCredential(judge_id=judge.id, pkcs12=kit.credential_pkcs12))
            else:
                cred.pkcs12 = kit.credential_pkcs12
        elif cred is not None:
            s.delete(cred)
        if s.scalar(select(PanelAuthorityRecord.id)
                    .where(PanelAuthorityRecord.competition_id == comp.id)) is None:
            s.add(PanelAuthorityRecord(competition_id=comp.id,
                                       certificate_pem=root_pem.decode("ascii"),
                                       encrypted_key_pem=None,
                                       fingerprint_sha256=_fingerprint_of(root_pem)))
        set_setting(s, SETTING_ROLE, DatabaseRole.JUDGE.value)
        set_setting(s, SETTING_JUDGE_UID, j.uid)
        kept = len(s.scalars(select(Score.id).where(Score.judge_id == judge.id)).all())
        audit.append(s, j.uid, "kit.imported" if not updated else "kit.updated",
                     {"kit_id": kit.kit_id, "competition_uid": c.uid})
        return KitImportResult(comp.id, judge.id, j.name_en, updated, kit.panel_fingerprint,
                               len(kit.finalists), kept, judge_name_zh=j.name_zh)


def peek_kit(data: bytes) -> kp.KitPayload:
    """The kit's contents *without* checking its signature: only for suggesting a file name
    before the import (which checks the signature before using anything)."""
    body, _signature = kp.read_envelope(data)
    return kp.parse_payload(body)


def judge_database_name(kit: kp.KitPayload) -> str:
    """The suggested file name of a judge's database for ``kit``: ``judge-<year>.db``."""
    year = "".join(ch if ch.isalnum() or ch in "-_." else "-"
                   for ch in kit.competition.year_label).strip("-.") or "competition"
    return f"judge-{year}.db"


def _judge_of_database(path: Path) -> str | None:
    """The uid of the judge whose database ``path`` is; None for any other database."""
    from judgepanel.db.engine import open_database

    db = open_database(path)
    try:
        with db.read() as s:
            if get_setting(s, SETTING_ROLE) != DatabaseRole.JUDGE.value:
                return None
            return get_setting(s, SETTING_JUDGE_UID)
    finally:
        db.close()


def import_kit_into_new_database(path: str | Path, data: bytes, *,
                                 fingerprint: str | None = None,
                                 trust_pem: bytes | None = None) -> KitImportResult:
    """Imports a judge's kit into a database file of its own, leaving every other database as
    it is: the way in on a laptop whose open database is the demo (or a chair's).

    ``path`` must not exist, or be empty, or already be the same judge's database (the kit then
    updates it). Anything else is refused: an existing database is never overwritten. A file
    this call created is removed again when the import is refused (a wrong fingerprint, say).
    The database is closed on return; open it to work in it."""
    from judgepanel.db.engine import open_database
    from judgepanel.domain.errors import DatabaseError, ValidationError

    target = Path(path).expanduser()
    if not target.is_absolute():
        raise ValidationError("Give the new database file's full path, for example {example}.",
                              example=str(Path.home() / "judge.db"))
    if target.is_dir():
        raise ValidationError("{path} is a folder, not a database file.", path=str(target))
    if not target.parent.is_dir():
        raise ValidationError("The folder {path} does not exist.", path=str(target.parent))
    kit = peek_kit(data)
    existed = target.exists()
    if existed and target.stat().st_size > 0:
        try:
            owner = _judge_of_database(target)
        except DatabaseError as exc:
            raise ConflictError("{path} already exists and is not a JudgePanel database; "
                                "choose another file name.", path=str(target)) from exc
        if owner != kit.judge.uid:
            raise ConflictError("{path} already exists and is not {judge}'s database. Choose "
                                "another file name: an existing database is never "
                                "overwritten.", path=str(target),
                                judge=named(kit.judge.name_en, kit.judge.name_zh))
        existed_as_judge = True
    else:
        existed_as_judge = False
    db = open_database(target)
    try:
        result = KitService(db).import_kit(data, trust_pem=trust_pem, fingerprint=fingerprint)
    except BaseException:
        db.close()
        if not existed_as_judge:
            _remove_database_files(target, keep_empty=existed)
        raise
    db.close()
    return result


def _remove_database_files(path: Path, *, keep_empty: bool) -> None:
    """Takes a database file this module created away again (with SQLite's side files)."""
    for side in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    if keep_empty:
        path.write_bytes(b"")
    else:
        path.unlink(missing_ok=True)
