"""The results report: the signed, bilingual record of how the awards were decided.

A reader should be able to check everything from the document itself: who won (the awards), the
order of merit with every judge's total, how the numbers were combined (the method and the
formula in words, fixed in advance), whether every judge's marks were in (the judges × finalists
matrix), how far the judges agreed, whether another method would have given other winners, which
signed sheets were used (with their hashes and signers) and everything that was left out, with
the reason. The embedded ``results.json`` (added by the service before signing) lets
``judgepanel recompute`` rebuild the ranking from the signed sheets alone.

English and Chinese headings and fixed texts; names in both languages where we have them;
reasons for exclusions are printed in English (they are generated messages).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from judgepanel.domain.aggregation import Decider, Method
from judgepanel.domain.results import (
    CellStatus,
    CriterionRef,
    ExclusionKind,
    ResultRow,
    ResultsDocument,
    ResultsView,
    format_value,
)
from judgepanel.domain.scoring import format_score
from judgepanel.reports.fonts import MONO, SANS
from judgepanel.reports.layout import (
    ALERT_FILL,
    CONTENT_WIDTH,
    INK,
    MUTED,
    RULE,
    SHADE,
    TINT,
    Decor,
    Meta,
    Styles,
    bilingual,
    build_pdf,
    clip,
    data_table,
    fmt_moment,
    fmt_number,
    group_hex,
    markup,
    para,
    plain_table,
    styles,
)

__all__ = ["METHOD_TEXT", "build_results_pdf", "describe_step", "format_value"]

#: (English label, Chinese label, English formula, Chinese formula) for each method.
METHOD_TEXT: dict[Method, tuple[str, str, str, str]] = {
    Method.MEAN: (
        "Mean of judges' totals", "評判總分的平均數",
        "A finalist's result is the mean of the weighted totals of the judges who scored it.",
        "入圍部門的成績為曾為其評分的評判所給加權總分的平均數。",
    ),
    Method.TRIMMED: (
        "Trimmed mean", "截尾平均數",
        "When at least five judges scored a finalist, its single highest and single lowest "
        "total are dropped and the rest averaged; with fewer judges the plain mean is used.",
        "如有最少五名評判為某入圍部門評分，剔除一個最高及一個最低的總分後取平均數；"
        "評判少於五名時則取簡單平均數。",
    ),
    Method.MEDIAN: (
        "Median of judges' totals", "評判總分的中位數",
        "A finalist's result is the middle total of the judges who scored it (the mean of "
        "the two middle totals for an even number).",
        "入圍部門的成績為評判總分的中位數（評判人數為雙數時取中間兩個總分的平均數）。",
    ),
    Method.ZSCORE: (
        "Mean of standardised (z) scores", "標準分數（z 分數）的平均數",
        "Each judge's totals are standardised over the finalists that judge scored "
        "(total minus that judge's mean, divided by that judge's standard deviation); a "
        "finalist's result is the mean of its z-scores.",
        "每名評判的總分先按該評判所評各入圍部門標準化（總分減該評判平均分，再除以其標準差），"
        "入圍部門的成績為其標準分數的平均數。",
    ),
    Method.BORDA: (
        "Mean rank (Borda)", "平均名次（博達法）",
        "Each judge ranks the finalists that judge scored (1 = best, tied totals share the "
        "mean rank); a finalist's result is its mean rank, and lower is better.",
        "每名評判按總分為其所評的入圍部門排名（第 1 名最佳，同分者取平均名次）；"
        "入圍部門的成績為其平均名次，數值越低越好。",
    ),
}

#: Short column labels for the comparison table (English, Chinese).
_SHORT = {
    Method.MEAN: ("Mean", "平均數"),
    Method.TRIMMED: ("Trimmed mean", "截尾平均數"),
    Method.MEDIAN: ("Median", "中位數"),
    Method.ZSCORE: ("Mean z-score", "z 分數平均"),
    Method.BORDA: ("Mean rank", "平均名次"),
}

_STATUS_TEXT = {
    CellStatus.SIGNED: ("Signed", "已簽署"),
    CellStatus.PAPER: ("Paper", "紙本"),
    CellStatus.MISSING: ("Missing", "欠交"),
    CellStatus.RECUSED: ("Recused", "避席"),
}
_STATUS_FILL = {
    CellStatus.SIGNED: colors.HexColor("#E3F1E3"),
    CellStatus.PAPER: colors.HexColor("#FFF3D6"),
    CellStatus.MISSING: ALERT_FILL,
    CellStatus.RECUSED: colors.HexColor("#E6E6E6"),
}
_EXCLUSION_TEXT = {
    ExclusionKind.REJECTED_FILE: ("Rejected file", "被拒檔案"),
    ExclusionKind.REFUSED_SCORE: ("Refused marks", "不予接納的評分"),
    ExclusionKind.SUPERSEDED_SHEET: ("Superseded sheet", "已被取代的評分表"),
    ExclusionKind.PAPER_MISMATCH: ("Paper entries differ", "紙本輸入不符"),
    ExclusionKind.INCOMPLETE_CELL: ("Incomplete", "不完整"),
}
_JUDGE_COLUMNS = 8
_FINALIST_COLUMNS = 10


def describe_step(step: str, criteria: Sequence[CriterionRef]) -> tuple[str, str]:
    """A tie-break step in words, English and Chinese."""
    if step.startswith("criterion:"):
        code = step.removeprefix("criterion:")
        crit = next((c for c in criteria if c.code == code), None)
        en = crit.name.en if crit else code
        zh = crit.name.zh if crit else code
        return f"higher mean mark for {en}", f"{zh}平均分較高者"
    if step.startswith("method:"):
        try:
            method = Method(step.removeprefix("method:"))
        except ValueError:
            return step, step
        label = METHOD_TEXT[method]
        better = "lower" if not method.higher_is_better else "higher"
        return (f"{better} {label[0].lower()}",
                f"{label[1]}{'較低' if not method.higher_is_better else '較高'}者")
    if step == "casting_vote":
        return "the chair's casting decision", "主席的決定票"
    return step, step


def build_results_pdf(data: ResultsDocument) -> bytes:
    """The results report's pages as PDF bytes (unsigned, without attachment)."""
    st = styles()
    view = data.view
    story: list[Flowable] = []
    story += _title_block(data, st)
    story += _awards(view, st)
    story += _ranking(view, st)
    story += _chart(view, st)
    story += _judges_totals(view, st)
    story += _criteria_means(view, st)
    story += _method_words(view, st)
    story += _matrix(view, st)
    story += _agreement(view, st)
    story += _comparison(view, st)
    story += _sheets(view, st)
    story += _exclusions(view, st)
    story += _decisions(view, st)
    story.append(_signature(data, st))

    comp = view.status.competition
    award = f"{comp.award_name.en} {comp.year_label}".strip()
    meta = Meta(
        title=f"Results — {award} / {comp.year_label} {comp.award_name.zh} 評選結果",
        author=data.chair_name or "Judging panel",
        subject=f"{comp.name.en}: results of judging / {comp.name.zh} 評選結果",
        created=data.generated_at,
        keywords=f"JudgePanel results; inputs {view.inputs_sha256}",
    )
    decor = Decor(
        header_left=f"{comp.name.en} {comp.name.zh}",
        header_right="Results of judging 評選結果",
        footer_left=f"Inputs 輸入資料 SHA-256 {view.inputs_sha256[:16]}…",
    )
    return build_pdf(story, meta=meta, decor=decor)


# --------------------------------------------------------------------------------------------
# Pieces


def _heading(en: str, zh: str, st: Styles) -> Paragraph:
    return Paragraph(f"{markup(en)}&nbsp;&nbsp;{markup(zh)}", st.heading)


def _label(en: str, zh: str, st: Styles) -> Paragraph:
    return bilingual(en, zh, st.head)


def _status_words(view: ResultsView) -> tuple[str, str]:
    matrix = view.matrix
    if matrix.complete:
        return "Final: every judge's marks are in", "最終結果：所有評判的評分均已收齊"
    if matrix.override is not None:
        return ("Final by the chair's override (marks missing; see the matrix)",
                "經主席決定作實（部分評分欠交，見下表）")
    return "Provisional: marks are missing", "暫定結果：仍有評分欠交"


def _title_block(data: ResultsDocument, st: Styles) -> list[Flowable]:
    view = data.view
    comp = view.status.competition
    banner = plain_table(
        [[
            Paragraph(f"{markup(comp.award_name.en)} {markup(comp.year_label)}<br/>"
                      f"{markup(comp.year_label)} {markup(comp.award_name.zh)}", st.title),
            Paragraph("Results of judging<br/>評選結果", st.subtitle),
        ]],
        [CONTENT_WIDTH - 48 * mm, 48 * mm],
        [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, 0), 1.6, INK),
         ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
         ("BOTTOMPADDING", (0, 0), (-1, -1), 6)],
    )
    scheme = Paragraph(f"{markup(comp.name.en)}&nbsp;&nbsp;{markup(comp.name.zh)}", st.small)
    label = METHOD_TEXT[view.method]
    status_en, status_zh = _status_words(view)
    rows = [
        [_label("Method", "計算方法", st), bilingual(label[0], label[1], st.cell),
         _label("Generated", "製備時間", st), para(fmt_moment(data.generated_at), st.cell)],
        [_label("Status", "狀態", st), bilingual(status_en, status_zh, st.cell),
         _label("Judges", "評判", st),
         para(f"{len(view.judges)} · {view.matrix.count(CellStatus.RECUSED)} recusals 避席",
              st.cell)],
        [_label("Chair", "主席", st), para(data.chair_name or "—", st.cell),
         _label("Finalists", "入圍部門", st), para(str(len(view.rows)), st.cell)],
    ]
    info = data_table(rows, [22 * mm, 72 * mm, 24 * mm, CONTENT_WIDTH - 118 * mm],
                      header_rows=0, zebra=False,
                      extra=[("BACKGROUND", (0, 0), (0, -1), SHADE),
                             ("BACKGROUND", (2, 0), (2, -1), SHADE)])
    return [scheme, Spacer(1, 2 * mm), banner, Spacer(1, 4 * mm), info]


def _awards(view: ResultsView, st: Styles) -> list[Flowable]:
    awards = view.awards
    rows_by_code = {r.finalist.code: r for r in view.rows}
    body: list[list[Flowable]] = [[
        _label("Award", "獎項", st), _label("Winners", "得獎部門", st),
    ]]
    winners = [
        f"{rows_by_code[f.code].position}. {markup(clip(f.name.en))} {markup(clip(f.name.zh))}"
        f" ({format_value(rows_by_code[f.code].value, view.method)})"
        for f in awards.winners
    ]
    if awards.tied_at_cut:
        winners.append("Tied at the cut, awaiting the casting decision 於得獎線上同分，待主席決定："
                       + markup(", ".join(f.code for f in awards.tied_at_cut)))
    body.append([
        bilingual(f"{awards.award_name.en} ({awards.award_count})", awards.award_name.zh,
                  st.cell),
        Paragraph("<br/>".join(winners) or "—", st.cell),
    ])
    public = [f"{markup(clip(name.en))} {markup(clip(name.zh))}"
              for _code, name in awards.public_winners]
    if awards.public_note is not None:
        public.append(f"<i>{markup(awards.public_note.text)}</i>")
    body.append([
        bilingual(f"{awards.public_award_name.en} ({awards.public_award_count})",
                  awards.public_award_name.zh, st.cell),
        Paragraph("<br/>".join(public) or "—", st.cell),
    ])
    note = Paragraph(
        "The Outstanding Customer Service Award goes to the first finalists of the order of "
        "merit below; the Best Public Image Award goes by the public's votes. "
        "傑出顧客服務獎頒予下列名次表最前列的入圍部門；最佳公眾形象獎按市民投票結果頒發。",
        st.small)
    table = data_table(body, [58 * mm, CONTENT_WIDTH - 58 * mm], zebra=False)
    return [_heading("Awards", "獎項", st), table, Spacer(1, 1.5 * mm), note]


def _decided_text(row: ResultRow, view: ResultsView) -> tuple[str, str]:
    if row.decided_by is Decider.TIE_BREAK:
        en, zh = describe_step(row.note, view.criteria)
        return f"Tie broken: {en}", f"同分，以{zh}為先"
    if row.decided_by is Decider.CASTING:
        return f"Chair's casting decision: {row.note}", "主席決定票"
    if row.decided_by is Decider.UNRESOLVED:
        return "Tied (unresolved)", "同分（未決）"
    return "", ""


def _ranking(view: ResultsView, st: Styles) -> list[Flowable]:
    label = METHOD_TEXT[view.method]
    head = [_label("Pos.", "名次", st), _label("Finalist", "入圍部門", st),
            bilingual(label[0], label[1], st.head_right), _label("Judges", "評判數", st),
            _label("Note", "備註", st)]
    rows: list[list[Flowable]] = [head]
    extra: list[tuple[object, ...]] = []
    winners = {f.code for f in view.awards.winners}
    for row in view.rows:
        note_en, note_zh = _decided_text(row, view)
        notes = [part for part in (note_en, note_zh) if part]
        if row.paper_sourced:
            notes.append(f"† paper marks from 紙本評分：{', '.join(_labels(view, row))}")
        if row.applied is not None and row.applied is not view.method:
            notes.append("fewer than five judges: plain mean 評判少於五名，取簡單平均數")
        rows.append([
            para(str(row.position), st.cell),
            bilingual(clip(row.finalist.name.en), clip(row.finalist.name.zh), st.cell),
            para(format_value(row.value, view.method), st.cell_right),
            para(str(row.judge_count), st.cell_right),
            Paragraph("<br/>".join(markup(n) for n in notes) or "", st.tiny),
        ])
        if row.finalist.code in winners:
            extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), TINT))
    table = data_table(rows, [12 * mm, 70 * mm, 28 * mm, 16 * mm, CONTENT_WIDTH - 126 * mm],
                       zebra=False, extra=extra)
    legend = Paragraph("Shaded: award winners. † marks keyed from paper sheets by two clerks. "
                       "加底色：得獎部門。† 由兩名文員覆核輸入的紙本評分。", st.small)
    return [_heading("Order of merit", "名次", st), table, Spacer(1, 1.5 * mm), legend]


def _labels(view: ResultsView, row: ResultRow) -> list[str]:
    by_uid = {j.uid: j.label for j in view.judges}
    return [by_uid.get(uid, uid) for uid in row.paper_judges]


class _BarChart(Flowable):
    """Horizontal bars drawn straight on the canvas in our own font (a ReportLab ``Drawing``
    would pull in the unembedded Helvetica)."""

    def __init__(self, bars: list[tuple[str, float, str, bool]], low: float, high: float,
                 width: float = CONTENT_WIDTH) -> None:
        super().__init__()
        self.bars, self.low, self.high = bars, low, high
        self.width = width
        self.bar_h, self.gap, self.label_w = 9.0, 4.0, 62 * mm
        self.height = len(bars) * (self.bar_h + self.gap) + 4

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        span = (self.high - self.low) or 1.0
        plot_w = self.width - self.label_w - 30
        zero_x = self.label_w + (0.0 - self.low) / span * plot_w
        canvas.saveState()
        canvas.setFont(SANS, 7)
        for i, (label, value, text, highlight) in enumerate(self.bars):
            y = self.height - (i + 1) * (self.bar_h + self.gap)
            canvas.setFillColor(INK)
            canvas.drawString(0, y + 2, label)
            x_end = self.label_w + (value - self.low) / span * plot_w
            left, right = sorted((zero_x if self.low < 0 else self.label_w, x_end))
            canvas.setFillColor(INK if highlight else colors.HexColor("#8FA6C1"))
            canvas.rect(left, y, max(right - left, 0.5), self.bar_h, stroke=0, fill=1)
            canvas.setFillColor(MUTED)
            canvas.drawString(right + 3, y + 2, text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.label_w, 0, self.label_w, self.height)
        canvas.restoreState()


def _chart(view: ResultsView, st: Styles) -> list[Flowable]:
    """Horizontal bars of each finalist's result, best first (0–100 for total-based methods)."""
    rows = view.rows
    if not rows:
        return []
    values = [float(r.value) for r in rows]
    if view.method is Method.ZSCORE:
        low, high = min(min(values), 0.0), max(max(values), 0.0)
        shown = values
    elif view.method is Method.BORDA:
        low, high = 0.0, float(len(rows))
        shown = [len(rows) - v for v in values]
    else:
        low, high = 0.0, 100.0
        shown = values
    winners = {f.code for f in view.awards.winners}
    bars = [(clip(f"{row.position}. {row.finalist.name.en}", 40), value,
             format_value(row.value, view.method), row.finalist.code in winners)
            for row, value in zip(rows, shown, strict=True)]
    caption = ("Bars: result under the fixed method (longer is better; for mean rank the bar is "
               "the number of finalists minus the rank). 長條：按既定方法計算的成績（越長越好）。")
    return [CondPageBreak(40 * mm), _heading("Results at a glance", "成績一覽", st),
            _BarChart(bars, low, high), Spacer(1, 2 * mm), Paragraph(caption, st.small)]


def _chunks(count: int, size: int) -> list[range]:
    return [range(i, min(i + size, count)) for i in range(0, count, size)] or [range(0)]


def _judge_legend(view: ResultsView, st: Styles) -> Paragraph:
    parts = [f"{j.label} = {markup(clip(j.name.en, 60))} {markup(clip(j.name.zh, 30))}"
             for j in view.judges]
    return Paragraph("; ".join(parts), st.small)


def _judges_totals(view: ResultsView, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [_heading("Each judge's weighted total (out of 100)",
                                      "各評判的加權總分（滿分 100）", st)]
    recused_codes = {
        (j.uid, f.code)
        for ji, j in enumerate(view.judges) for fi, f in enumerate(view.matrix.finalists)
        if view.matrix.cells[ji][fi] is CellStatus.RECUSED
    }
    for chunk in _chunks(len(view.judges), _JUDGE_COLUMNS):
        judges = [view.judges[i] for i in chunk]
        name_w = 56 * mm
        col_w = (CONTENT_WIDTH - name_w) / max(len(judges), 1)
        head = [_label("Finalist", "入圍部門", st)] + [
            Paragraph(markup(j.label), st.head_right) for j in judges]
        rows: list[list[Flowable]] = [head]
        extra: list[tuple[object, ...]] = []
        for row in view.rows:
            cells: list[Flowable] = [bilingual(clip(row.finalist.name.en, 60),
                                               clip(row.finalist.name.zh, 30), st.cell)]
            for offset, index in enumerate(chunk):
                total = row.judge_totals[index]
                judge = view.judges[index]
                if total is not None:
                    mark = "†" if judge.uid in row.paper_judges else ""
                    cells.append(para(format_score(total, 2) + mark, st.cell_right))
                elif (judge.uid, row.finalist.code) in recused_codes:
                    cells.append(Paragraph("避席<br/>recused", st.tiny))
                    extra.append(("BACKGROUND", (offset + 1, len(rows)), (offset + 1, len(rows)),
                                  _STATUS_FILL[CellStatus.RECUSED]))
                else:
                    cells.append(para("—", st.cell_right))
            rows.append(cells)
        story.append(data_table(rows, [name_w] + [col_w] * len(judges), extra=extra))
        story.append(Spacer(1, 2 * mm))
    story.append(_judge_legend(view, st))
    return story


def _criteria_means(view: ResultsView, st: Styles) -> list[Flowable]:
    criteria = view.criteria
    name_w = 62 * mm
    col_w = (CONTENT_WIDTH - name_w) / max(len(criteria), 1)
    head = [_label("Finalist", "入圍部門", st)] + [
        bilingual(f"{clip(c.name.en, 40)} ({fmt_number(c.scale_min)}–{fmt_number(c.scale_max)})",
                  clip(c.name.zh, 20), st.head_right) for c in criteria]
    rows: list[list[Flowable]] = [head]
    for row in view.rows:
        rows.append([bilingual(clip(row.finalist.name.en, 60), clip(row.finalist.name.zh, 30),
                               st.cell)]
                    + [para(format_score(m, 2), st.cell_right) for m in row.criterion_means])
    return [_heading("Mean mark per criterion", "各甄選準則平均分", st),
            data_table(rows, [name_w] + [col_w] * len(criteria))]


def _method_words(view: ResultsView, st: Styles) -> list[Flowable]:
    label = METHOD_TEXT[view.method]
    weights = "; ".join(f"{c.name.en} {format_score(c.share, 2)}%" for c in view.criteria)
    weights_zh = "；".join(f"{c.name.zh} {format_score(c.share, 2)}%" for c in view.criteria)
    chain = [describe_step(step, view.criteria) for step in view.status.tie_break_chain]
    chain_en = ", then ".join(en for en, _ in chain)
    chain_zh = "，其次".join(zh for _, zh in chain)
    decision = view.status.method_decision
    fixed = fmt_moment(decision.decided_at) if decision else "—"
    paragraphs = [
        ("1. Each judge's weighted total. Every mark is first placed on its criterion's scale "
         "as a share from 0 to 100 (mark minus the scale's minimum, divided by the scale's "
         f"range); the shares are averaged with the criteria's weights ({weights}). So every "
         "total is out of 100 and the stated weights are the real weights.",
         "一、評判的加權總分：每項評分先按其甄選準則的分數範圍折算為 0 至 100（評分減範圍下限，"
         f"再除以範圍闊度），然後按準則比重（{weights_zh}）加權平均，故總分以 100 分為滿分。"),
        (f"2. Combining the judges: {label[0]}. {label[2]} Judges recused for a conflict of "
         "interest are left out of that finalist's result, never counted as zero.",
         f"二、綜合各評判：{label[1]}。{label[3]}因利益衝突避席的評判不計入該入圍部門的成績，"
         "亦不作零分計算。"),
        ("3. Ties: finalists with equal results are separated by "
         + (f"{chain_en}, then " if chain_en else "")
         + "the chair's casting decision, recorded with its reason.",
         "三、同分處理：成績相同者，" + (f"以{chain_zh}為先，" if chain_zh else "")
         + "其後由主席作決定票，並記錄理由。"),
        (f"4. The method and the tie-break chain were fixed on {fixed}, before the results "
         "were computed. All arithmetic is exact (fractions); figures are rounded only for "
         "printing, half to even.",
         f"四、計算方法及同分處理次序於 {fixed} 在計算結果前訂定。所有計算均以分數精確進行，"
         "只在列印時四捨六入五成雙。"),
    ]
    story: list[Flowable] = [_heading("Method and formula", "計算方法及公式", st)]
    for en, zh in paragraphs:
        story.append(Paragraph(markup(en), st.body))
        story.append(Paragraph(markup(zh), st.body))
        story.append(Spacer(1, 1.5 * mm))
    return story


def _matrix(view: ResultsView, st: Styles) -> list[Flowable]:
    matrix = view.matrix
    story: list[Flowable] = [CondPageBreak(50 * mm),
                             _heading("Judges × finalists", "評判 × 入圍部門", st)]
    for chunk in _chunks(len(matrix.finalists), _FINALIST_COLUMNS):
        finalists = [matrix.finalists[i] for i in chunk]
        judge_w = 16 * mm
        col_w = (CONTENT_WIDTH - judge_w) / max(len(finalists), 1)
        head = [_label("Judge", "評判", st)] + [
            Paragraph(markup(clip(f.code, 12)), st.head_center) for f in finalists]
        rows: list[list[Flowable]] = [head]
        extra: list[tuple[object, ...]] = []
        for ji, judge in enumerate(matrix.judges):
            cells: list[Flowable] = [para(judge.label, st.cell)]
            for offset, fi in enumerate(chunk):
                status = matrix.cells[ji][fi]
                en, zh = _STATUS_TEXT[status]
                style = st.alert if status is CellStatus.MISSING else st.tiny
                cells.append(Paragraph(f"{en}<br/>{zh}", style))
                extra.append(("BACKGROUND", (offset + 1, ji + 1), (offset + 1, ji + 1),
                              _STATUS_FILL[status]))
            rows.append(cells)
        story.append(data_table(rows, [judge_w] + [col_w] * len(finalists), zebra=False,
                                extra=extra))
        story.append(Spacer(1, 2 * mm))
    counts = ", ".join(f"{_STATUS_TEXT[s][0]} {_STATUS_TEXT[s][1]} {matrix.count(s)}"
                       for s in CellStatus)
    story.append(Paragraph(markup(counts), st.small))
    if matrix.override is not None:
        story.append(Paragraph(
            "<b>Chair's override 主席決定：</b>" + markup(matrix.override.reason)
            + f" ({fmt_moment(matrix.override.decided_at)})", st.body))
    story.append(_judge_legend(view, st))
    return story


def _fmt_float(value: float | None, places: int = 3) -> str:
    return "—" if value is None else f"{value:+.{places}f}"


def _agreement(view: ResultsView, st: Styles) -> list[Flowable]:
    agreement = view.agreement
    story: list[Flowable] = [_heading("Agreement between judges", "評判之間的一致程度", st)]
    kendall = agreement.kendall
    if kendall is not None:
        p = f"{kendall.p_value:.4f}" if kendall.p_value >= 0.0001 else "< 0.0001"
        excluded = ", ".join(j.label for j in kendall.excluded) or "none 無"
        story.append(Paragraph(markup(
            f"Kendall's W = {format_score(kendall.w, 3)} (0 = no agreement, 1 = identical "
            f"rankings); χ² = {format_score(kendall.chi_square, 2)}, df = {kendall.df}, "
            f"p = {p}. Judges with a recusal are left out of W: {excluded}.") + "<br/>" + markup(
            f"肯德爾和諧係數 W = {format_score(kendall.w, 3)}（0 = 毫不一致，1 = 排名完全相同）；"
            f"卡方 = {format_score(kendall.chi_square, 2)}，自由度 = {kendall.df}，p = {p}。"
            f"有避席的評判不計入 W：{excluded}。"), st.body))
    elif agreement.kendall_problem is not None:
        story.append(Paragraph("Kendall's W 肯德爾和諧係數：" + markup(
            agreement.kendall_problem.text), st.body))
    rows: list[list[Flowable]] = [[
        _label("Judge", "評判", st), _label("Shared finalists", "共同評分部門", st),
        _label("Pearson r with the others' mean", "與其他評判平均的皮爾遜相關", st),
        _label("Spearman ρ", "斯皮爾曼相關", st),
    ]]
    for a in agreement.judges:
        rows.append([bilingual(f"{a.judge.label} {clip(a.judge.name.en, 50)}",
                               clip(a.judge.name.zh, 30), st.cell),
                     para(str(a.shared_finalists), st.cell_right),
                     para(_fmt_float(a.pearson), st.cell_right),
                     para(_fmt_float(a.spearman), st.cell_right)])
    story.append(Spacer(1, 2 * mm))
    story.append(data_table(rows, [70 * mm, 28 * mm, 44 * mm, CONTENT_WIDTH - 142 * mm]))
    spread_rows: list[list[Flowable]] = [[
        _label("Finalist", "入圍部門", st), _label("Lowest", "最低", st),
        _label("Highest", "最高", st), _label("Spread", "差距", st),
    ]]
    for sp in agreement.spreads:
        spread_rows.append([bilingual(clip(sp.finalist.name.en, 60), clip(sp.finalist.name.zh, 30),
                                      st.cell),
                            para(format_score(sp.minimum, 2), st.cell_right),
                            para(format_score(sp.maximum, 2), st.cell_right),
                            para(format_score(sp.spread, 2), st.cell_right)])
    story.append(Spacer(1, 2 * mm))
    story.append(data_table(spread_rows, [CONTENT_WIDTH - 84 * mm, 28 * mm, 28 * mm, 28 * mm]))
    story.append(Paragraph(
        "A low or negative correlation marks a judge who saw the finalists differently from the "
        "rest of the panel; a large spread marks a finalist the judges saw very differently. "
        "Neither changes the result. 相關係數偏低或為負數，表示該評判的看法與其他評判不同；"
        "差距大表示評判對該部門看法分歧。兩者均不影響結果。", st.small))
    return story


def _comparison(view: ResultsView, st: Styles) -> list[Flowable]:
    comparison = view.comparison
    methods = comparison.methods
    name_w = 60 * mm
    col_w = (CONTENT_WIDTH - name_w) / max(len(methods), 1)
    head = [_label("Finalist", "入圍部門", st)] + [
        bilingual(_SHORT[m][0], _SHORT[m][1], st.head_center) for m in methods]
    rows: list[list[Flowable]] = [head]
    extra: list[tuple[object, ...]] = [("BACKGROUND", (1, 1), (1, -1), TINT)]
    for fi, finalist in enumerate(comparison.finalists):
        cells: list[Flowable] = [bilingual(clip(finalist.name.en, 60), clip(finalist.name.zh, 30),
                                           st.cell)]
        for mi, method in enumerate(methods):
            pos = comparison.positions[fi][mi]
            value = comparison.values[fi][mi]
            cells.append(Paragraph(f"{pos}<br/><font size=6.5 color='#5A6472'>"
                                   f"{format_value(value, method)}</font>", st.cell_center))
            if pos <= view.awards.award_count and comparison.positions[fi][0] > \
                    view.awards.award_count:
                extra.append(("BACKGROUND", (mi + 1, fi + 1), (mi + 1, fi + 1), ALERT_FILL))
        rows.append(cells)
    table = data_table(rows, [name_w] + [col_w] * len(methods), zebra=False, extra=extra)
    if comparison.disagreeing:
        names_en = ", ".join(METHOD_TEXT[m][0] for m in comparison.disagreeing)
        names_zh = "、".join(METHOD_TEXT[m][1] for m in comparison.disagreeing)
        flag = Paragraph(markup(
            f"The award winners would differ under: {names_en}. The method fixed in advance "
            f"({METHOD_TEXT[view.method][0]}) decides.") + "<br/>" + markup(
            f"若採用以下方法，得獎部門會有所不同：{names_zh}。結果以預先訂定的方法"
            f"（{METHOD_TEXT[view.method][1]}）為準。"), st.alert)
    else:
        flag = Paragraph("Every method gives the same award winners. 各種方法的得獎部門相同。",
                         st.body)
    return [CondPageBreak(50 * mm), _heading("Method comparison", "計算方法比較", st), flag,
            Spacer(1, 2 * mm), table,
            Paragraph("Each cell: position, then the value under that method. The first column "
                      "is the method fixed in advance. "
                      "每格：名次及該方法下的數值；第一欄為預先訂定的方法。", st.small)]


def _sheets(view: ResultsView, st: Styles) -> list[Flowable]:
    rows: list[list[Flowable]] = [[
        _label("Judge", "評判", st), _label("Rev.", "版本", st), _label("Status", "狀態", st),
        _label("Signed", "簽署時間", st), _label("File and SHA-256", "檔案及 SHA-256", st),
        _label("Signer's certificate (SHA-256)", "簽署人證書指紋", st),
    ]]
    for sheet in sorted(view.sheets, key=lambda s: (s.judge.label, s.revision)):
        status = ("In force", "使用中") if sheet.in_force else ("Superseded", "已被取代")
        rows.append([
            bilingual(f"{sheet.judge.label} {clip(sheet.judge.name.en, 50)}",
                      clip(sheet.judge.name.zh, 30), st.tiny),
            para(str(sheet.revision), st.cell),
            bilingual(*status, st.tiny),
            para(fmt_moment(sheet.signed_at), st.tiny),
            Paragraph(markup(clip(sheet.file_name, 80)) + "<br/>"
                      + f"<font face='{MONO}'>{markup(group_hex(sheet.sha256, per_line=4))}"
                      "</font>", st.tiny),
            para(group_hex(sheet.signer_fingerprint or "", per_line=4) or "—", st.mono),
        ])
    table = data_table(rows, [32 * mm, 10 * mm, 18 * mm, 22 * mm, 48 * mm,
                              CONTENT_WIDTH - 130 * mm])
    return [CondPageBreak(40 * mm), _heading("Signed sheets used", "所用的已簽署評分表", st),
            table,
            Spacer(1, 1.5 * mm),
            Paragraph(markup("Inputs digest 輸入資料摘要 (SHA-256): "
                             + group_hex(view.inputs_sha256, per_line=8)), st.mono)]


def _exclusions(view: ResultsView, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [_heading("Exclusions", "未予採用的資料", st)]
    if not view.exclusions:
        story.append(Paragraph("Nothing was excluded. 沒有任何資料未予採用。", st.body))
        return story
    rows: list[list[Flowable]] = [[
        _label("What", "類別", st), _label("Subject", "項目", st), _label("Reason", "原因", st),
    ]]
    for exclusion in view.exclusions:
        en, zh = _EXCLUSION_TEXT[exclusion.kind]
        subject = markup(clip(exclusion.subject, 120))
        if exclusion.sha256:
            subject += f"<br/><font face='{MONO}' size=6>{exclusion.sha256[:32]}…</font>"
        rows.append([bilingual(en, zh, st.tiny), Paragraph(subject, st.tiny),
                     para(clip(exclusion.reason.text, 600), st.tiny)])
    story.append(data_table(rows, [30 * mm, 56 * mm, CONTENT_WIDTH - 86 * mm]))
    return story


def _decisions(view: ResultsView, st: Styles) -> list[Flowable]:
    rows: list[list[Flowable]] = [[
        _label("Decision", "決定", st), _label("When", "時間", st), _label("Reason", "理由", st),
    ]]
    decision = view.status.method_decision
    if decision is not None:
        label = METHOD_TEXT[view.method]
        rows.append([bilingual(f"Method fixed: {label[0]}", f"訂定計算方法：{label[1]}",
                               st.cell),
                     para(fmt_moment(decision.decided_at), st.cell),
                     para(decision.reason, st.cell)])
    if view.matrix.override is not None:
        rows.append([bilingual("Completeness override", "主席決定作實", st.cell),
                     para(fmt_moment(view.matrix.override.decided_at), st.cell),
                     para(view.matrix.override.reason, st.cell)])
    for casting in view.casting_decisions:
        rows.append([bilingual(f"Casting decision: {casting.outcome}", "主席決定票", st.cell),
                     para(fmt_moment(casting.decided_at), st.cell),
                     para(casting.reason, st.cell)])
    return [_heading("The chair's recorded decisions", "主席記錄的決定", st),
            data_table(rows, [60 * mm, 30 * mm, CONTENT_WIDTH - 90 * mm])]


def _signature(data: ResultsDocument, st: Styles) -> Flowable:
    fingerprint = group_hex(data.chair_fingerprint, per_line=8) if data.chair_fingerprint else "—"
    panel = group_hex(data.panel_fingerprint, per_line=8) if data.panel_fingerprint else "—"
    details = data_table(
        [[_label("Chair", "主席", st), para(data.chair_name or "—", st.cell)],
         [_label("Chair's certificate (SHA-256)", "主席證書指紋", st), para(fingerprint, st.mono)],
         [_label("Panel authority (SHA-256)", "評選小組核證機關", st), para(panel, st.mono)],
         [_label("Generated", "製備時間", st), para(fmt_moment(data.generated_at), st.cell)]],
        [48 * mm, CONTENT_WIDTH - 48 * mm], header_rows=0, zebra=False,
        extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)])
    statement = Paragraph(
        "These results are digitally signed by the chair of the judging panel. The signature "
        "also covers the attached file results.json, which names every signed score sheet used "
        "by its SHA-256; anyone holding those sheets can rebuild the ranking with "
        "<font face='" + MONO + "'>judgepanel recompute results.pdf SHEETS_DIR</font>.<br/>"
        "本結果已由評選小組主席數碼簽署。簽署同時涵蓋附件 results.json，"
        "其中以 SHA-256 列明所用的每份已簽署評分表；"
        "持有該等評分表者可用上述指令重新計算名次，核對結果。", st.body)
    return KeepTogether([_heading("Signature", "簽署", st), statement, Spacer(1, 3 * mm),
                         details])
