"""Translation files: extract, fill, compile, check.

    python scripts/i18n.py update     # lupdate the UI modules + extract error templates
    python scripts/i18n.py fill F.json  # set translations from {"source": "translation"}
    python scripts/i18n.py fill --replace F.json  # ... also replacing finished ones (rewording)
    python scripts/i18n.py release    # compile every .ts to .qm
    python scripts/i18n.py check      # fail on unfinished translations or stale .qm files

Each ``judgepanel/ui/<module>.py`` has its own ``resources/i18n/zh_HK/<module>.ts`` (parallel work
never fights over one file). Messages raised by the Qt-free layers (``UserError`` templates and
``tr_noop`` strings) are collected by an AST scan into ``domain.ts`` (context ``domain``).
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "judgepanel"
OUT = ROOT / "resources" / "i18n" / "zh_HK"
LANG = "zh_HK"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; run scripts/setup first")
    return found


def ui_modules() -> list[Path]:
    return sorted(p for p in (PKG / "ui").glob("*.py") if p.name != "__init__.py")


def _error_class_names() -> set[str]:
    import judgepanel.domain.errors as errors

    return {n for n, v in vars(errors).items() if isinstance(v, type) and
            issubclass(v, errors.UserError)}


def extract_python_messages() -> tuple[dict[str, str], dict[str, str]]:
    """(error templates, tr_noop strings), each mapped to a 'file:line' location."""
    error_names = _error_class_names()
    errors: dict[str, str] = {}
    noop: dict[str, str] = {}
    for path in sorted(PKG.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if name in error_names:
                errors.setdefault(first.value, f"{rel}:{node.lineno}")
            elif name == "tr_noop":
                noop.setdefault(first.value, f"{rel}:{node.lineno}")
    return errors, noop


def _write_context_ts(path: Path, context: str, messages: dict[str, str]) -> None:
    old = read_translations(path) if path.exists() else {}
    ts = ET.Element("TS", version="2.1", language=LANG)
    ctx = ET.SubElement(ts, "context")
    ET.SubElement(ctx, "name").text = context
    for source in sorted(messages):
        msg = ET.SubElement(ctx, "message")
        file, line = messages[source].rsplit(":", 1)
        ET.SubElement(msg, "location", filename=f"../../../{file}", line=line)
        ET.SubElement(msg, "source").text = source
        tr = ET.SubElement(msg, "translation")
        if old.get((context, source)):
            tr.text = old[(context, source)]
        else:
            tr.set("type", "unfinished")
    ET.indent(ts)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(ts, encoding="unicode") + "\n", encoding="utf-8")


def read_translations(path: Path) -> dict[tuple[str, str], str]:
    result: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                result[(name, msg.findtext("source") or "")] = tr.text or ""
    return result


def update() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for module in ui_modules():
        ts = OUT / f"{module.stem}.ts"
        subprocess.run([_tool("lupdate"), "-no-obsolete", "-target-language", LANG,
                        str(module), "-ts", str(ts)], check=True, capture_output=True)
        if "<message" not in ts.read_text(encoding="utf-8"):
            ts.unlink()
            ts.with_suffix(".qm").unlink(missing_ok=True)
    errors, noop = extract_python_messages()
    _write_context_ts(OUT / "domain.ts", "domain", {**noop, **errors})


def fill(mapping_file: Path, *, replace: bool = False) -> None:
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    for ts in sorted(OUT.glob("*.ts")):
        tree = ET.parse(ts)
        changed = False
        for msg in tree.getroot().iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None or source not in mapping:
                continue
            if tr.get("type") == "unfinished" or (replace and tr.text != mapping[source]):
                tr.text = mapping[source]
                tr.attrib.pop("type", None)
                changed = True
        if changed:
            ET.indent(tree.getroot())
            ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          + ET.tostring(tree.getroot(), encoding="unicode") + "\n",
                          encoding="utf-8")


def release(target: Path = OUT) -> None:
    for ts in sorted(OUT.glob("*.ts")):
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm",
                        str(target / f"{ts.stem}.qm")], check=True)


def check() -> list[str]:
    problems: list[str] = []
    for ts in sorted(OUT.glob("*.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                    problems.append(f"{ts.name}: untranslated: {msg.findtext('source')!r}")
        if not ts.with_suffix(".qm").exists():
            problems.append(f"{ts.name}: no compiled .qm (run scripts/i18n.py release)")
    with tempfile.TemporaryDirectory() as tmp:
        release(Path(tmp))
        for qm in sorted(Path(tmp).glob("*.qm")):
            committed = OUT / qm.name
            if committed.exists() and committed.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is stale (run scripts/i18n.py release)")
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "fill":
        replace = "--replace" in argv[1:]
        fill(Path(next(a for a in argv[1:] if a != "--replace")), replace=replace)
    elif argv[0] == "release":
        release()
    elif argv[0] == "check":
        problems = check()
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
