"""The presentation schedule, read back with real poppler tools."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta

from judgepanel.reports.schedule import build_schedule_pdf


def test_schedule_lists_times_names_and_minutes(samples, pdf_text, pdf_info, pdf_fonts):
    pdf = build_schedule_pdf(samples.make_schedule())
    text = pdf_text(pdf)
    for moment in ("09:30", "09:55", "11:25", "12:30", "14:00", "14:25"):
        assert moment in text
    for name in ("Immigration Department", "入境事務處", "Correctional Services Department",
                 "懲教署"):
        assert name in text
    assert "Presentation" in text and "Q&A" in text
    assert "Friday 14 March 2003" in text and "2003年3月14日（星期五）" in text
    assert "政府總部公務員事務局第一會議室" in text
    assert "Break (65 min)" in text and "休息" in text
    assert "Page 1 of 1" in text
    assert pdf_info(pdf)["Pages"] == "1"
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)


def test_overlapping_slots_are_marked(samples, pdf_text):
    doc = samples.make_schedule()
    slots = list(doc.slots)
    slots[1] = replace(slots[1], starts_at=slots[0].starts_at + timedelta(minutes=20))
    text = pdf_text(build_schedule_pdf(replace(doc, slots=tuple(slots))))
    assert "Overlaps the previous slot by 5 min" in text
    assert "與上一節重疊" in text


def test_hong_kong_time_is_printed_whatever_the_input_zone(samples, pdf_text):
    doc = samples.make_schedule()
    slots = tuple(replace(s, starts_at=s.starts_at.astimezone(UTC)) for s in doc.slots)
    assert "09:30" in pdf_text(build_schedule_pdf(replace(doc, slots=slots)))
