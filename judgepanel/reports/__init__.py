"""ReportLab builders: plain data in (:mod:`judgepanel.domain.documents`), PDF bytes out.

ReportLab is imported only when a builder is first used, never by ``import judgepanel`` or
``import judgepanel.reports``, so start-up stays fast. Build PDFs off the GUI thread.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from judgepanel.reports.blank_sheets import build_blank_sheets_pdf
    from judgepanel.reports.schedule import build_schedule_pdf
    from judgepanel.reports.score_sheet import build_score_sheet_pdf

__all__ = ["build_blank_sheets_pdf", "build_schedule_pdf", "build_score_sheet_pdf"]

_HOMES = {
    "build_blank_sheets_pdf": "judgepanel.reports.blank_sheets",
    "build_schedule_pdf": "judgepanel.reports.schedule",
    "build_score_sheet_pdf": "judgepanel.reports.score_sheet",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(home), name)
