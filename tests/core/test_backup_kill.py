"""kill -9 at random moments of `kojin-desk backup` and `kojin-desk restore`: nothing that looks complete is
left unless it is complete, and the current vault is never broken."""

import hashlib
import os
import random
import subprocess
import sys
import time

import pytest

from kojin_desk.areas import backup_service, check, demo, transfer
from kojin_desk.settings import Settings
from kojin_desk.store import backup, backup_file, backup_rotation
from kojin_desk.store.vault import Vault

PASS = "kill-test-passphrase"
KILLS = 12


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    from kojin_desk.store.keyfile import FAST_KDF_FOR_TESTS

    folder = tmp_path_factory.mktemp("kill") / "data"
    vault = demo.build(folder, PASS, FAST_KDF_FOR_TESTS, ledger_entries=8000)
    digest = hashlib.sha256(transfer.dumps(vault).encode()).hexdigest()
    vault.close()
    return folder, digest


def _start(*args):
    env = {**os.environ, "KOJIN_DESK_PASSPHRASE": PASS}
    return subprocess.Popen([sys.executable, "-m", "kojin_desk", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _full_run_seconds(*args) -> float:
    t = time.perf_counter()
    assert _start(*args).wait(timeout=120) == 0
    return time.perf_counter() - t


def _work_window(*args) -> tuple[float, float]:
    """(seconds until the work starts, seconds of a whole run): a run stopped by a missing folder does the same
    start-up (interpreter, unlock) and nothing else, so most kills can aim at the copying itself."""
    t = time.perf_counter()
    assert _start(*args[:-1], str(args[-1]) + "-missing").wait(timeout=120) != 0
    return time.perf_counter() - t, _full_run_seconds(*args)


def _kill_at(seconds: float, *args) -> None:
    proc = _start(*args)
    time.sleep(seconds)
    proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no handler runs
    proc.wait(timeout=60)


def _vault_intact(folder, digest) -> None:
    vault = Vault.unlock(folder, PASS)
    try:
        check.verify(vault)
        assert hashlib.sha256(transfer.dumps(vault).encode()).hexdigest() == digest
    finally:
        vault.close()


def test_kill_during_backup(source, tmp_path):
    data_dir, digest = source
    usb = tmp_path / "usb"
    usb.mkdir()
    args = ("backup", "--data-dir", str(data_dir), "--to", str(usb))
    start, full = _work_window(*args)
    rng = random.Random(os.environ.get("KILL_SEED", "15"))
    outcomes = set()
    for i in range(KILLS):
        named = len(list(usb.glob("*.kdbackup")))
        _kill_at(rng.uniform(0.05, start) if i % 4 == 0 else rng.uniform(0.8 * start, full * 1.1), *args)
        staged = any(p.name.startswith(backup_rotation.TMP) for p in data_dir.iterdir())
        outcomes.add("finished" if len(list(usb.glob("*.kdbackup"))) > named else "staged" if staged else "early")
        for p in usb.iterdir():
            if not p.name.startswith(backup_rotation.TMP):  # named: so it must be whole and verified
                backup_file.read_manifest(p)
        _vault_intact(data_dir, digest)
    assert "staged" in outcomes, outcomes  # some kills landed while a copy was being written
    vault = Vault.unlock(data_dir, PASS)
    try:
        newest = backup_rotation.backups(usb, vault.vault_id)[0].path
        backup.check_for(vault, newest, check.verify)
        backup_service.back_up(vault, Settings(), data_dir, to=usb)
    finally:
        vault.close()
    leftovers = [p.name for d in (usb, data_dir, data_dir / "backups") if d.exists() for p in d.iterdir()
                 if p.name.startswith(backup_rotation.TMP)]
    assert leftovers == []  # the next backup clears what the kills left


def test_kill_during_restore(source, tmp_path):
    data_dir, digest = source
    vault = Vault.unlock(data_dir, PASS)
    made = backup.create(vault, tmp_path, check.verify)
    vault.close()
    before = {n: hashlib.sha256((data_dir / n).read_bytes()).hexdigest() for n in ("vault.db", "vault.key")}
    out = tmp_path / "restores"
    out.mkdir()
    full = _full_run_seconds("restore", str(made), "--data-dir", str(out / "first"))
    rng = random.Random(os.environ.get("KILL_SEED", "15"))
    staged = 0
    for i in range(KILLS):
        _kill_at(rng.uniform(0.05, full), "restore", str(made), "--data-dir", str(out / f"r{i}"))
        staged += any(p.name.startswith(f".tmp-restore-r{i}-") for p in out.iterdir())
        for p in out.iterdir():
            if not p.name.startswith(backup_rotation.TMP):
                _vault_intact(p, digest)  # a folder that got its name is a whole, verified vault
        assert {n: hashlib.sha256((data_dir / n).read_bytes()).hexdigest() for n in before} == before
    assert staged, "no kill landed while a restore was being staged"
    killed = next((f"r{i}" for i in range(KILLS) if not (out / f"r{i}").exists()), None)
    if killed:  # restoring again under a killed name works and clears the interrupted attempt
        assert _start("restore", str(made), "--data-dir", str(out / killed)).wait(timeout=120) == 0
        assert not [p for p in out.iterdir() if p.name.startswith(f".tmp-restore-{killed}-")]
        _vault_intact(out / killed, digest)
