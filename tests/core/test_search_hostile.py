"""The ledger's free-text search under hostile input: every string of the shared corpus (and a few more) typed
as the filter finds exactly what a field-by-field search finds, never raises; and so after a dump and a load
(the search table filled by its trigger) and after an upgrade from step 10 (filled by the migration)."""

from __future__ import annotations

import pytest
from tests.core.test_ledger_scale import _expected_matches
from tests.hostile import hostile_strings

from kojin_desk.areas import transfer
from kojin_desk.areas.ledger import repo
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.errors import ValidationError
from kojin_desk.store.schema import LATEST
from kojin_desk.store.vault import Vault

PASS = "test-passphrase"
# Beyond the corpus: LIKE's wildcards and escape, the field separator of the search table (U+001F) alone and
# between two words, other controls, width and case variants, a surrogate-pair kanji, a very long needle.
NEEDLES = [*hostile_strings(), "%", "_", "\\", "'", '"', "\x00", "\x1f", "山﨑\x1f作業室", "\x01", "\u202e",
           "\U00020bb7", "ＤＶＤ", "dvd", "DVD", "dVd", "ｄｖｄ", "ｶﾞ", "ガ", " ", "İ", "ß", "a" * 10_000]


def _with_hostile_notes(vault) -> int:
    """Entries whose notes are the corpus strings the ledger accepts (the rest are refused by name)."""
    kept = 0
    for text in hostile_strings() + ["DVD-R を確認 100%_済 \\", "Straße İstanbul ＡＢＣabc"]:
        entry = ledger.defaults_for_next(vault, 1)
        entry.quantity, entry.kind, entry.note = "1", "利用", text
        try:
            ledger.append(vault, entry)
            kept += 1
        except ValidationError:
            pass
    return kept


def _assert_search_as_field_by_field(conn) -> None:
    for needle in NEEDLES:
        for kind in ("", "利用"):
            f = repo.LedgerFilter(contract_id=1, text=needle, kind=kind)
            expected = _expected_matches(conn, needle, kind)
            assert list(repo.matching_seqs(conn, f, "seq", True)) == expected, repr(needle[:40])
            assert repo.count(conn, f) == len(expected), repr(needle[:40])


def test_hostile_needles_find_what_a_field_by_field_search_finds(demo_vault):
    assert _with_hostile_notes(demo_vault) > 20
    _assert_search_as_field_by_field(demo_vault.conn)
    # The separator of the kept fields is no wildcard: typed alone it finds nothing, not every entry.
    assert repo.count(demo_vault.conn, repo.LedgerFilter(contract_id=1, text="\x1f")) == 0


def test_search_after_a_dump_and_a_load(demo_vault, tmp_path, kdf):
    _with_hostile_notes(demo_vault)
    before = {n: list(repo.matching_seqs(demo_vault.conn, repo.LedgerFilter(contract_id=1, text=n))) for n in NEEDLES}
    path = tmp_path / "dump.json"
    path.write_text(transfer.dumps(demo_vault), encoding="utf-8")
    loaded = transfer.load_file(path, tmp_path / "loaded", PASS, kdf)
    try:
        assert repo.text_rows(loaded.conn) == repo.entry_count(loaded.conn)
        assert {n: list(repo.matching_seqs(loaded.conn, repo.LedgerFilter(contract_id=1, text=n))) for n in NEEDLES} == before
        _assert_search_as_field_by_field(loaded.conn)
    finally:
        loaded.close()


def test_search_after_an_upgrade_from_step_10(demo_vault, tmp_path, kdf):
    _with_hostile_notes(demo_vault)
    conn = demo_vault.conn
    before = {n: list(repo.matching_seqs(conn, repo.LedgerFilter(contract_id=1, text=n))) for n in NEEDLES}
    old = Vault.create(tmp_path / "old", PASS, kdf, target_version=10)
    at_step10 = {r[0] for r in old.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in (t for t in tables if t in at_step10 and t != "ledger_sums"):  # the sums are kept by a trigger
        cols = [r[1] for r in old.conn.execute(f"PRAGMA table_info({table})")]
        rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        old.conn.execute(f"DELETE FROM {table}")
        if rows:
            old.conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
    old.close()
    migrated = Vault.unlock(tmp_path / "old", PASS)
    try:
        assert migrated.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert repo.text_rows(migrated.conn) == repo.entry_count(migrated.conn)
        assert {n: list(repo.matching_seqs(migrated.conn, repo.LedgerFilter(contract_id=1, text=n))) for n in NEEDLES} == before
    finally:
        migrated.close()


@pytest.mark.parametrize("order", ["seq", "item", "person"])
def test_a_needle_holding_the_separator_finds_no_two_fields_joined(demo_vault, order):
    conn = demo_vault.conn
    person, note = conn.execute("SELECT person, note FROM ledger WHERE note != '' LIMIT 1").fetchone()
    joined = person[-1:] + "\x1f" + note[:1]  # the end of one kept field, the separator, the start of the next
    assert repo.count(conn, repo.LedgerFilter(contract_id=1, text=joined)) == 0
    assert list(repo.matching_seqs(conn, repo.LedgerFilter(contract_id=1, text=joined), order)) == []
