"""The ledger at scale: pages read by key give exactly the rows of a full sort, and the kept totals
(migration 6) are the totals counted from the entries, through corrections and across the migration."""

from __future__ import annotations

import pytest

from kojin_desk.areas import check
from kojin_desk.areas.ledger import repo
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import Entry
from kojin_desk.store.schema import LATEST
from kojin_desk.store.vault import Vault

PASS = "test-passphrase"


@pytest.mark.parametrize("order", ["seq", "at", "kind", "quantity", "person", "place", "item"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_are_the_rows_of_a_full_sort(demo_vault, order, descending):
    conn = demo_vault.conn
    f = repo.LedgerFilter(contract_id=1)
    where, args = f.where(conn)
    expected = conn.execute(f"SELECT {', '.join(repo.VIEW_COLS)} FROM ledger l JOIN inventory_items i ON i.id = l.item_id "
                            f"WHERE {where} ORDER BY {repo.SORTABLE[order]} {'DESC' if descending else ''}, "
                            f"l.seq {'DESC' if descending else ''}", args).fetchall()
    assert list(repo.iter_rows(conn, f, order, descending, batch=7)) == expected
    if repo.keyed(f, order):
        for position in (0, 1, 6, 7, 59, 60, len(expected) - 2, len(expected) - 1):
            assert repo.key_at(conn, f, order, descending, position, len(expected)) == repo.sort_key(expected[position], order)
        assert repo.key_at(conn, f, order, descending, -1, len(expected)) is None


def _entry(vault, **kw) -> Entry:
    base = ledger.defaults_for_next(vault, 1)
    base.quantity = "5"
    for k, v in kw.items():
        setattr(base, k, v)
    return base


def test_kept_totals_follow_entries_and_corrections(demo_vault):
    received = ledger.list_items(demo_vault, 1)[0].id  # a list A item: Tokyo handed it over, so it can be returned
    first = ledger.append(demo_vault, _entry(demo_vault, kind="返還", quantity="7", item_id=received))
    ledger.append(demo_vault, _entry(demo_vault, kind="返還", quantity="3", corrects=first.seq, note="訂正",
                                     item_id=received))
    kept = repo.item_totals(demo_vault.conn, 1)
    assert kept == {i: {k: q for k, q in kinds.items()} for i, kinds in repo.counted_totals(demo_vault.conn, 1).items()}
    assert kept[first.item_id]["返還"] == 3
    assert not check.run(demo_vault)


def test_stale_kept_totals_are_named_by_check(demo_vault):
    demo_vault.conn.execute("UPDATE ledger_sums SET quantity = quantity + 1  WHERE kind = '受領'")
    assert any(p.code == "ledger_sums_stale" for p in check.run(demo_vault))


def test_migration_7_counts_the_totals_of_an_existing_ledger(tmp_path, kdf):
    from kojin_desk.areas import demo

    built = demo.build(tmp_path / "new", PASS, kdf)
    ledger.append(built, _entry(built, kind="返還", quantity="2", corrects=built.conn.execute(
        "SELECT max(seq) FROM ledger WHERE kind = '受領'").fetchone()[0], note="訂正"))
    expected = repo.counted_totals(built.conn, 1)
    tables = [r[0] for r in built.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'ledger_sums'")]
    old = Vault.create(tmp_path / "old", PASS, kdf, target_version=6)
    at_step6 = {r[0] for r in old.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in (t for t in tables if t in at_step6):  # the same rows in a vault at step 6 (later steps' tables aside)
        cols = [r[1] for r in old.conn.execute(f"PRAGMA table_info({table})")]
        rows = built.conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        old.conn.execute(f"DELETE FROM {table}") if table in ("office", "meta") else None
        if rows:
            old.conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
    old.conn.execute("DELETE FROM meta WHERE key = 'document_chain_head'")  # the documents' step chains them itself
    built.close()
    old.close()
    migrated = Vault.unlock(tmp_path / "old", PASS)
    assert migrated.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert repo.item_totals(migrated.conn, 1) == expected
    assert repo.verify_chain(migrated.conn) == (None, "")
    migrated.close()


@pytest.mark.parametrize("fixture", ["demo_vault", "vault"])
def test_streamed_dump_is_byte_identical_to_json_dumps(request, fixture):
    import json

    from kojin_desk.areas import transfer

    v = request.getfixturevalue(fixture)
    assert transfer.dumps(v) == json.dumps(transfer.dump(v), ensure_ascii=False, indent=1, sort_keys=True)
