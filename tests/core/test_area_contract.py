"""The area contract: a new area (here a sample living in tests/) is picked up by check, dump/load and the demo."""

from __future__ import annotations

import json

import pytest
from sample_area.area import SampleArea

from kojin_desk.areas import check, demo, transfer
from kojin_desk.areas.registry import AREAS
from kojin_desk.errors import ValidationError

PASS = "test-passphrase"


@pytest.fixture
def sample_registered():
    AREAS.append(SampleArea())  # the one registry line
    yield
    AREAS.pop()


def test_check_dump_load_and_demo_pick_up_a_registered_area(sample_registered, tmp_path, kdf):
    vault = demo.build(tmp_path / "demo", PASS, kdf, ledger_entries=10)
    found = [str(p) for p in check.run(vault)]
    assert any("見本メモ「要対応: 見本の確認」" in p for p in found)  # check asks the new area
    text = transfer.dumps(vault)
    doc = json.loads(text)
    assert doc["sample_notes"] == [{"id": 1, "contract_id": 1, "text": "要対応: 見本の確認"}]
    vault.close()
    loaded = transfer.load(doc, tmp_path / "loaded", PASS, kdf)
    assert transfer.dumps(loaded) == text  # dump → load → dump, the new area included
    loaded.close()

    doc["sample_notes"][0]["contract_id"] = 99
    with pytest.raises(ValidationError, match=r"sample_notes\[0\]"):
        transfer.load(doc, tmp_path / "refused", PASS, kdf)
    assert not (tmp_path / "refused" / "vault.db").exists()


def test_a_dump_key_no_area_owns_is_refused(tmp_path, kdf):
    vault = demo.build(tmp_path / "demo", PASS, kdf, ledger_entries=5)
    doc = transfer.dump(vault)
    vault.close()
    doc["Ledger"] = doc["ledger"]  # a misspelled key must not be silently dropped
    with pytest.raises(ValidationError, match="Ledger"):
        transfer.load(doc, tmp_path / "loaded", PASS, kdf)


def test_every_vault_table_is_owned_by_exactly_one_area_or_the_kernel(vault):
    from kojin_desk.store.schema import KERNEL_TABLES

    owners: dict[str, list[str]] = {}
    for owner, tables in [("kernel", KERNEL_TABLES), *((a.key, a.tables) for a in AREAS)]:
        for t in tables:
            owners.setdefault(t, []).append(owner)
    actual = {t for (t,) in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {t: o for t, o in owners.items() if len(o) > 1} == {}
    assert sorted(actual - set(owners)) == [], "a table no area owns would be lost on load"
    assert sorted(set(owners) - actual) == []


def test_every_area_dumps_exactly_its_keys(demo_vault):
    doc = transfer.dump(demo_vault)
    keys = [k for a in AREAS for k in a.dump_keys]
    assert len(keys) == len(set(keys)) and not set(keys) & set(transfer.KERNEL_KEYS)
    assert set(doc) == set(transfer.KERNEL_KEYS) | set(keys)
    for a in AREAS:
        assert set(a.dump(demo_vault.conn)) == set(a.dump_keys), a.key


def test_registry_lists_areas_after_what_they_need():
    seen: set[str] = set()
    for a in AREAS:
        assert set(a.needs) <= seen, f"{a.key} needs {set(a.needs) - seen} registered before it"
        seen.add(a.key)
