"""Backups as one use case for the GUI and the CLI: where to and when (settings), verified by
`check.verify` (integrity and the ledger chain), restore beside the current vault, and the periodic
inspection's "verify a backup" (Art. 11(10)(3)).

It lives in areas/ only because "verified" includes the ledger chain, which an area owns; the file
format, staging, rotation and the swap are kernel code in store/backup*.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kojin_desk.areas import check
from kojin_desk.errors import KojinError, WrongPassphrase
from kojin_desk.i18n import msg
from kojin_desk.settings import Settings
from kojin_desk.store import backup, backup_file, backup_rotation
from kojin_desk.store.vault import Vault

Progress = backup.Progress


def folder(settings: Settings, data_dir: Path) -> Path:
    return Path(settings.backup_dir) if settings.backup_dir else backup_rotation.default_folder(data_dir)


def back_up(vault: Vault, settings: Settings, settings_dir: Path, to: Path | None = None,
            progress: Progress | None = None) -> Path:
    """Write, verify and rotate one backup; remember when (the dashboard shows it even with the medium away)."""
    target = Path(to) if to else folder(settings, vault.data_dir)
    if to is None and not settings.backup_dir:
        target.mkdir(mode=0o700, parents=True, exist_ok=True)  # the default folder is ours to make; a chosen one is not
    path = backup.create(vault, target, check.verify, settings.backup_keep, progress)
    settings.last_backup_at = datetime.now().isoformat(timespec="seconds")
    try:
        settings.save(settings_dir)
    except KojinError:
        pass  # the backup itself is written and verified; its date is also in its name
    return path


@dataclass(frozen=True)
class Status:
    folder: Path
    found: bool  # the folder (an external disk, a USB stick) is there
    last_at: datetime | None  # the last good backup
    due: bool  # none yet, or older than the setting's days


def status(vault: Vault, settings: Settings, now: datetime | None = None) -> Status:
    where = folder(settings, vault.data_dir)
    found = where.is_dir() or not settings.backup_dir
    times = [t for t in (backup_rotation.last_good(where, vault.vault_id), _parse(settings.last_backup_at)) if t]
    last = max(times) if times else None
    return Status(where, found, last, backup_rotation.is_due(last, settings.backup_every_days, now))


def scheduled(vault: Vault, settings: Settings, settings_dir: Path, progress: Progress | None = None,
              now: datetime | None = None) -> Path | None:
    """After unlock: a backup when one is due and its folder is there; None otherwise (the dashboard says why)."""
    s = status(vault, settings, now)
    if not (s.due and s.found):
        return None
    return back_up(vault, settings, settings_dir, progress=progress)


def manifest(file: Path) -> dict:
    """What a backup says about itself (after its seal is checked): vault, date, schema version."""
    return backup_file.read_manifest(file)


def made_on(info: dict) -> str:
    return str(info.get("created_at", ""))[:16].replace("T", " ")


def restore(file: Path, new_dir: Path, passphrase: str) -> dict:
    return backup.restore(file, new_dir, passphrase, check.verify)


def restore_beside(vault: Vault, file: Path, passphrase: str) -> Path:
    """Restore next to the current vault, in a `.tmp-` folder until the user confirms the swap."""
    target = Path(vault.data_dir) / f"{backup_rotation.TMP}restored-{datetime.now().strftime(backup_rotation.STAMP)}"
    backup.restore(file, target, passphrase, check.verify)
    return target


def discard(restored: Path) -> None:
    backup_rotation.prune([Path(restored)])


def replace_current(vault: Vault, restored: Path, passphrase: str) -> tuple[Vault, Path]:
    """Close the current vault, swap the restored one in; returns it open and where the old one is kept."""
    data_dir = vault.data_dir
    vault.close()
    kept = backup.swap_in(restored, data_dir)
    return Vault.unlock(data_dir, passphrase), kept


def verify_for_inspection(vault: Vault, file: Path, passphrase: str | None = None) -> tuple[bool, str]:
    """Open and check one backup; whether it passed, and the line for the inspection's findings.

    WrongPassphrase goes up (a backup of another vault, or of before a re-key, needs its own passphrase).
    """
    name = Path(file).name
    try:
        info = backup.check_for(vault, Path(file), check.verify, passphrase)
    except WrongPassphrase:
        raise
    except KojinError as exc:
        return False, msg("backup_check_failed", file=name, reason=str(exc))
    return True, msg("backup_check_ok", file=name, date=made_on(info))


def _parse(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None) if text else None
    except ValueError:
        return None
