"""A vault is one file that moves between PCs and library builds: SQLCipher 4 settings, fixed.

tests/data/sqlcipher4_made_by_0_6_0.db was written by the earlier `sqlcipher3-binary` 0.6.0 wheel
(SQLCipher 4.12) through store.vault.connect with the key bytes(range(32)); the upstream `sqlcipher3`
wheels (Windows, macOS, Linux) must read it, and must write the same settings.
"""

import shutil
from pathlib import Path

from kojin_desk.store.vault import connect

OLD_DB = Path(__file__).resolve().parents[1] / "data" / "sqlcipher4_made_by_0_6_0.db"

SQLCIPHER4_SETTINGS = [
    "PRAGMA kdf_iter = 256000;",
    "PRAGMA cipher_page_size = 4096;",
    "PRAGMA cipher_use_hmac = 1;",
    "PRAGMA cipher_plaintext_header_size = 0;",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
]


def _settings(conn) -> list[str]:
    return [row[0] for row in conn.execute("PRAGMA cipher_settings").fetchall()]


def test_new_vault_uses_the_sqlcipher4_settings(vault):
    assert vault.conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert _settings(vault.conn) == SQLCIPHER4_SETTINGS


def test_a_vault_written_by_the_old_library_opens_with_this_one(tmp_path):
    copy = tmp_path / "old.db"
    shutil.copy(OLD_DB, copy)  # opening may touch the file (WAL): never the fixture itself
    conn = connect(copy, bytes(range(32)))
    try:
        assert conn.execute("SELECT name FROM t ORDER BY id").fetchall() == [("山﨑 花子",), ("𠮷田",)]
        assert _settings(conn) == SQLCIPHER4_SETTINGS
    finally:
        conn.close()
