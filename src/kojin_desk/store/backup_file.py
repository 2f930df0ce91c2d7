"""The backup file: a plain ZIP (stored, not compressed) holding the encrypted database, the key file of
its day and a manifest, sealed by a SHA-256 of every byte before it, kept in the ZIP comment.

Any unzip tool opens it (the data is never locked into this app), and since the seal covers the whole
file, one flipped byte anywhere — in the database, the key file, a ZIP header — is named as damage before
anything is opened. Nothing in it is plaintext of the vault: the database is SQLCipher's own pages and the
key file holds the key wrapped by the passphrase of that day.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

from kojin_desk import paths
from kojin_desk.errors import VaultDamaged

FORMAT = "kojin-desk-backup"
MANIFEST = "manifest.json"
SEAL_PREFIX = b"kojin-desk-backup sha256 "
SEAL_LEN = len(SEAL_PREFIX) + 64
SUFFIX = ".kdbackup"
_CHUNK = 1 << 20


def damaged(path: Path, detail: str) -> VaultDamaged:
    return VaultDamaged("backup_damaged", path=Path(path).name, detail=detail)


def _sha256_until(path: Path, end: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        left = end
        while left > 0:
            block = f.read(min(_CHUNK, left))
            if not block:
                break
            h.update(block)
            left -= len(block)
    return h.hexdigest()


def write(path: Path, db_path: Path, key_bytes: bytes, manifest: dict) -> None:
    """Write a sealed backup to `path` (a temp name: the caller renames it once verified) and fsync it."""
    manifest = {"format": FORMAT, "version": 1, **manifest}
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out, zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.comment = SEAL_PREFIX + b"0" * 64  # same length as the real seal, patched below
        zf.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        zf.writestr(paths.KEY_FILE, key_bytes)
        zf.write(db_path, paths.VAULT_FILE)
    size = os.path.getsize(path)
    digest = _sha256_until(path, size - 64)
    with open(path, "r+b") as f:
        f.seek(size - 64)
        f.write(digest.encode("ascii"))
        f.flush()
        os.fsync(f.fileno())


def read_manifest(path: Path) -> dict:
    """Check the seal over every byte, then the ZIP's own layout; the manifest, or VaultDamaged naming the damage."""
    path = Path(path)
    try:
        size = os.path.getsize(path)
        if size < SEAL_LEN + 22:
            raise damaged(path, "too short")
        with open(path, "rb") as f:
            f.seek(size - SEAL_LEN)
            seal = f.read(SEAL_LEN)
        if not seal.startswith(SEAL_PREFIX):
            raise damaged(path, "no seal")
        if _sha256_until(path, size - 64) != seal[len(SEAL_PREFIX):].decode("ascii", "replace"):
            raise damaged(path, "SHA-256")
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if names != {MANIFEST, paths.KEY_FILE, paths.VAULT_FILE}:
                raise damaged(path, "contents")
            manifest = json.loads(zf.read(MANIFEST))
    except OSError as exc:
        raise damaged(path, exc.strerror or "I/O") from None
    except (zipfile.BadZipFile, ValueError, KeyError) as exc:
        raise damaged(path, type(exc).__name__) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or manifest.get("version") != 1:
        raise damaged(path, "format")
    return manifest


def extract(path: Path, folder: Path) -> dict:
    """Check the seal, then write vault.db and vault.key into `folder` (fsynced). Returns the manifest."""
    manifest = read_manifest(path)
    try:
        with zipfile.ZipFile(path) as zf:
            for name in (paths.VAULT_FILE, paths.KEY_FILE):
                target = Path(folder) / name
                with zf.open(name) as src, open(target, "wb") as dst:
                    if os.name == "posix":
                        os.chmod(target, 0o600)
                    while block := src.read(_CHUNK):
                        dst.write(block)
                    dst.flush()
                    os.fsync(dst.fileno())
    except (zipfile.BadZipFile, KeyError) as exc:  # changed under our feet after the seal was checked
        raise damaged(path, type(exc).__name__) from None
    return manifest
