"""PyInstaller runtime hook: runs inside the bundle before JudgePanel's own code.

The bundle carries a CJK TrueType font in resources/fonts/. ``judgepanel.reports.fonts`` reads
``$JUDGEPANEL_CJK_FONT`` before looking at the system, so pointing it at the bundled font makes
PDFs come out the same on every machine (a font the user set explicitly still wins).
"""

import os
import sys
from pathlib import Path

_fonts = Path(getattr(sys, "_MEIPASS", "")) / "resources" / "fonts"
if "JUDGEPANEL_CJK_FONT" not in os.environ and _fonts.is_dir():
    for _font in sorted(_fonts.iterdir()):
        if _font.suffix.lower() in (".ttc", ".ttf"):
            os.environ["JUDGEPANEL_CJK_FONT"] = str(_font)
            break
