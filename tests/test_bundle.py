"""The packaged build: scripts/build-bundle makes a folder that runs without Python.

Slow (about two minutes: PyInstaller, then starting the bundle several times), so left out by
default; ``scripts/test -m slow`` and CI run it. It builds for the platform it runs on (Linux in
CI); the Windows build uses the same spec through scripts/build-bundle.ps1.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "judgepanel"
EXE = BUNDLE / ("JudgePanel.exe" if sys.platform == "win32" else "judgepanel")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the bundle test builds the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    result = subprocess.run(["bash", str(ROOT / "scripts" / "build-bundle"), "--no-smoke"],
                            cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert EXE.is_file()
    return BUNDLE


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("PYTHON", "VIRTUAL_ENV", "JUDGEPANEL_"))}
    # No Python of ours on the PATH: the bundle must not need one.
    clean["PATH"] = "/usr/bin:/bin"
    clean.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
                 XDG_DATA_HOME=str(tmp_path / "data"))
    return clean


def _run(env: dict[str, str], *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, env=env,
                          timeout=timeout, cwd=EXE.parent.parent)


def test_bundle_carries_what_it_needs(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "resources" / "i18n" / "zh_HK" / "main_window.qm").is_file()
    assert (internal / "resources" / "icons" / "judgepanel-256.png").is_file()
    assert (internal / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    versions = internal / "judgepanel" / "db" / "migrations" / "versions"
    shipped = sorted(p.name for p in versions.glob("[0-9]*.py"))
    source = sorted(p.name for p in (ROOT / "judgepanel" / "db" / "migrations" / "versions")
                    .glob("[0-9]*.py"))
    assert shipped == source and shipped
    assert list(internal.glob("pypdfium2_raw/*pdfium*"))
    assert (bundle / "install-desktop-entry").is_file()


def test_version_and_smoke_test(bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    version = _run(env, "--version")
    assert version.returncode == 0 and version.stdout.startswith("judgepanel ")
    for lang in ("en", "zh_HK"):
        db = tmp_path / f"smoke-{lang}.db"
        result = _run(env, "--smoke-test", "--db", str(db), "--lang", lang)
        assert result.returncode == 0, result.stderr
        timings = json.loads(result.stdout.strip().splitlines()[-1])
        assert timings["language"] == lang
        assert timings["first_paint_ms"] > 0 and timings["interactive_ms"] > 0
        assert db.is_file()  # created, migrated (scripts from the bundle) and the demo loaded


def test_sign_and_verify_a_sheet_with_the_bundle(bundle: Path, env: dict[str, str],
                                                  tmp_path: Path, score_all) -> None:
    from judgepanel.db.engine import open_database
    from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE

    db_path = tmp_path / "chair.db"
    assert _run(env, "demo", "--db", str(db_path)).returncode == 0
    db = open_database(db_path)
    score_all(db, 3)
    db.close()
    (tmp_path / "pw.txt").write_text(DEMO_JUDGE_PASSPHRASE + "\n")
    sheet = tmp_path / "sheet.pdf"
    signed = _run(env, "sheet", "--db", str(db_path), "--judge", "3", "--out", str(sheet),
                  "--sign", "--passphrase-file", str(tmp_path / "pw.txt"))
    assert signed.returncode == 0, signed.stderr
    trust = tmp_path / "panel.pem"
    assert _run(env, "authority", "export-trust", "--db", str(db_path), "--out",
                str(trust)).returncode == 0
    verified = _run(env, "verify", str(sheet), "--trust", str(trust))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(sheet)], capture_output=True, text=True).stdout
        assert "WenQuanYiMicroHei" in fonts


@pytest.mark.postgresql
def test_bundle_uses_a_postgresql_server(bundle: Path, env: dict[str, str],
                                         pg_database: str) -> None:
    loaded = _run(env, "demo", "--db", pg_database)
    assert loaded.returncode == 0, loaded.stderr
    judges = _run(env, "judges", "--db", pg_database)
    assert judges.returncode == 0 and len(judges.stdout.strip().splitlines()) == 7
