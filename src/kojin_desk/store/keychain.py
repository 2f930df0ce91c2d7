"""'Remember on this PC': the database key in the OS keyring, and nowhere else.

The only module that touches `keyring`. A backend that stores secrets in plain files
(keyrings.alt's plaintext ones, the fail/null backends) counts as no keyring at all.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError

SERVICE = "kojin_desk"
_REFUSED = ("fail", "null", "plaintext")


def _backend_ok() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring install must not stop the app
        return False
    kinds = {type(b).__module__.lower() + "." + type(b).__name__.lower()
             for b in getattr(backend, "backends", [backend])}
    if not kinds:
        return False
    if any(word in kind for kind in kinds for word in _REFUSED):
        return False
    return getattr(backend, "priority", 1) > 0


def available() -> bool:
    return _backend_ok()


def remember(vault_id: str, db_key: bytes) -> bool:
    """Store the key; False (and nothing stored) when no safe keyring exists."""
    if not available():
        return False
    try:
        keyring.set_password(SERVICE, vault_id, db_key.hex())
        return True
    except KeyringError:
        return False


def recall(vault_id: str) -> bytes | None:
    if not available():
        return None
    try:
        value = keyring.get_password(SERVICE, vault_id)
    except KeyringError:
        return None
    try:
        return bytes.fromhex(value) if value else None
    except ValueError:
        return None


def forget(vault_id: str) -> None:
    if not available():
        return
    try:
        keyring.delete_password(SERVICE, vault_id)
    except KeyringError:
        pass
