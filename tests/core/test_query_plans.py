"""Every listed ledger query keeps using its index: a plan that falls back to reading the whole
ledger (or sorting it) would be fast in a test vault and slow at a million entries."""

from __future__ import annotations

import pytest

from kojin_desk.areas.ledger import repo

FULL_READS = ("SCAN l ", "SCAN ledger ", "SCAN c ", "SCAN o ", "TEMP B-TREE FOR ORDER BY")


def plans(conn, call) -> list[tuple[str, str]]:
    """(statement, its query plan) of each statement that `call` runs against the ledger."""
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        conn.set_trace_callback(None)
    out = []
    for sql in statements:
        if "ledger" in sql and sql.lstrip().upper().startswith(("SELECT", "WITH")):
            plan = " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql)) + " "
            out.append((sql, plan))
    assert out, "the call ran no query on the ledger"
    return out


def assert_indexed(conn, call, *indexes: str) -> None:
    found = plans(conn, call)
    joined = " ".join(plan for _, plan in found)
    for sql, plan in found:
        assert not any(bad in plan for bad in FULL_READS), f"{sql}\n  reads the whole ledger: {plan}"
    for index in indexes:
        assert index in joined, f"{index} unused: {joined}"


def _page_after_first(conn, f, order, descending):
    first = repo.window(conn, f, order, descending, limit=3)
    repo.window(conn, f, order, descending, repo.sort_key(first[-1], order), limit=3)


@pytest.mark.parametrize("order, index", [("seq", "ledger_by_contract"), ("at", "ledger_by_at"), ("kind", "ledger_by_kind"),
                                          ("quantity", "ledger_by_quantity"), ("person", "ledger_by_person"),
                                          ("place", "ledger_by_place")])
@pytest.mark.parametrize("descending", [False, True])
def test_listing_windows_and_seeks_use_the_order_index(demo_vault, order, index, descending):
    conn, f = demo_vault.conn, repo.LedgerFilter(contract_id=1)
    assert_indexed(conn, lambda: _page_after_first(conn, f, order, descending), index)
    assert_indexed(conn, lambda: repo.key_at(conn, f, order, descending, 50, 120), index)
    assert_indexed(conn, lambda: list(repo.iter_rows(conn, f, order, descending, batch=7)), index)


@pytest.mark.parametrize("f, order", [
    (repo.LedgerFilter(contract_id=1, kind="受領"), "seq"), (repo.LedgerFilter(contract_id=1, person="山﨑 花子"), "seq"),
    (repo.LedgerFilter(contract_id=1, item_id=1), "seq"), (repo.LedgerFilter(contract_id=1, person="山﨑 花子"), "person"),
    (repo.LedgerFilter(contract_id=1, date_from="2026-04-04"), "at")])
def test_filtered_listings_read_by_key_use_an_index(demo_vault, f, order):
    conn = demo_vault.conn
    assert repo.keyed(f, order)
    assert_indexed(conn, lambda: repo.count(conn, f))
    assert_indexed(conn, lambda: _page_after_first(conn, f, order, True))


@pytest.mark.parametrize("f, order", [
    (repo.LedgerFilter(contract_id=1, date_from="2026-04-04"), "seq"),
    (repo.LedgerFilter(contract_id=1, kind="受領", person="山﨑 花子"), "seq"),
    (repo.LedgerFilter(contract_id=1), "item")])
def test_other_listings_find_their_matches_through_an_index(demo_vault, f, order):
    conn = demo_vault.conn
    assert not repo.keyed(f, order)
    found = plans(conn, lambda: repo.matching_seqs(conn, f, order, True))
    assert all("SCAN l " not in plan for _, plan in found), found


def test_totals_last_entry_and_corrections_use_their_indexes(demo_vault):
    conn = demo_vault.conn
    assert_indexed(conn, lambda: repo.item_totals(conn, 1), "ledger_sums")
    assert_indexed(conn, lambda: repo.counted_totals(conn, 1), "ledger_totals", "ledger_by_correction")
    assert_indexed(conn, lambda: repo.last_entry(conn, 1), "ledger_by_contract")
    assert_indexed(conn, lambda: repo.corrected(conn, 5), "ledger_by_correction")


def test_the_check_catches_a_plan_that_reads_everything(demo_vault):
    conn = demo_vault.conn
    with pytest.raises(AssertionError):
        assert_indexed(conn, lambda: conn.execute("SELECT count(*) FROM ledger l WHERE l.note = 'x'").fetchall())


def test_the_dashboards_spine_findings_seek_instead_of_reading_the_ledger(demo_vault):
    conn = demo_vault.conn
    assert_indexed(conn, lambda: repo.first_handling(conn, 1, 1), "ledger_by_person", "ledger_first_by_person")
    assert_indexed(conn, lambda: repo.moves_without_record(conn, 1, 1), "ledger_by_kind")  # counted: all linked
    conn.execute("DELETE FROM movements WHERE id = (SELECT min(id) FROM movements WHERE ledger_seq IS NOT NULL)")
    assert_indexed(conn, lambda: repo.moves_without_record(conn, 1, 1), "ledger_by_kind", "movements_by_entry")


def test_open_and_unlinked_sends_are_read_from_their_partial_indexes(demo_vault):
    from kojin_desk.areas.places import repo as places_repo

    conn, statements = demo_vault.conn, []
    conn.set_trace_callback(statements.append)
    try:
        places_repo.open_sends(conn, 1)
        places_repo.unlinked_count(conn, 1)
        repo.moves_without_record(conn, 1, 1)
    finally:
        conn.set_trace_callback(None)
    found = [" ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql)) for sql in statements]
    assert "movements_open" in found[0] and "movements_unlinked" in found[1], found
    assert "movements_linked" in found[3] and "SCAN" not in " ".join(found), found


def test_the_whole_ledger_by_item_is_read_from_the_item_index_without_a_sort(demo_vault):
    conn = demo_vault.conn
    assert_indexed(conn, lambda: repo.matching_seqs(conn, repo.LedgerFilter(contract_id=1), "item", True), "ledger_by_item")
