"""The app's identity: window icon, desktop entry name, and versions in the About box."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from judgepanel.app import make_application
from judgepanel.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_window_icon_and_desktop_entry(qapp) -> None:
    app = make_application([])
    assert app is qapp
    icon = app.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 64, 256}
    assert app.desktopFileName() == "judgepanel"
    entry = (ROOT / "resources" / "judgepanel.desktop").read_text(encoding="utf-8")
    assert "Icon=judgepanel" in entry and "Exec=judgepanel" in entry
    assert (ROOT / "resources" / "icons" / "judgepanel.svg").read_text().startswith("<?xml")


def test_about_box_names_the_versions(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    window.about_action.trigger()
    text = shown[0]
    for dist, name in (("SQLAlchemy", "SQLAlchemy"), ("reportlab", "ReportLab"),
                       ("pyHanko", "pyHanko"), ("alembic", "Alembic")):
        assert f"{name} {metadata.version(dist)}" in text
    assert "PySide6" in text and "Python" in text
