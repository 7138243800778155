"""The results from the command line: consolidate (import, method, report, exports), the
chair's casting vote and credential, paper entry, and recompute from the sheets alone."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from judgepanel.__main__ import main


@pytest.fixture
def chair(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "chair.db"
    shutil.copyfile(demo_template, path)
    (tmp_path / "ca.txt").write_text("panel-demo-2003\n")
    (tmp_path / "chair.txt").write_text("chair-test-2003\n")
    return path


def _usb(tmp_path: Path, sheets) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir()
    for sheet in (*sheets.sheets, sheets.other_competition):
        shutil.copyfile(sheet, usb / sheet.name)
    return usb


def test_consolidate_then_recompute(tmp_path: Path, chair: Path, sheets, capsys) -> None:
    usb = _usb(tmp_path, sheets)
    out, xlsx, csv = tmp_path / "results.pdf", tmp_path / "results.xlsx", tmp_path / "r.csv"
    assert main(["chair-credential", "--db", str(chair), "--name", "Mrs. Susan Lam",
                 "--name-zh", "林淑芬女士", "--ca-passphrase-file", str(tmp_path / "ca.txt"),
                 "--passphrase-file", str(tmp_path / "chair.txt")]) == 0
    capsys.readouterr()
    args = ["consolidate", "--db", str(chair), str(usb), "--out", str(out), "--xlsx", str(xlsx),
            "--csv", str(csv), "--passphrase-file", str(tmp_path / "chair.txt")]
    assert main(args) == 1  # HKPO and HKPF tie at the cut: the chair must decide first
    text = capsys.readouterr().out
    assert text.count("IMPORTED") == 7 and "REJECTED    other-competition.pdf" in text
    assert "another competition" in text
    assert "Method fixed: mean" in text and "tied at the cut: HKPF, HKPO" in text
    assert "casting-vote --order HKPF,HKPO" in text and not out.exists()
    assert csv.exists() and xlsx.exists()

    assert main(["casting-vote", "--db", str(chair), "--order", "HKPO,HKPF", "--reason",
                 "HKPO's presentation was the stronger"]) == 0
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "DUPLICATE" in text and "Wrote the signed results report" in text
    assert "Immigration Department, Fire Services Department, Hongkong Post" in text

    trust = tmp_path / "panel.pem"
    assert main(["authority", "export-trust", "--db", str(chair), "--out", str(trust)]) == 0
    capsys.readouterr()
    assert main(["recompute", str(out), str(usb), "--trust", str(trust)]) == 0
    text = capsys.readouterr().out
    assert "RESULT: MATCH" in text and "Sheets used:      7" in text
    assert "ignored" in text and "other-competition.pdf" in text
    # Values read as decimals, the exact fraction beside only those the rounding changed.
    ranking = text.split("Rebuilt ranking:\n")[1].split("RESULT")[0].splitlines()
    assert len(ranking) == 8
    for line in ranking:
        assert re.fullmatch(r"\s+\d+\s+[A-Z]+\s+\d+(\.\d\d)?( \(exactly \d+/\d+\))?",
                            line), line
    assert any("exactly" in line for line in ranking)

    (usb / "judge4.pdf").unlink()
    assert main(["recompute", str(out), str(usb), "--trust", str(trust)]) == 1
    text = capsys.readouterr().out
    assert "MISSING judge4.pdf" in text and "RESULT: NO MATCH" in text

    damaged = bytearray(out.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    (tmp_path / "damaged.pdf").write_bytes(bytes(damaged))
    status = main(["recompute", str(tmp_path / "damaged.pdf"), str(usb), "--trust", str(trust)])
    assert status == 1
    assert "MATCH —" not in capsys.readouterr().out


def test_recompute_notices_results_from_other_sheets(tmp_path: Path, chair: Path, sheets,
                                                     capsys) -> None:
    """A report built with judge 2's amended sheet is not matched by the original sheets."""
    usb = _usb(tmp_path, sheets)
    shutil.copyfile(sheets.amended, usb / "judge2-rev2.pdf")
    out = tmp_path / "results.pdf"
    main(["chair-credential", "--db", str(chair), "--name", "Chair",
          "--ca-passphrase-file", str(tmp_path / "ca.txt"),
          "--passphrase-file", str(tmp_path / "chair.txt")])
    main(["consolidate", "--db", str(chair), str(usb), "--out", str(out), "--method", "median",
          "--passphrase-file", str(tmp_path / "chair.txt")])
    text = capsys.readouterr().out
    if not out.exists():  # a tie at the cut under this method: decide it, then sign
        order = text.split("--order ")[1].split()[0]
        main(["casting-vote", "--db", str(chair), "--order", order, "--reason",
              "Decided by the chair"])
        assert main(["consolidate", "--db", str(chair), "--out", str(out),
                     "--passphrase-file", str(tmp_path / "chair.txt")]) == 0
    capsys.readouterr()
    (usb / "judge2-rev2.pdf").unlink()
    assert main(["recompute", str(out), str(usb)]) == 1
    text = capsys.readouterr().out
    assert "MISSING judge2-rev2.pdf" in text and "No --trust certificate" in text
    assert main(["consolidate", "--db", str(chair), "--out", str(out), "--method", "mean",
                 "--passphrase-file", str(tmp_path / "chair.txt")]) == 1
    assert "already fixed (median)" in capsys.readouterr().err


def test_paper_entry_from_the_command_line(tmp_path: Path, chair: Path, capsys) -> None:
    base = ["paper-entry", "--db", str(chair), "--judge", "7", "--finalist", "immd",
            "--mark", "service_quality=8", "--mark", "efficiency=7.5",
            "--mark", "cost_effectiveness=9"]
    assert main([*base, "--clerk", "1", "--clerk-name", "Clerk Wong"]) == 0
    assert "other clerk" in capsys.readouterr().out
    assert main([*base, "--clerk", "2", "--clerk-name", "Clerk Lee"]) == 0
    assert "accepted" in capsys.readouterr().out
    assert main([*base[:-2], "--clerk", "2", "--clerk-name", "Clerk Lee"]) == 1
    assert "Type the mark for Cost-effectiveness" in capsys.readouterr().err
