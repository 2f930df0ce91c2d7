"""Create, unlock and re-key a vault, with the passphrase rules."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from kojin_desk.domain.records import Office
from kojin_desk.errors import KojinError, ValidationError
from kojin_desk.progress import Progress, reporting
from kojin_desk.services import office_contracts
from kojin_desk.store.keyfile import KdfParams, KeyFile
from kojin_desk.store.vault import Vault

MIN_PASSPHRASE = 8


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KojinError("passphrase_too_short", min=MIN_PASSPHRASE)


def strength(passphrase: str) -> int:
    """0 (unusable) to 4 (strong): length and variety, shown as the setup wizard's meter."""
    if len(passphrase) < MIN_PASSPHRASE:
        return 0
    classes = sum(any(test(ch) for ch in passphrase) for test in (
        str.islower, str.isupper, str.isdigit, lambda ch: not ch.isascii() or not ch.isalnum()))
    score = 1 + (len(passphrase) >= 12) + (len(passphrase) >= 16) + (classes >= 3)
    return min(score, 4)


@contextmanager
def creating_vault(data_dir: Path, passphrase: str, office: Office | None = None,
                   kdf: KdfParams = KdfParams()):
    """A new vault to fill inside the block; published whole when the block ends, else nothing is left."""
    check_new_passphrase(passphrase)
    if office is not None:
        problems = office_contracts.office_problems(office)
        if problems:
            raise ValidationError(problems)
    with Vault.creating(data_dir, passphrase, kdf) as vault:
        if office is not None:
            office_contracts.save_office(vault, office)
        yield vault


def create_vault(data_dir: Path, passphrase: str, office: Office | None = None,
                 kdf: KdfParams = KdfParams()) -> Vault:
    with creating_vault(data_dir, passphrase, office, kdf) as vault:
        pass
    return vault


def change_passphrase(vault: Vault, old: str, new: str) -> None:
    check_new_passphrase(new)
    keyfile = KeyFile.read(Vault.key_path(vault.data_dir))
    keyfile.unwrap(old)  # a wrong old passphrase raises WrongPassphrase
    if old == new:
        return
    vault.change_passphrase(new, keyfile.kdf)


def unlock(data_dir: Path, passphrase: str, shared: bool = False, progress: Progress | None = None) -> Vault:
    """`shared`: only to read (check, dump), which may run beside a window that has the vault open.
    `progress` hears of a schema upgrade (once per new version; seconds on a big vault)."""
    with reporting(progress):
        return Vault.unlock(data_dir, passphrase, shared=shared)


def unlock_remembered(data_dir: Path, progress: Progress | None = None) -> Vault | None:
    """The vault opened with the key this PC's keyring remembers, or None."""
    with reporting(progress):
        return Vault.unlock_remembered(data_dir)


def require_vault(data_dir: Path) -> None:
    """Raise the clear "no vault here" (or "key file damaged") error before a passphrase is asked for."""
    Vault.read_keyfile(data_dir)


def keyring_available() -> bool:
    from kojin_desk.store import keychain

    return keychain.available()


def user_error(exc: BaseException) -> KojinError | None:
    """The app's own error for `exc`: itself, or SQLCipher's error translated; None when unexpected.

    sqlcipher3's exceptions do not inherit from sqlite3.Error: this one mapping serves the CLI and the GUI.
    """
    if isinstance(exc, KojinError):
        return exc
    if type(exc).__module__.startswith("sqlcipher3"):
        from kojin_desk.store.sqlerrors import translate

        return translate(exc)
    return None
