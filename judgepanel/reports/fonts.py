"""One embedded TrueType font with Chinese glyphs, registered with ReportLab once per process.

Why WenQuanYi Micro Hei: ReportLab's built-in ``MSung-Light`` CID font is not embedded and shows
blank in poppler-based viewers, and ReportLab cannot load CFF-outline fonts (Noto Sans CJK), so
we need a TrueType-outline font that covers both Latin and Traditional Chinese. The WenQuanYi
collection also holds a monospaced face (subfont 1), used for hashes and fingerprints.

Every text on our pages uses these fonts, so every font in our PDFs is embedded (as subsets).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from judgepanel.domain.errors import UserError, tr_noop

__all__ = ["FONT_ENV", "MONO", "SANS", "FontFiles", "ensure_fonts", "find_font"]

#: Registered ReportLab font names.
SANS = "JudgePanelSans"
MONO = "JudgePanelMono"

#: Optional override: a path to a TrueType font or collection with Chinese glyphs
#: (``path`` or ``path#index`` for a collection).
FONT_ENV = "JUDGEPANEL_CJK_FONT"

_KNOWN_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian, Ubuntu
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",  # Arch, openSUSE
    "/usr/share/fonts/TTF/wqy-microhei.ttc",
    "/usr/local/share/fonts/wqy-microhei.ttc",
    "/opt/homebrew/share/fonts/wqy-microhei.ttc",
    "/usr/local/share/fonts/truetype/wqy/wqy-microhei.ttc",
)
_FONT_FAMILY = "WenQuanYi Micro Hei"
#: Characters our pages always print; a font missing any of them is of no use.
_PROBE = "評分表第頁共簽署避席利益衝突部門準則ABCxyz0123"

_lock = threading.Lock()
_registered: FontFiles | None = None


@dataclass(frozen=True)
class FontFiles:
    """Where the registered fonts came from."""

    path: str
    sans_index: int
    mono_index: int | None


class _Unusable(Exception):
    pass


def _candidates() -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    override = os.environ.get(FONT_ENV, "").strip()
    if override:
        path, _, index = override.partition("#")
        found.append((path, int(index) if index.isdigit() else 0))
    found.extend((path, 0) for path in _KNOWN_PATHS)
    fc_match = shutil.which("fc-match")
    if fc_match:
        try:
            result = subprocess.run(
                [fc_match, "-f", "%{file}\n%{index}", _FONT_FAMILY],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            result = None
        if result is not None and result.returncode == 0:
            lines = result.stdout.splitlines()
            if lines and lines[0].strip():
                index = lines[1].strip() if len(lines) > 1 else "0"
                found.append((lines[0].strip(), int(index) if index.isdigit() else 0))
    return found


def _load(name: str, path: str, index: int) -> object:
    """A ReportLab TTFont for ``path``, refused unless it prints Chinese."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        font = TTFont(name, path, subfontIndex=index)
    except (TTFError, OSError, ValueError, IndexError, KeyError) as exc:
        raise _Unusable(str(exc)) from exc
    glyphs = font.face.charToGlyph
    if any(ord(ch) not in glyphs for ch in _PROBE):
        raise _Unusable(f"{path} has no Chinese glyphs")
    return font


def _first_usable() -> tuple[FontFiles, object, object]:
    seen: set[tuple[str, int]] = set()
    for path, index in _candidates():
        if (path, index) in seen or not Path(path).is_file():
            continue
        seen.add((path, index))
        try:
            sans = _load(SANS, path, index)
        except _Unusable:
            continue
        mono_index: int | None = None
        mono = sans
        if path.lower().endswith(".ttc") and index == 0:
            with contextlib.suppress(_Unusable):
                mono, mono_index = _load(MONO, path, 1), 1
        if mono is sans:
            mono = _load(MONO, path, index)
        return FontFiles(path, index, mono_index), sans, mono
    raise UserError(tr_noop("No Chinese font found: install fonts-wqy-microhei."))


def find_font() -> FontFiles:
    """The font file :func:`ensure_fonts` would use, or UserError saying what to install."""
    return _first_usable()[0]


def ensure_fonts() -> FontFiles:
    """Registers :data:`SANS` and :data:`MONO` (idempotent, thread-safe) and says from where."""
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        files, sans, mono = _first_usable()
        pdfmetrics.registerFont(sans)
        pdfmetrics.registerFont(mono)
        # There is no bold or italic face: <b> and <i> in a paragraph keep the same glyphs
        # rather than failing.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(SANS, bold, italic, SANS)
                addMapping(MONO, bold, italic, MONO)
        _registered = files
        return files
