"""The "Public vote" and "Shortlist" pages: flags, the chair's decisions through dialogs, the
import dialog, the formula dialog, confirming and resetting the finalists."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from judgepanel.domain.model import Bilingual
from judgepanel.domain.setup import CompetitionInput
from judgepanel.ui.setup_workspace import SetupWorkspace


@pytest.fixture
def workspace(qtbot, demo_db):
    w = SetupWorkspace(demo_db)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def tied(workspace) -> int:
    """A second competition: four entrants, two finalist places, BB and CC tied for the second."""
    services = workspace.services
    cid = services.competitions.create_competition(CompetitionInput(
        Bilingual("Award 2004", "2004年度獎"), "2004", Bilingual("Award", "獎"),
        finalist_count=2, public_award_count=1)).id
    services.entrants.import_csv(cid, (
        "code,name_en,name_zh,category\nAA,Alpha,甲,department\nBB,Beta,乙,department\n"
        "CC,Gamma,丙,department\nDD,Delta,丁,department\n").encode())
    for e in services.entrants.entrants(cid):
        score = {"AA": "90", "BB": "80", "CC": "80", "DD": "60"}[e.code]
        services.preliminary.record(cid, e.id, submission=score, site_visit=score)
    services.votes.import_csv(cid, b"code,votes\nAA,100\nBB,50\nCC,50\nDD,0\n",
                              sample_size=1000)
    workspace.refresh()
    workspace.set_competition(cid)
    return cid


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _cell(model, row: int, column: int) -> str:
    return model.index(row, column).data()


# -- public vote ----------------------------------------------------------------------------------
def test_demo_vote_table_and_tie_flags(workspace) -> None:
    page = workspace.show_page(3)
    assert page.model.rowCount() == 23
    assert [_cell(page.model, 0, c) for c in range(8)] == [
        "1", "IMMD", "Immigration Department", "611", "13.58%", "± 1.00%", "12.58% – 14.58%",
        "Awarded"]
    assert _cell(page.model, 2, 7) == "Exact tie at the cut"
    assert _cell(page.model, 4, 7) == "Statistical tie at the cut"
    assert _cell(page.model, 5, 7) == ""
    assert page.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert page.tie_banner.isVisible()
    banner = page.tie_banner.text()
    assert "Exact tie at the cut: HKPF, HKPO" in banner
    assert "Statistical tie at the cut: the 95% intervals of HKPF, HKPO, HKO overlap" in banner
    assert "4,500 households interviewed, 4,246 votes (254 households did not vote)" in \
        page.summary.text()
    assert page.decide_button.isEnabled()


def test_chair_records_the_vote_decision(workspace, qtbot) -> None:
    page = workspace.show_page(3)
    qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert sorted(dialog.choices) == ["HKPF", "HKPO"]
    qtbot.keyClick(dialog.choices["HKPO"], Qt.Key.Key_Space)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.isVisible() and "cannot be empty" in dialog.message_box.text()
    dialog.message_box.close()
    qtbot.keyClicks(dialog.reason_edit, "More households named Hongkong Post first.")
    with qtbot.waitSignal(workspace.competition_changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Chair's decision of" in page.tie_banner.text()
    assert "HKPO — More households named Hongkong Post first." in page.tie_banner.text()
    awarded = [r.entrant.code for r in page.model.rows() if r.awarded]
    assert awarded == ["IMMD", "FSD", "HKPO"]


def test_import_through_the_dialog_and_refusal(workspace, qtbot, tmp_path: Path) -> None:
    workspace.services.shortlist.reset(workspace.competition_id, "Re-poll.")
    page = workspace.show_page(3)
    codes = [r.entrant.code for r in page.model.rows()]
    bad = tmp_path / "bad.csv"
    bad.write_text("code,votes\n" + "".join(f"{c},10\n" for c in codes[:-1]) + "NOPE,3\n"
                   + f"{codes[0]},-1\n", encoding="utf-8")
    page.import_votes(str(bad), 4500)
    box = page.message_box
    assert box.text() == "bad.csv was refused and nothing was imported. Problems found: 4."
    lines = box.informativeText().splitlines()
    assert lines[0] == "Line 24, column code: There is no entrant with the code NOPE in this " \
        "competition."
    assert lines[1].startswith("Line 25, column votes: The vote count -1 is negative.") or \
        lines[1].startswith("Line 25, column code:")
    assert lines[-1].startswith("File: There is no row for 1 entrants")
    assert page.model.rows()[0].votes == 611
    box.close()

    good = tmp_path / "good.csv"
    good.write_text("# sample_size: 2000\ncode,votes\n"
                    + "".join(f"{c},{50 + i}\n" for i, c in enumerate(codes)), encoding="utf-8")
    page._on_file_selected(str(good))
    dialog = page.dialog
    assert dialog.sample_size.value() == 2000
    with qtbot.waitSignal(workspace.competition_changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert page.status.text() == "Imported the tallies of 23 entrants from good.csv."
    assert "2,000 households interviewed" in page.summary.text()


# -- shortlist ------------------------------------------------------------------------------------
def test_demo_shortlist_page(workspace) -> None:
    page = workspace.show_page(4)
    assert page.formula_label.text().startswith("Composite = 40% × self-nomination submission")
    assert page.cut_label.text().startswith("The 8 finalists are confirmed: IMMD, FSD")
    assert not page.formula_button.isEnabled() and page.reset_button.isEnabled()
    assert _cell(page.model, 0, 6) == "89.60" and _cell(page.model, 7, 7) == "Finalist"
    assert _cell(page.model, 8, 7) == ""


def test_tie_decision_confirm_and_reset(workspace, tied, qtbot) -> None:
    page = workspace.show_page(4)
    assert page.tie_banner.isVisible()
    assert "Tie at the cut: BB, CC" in page.tie_banner.text()
    assert not page.confirm_button.isEnabled() and page.decide_button.isEnabled()
    assert [_cell(page.model, r, 7) for r in range(4)] == [
        "Finalist", "Tied at the cut", "Tied at the cut", ""]

    qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClick(dialog.choices["BB"], Qt.Key.Key_Space)
    qtbot.keyClick(dialog.choices["CC"], Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.reason_edit, "Both strong")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "admits 2 of the tied entrants, but 1 places are open" in dialog.message_box.text()
    dialog.message_box.close()
    qtbot.keyClick(dialog.choices["BB"], Qt.Key.Key_Space)  # untick BB
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "CC go through — Both strong" in page.tie_banner.text()
    assert _cell(page.model, 2, 7) == "Finalist (chair's decision)" or \
        _cell(page.model, 1, 7) == "Finalist (chair's decision)"

    assert page.confirm_button.isEnabled()
    with qtbot.waitSignal(workspace.competition_changed, timeout=2000):
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.cut_label.text().startswith("The 2 finalists are confirmed: AA, CC.")
    assert page.status.text() == "The finalists are confirmed."
    assert not page.formula_button.isEnabled()

    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.reason_edit, "Scores re-checked")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert page.cut_label.text() == "The top 2 become finalists. Not confirmed yet."
    assert page.formula_button.isEnabled()


def test_formula_dialog_previews_and_sets_the_formula(workspace, tied, qtbot) -> None:
    page = workspace.show_page(4)
    qtbot.mouseClick(page.formula_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    for edit, text in ((dialog.submission, "1"), (dialog.site_visit, "1"), (dialog.vote, "2")):
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(edit, text)
    assert dialog.preview.text() == (
        "Composite = 25% × self-nomination submission (scored out of 100) + 25% × site visit "
        "(scored out of 100) + 50% × public-vote share (relative to the highest share)")
    qtbot.keyClick(dialog.vote, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.vote, "-1")
    assert dialog.preview.text() == "A shortlist weight cannot be negative."
    qtbot.keyClick(dialog.vote, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.vote, "2")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert page.formula_label.text().startswith("Composite = 25% ×")
    # With votes counting for half, BB and CC are still tied (same votes and scores).
    assert page.tie_banner.isVisible()
