"""The results report and its spreadsheet twins: bilingual pages, every section, embedded fonts,
large panels, and exports that Excel in Hong Kong opens correctly and never runs as formulas."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from judgepanel.domain.aggregation import Method
from judgepanel.domain.results import ResultsDocument
from judgepanel.reports.results_report import build_results_pdf
from judgepanel.services.consolidation import SheetImportService
from judgepanel.services.results import ResultsService
from judgepanel.services.results_export import csv_bytes, xlsx_bytes
from tests.services.results_helpers import (
    chair_copy,
    competition_id,
    populate_synthetic,
    sheet_set,
)


def _text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")


@pytest.fixture(scope="module")
def view(tmp_path_factory, demo_template):
    sheets = sheet_set(tmp_path_factory, demo_template)
    db = chair_copy(demo_template, tmp_path_factory.mktemp("report") / "chair.db")
    cid = competition_id(db)
    SheetImportService(db).import_paths(cid, [*sheets.sheets, sheets.other_competition])
    results = ResultsService(db)
    results.fix_method(cid, Method.MEAN, "Fixed at the first meeting")
    results.record_casting_decision(cid, ["HKPO", "HKPF"], "The panel preferred HKPO's plan")
    yield results.compute(cid)
    db.close()


@pytest.fixture(scope="module")
def pdf(view) -> bytes:
    return build_results_pdf(ResultsDocument(view, "Mrs. Susan Lam 林淑芬女士", "ab" * 32,
                                             "cd" * 32, datetime(2003, 1, 20, 2, tzinfo=UTC)))


def test_every_section_is_there_in_both_languages(pdf, view) -> None:
    text = _text(pdf)
    for heading in ("Awards", "獎項", "Order of merit", "名次", "Method and formula",
                    "計算方法及公式", "Judges × finalists", "評判 × 入圍部門",
                    "Agreement between judges", "Method comparison", "計算方法比較",
                    "Signed sheets used", "Exclusions", "未予採用的資料", "Signature", "簽署"):
        assert heading in text, heading
    assert "Immigration Department" in text and "入境事務處" in text
    assert "Kendall's W" in text and "肯德爾和諧係數" in text
    assert "another competition" in text  # the rejected file, with its reason
    assert "preferred HKPO" in text  # the casting decision and its reason
    first = view.sheets[0].sha256.upper()
    assert first[:4] in text and first[4:8] in text  # hashes printed in groups
    assert "judgepanel recompute results.pdf SHEETS_DIR" in text
    assert "Page 1 of" in text


def test_fonts_are_embedded(pdf, tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout
    fonts = out.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts), out


def test_the_same_results_give_the_same_bytes(view) -> None:
    document = ResultsDocument(view, "Chair", "ab" * 32, "cd" * 32,
                               datetime(2003, 1, 20, 2, tzinfo=UTC))
    assert build_results_pdf(document) == build_results_pdf(document)


def test_a_large_panel_fits_the_page(tmp_path: Path) -> None:
    path = tmp_path / "large.db"
    cid = populate_synthetic(path, 12, 15, 4)
    con = sqlite3.connect(path)
    con.execute("UPDATE entrants SET name_en = '=HYPERLINK(\"http://x\",\"click\")' "
                "WHERE code = 'D001'")
    con.commit()
    con.close()
    from judgepanel.db.engine import open_database

    db = open_database(path)
    try:
        view = ResultsService(db, public_vote=lambda _c: None).compute(cid)
    finally:
        db.close()
    pdf = build_results_pdf(ResultsDocument(view, "Chair", "", "",
                                            datetime(2003, 1, 20, tzinfo=UTC)))
    text = _text(pdf)
    assert "J12" in text and "J9" in text and "D015" in text
    assert text.count("Each judge's weighted total (out of 100)") == 1  # two tables, one heading

    rows = list(csv.reader(io.StringIO(csv_bytes(view).decode("utf-8-sig"))))
    assert len(rows) == 16 and rows[0][0].startswith("Position")
    hyperlink = next(r for r in rows if r[1] == "D001")
    assert hyperlink[2].startswith("'=HYPERLINK")  # text, never a formula

    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(xlsx_bytes(view)))
    sheet = book["Results 結果"]
    cells = [c for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert cells and all(c.data_type == "s" for c in cells)


def test_exports_carry_chinese_names_and_exact_values(view) -> None:
    data = csv_bytes(view)
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header, first = rows[0], rows[1]
    assert first[1] == "IMMD" and first[3] == "入境事務處"
    assert first[5] == "619/7"  # the exact mean
    assert any(h.startswith("J6") for h in header)
    csd = next(r for r in rows if r[1] == "CSD")
    assert "recused" in csd[header.index(next(h for h in header if h.startswith("J6")))]

    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(xlsx_bytes(view)))
    assert book.sheetnames == ["Results 結果", "Matrix 評分狀況", "Methods 方法比較",
                               "Agreement 一致程度", "Sheets 評分表", "Exclusions 未採用"]
    values = [c.value for row in book["Sheets 評分表"].iter_rows() for c in row]
    assert view.sheets[0].sha256 in values
