"""The judge's score sheet: the printable pages of the PDF that is signed and sent to the chair.

What a reader needs, in order: who judged what (title block), which rules applied (criteria),
each finalist's marks with the judge's comments, a summary to check at a glance, and the
signature block the judge signs by hand and digitally. An amended sheet (revision > 1) also says
why, and lists the revisions it replaces. The same facts travel as ``scoresheet.json``
(:mod:`judgepanel.domain.sheet_payload`); both are built from the same :class:`ScoreSheet`.

Text of any length prints: names are clipped to a sane length, and comments or reasons too long
for a table cell flow below their table, so no row can outgrow a page.
"""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, Spacer

from judgepanel.domain.documents import CriterionInfo, FinalistScores, ScoreSheet
from judgepanel.domain.errors import ValidationError, tr_noop
from judgepanel.reports.layout import (
    ALERT_FILL,
    CONTENT_WIDTH,
    INK,
    TINT,
    Decor,
    Meta,
    Styles,
    Text,
    alert_box,
    bilingual,
    build_pdf,
    clip,
    data_table,
    entrant_bar,
    flowing,
    fmt_moment,
    fmt_number,
    fmt_total,
    group_hex,
    heading,
    info_table,
    is_long,
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

__all__ = ["MAX_SIGNATURE_PNG_BYTES", "RECUSED_EN", "RECUSED_ZH", "build_score_sheet_pdf"]

MAX_SIGNATURE_PNG_BYTES = 4 * 1024 * 1024
_MAX_SIGNATURE_PIXELS = 4000 * 4000

RECUSED_EN = "Recused — conflict of interest"
RECUSED_ZH = "因利益衝突避席"

_STATUS = {
    "draft": ("Draft", "草稿"),
    "signed": ("Signed", "已簽署"),
    "superseded": ("Superseded", "已被取代"),
}


def build_score_sheet_pdf(sheet: ScoreSheet, *, drawn_signature_png: bytes | None = None) -> bytes:
    """The score sheet's pages as PDF bytes (unsigned, without attachment).

    ``drawn_signature_png`` is the judge's signature drawn on screen, printed above the
    signature line; a file that is not a sane PNG raises ValidationError.
    """
    st = styles()
    signature = _signature_image(drawn_signature_png) if drawn_signature_png else None
    criteria = sheet.criteria
    finalists = sheet.finalists_in_order()
    total_weight = sum((c.weight for c in criteria), Decimal(0))

    story: list[Flowable] = title_block(sheet.competition, "Judge's score sheet", "評判評分表",
                                        st)
    story.append(_judge_table(sheet, st))
    if sheet.revision > 1:
        story += _amendment(sheet, st)
    story += _criteria_table(criteria, total_weight, st)
    # The heading goes inside the first finalist's keep-together group, so it never stands
    # alone at a page foot (ReportLab's keepWithNext does not join a KeepTogether).
    lead: list[Flowable] = [heading("Scores by finalist", "各入圍部門評分", st)]
    for finalist in finalists:
        story += _finalist_block(finalist, criteria, total_weight, st, lead)
        lead = []
    story += lead
    # The summary and the signature stay on one page when they fit, so the page the judge
    # signs shows the marks being signed; a long summary simply flows on.
    story.append(CondPageBreak(60 * mm))
    story.append(KeepTogether([
        heading("Summary", "總覽", st),
        _summary_table(finalists, criteria, st),
        *_signature_block(sheet, signature, st),
    ]))
    return build_pdf(story, meta=_meta(sheet), decor=_decor(sheet))


def _judge_name(sheet: ScoreSheet) -> str:
    judge = sheet.judge
    return " ".join(part for part in (judge.name_en, judge.name_zh) if part.strip())


def _meta(sheet: ScoreSheet) -> Meta:
    comp = sheet.competition
    name = _judge_name(sheet)
    return Meta(
        title=f"Score sheet 評分表 — {name} — {comp.award_name_en} {comp.year_label}",
        author=name,
        subject=(
            f"{comp.scheme_en} {comp.year_label}: {comp.award_name_en}; judge's score sheet, "
            f"revision {sheet.revision} / {comp.scheme_zh} {comp.award_name_zh} 評判評分表"
        ),
        created=sheet.generated_at,
        keywords=f"JudgePanel score sheet; document {sheet.document_id}; "
        f"revision {sheet.revision}",
    )


def _decor(sheet: ScoreSheet) -> Decor:
    comp = sheet.competition
    return Decor(
        header_left=f"{comp.scheme_en} {comp.scheme_zh} {comp.year_label}",
        header_right=f"Score sheet 評分表 · {_judge_name(sheet)}",
        footer_left=f"Document 文件 {sheet.document_id} · Revision 修訂版本 {sheet.revision}",
    )


# --------------------------------------------------------------------------------------------
# Pieces


def _judge_table(sheet: ScoreSheet, st: Styles) -> Flowable:
    comp, judge = sheet.competition, sheet.judge
    rows = [
        [label("Judge", "評判", st), bilingual(clip(judge.name_en), clip(judge.name_zh), st.cell),
         label("Document ID", "文件編號", st), para(clip(sheet.document_id, 64), st.mono)],
        [label("Title", "職銜", st), para(clip(judge.title, 300) or "—", st.cell),
         label("Revision", "修訂版本", st), para(str(sheet.revision), st.cell)],
        [label("Affiliation", "所屬界別", st),
         bilingual(clip(judge.affiliation_en), clip(judge.affiliation_zh), st.cell),
         label("Generated", "製備時間", st), para(fmt_moment(sheet.generated_at), st.cell)],
        [label("Competition", "比賽", st),
         bilingual(clip(comp.name_en), clip(comp.name_zh), st.cell),
         label("Signed", "簽署時間", st), para(fmt_moment(sheet.signing_time), st.cell)],
    ]
    return info_table(rows, [24 * mm, 66 * mm, 26 * mm, CONTENT_WIDTH - 116 * mm])


def _amendment(sheet: ScoreSheet, st: Styles) -> list[Flowable]:
    reason = (sheet.amendment_reason or "").strip() or "—"
    notes: list[Flowable] = []
    if is_long(reason):
        notes = flowing(reason, st.cell, "Reason for amendment 修訂原因：")
    notice = alert_box([
        Text.of([(f"Amended sheet — revision {sheet.revision}",
                  f"修訂評分表 — 第 {sheet.revision} 版")], st.alert),
        Text.of([("Reason for amendment 修訂原因："
                  + (reason if not notes else "see below 見下文"),)], st.cell),
        Text.of([("This sheet replaces every earlier revision listed below. "
                  "本評分表取代下列所有較早版本。",)], st.small),
    ])
    rows: list[list[Flowable]] = [[
        label("Rev.", "版本", st), label("Signed", "簽署時間", st),
        label("Status", "狀態", st), label("Reason", "原因", st),
        label("SHA-256 of signed PDF", "已簽署檔案的 SHA-256", st),
    ]]
    for note in sheet.history:
        status_en, status_zh = _STATUS.get(note.status, (note.status, note.status))
        note_reason = note.reason.strip() or ("First issue 首次發出" if note.revision == 1
                                              else "—")
        if is_long(note_reason):
            notes += flowing(note_reason, st.cell,
                             f"Revision {note.revision} 第 {note.revision} 版 — reason 原因：")
            note_reason = "see below 見下文"
        rows.append([
            para(str(note.revision), st.cell),
            para(fmt_moment(note.signed_at), st.cell),
            bilingual(clip(status_en), clip(status_zh), st.cell),
            para(note_reason, st.cell),
            para(group_hex(note.sha256, per_line=8) if note.sha256 else "—", st.mono_small),
        ])
    rows.append([
        para(str(sheet.revision), st.cell),
        para(fmt_moment(sheet.signing_time), st.cell),
        bilingual("This sheet", "本版", st.cell),
        para(reason if not is_long(reason) else "see above 見上文", st.cell),
        para("This document 本文件", st.cell),
    ])
    last = len(rows) - 1
    history = data_table(
        rows,
        [12 * mm, 27 * mm, 22 * mm, CONTENT_WIDTH - 119 * mm, 58 * mm],
        extra=[("BACKGROUND", (0, last), (-1, last), TINT)],
    )
    return [Spacer(1, 4 * mm), notice, *notes, heading("Revision history", "修訂紀錄", st),
            history]


def _criteria_table(criteria: tuple[CriterionInfo, ...], total_weight: Decimal,
                    st: Styles) -> list[Flowable]:
    rows: list[list[Flowable]] = [[
        label("Criterion", "甄選準則", st), label("What the judge assesses", "評審範圍", st),
        label("Weight", "比重", st), label("Scale", "分數範圍", st),
    ]]
    for c in criteria:
        rows.append([
            bilingual(clip(c.name_en), clip(c.name_zh), st.cell),
            bilingual(clip(c.description_en, 900), clip(c.description_zh, 500), st.tiny),
            para(weight_share(c.weight, total_weight), st.cell_right),
            para(scale_text(c), st.cell),
        ])
    note = Text.of([
        ("Each score is placed on its criterion's scale (0–100) and weighted; the weighted total "
         "is out of 100.",),
        ("各項分數按其分數範圍折算為 0–100 後加權，加權總分以 100 分為滿分。",),
    ], st.small)
    table = data_table(rows, [34 * mm, CONTENT_WIDTH - 90 * mm, 18 * mm, 38 * mm])
    return [heading("Criteria", "甄選準則", st), table, Spacer(1, 1.5 * mm), note]


def _recusal_box(finalist: FinalistScores, st: Styles) -> Flowable:
    reason = finalist.recusal_reason.strip() or "—"
    shown = reason if not is_long(reason) else "see below 見下文"
    return alert_box([
        Text.of([(f"{RECUSED_EN} / {RECUSED_ZH}",)], st.alert),
        Text.of([("Reason 原因：" + shown,)], st.cell),
        Text.of([("The judge did not score this finalist. 評判沒有為此入圍部門評分。",)], st.small),
    ])


def _score_cell(value: Decimal | None, criterion: CriterionInfo, st: Styles) -> Flowable:
    if value is None:
        return bilingual("Not scored", "未評分", st.cell_right)
    return para(f"{fmt_number(value)} / {fmt_number(criterion.scale_max)}", st.cell_right)


def _finalist_block(finalist: FinalistScores, criteria: tuple[CriterionInfo, ...],
                    total_weight: Decimal, st: Styles,
                    lead: list[Flowable]) -> list[Flowable]:
    """A title bar and a table of marks; comments too long for a cell follow the table."""
    title = entrant_bar(finalist.order, finalist.entrant, st)
    gap = Spacer(1, 5 * mm)
    if finalist.recused:
        reason = finalist.recusal_reason.strip()
        notes = flowing(reason, st.cell, "Reason 原因：") if is_long(reason) else []
        return [KeepTogether([*lead, title, _recusal_box(finalist, st)]), *notes, gap]

    rows: list[list[Flowable | str]] = [[
        label("Criterion", "準則", st), label("Weight", "比重", st),
        label("Score", "分數", st), label("Comment", "評語", st),
    ]]
    notes = []
    for c in criteria:
        score = finalist.score_for(c.code)
        comment = score.comment.strip() if score else ""
        if is_long(comment):
            lead_text = f"{markup(clip(c.name_en))} {markup(clip(c.name_zh))} — comment 評語："
            notes += flowing(comment, st.cell, lead_text)
            comment_cell = para("See below 見下文", st.cell)
        else:
            comment_cell = para(comment or "—", st.cell)
        rows.append([
            bilingual(clip(c.name_en), clip(c.name_zh), st.cell),
            para(weight_share(c.weight, total_weight), st.cell_right),
            _score_cell(score.value if score else None, c, st),
            comment_cell,
        ])
    total = finalist.weighted_total
    rows.append([
        bilingual("Weighted total (out of 100)", "加權總分（滿分 100）", st.cell), "",
        para(f"{fmt_total(total)} / 100", st.cell_right) if total is not None
        else bilingual("Incomplete", "未完成", st.cell_right),
        "",
    ])
    last = len(rows) - 1
    extra: list[tuple[object, ...]] = [
        ("SPAN", (0, last), (1, last)),
        ("BACKGROUND", (0, last), (-1, last), TINT),
        ("LINEABOVE", (0, last), (-1, last), 0.8, INK),
    ]
    overall = finalist.overall_comment.strip()
    if is_long(overall):
        notes += flowing(overall, st.cell, "Overall comment 總評：")
    elif overall:
        rows.append([Text.of([("Overall comment 總評：" + overall,)], st.cell), "", "", ""])
        extra.append(("SPAN", (0, last + 1), (-1, last + 1)))
    table = data_table(rows, [40 * mm, 17 * mm, 21 * mm, CONTENT_WIDTH - 78 * mm], zebra=False,
                       extra=extra)
    if notes:
        notes = [Spacer(1, 2 * mm), *notes]
    return [KeepTogether([*lead, title, table]), *notes, gap]


def _summary_table(finalists: tuple[FinalistScores, ...], criteria: tuple[CriterionInfo, ...],
                   st: Styles) -> Flowable:
    n = len(criteria)
    order_w, total_w = 9 * mm, 21 * mm
    name_w = 62 * mm if n <= 4 else 48 * mm
    crit_w = (CONTENT_WIDTH - order_w - name_w - total_w) / max(n, 1)
    head = [label("No.", "序", st), label("Finalist", "入圍部門", st)]
    head += [bilingual(clip(c.name_en, 60), clip(c.name_zh, 30), st.head_right)
             for c in criteria]
    head.append(bilingual("Total /100", "總分", st.head_right))
    rows: list[list[Flowable | str]] = [head]
    extra: list[tuple[object, ...]] = []
    for finalist in finalists:
        e = finalist.entrant
        row: list[Flowable | str] = [
            para(str(finalist.order), st.cell),
            bilingual(clip(e.name_en), clip(e.name_zh), st.cell),
        ]
        if finalist.recused:
            row.append(Text.of([(f"{RECUSED_EN} / {RECUSED_ZH}",)], st.alert))
            row += [""] * n
            r = len(rows)
            extra += [("SPAN", (2, r), (-1, r)), ("BACKGROUND", (2, r), (-1, r), ALERT_FILL)]
        else:
            for c in criteria:
                score = finalist.score_for(c.code)
                value = score.value if score else None
                row.append(para(fmt_number(value) if value is not None else "—", st.cell_right))
            total = finalist.weighted_total
            row.append(para(fmt_total(total) if total is not None else "—", st.cell_right))
        rows.append(row)
    return data_table(rows, [order_w, name_w] + [crit_w] * n + [total_w], extra=extra)


def _signature_image(png: bytes) -> Image:
    """The judge's drawn signature, checked before ReportLab sees it."""
    if len(png) > MAX_SIGNATURE_PNG_BYTES or not png.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValidationError(tr_noop("The drawn signature is not a PNG image of a usable size."))
    from PIL import Image as PilImage

    try:
        with PilImage.open(io.BytesIO(png)) as probe:
            width, height = probe.size
            if width <= 0 or height <= 0 or width * height > _MAX_SIGNATURE_PIXELS:
                raise ValidationError(tr_noop("The drawn signature image is too large."))
            probe.load()
    except (OSError, SyntaxError, ValueError, PilImage.DecompressionBombError) as exc:
        raise ValidationError(tr_noop("The drawn signature is not a readable PNG image.")) from exc
    scale = min(62 * mm / width, 18 * mm / height)
    return Image(io.BytesIO(png), width=width * scale, height=height * scale, hAlign="LEFT")


def _signature_block(sheet: ScoreSheet, signature: Image | None,
                     st: Styles) -> list[Flowable]:
    judge = sheet.judge
    fingerprint = sheet.signer_fingerprint
    details = info_table(
        [
            [label("Judge", "評判", st),
             bilingual(clip(judge.name_en), clip(judge.name_zh), st.cell)],
            [label("Signing time", "簽署時間", st),
             para(fmt_moment(sheet.signing_time, empty="In the digital signature 見數碼簽署"),
                  st.cell)],
            [label("Certificate fingerprint (SHA-256)", "證書指紋", st),
             para(group_hex(fingerprint, per_line=8) if fingerprint else "—", st.mono)],
            [label("Revision", "修訂版本", st), para(str(sheet.revision), st.cell)],
            [label("Document ID", "文件編號", st), para(clip(sheet.document_id, 64), st.mono)],
        ],
        [32 * mm, 72 * mm],
    )
    layout = plain_table(
        [[details, signature_lines(st, drawn=signature)]],
        [104 * mm, CONTENT_WIDTH - 104 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
        ],
    )
    declaration = Text.of([
        ("I declare that the scores and comments above are my own independent assessment of the "
         "finalists' presentations, and that I have declared every conflict of interest.",),
        ("本人聲明，以上評分及評語乃本人對各入圍部門介紹的獨立評審，並已申報所有利益衝突。",),
    ], st.body)
    note = Text.of([
        ("This sheet is digitally signed; the signature also covers the attached data file "
         "scoresheet.json, which holds the same scores.",),
        ("本評分表已數碼簽署，簽署同時涵蓋附件 scoresheet.json 所載的相同評分資料。",),
    ], st.small)
    return [KeepTogether([
        heading("Declaration and signature", "聲明及簽署", st),
        declaration, Spacer(1, 3 * mm), layout, Spacer(1, 3 * mm), note,
    ])]
