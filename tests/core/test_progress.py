"""Progress of long work: callbacks hear increasing counts ending at the total; the command line draws one
line on stderr only when stderr is a terminal (a real pty here), and stdout stays the same either way."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from collections import defaultdict

import pytest

from kojin_desk.areas import check, demo, transfer
from kojin_desk.areas.ledger import service as ledger
from kojin_desk.i18n import msg
from kojin_desk.progress import Cancelled, CliLine, cli_line

PASS = "progress-test-passphrase"


class Heard:
    """Every (done, total) a callback heard, by label."""

    def __init__(self) -> None:
        self.calls: dict[str, list[tuple[int, int]]] = defaultdict(list)

    def __call__(self, done: int, total: int, label: str) -> None:
        self.calls[label].append((done, total))

    def assert_counts_up_to(self, label: str, total: int) -> None:
        calls = self.calls[label]
        assert calls, f"nothing heard for {label}"
        assert {t for _, t in calls} == {total}
        dones = [d for d, _ in calls]
        assert dones == sorted(dones) and dones[0] == 0 and dones[-1] == total
        assert len(set(dones)) > 2  # heard along the way, not only at both ends


@pytest.fixture(scope="module")
def big_demo(tmp_path_factory):
    from kojin_desk.store.keyfile import FAST_KDF_FOR_TESTS

    heard = Heard()
    vault = demo.build(tmp_path_factory.mktemp("progress") / "demo", PASS, FAST_KDF_FOR_TESTS, ledger_entries=5000,
                       progress=heard)
    yield vault, heard
    vault.close()


def test_demo_build_reports_every_entry_written(big_demo):
    vault, heard = big_demo
    total = vault.conn.execute("SELECT count(*) FROM ledger").fetchone()[0]
    heard.assert_counts_up_to(msg("progress_demo"), total)


def test_check_reports_the_chain_to_its_head(big_demo):
    vault, _ = big_demo
    heard = Heard()
    assert check.run(vault, heard) == check.run(vault)
    heard.assert_counts_up_to(msg("progress_chain"), vault.conn.execute("SELECT max(seq) FROM ledger").fetchone()[0])
    assert msg("progress_integrity") in heard.calls


def test_dump_reports_every_entry_and_writes_the_same(big_demo):
    vault, _ = big_demo
    heard, out = Heard(), io.StringIO()
    transfer.write_dump(vault, out, heard)
    assert out.getvalue() == transfer.dumps(vault)
    heard.assert_counts_up_to(msg("progress_dump"), vault.conn.execute("SELECT count(*) FROM ledger").fetchone()[0])


def test_export_and_print_report_rows_and_cancel_cleanly(big_demo):
    vault, _ = big_demo
    f = ledger.LedgerFilter(contract_id=1)
    shown = ledger.count(vault, f)
    heard = Heard()
    assert ledger.export_csv(vault, f, heard) == ledger.export_csv(vault, f)
    heard.assert_counts_up_to(msg("progress_csv"), shown)
    heard = Heard()
    narrow = ledger.LedgerFilter(contract_id=1, kind="利用")
    data = ledger.print_data(vault, narrow, progress=heard, total=ledger.count(vault, narrow))
    heard.assert_counts_up_to(msg("progress_print"), len(data["entries"]))

    def stop(done, total, label):
        if done >= 2000:
            raise Cancelled()
    with pytest.raises(Cancelled):
        ledger.export_csv(vault, f, stop)


def test_cancelled_demo_leaves_nothing(tmp_path, kdf):
    def stop(done, total, label):
        if done:
            raise Cancelled()
    with pytest.raises(Cancelled):
        demo.build(tmp_path / "demo", PASS, kdf, ledger_entries=3000, progress=stop)
    assert not (tmp_path / "demo").exists()  # no database, no key, no staging, no lock file
    demo.build(tmp_path / "demo", PASS, kdf, ledger_entries=10).close()  # and the folder is free again


def test_cli_line_only_on_a_terminal():
    for tty in (False, True):
        out = io.StringIO()
        with cli_line(out, tty=tty) as line:
            for done in range(0, 11):
                line(done, 10, "作業")
        text = out.getvalue()
        if not tty:
            assert text == ""
        else:
            assert text.startswith("\r作業 0 / 10 (0%)") and "\r作業 10 / 10 (100%)" in text
            assert text.endswith("\r\x1b[K") and "\n" not in text  # one line, cleared at the end
    assert CliLine(io.StringIO()).shown is False  # a StringIO is no terminal


def _cli(args, data_dir, stderr_tty: bool):
    env = {**os.environ, "KOJIN_DESK_PASSPHRASE": PASS, "KOJIN_DESK_LANG": "ja"}
    cmd = [sys.executable, "-m", "kojin_desk", *args, "--data-dir", str(data_dir)]
    if not stderr_tty:
        proc = subprocess.run(cmd, capture_output=True, env=env, timeout=300)
        return proc.returncode, proc.stdout, proc.stderr
    main, side = pty.openpty()
    out_file = data_dir.parent / "stdout.bin"
    with open(out_file, "wb") as out:  # a file, not a pipe: a big dump could fill a pipe while we read the pty
        proc = subprocess.Popen(cmd, stdout=out, stderr=side, env=env)
    os.close(side)
    err = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the pty closes with the process
            break
        if not chunk:
            break
        err += chunk
    proc.wait(timeout=300)
    os.close(main)
    return proc.returncode, out_file.read_bytes(), err


def test_cli_draws_progress_on_a_terminal_stderr_only(tmp_path):
    data = tmp_path / "cli"
    code, out, err = _cli(["demo", "--ledger-entries", "3000"], data, stderr_tty=True)
    assert code == 0 and b"\r" + msg("progress_demo").encode() in err
    piped_demo_out = out
    for args in (["check"], ["dump"]):
        code_pipe, out_pipe, err_pipe = _cli(args, data, stderr_tty=False)
        code_tty, out_tty, err_tty = _cli(args, data, stderr_tty=True)
        assert code_pipe == code_tty == 0
        assert out_pipe == out_tty  # stdout is the same whether or not a line is drawn
        assert err_pipe == b""
        label = msg("progress_chain" if args == ["check"] else "progress_dump").encode()
        assert b"\r" + label in err_tty and err_tty.endswith(b"\r\x1b[K")
    assert piped_demo_out.strip()
