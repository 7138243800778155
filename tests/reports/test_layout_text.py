"""Plain text blocks (layout.Text) print exactly as ReportLab's markup paragraph prints them.

Each document is built twice, once with :class:`Text` and once with ReportLab's own Paragraph
of the same markup, and the two are rendered by poppler and compared pixel for pixel.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus import Paragraph as ReportLabParagraph

from judgepanel.reports.layout import (
    CONTENT_WIDTH,
    MARGIN_X,
    Decor,
    Meta,
    Text,
    build_pdf,
    data_table,
    markup,
    styles,
)

META = Meta(title="Text test", author="JudgePanel tests", subject="layout",
            created=datetime(2003, 1, 18, 10, tzinfo=UTC))
DECOR = Decor(header_left="Header 頁首", header_right="Right 右", footer_left="Footer 頁尾")

LONG = ("The front-line staff explained the new licensing procedure patiently and in plain "
        "language, 前線職員耐心地以淺白語言解釋新的領牌程序，並主動提供協助。") * 3

#: (lines, style name): short texts that fit, and texts that must fall back to ReportLab.
CASES: list[tuple[list[tuple[str, ...]], str]] = [
    ([("Service quality",), ("服務質素",)], "cell"),
    ([("Weight",), ("比重",)], "head"),
    ([("40%",)], "cell_right"),
    ([("Total /100",), ("總分",)], "head_right"),
    ([("Scores by finalist", "各入圍部門評分")], "heading"),
    ([("Recused — conflict of interest / 因利益衝突避席",)], "alert"),
    ([("A & B <c> \"quoted\" 'single'",)], "cell"),
    ([("centred 置中",)], "cell_center"),
    ([("Comment:" + LONG,)], "cell"),  # wraps: ReportLab's CJK line breaker
    ([("two  spaces and a\ttab ",)], "cell"),  # the parser collapses these
    ([("line one\nline two\n\nafter a blank line",)], "cell"),
    ([("no\u00a0break", "")], "cell"),
    ([("",)], "cell"),
    ([("soft\u00adhyphen",)], "mono"),
]


def _markup(lines: list[tuple[str, ...]]) -> str:
    return "<br/>".join("&nbsp;&nbsp;".join(markup(part) for part in line) for line in lines)


def _story(make: type[Flowable] | None) -> list[Flowable]:
    st = styles()

    def block(lines: list[tuple[str, ...]], style_name: str) -> Flowable:
        style = getattr(st, style_name)
        if make is None:
            return Text.of(lines, style)
        return ReportLabParagraph(_markup(lines), style)

    rows = [[block(lines, name), "plain string after it", block([("R",)], "cell_right")]
            for lines, name in CASES]
    story: list[Flowable] = [block([("Heading", "標題")], "heading")]
    story.append(data_table(rows, [CONTENT_WIDTH - 80 * mm, 50 * mm, 30 * mm], header_rows=0))
    story.append(Spacer(1, 180 * mm))
    # Long enough to be split across the page break.
    story.append(block([(LONG,), (LONG,), (LONG,), (LONG,)], "body"))
    story.append(block([("The end 完",)], "body"))
    return story


def _render(pdf: bytes, folder: Path) -> list[Image.Image]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    folder.mkdir()
    source = folder / "document.pdf"
    source.write_bytes(pdf)
    subprocess.run([tool, "-r", "110", "-png", str(source), str(folder / "page")], check=True,
                   timeout=120)
    return [Image.open(path).convert("RGB") for path in sorted(folder.glob("page-*.png"))]


def test_text_prints_exactly_as_the_markup_paragraph(tmp_path: Path, pdf_text, pdf_info) -> None:
    ours = build_pdf(_story(None), meta=META, decor=DECOR)
    reportlab = build_pdf(_story(ReportLabParagraph), meta=META, decor=DECOR)
    assert int(pdf_info(ours)["Pages"]) == int(pdf_info(reportlab)["Pages"]) >= 2
    assert pdf_text(ours) == pdf_text(reportlab)
    for number, (mine, theirs) in enumerate(
            zip(_render(ours, tmp_path / "ours"), _render(reportlab, tmp_path / "rl"),
                strict=True), start=1):
        assert ImageChops.difference(mine, theirs).getbbox() is None, f"page {number} differs"


def test_text_that_fits_takes_a_line_per_line_and_long_text_wraps_in_its_cell(
        pdf_words) -> None:
    st = styles()
    short = Text.of([("Service quality",), ("服務質素",)], st.cell)
    assert short.wrap(100, 1000) == (100, 2 * st.cell.leading)
    long = Text.of([(LONG,)], st.cell)
    _width, height = long.wrap(200, 1000)
    assert height > 3 * st.cell.leading
    pdf = build_pdf([data_table([[long]], [200])], meta=META, decor=DECOR)
    words = [w for w in pdf_words(pdf) if "front-line" in w.text or "patiently" in w.text]
    assert len(words) == 6
    assert all(w.x_min > MARGIN_X and w.x_max < MARGIN_X + 200 for w in words)
