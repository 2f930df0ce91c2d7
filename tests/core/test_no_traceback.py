"""No error path prints a traceback: the real command line (a subprocess, as a user runs it) over hostile
inputs — every bad dump of test_hostile_dumps, files no JSON reader takes whole, a file as the data folder,
a folder or a 0-byte file where the vault should be — gives one clear message and the documented exit code."""

import copy
import json
import os
import shutil
import subprocess
import sys

import pytest
from tests.core.test_hostile_dumps import BAD, HOSTILE_FILES

from kojin_desk import cli

PASS = "cli-test-passphrase"
USAGE, WRONG_PASS, DAMAGED = 2, 3, 4


def _start(args):
    env = {**os.environ, "KOJIN_DESK_PASSPHRASE": PASS, "LANG": "ja_JP.UTF-8"}
    env.pop("KOJIN_DESK_DEBUG", None)
    return subprocess.Popen([sys.executable, "-m", "kojin_desk", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def _run_all(cases: dict[str, tuple[list, int]], at_once: int = 4) -> dict[str, tuple[int, str]]:
    """Run the commands a few at a time (each is a whole interpreter start)."""
    results, names = {}, list(cases)
    for i in range(0, len(names), at_once):
        running = {n: _start(cases[n][0]) for n in names[i:i + at_once]}
        for n, proc in running.items():
            _, err = proc.communicate(timeout=180)
            results[n] = (proc.returncode, err)
    return results


@pytest.fixture
def demo_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KOJIN_DESK_PASSPHRASE", PASS)
    assert cli.main(["demo", "--data-dir", str(tmp_path / "demo")]) == 0
    return tmp_path / "demo"


def test_no_hostile_input_prints_a_traceback(demo_dir, tmp_path, capsys):
    assert cli.main(["dump", "--data-dir", str(demo_dir)]) == 0
    good = json.loads(capsys.readouterr().out)
    cases: dict[str, tuple[list, int]] = {}
    for name, (edit, _) in BAD.items():
        doc = copy.deepcopy(good)
        edit(doc)
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        cases[f"load {name}"] = (["load", path, "--data-dir", tmp_path / "out" / name], USAGE)
    for name, content in HOSTILE_FILES.items():
        path = tmp_path / f"file-{name}.json"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        cases[f"load file {name}"] = (["load", path, "--data-dir", tmp_path / "out" / f"file-{name}"], USAGE)
        cases[f"render file {name}"] = (["forms", "render", "receipt", "--data", path, "--out", tmp_path / "x.pdf"], USAGE)

    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    cases["data dir is a file: check"] = (["check", "--data-dir", a_file], USAGE)
    cases["data dir is a file: init"] = (["init", "--data-dir", a_file], USAGE)
    cases["data dir is a file: load"] = (["load", tmp_path / "missing_key.json", "--data-dir", a_file], USAGE)
    folder_db = tmp_path / "folder-db"
    shutil.copytree(demo_dir, folder_db)
    (folder_db / "vault.db").unlink()
    (folder_db / "vault.db").mkdir()
    cases["vault.db is a folder"] = (["check", "--data-dir", folder_db], DAMAGED)
    empty_db = tmp_path / "empty-db"
    shutil.copytree(demo_dir, empty_db)
    (empty_db / "vault.db").write_bytes(b"")
    for wal in ("vault.db-wal", "vault.db-shm"):
        (empty_db / wal).unlink(missing_ok=True)
    cases["0-byte vault: check"] = (["check", "--data-dir", empty_db], DAMAGED)
    cases["0-byte vault: dump"] = (["dump", "--data-dir", empty_db], DAMAGED)
    cases["render unknown form"] = (["forms", "render", "nope", "--data", a_file, "--out", tmp_path / "y.pdf"], USAGE)

    results = _run_all(cases)
    wrong = {}
    for name, (code, err) in results.items():
        expected = cases[name][1]
        if code != expected or "Traceback" in err or "予期しない" in err or not err.strip():
            wrong[name] = (code, err[-400:])
    assert not wrong, wrong
    assert len(results) >= 50
