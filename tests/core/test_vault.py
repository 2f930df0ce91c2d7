"""The SQLCipher vault: keys, passphrases, keyring, migrations, newer and damaged files."""

import os

import keyring
import pytest
from keyring.backend import KeyringBackend

from kojin_desk.areas import check
from kojin_desk.domain.records import Contract
from kojin_desk.errors import KojinError, VaultDamaged, VaultTooNew, WrongPassphrase
from kojin_desk.services import office_contracts, vault_access
from kojin_desk.store import keychain
from kojin_desk.store.keyfile import KeyFile
from kojin_desk.store.schema import LATEST
from kojin_desk.store.vault import Vault, connect

PASS = "test-passphrase"


def _contract(**kw):
    base = dict(title="令和8年度 調査業務委託", start_on="2026-04-01", end_on="2027-03-31", signed_on="2026-04-01")
    return Contract(**{**base, **kw})


def test_create_unlock_and_data_survives_restart(vault):
    office_contracts.save_contract(vault, _contract(title="𠮷田の契約"))
    data_dir = vault.data_dir
    vault.close()
    again = Vault.unlock(data_dir, PASS)
    assert [c.title for c in office_contracts.list_contracts(again)] == ["𠮷田の契約"]
    again.close()


def test_wrong_passphrase_is_refused(vault):
    vault.close()
    with pytest.raises(WrongPassphrase) as err:
        Vault.unlock(vault.data_dir, "not-the-passphrase")
    assert str(err.value) == "パスフレーズが違います。入力し直してください。"


def test_no_second_vault_over_the_first(vault, kdf):
    with pytest.raises(KojinError) as err:
        vault_access.create_vault(vault.data_dir, PASS, kdf=kdf)
    assert err.value.code == "vault_exists"


def test_short_passphrase_refused(tmp_path, kdf):
    with pytest.raises(KojinError) as err:
        vault_access.create_vault(tmp_path / "v", "short", kdf=kdf)
    assert "8文字以上" in str(err.value)
    assert not (tmp_path / "v" / "vault.db").exists()


def test_change_passphrase_rewraps_key_without_touching_the_database(vault):
    office_contracts.save_contract(vault, _contract())
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_before = Vault.db_path(vault.data_dir).read_bytes()
    with pytest.raises(WrongPassphrase):
        vault_access.change_passphrase(vault, "wrong-old-pass", "new-passphrase-1")
    vault_access.change_passphrase(vault, PASS, "new-passphrase-1")
    assert Vault.db_path(vault.data_dir).read_bytes() == db_before  # O(1): only the key file changes
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault.data_dir, PASS)
    again = Vault.unlock(vault.data_dir, "new-passphrase-1")
    assert len(office_contracts.list_contracts(again)) == 1
    again.close()


def test_remember_on_this_pc_uses_keyring_only(vault, memory_keyring):
    assert vault.remember_on_this_pc()
    assert list(memory_keyring.store) == [("kojin_desk", vault.vault_id)]
    vault.close()
    again = Vault.unlock_remembered(vault.data_dir)
    assert again is not None and again.is_open
    again.forget_on_this_pc()
    again.close()
    assert Vault.unlock_remembered(vault.data_dir) is None


class PlaintextKeyring(KeyringBackend):
    priority = 1
    get_password = set_password = delete_password = lambda *a: None


def test_plaintext_keyring_is_never_used(vault):
    keyring.set_keyring(PlaintextKeyring())
    assert not keychain.available()
    assert vault.remember_on_this_pc() is False


def test_newer_vault_is_refused_untouched(vault):
    vault.conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    vault.close()
    before = Vault.db_path(vault.data_dir).read_bytes()
    with pytest.raises(VaultTooNew) as err:
        Vault.unlock(vault.data_dir, PASS)
    assert "新しい版" in str(err.value)
    assert Vault.db_path(vault.data_dir).read_bytes() == before
    assert not (vault.data_dir / "backups").exists()


def test_old_vault_is_backed_up_then_migrated(tmp_path, kdf):
    old = Vault.create(tmp_path / "old", PASS, kdf, target_version=1)
    old.conn.execute("INSERT INTO contracts (title, created_at) VALUES ('旧契約', '2025-01-01')")
    assert old.conn.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()
    migrated = Vault.unlock(tmp_path / "old", PASS)
    assert migrated.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert migrated.conn.execute("SELECT title FROM contracts").fetchall() == [("旧契約",)]
    backups = list((tmp_path / "old" / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith("v1-")
    db_key = KeyFile.read(backups[0] / "vault.key").unwrap(PASS)  # a whole, openable v1 vault
    copy = connect(backups[0] / "vault.db", db_key)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    copy.close()
    migrated.close()


def _damage(path, how):
    data = bytearray(path.read_bytes())
    if how == "flip":
        data[len(data) // 2] ^= 0x01
    else:
        data = data[: len(data) // 2 + 100]
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["flip", "truncate"])
def test_damaged_vault_is_reported(demo_vault, how):
    data_dir = demo_vault.data_dir
    demo_vault.close()
    _damage(Vault.db_path(data_dir), how)
    with pytest.raises(VaultDamaged):
        v = Vault.unlock(data_dir, PASS)
        try:
            check.run(v)
        finally:
            v.conn.close()


def test_damaged_key_file_is_reported(vault):
    vault.close()
    Vault.key_path(vault.data_dir).write_text("{not json", encoding="ascii")
    with pytest.raises(VaultDamaged) as err:
        Vault.unlock(vault.data_dir, PASS)
    assert "鍵ファイル" in str(err.value)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_vault_files_are_private(vault):
    vault.close()
    for name in ("vault.db", "vault.key"):
        assert (vault.data_dir / name).stat().st_mode & 0o077 == 0
