"""The score sheet PDF, read back with real poppler tools."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from judgepanel.domain.errors import ValidationError
from judgepanel.domain.sheet_payload import parse_payload, to_payload_bytes
from judgepanel.reports.layout import MARGIN_X, PAGE_SIZE
from judgepanel.reports.score_sheet import build_score_sheet_pdf


@pytest.fixture(scope="module")
def sheet_pdf(samples) -> bytes:
    return build_score_sheet_pdf(samples.make_sheet())


@pytest.fixture(scope="module")
def amended_pdf(samples) -> bytes:
    return build_score_sheet_pdf(samples.make_amended_sheet())


def _pages(info: dict[str, str]) -> int:
    return int(info["Pages"])


def test_text_has_chinese_and_english_names_and_page_numbers(samples, sheet_pdf, pdf_text):
    text = pdf_text(sheet_pdf)
    for name in ("入境事務處", "香港警務處", "消防處", "康樂及文化事務署", "香港天文台",
                 "Immigration Department", "Hong Kong Police Force"):
        assert name in text
    assert samples.JUDGE.name_en in text and samples.JUDGE.name_zh in text
    assert "Professional body" in text and "專業團體" in text
    assert "Outstanding Customer Service Award" in text and "傑出顧客服務獎" in text
    assert "公務員顧客服務獎勵計劃" in text
    for criterion in ("Service quality", "服務質素", "Efficiency", "工作效率",
                      "Cost-effectiveness", "成本效益"):
        assert criterion in text
    assert "Page 1 of" in text and "第 1 頁" in text


def test_every_page_is_numbered_out_of_the_total(sheet_pdf, pdf_text, pdf_info):
    pages = _pages(pdf_info(sheet_pdf))
    assert 3 <= pages <= 6
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages} / 第 {page} 頁，共 {pages} 頁" in pdf_text(sheet_pdf, page)


def test_cjk_font_is_embedded_and_nothing_is_not(sheet_pdf, pdf_fonts):
    fonts = pdf_fonts(sheet_pdf)
    assert fonts
    assert all(f["emb"] == "yes" for f in fonts), fonts
    assert any("WenQuanYiMicroHei" in f["name"] for f in fonts)
    assert all(f["type"].startswith("TrueType") for f in fonts), fonts
    assert not any("Helvetica" in f["name"] or "MSung" in f["name"] for f in fonts)


def test_metadata_names_the_judge_and_the_creator(sheet_pdf, pdf_info):
    info = pdf_info(sheet_pdf)
    assert info["Author"] == "Dr CHEUNG Wai-man 張慧敏博士"
    assert "張慧敏博士" in info["Title"] and "Score sheet" in info["Title"]
    assert info["Creator"] == "JudgePanel"
    assert "Outstanding Customer Service Award" in info["Subject"]
    assert "2003" in info["CreationDate"]


def test_scores_and_totals_printed_match_the_payload(samples, sheet_pdf, pdf_text):
    text = pdf_text(sheet_pdf)
    sheet = parse_payload(to_payload_bytes(samples.make_sheet()))
    for finalist in sheet.finalists:
        if finalist.weighted_total is not None:
            assert f"{finalist.weighted_total:.2f} / 100" in text
    assert "9 / 10" in text and "7.5 / 10" in text
    assert "40%" in text and "30%" in text


def test_recused_finalist_is_marked_with_its_reason(sheet_pdf, pdf_text):
    text = pdf_text(sheet_pdf)
    assert "Recused — conflict of interest" in text
    assert "因利益衝突避席" in text
    assert "Spouse is a senior manager at Hongkong Post." in text


def test_signature_block(sheet_pdf, pdf_text):
    text = pdf_text(sheet_pdf)
    assert "Certificate fingerprint" in text
    assert "3E1F 0C27 A9D8 4B65" in text  # fingerprint in groups of four
    assert "2003-03-14 17:35 HKT" in text
    assert "5f3c9a7e2b8d4c1a9e6f0b2d7c4a8e1f" in text
    assert "Signature of judge" in text and "評判簽署" in text


def test_revision_one_has_no_history(sheet_pdf, pdf_text):
    assert "Revision history" not in pdf_text(sheet_pdf)


def test_revision_two_shows_amendment_and_history(amended_pdf, pdf_text):
    text = pdf_text(amended_pdf)
    assert "Amended sheet — revision 2" in text
    assert "Revision history" in text and "修訂紀錄" in text
    assert "Superseded" in text and "已被取代" in text
    assert "were transposed when copied" in text
    assert "4C2A 4C2A" in text  # the superseded revision's SHA-256
    assert "Revision 修訂版本 2" in text


def test_long_comments_wrap_inside_the_page(samples, pdf_words):
    sheet = samples.make_sheet()
    first = sheet.finalists[0]
    huge = (samples.LONG_COMMENT + "\n") * 30 + "Unbroken" * 200 + " END-OF-COMMENT"
    scores = (replace(first.scores[0], comment=huge),
              replace(first.scores[1], comment=samples.LONG_COMMENT), *first.scores[2:])
    sheet = replace(sheet, finalists=(replace(first, scores=scores, overall_comment=huge),
                                      *sheet.finalists[1:]))
    pdf = build_score_sheet_pdf(sheet)
    words = pdf_words(pdf)
    width = PAGE_SIZE[0]
    outside = [w for w in words if w.x_min < MARGIN_X - 2 or w.x_max > width - MARGIN_X + 2]
    assert not outside, outside[:5]
    assert sum("END-OF-COMMENT" in w.text for w in words) == 2


def test_two_hundred_finalists_build(samples, pdf_info, pdf_text):
    pdf = build_score_sheet_pdf(samples.make_large_sheet(200))
    pages = _pages(pdf_info(pdf))
    assert 40 <= pages <= 120
    last = pdf_text(pdf, pages)
    assert f"Page {pages} of {pages}" in last


def test_cost_grows_linearly_with_finalists(samples):
    build_score_sheet_pdf(samples.make_sheet())  # fonts registered, modules warm

    def seconds(count: int) -> float:
        sheet = samples.make_large_sheet(count)
        start = time.perf_counter()
        build_score_sheet_pdf(sheet)
        return time.perf_counter() - start

    small = min(seconds(40) for _ in range(3))
    large = min(seconds(160) for _ in range(2))
    # Four times the finalists: linear work takes about 4x; quadratic would take 16x.
    assert large < small * 8, (small, large)


def test_drawn_signature_is_printed(samples, pdf_images):
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (400, 120), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(10, 100), (120, 20), (260, 90), (390, 30)], fill="navy", width=5)
    png = io.BytesIO()
    image.save(png, "PNG")
    pdf = build_score_sheet_pdf(samples.make_sheet(), drawn_signature_png=png.getvalue())
    assert len(pdf_images(pdf)) >= 1
    assert pdf_images(build_score_sheet_pdf(samples.make_sheet())) == []


@pytest.mark.parametrize("data", [b"not a png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40])
def test_bad_drawn_signature_is_refused(samples, data: bytes):
    with pytest.raises(ValidationError):
        build_score_sheet_pdf(samples.make_sheet(), drawn_signature_png=data)


def test_output_is_deterministic(samples):
    first = build_score_sheet_pdf(samples.make_sheet())
    assert build_score_sheet_pdf(samples.make_sheet()) == first


def test_hostile_text_is_escaped(samples, pdf_text):
    sheet = samples.make_sheet()
    first = sheet.finalists[0]
    nasty = "<b>bold?</b> & <font size=99>x</font> \x00\x07 <br/> end"
    sheet = replace(sheet, finalists=(replace(first, overall_comment=nasty),
                                      *sheet.finalists[1:]))
    text = pdf_text(build_score_sheet_pdf(sheet))
    assert "<b>bold?</b> & <font size=99>x</font>" in text


def test_incomplete_and_empty_sheets_still_print(samples, pdf_text):
    sheet = samples.make_sheet()
    first = sheet.finalists[0]
    partial = replace(first, scores=(replace(first.scores[0], value=None),), weighted_total=None)
    text = pdf_text(build_score_sheet_pdf(replace(sheet, finalists=(partial,))))
    assert "Not scored" in text and "Incomplete" in text
    assert "Page 1 of" in pdf_text(build_score_sheet_pdf(replace(sheet, finalists=())))


def test_importing_the_package_does_not_import_reportlab():
    code = ("import sys, judgepanel, judgepanel.reports, judgepanel.domain.documents, "
            "judgepanel.domain.sheet_payload; print('reportlab' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
