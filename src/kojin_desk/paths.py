"""Where things live: the user's data folder and the files shipped with the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "kojin_desk"
VAULT_FILE = "vault.db"
KEY_FILE = "vault.key"
WITNESS_FILE = "vault.witness"  # the chain heads, outside the database (store/witness.py)
LOCK_FILE = "vault.lock"  # held while a process has the vault open (store/filelock.py)
SETTINGS_FILE = "settings.json"
BACKUP_DIR = "backups"


def _shipped_root() -> Path:
    # The frozen build (packaging/kojin_desk.spec) unpacks them under kojin_desk/_data in its folder;
    # an installed wheel carries them under kojin_desk/_data too;
    # a source checkout (editable install, tests) has them at the repository root.
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "kojin_desk" / "_data"
    packaged = Path(__file__).resolve().parent / "_data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


SHIPPED = _shipped_root()
FORMS_DIR = SHIPPED / "forms"
RESOURCES_DIR = SHIPPED / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
I18N_DIR = RESOURCES_DIR / "i18n"


def default_data_dir() -> Path:
    override = os.environ.get("KOJIN_DESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def demo_data_dir() -> Path:
    return default_data_dir().parent / f"{APP_NAME}_demo"


def report_dir() -> Path:
    """Error reports (no personal data) the user may send: the app's own log folder, not the vault's."""
    override = os.environ.get("KOJIN_DESK_REPORT_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False)) / "reports"
