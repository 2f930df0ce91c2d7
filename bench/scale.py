"""`bench/run.py scale`: the figures of issue 18 at 10k / 100k (/ 1M with --million) ledger entries.

Each figure is printed at each size with its growth from the size before, and as a ratio against a
baseline measured in the same run (SQLite's integrity_check + SHA-256 for `check`, one straight SELECT
written with csv for the export, `demo` for `load`); the ledger PDF is measured once, at 1k / 4k / 16k rows
against plain ReportLab Tables (bench/ledger_pdf.py, also run alone as `bench/run.py ledger-pdf`).
Vaults, dumps and build times are cached in /tmp/kojin-desk-bench-scale (fictional demo data only),
so a rerun measures without rebuilding; `--rebuild` builds them again.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ledger_gui import SEARCH_WORDS, search
from timing import median_time as _median

PASS = "bench-passphrase"
CACHE = Path(tempfile.gettempdir()) / "kojin-desk-bench-scale"


# Started by a small launcher, not by the bench: on Linux a child's ru_maxrss starts at the high-water mark of
# the process that forked (or vforked) it, so a child of the bench (hundreds of MiB after the GUI figures)
# would report the bench's peak, not its own. The launcher is a bare interpreter (-I -S, a few MiB), and it
# measures the wall too, from its spawn to its wait.
LAUNCHER = """
import os, sys, time
out = int(sys.argv[1])
os.set_inheritable(out, False)
t = time.perf_counter()
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
os.write(out, f"{time.perf_counter() - t} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}".encode())
"""


def run_measured(args: list[str], stdout=subprocess.DEVNULL, script: Path | None = None) -> tuple[float, float]:
    """(wall seconds, peak resident MiB) of one `kojin-desk` command (or a bench `script`) in its own process."""
    env = {**os.environ, "KOJIN_DESK_PASSPHRASE": PASS}
    command = [str(script)] if script else ["-m", "kojin_desk"]
    read, write = os.pipe()
    try:
        proc = subprocess.run([sys.executable, "-I", "-S", "-c", LAUNCHER, str(write), sys.executable, *command,
                               *args], env=env, stdout=stdout, stderr=subprocess.PIPE, pass_fds=(write,))
        os.close(write)
        write = -1
        with os.fdopen(read, "rb") as f:
            read = -1
            figures = f.read().decode().split()
    finally:
        for fd in (read, write):
            if fd >= 0:
                os.close(fd)
    if proc.returncode or len(figures) != 3:
        raise RuntimeError(f"launcher failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-500:]}")
    wall, maxrss, code = float(figures[0]), int(figures[1]), int(figures[2])
    if code not in (0, 1):
        raise RuntimeError(f"kojin-desk {args[0]} failed ({code}): {proc.stderr.decode(errors='replace')[-500:]}")
    return wall, maxrss / 1024  # Linux: KiB


def _vault(n: int, rebuild: bool) -> tuple[Path, dict]:
    """The cached demo vault with n entries, and what building it cost (demo wall and peak)."""
    from kojin_desk.store.schema import LATEST

    folder = CACHE / f"schema{LATEST}-n{n}"
    info_file = folder / "build.json"
    if rebuild or not info_file.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        wall, peak = run_measured(["demo", "--data-dir", str(folder / "vault"), "--ledger-entries", str(n)])
        info_file.write_text(json.dumps({"demo_s": wall, "demo_mib": peak}))
    return folder, json.loads(info_file.read_text())


def _gui_figures(vault_dir: Path, tmp: Path) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kojin_desk.settings import Settings
    from kojin_desk.store.vault import Vault
    from kojin_desk.ui.app import show_main
    from kojin_desk.ui.areas.ledger.area import LedgerArea
    from kojin_desk.ui.context import Context

    app = QApplication.instance() or QApplication([])
    out = {}

    def unlock_to_window():
        vault = Vault.unlock(vault_dir, PASS)
        window = show_main(app, vault, Settings(), tmp, lambda: None)
        app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()
        vault.close()

    out["unlock_s"] = _median(unlock_to_window, 3)
    vault = Vault.unlock(vault_dir, PASS)
    ctx = Context(vault, Settings(), tmp)
    ctx.contract_id = 1
    area = LedgerArea(ctx)
    area.show()
    tab = area.ledger_tab
    app.processEvents()

    words = iter(SEARCH_WORDS * 3)
    out["filter_s"] = _median(lambda: search(app, tab, next(words)), 5)
    search(app, tab, "")

    def to_end():
        tab.view.scrollToTop()
        app.processEvents()
        tab.view.scrollToBottom()
        app.processEvents()
        tab.model.index(tab.model.rowCount() - 1, 0).data()

    out["scroll_end_s"] = _median(to_end, 3)
    person = 8  # 担当者

    def sort_person():
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tab.view.sortByColumn(person, order)
            app.processEvents()
            tab.model.index(0, 0).data()

    out["sort_s"] = _median(sort_person, 3) / 2
    area.close()
    area.deleteLater()
    app.processEvents()
    out.update(_send_log_figures(app, ctx))
    vault.close()
    return out


def _send_log_figures(app, ctx) -> dict:
    """The Places area opened on its send log (some 285,000 movements at 1M entries), then its end."""
    from kojin_desk.ui.areas.places.area import PlacesArea

    shown = []

    def open_log():
        for old in shown:
            old.close()
            old.deleteLater()
        app.processEvents()
        t = time.perf_counter()
        places = PlacesArea(ctx)
        places.show()
        places.tabs.setCurrentWidget(places.movements)
        app.processEvents()
        places.movements.model.index(0, 0).data()
        shown[:] = [places]
        return time.perf_counter() - t

    opened = statistics.median(open_log() for _ in range(3))
    tab = shown[0].movements

    def to_end():
        tab.table.scrollToTop()
        tab.model.reload()  # no page kept: the end is read from its key, as on a first jump
        app.processEvents()
        tab.table.scrollToBottom()
        app.processEvents()
        tab.model.index(tab.model.rowCount() - 1, 0).data()

    out = {"sendlog_open_s": opened, "sendlog_end_s": _median(to_end, 3), "sendlog_rows": tab.model.rowCount()}
    shown[0].close()
    shown[0].deleteLater()
    app.processEvents()
    return out


def _core_figures(vault_dir: Path) -> dict:
    from kojin_desk.areas import check
    from kojin_desk.areas.ledger import repo
    from kojin_desk.areas.ledger import service as ledger
    from kojin_desk.store.vault import Vault

    vault = Vault.unlock(vault_dir, PASS)
    conn, out = vault.conn, {}

    def baseline_check():
        conn.execute("PRAGMA integrity_check").fetchall()
        h = hashlib.sha256()
        cur = conn.execute(f"SELECT {repo.CANONICAL_SQL} FROM ledger ORDER BY seq")
        while rows := cur.fetchmany(5000):
            for (text,) in rows:
                h.update(text.encode())

    out["check_base_s"] = _median(baseline_check, 3)
    out["check_s"] = _median(lambda: check.run(vault), 3)
    out["item_totals_s"] = _median(lambda: repo.item_totals(conn, 1), 3)
    f = repo.LedgerFilter(contract_id=1)

    def baseline_csv():
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        cur = conn.execute(f"SELECT {', '.join(repo.VIEW_COLS)} FROM ledger l JOIN inventory_items i ON i.id = l.item_id "
                           "WHERE l.contract_id = ? ORDER BY l.seq", (1,))
        while rows := cur.fetchmany(2000):
            w.writerows(rows)
        return buf.getvalue()

    class Undo(Exception):
        pass

    def append_one():  # the whole append (rules, chain, triggers), rolled back: the cached vault stays as built
        entry = ledger.defaults_for_next(vault, 1)
        entry.kind, entry.quantity = "利用", "1"
        try:
            with vault.transaction() as c:
                ledger.append_in(c, entry)
                raise Undo
        except Undo:
            pass

    out["append_s"] = _median(append_one, 9)
    out["csv_base_s"] = _median(baseline_csv, 3)
    out["csv_s"] = _median(lambda: ledger.export_csv(vault, f), 3)
    vault.close()
    return out


def _pdf_figures(vault_dir: Path) -> list[dict]:
    """The ledger PDF at 1k / 4k / 16k rows of this vault's ledger (see ledger_pdf.py)."""
    from ledger_pdf import figures

    from kojin_desk.areas.ledger import repo
    from kojin_desk.areas.ledger import service as ledger
    from kojin_desk.store.vault import Vault

    vault = Vault.unlock(vault_dir, PASS)
    data = ledger.print_data(vault, repo.LedgerFilter(contract_id=1, date_to="2026-05-03"))
    vault.close()
    return figures(data)


def _transfer_figures(folder: Path) -> dict:
    dump_file = folder / "dump.json"
    with open(dump_file, "wb") as out:
        dump_s, dump_mib = run_measured(["dump", "--data-dir", str(folder / "vault")], stdout=out)
    target = folder / "loaded"
    shutil.rmtree(target, ignore_errors=True)
    load_s, load_mib = run_measured(["load", str(dump_file), "--data-dir", str(target)])
    shutil.rmtree(target, ignore_errors=True)
    check_cli_s, _ = run_measured(["check", "--data-dir", str(folder / "vault")])
    _, gui_sort_mib = run_measured([str(folder / "vault")], script=Path(__file__).with_name("gui_sort.py"))
    size = dump_file.stat().st_size
    dump_file.unlink()
    return {"dump_s": dump_s, "dump_mib": dump_mib, "dump_mb": size / 1e6, "load_s": load_s, "load_mib": load_mib,
            "check_cli_s": check_cli_s, "gui_sort_mib": gui_sort_mib}


ROWS = [  # key, label, baseline key (ratio), unit
    ("demo_s", "demo build (CLI)", None, "s"),
    ("unlock_s", "unlock (incl. KDF) to main window shown", None, "s"),
    ("check_cli_s", "`check` (CLI, incl. KDF and start)", None, "s"),
    ("check_s", "check in process", "check_base_s", "s"),
    ("check_base_s", "  baseline: integrity_check + SHA-256 of JSON", None, "s"),
    ("item_totals_s", "reconciliation totals (item_totals)", None, "s"),
    ("append_s", "append one entry (rolled back)", None, "s"),
    ("filter_s", "free-text filter", None, "s"),
    ("scroll_end_s", "scroll to end", None, "s"),
    ("sort_s", "sort by 担当者", None, "s"),
    ("sendlog_open_s", "send log: Places area opened on it", None, "s"),
    ("sendlog_end_s", "send log: scroll to end", None, "s"),
    ("sendlog_rows", "  send log rows", None, ""),
    ("gui_sort_mib", "GUI peak memory, sorting every column", None, "MiB"),
    ("csv_s", "CSV export (all rows)", "csv_base_s", "s"),
    ("csv_base_s", "  baseline: one SELECT written with csv", None, "s"),
    ("dump_s", "`dump` wall", None, "s"),
    ("dump_mib", "`dump` peak memory", None, "MiB"),
    ("dump_mb", "  dump file size", None, "MB"),
    ("load_s", "`load` wall", "demo_s", "s"),
    ("load_mib", "`load` peak memory", None, "MiB"),
]


def bench_scale(tmp: Path, argv: list[str]) -> dict:
    from ledger_pdf import print_figures

    sizes = [10_000, 100_000] + ([1_000_000] if "--million" in argv else [])
    figures: dict[int, dict] = {}
    for n in sizes:
        t = time.perf_counter()
        folder, built = _vault(n, "--rebuild" in argv)
        vault_dir = folder / "vault"
        print(f"[{n:,} entries: vault ready in {time.perf_counter() - t:.1f} s]", flush=True)
        fig = dict(built)
        fig.update(_core_figures(vault_dir))
        fig.update(_gui_figures(vault_dir, tmp))
        fig.update(_transfer_figures(folder))
        figures[n] = fig
    pdf = _pdf_figures(_vault(sizes[0], False)[0] / "vault")  # any vault's ledger gives the rows
    _print(sizes, figures)
    print()
    print_figures(pdf)
    if "--json" in argv:
        out = Path(argv[argv.index("--json") + 1])
        out.write_text(json.dumps({**{str(k): v for k, v in figures.items()}, "ledger_pdf": pdf}, indent=1))
    return figures


def _print(sizes: list[int], figures: dict[int, dict]) -> None:
    head = f"{'figure':46}" + "".join(f"{n:>16,}" for n in sizes) + "   growth per size step"
    print(head)
    for key, label, base, unit in ROWS:
        cells, growth = [], []
        for i, n in enumerate(sizes):
            v = figures[n][key]
            text = f"{v:.3f} {unit}" if unit == "s" else f"{v:.0f} {unit}"
            if base:
                text += f" {v / figures[n][base]:.2f}x"
            cells.append(f"{text:>16}")
            if i:
                prev = figures[sizes[i - 1]][key]
                growth.append(f"{v / prev:.1f}x" if prev else "-")
        print(f"{label:46}" + "".join(cells) + "   " + " / ".join(growth))
