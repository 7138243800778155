"""Score sheets from the command line: sign, verify (exit status), tamper, blank sheets."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from judgepanel.__main__ import main
from judgepanel.db.engine import open_database
from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE


@pytest.fixture
def chair(tmp_path: Path, demo_template: Path, score_all) -> Path:
    path = tmp_path / "chair.db"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    score_all(db, 1)
    db.close()
    return path


def test_sign_and_verify(tmp_path: Path, chair: Path, capsys) -> None:
    pw = tmp_path / "pw.txt"
    pw.write_text(DEMO_JUDGE_PASSPHRASE + "\n")
    out = tmp_path / "judge1.pdf"
    assert main(["sheet", "--db", str(chair), "--judge", "1", "--out", str(out), "--sign",
                 "--passphrase-file", str(pw)]) == 0
    assert "Signed revision 1" in capsys.readouterr().out
    assert list((chair.parent / "backups").glob("*.db")), "a snapshot follows every signing"
    trust = tmp_path / "panel.pem"
    assert main(["authority", "export-trust", "--db", str(chair), "--out", str(trust)]) == 0
    capsys.readouterr()

    assert main(["verify", str(out), "--trust", str(trust)]) == 0
    report = capsys.readouterr().out
    assert "RESULT: VALID" in report and "Integrity:          yes" in report

    assert main(["verify", str(out)]) == 1  # no trust root: not trusted, says how to fix
    assert "use --trust" in capsys.readouterr().out

    # Another panel's root, as a user runs it: the reason, and no library traceback.
    from judgepanel.signing.authority import PanelAuthority

    other = tmp_path / "other-panel.pem"
    other.write_bytes(PanelAuthority.create("Another panel", b"another-pass").cert_pem)
    result = subprocess.run([sys.executable, "-m", "judgepanel", "verify", str(out), "--trust",
                             str(other)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "does not chain to the panel" in result.stdout
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout

    tampered = tmp_path / "tampered.pdf"
    data = bytearray(out.read_bytes())
    data[len(data) // 4] ^= 0x20
    tampered.write_bytes(bytes(data))
    assert main(["verify", str(tampered), "--trust", str(trust)]) == 1
    assert "RESULT: NOT VALID" in capsys.readouterr().out

    assert main(["sheet", "--db", str(chair), "--judge", "1", "--out", str(out), "--sign",
                 "--passphrase-file", str(pw), "--amend-reason",
                 "Typo in the efficiency comment"]) == 0
    assert "Signed revision 2" in capsys.readouterr().out
    assert main(["verify", str(out), "--db", str(chair)]) == 0


def test_unsigned_preview_and_refusals(tmp_path: Path, chair: Path, capsys) -> None:
    out = tmp_path / "draft.pdf"
    assert main(["sheet", "--db", str(chair), "--judge", "1", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope-nope-nope")
    assert main(["sheet", "--db", str(chair), "--judge", "1", "--out", str(out), "--sign",
                 "--passphrase-file", str(wrong)]) == 1
    err = capsys.readouterr().err
    assert "passphrase" in err and "Traceback" not in err
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    assert main(["verify", str(junk)]) == 1
    assert "Traceback" not in capsys.readouterr().err
