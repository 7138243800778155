"""Results as spreadsheets: XLSX (every table of the report, one sheet each) and CSV (the order
of merit with every judge's total).

Both are plain data out of a :class:`~judgepanel.domain.results.ResultsView`; neither is signed
(the signed PDF is the record). CSV is UTF-8 with a byte-order mark, which is what makes Excel
on a Hong Kong Windows machine read the Chinese names correctly. Text that a spreadsheet would
run as a formula (``=``, ``+``, ``-``, ``@`` first) is written as text: a department name is
never executed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

from judgepanel.domain.aggregation import Decider, Method
from judgepanel.domain.results import CellStatus, ResultsView
from judgepanel.domain.scoring import format_score

__all__ = ["csv_bytes", "xlsx_bytes"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CELL_TEXT = {
    CellStatus.SIGNED: "signed 已簽署",
    CellStatus.PAPER: "paper 紙本",
    CellStatus.MISSING: "missing 欠交",
    CellStatus.RECUSED: "recused 避席",
}
_METHOD_TEXT = {
    Method.MEAN: "Mean of judges' totals 評判總分的平均數",
    Method.TRIMMED: "Trimmed mean 截尾平均數",
    Method.MEDIAN: "Median of judges' totals 評判總分的中位數",
    Method.ZSCORE: "Mean of standardised (z) scores 標準分數的平均數",
    Method.BORDA: "Mean rank (Borda; lower is better) 平均名次（博達法；越低越好）",
}


def _safe_text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _shown(value: Fraction | float | None, method: Method | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) or method is Method.ZSCORE:
        return f"{float(value):.3f}"
    return format_score(Fraction(value), 2)


def _exact(value: Fraction | float) -> str:
    if isinstance(value, float):
        return repr(value)
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else \
        f"{value.numerator}/{value.denominator}"


def _decided(view: ResultsView, decided_by: Decider, note: str) -> str:
    if decided_by is Decider.TIE_BREAK:
        return f"tie-break: {note}"
    if decided_by is Decider.CASTING:
        return f"chair's casting decision: {note}"
    if decided_by is Decider.UNRESOLVED:
        return "tied (unresolved)"
    return ""


def _ranking_rows(view: ResultsView) -> tuple[list[str], list[list[Any]]]:
    header = ["Position 名次", "Code 代號", "Finalist (English)", "入圍部門（中文）",
              f"Result 成績 ({view.method.value})", "Exact value 精確值", "Judges 評判數",
              "Award 獎項", "Note 備註", "Paper marks from 紙本評分"]
    header += [f"{j.label} {j.name.en} {j.name.zh}".strip() for j in view.judges]
    header += [f"Mean {c.name.en} 平均 {c.name.zh}" for c in view.criteria]
    winners = {f.code for f in view.awards.winners}
    labels = {j.uid: j.label for j in view.judges}
    column = {f.code: i for i, f in enumerate(view.matrix.finalists)}
    rows: list[list[Any]] = []
    for r in view.rows:
        statuses = [cells[column[r.finalist.code]] for cells in view.matrix.cells]
        totals = [_shown(t) if t is not None else
                  ("recused 避席" if status is CellStatus.RECUSED else "")
                  for t, status in zip(r.judge_totals, statuses, strict=True)]
        rows.append(
            [r.position, r.finalist.code, r.finalist.name.en, r.finalist.name.zh,
             _shown(r.value, view.method), _exact(r.value), r.judge_count,
             "Outstanding Customer Service Award 傑出顧客服務獎"
             if r.finalist.code in winners else "",
             _decided(view, r.decided_by, r.note),
             " ".join(labels.get(u, u) for u in r.paper_judges)]
            + totals + [_shown(m) for m in r.criterion_means])
    return header, rows


def csv_bytes(view: ResultsView) -> bytes:
    """The order of merit with each judge's total and each criterion's mean, as CSV."""
    header, rows = _ranking_rows(view)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_safe_text(v) if isinstance(v, str) and not _is_number(v) else v
                         for v in row])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _is_number(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return "/" not in text


def xlsx_bytes(view: ResultsView) -> bytes:
    """Every table of the report as one workbook (a sheet per table)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DCE4EE")
    fills = {
        CellStatus.SIGNED: PatternFill("solid", fgColor="E3F1E3"),
        CellStatus.PAPER: PatternFill("solid", fgColor="FFF3D6"),
        CellStatus.MISSING: PatternFill("solid", fgColor="FBEDEA"),
        CellStatus.RECUSED: PatternFill("solid", fgColor="E6E6E6"),
    }
    wb = Workbook()
    wb.properties.creator = "JudgePanel"
    wb.properties.title = f"Results — {view.status.competition.name.en}"
    wb.properties.created = view.computed_at.replace(tzinfo=None)
    wb.properties.modified = view.computed_at.replace(tzinfo=None)

    def put(ws: Any, row: int, col: int, value: Any, *, number: str | None = None) -> Any:
        cell = ws.cell(row=row, column=col)
        if isinstance(value, Fraction):
            value = Decimal(value.numerator) / Decimal(value.denominator)
            value = value.quantize(Decimal("0.0001"))
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
        if number:
            cell.number_format = number
        return cell

    def table(ws: Any, start: int, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
        for c, text in enumerate(header, start=1):
            cell = put(ws, start, c, text)
            cell.font, cell.fill = bold, head_fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r, row in enumerate(rows, start=start + 1):
            for c, value in enumerate(row, start=1):
                put(ws, r, c, value, number="0.00" if isinstance(value, Fraction) else None)
        return start + len(rows) + 2

    def widths(ws: Any, sizes: Sequence[int]) -> None:
        for i, size in enumerate(sizes, start=1):
            ws.column_dimensions[get_column_letter(i)].width = size

    comp = view.status.competition
    ws = wb.active
    ws.title = "Results 結果"
    put(ws, 1, 1, f"{comp.award_name.en} {comp.year_label} — results").font = Font(bold=True,
                                                                                 size=14)
    put(ws, 2, 1, f"{comp.year_label} {comp.award_name.zh} 評選結果")
    put(ws, 3, 1, f"Method 計算方法: {_METHOD_TEXT[view.method]}")
    status = ("final 最終" if view.matrix.complete else
              "final by override 經主席決定作實" if view.matrix.final else "provisional 暫定")
    put(ws, 4, 1, f"Status 狀態: {status}")
    put(ws, 5, 1, f"Inputs SHA-256 輸入資料摘要: {view.inputs_sha256}")
    header, rows = _ranking_rows(view)
    numeric_rows = [[_to_number(v) for v in row] for row in rows]
    next_row = table(ws, 7, header, numeric_rows)
    put(ws, next_row, 1, "Award winners 得獎部門").font = bold
    for i, f in enumerate(view.awards.winners, start=1):
        put(ws, next_row + i, 1, f"{view.awards.award_name.en}: {f.name.en} {f.name.zh}")
    base = next_row + len(view.awards.winners) + 1
    for i, (_code, name) in enumerate(view.awards.public_winners):
        put(ws, base + i, 1, f"{view.awards.public_award_name.en}: {name.en} {name.zh}")
    widths(ws, [9, 9, 36, 18, 14, 14, 9, 18, 30, 12] + [14] * len(view.judges))

    ws = wb.create_sheet("Matrix 評分狀況")
    put(ws, 1, 1, "Judge 評判").font = bold
    for c, f in enumerate(view.matrix.finalists, start=2):
        put(ws, 1, c, f.code).font = bold
    for r, (judge, cells) in enumerate(zip(view.judges, view.matrix.cells, strict=True),
                                       start=2):
        put(ws, r, 1, f"{judge.label} {judge.name.en}")
        for c, status_value in enumerate(cells, start=2):
            put(ws, r, c, _CELL_TEXT[status_value]).fill = fills[status_value]
    if view.matrix.override is not None:
        put(ws, len(view.judges) + 3, 1,
            f"Chair's override 主席決定: {view.matrix.override.reason}")
    widths(ws, [36] + [14] * len(view.matrix.finalists))

    ws = wb.create_sheet("Methods 方法比較")
    header = ["Finalist 入圍部門"] + [m.value for m in view.comparison.methods]
    rows = [[f.name.en] + [f"{pos} ({_shown(val, m)})" for pos, val, m in
                           zip(positions, values, view.comparison.methods, strict=True)]
            for f, positions, values in zip(view.comparison.finalists,
                                            view.comparison.positions,
                                            view.comparison.values, strict=True)]
    end = table(ws, 1, header, rows)
    flag = ("Award winners differ under: " + ", ".join(m.value for m in view.comparison.disagreeing)
            if view.comparison.disagreement else "Every method gives the same award winners.")
    put(ws, end, 1, flag)
    widths(ws, [36] + [16] * len(view.comparison.methods))

    ws = wb.create_sheet("Agreement 一致程度")
    k = view.agreement.kendall
    if k is not None:
        put(ws, 1, 1, "Kendall's W")
        put(ws, 1, 2, k.w, number="0.000")
        put(ws, 2, 1, "Chi-square 卡方")
        put(ws, 2, 2, k.chi_square, number="0.00")
        put(ws, 3, 1, "df 自由度")
        put(ws, 3, 2, k.df)
        put(ws, 4, 1, "p-value")
        put(ws, 4, 2, k.p_value, number="0.0000")
    elif view.agreement.kendall_problem is not None:
        put(ws, 1, 1, "Kendall's W: " + view.agreement.kendall_problem.text)
    end = table(ws, 6, ["Judge 評判", "Shared finalists", "Pearson r", "Spearman rho"],
                [[f"{a.judge.label} {a.judge.name.en}", a.shared_finalists, a.pearson,
                  a.spearman] for a in view.agreement.judges])
    table(ws, end, ["Finalist 入圍部門", "Lowest 最低", "Highest 最高", "Spread 差距"],
          [[sp.finalist.name.en, sp.minimum, sp.maximum, sp.spread]
           for sp in view.agreement.spreads])
    widths(ws, [40, 16, 16, 16])

    ws = wb.create_sheet("Sheets 評分表")
    table(ws, 1, ["Judge 評判", "Revision 版本", "In force 使用中", "File 檔案", "SHA-256",
                  "Signer certificate SHA-256", "Signed at 簽署時間 (UTC)", "Document ID"],
          [[f"{s.judge.label} {s.judge.name.en}", s.revision, "yes" if s.in_force else "no",
            s.file_name, s.sha256, s.signer_fingerprint or "",
            s.signed_at.isoformat() if s.signed_at else "", s.document_id]
           for s in view.sheets])
    widths(ws, [36, 10, 10, 24, 66, 66, 26, 34])

    ws = wb.create_sheet("Exclusions 未採用")
    table(ws, 1, ["Kind 類別", "Subject 項目", "Reason 原因", "SHA-256"],
          [[e.kind.value, e.subject, e.reason.text, e.sha256 or ""] for e in view.exclusions])
    widths(ws, [18, 40, 80, 66])

    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _to_number(value: Any) -> Any:
    """Displayed numbers become real numbers in the workbook, so they sort and sum."""
    if isinstance(value, str) and value and _is_number(value):
        return Decimal(value)
    return value
