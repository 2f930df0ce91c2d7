"""Each schema step, tested from a vault built at the step before with representative rows.

The ledger's hash chain is verified across every step, and `check` finds nothing wrong afterwards.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from kojin_desk.areas import check
from kojin_desk.areas.ledger import repo as ledger_repo
from kojin_desk.areas.ledger.model import GENESIS, Entry
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.store import document_chain, migrations, repos
from kojin_desk.store.migrations.step11_findings_at_scale import SEND_OPEN
from kojin_desk.store.schema import LATEST
from kojin_desk.store.vault import Vault

PASS = "migration-passphrase"


def _step1(conn):
    conn.execute("UPDATE office SET name = '株式会社𠮷田', address = '東京都千代田区', representative_name = '髙橋 一郎'")
    conn.execute("INSERT INTO contracts (id, title, number, start_on, end_on, created_at) "
                 "VALUES (1, '移行前の契約', '8-移行-1', '2026-04-01', '2099-03-31', '2026-04-01T09:00:00')")


def _step2(conn):
    conn.execute("INSERT INTO drafts VALUES (1, 'destruction_certificate', ?, '2026-04-02T10:00:00')",
                 (json.dumps({"remarks": "途中"}, ensure_ascii=False),))
    pdf = b"%PDF-1.4 representative"
    conn.execute("INSERT INTO documents (contract_id, form_id, version, title, issue_date, issued_at, data_json, pdf, sha256) "
                 "VALUES (1, 'receipt', 1, '受領書', '2026-04-03', '2026-04-03T10:00:00', '{}', ?, ?)",
                 (pdf, hashlib.sha256(pdf).hexdigest()))
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_chain'").fetchone():  # kept by today's app
        document_chain.append(conn, repos.get_document(conn, conn.execute("SELECT max(id) FROM documents").fetchone()[0]))


def _step3(conn):
    conn.execute("INSERT INTO inventory_items (id, contract_id, catalog, name, count, media) "
                 "VALUES (1, 1, 'A', '調査票', 300, '紙')")
    prev, entries = GENESIS, []
    for seq, (kind, qty) in enumerate((("受領", 300), ("利用", 20), ("返還", 100)), start=1):
        e = Entry(at=f"2026-04-0{seq + 3}T09:00", kind=kind, quantity=str(qty), medium="紙", place="作業室",
                  person="山﨑 花子", counterpart="", note="", item_id=1, contract_id=1,
                  recorded_at=f"2026-04-0{seq + 3}T09:00:00+09:00", seq=seq, prev_hash=prev)
        prev = ledger_repo.seal(e, conn).hash
        entries.append(e)
    cols = [c for c in ledger_repo.ENTRY_COLS if c != "equipment"]  # the column arrives in step 5
    conn.executemany(f"INSERT INTO ledger ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                     [[getattr(e, c) for c in cols] for e in entries])
    conn.execute("INSERT INTO meta VALUES (?, ?)", (ledger_repo.HEAD_KEY, f"3:{prev}"))
    conn.execute("INSERT INTO inspection_plans VALUES (1, 3, '2099-01-01')")
    conn.execute("INSERT INTO inventory_revisions (item_id, revised_at, old_count, new_count, reason) "
                 "VALUES (1, '2026-04-03T09:00:00', 280, 300, '')")  # a count edited by the contractor before step 7


def _step4(conn):
    conn.execute("INSERT INTO people (id, name, employment) VALUES (1, '山﨑 花子', '正社員')")
    conn.execute("INSERT INTO assignments (contract_id, person_id, role, start_on) VALUES (1, 1, 'responsible', '2026-04-01')")
    conn.execute("INSERT INTO training_sessions (id, contract_id, held_on, topics, instructor) "
                 "VALUES (1, 1, '2026-03-31', '罰則', '山﨑 花子')")
    conn.execute("INSERT INTO training_attendance VALUES (1, 1)")
    conn.execute("INSERT INTO pledges (contract_id, person_id, signed_on) VALUES (1, 1, '2026-03-31')")


def _step5(conn):
    conn.execute("INSERT INTO workplaces (contract_id, name, address, storage, entry_control) "
                 "VALUES (1, '作業室', '東京都千代田区', '金庫', 'ICカード')")
    conn.execute("INSERT INTO methods (id, contract_id, kind, name, procedure, safeguards, declared_on) "
                 "VALUES (1, 1, 'sending', '簡易書留', '窓口から発送', '二重封筒', '2026-04-01')")
    conn.execute("INSERT INTO movements (contract_id, kind, sent_on, what, recipient, method_id, sender_id) "
                 "VALUES (1, 'sending', '2026-04-06', '調査票', '東京都', 1, 1)")


def _step6(conn):
    conn.execute("INSERT INTO instructions (contract_id, kind, received_on, issuer, summary, from_on, to_on) "
                 "VALUES (1, '複写・複製の承諾（第10条）', '2026-04-01', '課長', '写しの作成を承諾', '2026-04-01', '2099-03-31')")


def _step7(conn):
    # A correction: the kept totals (ledger_sums) take back what the corrected entry added.
    corrected = conn.execute("SELECT max(seq) FROM ledger WHERE kind = '利用' AND corrects IS NULL").fetchone()[0]
    ledger_repo.append(conn, Entry(at="2026-04-10T09:00", kind="利用", quantity="15", medium="紙", place="作業室",
                                   person="山﨑 花子", item_id=1, contract_id=1, corrects=corrected,
                                   recorded_at="2026-04-10T09:00:00+09:00"))


def _step8(conn):
    # A rename by Tokyo's revised notice: past entries keep the old name (Art. 3(2)).
    conn.execute("INSERT INTO inventory_items (id, contract_id, catalog, name, count, media) "
                 "VALUES (2, 1, 'A', '調査票（改）', 300, '紙')")
    conn.execute("INSERT INTO inventory_revisions (item_id, revised_at, old_count, new_count, reason, old_name, new_name, "
                 "old_catalog, new_catalog, effective_on, notice_ref, source) VALUES "
                 "(2, '2026-04-05T09:00:00', 300, 300, '', '調査票（旧）', '調査票（改）', 'A', 'A', '2026-04-05', '8主課指第1号', 'tokyo')")


def _step9(conn):
    conn.execute("UPDATE contracts SET amount = '12000000' WHERE id = 1")
    conn.execute("INSERT INTO incidents (id, contract_id, title, category, discovered_on, place_kind, place_text, quick_days, "
                 "closed_on) VALUES (1, 1, '調査票1枚の所在不明', '滅失のおそれ', '2026-04-06', 'other', '作業室', 3, '2026-04-20')")
    conn.execute("INSERT INTO incident_items (incident_id, item_id, ledger_seq, medium, records, persons, approximate) "
                 "VALUES (1, 1, 2, '紙', '1', '1', 0)")
    conn.execute("INSERT INTO incident_people VALUES (1, 1, '発見者')")
    conn.execute("INSERT INTO incident_events (incident_id, day, kind, content) VALUES (1, '2026-04-06', '東京都への連絡', '報告')")
    conn.execute("INSERT INTO incident_reports (incident_id, kind, issue_date) VALUES (1, 'quick', '2026-04-07'), "
                 "(1, 'final', '2026-04-15')")


def _step10(conn):
    # A second document, kept the way the app keeps one now: chained after what the migration chained.
    pdf = b"%PDF-1.4 second"
    repos.insert_document(conn, {"contract_id": 1, "form_id": "receipt", "version": 2, "title": "受領書",
                                 "issue_date": "2026-04-11", "issued_at": "2026-04-11T10:00:00+09:00", "data_json": "{}",
                                 "pdf": pdf, "sha256": hashlib.sha256(pdf).hexdigest()})
    assert document_chain.verify(conn) == []


def _step11(conn):
    # The send of step 5 is still open and names no ledger entry: both found through the new partial indexes.
    assert places_repo.open_sends(conn, 1) == [("2026-04-06", "調査票")]
    assert places_repo.unlinked_count(conn, 1) == 1
    for sql in (f"SELECT sent_on FROM movements WHERE contract_id = 1 AND {SEND_OPEN}",
                "SELECT count(*) FROM movements WHERE contract_id = 1 AND ledger_seq IS NULL"):
        plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "movements_open" in plan or "movements_unlinked" in plan, plan
    assert ledger_repo.first_handling(conn, 1, 1) == [("山﨑 花子", "2026-04-04")]


ROWS = {1: _step1, 2: _step2, 3: _step3, 4: _step4, 5: _step5, 6: _step6, 7: _step7, 8: _step8, 9: _step9, 10: _step10,
        11: _step11}


def test_every_step_has_its_representative_rows():
    assert sorted(ROWS) == list(range(1, LATEST + 1)), "a new migration step needs rows in this test"
    assert [int(m.__name__.rsplit(".", 1)[1][4:6]) for m in migrations.STEPS] == list(range(1, LATEST + 1))


@pytest.mark.parametrize("step", range(2, LATEST + 1))
def test_step_migrates_a_vault_built_at_the_step_before(tmp_path, kdf, step):
    old = Vault.create(tmp_path / "v", PASS, kdf, target_version=step - 1)
    with old.transaction() as conn:
        for version in range(1, step):
            ROWS[version](conn)
    before = {t: old.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for (t,) in old.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    old.close()

    vault = Vault.unlock(tmp_path / "v", PASS)
    try:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        for table, count in before.items():  # nothing lost (meta may gain a key)
            if table == "meta":
                continue
            assert vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count, table
        assert ledger_repo.verify_chain(vault.conn) == (None, "")
        with vault.transaction() as conn:  # the new step's tables take rows too
            for version in range(step, LATEST + 1):
                ROWS[version](conn)
        if step == 7:  # the revision made before it is kept, marked legacy, with the item's name on both sides
            assert vault.conn.execute("SELECT source, old_name, new_name, effective_on FROM inventory_revisions "
                                      "WHERE item_id = 1").fetchall() == [("legacy", "調査票", "調査票", "2026-04-03")]
        found = check.run(vault)  # raises VaultDamaged if a page or the b-tree broke
        assert not [p for p in found if p.code.startswith(("ledger_", "document_", "chain_"))], [str(p) for p in found]
    finally:
        vault.close()


def test_an_upgrade_tells_progress_while_its_steps_run(tmp_path, kdf, monkeypatch):
    from kojin_desk.i18n import msg
    from kojin_desk.services import vault_access
    from kojin_desk.store import schema

    old = Vault.create(tmp_path / "v", PASS, kdf, target_version=LATEST - 2)
    with old.transaction() as conn:
        for version in range(1, LATEST - 1):
            ROWS[version](conn)
    old.close()
    heard = []
    monkeypatch.setattr(schema, "PROGRESS_EVERY", 50)  # a test vault's steps are short: hear SQLite's handler
    vault = vault_access.unlock(tmp_path / "v", PASS, progress=lambda done, total, label: heard.append((done, total, label)))
    vault.close()
    assert heard[0] == (0, 0, msg("progress_migrate_backup"))
    steps = [(d, t) for d, t, label in heard if label == msg("progress_migrate")]
    assert steps[-1] == (2, 2) and set(steps[:-1]) == {(0, 0)}  # busy, then done
    assert len(steps) > 10  # told while each step's SQL runs, not only between steps
    quiet = []
    vault_access.unlock(tmp_path / "v", PASS, progress=lambda *a: quiet.append(a)).close()
    assert quiet == []  # an ordinary unlock says nothing
