"""The printable presentation schedule: who presents when, on the day of the final judging.

Times print in Hong Kong time. Gaps between slots print as breaks, and a slot that starts before
the previous one ends is marked, so a clash is seen on paper before it happens in the room.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from judgepanel.domain.documents import ScheduleDocument, ScheduleSlot
from judgepanel.domain.timefmt import HONG_KONG, hk_time
from judgepanel.reports.layout import (
    ALERT,
    ALERT_FILL,
    CONTENT_WIDTH,
    SHADE,
    Decor,
    Meta,
    Styles,
    bilingual,
    build_pdf,
    clip,
    data_table,
    fmt_date,
    heading,
    info_table,
    label,
    markup,
    para,
    styles,
    title_block,
)

__all__ = ["build_schedule_pdf"]


def build_schedule_pdf(doc: ScheduleDocument) -> bytes:
    """The day's presentation schedule, slots in order, as PDF bytes."""
    st = styles()
    slots = sorted(doc.slots, key=lambda s: (s.starts_at, s.order))
    day_en, day_zh = fmt_date(doc.day)
    story: list[Flowable] = title_block(doc.competition, "Presentation schedule", "介紹時間表",
                                        st)
    story.append(info_table(
        [[label("Date", "日期", st), bilingual(day_en, day_zh, st.cell),
          label("Venue", "地點", st),
          bilingual(clip(doc.venue_en, 300), clip(doc.venue_zh, 150), st.cell)],
         [label("Competition", "比賽", st),
          bilingual(clip(doc.competition.name_en), clip(doc.competition.name_zh), st.cell),
          label("Finalists", "入圍部門", st),
          para(f"{len(slots)} presentations · {len(slots)} 個介紹", st.cell)]],
        [22 * mm, 64 * mm, 22 * mm, CONTENT_WIDTH - 108 * mm],
    ))
    story.append(heading("Running order", "次序", st))
    story.append(_slots_table(slots, st))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(
        "Times are Hong Kong time. Each slot is the presentation followed by questions and "
        "answers from the panel.<br/>時間均為香港時間。每節先作介紹，再由評選小組提問。",
        st.small,
    ))
    comp = doc.competition
    meta = Meta(
        title=f"Presentation schedule 介紹時間表 — {comp.award_name_en} {comp.year_label}",
        author=f"{comp.scheme_en} {comp.scheme_zh}",
        subject=f"{comp.name_en} {comp.name_zh}: presentations on {doc.day.isoformat()}",
        created=datetime.combine(doc.day, time(0, 0), tzinfo=HONG_KONG).astimezone(UTC),
        keywords="JudgePanel presentation schedule",
    )
    decor = Decor(
        header_left=f"{comp.scheme_en} {comp.scheme_zh} {comp.year_label}",
        header_right=f"Presentation schedule 介紹時間表 · {doc.day.isoformat()}",
        footer_left=f"{day_en} · {clip(doc.venue_en, 80)}",
    )
    return build_pdf(story, meta=meta, decor=decor)


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


def _slots_table(slots: list[ScheduleSlot], st: Styles) -> Flowable:
    rows: list[list[Flowable | str]] = [[
        label("No.", "次序", st),
        label("Starts", "開始", st),
        label("Finalist", "入圍部門", st),
        bilingual("Presentation (min)", "介紹（分鐘）", st.head_right),
        bilingual("Q&A (min)", "答問（分鐘）", st.head_right),
        label("Ends", "完結", st),
    ]]
    extra: list[tuple[object, ...]] = []
    previous_end: datetime | None = None
    for slot in slots:
        if previous_end is not None:
            gap = _minutes(slot.starts_at - previous_end)
            r = len(rows)
            if gap > 0:
                rows.append(["", para(f"{hk_time(previous_end)}–{hk_time(slot.starts_at)}",
                                      st.cell),
                             bilingual(f"Break ({gap} min)", f"休息（{gap} 分鐘）", st.cell,
                                       inline=True), "", "", ""])
                extra += [("SPAN", (2, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), SHADE)]
            elif gap < 0:
                rows.append(["", "", Paragraph(
                    f"Overlaps the previous slot by {-gap} min&nbsp;&nbsp;"
                    f"與上一節重疊 {-gap} 分鐘", st.alert), "", "", ""])
                extra += [("SPAN", (2, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), ALERT_FILL),
                          ("BOX", (0, r), (-1, r), 1, ALERT)]
        e = slot.entrant
        rows.append([
            para(str(slot.order), st.cell),
            para(hk_time(slot.starts_at), st.cell),
            Paragraph(f"{markup(clip(e.name_en))}<br/>{markup(clip(e.name_zh))}"
                      f"<br/><font size='7' color='#5A6472'>{markup(clip(e.code, 40))}</font>",
                      st.cell),
            para(str(slot.presentation_minutes), st.cell_right),
            para(str(slot.qa_minutes), st.cell_right),
            para(hk_time(slot.ends_at), st.cell),
        ])
        previous_end = max(previous_end, slot.ends_at) if previous_end else slot.ends_at
    if not slots:
        rows.append(["", "", bilingual("No presentations scheduled.", "未有安排介紹。", st.cell),
                     "", "", ""])
    return data_table(
        rows,
        [14 * mm, 24 * mm, CONTENT_WIDTH - 106 * mm, 26 * mm, 24 * mm, 18 * mm],
        zebra=False,
        extra=extra,
    )
