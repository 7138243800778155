"""The "Signing credentials" dialog, driven by keys and clicks: issue credentials for ticked
judges, register a judge's own PKCS#12 certificate, and see the list change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from judgepanel.db.models import Judge, JudgeCredential
from judgepanel.domain.enums import Affiliation
from judgepanel.domain.model import Bilingual
from judgepanel.domain.setup import JudgeInput
from judgepanel.services.authority import AuthorityService, CredentialKind
from judgepanel.services.competitions import CompetitionService
from judgepanel.services.demo_data import DEMO_PANEL_PASSPHRASE
from judgepanel.services.setup_judges import JudgeService
from judgepanel.signing.credentials import build_pkcs12
from judgepanel.ui.authority_dialogs import CredentialsDialog

P12_PASS = "e-Cert pass 2003"  # typed with QTest, which types ASCII only


@pytest.fixture(scope="module")
def ecert() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "LEE, Ka Yan")]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME,
                                                       "Test e-Cert CA")]))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=400))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(rsa.generate_private_key(public_exponent=65537, key_size=2048),
                  hashes.SHA256()))
    return key, cert


@pytest.fixture
def chair(demo_db):
    cid = CompetitionService(demo_db).default_competition_id()
    return demo_db, cid


def _dialog(qtbot, chair) -> CredentialsDialog:
    db, cid = chair
    dialog = CredentialsDialog(AuthorityService(db), cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _tick(qtbot, dialog: CredentialsDialog, row: int) -> None:
    """Clicks the row's check box, as the chair would."""
    table = dialog.table
    rect = table.visualItemRect(table.item(row, 0))
    table.scrollToItem(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.center().y()))


def _select(qtbot, dialog: CredentialsDialog, row: int) -> None:
    table = dialog.table
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _row_texts(dialog: CredentialsDialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_the_roster_shows_each_judges_credential(qtbot, chair) -> None:
    db, cid = chair
    dialog = _dialog(qtbot, chair)
    judges = CompetitionService(db).overview(cid).judges
    assert dialog.table.rowCount() == len(judges) == 7
    first = _row_texts(dialog, 0)
    assert first[0] == judges[0].name.en
    assert first[1] == "Issued by the panel"
    assert first[2].replace(" ", "").rstrip("…").lower() == judges[0].certificate_sha256[:16]
    assert first[3] > datetime.now(UTC).date().isoformat()
    assert dialog.issue_button.isEnabled() and dialog.register_button.isEnabled()


def test_issue_credentials_for_ticked_judges(qtbot, chair) -> None:
    db, cid = chair
    added = JudgeService(db).add_judge(cid, _new_judge())
    dialog = _dialog(qtbot, chair)
    new_row = dialog.table.rowCount() - 1
    assert _row_texts(dialog, new_row)[1:] == ["None yet", "—", "—"]
    before = {s.judge_id: s.fingerprint for s in dialog.statuses}

    # nothing ticked: told so, nothing opens
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.issue_dialog is None and "Tick the judges" in dialog.message.text()

    _tick(qtbot, dialog, 0)
    _tick(qtbot, dialog, new_row)
    assert dialog.chosen_judges() == [dialog.statuses[0].judge_id, added.id]
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    issue = dialog.issue_dialog
    assert issue is not None and issue.isVisible()
    assert issue.replace_warning.isVisibleTo(issue)  # judge 1 already has a credential

    # a wrong authority passphrase is shown inline; what was typed stays
    qtbot.keyClicks(issue.authority_passphrase, "not-the-passphrase")
    qtbot.keyClicks(issue.judge_passphrase, "new-judge-2003")
    qtbot.keyClicks(issue.confirm, "new-judge-2003")
    _click_ok(qtbot, issue)
    qtbot.waitUntil(lambda: not issue.busy, timeout=60000)
    assert issue.isVisible() and "passphrase" in issue.message.text().lower()
    assert issue.judge_passphrase.text() == "new-judge-2003"

    # too short a judges' passphrase is refused before any work
    issue.authority_passphrase.clear()
    qtbot.keyClicks(issue.authority_passphrase, DEMO_PANEL_PASSPHRASE)
    issue.judge_passphrase.clear()
    issue.confirm.clear()
    qtbot.keyClicks(issue.judge_passphrase, "short")
    qtbot.keyClicks(issue.confirm, "short")
    _click_ok(qtbot, issue)
    assert "at least 8 characters" in issue.message.text() and not issue.busy

    issue.judge_passphrase.clear()
    issue.confirm.clear()
    qtbot.keyClicks(issue.judge_passphrase, "new-judge-2003")
    qtbot.keyClicks(issue.confirm, "new-judge-2003")
    with qtbot.waitSignal(issue.finished, timeout=60000):
        qtbot.keyClick(issue.confirm, Qt.Key.Key_Return)
    assert len(issue.issued) == 2
    assert "Issued 2 credentials" in dialog.message.text()
    assert _row_texts(dialog, new_row)[1] == "Issued by the panel"
    after = {s.judge_id: s.fingerprint for s in dialog.statuses}
    assert after[added.id] is not None and after[dialog.statuses[0].judge_id] != before[
        dialog.statuses[0].judge_id]
    assert dialog.chosen_judges() == []
    with db.read() as s:  # the credential is kept (encrypted) for the judge's kit
        assert s.get(JudgeCredential, added.id) is not None


def test_register_a_judges_own_pkcs12(qtbot, chair, ecert, tmp_path: Path) -> None:
    db, _cid = chair
    key, cert = ecert
    p12 = tmp_path / "lee.p12"
    p12.write_bytes(build_pkcs12(key, cert, P12_PASS.encode(), legacy=True))
    dialog = _dialog(qtbot, chair)
    _select(qtbot, dialog, 2)
    judge_id = dialog.current_judge()
    assert judge_id == dialog.statuses[2].judge_id
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    reg = dialog.register_dialog
    assert reg is not None and reg.isVisible()
    assert not reg.passphrase.isEnabled()
    qtbot.keyClicks(reg.cert_file, str(p12))
    assert reg.passphrase.isEnabled()

    qtbot.keyClicks(reg.passphrase, "wrong")
    _click_ok(qtbot, reg)
    qtbot.waitUntil(lambda: not reg.busy, timeout=30000)
    assert reg.isVisible()
    assert "The passphrase for lee.p12 is wrong." in reg.message.text()
    assert reg.cert_file.text() == str(p12)

    reg.passphrase.clear()
    qtbot.keyClicks(reg.passphrase, P12_PASS)
    with qtbot.waitSignal(reg.finished, timeout=30000):
        _click_ok(qtbot, reg)
    texts = _row_texts(dialog, 2)
    assert texts[1] == "Own certificate: LEE, Ka Yan (issued by Test e-Cert CA)"
    fingerprint = cert.fingerprint(hashes.SHA256()).hex()
    assert texts[2].replace(" ", "").rstrip("…").lower() == fingerprint[:16]
    assert dialog.table.item(2, 2).toolTip().replace(" ", "").lower() == fingerprint
    assert "Registered LEE, Ka Yan" in dialog.message.text()
    assert dialog.statuses[2].kind is CredentialKind.OWN
    with db.read() as s:
        assert s.get(Judge, judge_id).certificate_sha256 == fingerprint
        assert s.get(JudgeCredential, judge_id) is None  # no key kept on the chair's machine
        assert b"PRIVATE" not in s.scalar(select(Judge.certificate_pem)
                                          .where(Judge.id == judge_id)).encode()


def test_register_refuses_garbage_inline(qtbot, chair, tmp_path: Path) -> None:
    junk = tmp_path / "card.cer"
    junk.write_bytes(b"this is not a certificate")
    dialog = _dialog(qtbot, chair)
    _select(qtbot, dialog, 1)
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    reg = dialog.register_dialog
    qtbot.keyClicks(reg.cert_file, str(junk))
    assert not reg.passphrase.isEnabled()
    _click_ok(qtbot, reg)
    qtbot.waitUntil(lambda: not reg.busy, timeout=30000)
    assert "card.cer is neither a certificate" in reg.message.text()
    assert reg.isVisible()
    assert dialog.statuses[1].kind is CredentialKind.PANEL


def test_the_panel_menu_opens_the_dialog(qtbot, demo_db, monkeypatch) -> None:
    from judgepanel.app import build_services
    from judgepanel.ui.main_window import MainWindow

    opened: list[CredentialsDialog] = []
    monkeypatch.setattr(CredentialsDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(build_services(demo_db.path))
    assert window.credentials_action in window.panel_menu.actions()
    assert window.credentials_action.text() == "Signing c&redentials…"
    window.credentials_action.trigger()
    assert len(opened) == 1 and opened[0].table.rowCount() == 7
    window.services.db.close()


def _new_judge() -> JudgeInput:
    return JudgeInput(Bilingual("Ms. Lee Ka-yan", "李嘉欣女士"), "Ms.", Affiliation.PRIVATE_SECTOR)
