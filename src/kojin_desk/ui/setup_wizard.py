"""First run: office details, a passphrase with a strength meter, and where the vault lives.

The pages fill one draft; the vault is created only on Finish (nothing half-made on Cancel).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from kojin_desk.domain.records import OFFICE_ESSENTIAL, Office, specs
from kojin_desk.errors import KojinError, Problem
from kojin_desk.services import office_contracts, vault_access
from kojin_desk.ui.record_editor import RecordForm
from kojin_desk.ui.widgets import ArticleLink, ErrorLabel


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your company"))
        self.setSubTitle(self.tr("Printed as the issuer on every form. You can change it later."))
        self.form = RecordForm(Office(), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def validatePage(self) -> bool:
        office = self.form.value()
        # Printed on every form: required here, though a vault made by `init` may start without it.
        problems = [Problem("required", {"field": spec.label}) for name, spec in specs(Office)
                    if name in OFFICE_ESSENTIAL and not getattr(office, name).strip()]
        problems += office_contracts.office_problems(office)
        self.form.error.show_message("\n".join(map(str, problems)))
        return not problems


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Passphrase"))
        # In the page, wrapped: a long subtitle is cut off by the wizard's header.
        about = QLabel(self.tr("The vault is encrypted (SQLCipher, AES-256). Without the passphrase nobody, "
                               "including us, can open it: keep it safe."))
        about.setWordWrap(True)
        self.first, self.second = QLineEdit(), QLineEdit()
        for edit, name in ((self.first, "passphrase"), (self.second, "passphrase_again")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setObjectName(name)
            edit.textChanged.connect(self.update_strength)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.hide()  # an empty bar looks like a box to type into: shown once there is something to rate
        self.meter_text = QLabel()
        self.remember = QCheckBox(self.tr("Remember on this PC (OS keyring)"))
        self.remember.setObjectName("remember")
        if not vault_access.keyring_available():
            self.remember.setEnabled(False)
            self.remember.setText(self.tr("Remember on this PC: not possible, no keyring is available on this PC."))
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        for w in (about, QLabel(self.tr("Passphrase")), self.first, self.meter, self.meter_text,
                  QLabel(self.tr("Passphrase again")), self.second, self.remember, self.error):
            layout.addWidget(w)
        law = QHBoxLayout()
        law.addWidget(QLabel(self.tr("Encryption of stored personal data:")))
        law.addWidget(ArticleLink("第11条第10項第2号"))
        law.addStretch()
        layout.addLayout(law)

    def update_strength(self) -> None:
        score = vault_access.strength(self.first.text())
        self.meter.setVisible(bool(self.first.text()))
        self.meter.setValue(score)
        words = [self.tr("Too short (8 characters or more)"), self.tr("Weak"), self.tr("Fair"),
                 self.tr("Good"), self.tr("Strong")]
        self.meter_text.setText(words[score])

    def validatePage(self) -> bool:
        try:
            vault_access.check_new_passphrase(self.first.text())
        except KojinError as exc:
            self.error.show_message(str(exc))
            return False
        if self.first.text() != self.second.text():
            self.error.show_message(self.tr("The two passphrases differ."))
            return False
        self.error.show_message("")
        return True


class LocationPage(QWizardPage):
    def __init__(self, default: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Where the vault lives"))
        self.setSubTitle(self.tr("An encrypted file in this folder. Back it up with your usual backups."))
        self.path = QLineEdit(str(default))
        self.path.setObjectName("location")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Vault folder"), self.path.text())
        if folder:
            self.path.setText(folder)


class SetupWizard(QWizard):
    """On Finish, `self.vault` is the new, open vault."""

    def __init__(self, default_dir: Path, kdf: vault_access.KdfParams = vault_access.KdfParams(), parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("kojin_desk — first setup"))
        self.kdf = kdf
        self.vault = None
        self.remembered = False
        self.office_page, self.pass_page = OfficePage(), PassphrasePage()
        self.location_page = LocationPage(default_dir)
        for page in (self.office_page, self.pass_page, self.location_page):
            self.addPage(page)
        self.resize(620, 520)

    def accept(self) -> None:
        try:
            self.vault = vault_access.create_vault(Path(self.location_page.path.text()), self.pass_page.first.text(),
                                                   self.office_page.form.value(), self.kdf)
        except KojinError as exc:
            self.location_page.error.show_message(str(exc))
            return
        if self.pass_page.remember.isChecked():
            self.remembered = self.vault.remember_on_this_pc()
        super().accept()
