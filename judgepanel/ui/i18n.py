"""Language switching through Qt translation files (``resources/i18n/zh_HK/*.qm``).

Each UI area has its own ``.ts`` file so that parallel work never fights over one file; all
of a language's files are installed together. Installing a translator makes Qt send every widget
a ``LanguageChange`` event, on which widgets re-set their texts (``retranslate_ui``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES: dict[str, str] = {"en": "English", "zh_HK": "繁體中文"}
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
I18N_DIR = RESOURCES / "i18n"

_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    return _current


def normalise(language: str | None) -> str:
    if not language:
        return "en"
    lang = language.replace("-", "_")
    if lang.lower().startswith("zh"):
        return "zh_HK"
    return "en"


def system_language() -> str:
    return normalise(QLocale.system().name())


def set_language(language: str) -> str:
    """Installs the translators for ``language`` ("en" or "zh_HK"); returns the one in force."""
    global _current
    app = QCoreApplication.instance()
    lang = normalise(language)
    if app is None:
        _current = lang
        return lang
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang != "en":
        folder = I18N_DIR / lang
        for qm in sorted(folder.glob("*.qm")):
            t = QTranslator(app)
            if t.load(str(qm)):
                app.installTranslator(t)
                _installed.append(t)
        # Qt ships no zh_HK for its own buttons; Traditional Chinese (zh_TW) is the right
        # script and wording for "OK", "Cancel" and the like.
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in (f"qtbase_{lang}", "qtbase_zh_TW"):
            if qt.load(name, qt_dir):
                app.installTranslator(qt)
                _installed.append(qt)
                break
    QLocale.setDefault(QLocale(lang if lang != "en" else "en_HK"))
    _current = lang
    return lang


def translate_error(template: str, params: dict[str, object]) -> str:
    """Translates a :class:`~judgepanel.domain.errors.UserError` template, then fills it in.

    Fields that are themselves translatable phrases (``tr_noop`` values, e.g. "your signing
    credential") are translated too; names known in both languages (:class:`Named`) are shown
    in the UI's language; other names, numbers and file names are filled in as they are."""
    from judgepanel.domain.errors import Named, Phrase

    text = QCoreApplication.translate("domain", template)
    chinese = _current.startswith("zh")

    def shown_value(value: object) -> object:
        if isinstance(value, Phrase):
            return QCoreApplication.translate("domain", value)
        if isinstance(value, Named) and chinese:
            return value.zh
        return value

    shown = {key: shown_value(value) for key, value in params.items()}
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)
