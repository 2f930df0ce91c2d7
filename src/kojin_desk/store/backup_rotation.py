"""Which backups exist, which are due, which go: names, listing, rotation and leftovers.

A backup only ever gets its final name after it was verified (store/backup.py), so every file that
matches `kojin-desk-<vault>-<stamp>.kdbackup` was good when it was written. Migration copies
(`<data_dir>/backups/v<N>-<stamp>/`, made by store/vault.py before a schema step) join the same rotation:
their old key files still open today's database (the database key outlives passphrase changes), so
they must not pile up for ever.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kojin_desk import paths
from kojin_desk.store.backup_file import SUFFIX

STAMP = "%Y%m%d-%H%M%S"
TMP = ".tmp-"
_BACKUP = re.compile(r"^kojin-desk-([0-9a-f]{8})-(\d{8}-\d{6})" + re.escape(SUFFIX) + "$")
_MIGRATION = re.compile(r"^v(\d+)-(\d{8}-\d{6})$")
_REPLACED = re.compile(r"^replaced-(\d{8}-\d{6})$")


def short_id(vault_id: str) -> str:
    """Eight hex digits of the vault's id: backups of several vaults can share one USB stick."""
    digits = "".join(ch for ch in vault_id.lower() if ch in "0123456789abcdef")
    return (digits + "0" * 8)[:8]


def backup_name(vault_id: str, when: datetime) -> str:
    return f"kojin-desk-{short_id(vault_id)}-{when.strftime(STAMP)}{SUFFIX}"


def default_folder(data_dir: Path) -> Path:
    return Path(data_dir) / paths.BACKUP_DIR


@dataclass(frozen=True)
class Copy:
    path: Path
    made_at: datetime
    kind: str  # "backup" (a sealed file) | "migration" (a copy left by a schema step) | "replaced" (a swapped-out vault)


def _stamp(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, STAMP)
    except ValueError:
        return None


def backups(folder: Path, vault_id: str) -> list[Copy]:
    """This vault's sealed backups in `folder`, newest first ([] when the folder is not there)."""
    found = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        m = _BACKUP.match(name)
        if m and m.group(1) == short_id(vault_id) and (when := _stamp(m.group(2))):
            found.append(Copy(Path(folder) / name, when, "backup"))
    return sorted(found, key=lambda c: c.made_at, reverse=True)


def copies_in_data_dir(data_dir: Path) -> list[Copy]:
    """Migration copies and swapped-out vaults the app left in the data folder, newest first."""
    found = []
    for folder, pattern, kind in ((default_folder(data_dir), _MIGRATION, "migration"),
                                  (Path(data_dir), _REPLACED, "replaced")):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            m = pattern.match(name)
            if m and (folder / name).is_dir() and (when := _stamp(m.groups()[-1])):
                found.append(Copy(folder / name, when, kind))
    return sorted(found, key=lambda c: c.made_at, reverse=True)


def leftovers(data_dir: Path, folder: Path, vault_id: str) -> list[Path]:
    """Unfinished work of this vault (kill -9, power cut): `.tmp-*` files and folders the app made."""
    places = [(Path(data_dir), ""), (default_folder(data_dir), ""), (Path(folder), f"kojin-desk-{short_id(vault_id)}-")]
    out: set[Path] = set()
    for place, prefix in places:
        try:
            names = os.listdir(place)
        except OSError:
            continue
        out |= {place / n for n in names if n.startswith(TMP + prefix)}
    return sorted(out)


def to_prune(data_dir: Path, folder: Path, vault_id: str, keep: int) -> list[Path]:
    """One rotation over sealed backups and migration copies (newest `keep` stay), plus every leftover.

    Swapped-out vaults (after a restore) are listed but never pruned: the user chose to keep them.
    """
    rotated = backups(folder, vault_id) + [c for c in copies_in_data_dir(data_dir) if c.kind == "migration"]
    rotated.sort(key=lambda c: c.made_at, reverse=True)
    return [c.path for c in rotated[max(keep, 1):]] + leftovers(data_dir, folder, vault_id)


def prune(paths_: list[Path]) -> int:
    removed = 0
    for p in paths_:
        try:
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            else:
                p.unlink()
            removed += 1
        except FileNotFoundError:
            pass
        except OSError:
            pass  # a read-only medium or a file in use: tried again at the next backup
    return removed


def last_good(folder: Path, vault_id: str) -> datetime | None:
    found = backups(folder, vault_id)
    return found[0].made_at if found else None


def is_due(last: datetime | None, every_days: int, now: datetime | None = None) -> bool:
    """A scheduled backup is due when none exists or the last is `every_days` old (0 = never scheduled)."""
    if every_days <= 0:
        return False
    return last is None or (now or datetime.now()) - last >= timedelta(days=every_days)
