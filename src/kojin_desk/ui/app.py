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
from kojin_desk.ui import translations

_START = time.perf_counter()


def _bench_mark(stage: str) -> None:
    """KOJIN_DESK_BENCH=STAGE: print seconds since start and quit when STAGE is reached (bench/)."""
    if os.environ.get("KOJIN_DESK_BENCH") == stage:
        print(f"{stage} {time.perf_counter() - _START:.4f}", flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)


def ask_unlock(data_dir: Path, hint: str = ""):
    from kojin_desk.ui.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(data_dir, hint)
    dialog.show()
    _bench_mark("unlock_shown")
    if os.environ.get("KOJIN_DESK_BENCH") == "unlock_shown":
        return None
    return dialog.vault if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_vault(data_dir: Path, hint: str = ""):
    """The open vault: remembered on this PC, or unlocked with the passphrase; None if cancelled."""
    from kojin_desk.store.vault import Vault

    try:
        remembered = Vault.unlock_remembered(data_dir)
    except KojinError:
        remembered = None
    return remembered or ask_unlock(data_dir, hint)


def show_main(app, vault, settings: Settings, settings_dir: Path, unlock_again):
    from kojin_desk.ui.context import Context
    from kojin_desk.ui.idle_lock import IdleLock
    from kojin_desk.ui.main_window import MainWindow

    ctx = Context(vault, settings, settings_dir)
    window = MainWindow(ctx, unlock_again)
    window.idle_lock = IdleLock(app, settings.auto_lock_minutes, window.lock)
    window.show()
    return window


def run(data_dir: Path | None = None, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kojin_desk")
    data_dir = Path(data_dir) if data_dir else (paths.demo_data_dir() if demo else paths.default_data_dir())
    settings = Settings.load(data_dir)
    translations.install(app, settings.language)
    hint = ""
    if demo:
        from kojin_desk.services import demo as demo_service
        from kojin_desk.store.vault import Vault

        if not Vault.exists(data_dir):
            demo_service.build(data_dir).close()
        hint = app.translate("App", "Demo vault — passphrase: %s") % demo_service.DEMO_PASSPHRASE
    from kojin_desk.store.vault import Vault

    if Vault.exists(data_dir):
        try:
            vault = open_vault(data_dir, hint)
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
    if vault is None:
        return 0
    window = show_main(app, vault, settings, data_dir, lambda: ask_unlock(data_dir, hint))
    _bench_mark("main_shown")
    code = app.exec()
    del window
    return code
