"""Renders resources/icons/judgepanel.svg to the PNG sizes desktops and the window use.

    python packaging/render_icons.py
    # writes resources/icons/judgepanel-{256,128,64,48,32,16}.png and judgepanel.ico (Windows)

Qt's own SVG renderer (QtSvg, part of PySide6-Essentials) draws the PNGs; Pillow (a ReportLab
dependency) packs them into the multi-size .ico that Windows wants for the executable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (256, 128, 64, 48, 32, 16)


def render(svg: Path = ICONS / "judgepanel.svg", sizes: tuple[int, ...] = SIZES) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = svg.with_name(f"{svg.stem}-{size}.png")
        if not image.save(str(out)):
            raise SystemExit(f"could not write {out}")
        written.append(out)
    written.append(_write_ico(svg.with_suffix(".ico"), svg.with_name(f"{svg.stem}-256.png")))
    return written


def _write_ico(out: Path, largest: Path) -> Path:
    from PIL import Image

    with Image.open(largest) as image:
        image.save(out, sizes=[(s, s) for s in (256, 64, 48, 32, 16)])
    return out


if __name__ == "__main__":
    for path in render():
        print(path)
