"""Creating a vault is atomic and exclusive: staging, one commit point, a lock, kill -9 at random moments."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from kojin_desk import cli
from kojin_desk.areas import check, transfer
from kojin_desk.errors import KojinError, VaultBusy
from kojin_desk.services import vault_access
from kojin_desk.store.vault import Vault

PASS = "crash-test-passphrase"
KILLS = 12


def _env():
    return {**os.environ, "KOJIN_DESK_PASSPHRASE": PASS}


def _start(args):
    return subprocess.Popen([sys.executable, "-m", "kojin_desk", *args], env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _intact(data_dir, expect_clean: bool):
    """The vault opens, passes the integrity and tamper checks, and (demo, load) has no problem at all."""
    vault = Vault.unlock(data_dir, PASS)
    try:
        check.integrity(vault)
        found = check.run(vault) if expect_clean else check.tamper_evidence(vault)
        assert found == [], [str(p) for p in found]
    finally:
        vault.close()


def _timed_run(args) -> float:
    t = time.perf_counter()
    proc = _start(args)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return time.perf_counter() - t


@pytest.fixture(scope="module")
def dump_file(tmp_path_factory):
    from kojin_desk.areas import demo
    from kojin_desk.store.keyfile import FAST_KDF_FOR_TESTS

    folder = tmp_path_factory.mktemp("dump")
    vault = demo.build(folder / "demo", "test-passphrase", FAST_KDF_FOR_TESTS, ledger_entries=400)
    (folder / "dump.json").write_text(transfer.dumps(vault), encoding="utf-8")
    vault.close()
    return folder / "dump.json"


@pytest.mark.parametrize("command", ["init", "load", "demo"])
def test_kill_9_at_random_moments_leaves_nothing_or_a_whole_vault(command, tmp_path, dump_file, monkeypatch):
    extra = {"init": [], "load": [str(dump_file)], "demo": ["--ledger-entries", "400"]}[command]
    args = [command, *extra]
    full = _timed_run([*args, "--data-dir", str(tmp_path / "full")])
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", PASS)
    outcomes = {"nothing": 0, "whole": 0}
    for i in range(KILLS):
        data_dir = tmp_path / f"{command}{i}"
        proc = _start([*args, "--data-dir", str(data_dir)])
        time.sleep(rng.uniform(0.1, 1.0) * full)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        why = f"seed {seed}, kill {i} after {full:.2f}s run"
        if Vault.exists(data_dir):  # killed after the commit point: a whole vault
            outcomes["whole"] += 1
        else:  # killed before: nothing that blocks the retry
            outcomes["nothing"] += 1
            assert cli.main([*args, "--data-dir", str(data_dir)]) == 0, why
        _intact(data_dir, expect_clean=command != "init")
        assert not [p for p in data_dir.iterdir() if p.name.startswith((".staging-", ".tmp-", ".kojin-tmp-"))], why
    assert outcomes["nothing"] > 0, outcomes  # the kills did land during creation


def test_two_creators_at_once_one_wins_and_the_other_touches_nothing(tmp_path):
    for round_ in range(4):
        data_dir = tmp_path / f"race{round_}"
        procs = [_start(["init", "--data-dir", str(data_dir)]) for _ in range(2)]
        results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
        codes = sorted(code for code, _ in results)
        assert codes[0] == 0 and codes[1] in (2, 4), results
        loser = [err for code, err in results if code != 0][0]
        assert ("使用中" in loser or "既に保管庫があります" in loser) and "Traceback" not in loser
        _intact(data_dir, expect_clean=False)


def test_a_creator_blocks_a_second_creator_in_the_same_process(tmp_path, kdf):
    data_dir = tmp_path / "data"
    with vault_access.creating_vault(data_dir, PASS, kdf=kdf) as winner:
        with pytest.raises(VaultBusy) as err:
            vault_access.create_vault(data_dir, PASS, kdf=kdf)
        assert "作成中" in str(err.value)
        assert winner.is_open and not Vault.exists(data_dir)  # still in staging, untouched
    assert Vault.exists(data_dir) and winner.is_open and winner.data_dir == data_dir
    winner.close()
    _intact(data_dir, expect_clean=False)


def test_a_failed_creation_leaves_nothing(tmp_path, kdf):
    data_dir = tmp_path / "data"
    with pytest.raises(KojinError):
        with vault_access.creating_vault(data_dir, PASS, kdf=kdf):
            raise KojinError("interrupted")
    assert not data_dir.exists()  # made by this creation: gone with it, lock file and all
    vault_access.create_vault(data_dir, PASS, kdf=kdf).close()


def test_stale_staging_is_removed_by_the_next_creation(tmp_path, kdf):
    data_dir = tmp_path / "data"
    stale = data_dir / ".staging-abc123"
    stale.mkdir(parents=True)
    (stale / "vault.db").write_bytes(os.urandom(4096))
    (stale / "vault.key").write_text("{}")
    vault_access.create_vault(data_dir, PASS, kdf=kdf).close()
    assert not stale.exists()


def test_a_publish_cut_between_its_renames_is_finished(tmp_path, kdf):
    whole = tmp_path / "whole"
    vault_access.create_vault(whole, PASS, kdf=kdf).close()
    cut = tmp_path / "cut"
    staging = cut / ".staging-xyz"
    staging.mkdir(parents=True)
    shutil.copy(whole / "vault.db", cut / "vault.db")  # the database arrived, the key had not yet
    shutil.copy(whole / "vault.key", staging / "vault.key")
    shutil.copy(whole / "vault.witness", staging / "vault.witness")
    assert Vault.read_keyfile(cut).vault_id  # "is there a vault" answers yes before any passphrase
    _intact(cut, expect_clean=False)
    assert sorted(p.name for p in cut.iterdir()) == ["vault.db", "vault.key", "vault.lock", "vault.witness"]


def test_a_failed_creation_in_a_folder_that_was_there_keeps_the_folder_and_what_it_held(tmp_path, kdf):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(KojinError):
        with vault_access.creating_vault(data_dir, PASS, kdf=kdf):
            raise KojinError("interrupted")
    assert sorted(p.name for p in data_dir.iterdir()) == ["notes.txt"]
