"""``judgepanel demo --full DIR``: the whole year end to end, checked from the outside."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from judgepanel.__main__ import main
from judgepanel.domain.errors import ConflictError
from judgepanel.services.demo_full import run_demo_full
from judgepanel.services.recompute import recompute_paths


def test_the_whole_year_runs_end_to_end(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "year"
    assert main(["demo", "--full", str(folder)]) == 0
    text = capsys.readouterr().out
    assert "Award winners:" in text and "chair-demo-2003" in text

    assert (folder / "chair.db").exists() and (folder / "panel.pem").exists()
    kits = sorted((folder / "kits").glob("*.jpkit"))
    judges = sorted((folder / "judges").glob("*.db"))
    sheets = sorted((folder / "sheets").glob("*.pdf"))
    assert len(kits) == len(judges) == len(sheets) == 7
    for name in ("results.pdf", "results.xlsx", "results.csv"):
        assert (folder / name).stat().st_size > 1000
    assert (folder / "results.csv").read_bytes().startswith(b"\xef\xbb\xbf")

    # Each judge's database came from that judge's kit and holds only that judge's marks,
    # all on the scale's steps; the recused judge has none for the conflicted finalist.
    recused = 0
    for path in judges:
        con = sqlite3.connect(path)
        role = con.execute("SELECT value FROM app_settings WHERE key = 'role'").fetchone()[0]
        judge_count = con.execute("SELECT count(*) FROM judges").fetchone()[0]
        values = [Decimal(v) for (v,) in con.execute("SELECT value FROM scores")]
        conflicts = con.execute("SELECT count(*) FROM conflicts_of_interest").fetchone()[0]
        con.close()
        assert role == "judge" and judge_count == 1
        assert len(values) == 3 * (8 - conflicts)
        assert all(0 <= v <= 10 and (v * 2) % 1 == 0 for v in values)
        assert len(set(values)) > 3  # plausible, varied marks
        recused += conflicts
    assert recused == 1

    # Anyone with the sheets and the panel's certificate can check the result.
    report = recompute_paths(folder / "results.pdf", [folder / "sheets"],
                             [folder / "panel.pem"])
    assert report.matches and len(report.used_sheets) == 7, report

    with pytest.raises(ConflictError, match="not empty"):
        run_demo_full(folder)
