"""Ask for the passphrase; a wrong one says so and lets the user try again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from kojin_desk.errors import KojinError
from kojin_desk.ui.widgets import ErrorLabel


class UnlockDialog(QDialog):
    """On accept, `self.vault` is open."""

    def __init__(self, data_dir: Path, hint: str = "", parent=None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.vault = None
        self.remembered = False
        self.setWindowTitle(self.tr("kojin_desk — unlock"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember on this PC (OS keyring)"))
        self.remember.setObjectName("remember")
        QTimer.singleShot(0, self._check_keyring)  # keyring loads slowly: after the window is up
        self.error = ErrorLabel()
        self.error.setObjectName("error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Enter the passphrase of the vault in %s") % self.data_dir))
        layout.addWidget(self.passphrase)
        if hint:
            layout.addWidget(QLabel(hint))
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def _check_keyring(self) -> None:
        from kojin_desk.services import vault_access

        if not vault_access.keyring_available():
            self.remember.setEnabled(False)
            self.remember.setText(self.tr("Remember on this PC: not possible, no keyring is available on this PC."))

    def try_unlock(self) -> None:
        from kojin_desk.services import vault_access
        from kojin_desk.ui.progress_dialog import WorkProgress

        try:
            with WorkProgress(self, self.tr("Opening the vault")) as progress:  # shown only for an upgrade
                self.vault = vault_access.unlock(self.data_dir, self.passphrase.text(), progress=progress)
        except KojinError as exc:
            self.error.show_message(str(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        if self.remember.isChecked():
            self.remembered = self.vault.remember_on_this_pc()
        self.accept()
