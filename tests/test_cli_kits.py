"""The kit workflow from the command line, as a secretariat script would run it."""

from __future__ import annotations

import shutil
from pathlib import Path

from judgepanel.__main__ import main
from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE, DEMO_PANEL_PASSPHRASE


def test_export_and_import_a_kit(tmp_path: Path, demo_template: Path, capsys) -> None:
    chair = tmp_path / "chair.db"
    shutil.copyfile(demo_template, chair)
    ca_pass = tmp_path / "ca.txt"
    ca_pass.write_text(DEMO_PANEL_PASSPHRASE + "\n")

    assert main(["judges", "--db", str(chair)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 7
    judge_id = lines[0].split("\t")[0]

    trust = tmp_path / "panel.pem"
    assert main(["authority", "export-trust", "--db", str(chair), "--out", str(trust)]) == 0
    assert trust.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")

    kit = tmp_path / "judge1.jpkit"
    assert main(["kit", "export", "--db", str(chair), "--judge", judge_id, "--out", str(kit),
                 "--ca-passphrase-file", str(ca_pass)]) == 0
    assert kit.stat().st_mode & 0o077 == 0

    laptop = tmp_path / "laptop.db"
    assert main(["kit", "import", str(kit), "--db", str(laptop), "--trust", str(trust)]) == 0
    out = capsys.readouterr().out
    assert "Imported the kit" in out and "8 finalists" in out
    assert main(["kit", "import", str(kit), "--db", str(laptop)]) == 0
    assert "Updated the kit" in capsys.readouterr().out

    assert main(["judges", "--db", str(laptop)]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 1


def test_refusals_are_one_clear_line(tmp_path: Path, demo_template: Path, capsys) -> None:
    chair = tmp_path / "chair.db"
    shutil.copyfile(demo_template, chair)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-the-passphrase\n")
    assert main(["kit", "export", "--db", str(chair), "--judge", "1", "--out",
                 str(tmp_path / "k.jpkit"), "--ca-passphrase-file", str(wrong)]) == 1
    err = capsys.readouterr().err
    assert "passphrase" in err and "Traceback" not in err
    assert not (tmp_path / "k.jpkit").exists()

    junk = tmp_path / "junk.jpkit"
    junk.write_bytes(b"\x00" * 100)
    assert main(["kit", "import", str(junk), "--db", str(tmp_path / "l.db"),
                 "--fingerprint", "ab"]) == 1
    assert "judge kit" in capsys.readouterr().err


def test_issue_credentials_for_every_judge(tmp_path: Path, demo_template: Path, capsys) -> None:
    chair = tmp_path / "chair.db"
    shutil.copyfile(demo_template, chair)
    ca_pass = tmp_path / "ca.txt"
    ca_pass.write_text(DEMO_PANEL_PASSPHRASE)
    judge_pass = tmp_path / "j.txt"
    judge_pass.write_text(DEMO_JUDGE_PASSPHRASE)
    assert main(["authority", "issue", "--db", str(chair), "--all", "--ca-passphrase-file",
                 str(ca_pass), "--judge-passphrase-file", str(judge_pass)]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 7
    assert main(["authority", "create", "--db", str(chair), "--passphrase-file",
                 str(ca_pass)]) == 1
    assert "only once" in capsys.readouterr().err
