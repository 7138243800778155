"""The settings dialog, driven by keyboard and mouse as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
)

from judgepanel import settings as prefs
from judgepanel.settings import AppSettings
from judgepanel.ui.settings_dialog import AppliedSettings, SettingsDialog

Button = QDialogButtonBox.StandardButton


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialog(qtbot, qapp, settings):
    d = SettingsDialog(None, settings=settings, current_database="/srv/panel/chair.db")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d
    prefs.apply_font_size(qapp, None)


@pytest.fixture
def applied(dialog) -> list[AppliedSettings]:
    seen: list[AppliedSettings] = []
    dialog.settings_applied.connect(seen.append)
    return seen


def _click(qtbot, dialog, which) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def test_shows_what_is_stored(qtbot, settings, tmp_path) -> None:
    settings.language = "zh_HK"
    settings.font_point_size = 15
    settings.kits_folder = str(tmp_path)
    settings.database = "postgresql://secretariat@panel-room/judging"
    d = SettingsDialog(None, settings=settings)
    qtbot.addWidget(d)
    assert d.language_combo.currentData() == "zh_HK"
    assert d.font_spin.value() == 15
    assert d.kits_edit.text() == str(tmp_path.resolve())
    assert d.sheets_edit.text() == "" and d.sheets_edit.placeholderText() == prefs.default_folder()
    assert d.db_server_radio.isChecked() and d.db_server_edit.isEnabled()
    assert d.db_server_edit.text() == "postgresql://secretariat@panel-room/judging"
    assert not d.db_file_edit.isEnabled()
    prefs.apply_font_size(QApplication.instance(), None)


def test_defaults_when_nothing_is_stored(dialog) -> None:
    assert dialog.language_combo.currentIndex() == 0  # same as the computer
    assert dialog.font_spin.text().startswith("Computer's default")
    assert dialog.db_default_radio.isChecked()
    assert dialog.db_default_path.text() == prefs.default_database_file()
    assert "next time JudgePanel starts" in dialog.db_note.text()
    assert "/srv/panel/chair.db" in dialog.db_current.text()
    assert not dialog.db_override.isVisibleTo(dialog)


def test_font_size_changes_at_once_and_cancel_puts_it_back(qtbot, qapp, dialog,
                                                           settings) -> None:
    system = prefs.system_font_points(qapp)
    dialog.font_spin.setFocus()
    dialog.font_spin.setValue(18)
    assert qapp.font().pointSizeF() == 18
    QApplication.processEvents()
    assert dialog.font().pointSizeF() == 18  # widgets follow without a restart
    qtbot.keyClick(dialog.font_spin, Qt.Key.Key_Up)
    assert qapp.font().pointSizeF() == 19
    _click(qtbot, dialog, Button.Cancel)
    assert qapp.font().pointSizeF() == system
    assert settings.font_point_size is None


def test_ok_keeps_the_font_size(qtbot, qapp, dialog, settings, applied) -> None:
    dialog.font_spin.setValue(16)
    _click(qtbot, dialog, Button.Ok)
    assert not dialog.isVisible()
    assert settings.font_point_size == 16
    assert qapp.font().pointSizeF() == 16
    assert applied[-1].font_changed and applied[-1].font_point_size == 16
    assert not applied[-1].restart_needed


def test_language_applies_at_once(qtbot, dialog, settings, applied) -> None:
    from judgepanel.ui import i18n

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_HK"))
    _click(qtbot, dialog, Button.Apply)
    assert i18n.current_language() == "zh_HK"
    assert settings.language == "zh_HK"
    assert dialog.windowTitle() == "設定"
    assert dialog.buttons.button(Button.Cancel).text() == "取消"
    assert applied[-1].language_changed and applied[-1].language == "zh_HK"
    dialog.language_combo.setCurrentIndex(0)
    _click(qtbot, dialog, Button.Apply)
    assert settings.language is None
    assert i18n.current_language() == i18n.system_language()


def test_a_new_database_takes_effect_at_next_start(qtbot, dialog, settings, applied) -> None:
    qtbot.mouseClick(dialog.db_server_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.db_server_edit, "postgresql://secretariat@panel-room/judging")
    _click(qtbot, dialog, Button.Apply)
    assert settings.database == "postgresql://secretariat@panel-room/judging"
    assert applied[-1].restart_needed is True
    assert applied[-1].database == settings.database
    # Going back to the default is also a change for the next start.
    qtbot.mouseClick(dialog.db_default_radio, Qt.MouseButton.LeftButton)
    _click(qtbot, dialog, Button.Ok)
    assert settings.database is None and applied[-1].restart_needed is True


def test_typing_a_file_path_selects_the_file_choice(qtbot, dialog, settings, tmp_path) -> None:
    qtbot.mouseClick(dialog.db_file_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.db_file_edit, str(tmp_path / "chair.db"))
    assert dialog.db_file_radio.isChecked()
    _click(qtbot, dialog, Button.Ok)
    assert settings.database == str(tmp_path / "chair.db")


@pytest.mark.parametrize(("radio", "text", "fragment"), [
    ("server", "postgresql://chair:hunter2@panel-room/judging", "Leave the password out"),
    ("server", "mysql://chair@panel-room/judging", "not supported"),
    ("file", "chair.db", "full path"),
    ("file", "", "Type the database location"),
])
def test_a_bad_database_location_is_refused_with_the_reason(qtbot, dialog, settings, radio,
                                                            text, fragment) -> None:
    button = dialog.db_server_radio if radio == "server" else dialog.db_file_radio
    edit = dialog.db_server_edit if radio == "server" else dialog.db_file_edit
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if text:
        qtbot.keyClicks(edit, text)
    _click(qtbot, dialog, Button.Ok)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible() and fragment in dialog.error_label.text()
    assert edit.hasFocus()
    assert settings.database is None


def test_a_missing_folder_is_refused(qtbot, dialog, settings, tmp_path) -> None:
    qtbot.keyClicks(dialog.sheets_edit, str(tmp_path / "nowhere"))
    _click(qtbot, dialog, Button.Apply)
    assert "does not exist" in dialog.error_label.text()
    assert dialog.sheets_edit.hasFocus()
    dialog.sheets_edit.setText(str(tmp_path))
    _click(qtbot, dialog, Button.Apply)
    assert not dialog.error_label.isVisible()
    assert settings.sheets_folder == str(tmp_path.resolve())


def test_browse_fills_in_the_folder(qtbot, dialog, tmp_path, monkeypatch, applied) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *_a, **_k: str(tmp_path))
    qtbot.mouseClick(dialog.kits_browse, Qt.MouseButton.LeftButton)
    assert dialog.kits_edit.text() == str(tmp_path)
    _click(qtbot, dialog, Button.Ok)
    assert applied[-1].folders_changed


def test_restore_defaults_resets_the_fields_but_stores_nothing_yet(qtbot, settings,
                                                                   tmp_path) -> None:
    settings.font_point_size = 20
    settings.database = str(tmp_path / "chair.db")
    d = SettingsDialog(None, settings=settings)
    qtbot.addWidget(d)
    _click(qtbot, d, Button.RestoreDefaults)
    assert d.font_spin.value() == d.font_spin.minimum()
    assert d.db_default_radio.isChecked()
    assert settings.font_point_size == 20
    _click(qtbot, d, Button.Apply)
    assert settings.font_point_size is None and settings.database is None
    prefs.apply_font_size(QApplication.instance(), None)


def test_keyboard_reaches_every_field_by_its_mnemonic(qtbot, dialog) -> None:
    for key, widget in ((Qt.Key.Key_L, dialog.language_combo), (Qt.Key.Key_F, dialog.font_spin),
                        (Qt.Key.Key_K, dialog.kits_edit), (Qt.Key.Key_S, dialog.sheets_edit)):
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        assert widget.hasFocus(), key
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.db_server_radio.isChecked)  # a mnemonic clicks after a moment
    assert dialog.db_server_edit.isEnabled()
    # Arrow keys move between the database choices.
    dialog.db_server_radio.setFocus()
    qtbot.keyClick(dialog.db_server_radio, Qt.Key.Key_Up)
    assert dialog.db_file_radio.isChecked()


def test_escape_cancels(qtbot, dialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_control_has_an_accessible_name(dialog) -> None:
    for kind in (QComboBox, QSpinBox, QLineEdit, QPushButton, QRadioButton):
        for widget in dialog.findChildren(kind):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QSpinBox | QComboBox):
                continue  # a spin box's own editor
            assert widget.accessibleName() or widget.text(), widget.objectName()
    for edit in (dialog.kits_edit, dialog.sheets_edit, dialog.db_file_edit, dialog.db_server_edit):
        assert edit.accessibleName()


def test_the_environment_override_is_said(qtbot, settings, monkeypatch) -> None:
    monkeypatch.setenv("JUDGEPANEL_DB", "/srv/other.db")
    d = SettingsDialog(None, settings=settings)
    qtbot.addWidget(d)
    assert d.db_override.isVisibleTo(d)
    assert "/srv/other.db" in d.db_override.text()


def test_current_database_comes_from_the_main_window(qtbot, settings) -> None:
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    class Window(QWidget):
        services = SimpleNamespace(db=SimpleNamespace(path="postgresql://x@room/judging"))

    parent = Window()
    qtbot.addWidget(parent)
    d = SettingsDialog(parent, settings=settings)
    assert "postgresql://x@room/judging" in d.db_current.text()
