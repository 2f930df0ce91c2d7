"""Where things live: the user's data folder and the files shipped with the app."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "kojin_desk"
VAULT_FILE = "vault.db"
KEY_FILE = "vault.key"
SETTINGS_FILE = "settings.json"
BACKUP_DIR = "backups"


def _shipped_root() -> Path:
    # An installed wheel carries forms/ and resources/ under kojin_desk/_data;
    # a source checkout (editable install, tests) has them at the repository root.
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
