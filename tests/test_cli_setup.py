"""The set-up commands for scripting: entrants import, votes import, shortlist, schedule."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from judgepanel.__main__ import main

ENTRANTS = (
    "code,name_en,name_zh,category\n"
    "AA,Alpha Department,甲部門,department\n"
    "BB,Beta Department,乙部門,department\n"
    "CC,Gamma Department,丙部門,department\n"
    "DD,Delta Department,丁部門,department\n"
)


@pytest.fixture
def demo(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.fixture
def fresh(tmp_path: Path) -> tuple[Path, int]:
    """A database with one competition and no entrants yet (set up through the services)."""
    from judgepanel.db.engine import open_database
    from judgepanel.domain.model import Bilingual
    from judgepanel.domain.setup import CompetitionInput
    from judgepanel.services.setup import SetupServices

    path = tmp_path / "fresh.db"
    db = open_database(path)
    try:
        cid = SetupServices.from_database(db).competitions.create_competition(CompetitionInput(
            Bilingual("Award 2004", "2004年度獎"), "2004", Bilingual("Award", "獎"),
            finalist_count=2, public_award_count=1)).id
    finally:
        db.close()
    return path, cid


def _record_scores(path: Path, cid: int, scores: dict[str, str]) -> None:
    from judgepanel.db.engine import open_database
    from judgepanel.services.setup import SetupServices

    db = open_database(path)
    try:
        services = SetupServices.from_database(db)
        for e in services.entrants.entrants(cid):
            services.preliminary.record(cid, e.id, submission=scores[e.code],
                                        site_visit=scores[e.code])
    finally:
        db.close()


def test_full_set_up_from_scripts(fresh, tmp_path: Path, capsys) -> None:
    path, cid = fresh
    entrants = tmp_path / "entrants.csv"
    entrants.write_bytes(b"\xef\xbb\xbf" + ENTRANTS.encode())
    assert main(["entrants", "import", str(entrants), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Imported 4 entrants from {entrants}:")
    assert "AA         Alpha Department / 甲部門 (department)" in out

    _record_scores(path, cid, {"AA": "90", "BB": "80", "CC": "80", "DD": "60"})
    votes = tmp_path / "votes.csv"
    votes.write_text("code,votes\nAA,100\nBB,50\nCC,50\nDD,0\n", encoding="utf-8")
    assert main(["votes", "import", str(votes), "--db", str(path), "--sample-size",
                 "1000"]) == 0
    out = capsys.readouterr().out
    assert "Imported the tallies of 4 entrants" in out and "200 votes from a sample of 1000" in out
    assert "   1  AA           100  10.00%   1.86%  Alpha Department  [awarded]" in out

    assert main(["shortlist", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Formula: Composite = 40% × self-nomination submission (scored out of 100)" in out
    assert "   1  AA            90.00      90.00  100.00     92.00  Alpha Department  [finalist]" \
        in out
    assert "   2  BB            80.00      80.00   50.00     74.00  Beta Department  " \
        "[TIED AT CUT]" in out
    assert "Tie at the cut: BB, CC are tied for the last 1 place(s)." in out
    assert "The chair must decide" in out
    assert "not confirmed yet" in out

    # Confirming with the tie undecided is refused, cleanly.
    assert main(["shortlist", "--db", str(path), "--confirm"]) == 1
    err = capsys.readouterr().err
    assert "BB, CC are tied at the last finalist place" in err and "Traceback" not in err

    assert main(["shortlist", "--db", str(path), "--decide", "CC"]) == 1
    assert "--decide needs --reason" in capsys.readouterr().err
    assert main(["shortlist", "--db", str(path), "--decide", "CC", "--reason",
                 "Stronger site visit evidence", "--confirm"]) == 0
    out = capsys.readouterr().out
    assert "Chair's decision: CC go through — Stronger site visit evidence" in out
    assert "Confirmed finalists: 1. AA, 2. CC" in out


def test_bad_entrants_file_lists_every_line(fresh, tmp_path: Path, capsys) -> None:
    path, _cid = fresh
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name_en,name_zh,category\nAA,Alpha,甲,department\nAA,Again,再,team\n"
                   "BB,,乙,department\n", encoding="utf-8")
    assert main(["entrants", "import", str(bad), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "judgepanel entrants: bad.csv was refused and nothing was imported. Problems found: 2.",
        "  Line 3, column code: The code AA is already used on line 2.",
        "  Line 4, column name_en: The entrant's English name cannot be empty.",
    ]
    assert main(["entrants", "import", str(tmp_path / "none.csv"), "--db", str(path)]) == 1
    assert "There is no file" in capsys.readouterr().err


def test_votes_import_refusals(demo, tmp_path: Path, capsys) -> None:
    votes = tmp_path / "votes.csv"
    votes.write_text("code,votes\nIMMD,611\nIMMD,3\nNOPE,1\n", encoding="utf-8")
    assert main(["votes", "import", str(votes), "--db", str(demo)]) == 1
    err = capsys.readouterr().err
    assert "Line 3, column code: Entrant IMMD already has votes on line 2." in err
    assert "Line 4, column code: There is no entrant with the code NOPE" in err
    assert "sample size (households interviewed) is not given" in err
    assert "There is no row for 22 entrants" in err


def test_demo_shortlist_and_votes_views(demo, capsys) -> None:
    assert main(["shortlist", "--db", str(demo)]) == 0
    out = capsys.readouterr().out
    assert "Confirmed finalists: 1. IMMD, 2. FSD, 3. HKPO, 4. HKPF, 5. LCSD, 6. HKO, 7. IRD, " \
           "8. CSD" in out
    assert "---- cut: top 8 ----" in out
    assert main(["shortlist", "--db", str(demo), "--confirm"]) == 1
    assert "already confirmed" in capsys.readouterr().err


def test_commands_need_a_competition(tmp_path: Path, capsys) -> None:
    assert main(["shortlist", "--db", str(tmp_path / "empty.db")]) == 1
    assert "has no competition yet" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_schedule_pdf(demo, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "schedule.pdf"
    assert main(["schedule", "--db", str(demo), "--out", str(out_file)]) == 0
    assert capsys.readouterr().out == (
        f"Wrote the schedule of 8 presentations to {out_file}.\n")
    text = subprocess.run(["pdftotext", str(out_file), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    for name in ("Leisure and Cultural Services Department", "Inland Revenue Department",
                 "Hongkong Post", "Correctional Services Department", "Fire Services Department",
                 "Hong Kong Observatory", "Immigration Department", "Hong Kong Police Force"):
        assert name in flat
