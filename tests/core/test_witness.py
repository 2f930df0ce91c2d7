"""The chain-head witness outside the database: rollbacks, rewrites, dropped triggers, crashes in between."""

import json
import shutil

import pytest

from kojin_desk.areas import check
from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.areas.ledger.model import Entry
from kojin_desk.store.vault import Vault

PASS = "test-passphrase"


def _entry(vault, **kw):
    items = ledger.list_items(vault, 1)
    base = dict(at="2026-05-01T10:00", kind="利用", quantity="3", person="山﨑 花子", place="本社4階 作業室A",
                item_id=items[0].id, contract_id=1)
    return Entry(**{**base, **kw})


def _codes(vault):
    return [p.code for p in check.tamper_evidence(vault)]


def _insider(conn, sql_list):
    """Someone with the passphrase edits with SQLCipher directly, and puts the triggers back."""
    triggers = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                            "AND name IN ('ledger_append_only', 'ledger_kept')").fetchall()
    conn.execute("DROP TRIGGER ledger_append_only")
    conn.execute("DROP TRIGGER ledger_kept")
    for sql, args in sql_list:
        conn.execute(sql, args)
    for (sql,) in triggers:
        conn.execute(sql)


def test_clean_vault_has_a_witness_that_follows_every_append(demo_vault):
    witness = Vault.witness_path(demo_vault.data_dir)
    before = witness.read_bytes()
    ledger.append(demo_vault, _entry(demo_vault))
    assert witness.read_bytes() != before
    assert _codes(demo_vault) == [] and check.run(demo_vault) == []
    head_seq, head_hash = ledger_repo.head(demo_vault.conn)
    assert head_hash not in witness.read_text()  # no value of the vault in the file: only a keyed tag


def test_deleting_the_last_entries_and_moving_the_head_back_is_named(demo_vault):
    seq, _ = ledger_repo.head(demo_vault.conn)
    keep = ledger_repo.get_entry(demo_vault.conn, seq - 5)
    _insider(demo_vault.conn, [("DELETE FROM movements WHERE ledger_seq > ?", (seq - 5,)),  # sends go with their entries
                               ("DELETE FROM ledger WHERE seq > ?", (seq - 5,)),
                               ("UPDATE meta SET value = ? WHERE key = 'ledger_head'", (f"{keep.seq}:{keep.hash}",))])
    assert ledger_repo.verify_chain(demo_vault.conn) == (None, "")  # the chain alone looks whole
    problems = check.tamper_evidence(demo_vault)
    assert [p.code for p in problems] == ["chain_rolled_back"]
    assert f"第{seq}号" in str(problems[0]) and f"第{seq - 5}号" in str(problems[0])


def test_rewriting_entries_and_recomputing_the_chain_is_named(demo_vault):
    conn = demo_vault.conn
    e30 = ledger_repo.get_entry(conn, 30)
    e30.note = "書き換えた備考"
    _insider(conn, _rechain_from_entry(conn, e30))
    assert ledger_repo.verify_chain(conn) == (None, "")
    assert ledger_repo.get_entry(conn, 30).note == "書き換えた備考"
    assert _codes(demo_vault) == ["chain_rewritten"]
    # and the next honest append does not wash the evidence away
    ledger.append(demo_vault, _entry(demo_vault))
    assert _codes(demo_vault) == ["chain_rewritten"]


def _rechain_from_entry(conn, changed):
    entries = [changed] + [e for e in ledger_repo.all_entries(conn) if e.seq > changed.seq]
    prev = ledger_repo.get_entry(conn, changed.seq - 1).hash
    out = []
    for e in entries:
        e.prev_hash = prev
        prev = ledger_repo.seal(e, conn).hash
        out.append(("UPDATE ledger SET note = ?, prev_hash = ?, hash = ? WHERE seq = ?", (e.note, e.prev_hash, e.hash, e.seq)))
    out.append(("UPDATE meta SET value = ? WHERE key = 'ledger_head'", (f"{entries[-1].seq}:{prev}",)))
    return out


def test_a_vault_put_back_from_an_older_copy_is_named(demo_vault, tmp_path):
    data_dir = demo_vault.data_dir
    demo_vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(Vault.db_path(data_dir), tmp_path / "old.db")
    for _ in range(3):
        ledger.append(demo_vault, _entry(demo_vault))
    demo_vault.close()
    shutil.copy(tmp_path / "old.db", Vault.db_path(data_dir))
    again = Vault.unlock(data_dir, PASS)
    assert _codes(again) == ["chain_rolled_back"]
    again.close()


def test_kill_between_commit_and_witness_write_is_not_tampering(demo_vault):
    """The witness is behind by the last commit: the entries after it chain from it, so all is well."""
    data_dir = demo_vault.data_dir
    behind = Vault.witness_path(data_dir).read_bytes()
    ledger.append(demo_vault, _entry(demo_vault))
    ledger.append(demo_vault, _entry(demo_vault))
    demo_vault.close()
    Vault.witness_path(data_dir).write_bytes(behind)  # as if killed before the witness was written
    again = Vault.unlock(data_dir, PASS)
    assert _codes(again) == []
    assert Vault.witness_path(data_dir).read_bytes() != behind  # moved forward at open
    again.close()


def test_a_deleted_or_forged_witness_is_named(demo_vault):
    data_dir = demo_vault.data_dir
    path = Vault.witness_path(data_dir)
    doc = json.loads(path.read_text())
    doc["heads"]["ledger"] = "3:" + "0" * 64
    path.write_text(json.dumps(doc))
    assert _codes(demo_vault) == ["witness_damaged"]
    path.unlink()
    assert _codes(demo_vault) == ["witness_missing"]
    demo_vault.close()
    again = Vault.unlock(data_dir, PASS)  # not silently re-created at the next open
    assert _codes(again) == ["witness_missing"] and not path.exists()
    again.close()


@pytest.mark.parametrize("sql", [
    "DROP TRIGGER ledger_append_only",
    "DROP TRIGGER documents_kept",
    "DROP TRIGGER ledger_kept; CREATE TRIGGER ledger_kept BEFORE DELETE ON ledger BEGIN SELECT 1; END",
])
def test_dropped_or_defanged_triggers_are_named(demo_vault, sql):
    demo_vault.conn.executescript(sql)
    problems = check.tamper_evidence(demo_vault)
    assert [p.code for p in problems] == ["trigger_missing"]
    assert "トリガー" in str(problems[0])


def test_cli_check_names_the_rollback(demo_vault, monkeypatch, capsys):
    from kojin_desk import cli

    seq, _ = ledger_repo.head(demo_vault.conn)
    keep = ledger_repo.get_entry(demo_vault.conn, seq - 1)
    _insider(demo_vault.conn, [("DELETE FROM ledger WHERE seq = ?", (seq,)),
                               ("UPDATE meta SET value = ? WHERE key = 'ledger_head'", (f"{keep.seq}:{keep.hash}",))])
    data_dir = demo_vault.data_dir
    demo_vault.close()
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", PASS)
    assert cli.main(["check", "--data-dir", str(data_dir)]) == 1
    assert "巻き戻されています" in capsys.readouterr().out
