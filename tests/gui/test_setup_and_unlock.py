"""The first-run wizard and the unlock dialog, driven for real on a real SQLCipher vault."""

from PySide6.QtWidgets import QLineEdit

from kojin_desk.services import office_contracts
from kojin_desk.store.vault import Vault
from kojin_desk.ui.setup_wizard import SetupWizard
from kojin_desk.ui.unlock_dialog import UnlockDialog


def _type(widget, name, text):
    edit = widget.findChild(QLineEdit, name)
    edit.setText(text)


def test_setup_wizard_creates_vault_with_office(qtbot, tmp_path, kdf):
    target = tmp_path / "vault"
    wizard = SetupWizard(target, kdf)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.office_page  # empty office refused
    assert "名称（会社名）を入力してください" in wizard.office_page.form.error.text()
    _type(wizard.office_page, "name", "株式会社𠮷田データ")
    _type(wizard.office_page, "address", "東京都新宿区西新宿二丁目8番1号")
    _type(wizard.office_page, "representative_name", "髙橋 一郎")
    _type(wizard.office_page, "phone", "０３－１２３４－５６７８")
    wizard.next()
    assert wizard.currentPage() is wizard.pass_page
    _type(wizard.pass_page, "passphrase", "short")
    assert wizard.pass_page.meter.value() == 0
    wizard.next()
    assert wizard.currentPage() is wizard.pass_page
    assert "8文字以上" in wizard.pass_page.error.text()
    _type(wizard.pass_page, "passphrase", "Sakura-2026-kojin!")
    assert wizard.pass_page.meter.value() >= 3
    _type(wizard.pass_page, "passphrase_again", "Sakura-2026-kojin?")
    wizard.next()
    assert "違います" in wizard.pass_page.error.text() or "differ" in wizard.pass_page.error.text()
    _type(wizard.pass_page, "passphrase_again", "Sakura-2026-kojin!")
    wizard.next()
    assert wizard.currentPage() is wizard.location_page
    assert wizard.location_page.path.text() == str(target)
    wizard.accept()
    assert wizard.vault is not None
    wizard.vault.close()
    vault = Vault.unlock(target, "Sakura-2026-kojin!")
    office = office_contracts.get_office(vault)
    assert (office.name, office.phone) == ("株式会社𠮷田データ", "03-1234-5678")
    vault.close()


def test_setup_wizard_refuses_existing_vault_folder(qtbot, vault, kdf):
    vault.close()
    wizard = SetupWizard(vault.data_dir, kdf)
    qtbot.addWidget(wizard)
    wizard.office_page.form.editors["name"].setText("株式会社テスト")
    wizard.pass_page.first.setText("another-passphrase")
    wizard.accept()
    assert wizard.vault is None
    assert "既に保管庫があります" in wizard.location_page.error.text()


def test_unlock_dialog_wrong_then_right(qtbot, vault, memory_keyring):
    vault.close()
    dialog = UnlockDialog(vault.data_dir)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("wrong-passphrase")
    dialog.try_unlock()
    assert dialog.vault is None
    assert dialog.error.text() == "パスフレーズが違います。入力し直してください。"
    dialog.passphrase.setText("test-passphrase")
    dialog.remember.setChecked(True)
    dialog.try_unlock()
    assert dialog.vault is not None and dialog.vault.is_open
    assert memory_keyring.store  # remembered in the (test) keyring
    dialog.vault.close()


def test_second_window_on_an_open_vault_is_told_it_is_in_use(qtbot, vault):
    dialog = UnlockDialog(vault.data_dir)  # the first session (the `vault` fixture) keeps it open
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("test-passphrase")
    dialog.try_unlock()
    assert dialog.vault is None
    assert "別のkojin_desk" in dialog.error.text() and "使用中" in dialog.error.text()
    vault.close()
    dialog.try_unlock()
    assert dialog.vault is not None and dialog.vault.is_open
    dialog.vault.close()
