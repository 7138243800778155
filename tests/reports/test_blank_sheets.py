"""Paper score sheets, read back with real poppler tools."""

from __future__ import annotations

from dataclasses import replace

import pytest

from judgepanel.reports.blank_sheets import build_blank_sheets_pdf


@pytest.fixture(scope="module")
def blank_pdf(samples) -> bytes:
    return build_blank_sheets_pdf(samples.make_blank_set())


def test_one_page_per_judge_and_finalist(samples, blank_pdf, pdf_info):
    data = samples.make_blank_set()
    assert int(pdf_info(blank_pdf)["Pages"]) == len(data.judges) * len(data.finalists)


def test_sheets_carry_criteria_descriptions_and_rubric_descriptors(samples, blank_pdf, pdf_text):
    text = pdf_text(blank_pdf, 1)
    for criterion in samples.CRITERIA:
        assert criterion.name_en in text and criterion.name_zh in text
        for band in criterion.bands:
            assert band.descriptor_en in text
            assert band.descriptor_zh in text
    assert "How well the department knows its customers" in text
    assert "0–10 (step 0.5" in text
    assert "9–10" in text and "0–2" in text


def test_sheets_have_boxes_names_and_signature_line(samples, blank_pdf, pdf_text):
    text = pdf_text(blank_pdf, 1)
    assert samples.JUDGE.name_en in text and samples.JUDGE.name_zh in text
    assert "Immigration Department" in text and "入境事務處" in text
    assert text.count("Comments") == len(samples.CRITERIA)
    assert text.count("Score") >= len(samples.CRITERIA)
    assert "Overall comment" in text
    assert "Signature of judge" in text and "Date" in text
    assert "Page 1 of 6" in text


def test_conflicted_pair_is_clearly_marked_and_has_no_score_boxes(samples, blank_pdf, pdf_text):
    # Second judge, second finalist (HKPF) is conflicted: page 3 + 2 = 5.
    text = " ".join(pdf_text(blank_pdf, 5).split())
    assert samples.SECOND_JUDGE.name_zh in text and "香港警務處" in text
    assert "Recused — conflict of interest" in text and "因利益衝突避席" in text
    assert "Do not write scores on this page" in text
    assert "Comments" not in text
    assert "Recused" not in pdf_text(blank_pdf, 4)


def test_footer_names_each_sheet(blank_pdf, pdf_text):
    assert "Mr LEUNG Chi-keung 梁志強先生 — Fire Services Department 消防處 (3/3)" in pdf_text(
        blank_pdf, 6)


def test_fonts_are_embedded(blank_pdf, pdf_fonts):
    fonts = pdf_fonts(blank_pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert any("WenQuanYiMicroHei" in f["name"] for f in fonts)


def test_nothing_to_print_still_gives_a_page(samples, pdf_text):
    data = samples.make_blank_set()
    text = pdf_text(build_blank_sheets_pdf(replace(data, judges=())))
    assert "No judges or finalists" in text


def test_progress_is_reported_sheet_by_sheet(samples, pdf_info):
    data = samples.make_blank_set()
    heard: list[tuple[int, int, str]] = []
    pdf = build_blank_sheets_pdf(data, progress=lambda d, t, name: heard.append((d, t, name)),
                                 cancelled=lambda: False)
    sheets = len(data.judges) * len(data.finalists)
    assert int(pdf_info(pdf)["Pages"]) == sheets
    assert [d for d, _t, _n in heard] == list(range(sheets + 1))
    assert {t for _d, t, _n in heard} == {sheets}
    assert heard[0][2] == data.judges[0].name_en and heard[-1][2] == ""
    assert heard[len(data.finalists)][2] == data.judges[1].name_en


def test_a_cancelled_build_stops_at_the_next_sheet_and_returns_nothing(samples):
    from judgepanel.reports.blank_sheets import BlankSheetsCancelled

    heard: list[int] = []
    with pytest.raises(BlankSheetsCancelled):
        build_blank_sheets_pdf(samples.make_blank_set(),
                               progress=lambda d, _t, _n: heard.append(d),
                               cancelled=lambda: len(heard) >= 2)
    assert heard == [0, 1]  # the third sheet was never laid out
