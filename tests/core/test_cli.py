"""The command line: exit codes, one-line errors, dump → load → dump, and no plaintext on disk."""

import json
import subprocess
import sys

import pytest

from kojin_desk import cli

PASS = "cli-test-passphrase"


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", PASS)
    monkeypatch.setenv("KOJIN_DESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


@pytest.fixture
def demo_dir(env):
    assert cli.main(["demo"]) == 0
    return env / "data"


def run(*args, env_extra=None, input_text=None):
    import os

    environment = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "kojin_desk", *args], capture_output=True, text=True,
                          env=environment, input=input_text, timeout=120)


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert "kojin-desk 0.1.0" in capsys.readouterr().out


def test_no_command_means_gui(monkeypatch):
    seen = {}
    monkeypatch.setitem(cli.COMMANDS, "gui", lambda args: seen.update(vars(args)) or 0)
    assert cli.main(["--data-dir", "/tmp/x"]) == 0 and str(seen["data_dir"]) == "/tmp/x"
    assert cli.main([]) == 0 and seen["demo"] is False


def test_check_on_demo_is_clean(demo_dir, capsys):
    assert cli.main(["check"]) == 0
    assert "問題は見つかりませんでした" in capsys.readouterr().out


def test_fresh_vault_check_lists_what_is_missing(env, capsys):
    assert cli.main(["init"]) == 0
    assert cli.main(["check"]) == 1
    out = capsys.readouterr().out
    assert "事業者情報" in out and "契約が登録されていません" in out


def test_wrong_passphrase_exit_3_one_line(demo_dir):
    result = run("check", "--data-dir", str(demo_dir), env_extra={"KOJIN_DESK_PASSPHRASE": "wrong-passphrase"})
    assert result.returncode == 3
    assert result.stderr.strip().splitlines() == ["パスフレーズが違います。入力し直してください。"]


def test_passphrase_file_wins_over_environment(demo_dir, tmp_path, monkeypatch):
    f = tmp_path / "pass.txt"
    f.write_text(PASS + "\n", encoding="utf-8")
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", "wrong-passphrase")
    assert cli.main(["check", "--passphrase-file", str(f)]) == 0


@pytest.mark.parametrize("how", ["flip", "truncate"])
def test_damaged_vault_exit_4_one_line_no_sqlcipher_noise(demo_dir, how):
    db = demo_dir / "vault.db"
    data = bytearray(db.read_bytes())
    if how == "flip":
        data[len(data) // 3] ^= 0x40
    else:
        data = data[: len(data) // 2]
    db.write_bytes(bytes(data))
    result = run("check", "--data-dir", str(demo_dir))
    assert result.returncode == 4, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "壊れて" in lines[0]
    assert "Traceback" not in result.stderr and "CORE" not in result.stderr


def test_no_vault_is_a_usage_error(env, capsys):
    assert cli.main(["check"]) == 2
    assert "保管庫がありません" in capsys.readouterr().err


def test_dump_load_dump_is_identical(demo_dir, env, capsys):
    assert cli.main(["dump"]) == 0
    first = capsys.readouterr().out
    (env / "dump.json").write_text(first, encoding="utf-8")
    assert cli.main(["load", str(env / "dump.json"), "--data-dir", str(env / "copy")]) == 0
    capsys.readouterr()
    assert cli.main(["dump", "--data-dir", str(env / "copy")]) == 0
    assert capsys.readouterr().out == first


@pytest.mark.parametrize("edit, expected", [
    (lambda d: d["contracts"][0].update(end_on="2020-01-01"), "終了日が開始日より前"),
    (lambda d: d["contracts"][1].update(number=d["contracts"][0]["number"]), "既に別の契約で使われています"),
    (lambda d: d["contracts"][0].update(title=""), "契約件名を入力してください"),
    (lambda d: d["contracts"][0].update(start_on="2026-02-30"), "日付「2026-02-30」が正しくありません"),
    (lambda d: d["office"].update(name="社名\U0001f642"), "U+1F642"),
    (lambda d: d["documents"][0].update(pdf_base64="JVBERi0xLjQK"), "SHA-256と一致しません"),
    (lambda d: d["inspections"][0].update(media_ok="yes"), "inspections[0]"),
    (lambda d: d["inventory_items"][0].update(catalog="Z"), "A、B、C"),
    (lambda d: next(a for a in d["assignments"] if a["role"] == "worker").update(role="responsible"), "1名だけ"),
    (lambda d: d["people"][0].update(employment="アルバイト"), "雇用区分"),
    (lambda d: d["assignments"][0].update(person_id=999), "存在しない人員（id 999）"),
    (lambda d: d["training_sessions"][0]["attendees"].append(998), "存在しない人員（id 998）"),
    (lambda d: d["pledges"][0].update(signed_on="R8.4.1"), "署名日"),
    (lambda d: d["movements"][0].update(checker_id=d["movements"][0]["sender_id"]), "自分の送付を確認できません"),
    (lambda d: next(m for m in d["methods"] if m["name"] == "簡易書留").update(declared_on="2026-12-31"),
     "送付方法「簡易書留」は、2026-04-03までに届け出た方法ではありません"),
    (lambda d: d["equipment"].pop(0), "管理番号「PC-01」の機器は"),
    (lambda d: d["takeouts"][0].update(approved_on="", approver=""), "東京都の承諾（第11条第4項）"),
    (lambda d: d["movements"][0].update(approver_id=d["movements"][0]["checker_id"]), "責任者が行います"),
])
def test_hand_edited_dump_is_refused_whole(demo_dir, env, capsys, edit, expected):
    assert cli.main(["dump"]) == 0
    doc = json.loads(capsys.readouterr().out)
    edit(doc)
    (env / "bad.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["load", str(env / "bad.json"), "--data-dir", str(env / "copy")]) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert not (env / "copy" / "vault.db").exists()


def test_untrained_worker_loads_and_is_reported_by_check(demo_dir, env, capsys):
    assert cli.main(["dump"]) == 0
    doc = json.loads(capsys.readouterr().out)
    for s in doc["training_sessions"]:
        s["attendees"] = [p for p in s["attendees"] if p != 2]  # 齋藤 さくら never attended
    (env / "untrained.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["load", str(env / "untrained.json"), "--data-dir", str(env / "copy")]) == 0
    capsys.readouterr()
    assert cli.main(["check", "--data-dir", str(env / "copy")]) == 1
    out = capsys.readouterr().out
    assert "齋藤 さくら（従事者）" in out and "第7条第3項" in out
    assert "齋藤 さくらは、研修（第7条第3項）を受ける前の2026-04-03に" in out  # the ledger names her handling too


def test_dump_that_is_not_json_is_refused(env, capsys):
    (env / "x.json").write_bytes(b"\xff\xfe garbage")
    assert cli.main(["load", str(env / "x.json")]) == 2
    assert "ダンプファイル" in capsys.readouterr().err


def _strings(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k not in ("pdf_base64", "scan_base64", "sha256", "format"):  # format: the dump's own marker
                yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)
    elif isinstance(node, str):
        yield node


def _needles(value: str):
    """The value and its non-trivial windows: 4 characters of Japanese, 8 of ASCII."""
    size = 8 if value.isascii() else 4
    if len(value) < size:
        return
    for i in range(len(value) - size + 1):
        window = value[i:i + size]
        if window.strip() and not window.isdigit() and not (window.isascii() and size < 8):
            yield window  # a 4-character ASCII window (「-256」 of 「AES-256で暗号化」) is no personal datum


def test_no_vault_value_in_plaintext_on_disk(demo_dir, capsys):
    from kojin_desk.domain.records import Contract
    from kojin_desk.services import office_contracts
    from kojin_desk.store.vault import Vault

    # Scan while a connection is open too, so the WAL and shared-memory files are read.
    vault = Vault.unlock(demo_dir, PASS)
    office_contracts.save_contract(vault, Contract(title="ＷＡＬに残るかもしれない契約件名", start_on="2026-04-01",
                                                   end_on="2026-12-31", signed_on="2026-04-01"))
    assert cli.main(["dump"]) == 0
    values = set(_strings(json.loads(capsys.readouterr().out)))
    needles = {n for v in values for n in _needles(v)}
    assert len(needles) > 200
    for moment in ("open", "closed"):
        files = [p for p in demo_dir.rglob("*") if p.is_file()]
        assert any(p.name.endswith("-wal") for p in files) or moment == "closed"
        blobs = [p.read_bytes() for p in files]
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                assert not any(encoded in b for b in blobs), (needle, moment)
        vault.close()
