"""Settings › Backups: back up now, where to, how many, how often, and restore (beside the vault, swapped
only on confirmation, or into a new folder). Also the scheduled backup at unlock and the dashboard's line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.areas import backup_service
from kojin_desk.domain.wareki import format_date
from kojin_desk.errors import KojinError
from kojin_desk.ui.widgets import show_error


def _when(moment: datetime | None, date_style: str) -> str:
    if moment is None:
        return QCoreApplication.translate("BackupDialog", "never")
    return f"{format_date(moment.date().isoformat(), date_style)} {moment:%H:%M}"


def status_line(ctx) -> tuple[str, bool]:
    """The dashboard's line: the last good backup, and whether it needs attention (too old, medium away)."""
    s = backup_service.status(ctx.vault, ctx.settings)
    text = QCoreApplication.translate("BackupDialog", "Last good backup: %s") % _when(s.last_at, ctx.settings.date_style)
    if not s.found:
        return text + " — " + QCoreApplication.translate("BackupDialog", "the backup folder %s was not found (connect the disk or USB stick)") % s.folder, True
    if s.due:
        return text + " — " + QCoreApplication.translate("BackupDialog", "too old: back up now (Settings › Backups)"), True
    return text, False


def run_backup(parent: QWidget | None, ctx, scheduled: bool = False) -> Path | None:
    """Back up with a progress dialog; the scheduled run (after unlock) only when one is due and possible."""
    if scheduled:
        s = backup_service.status(ctx.vault, ctx.settings)
        if not (s.due and s.found):
            return None
    dialog = QProgressDialog(QCoreApplication.translate("BackupDialog", "Writing and verifying the encrypted backup…"), "", 0, 100, parent)
    dialog.setWindowTitle(QCoreApplication.translate("BackupDialog", "Backup"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)

    def progress(fraction: float) -> None:
        dialog.setValue(int(fraction * 100))
        QApplication.processEvents()

    try:
        return backup_service.back_up(ctx.vault, ctx.settings, ctx.settings_dir, progress=progress)
    except KojinError as exc:
        show_error(parent, exc)
        return None
    finally:
        dialog.close()
        dialog.deleteLater()


class BackupDialog(QDialog):
    def __init__(self, ctx, reopened=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.reopened = ctx, reopened
        self.setWindowTitle(self.tr("Backups"))
        about = QLabel(self.tr(
            "Each backup holds the encrypted database and the key file of its day: it opens with the passphrase "
            "that was in use when it was made. Nothing in it is readable without that passphrase. Keep backups on "
            "another disk or a USB stick kept locked away; since the database key stays the same when the passphrase "
            "changes, an old backup and its old passphrase also open today's vault."))
        about.setWordWrap(True)
        self.folder = QLineEdit(str(backup_service.folder(ctx.settings, ctx.vault.data_dir)))
        self.folder.setReadOnly(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(choose)
        self.keep = QSpinBox()
        self.keep.setRange(1, 999)
        self.keep.setValue(ctx.settings.backup_keep)
        self.keep.valueChanged.connect(lambda v: self._set("backup_keep", v))
        self.every = QSpinBox()
        self.every.setRange(0, 365)
        self.every.setSpecialValueText(self.tr("never"))
        self.every.setValue(ctx.settings.backup_every_days)
        self.every.valueChanged.connect(lambda v: self._set("backup_every_days", v))
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), row)
        form.addRow(self.tr("Keep the newest"), self.keep)
        form.addRow(self.tr("At unlock, back up when the last is older than (days)"), self.every)
        buttons = QHBoxLayout()
        for name, text, slot in (("back_up_now", self.tr("Back up now"), self.back_up_now),
                                 ("restore", self.tr("Restore…"), self.restore),
                                 ("close", self.tr("Close"), self.accept)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        text, warn = status_line(self.ctx)
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if warn else "")

    def _set(self, name: str, value) -> None:
        setattr(self.ctx.settings, name, value)
        try:
            self.ctx.save_settings()
        except KojinError as exc:
            show_error(self, exc)
        self.refresh()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self._set("backup_dir", chosen)

    def back_up_now(self) -> None:
        path = run_backup(self, self.ctx)
        self.refresh()
        if path is not None:
            QMessageBox.information(self, self.tr("Backup"), self.tr("Backup written and verified:\n%s") % path)
            self.ctx.data_changed.emit()

    # --- restore ---------------------------------------------------------------------------
    def restore(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), self.folder.text(),
                                              self.tr("kojin_desk backups (*.kdbackup)"))
        if not file:
            return
        try:
            made = backup_service.made_on(backup_service.manifest(Path(file)))
        except KojinError as exc:
            show_error(self, exc)
            return
        how = self.ask_how(made)
        if how is None:
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("Restore"), self.tr(
            "Passphrase in use on %s (the day of the backup):") % made, QLineEdit.EchoMode.Password)
        if not ok:
            return
        if how == "new_folder":
            self._restore_into_new_folder(Path(file), made, passphrase)
        else:
            self._restore_and_swap(Path(file), made, passphrase)

    def ask_how(self, made: str) -> str | None:
        """"replace" (beside the vault, then a confirmed swap), "new_folder", or None."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore"), self.tr(
            "Restore the backup of %s.\n\nReplace the current vault (it is kept, renamed, not deleted), or restore "
            "into a new, empty folder and leave the current vault as it is?") % made, parent=self)
        replace = box.addButton(self.tr("Replace the current vault…"), QMessageBox.ButtonRole.AcceptRole)
        new_folder = box.addButton(self.tr("Into a new folder…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "replace" if clicked == replace else "new_folder" if clicked == new_folder else None

    def _restore_into_new_folder(self, file: Path, made: str, passphrase: str) -> None:
        target = QFileDialog.getExistingDirectory(self, self.tr("An empty folder for the restored vault"))
        if not target:
            return
        try:
            with _busy():
                backup_service.restore(file, Path(target), passphrase)
        except KojinError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Restore"), self.tr(
            "The backup of %s was restored into %s and verified. The current vault was not changed.") % (made, target))

    def _restore_and_swap(self, file: Path, made: str, passphrase: str) -> None:
        data_dir = self.ctx.vault.data_dir
        try:
            with _busy():
                restored = backup_service.restore_beside(self.ctx.vault, file, passphrase)
        except KojinError as exc:
            show_error(self, exc)
            return
        answer = QMessageBox.question(self, self.tr("Replace the current vault"), self.tr(
            "The backup of %s was restored beside the current vault and verified.\n\n"
            "Replace the current vault in %s (vault.db and vault.key, with every change made since the backup) "
            "by this backup? The current vault is kept in a folder named replaced-<date and time> inside that "
            "folder; nothing is deleted. Afterwards the vault opens with the passphrase of %s.") % (made, data_dir, made))
        if answer != QMessageBox.StandardButton.Yes:
            backup_service.discard(restored)
            return
        try:
            vault, kept = backup_service.replace_current(self.ctx.vault, restored, passphrase)
        except KojinError as exc:
            show_error(self, exc)
            return
        self.ctx.vault = vault
        if self.reopened is not None:
            self.reopened()
        QMessageBox.information(self, self.tr("Restore"), self.tr(
            "The backup of %s is now the vault. The previous vault is kept in %s.") % (made, kept))
        self.refresh()


class _busy:
    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc):
        QApplication.restoreOverrideCursor()
