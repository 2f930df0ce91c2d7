"""'Remember on this PC': the database key in the OS keyring, and nowhere else.

The only module that touches `keyring`. Only backends known to keep secrets in the OS's
protected store are used, recognised by class identity (exact class, no subclass, no module
name matching): Windows Credential Locker, macOS Keychain, Secret Service (GNOME Keyring,
KeePassXC), KWallet, and the in-memory backend below, which tests install. Any other backend
(a plain-file one, keyrings.alt, the fail/null backends, a custom class) counts as no keyring.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

SERVICE = "kojin_desk"


class MemoryKeyring(KeyringBackend):
    """Secrets in this process's memory only (tests): nothing ever reaches the disk."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


def _trusted() -> tuple[type, ...]:
    from keyring.backends import SecretService, Windows, kwallet, libsecret, macOS

    return (Windows.WinVaultKeyring, macOS.Keyring, SecretService.Keyring, libsecret.Keyring,
            kwallet.DBusKeyring, kwallet.DBusKeyringKWallet4, MemoryKeyring)


def _backend_ok() -> bool:
    try:
        backend = keyring.get_keyring()
        trusted = _trusted()
    except Exception:  # a broken keyring install must not stop the app
        return False
    from keyring.backends.chainer import ChainerBackend

    chain = backend.backends if type(backend) is ChainerBackend else [backend]
    if not chain or any(type(b) not in trusted for b in chain):
        return False
    try:
        return all(b.priority > 0 for b in chain)
    except Exception:  # priority is computed and may raise when the service is not running
        return False


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
