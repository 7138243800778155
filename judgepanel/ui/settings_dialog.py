"""Settings: language, font size, default folders and the database location.

Language and font size apply at once (the font size even while the spin box moves, and goes back
on Cancel); folders apply to the next file dialog; a new database location only at the next
start, which the dialog says plainly. Everything is kept with ``QSettings``
(:mod:`judgepanel.settings`).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from judgepanel import settings as prefs
from judgepanel.domain.errors import UserError
from judgepanel.ui import i18n

if TYPE_CHECKING:
    from judgepanel.settings import AppSettings


@dataclass(frozen=True)
class AppliedSettings:
    """What the last Apply/OK changed (the payload of ``settings_applied``)."""

    language: str | None
    language_changed: bool
    font_point_size: int | None
    font_changed: bool
    folders_changed: bool
    database: str | None
    # True when the database location changed: it takes effect at the next start.
    restart_needed: bool


class SettingsDialog(QDialog):
    """``SettingsDialog(parent)``; ``settings_applied`` is emitted after each successful Apply
    or OK with an :class:`AppliedSettings`."""

    settings_applied = Signal(object)

    DB_DEFAULT, DB_FILE, DB_SERVER = range(3)

    def __init__(self, parent: QWidget | None = None, *, settings: AppSettings | None = None,
                 current_database: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings if settings is not None else prefs.AppSettings()
        self._app = QApplication.instance()
        self._current_database = current_database or self._database_of(parent)
        self._default_db = prefs.default_database_file()
        self._default_folder = prefs.default_folder()
        self._build()
        self.retranslate_ui()
        self._load()

    @staticmethod
    def _database_of(parent: QWidget | None) -> str | None:
        services = getattr(parent, "services", None)
        db = getattr(services, "db", None)
        return getattr(db, "path", None)

    # -- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)

        self.interface_box = QGroupBox()
        form = QFormLayout(self.interface_box)
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("", None)
        for code, label in i18n.LANGUAGES.items():
            self.language_combo.addItem(label, code)
        self.language_label.setBuddy(self.language_combo)
        form.addRow(self.language_label, self.language_combo)
        self.font_label = QLabel()
        self.font_spin = QSpinBox()
        self.font_spin.setObjectName("fontSizeSpin")
        # The value one below the smallest size stands for "the system's size".
        self.font_spin.setRange(prefs.MIN_FONT_POINTS - 1, prefs.MAX_FONT_POINTS)
        self.font_spin.valueChanged.connect(self._on_font_spin_value_changed)
        self.font_label.setBuddy(self.font_spin)
        form.addRow(self.font_label, self.font_spin)
        self.interface_note = QLabel()
        self.interface_note.setWordWrap(True)
        form.addRow(self.interface_note)
        layout.addWidget(self.interface_box)

        self.folders_box = QGroupBox()
        folders = QFormLayout(self.folders_box)
        self.kits_label, self.kits_edit, self.kits_browse = self._folder_row(folders, "kits")
        self.sheets_label, self.sheets_edit, self.sheets_browse = self._folder_row(folders,
                                                                                    "sheets")
        layout.addWidget(self.folders_box)

        self.database_box = QGroupBox()
        grid = QGridLayout(self.database_box)
        self.db_group = QButtonGroup(self)
        self.db_default_radio = QRadioButton()
        self.db_default_radio.setObjectName("databaseDefaultRadio")
        self.db_file_radio = QRadioButton()
        self.db_file_radio.setObjectName("databaseFileRadio")
        self.db_server_radio = QRadioButton()
        self.db_server_radio.setObjectName("databaseServerRadio")
        for kind, radio in enumerate((self.db_default_radio, self.db_file_radio,
                                      self.db_server_radio)):
            self.db_group.addButton(radio, kind)
        self.db_default_path = QLabel(self._default_db)
        self.db_default_path.setWordWrap(True)
        self.db_file_edit = QLineEdit()
        self.db_file_edit.setObjectName("databaseFileEdit")
        self.db_file_browse = QPushButton()
        self.db_file_browse.clicked.connect(self._on_db_file_browse_clicked)
        self.db_server_edit = QLineEdit()
        self.db_server_edit.setObjectName("databaseServerEdit")
        self.db_server_edit.setPlaceholderText("postgresql://user@server/judging")
        grid.addWidget(self.db_default_radio, 0, 0)
        grid.addWidget(self.db_default_path, 0, 1, 1, 2)
        grid.addWidget(self.db_file_radio, 1, 0)
        grid.addWidget(self.db_file_edit, 1, 1)
        grid.addWidget(self.db_file_browse, 1, 2)
        grid.addWidget(self.db_server_radio, 2, 0)
        grid.addWidget(self.db_server_edit, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.db_group.idToggled.connect(self._on_db_group_id_toggled)
        self.db_file_edit.textEdited.connect(lambda _t: self.db_file_radio.setChecked(True))
        self.db_server_edit.textEdited.connect(lambda _t: self.db_server_radio.setChecked(True))
        self.db_note = QLabel()
        self.db_note.setObjectName("databaseNote")
        self.db_note.setWordWrap(True)
        grid.addWidget(self.db_note, 3, 0, 1, 3)
        self.db_current = QLabel()
        self.db_current.setWordWrap(True)
        grid.addWidget(self.db_current, 4, 0, 1, 3)
        self.db_override = QLabel()
        self.db_override.setObjectName("databaseOverride")
        self.db_override.setWordWrap(True)
        grid.addWidget(self.db_override, 5, 0, 1, 3)
        layout.addWidget(self.database_box)

        self.error_label = QLabel()
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        Button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Apply
                                        | Button.RestoreDefaults)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(Button.Apply).clicked.connect(self.apply)
        self.buttons.button(Button.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _folder_row(self, form: QFormLayout, name: str) -> tuple[QLabel, QLineEdit, QPushButton]:
        label = QLabel()
        edit = QLineEdit()
        edit.setObjectName(f"{name}FolderEdit")
        edit.setPlaceholderText(self._default_folder)
        browse = QPushButton()
        browse.setObjectName(f"{name}FolderBrowse")
        browse.clicked.connect(lambda: self._browse_folder(edit))
        label.setBuddy(edit)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        form.addRow(label, row)
        return label, edit, browse

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.interface_box.setTitle(self.tr("Interface"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setItemText(0, self.tr("Same as the computer"))
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.font_label.setText(self.tr("&Font size:"))
        self.font_spin.setSuffix(self.tr(" pt"))
        self.font_spin.setSpecialValueText(self.tr("Computer's default ({size} pt)").format(
            size=self._system_points()))
        self.font_spin.setAccessibleName(self.tr("Interface font size in points"))
        self.interface_note.setText(self.tr("Language and font size change at once."))

        self.folders_box.setTitle(self.tr("Default folders"))
        self.kits_label.setText(self.tr("Judge &kits:"))
        self.kits_edit.setAccessibleName(self.tr("Default folder for judge kits"))
        self.sheets_label.setText(self.tr("Score &sheets:"))
        self.sheets_edit.setAccessibleName(self.tr("Default folder for score sheets"))
        for button, what in ((self.kits_browse, self.tr("Choose the folder for judge kits")),
                             (self.sheets_browse, self.tr("Choose the folder for score sheets"))):
            button.setText(self.tr("Browse…"))
            button.setAccessibleName(what)

        self.database_box.setTitle(self.tr("Database"))
        self.db_default_radio.setText(self.tr("&This computer's default"))
        self.db_default_path.setAccessibleName(self.tr("Default database file"))
        self.db_file_radio.setText(self.tr("A database fil&e:"))
        self.db_file_edit.setAccessibleName(self.tr("Database file"))
        self.db_file_browse.setText(self.tr("Browse…"))
        self.db_file_browse.setAccessibleName(self.tr("Choose the database file"))
        self.db_server_radio.setText(self.tr("A shared PostgreSQL ser&ver:"))
        self.db_server_edit.setAccessibleName(self.tr("PostgreSQL server address"))
        self.db_server_edit.setToolTip(self.tr(
            "For a panel room where several computers key in paper sheets at once. Keep the "
            "password in the PostgreSQL password file (.pgpass), not in the address."))
        self.db_note.setText(self.tr(
            "A new database location takes effect the next time JudgePanel starts."))
        self.db_current.setText(self.tr("Open now: {db}").format(
            db=self._current_database or self.tr("none")))
        env = os.environ.get("JUDGEPANEL_DB")
        self.db_override.setText(self.tr(
            "Note: the JUDGEPANEL_DB environment variable is set, so JudgePanel opens {db} "
            "whatever is chosen here.").format(db=env) if env else "")
        self.db_override.setVisible(bool(env))
        self.error_label.setAccessibleName(self.tr("Problem with the settings"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- values -----------------------------------------------------------------------------
    def _system_points(self) -> int:
        app = QApplication.instance()
        return round(prefs.system_font_points(app)) if app is not None else 10

    def _load(self) -> None:
        s = self.settings
        self._loaded_font = s.font_point_size
        self._set_widgets(language=s.language, font=s.font_point_size,
                          kits=s.stored_folder(prefs.KEY_KITS_FOLDER),
                          sheets=s.stored_folder(prefs.KEY_SHEETS_FOLDER), database=s.database)

    def _set_widgets(self, *, language: str | None, font: int | None, kits: str | None,
                     sheets: str | None, database: str | None) -> None:
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.font_spin.setValue(font if font is not None else self.font_spin.minimum())
        self.kits_edit.setText(kits or "")
        self.sheets_edit.setText(sheets or "")
        self.db_file_edit.setText("")
        self.db_server_edit.setText("")
        if database is None:
            self.db_default_radio.setChecked(True)
        elif "://" in database and not database.startswith("sqlite:///"):
            self.db_server_edit.setText(database)
            self.db_server_radio.setChecked(True)
        else:
            self.db_file_edit.setText(database)
            self.db_file_radio.setChecked(True)
        self._on_db_group_id_toggled(self.db_group.checkedId(), True)
        self._show_error(None)

    def chosen_font_size(self) -> int | None:
        value = self.font_spin.value()
        return None if value < prefs.MIN_FONT_POINTS else value

    def chosen_database(self) -> str | None:
        kind = self.db_group.checkedId()
        if kind == self.DB_FILE:
            return self.db_file_edit.text().strip() or None
        if kind == self.DB_SERVER:
            return self.db_server_edit.text().strip() or None
        return None

    # -- actions ----------------------------------------------------------------------------
    def restore_defaults(self) -> None:
        """Puts every field back to its default; nothing is stored until Apply or OK."""
        self._set_widgets(language=None, font=None, kits=None, sheets=None, database=None)

    def apply(self) -> bool:
        """Checks and stores everything; False (with the reason shown) if something is wrong."""
        s = self.settings
        language = self.language_combo.currentData()
        font = self.chosen_font_size()
        database = self.chosen_database()
        kind = self.db_group.checkedId()
        if kind != self.DB_DEFAULT and database is None:
            edit = self.db_file_edit if kind == self.DB_FILE else self.db_server_edit
            self._show_error(self.tr("Type the database location, or choose this computer's "
                                     "default."), edit)
            return False
        checks = ((self.kits_edit, prefs.check_folder), (self.sheets_edit, prefs.check_folder),
                  (self.db_file_edit if kind == self.DB_FILE else self.db_server_edit,
                   prefs.check_database_location if database else None))
        for edit, check in checks:
            text = edit.text().strip()
            if check is None or not text:
                continue
            try:
                check(text)
            except UserError as exc:
                self._show_error(i18n.translate_error(exc.template, exc.params), edit)
                return False
        old_folders = (s.stored_folder(prefs.KEY_KITS_FOLDER),
                       s.stored_folder(prefs.KEY_SHEETS_FOLDER))
        old_database = s.database
        language_changed = language != s.language
        font_changed = font != s.font_point_size
        s.language = language
        s.font_point_size = font
        s.kits_folder = self.kits_edit.text()
        s.sheets_folder = self.sheets_edit.text()
        s.database = database
        s.sync()
        folders_changed = old_folders != (s.stored_folder(prefs.KEY_KITS_FOLDER),
                                          s.stored_folder(prefs.KEY_SHEETS_FOLDER))
        self._loaded_font = s.font_point_size
        if self._app is not None:
            prefs.apply_font_size(self._app, font)  # type: ignore[arg-type]
        if language_changed:
            i18n.set_language(language or i18n.system_language())
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self._show_error(None)
        self.settings_applied.emit(AppliedSettings(
            language=s.language, language_changed=language_changed,
            font_point_size=s.font_point_size, font_changed=font_changed,
            folders_changed=folders_changed, database=s.database,
            restart_needed=s.database != old_database))
        return True

    def _on_buttons_accepted(self) -> None:
        if self.apply():
            self.accept()

    def reject(self) -> None:
        # The font size previews live; Cancel puts back what is stored.
        if self._app is not None:
            prefs.apply_font_size(self._app, self._loaded_font)  # type: ignore[arg-type]
        super().reject()

    def _show_error(self, text: str | None, focus: QWidget | None = None) -> None:
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))
        self.error_label.setAccessibleDescription(text or "")
        if focus is not None:
            focus.setFocus()

    # -- slots ------------------------------------------------------------------------------
    def _on_font_spin_value_changed(self, _value: int) -> None:
        if self._app is not None:
            prefs.apply_font_size(self._app, self.chosen_font_size())  # type: ignore[arg-type]

    def _on_db_group_id_toggled(self, kind: int, checked: bool) -> None:
        if not checked:
            return
        self.db_file_edit.setEnabled(kind == self.DB_FILE)
        self.db_file_browse.setEnabled(kind == self.DB_FILE)
        self.db_server_edit.setEnabled(kind == self.DB_SERVER)

    def _browse_folder(self, edit: QLineEdit) -> None:
        start = edit.text().strip() or self._default_folder
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        if folder:
            edit.setText(folder)

    def _on_db_file_browse_clicked(self) -> None:
        start = self.db_file_edit.text().strip() or self._default_db
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), start, self.tr("JudgePanel databases (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.db_file_edit.setText(path)
            self.db_file_radio.setChecked(True)


def offer_to_forget_database(parent: QWidget | None, error: UserError,
                             settings: AppSettings) -> bool:
    """At start, the database from the settings could not be opened: say why, and offer to go
    back to this computer's default database from the next start. True if the user agreed."""
    reason = i18n.translate_error(error.template, error.params)
    print(f"judgepanel: {reason}", file=sys.stderr, flush=True)
    text = QCoreApplication.translate(
        "SettingsDialog",
        "The database chosen in the settings could not be opened:\n\n{reason}\n\nForget "
        "that choice, so that JudgePanel opens this computer's default database the next time "
        "it starts?").format(reason=reason)
    answer = QMessageBox.question(
        parent, "JudgePanel", text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    settings.database = None
    settings.sync()
    return True
