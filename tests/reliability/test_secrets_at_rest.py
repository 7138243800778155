"""Files we write are for this user only, and no private key is ever stored unencrypted.

Databases (``open_database``), kits and sheets (``fileio.atomic_write``) get mode 0600 on POSIX;
a judge's database and a kit hold the judge's key only inside a passphrase-protected PKCS#12,
and the chair's database holds the panel's key only as an encrypted PEM.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
PLAIN_KEY_MARKERS = (b"BEGIN PRIVATE KEY", b"BEGIN EC PRIVATE KEY", b"BEGIN RSA PRIVATE KEY")


def _private(path: Path) -> bool:
    return path.stat().st_mode & 0o077 == 0


@pytest.fixture(scope="module")
def kit_and_judge_db(tmp_path_factory: pytest.TempPathFactory,
                     demo_template: Path) -> tuple[Path, Path, Path]:
    from judgepanel.db.engine import open_database
    from judgepanel.fileio import atomic_write
    from judgepanel.services.authority import AuthorityService
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.demo_data import DEMO_PANEL_PASSPHRASE
    from judgepanel.services.kits import KitService

    folder = tmp_path_factory.mktemp("secrets")
    # The usual default umask: files come out world-readable unless we say otherwise.
    old_umask = os.umask(0o022)
    chair_path = folder / "chair.db"
    shutil.copyfile(demo_template, chair_path)
    chair = open_database(chair_path)
    cid = CompetitionService(chair).default_competition_id()
    judge = CompetitionService(chair).overview(cid).judges[0]
    kit = KitService(chair).export_kit(cid, judge.id, DEMO_PANEL_PASSPHRASE.encode())
    trust = AuthorityService(chair).trust_certificate_pem(cid)
    chair.close()
    kit_path = atomic_write(folder / "usb" / "judge1.jpkit", kit)
    judge_path = folder / "judge.db"
    db = open_database(judge_path)
    KitService(db).import_kit(kit_path.read_bytes(), trust_pem=trust)
    db.close()
    os.umask(old_umask)
    return chair_path, kit_path, judge_path


@posix_only
def test_databases_kits_and_sheets_are_user_only(kit_and_judge_db: tuple[Path, Path, Path],
                                                 material: Any, tmp_path: Path) -> None:
    _chair, kit_path, judge_path = kit_and_judge_db
    assert _private(kit_path)
    assert _private(judge_path)
    old_umask = os.umask(0o022)
    try:
        _check_fresh_files(tmp_path, material)
    finally:
        os.umask(old_umask)


def _check_fresh_files(tmp_path: Path, material: Any) -> None:
    from sqlalchemy import text

    from judgepanel.db.engine import open_database
    from judgepanel.fileio import atomic_write

    fresh = tmp_path / "fresh.db"
    db = open_database(fresh)
    with db.write() as s:  # a write, so the WAL and shared-memory files exist
        s.execute(text("INSERT INTO app_settings (key, value) VALUES ('probe', '1')"))
    assert Path(f"{fresh}-wal").exists()
    for p in (fresh, Path(f"{fresh}-wal"), Path(f"{fresh}-shm")):
        if p.exists():
            assert _private(p), p
    db.close()
    sheet = atomic_write(tmp_path / "out" / "sheet.pdf", material.sheets[0].read_bytes())
    assert _private(sheet)
    shutil.copyfile(material.demo, tmp_path / "copied.db")
    (tmp_path / "copied.db").chmod(0o644)
    open_database(tmp_path / "copied.db").close()  # an existing file is tightened on open
    assert _private(tmp_path / "copied.db")


def _blobs(path: Path) -> list[bytes]:
    con = sqlite3.connect(path)
    try:
        out: list[bytes] = []
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in con.execute(f'SELECT * FROM "{table}"'):
                out += [v if isinstance(v, bytes) else str(v).encode() for v in row
                        if v is not None]
        return out
    finally:
        con.close()


def test_no_private_key_is_stored_unencrypted(kit_and_judge_db: tuple[Path, Path, Path]) -> None:
    import base64
    import json

    from cryptography.hazmat.primitives.serialization import load_pem_private_key, pkcs12

    from judgepanel.domain import kit_payload as kp

    chair_path, kit_path, judge_path = kit_and_judge_db
    for path in (chair_path, judge_path, kit_path):
        raw = path.read_bytes()
        assert not any(m in raw for m in PLAIN_KEY_MARKERS), path
        if path.suffix == ".db":
            for value in _blobs(path):
                assert not any(m in value for m in PLAIN_KEY_MARKERS), path
    body, _ = kp.read_envelope(kit_path.read_bytes())
    assert not any(m in body for m in PLAIN_KEY_MARKERS)
    credential = base64.b64decode(json.loads(body)["credential_pkcs12"])
    con = sqlite3.connect(judge_path)
    stored = [r[0] for r in con.execute("SELECT pkcs12 FROM judge_credentials")]
    panel_keys = [r[0] for r in sqlite3.connect(chair_path).execute(
        "SELECT encrypted_key_pem FROM panel_authorities WHERE encrypted_key_pem IS NOT NULL")]
    con.close()
    assert stored and panel_keys
    for blob in [credential, *stored]:
        for wrong in (None, b"", b"judge"):
            with pytest.raises(ValueError):
                pkcs12.load_key_and_certificates(blob, wrong)
    for pem in panel_keys:
        assert "ENCRYPTED" in pem
        with pytest.raises(TypeError):  # "Password was not given but private key is encrypted"
            load_pem_private_key(pem.encode(), None)
