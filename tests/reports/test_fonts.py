"""Finding and registering the Chinese font."""

from __future__ import annotations

from pathlib import Path

import pytest

from judgepanel.domain.errors import UserError
from judgepanel.reports import fonts


def test_registration_is_idempotent():
    first = fonts.ensure_fonts()
    assert fonts.ensure_fonts() is first
    assert Path(first.path).is_file()

    from reportlab.pdfbase import pdfmetrics

    assert pdfmetrics.getFont(fonts.SANS).face.name
    assert pdfmetrics.getFont(fonts.MONO).face.name


def test_no_usable_font_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path):
    not_a_font = tmp_path / "fake.ttf"
    not_a_font.write_bytes(b"\0" * 100)
    candidates = [(str(tmp_path / "missing.ttc"), 0), (str(not_a_font), 0)]
    latin_only = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if latin_only.is_file():
        candidates.append((str(latin_only), 0))  # loads, but has no Chinese glyphs
    monkeypatch.setattr(fonts, "_candidates", lambda: candidates)
    with pytest.raises(UserError) as info:
        fonts.find_font()
    assert str(info.value) == "No Chinese font found: install fonts-wqy-microhei."


def test_environment_override_is_tried_first(monkeypatch: pytest.MonkeyPatch):
    path = fonts.find_font().path
    monkeypatch.setenv(fonts.FONT_ENV, f"{path}#0")
    assert fonts._candidates()[0] == (path, 0)
    assert fonts.find_font().path == path
