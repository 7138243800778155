"""Dialogs for the panel authority and judge kits (chair: create, export; judge: import)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.errors import UserError
from judgepanel.domain.model import Bilingual
from judgepanel.services.authority import AuthorityService
from judgepanel.ui import i18n

T = TypeVar("T")

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from judgepanel.domain.model import JudgeView
    from judgepanel.services.kits import KitImportResult, KitService


def group_fingerprint(fingerprint: str) -> str:
    """``ab12cd…`` as ``AB12 CD34 …``, easy to read aloud and compare on paper."""
    text = fingerprint.upper()
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _file_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


class _ServiceDialog(QDialog):
    """Shows a service's refusal in the dialog itself, translated, and keeps what was typed."""

    def __init__(self, parent: QWidget | None, action: Callable[[], None]) -> None:
        super().__init__(parent)
        self._action = action
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def show_error(self, error: UserError) -> None:
        self.message.setStyleSheet("color: #a40000; font-weight: bold;")
        self.message.setText(i18n.translate_error(error.template, error.params))

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _on_ok(self) -> None:
        try:
            self._action()
        except UserError as exc:
            self.show_error(exc)


class _PerJudgeDialog(_ServiceDialog):
    """A dialog whose work unlocks the panel authority once and then does one step per chosen
    judge (a kit, a credential), off the GUI thread behind a progress dialog with Cancel."""

    busy = False

    def run_per_judge(self, title: str, unlock: Callable[[], Any],
                      judges: Sequence[tuple[int, str]], step: Callable[[Any, int, str], T],
                      messages: tuple[str, str, str], keep: Callable[[list[T]], None]) -> None:
        """``unlock()`` (one key derivation) returns the authority; ``step(authority, judge_id,
        name)`` runs per judge. ``messages`` are the translated "unlocking", per-judge
        ("{name}") and cancelled ("{n}") texts. ``keep`` receives what was done (all of it, or
        what was done before Cancel); then the dialog closes, or says it was cancelled."""
        from judgepanel.ui.progress import run_with_progress

        unlocking, stepping, cancelled = messages
        total = len(judges) + 1

        def work(progress: Any, cancel: Any) -> tuple[list[T], bool]:
            progress(0, total, unlocking)
            authority = unlock()
            done_items: list[T] = []
            for done, (judge_id, name) in enumerate(judges, start=1):
                if cancel.is_set():
                    return done_items, True
                progress(done, total, stepping.format(name=name))
                done_items.append(step(authority, judge_id, name))
            return done_items, False

        def finished(outcome: tuple[list[T], bool]) -> None:
            self._set_busy(False)
            done_items, stopped = outcome
            keep(done_items)
            if stopped:
                self.show_info(cancelled.format(n=len(done_items)))
            else:
                self.accept()

        def failed(error: UserError) -> None:
            self._set_busy(False)
            self.show_error(error)

        self._set_busy(True)
        run_with_progress(self, title, work, on_finished=finished, on_failed=failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)


class CreateAuthorityDialog(_ServiceDialog):
    """Creates the panel's certificate authority once, protected by the chair's passphrase."""

    def __init__(self, authority: AuthorityService, competition_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.perform)
        self._authority = authority
        self._competition_id = competition_id
        self.fingerprint: str | None = None
        self.setWindowTitle(self.tr("Create the panel certificate authority"))
        intro = QLabel(self.tr(
            "The panel certificate authority issues each judge's signing credential and signs "
            "the judge kits. It is created once. Keep its passphrase safe: without it no kit "
            "can be signed."))
        intro.setWordWrap(True)
        self.passphrase = _password_field("passphrase")
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm = _password_field("confirm")
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&New passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def perform(self) -> None:
        if self.passphrase.text() != self.confirm.text():
            self.show_info(self.tr("The two passphrases differ; type them again."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        status = self._authority.create(self._competition_id,
                                        self.passphrase.text().encode("utf-8"))
        self.fingerprint = status.fingerprint
        self.accept()


class ExportKitsDialog(_PerJudgeDialog):
    """Writes one signed kit per chosen judge into a folder (a USB stick, say)."""

    def __init__(self, kits: KitService, competition_id: int, judges: tuple[JudgeView, ...],
                 fingerprint: str, parent: QWidget | None = None, *,
                 authority: AuthorityService | None = None) -> None:
        super().__init__(parent, self.perform)
        self._kits = kits
        self._authority = authority
        self._competition_id = competition_id
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Export judge kits"))
        self.judge_list = QListWidget()
        self.judge_list.setObjectName("judgeList")
        self.judge_list.setAccessibleName(self.tr("Judges to export kits for"))
        for judge in judges:
            item = QListWidgetItem(f"{judge.name.pick(i18n.current_language())}")
            item.setData(Qt.ItemDataRole.UserRole, judge.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ready = judge.certificate_sha256 is not None
            item.setCheckState(Qt.CheckState.Checked if ready else Qt.CheckState.Unchecked)
            if not ready:
                item.setToolTip(self.tr("No signing certificate yet"))
            self.judge_list.addItem(item)
        self.folder = QLineEdit()
        self.folder.setObjectName("folder")
        self.folder.setAccessibleName(self.tr("Folder for the kits"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.passphrase = _password_field("passphrase")
        self.passphrase.setAccessibleName(self.tr("Panel authority passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), _file_row(self.folder, browse))
        form.addRow(self.tr("Panel authority &passphrase:"), self.passphrase)
        fp = QLabel(self.tr("Panel fingerprint (read it to each judge): {fp}").format(
            fp=group_fingerprint(fingerprint)))
        fp.setWordWrap(True)
        fp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        judges_label = QLabel(self.tr("&Judges:"))
        judges_label.setBuddy(self.judge_list)
        layout = QVBoxLayout(self)
        layout.addWidget(judges_label)
        layout.addWidget(self.judge_list)
        layout.addLayout(form)
        layout.addWidget(fp)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # The fingerprint line is read aloud to each judge: keep it on one or two lines.
        self.setMinimumWidth(max(600, fp.fontMetrics().horizontalAdvance(fp.text()) // 2 + 48))

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the kits"))
        if folder:
            self.folder.setText(folder)

    def chosen_judges(self) -> list[int]:
        return [self.judge_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.judge_list.count())
                if self.judge_list.item(i).checkState() == Qt.CheckState.Checked]

    def perform(self) -> None:
        from judgepanel.fileio import atomic_write
        from judgepanel.services.authority import AuthorityService

        if self.busy:
            return
        folder = self.folder.text().strip()
        if not folder:
            self.show_info(self.tr("Choose a folder for the kits."))
            return
        chosen = self.chosen_judges()
        if not chosen:
            self.show_info(self.tr("Tick at least one judge."))
            return
        passphrase = self.passphrase.text().encode("utf-8")
        names = {self.judge_list.item(i).data(Qt.ItemDataRole.UserRole):
                 self.judge_list.item(i).text() for i in range(self.judge_list.count())}
        kits, cid = self._kits, self._competition_id
        authority_service = self._authority or AuthorityService(kits._db)

        def write_kit(authority: Any, judge_id: int, name: str) -> Path:
            data = kits.export_kit(cid, judge_id, authority=authority)
            safe = re.sub(r"[^\w.-]+", "-", name).strip("-") or f"judge-{judge_id}"
            return atomic_write(Path(folder) / f"{judge_id:02d}-{safe}.jpkit", data)

        def keep(written: list[Path]) -> None:
            self.written = written

        self.run_per_judge(
            self.tr("Exporting judge kits"),
            lambda: authority_service.load_authority(cid, passphrase),
            [(judge_id, names[judge_id]) for judge_id in chosen], write_kit,
            (self.tr("Unlocking the panel authority…"), self.tr("Writing the kit for {name}…"),
             self.tr("Cancelled: {n} kits were written before you stopped.")), keep)


class ImportKitDialog(_ServiceDialog):
    """On a judge's laptop: imports the kit, checked against the panel's identity.

    With ``new_database`` (a suggested file path) the open database is not a judge's (the demo,
    or a chair's): the kit then goes into a new judge's database file, which the window opens
    afterwards (:attr:`new_database`, locked by :attr:`new_lock`); the open one stays as it
    is."""

    def __init__(self, kits: KitService, *, first_import: bool,
                 new_database: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.perform)
        self._kits = kits
        self.result_text = ""
        self.result: KitImportResult | None = None
        #: Where the kit went when it went into a new database (and that file's lock).
        self.new_database: str | None = None
        self.new_lock: QLockFile | None = None
        self._into_new_file = new_database is not None
        self._database_edited = False
        self.setWindowTitle(self.tr("Import a judge kit"))
        self.kit_file = QLineEdit()
        self.kit_file.setObjectName("kitFile")
        self.kit_file.setAccessibleName(self.tr("Kit file"))
        self.kit_file.textChanged.connect(self._on_kit_file_text_changed)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setAccessibleName(self.tr("Panel fingerprint"))
        self.fingerprint.setPlaceholderText(self.tr("as given by the chair, e.g. AB12 CD34 …"))
        # Wide enough to show a whole grouped SHA-256 fingerprint while checking it on paper.
        self.fingerprint.setMinimumWidth(
            self.fingerprint.fontMetrics().horizontalAdvance(group_fingerprint("0" * 64)) + 16)
        self.database_file = QLineEdit(new_database or "")
        self.database_file.setObjectName("databaseFile")
        self.database_file.setAccessibleName(self.tr("New judge's database file"))
        self.database_file.textEdited.connect(self._on_database_file_text_edited)
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Kit file:"), _file_row(self.kit_file, browse))
        if first_import or self._into_new_file:
            form.addRow(self.tr("Panel &fingerprint:"), self.fingerprint)
        else:
            self.fingerprint.hide()
        layout = QVBoxLayout(self)
        if self._into_new_file:
            self.explanation.setText(self.tr(
                "This computer's open database is not a judge's, so the kit goes into a new "
                "database of your own, which JudgePanel then opens, now and at every start; "
                "the open database stays as it is."))
            layout.addWidget(self.explanation)
            browse_db = QPushButton(self.tr("B&rowse…"))
            browse_db.setObjectName("databaseBrowse")
            browse_db.setAccessibleName(self.tr("Choose the new database file"))
            browse_db.clicked.connect(self._on_database_browse_clicked)
            form.addRow(self.tr("&New database:"), _file_row(self.database_file, browse_db))
        else:
            self.explanation.hide()
            self.database_file.hide()
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if self._into_new_file:
            self.setMinimumWidth(680)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Judge kit"), "",
                                              self.tr("Judge kits (*.jpkit)"))
        if path:
            self.kit_file.setText(path)

    def _on_kit_file_text_changed(self, text: str) -> None:
        if self._into_new_file and Path(text.strip()).is_file():
            self._suggest_database()

    def _on_database_file_text_edited(self, _text: str) -> None:
        self._database_edited = True

    def _on_database_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New judge's database file"), self.database_file.text().strip(),
            self.tr("JudgePanel databases (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database_file.setText(path)
            self._database_edited = True

    def _read_kit(self) -> bytes:
        from judgepanel.domain.kit_payload import KIT_SIZE_LIMIT
        from judgepanel.fileio import read_limited

        return read_limited(self.kit_file.text().strip(), KIT_SIZE_LIMIT, what="judge kit")

    def _suggest_database(self, data: bytes | None = None) -> None:
        """Names the new database after the kit's competition year (``judge-2025.db``), in the
        folder already shown, unless the user has chosen the file."""
        from judgepanel.services.kits import judge_database_name, peek_kit

        if not self._into_new_file or self._database_edited or not self.kit_file.text().strip():
            return
        try:
            name = judge_database_name(peek_kit(data if data is not None else self._read_kit()))
        except UserError:
            return  # the import says what is wrong with the kit
        current = self.database_file.text().strip()
        folder = Path(current).parent if current else Path.home()
        self.database_file.setText(str(folder / name))

    def perform(self) -> None:
        path = self.kit_file.text().strip()
        if not path:
            self.show_info(self.tr("Choose the kit file."))
            return
        data = self._read_kit()
        fingerprint = self.fingerprint.text().strip() or None
        if self._into_new_file:
            result = self._import_into_new_database(data, fingerprint)
            if result is None:
                return
        else:
            result = self._kits.import_kit(data, fingerprint=fingerprint)
        self.result = result
        name = Bilingual(result.judge_name, result.judge_name_zh)
        self.result_text = self.tr("Kit imported for {name}: {n} finalists.").format(
            name=name.pick(i18n.current_language()), n=result.finalists)
        self.accept()

    def _import_into_new_database(self, data: bytes,
                                  fingerprint: str | None) -> KitImportResult | None:
        from judgepanel import instance_lock
        from judgepanel.services.kits import import_kit_into_new_database

        self._suggest_database(data)
        target = self.database_file.text().strip()
        if not target:
            self.show_info(self.tr("Choose the file for your new database."))
            return None
        if not fingerprint:
            self.show_info(self.tr("Type the panel fingerprint the chair gave you."))
            self.fingerprint.setFocus()
            return None
        target = str(Path(target).expanduser())
        open_now = getattr(self._kits._db, "path", "")
        if Path(target).resolve() == Path(open_now).resolve():
            self.show_info(self.tr("That is the database open now; choose a new file for your "
                                   "own database."))
            return None
        lock = instance_lock.acquire(target)  # another JudgePanel may be working in it
        try:
            result = import_kit_into_new_database(target, data, fingerprint=fingerprint)
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        self.new_database, self.new_lock = target, lock
        return result
