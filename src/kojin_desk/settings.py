"""UI preferences, kept outside the vault: never personal data, only how the window looks."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from kojin_desk.paths import SETTINGS_FILE
from kojin_desk.store.atomic import atomic_write


@dataclass
class Settings:
    language: str = ""  # "" = from the system locale
    auto_lock_minutes: int = 10  # 0 = never
    date_style: str = "wareki"  # wareki | seireki
    # Whether to look in the OS keyring at start-up (the key itself is only ever in the keyring);
    # without it, start-up need not load keyring at all.
    remember_on_this_pc: bool = False
    # Backups (store/backup.py): where, how many, how often; the last good one's time for when the medium is away.
    backup_dir: str = ""  # "" = <data_dir>/backups
    backup_keep: int = 10
    backup_every_days: int = 7  # 0 = no scheduled backup at unlock
    last_backup_at: str = ""
    window_geometry: str = ""
    column_widths: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> "Settings":
        try:
            raw = json.loads((Path(folder) / SETTINGS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()  # missing or damaged preferences: start from the defaults
        known = {f.name for f in fields(cls)}
        s = cls(**{k: v for k, v in raw.items() if k in known}) if isinstance(raw, dict) else cls()
        if not isinstance(s.auto_lock_minutes, int) or s.auto_lock_minutes < 0:
            s.auto_lock_minutes = 10
        if not _int_in(s.backup_keep, 1, 999):
            s.backup_keep = 10
        if not _int_in(s.backup_every_days, 0, 365):
            s.backup_every_days = 7
        if not isinstance(s.backup_dir, str) or not isinstance(s.last_backup_at, str):
            s.backup_dir, s.last_backup_at = "", ""
        if s.date_style not in ("wareki", "seireki"):
            s.date_style = "wareki"
        return s

    def save(self, folder: Path) -> None:
        atomic_write(Path(folder) / SETTINGS_FILE, json.dumps(asdict(self), indent=1).encode("utf-8"))


def _int_in(value, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
