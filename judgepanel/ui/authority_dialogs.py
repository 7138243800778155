"""Signing credentials on the chair's machine: who signs for each judge, issuing credentials
from the panel authority, and registering a judge's own certificate (e.g. a Hongkong Post
e-Cert as ``.p12``/``.pfx``, or its certificate as PEM/DER)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.errors import UserError
from judgepanel.services.authority import (
    AuthorityService,
    CredentialIssued,
    CredentialKind,
    JudgeCredentialStatus,
    check_new_passphrase,
    looks_like_pkcs12,
)
from judgepanel.ui import i18n
from judgepanel.ui.kit_dialogs import (
    _file_row,
    _password_field,
    _PerJudgeDialog,
    _ServiceDialog,
    group_fingerprint,
)

_PKCS12_SUFFIXES = (".p12", ".pfx")


def _judge_name(status: JudgeCredentialStatus) -> str:
    if i18n.current_language() == "zh_HK" and status.name_zh:
        return status.name_zh
    return status.name_en


class CredentialsDialog(QDialog):
    """The roster with each judge's signing credential; issue or register from here."""

    COLUMNS = 4

    def __init__(self, authority: AuthorityService, competition_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._authority = authority
        self._competition_id = competition_id
        self.statuses: tuple[JudgeCredentialStatus, ...] = ()
        self.issue_dialog: IssueCredentialsDialog | None = None
        self.register_dialog: RegisterCertificateDialog | None = None
        self.setWindowTitle(self.tr("Signing credentials"))
        self.resize(880, 460)
        intro = QLabel(self.tr(
            "Each judge signs the score sheet with a credential: one the panel authority issues "
            "(it travels in the judge's kit, protected by the judge's passphrase), or the "
            "judge's own certificate, such as a Hongkong Post e-Cert, registered here. Of an "
            "own certificate only the certificate is kept on this computer; the private key "
            "stays with the judge."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("credentialTable")
        self.table.setAccessibleName(self.tr("Judges and their signing credentials"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalHeaderLabels([
            self.tr("Judge"), self.tr("Signing credential"), self.tr("Fingerprint (SHA-256)"),
            self.tr("Valid until")])
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.issue_button = QPushButton(self.tr("&Issue credentials…"))
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setToolTip(self.tr("Issue a new credential from the panel authority "
                                             "for every ticked judge"))
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.register_button = QPushButton(self.tr("&Register own certificate…"))
        self.register_button.setObjectName("registerButton")
        self.register_button.setToolTip(self.tr("Register the selected judge's own certificate "
                                                "(.p12, .pfx, .pem, .crt, .cer)"))
        self.register_button.clicked.connect(self._on_register_clicked)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.issue_button)
        actions.addWidget(self.register_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.refresh()

    # -- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reads the roster again, keeping the ticks and the selected judge."""
        ticked = set(self.chosen_judges())
        current = self.current_judge()
        try:
            self.statuses = self._authority.credential_statuses(self._competition_id)
            has_authority = self._authority.status(self._competition_id).has_private_key
        except UserError as exc:
            self.show_error(exc)
            return
        self.table.setRowCount(len(self.statuses))
        now = datetime.now(UTC)
        for row, status in enumerate(self.statuses):
            name = QTableWidgetItem(_judge_name(status))
            name.setData(Qt.ItemDataRole.UserRole, status.judge_id)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if status.judge_id in ticked
                               else Qt.CheckState.Unchecked)
            kind = QTableWidgetItem(self.kind_text(status))
            fingerprint = QTableWidgetItem(
                group_fingerprint(status.fingerprint[:16]) + " …" if status.fingerprint else "—")
            if status.fingerprint:
                fingerprint.setToolTip(group_fingerprint(status.fingerprint))
            valid = QTableWidgetItem("—")
            if status.not_valid_after is not None:
                date = status.not_valid_after.date().isoformat()
                if status.not_valid_after < now:
                    valid.setText(self.tr("{date} (expired)").format(date=date))
                    valid.setForeground(QBrush(QColor("#a40000")))
                else:
                    valid.setText(date)
            if status.kind is CredentialKind.NONE:
                kind.setForeground(QBrush(QColor("#a40000")))
            for column, item in enumerate((name, kind, fingerprint, valid)):
                if column:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                self.table.setItem(row, column, item)
            if status.judge_id == current:
                self.table.selectRow(row)
        if current is None and self.statuses:
            self.table.selectRow(0)
        self.issue_button.setEnabled(has_authority)
        if not has_authority:
            self.show_info(self.tr("Create the panel certificate authority first (Panel menu) "
                                   "to issue credentials; own certificates can be registered "
                                   "now."))
        self._on_table_selection_changed()

    def kind_text(self, status: JudgeCredentialStatus) -> str:
        if status.kind is CredentialKind.PANEL:
            return self.tr("Issued by the panel")
        if status.kind is CredentialKind.OWN:
            return self.tr("Own certificate: {subject} (issued by {issuer})").format(
                subject=status.subject_name, issuer=status.issuer_name)
        return self.tr("None yet")

    def show_error(self, error: UserError) -> None:
        self.message.setStyleSheet("color: #a40000; font-weight: bold;")
        self.message.setText(i18n.translate_error(error.template, error.params))

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def chosen_judges(self) -> list[int]:
        return [self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
                for row in range(self.table.rowCount())
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def current_judge(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def set_ticked(self, judge_id: int, ticked: bool) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.data(Qt.ItemDataRole.UserRole) == judge_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _status(self, judge_id: int) -> JudgeCredentialStatus:
        return next(s for s in self.statuses if s.judge_id == judge_id)

    def _on_table_selection_changed(self) -> None:
        self.register_button.setEnabled(self.current_judge() is not None)

    # -- acting ------------------------------------------------------------------------------
    def _on_issue_clicked(self) -> None:
        chosen = [self._status(judge_id) for judge_id in self.chosen_judges()]
        if not chosen:
            self.show_info(self.tr("Tick the judges to issue credentials for."))
            return
        self.issue_dialog = IssueCredentialsDialog(self._authority, self._competition_id,
                                                   tuple(chosen), self)
        self.issue_dialog.finished.connect(self._on_issue_dialog_finished)
        self.issue_dialog.open()

    def _on_issue_dialog_finished(self, _code: int) -> None:
        dialog = self.issue_dialog
        if dialog is None:
            return
        self.refresh()
        if dialog.issued:
            self.show_info(self.tr(
                "Issued {n} credentials. Export these judges' kits again so that they carry "
                "the new credential, and tell each judge the passphrase in person.").format(
                    n=len(dialog.issued)))
            for done in dialog.issued:
                self.set_ticked(done.judge_id, False)

    def _on_register_clicked(self) -> None:
        judge_id = self.current_judge()
        if judge_id is None:
            self.show_info(self.tr("Select the judge whose own certificate to register."))
            return
        self.register_dialog = RegisterCertificateDialog(self._authority, self._status(judge_id),
                                                         self)
        self.register_dialog.finished.connect(self._on_register_dialog_finished)
        self.register_dialog.open()

    def _on_register_dialog_finished(self, _code: int) -> None:
        dialog = self.register_dialog
        if dialog is None:
            return
        self.refresh()
        if dialog.registered is not None:
            self.show_info(self.tr(
                "Registered {subject} for {judge}. Export this judge's kit again; the judge "
                "signs with their own certificate file.").format(
                    subject=dialog.registered.subject_name, judge=dialog.judge_name))


class IssueCredentialsDialog(_PerJudgeDialog):
    """Asks the panel authority's passphrase once and the judges' passphrase, then issues the
    credentials off the GUI thread (each one is a new key pair), with progress and Cancel."""

    def __init__(self, authority: AuthorityService, competition_id: int,
                 judges: tuple[JudgeCredentialStatus, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.perform)
        self._authority = authority
        self._competition_id = competition_id
        self._judges = judges
        self.issued: list[CredentialIssued] = []
        self.setWindowTitle(self.tr("Issue signing credentials"))
        self.setMinimumWidth(500)
        names = ", ".join(_judge_name(j) for j in judges)
        intro = QLabel(self.tr("Issue new signing credentials for {n} judges: {names}.").format(
            n=len(judges), names=names))
        intro.setWordWrap(True)
        advice = QLabel(self.tr(
            "The judges' passphrase protects the credential inside each judge's kit. Give it "
            "to each judge in person, never with the kit; the judge types it when signing."))
        advice.setWordWrap(True)
        replaced = [_judge_name(j) for j in judges if j.kind is not CredentialKind.NONE]
        self.replace_warning = QLabel(self.tr(
            "This replaces the credential or certificate these judges have now: {names}. "
            "Export their kits again afterwards.").format(
                names=", ".join(replaced)))
        self.replace_warning.setObjectName("replaceWarning")
        self.replace_warning.setWordWrap(True)
        self.replace_warning.setStyleSheet("color: #8a5a00;")
        self.replace_warning.setVisible(bool(replaced))
        self.authority_passphrase = _password_field("authorityPassphrase")
        self.authority_passphrase.setAccessibleName(self.tr("Panel authority passphrase"))
        self.judge_passphrase = _password_field("judgePassphrase")
        self.judge_passphrase.setAccessibleName(self.tr("Judges' new passphrase"))
        self.confirm = _password_field("confirm")
        self.confirm.setAccessibleName(self.tr("Repeat the judges' passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Panel authority &passphrase:"), self.authority_passphrase)
        form.addRow(self.tr("&Judges' new passphrase:"), self.judge_passphrase)
        form.addRow(self.tr("&Repeat it:"), self.confirm)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Issue"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(advice)
        layout.addWidget(self.replace_warning)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def perform(self) -> None:
        if self.busy:
            return
        if not self.authority_passphrase.text():
            self.show_info(self.tr("Type the panel authority's passphrase."))
            self.authority_passphrase.setFocus()
            return
        if self.judge_passphrase.text() != self.confirm.text():
            self.show_info(self.tr("The two passphrases differ; type them again."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        judge_passphrase = self.judge_passphrase.text().encode("utf-8")
        check_new_passphrase(judge_passphrase, what="judge's")
        ca_passphrase = self.authority_passphrase.text().encode("utf-8")
        authority, cid = self._authority, self._competition_id
        judges = [(j.judge_id, _judge_name(j)) for j in self._judges]

        def issue(ca: Any, judge_id: int, _name: str) -> CredentialIssued:
            return authority.issue_credential_with(ca, judge_id, judge_passphrase)

        def keep(issued: list[CredentialIssued]) -> None:
            self.issued = issued

        self.run_per_judge(
            self.tr("Issuing signing credentials"),
            lambda: authority.load_authority(cid, ca_passphrase), judges, issue,
            (self.tr("Unlocking the panel authority…"),
             self.tr("Making the credential for {name}…"),
             self.tr("Cancelled: {n} credentials were issued before you stopped.")), keep)


class RegisterCertificateDialog(_ServiceDialog):
    """Registers one judge's own certificate; a PKCS#12 file is opened with its passphrase only
    to read the certificate and check the key, which is then dropped."""

    def __init__(self, authority: AuthorityService, judge: JudgeCredentialStatus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.perform)
        self._authority = authority
        self._judge_id = judge.judge_id
        self.judge_name = _judge_name(judge)
        self.busy = False
        self.registered: CredentialIssued | None = None
        self.setWindowTitle(self.tr("Register a judge's own certificate"))
        self.setMinimumWidth(540)
        intro = QLabel(self.tr(
            "Choose {judge}'s own certificate: the PKCS#12 file (.p12 or .pfx, e.g. a Hongkong "
            "Post e-Cert) with its passphrase, or the certificate alone (.pem, .crt, .cer). "
            "Only the certificate is kept; the private key is not stored on this computer.")
            .format(judge=self.judge_name))
        intro.setWordWrap(True)
        self.cert_file = QLineEdit()
        self.cert_file.setObjectName("certFile")
        self.cert_file.setAccessibleName(self.tr("Certificate file"))
        self.cert_file.textChanged.connect(self._on_cert_file_text_changed)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.passphrase = _password_field("certPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase of the PKCS#12 file"))
        self.passphrase.setPlaceholderText(self.tr("only for .p12 and .pfx files"))
        self.passphrase.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Certificate file:"), _file_row(self.cert_file, browse))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Register"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Judge's own certificate"), "",
            self.tr("Certificates (*.p12 *.pfx *.pem *.crt *.cer *.der);;All files (*)"))
        if path:
            self.cert_file.setText(path)

    def _on_cert_file_text_changed(self, text: str) -> None:
        self.passphrase.setEnabled(self._is_pkcs12(Path(text.strip())))

    @staticmethod
    def _is_pkcs12(path: Path) -> bool:
        """By its name, or, for a file named otherwise, by its content."""
        from judgepanel.signing.credentials import MAX_CREDENTIAL_BYTES

        if path.suffix.lower() in _PKCS12_SUFFIXES:
            return True
        try:
            if not path.is_file() or path.stat().st_size > MAX_CREDENTIAL_BYTES:
                return False
            return looks_like_pkcs12(path.read_bytes())
        except OSError:
            return False

    def perform(self) -> None:
        from judgepanel.fileio import read_limited
        from judgepanel.signing.credentials import MAX_CREDENTIAL_BYTES
        from judgepanel.ui.worker import run_in_background

        if self.busy:
            return
        text = self.cert_file.text().strip()
        if not text:
            self.show_info(self.tr("Choose the certificate file."))
            return
        path = Path(text)
        data = read_limited(path, MAX_CREDENTIAL_BYTES, what="certificate")
        if looks_like_pkcs12(data) and not self.passphrase.isEnabled():
            self.passphrase.setEnabled(True)
        passphrase = self.passphrase.text().encode("utf-8") if self.passphrase.isEnabled() \
            else None
        authority, judge_id = self._authority, self._judge_id
        self.busy = True
        self.buttons.setEnabled(False)
        self.show_info(self.tr("Checking the certificate…"))
        run_in_background(
            lambda: authority.register_certificate(judge_id, data, passphrase or None,
                                                   source=path.name),
            self._on_registered, self._on_failed)

    def _on_registered(self, result: CredentialIssued) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.registered = result
        self.accept()

    def _on_failed(self, error: UserError) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.show_error(error)
        if self.passphrase.isEnabled():
            self.passphrase.selectAll()
            self.passphrase.setFocus()
