"""Start the GUI: translators, then setup wizard, remembered key or unlock dialog, then the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from kojin_desk import paths
from kojin_desk.errors import KojinError
from kojin_desk.settings import Settings
from kojin_desk.ui import fonts, translations

_START = time.perf_counter()


def _bench_mark(stage: str) -> None:
    """KOJIN_DESK_BENCH=STAGE: print seconds since start and quit when STAGE is reached (bench/)."""
    if os.environ.get("KOJIN_DESK_BENCH") == stage:
        print(f"{stage} {time.perf_counter() - _START:.4f}", flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)


def ask_unlock(data_dir: Path, settings: Settings, hint: str = ""):
    from kojin_desk.ui.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(data_dir, hint)
    dialog.show()
    _bench_mark("unlock_shown")
    if os.environ.get("KOJIN_DESK_BENCH") == "unlock_shown":
        return None
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.remembered:
        _remember(settings, data_dir, True)
    return dialog.vault


def _remember(settings: Settings, data_dir: Path, value: bool) -> None:
    settings.remember_on_this_pc = value
    try:
        settings.save(data_dir)
    except KojinError:
        pass  # only a start-up shortcut; the key itself is in the keyring


def open_vault(data_dir: Path, settings: Settings, hint: str = ""):
    """The open vault: remembered on this PC, or unlocked with the passphrase; None if cancelled."""
    if settings.remember_on_this_pc:
        from kojin_desk.services import vault_access
        from kojin_desk.ui.progress_dialog import WorkProgress

        try:
            with WorkProgress(None, QApplication.translate("App", "Opening the vault")) as progress:
                vault = vault_access.unlock_remembered(data_dir, progress=progress)
        except KojinError:
            vault = None
        if vault is not None:
            return vault
    return ask_unlock(data_dir, settings, hint)


def show_main(app, vault, settings: Settings, settings_dir: Path, unlock_again):
    from kojin_desk.ui.context import Context
    from kojin_desk.ui.idle_lock import IdleLock
    from kojin_desk.ui.main_window import MainWindow

    ctx = Context(vault, settings, settings_dir)
    window = MainWindow(ctx, unlock_again)
    window.idle_lock = IdleLock(app, settings.auto_lock_minutes, window.lock)
    window.show()
    return window


def _has_vault(data_dir: Path) -> bool:
    # A plain file test: importing the vault (SQLCipher, cryptography) waits until it is needed.
    return (data_dir / paths.VAULT_FILE).exists() or (data_dir / paths.KEY_FILE).exists()


def run(data_dir: Path | None = None, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kojin_desk")
    from kojin_desk.ui.unexpected import excepthook

    sys.excepthook = excepthook  # plain words and a report without personal data, never an exception's name
    data_dir = Path(data_dir) if data_dir else (paths.demo_data_dir() if demo else paths.default_data_dir())
    settings = Settings.load(data_dir)
    translations.install(app, settings.language)
    fonts.install(app)
    hint = ""
    if demo:
        from kojin_desk.areas import demo as demo_service

        if not _has_vault(data_dir):
            from kojin_desk.progress import Cancelled
            from kojin_desk.ui.progress_dialog import WorkProgress

            try:
                with WorkProgress(None, app.translate("App", "Demo vault"), cancellable=True) as progress:
                    demo_service.build(data_dir, progress=progress).close()
            except Cancelled:
                return 0  # nothing was left behind: the demo is built whole or not at all
        hint = app.translate("App", "Demo vault — passphrase: %s") % demo_service.DEMO_PASSPHRASE
    if _has_vault(data_dir):
        try:
            vault = open_vault(data_dir, settings, hint)
        except KojinError as exc:
            from kojin_desk.ui.widgets import show_error

            show_error(None, exc)
            return 4
    else:
        from kojin_desk.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(data_dir)
        vault = wizard.vault if wizard.exec() == QDialog.DialogCode.Accepted else None
        if vault is not None:
            data_dir = vault.data_dir
            if wizard.remembered:
                _remember(settings, data_dir, True)
    if vault is None:
        return 0
    window = show_main(app, vault, settings, data_dir, lambda: ask_unlock(data_dir, settings, hint))
    if not os.environ.get("KOJIN_DESK_BENCH"):  # a backup when one is due (Settings › Backups), at every unlock
        window.backups_at_unlock = True
        QTimer.singleShot(0, window.scheduled_backup)
    _bench_mark("main_shown")
    code = app.exec()
    del window
    return code
