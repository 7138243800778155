"""Every user-visible string has its Traditional Chinese translation, and the compiled .qm files
are the ones the .ts sources produce (no stale translations shipped)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _i18n_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module
    spec.loader.exec_module(module)
    return module


def test_translations_are_complete_and_compiled() -> None:
    assert _i18n_tool().check() == []


def test_every_ui_module_with_texts_has_a_translation_file() -> None:
    tool = _i18n_tool()
    missing = [m.name for m in tool.ui_modules()
               if "self.tr(" in m.read_text(encoding="utf-8")
               and not (tool.OUT / f"{m.stem}.ts").exists()]
    assert missing == []


def test_placeholders_survive_translation() -> None:
    import re

    tool = _i18n_tool()
    field = re.compile(r"\{[^{}]*\}")
    wrong = []
    for ts in sorted(tool.OUT.glob("*.ts")):
        for (_context, source), text in tool.read_translations(ts).items():
            if sorted(field.findall(source)) != sorted(field.findall(text)):
                wrong.append((ts.name, source, text))
    assert wrong == []
