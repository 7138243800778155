"""Dialogs for the panel authority and judge kits (chair: create, export; judge: import)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from judgepanel.services.authority import AuthorityService
from judgepanel.ui import i18n

if TYPE_CHECKING:
    from judgepanel.domain.model import JudgeView
    from judgepanel.services.kits import KitService


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


class ExportKitsDialog(_ServiceDialog):
    """Writes one signed kit per chosen judge into a folder (a USB stick, say)."""

    def __init__(self, kits: KitService, competition_id: int, judges: tuple[JudgeView, ...],
                 fingerprint: str, parent: QWidget | None = None, *,
                 authority: AuthorityService | None = None) -> None:
        super().__init__(parent, self.perform)
        self._kits = kits
        self._authority = authority
        self.busy = False
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
        from judgepanel.ui.progress import run_with_progress

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
        unlocking = self.tr("Unlocking the panel authority…")
        writing = self.tr("Writing the kit for {name}…")

        def work(progress: Any, cancel: Any) -> tuple[list[Path], bool]:
            """Off the GUI thread: one key derivation, then one signed kit per judge."""
            progress(0, len(chosen) + 1, unlocking)
            ca = authority_service.load_authority(cid, passphrase)
            written: list[Path] = []
            for done, judge_id in enumerate(chosen, start=1):
                if cancel.is_set():
                    return written, True
                progress(done, len(chosen) + 1, writing.format(name=names[judge_id]))
                data = kits.export_kit(cid, judge_id, authority=ca)
                safe = re.sub(r"[^\w.-]+", "-", names[judge_id]).strip("-") or \
                    f"judge-{judge_id}"
                written.append(atomic_write(Path(folder) / f"{judge_id:02d}-{safe}.jpkit", data))
            return written, False

        self.busy = True
        self.buttons.setEnabled(False)
        run_with_progress(self, self.tr("Exporting judge kits"), work,
                          on_finished=self._on_exported, on_failed=self._on_failed)

    def _on_exported(self, outcome: tuple[list[Path], bool]) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.written, stopped = outcome
        if stopped:
            self.show_info(self.tr("Cancelled: {n} kits were written before you stopped.")
                           .format(n=len(self.written)))
            return
        self.accept()

    def _on_failed(self, error: UserError) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.show_error(error)


class ImportKitDialog(_ServiceDialog):
    """On a judge's laptop: imports the kit, checked against the panel's identity."""

    def __init__(self, kits: KitService, *, first_import: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.perform)
        self._kits = kits
        self.result_text = ""
        self.setWindowTitle(self.tr("Import a judge kit"))
        self.kit_file = QLineEdit()
        self.kit_file.setObjectName("kitFile")
        self.kit_file.setAccessibleName(self.tr("Kit file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setAccessibleName(self.tr("Panel fingerprint"))
        self.fingerprint.setPlaceholderText(self.tr("as given by the chair, e.g. AB12 CD34 …"))
        form = QFormLayout()
        form.addRow(self.tr("&Kit file:"), _file_row(self.kit_file, browse))
        if first_import:
            form.addRow(self.tr("Panel &fingerprint:"), self.fingerprint)
        else:
            self.fingerprint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Judge kit"), "",
                                              self.tr("Judge kits (*.jpkit)"))
        if path:
            self.kit_file.setText(path)

    def perform(self) -> None:
        from judgepanel.domain.kit_payload import KIT_SIZE_LIMIT
        from judgepanel.fileio import read_limited

        path = self.kit_file.text().strip()
        if not path:
            self.show_info(self.tr("Choose the kit file."))
            return
        data = read_limited(path, KIT_SIZE_LIMIT, what="judge kit")
        fingerprint = self.fingerprint.text().strip() or None
        result = self._kits.import_kit(data, fingerprint=fingerprint)
        self.result_text = self.tr("Kit imported for {name}: {n} finalists.").format(
            name=result.judge_name, n=result.finalists)
        self.accept()
