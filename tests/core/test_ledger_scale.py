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


FIELDS = ("person", "note", "place", "medium", "counterpart", "kind", "equipment")


def _expected_matches(conn, needle: str, kind: str = "") -> list[int]:
    """What a search must find, worked out in Python field by field (ASCII letters in either case, like LIKE)."""
    items = {i: name for i, name in conn.execute("SELECT id, name FROM inventory_items WHERE contract_id = 1")}
    fold = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
    want = needle.translate(fold)
    out = []
    for row in conn.execute(f"SELECT seq, item_id, kind, {', '.join(FIELDS)} FROM ledger WHERE contract_id = 1 ORDER BY seq DESC"):
        seq, item_id, entry_kind, *fields = row
        if kind and entry_kind != kind:
            continue
        if any(want in v.translate(fold) for v in fields) or needle.lower() in items[item_id].lower():
            out.append(seq)
    return out


@pytest.mark.parametrize("needle", ["山﨑", "作業室", "ＤＶＤ", "dvd", "Dvd", "調査票", "送付", "存在しない語", "%", "_"])
def test_free_text_finds_what_a_field_by_field_search_finds(demo_vault, needle):
    conn = demo_vault.conn
    ledger.append(demo_vault, _entry(demo_vault, kind="利用", note="DVD-R を確認 100%_済"))
    f = repo.LedgerFilter(contract_id=1, text=needle)
    expected = _expected_matches(conn, needle)
    assert list(repo.matching_seqs(conn, f, "seq", True)) == expected
    assert repo.count(conn, f) == len(expected)
    assert sorted(repo.matching_seqs(conn, f, "person", False)) == sorted(expected)
    narrowed = repo.LedgerFilter(contract_id=1, text=needle, kind="利用")
    assert list(repo.matching_seqs(conn, narrowed, "seq", True)) == _expected_matches(conn, needle, "利用")


def test_a_search_table_out_of_step_with_the_ledger_is_named_by_check(demo_vault):
    assert not [p for p in check.run(demo_vault) if p.code == "ledger_text_stale"]
    demo_vault.conn.execute("DELETE FROM ledger_text WHERE seq = (SELECT max(seq) FROM ledger_text)")
    assert any(p.code == "ledger_text_stale" for p in check.run(demo_vault))


def test_a_send_whose_record_is_gone_is_named_by_check(demo_vault):
    conn = demo_vault.conn
    assert repo.moves_without_record(conn, 1, 1) == []
    seq, kind = conn.execute("SELECT m.ledger_seq, l.kind FROM movements m JOIN ledger l ON l.seq = m.ledger_seq "
                             "ORDER BY m.id LIMIT 1").fetchone()
    conn.execute("DELETE FROM movements WHERE ledger_seq = ?", (seq,))  # done outside the app: it deletes none
    assert repo.moves_without_record(conn, 1, 1) == [(seq, kind)]
    assert [p.params["seq"] for p in check.run(demo_vault) if p.code == "movement_entry_missing"] == [seq]
