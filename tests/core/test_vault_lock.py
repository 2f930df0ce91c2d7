"""One process per vault, private folder and files, a keyring only if it is a known secure one."""

import os
import stat
import subprocess
import sys

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService

from kojin_desk import cli
from kojin_desk.errors import VaultBusy
from kojin_desk.services import office_contracts, vault_access
from kojin_desk.store import keychain
from kojin_desk.store.vault import Vault

PASS = "test-passphrase"


def test_second_session_on_one_vault_gets_a_clear_message(vault):
    data_dir = vault.data_dir
    with pytest.raises(VaultBusy) as err:
        Vault.unlock(data_dir, PASS)
    assert err.value.exit_code == 4 and "使用中" in str(err.value)
    assert vault.is_open and office_contracts.list_contracts(vault) == []  # the first session is unharmed
    vault.close()
    Vault.unlock(data_dir, PASS).close()  # released on close


def test_cli_write_while_a_session_is_open_is_refused_and_reads_still_work(vault, monkeypatch, capsys):
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", PASS)
    code = subprocess.run([sys.executable, "-m", "kojin_desk", "init", "--data-dir", str(vault.data_dir)],
                          capture_output=True, text=True, env={**os.environ}, timeout=120)
    assert code.returncode == 2 and "既に保管庫があります" in code.stderr and "Traceback" not in code.stderr
    # check and dump only read: they work beside an open window
    assert cli.main(["check", "--data-dir", str(vault.data_dir)]) == 1
    assert cli.main(["dump", "--data-dir", str(vault.data_dir)]) == 0
    capsys.readouterr()
    assert vault.is_open


def test_lock_is_released_when_the_holder_is_killed(vault, tmp_path):
    data_dir = vault.data_dir
    vault.close()
    code = ("import sys, time; from kojin_desk.store.vault import Vault; "
            f"v = Vault.unlock({str(data_dir)!r}, {PASS!r}); print('open', flush=True); time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(VaultBusy):
            Vault.unlock(data_dir, PASS)
    finally:
        holder.kill()
        holder.wait()
    Vault.unlock(data_dir, PASS).close()  # no stale lock after kill -9


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_init_into_an_open_folder_makes_it_private(tmp_path, kdf):
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o777)
    vault_access.create_vault(folder, PASS, kdf=kdf).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_permissions_are_tightened_at_every_open(vault):
    data_dir = vault.data_dir
    vault.close()
    os.chmod(data_dir, 0o755)
    for name in ("vault.db", "vault.key", "vault.witness"):
        os.chmod(data_dir / name, 0o644)
    again = Vault.unlock(data_dir, PASS)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for p in data_dir.iterdir():
        if p.is_file():
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    again.close()


class PlainFileKeyring(KeyringBackend):
    """A custom backend that would write secrets to a plain file: its module name says nothing."""

    priority = 5

    def __init__(self, path=None):
        super().__init__()
        self.path = path

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        with open(self.path, "a") as f:
            f.write(password)

    def delete_password(self, service, username):
        pass


class LookalikeSecretService(SecretService.Keyring):
    """A subclass of a trusted backend may override anything: refused too."""

    priority = 5

    def set_password(self, service, username, password):
        raise AssertionError("must not be called")


def test_custom_plain_file_keyring_is_refused(vault, tmp_path):
    plain = PlainFileKeyring(tmp_path / "secrets.txt")
    PlainFileKeyring.__module__ = "keyring.backends.Windows"  # a name check would be fooled
    keyring.set_keyring(plain)
    assert not keychain.available()
    assert vault.remember_on_this_pc() is False
    assert not (tmp_path / "secrets.txt").exists()
    keyring.set_keyring(LookalikeSecretService())
    assert vault.remember_on_this_pc() is False


def test_the_in_memory_test_backend_is_accepted(vault, memory_keyring):
    assert keychain.available() and vault.remember_on_this_pc()
