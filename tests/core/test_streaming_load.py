"""`load` reads a dump file once, as it goes: the same values as json.loads whatever the layout and the
chunk boundaries, the ledger written entry by entry (memory flat in its size), in any key order; a bad
dump is still refused whole, naming the record, and leaves nothing."""

from __future__ import annotations

import io
import json
import tracemalloc
from collections import defaultdict
from pathlib import Path

import pytest

from kojin_desk.areas import demo, transfer
from kojin_desk.domain import dump_stream
from kojin_desk.domain.dump_stream import DumpStream
from kojin_desk.errors import KojinError, ValidationError
from kojin_desk.i18n import msg

PASS = "streaming-test-passphrase"
HOSTILE = (Path(__file__).parent.parent / "data" / "hostile_strings.txt").read_text(encoding="utf-8").splitlines()


def _read(text: str, chunk: int, streamed=frozenset()) -> dict:
    out = {}
    for key, value in DumpStream(io.StringIO(text), chunk).items(streamed):
        out[key] = list(value) if hasattr(value, "__next__") else value
    return out


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 1 << 20])
def test_stream_reads_what_json_loads_reads(chunk):
    doc = {"format": "x", "n": 1234567, "f": -1.5e-7, "t": True, "nil": None, "empty": [], "obj": {},
           "ledger": [{"note": s, "q": i} for i, s in enumerate(HOSTILE)], "nested": [[1, [2]], {"a": [3]}],
           "strings": HOSTILE, "long": 10 ** 30}
    for text in (json.dumps(doc, ensure_ascii=False), json.dumps(doc, indent=1), json.dumps(doc, indent=3, ensure_ascii=False)):
        assert _read(text, chunk) == json.loads(text)
        assert _read(text, chunk, {"ledger", "empty"}) == json.loads(text)


def test_stream_skips_what_the_reader_left_and_refuses_bad_json():
    text = json.dumps({"a": [1, 2, 3], "b": 2})
    got = {}
    for key, value in DumpStream(io.StringIO(text), 2).items({"a"}):
        got[key] = next(value) if key == "a" else value
    assert got == {"a": 1, "b": 2}
    for bad in ('{"a": [1, 2}', '{"a": 1} x', '[1]', '{"a" 1}', '{"a": [1, 2]', '{"a": "open', ""):
        with pytest.raises(json.JSONDecodeError):
            _read(bad, 3, {"a"})


@pytest.fixture(scope="module")
def dumped(tmp_path_factory):
    from kojin_desk.store.keyfile import FAST_KDF_FOR_TESTS

    folder = tmp_path_factory.mktemp("streaming")
    vault = demo.build(folder / "demo", PASS, FAST_KDF_FOR_TESTS, ledger_entries=3000)
    text = transfer.dumps(vault)
    vault.close()
    (folder / "dump.json").write_text(text, encoding="utf-8")
    return folder, text


def test_load_file_round_trips_in_any_key_order_and_reports_bytes(dumped, tmp_path, kdf):
    folder, text = dumped
    heard = defaultdict(list)
    vault = transfer.load_file(folder / "dump.json", tmp_path / "a", PASS, kdf,
                               progress=lambda done, total, label: heard[label].append((done, total)))
    assert transfer.dumps(vault) == text
    entries = vault.conn.execute("SELECT count(*) FROM ledger").fetchone()[0]
    vault.close()
    read = heard[msg("progress_load")]
    size = (folder / "dump.json").stat().st_size
    assert [d for d, _ in read] == sorted(d for d, _ in read) and read[-1] == (size, size)
    checked = heard[msg("progress_load_rules")]
    assert checked[0] == (0, entries) and checked[-1] == (entries, entries)
    # The ledger first, before the contracts and lists its entries name (a hand-made dump may do that).
    doc = json.loads(text)
    reordered = {"ledger": doc.pop("ledger"), **dict(reversed(list(doc.items())))}
    (tmp_path / "reordered.json").write_text(json.dumps(reordered, ensure_ascii=False), encoding="utf-8")
    vault = transfer.load_file(tmp_path / "reordered.json", tmp_path / "b", PASS, kdf)
    assert transfer.dumps(vault) == text
    vault.close()


@pytest.mark.parametrize("edit, expected", [
    (lambda d: d["ledger"][1500].update(note="書き換え"), "台帳の第1501号"),
    (lambda d: d["ledger"].pop(2000), "第2001号"),
    (lambda d: d["ledger"][2999].update(item_id=999), "第3000号"),
    (lambda d: d["inventory_items"][0].update(contract_id=2), "第3号"),
])
def test_bad_ledger_is_refused_whole_naming_the_entry(dumped, tmp_path, kdf, edit, expected):
    folder, text = dumped
    doc = json.loads(text)
    edit(doc)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        transfer.load_file(bad, tmp_path / "never", PASS, kdf)
    assert any(expected in str(p) for p in refused.value.problems), [str(p) for p in refused.value.problems][:5]
    assert not (tmp_path / "never" / "vault.db").exists()


def test_truncated_or_garbled_file_is_refused(dumped, tmp_path, kdf):
    folder, text = dumped
    data = (folder / "dump.json").read_bytes()
    for name, content in (("cut.json", data[: len(data) // 2]), ("garbled.json", data[:1000] + b"\xff\xfe" + data[1000:])):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(KojinError) as refused:
            transfer.load_file(tmp_path / name, tmp_path / name.replace(".json", ""), PASS, kdf)
        assert "ダンプファイル" in str(refused.value)
        assert not (tmp_path / name.replace(".json", "") / "vault.db").exists()


def test_ledger_memory_does_not_grow_with_its_length(dumped, tmp_path, kdf, monkeypatch):
    """1,500 then 3,000 entries written 100 at a time: Python's peak grows by far less than the entries would
    take if held (about 1.4 kB each as parsed JSON, more as records)."""
    from kojin_desk.areas.ledger import transfer as ledger_transfer

    monkeypatch.setattr(ledger_transfer, "EVERY", 100)
    monkeypatch.setattr(dump_stream, "CHUNK", 1 << 14)  # a read buffer small next to the ledger
    folder, text = dumped
    doc = json.loads(text)
    peaks = []
    for n in (1500, 3000):
        part = {k: v for k, v in doc.items() if k != "movements"}  # the documents too: incidents name them
        part["ledger"] = doc["ledger"][:n]
        # The same send log both times (it is held, and grows with the ledger); the spine rules, which
        # would ask for each later send's record, are not asked.
        part["movements"] = [m for m in doc["movements"] if m["ledger_seq"] is None or m["ledger_seq"] <= 1500]
        part["ledger_rules_from"] = n + 1
        path = tmp_path / f"part{n}.json"
        path.write_text(json.dumps(part, ensure_ascii=False, indent=1), encoding="utf-8")
        tracemalloc.start()
        try:
            transfer.load_file(path, tmp_path / f"v{n}", PASS, kdf).close()
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    grown_per_entry = (peaks[1] - peaks[0]) / 1500
    assert grown_per_entry < 200, (peaks, grown_per_entry)


def test_the_send_log_streams(dumped, tmp_path, kdf, monkeypatch):
    """The send log grows with the ledger (about 2 records in 7 entries): 1,500 then 3,000 more sends are
    checked and written 100 at a time, so Python's peak grows by far less than the records would take if held
    (about 1 kB each as parsed JSON, more as records): only a position per id is kept."""
    from kojin_desk.areas.places import movements_stream

    assert transfer.STREAMED.get("movements") is not None
    monkeypatch.setattr(movements_stream, "EVERY", 100)
    monkeypatch.setattr(dump_stream, "CHUNK", 1 << 14)
    folder, text = dumped
    doc = json.loads(text)
    first = max(m["id"] for m in doc["movements"]) + 1
    peaks = []
    for n in (1500, 3000):
        part = dict(doc)
        copies = [{**doc["movements"][k % 5], "id": first + k, "ledger_seq": None} for k in range(n)]
        part["movements"] = doc["movements"] + copies  # valid sends, not entered in the ledger
        path = tmp_path / f"sends{n}.json"
        path.write_text(json.dumps(part, ensure_ascii=False, indent=1), encoding="utf-8")
        del part, copies
        tracemalloc.start()
        try:
            vault = transfer.load_file(path, tmp_path / f"v{n}", PASS, kdf)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert vault.conn.execute("SELECT count(*) FROM movements").fetchone()[0] == len(doc["movements"]) + n
        vault.close()
    grown_per_send = (peaks[1] - peaks[0]) / 1500
    assert grown_per_send < 400, (peaks, grown_per_send)


@pytest.mark.parametrize("edit, expected", [
    (lambda m: m.update(method_id=999), "movements[3]"),
    (lambda m: m.update(sender_id=999), "999"),
    (lambda m: m.update(checker_id=m["sender_id"]), "movements[3]"),
    (lambda m: m.update(contract_id=99), "99"),
    (lambda m: m.update(kind="fax"), "sending、transport"),
    (lambda m: m.update(sent_on="2026-02-30"), "2026-02-30"),
    (lambda m: m.update(ok_hidden=[1]), "movements[3]"),
    # Hand-edited types are named as such, not as a person or entry that does not exist, nor stored as they are.
    (lambda m: m.update(ok_hidden="yes"), "ok_hidden"),
    (lambda m: m.update(ok_method=1), "ok_method"),
    (lambda m: m.update(ok_recipient=None), "ok_recipient"),
    (lambda m: m.update(checker_id="3"), "checker_id"),
    (lambda m: m.update(ledger_seq="9"), "ledger_seq"),
    (lambda m: m.update(sender_id=None), "sender_id"),
    (lambda m: m.update(checked_on=None), "checked_on"),
    (lambda m: m.update(method_id=999), "届け出た送付方法"),  # the kind in words, as the app says it
])
def test_a_send_before_what_it_names_is_still_checked_against_it(dumped, tmp_path, kdf, edit, expected):
    """The send log first in the file, before the contracts, methods and people it names: its records are
    written as they come and their references asked once those are read; a bad one refuses the dump whole."""
    folder, text = dumped
    doc = json.loads(text)
    edit(doc["movements"][3])
    reordered = {"movements": doc.pop("movements"), **doc}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(reordered, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        transfer.load_file(bad, tmp_path / "never", PASS, kdf)
    found = [str(p) for p in refused.value.problems]
    assert any(expected in p and "movements[3]" in p for p in found), found[:5]
    assert not (tmp_path / "never" / "vault.db").exists()


@pytest.mark.parametrize("key", ["movements", "ledger", "contracts"])
def test_a_key_given_twice_is_refused_naming_it(dumped, tmp_path, kdf, key):
    """JSON readers differ on which of two equal keys counts: the dump is refused, not read one way silently."""
    folder, text = dumped
    doc = json.loads(text)
    twice = json.dumps(doc, ensure_ascii=False)[:-1] + f', "{key}": ' + json.dumps(doc[key][:1], ensure_ascii=False) + "}"
    bad = tmp_path / "twice.json"
    bad.write_text(twice, encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        transfer.load_file(bad, tmp_path / "never", PASS, kdf)
    assert [str(p) for p in refused.value.problems if key in str(p)] == [f"ダンプ: 「{key}」が2回あります。どちらを読むか決められないため、1つにしてください。"]
    assert not (tmp_path / "never" / "vault.db").exists()
