"""Paper score sheets: one sheet per judge and finalist, to fill in by hand.

The paper fallback when a laptop fails, and what some judges prefer to write on during the
presentation. Each sheet carries the criteria with their descriptions and rubric bands, so a
judge marks against the same words the app shows, plus boxes for the scores and comments and a
signature line. Where a judge has declared a conflict of interest with a finalist, the sheet is
printed as a clearly marked recusal page with no score boxes, so the stack stays complete and
no one can score on it by mistake.

A whole panel's stack is judges × finalists sheets; the build reports, sheet by sheet, how far
it is and stops at the next sheet when asked to (raising :class:`BlankSheetsCancelled`), so a
window can show progress and a Cancel button. Nothing is written anywhere: the PDF is returned
only once it is complete.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from judgepanel.domain.documents import BlankSheetSet, CriterionInfo, EntrantInfo, JudgeInfo
from judgepanel.reports.layout import (
    CONTENT_WIDTH,
    INK,
    RULE,
    Decor,
    Meta,
    PageLabel,
    Styles,
    alert_box,
    bilingual,
    build_pdf,
    clip,
    data_table,
    fmt_number,
    info_table,
    label,
    markup,
    para,
    plain_table,
    scale_text,
    signature_lines,
    styles,
    title_block,
    weight_share,
)

__all__ = ["BlankSheetsCancelled", "SheetProgress", "build_blank_sheets_pdf"]

_SCORE_BOX = 34 * mm

#: ``progress(done, total, judge_name)``: ``done`` of the ``total`` sheets are laid out and the
#: next one is for ``judge_name`` (empty once all are done).
SheetProgress = Callable[[int, int, str], None]


class BlankSheetsCancelled(Exception):
    """The build stopped because ``cancelled()`` said so; no PDF was produced."""


class _Checkpoint(Flowable):
    """Zero-size marker at the start of a sheet: when ReportLab reaches it while laying the
    pages out, it reports progress and honours a cancel request."""

    def __init__(self, done: int, total: int, judge_name: str,
                 progress: SheetProgress | None, cancelled: Callable[[], bool] | None) -> None:
        super().__init__()
        self.done, self.total, self.judge_name = done, total, judge_name
        self._progress, self._cancelled = progress, cancelled

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise BlankSheetsCancelled()
        if self._progress is not None:
            self._progress(self.done, self.total, self.judge_name)


def build_blank_sheets_pdf(data: BlankSheetSet, *, progress: SheetProgress | None = None,
                           cancelled: Callable[[], bool] | None = None) -> bytes:
    """Every judge's paper sheets, judge by judge, finalists in the order given.

    ``progress`` hears of each sheet as it is laid out; ``cancelled()`` is asked before each
    sheet, and a true answer raises :class:`BlankSheetsCancelled` (no partial PDF)."""
    st = styles()
    total_weight = sum((c.weight for c in data.criteria), Decimal(0))
    criteria_blocks = [_criterion_block(i, c, total_weight, st)
                       for i, c in enumerate(data.criteria, start=1)]
    story: list[Flowable] = []
    count = len(data.finalists)
    sheets = len(data.judges) * count
    done = 0
    for judge in data.judges:
        judge_name = judge.name_en.strip() or judge.name_zh.strip()
        for number, entrant in enumerate(data.finalists, start=1):
            if story:
                story.append(PageBreak())
            if progress is not None or cancelled is not None:
                story.append(_Checkpoint(done, sheets, judge_name, progress, cancelled))
            conflicted = (judge.uid, entrant.code) in data.conflicts
            story += _sheet(data, judge, entrant, number, count, conflicted, criteria_blocks, st)
            done += 1
    if not story:
        story.append(Paragraph("No judges or finalists to print. 沒有評判或入圍部門。", st.body))
    comp = data.competition
    meta = Meta(
        title=f"Paper score sheets 評分表（紙本） — {comp.award_name_en} {comp.year_label}",
        author=f"{comp.scheme_en} {comp.scheme_zh}",
        subject=f"{comp.name_en} {comp.name_zh}: blank score sheets for "
        f"{len(data.judges)} judges × {count} finalists",
        created=datetime.now(UTC),
        keywords="JudgePanel blank score sheets",
    )
    decor = Decor(
        header_left=f"{comp.scheme_en} {comp.scheme_zh} {comp.year_label}",
        header_right="Paper score sheet 評分表（紙本）",
        footer_left="",
    )
    pdf = build_pdf(story, meta=meta, decor=decor)
    if cancelled is not None and cancelled():
        raise BlankSheetsCancelled()
    if progress is not None:
        progress(sheets, sheets, "")
    return pdf


def _sheet(data: BlankSheetSet, judge: JudgeInfo, entrant: EntrantInfo, number: int,
           count: int, conflicted: bool, criteria_blocks: list[list[Flowable]],
           st: Styles) -> list[Flowable]:
    judge_name = " ".join(p for p in (clip(judge.name_en), clip(judge.name_zh)) if p.strip())
    entrant_name = " ".join(p for p in (clip(entrant.name_en), clip(entrant.name_zh))
                            if p.strip())
    story: list[Flowable] = [
        PageLabel(f"{judge_name} — {entrant_name} ({number}/{count})"),
        *title_block(data.competition, "Score sheet", "評分表", st, scheme_line=False),
        info_table(
            [[label("Judge", "評判", st),
              Paragraph(f"{markup(clip(judge.name_en))}<br/>{markup(clip(judge.name_zh))}<br/>"
                        f"<font size='7'>{markup(clip(judge.affiliation_en))} "
                        f"{markup(clip(judge.affiliation_zh))}</font>", st.cell),
              label("Finalist", "入圍部門", st),
              Paragraph(f"{markup(clip(entrant.name_en))}<br/>{markup(clip(entrant.name_zh))}"
                        f"<br/><font size='7'>Presentation {number} of {count} · "
                        f"第 {number} 個介紹，共 {count} 個</font>", st.cell)]],
            [20 * mm, 67 * mm, 22 * mm, CONTENT_WIDTH - 109 * mm],
        ),
        Spacer(1, 3 * mm),
    ]
    if conflicted:
        story += [
            Spacer(1, 4 * mm),
            alert_box([
                Paragraph("Recused — conflict of interest&nbsp;&nbsp;因利益衝突避席",
                          st.alert_title),
                Paragraph(f"{markup(judge_name)} has declared a conflict of interest with this "
                          "finalist and does not score it. Do not write scores on this page.",
                          st.body),
                Paragraph(f"{markup(judge_name)} 已申報與此入圍部門有利益衝突，不會為其評分。"
                          "請勿在本頁填寫分數。", st.body),
            ]),
        ]
        return story
    for block in criteria_blocks:
        story.append(KeepTogether(block))
        story.append(Spacer(1, 2 * mm))
    story.append(_closing(st))
    return story


def _bands_table(criterion: CriterionInfo, st: Styles) -> Flowable:
    """The rubric: what each range of scores means, highest first, English and Chinese."""
    if not criterion.bands:
        return Paragraph("No rubric bands defined. 未有評分等級說明。", st.tiny)
    rows = [[
        para(f"{fmt_number(b.low)}–{fmt_number(b.high)}", st.tiny),
        para(clip(b.descriptor_en, 300), st.tiny),
        para(clip(b.descriptor_zh, 150), st.tiny),
    ] for b in sorted(criterion.bands, key=lambda b: b.low, reverse=True)]
    inner = CONTENT_WIDTH - 8
    range_w = 13 * mm
    en_w = (inner - range_w) * 0.56
    return plain_table(
        rows,
        [range_w, en_w, inner - range_w - en_w],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ],
    )


def _criterion_block(number: int, c: CriterionInfo, total_weight: Decimal,
                     st: Styles) -> list[Flowable]:
    """One criterion: heading, description, rubric bands, then a comment box and a score box."""
    head = Paragraph(
        f"{number}.&nbsp;&nbsp;{markup(clip(c.name_en))}&nbsp;&nbsp;{markup(clip(c.name_zh))}"
        f"<font size='8'>&nbsp;&nbsp;&nbsp;&nbsp;Weight 比重 "
        f"{weight_share(c.weight, total_weight)} · Scale 分數範圍 {markup(scale_text(c))}"
        f"</font>",
        st.subtitle,
    )
    description = bilingual(clip(c.description_en, 600), clip(c.description_zh, 300), st.tiny)
    score_box = [
        bilingual("Score", "分數", st.head, inline=True),
        Spacer(1, 6 * mm),
        para(f"/ {fmt_number(c.scale_max)}", st.cell_right),
    ]
    comment_box = [bilingual("Comments", "評語", st.head, inline=True), Spacer(1, 10 * mm)]
    table = data_table(
        [
            [head, ""],
            [description, ""],
            [_bands_table(c, st), ""],
            [comment_box, score_box],
        ],
        [CONTENT_WIDTH - _SCORE_BOX, _SCORE_BOX],
        header_rows=1,
        zebra=False,
        repeat_header=False,
        extra=[
            ("SPAN", (0, 0), (1, 0)),
            ("SPAN", (0, 1), (1, 1)),
            ("SPAN", (0, 2), (1, 2)),
            ("GRID", (0, 1), (-1, 2), 0, colors.white),
            ("LINEBELOW", (0, 1), (-1, 1), 0.3, RULE),
            ("LINEABOVE", (0, 3), (-1, 3), 0.6, RULE),
            ("BOX", (1, 3), (1, 3), 1.6, INK),
        ],
    )
    return [table]


def _closing(st: Styles) -> Flowable:
    """The overall comment box beside the signature and date lines."""
    box = data_table(
        [[[bilingual("Overall comment", "總評", st.head, inline=True), Spacer(1, 19 * mm)]]],
        [CONTENT_WIDTH - 72 * mm],
        header_rows=0,
        zebra=False,
    )
    return plain_table(
        [[box, signature_lines(st, width=64 * mm, space=10 * mm)]],
        [CONTENT_WIDTH - 70 * mm, 70 * mm],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
         ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (1, 0), (1, 0), 6)],
    )
