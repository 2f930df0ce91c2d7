"""SQLCipher's errors in the app's words: damaged, busy, disk full, read-only, odd files, bad KDF settings."""

import json

import pytest
import sqlcipher3

from kojin_desk import cli
from kojin_desk.domain.records import Contract
from kojin_desk.errors import KojinError, UsageError, VaultBusy, VaultDamaged
from kojin_desk.services import office_contracts
from kojin_desk.services.vault_access import user_error
from kojin_desk.store.keyfile import KeyFile
from kojin_desk.store.vault import Vault, _raw_key

PASS = "test-passphrase"


@pytest.fixture
def cli_env(monkeypatch, tmp_path):
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", PASS)
    monkeypatch.setenv("KOJIN_DESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _contract(**kw):
    return Contract(**{**dict(title="調査業務", start_on="2026-04-01", end_on="2027-03-31", signed_on="2026-04-01"), **kw})


def _raw(db_path, db_key, **kw):
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, **kw)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key(_raw_key(db_key))
    return conn


def _assert_one_clean_line(err: str):
    assert "Traceback" not in err and "Error" not in err and err.count("\n") == 1, err


def test_zero_byte_vault_is_damaged_not_given_a_schema(vault, cli_env, capsys):
    data_dir = vault.data_dir
    vault.close()
    Vault.db_path(data_dir).write_bytes(b"")
    with pytest.raises(VaultDamaged) as err:
        Vault.unlock(data_dir, PASS)
    assert err.value.exit_code == 4 and "0バイト" in str(err.value)
    assert Vault.db_path(data_dir).stat().st_size == 0  # untouched
    assert cli.main(["check", "--data-dir", str(data_dir)]) == 4
    _assert_one_clean_line(capsys.readouterr().err)


def test_a_folder_where_the_vault_or_its_key_should_be(vault, cli_env, capsys):
    data_dir = vault.data_dir
    vault.close()
    for name in ("vault.db", "vault.key"):
        path = data_dir / name
        path.rename(data_dir / "moved")
        path.mkdir()
        with pytest.raises(VaultDamaged) as err:
            Vault.unlock(data_dir, PASS)
        assert "ファイルではありません" in str(err.value)
        assert cli.main(["check", "--data-dir", str(data_dir)]) == 4
        _assert_one_clean_line(capsys.readouterr().err)
        path.rmdir()
        (data_dir / "moved").rename(path)
    Vault.unlock(data_dir, PASS).close()


def test_data_dir_naming_a_file(tmp_path, cli_env, capsys):
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    for argv in (["init", "--data-dir", str(a_file)], ["check", "--data-dir", str(a_file)],
                 ["init", "--data-dir", str(a_file / "below")]):
        assert cli.main(argv) == 2
        err = capsys.readouterr().err
        _assert_one_clean_line(err)
        assert "フォルダではありません" in err
    assert a_file.read_text() == "x"


def test_busy_database_is_a_retry_message_not_damage(vault):
    other = _raw(Vault.db_path(vault.data_dir), vault._db_key, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    vault.conn.execute("PRAGMA busy_timeout = 0")
    try:
        with pytest.raises(VaultBusy) as err:
            office_contracts.save_contract(vault, _contract())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert err.value.exit_code == 4 and "やり直して" in str(err.value) and "壊れ" not in str(err.value)
    office_contracts.save_contract(vault, _contract())  # and after the retry it works


def test_disk_full_is_named(vault):
    pages = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    vault.conn.execute(f"PRAGMA max_page_count = {pages}")  # a real SQLITE_FULL from SQLite itself
    with pytest.raises(KojinError) as err:
        for i in range(200):
            office_contracts.save_contract(vault, _contract(number=f"第{i}号", notes="備考" * 400))
    assert err.value.code == "vault_disk_full" and "空き容量" in str(err.value)


def test_read_only_is_not_called_damaged(vault):
    db = Vault.db_path(vault.data_dir)
    ro = sqlcipher3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None)
    ro.set_key(_raw_key(vault._db_key))
    try:
        ro.execute("INSERT INTO meta VALUES ('x', 'y')")
    except sqlcipher3.dbapi2.Error as exc:
        error = user_error(exc)
    ro.close()
    assert error.code == "vault_read_only" and "壊れているのではありません" in str(error)


def test_sqlcipher_errors_are_not_sqlite3_errors_but_are_mapped():
    import sqlite3

    assert not issubclass(sqlcipher3.dbapi2.DatabaseError, sqlite3.Error)  # why one mapping is needed
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("SELECT * FROM no_such_table")
    except sqlcipher3.dbapi2.Error as exc:
        assert isinstance(user_error(exc), VaultDamaged)


@pytest.mark.parametrize("where", [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95])
def test_byte_flips_under_dump_exit_4(demo_vault, where, cli_env, capsys):
    data_dir = demo_vault.data_dir
    demo_vault.close()
    db = Vault.db_path(data_dir)
    data = bytearray(db.read_bytes())
    data[int(len(data) * where)] ^= 0x10
    db.write_bytes(bytes(data))
    code = cli.main(["dump", "--data-dir", str(data_dir)])
    err = capsys.readouterr().err
    assert code in (0, 4), err  # a page dump never reads (free, or an index) may go unnoticed; never exit 2
    if code == 4:
        _assert_one_clean_line(err)


def test_failed_migration_keeps_one_backup_and_is_damaged(tmp_path, kdf, cli_env, capsys):
    old = Vault.create(tmp_path / "old", PASS, kdf, target_version=1)
    old.conn.execute("CREATE TABLE drafts (x)")  # migration 2 cannot create its table
    old.close()
    for _ in range(3):
        with pytest.raises(VaultDamaged):
            Vault.unlock(tmp_path / "old", PASS)
    assert len(list((tmp_path / "old" / "backups").iterdir())) == 1
    assert cli.main(["check", "--data-dir", str(tmp_path / "old")]) == 4
    _assert_one_clean_line(capsys.readouterr().err)
    assert len(list((tmp_path / "old" / "backups").iterdir())) == 1


@pytest.mark.parametrize("name, value", [("iterations", 10**6), ("memory_kib", 2**31), ("memory_kib", 4 * 2**20),
                                         ("lanes", 0), ("lanes", 2**24), ("iterations", "3"), ("memory_kib", True)])
def test_kdf_settings_are_bounded_before_deriving(vault, name, value, cli_env, capsys):
    vault.close()
    key = Vault.key_path(vault.data_dir)
    doc = json.loads(key.read_text())
    doc["kdf"][name] = value
    key.write_text(json.dumps(doc))
    with pytest.raises(VaultDamaged) as err:  # at once: no minutes of Argon2, no MemoryError
        KeyFile.read(key)
    assert "鍵ファイル" in str(err.value)
    assert cli.main(["check", "--data-dir", str(vault.data_dir)]) == 4
    _assert_one_clean_line(capsys.readouterr().err)


def test_kdf_bounds_accept_the_default(tmp_path):
    from kojin_desk.store.keyfile import KdfParams, bounded_kdf

    d = KdfParams()
    assert bounded_kdf({"memory_kib": d.memory_kib, "iterations": d.iterations, "lanes": d.lanes}, tmp_path) == d


def test_usage_error_class_is_exit_2():
    assert UsageError("data_dir_not_folder", path="x").exit_code == 2
