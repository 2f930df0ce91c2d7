"""Benchmarks of the targets in the issues; prints times and ratios (median of several runs).

    python bench/run.py            # all
    python bench/run.py startup    # one group: startup, unlock, check, render, ledger, frozen, backup
    python bench/run.py scale [--million] [--rebuild] [--json FILE]   # issue 18: 10k/100k(/1M) entries
    python bench/run.py ledger-pdf    # issue 18: the ledger PDF at 1k/4k/16k rows against plain Tables
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ledger_gui import SEARCH_WORDS, search  # noqa: E402
from timing import median_time  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
PASS = "bench-passphrase"
BARE_QT = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([]); w = QMainWindow(); w.show()\n"
    "QTimer.singleShot(0, app.quit); app.exec()\n"
)


def demo_vault(folder: Path) -> Path:
    from kojin_desk.areas import demo

    if not (folder / "vault.db").exists():
        demo.build(folder, PASS).close()
    return folder


def bench_startup(tmp: Path) -> None:
    vault_dir = demo_vault(tmp / "demo")
    env = {**os.environ, "KOJIN_DESK_BENCH": "unlock_shown"}
    ours = [sys.executable, "-m", "kojin_desk", "gui", "--data-dir", str(vault_dir)]
    bare = [sys.executable, "-c", BARE_QT]
    run = lambda cmd, e=None: subprocess.run(cmd, env=e, check=True, capture_output=True)  # noqa: E731
    run(bare), run(ours, env)  # warm the OS file cache once
    t_bare = median_time(lambda: run(bare), 7)
    t_ours = median_time(lambda: run(ours, env), 7)
    print(f"cold start, bare QApplication+QMainWindow : {t_bare:.3f} s")
    print(f"cold start to visible unlock window      : {t_ours:.3f} s  ratio {t_ours / t_bare:.2f}x (target <= 1.5x)")


def bench_unlock(tmp: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from kojin_desk.settings import Settings
    from kojin_desk.store.keyfile import KeyFile
    from kojin_desk.store.vault import Vault
    from kojin_desk.ui.app import show_main

    app = QApplication.instance() or QApplication([])
    vault_dir = demo_vault(tmp / "demo")
    kdf = median_time(lambda: KeyFile.read(vault_dir / "vault.key").unwrap(PASS), 5)

    def unlock_to_window():
        vault = Vault.unlock(vault_dir, PASS)
        window = show_main(app, vault, Settings(), tmp, lambda: None)
        app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()

    total = median_time(unlock_to_window, 5)
    print(f"KDF (Argon2id 64 MiB, t=3) unwrap        : {kdf:.3f} s")
    print(f"unlock (incl. KDF) to main window shown  : {total:.3f} s  (target <= 0.5 s)")


def bench_check(tmp: Path) -> None:
    from kojin_desk.areas import check
    from kojin_desk.store.vault import Vault

    vault_dir = demo_vault(tmp / "demo")
    vault = Vault.unlock(vault_dir, PASS)
    in_process = median_time(lambda: check.run(vault), 5)
    vault.close()
    env = {**os.environ, "KOJIN_DESK_PASSPHRASE": PASS}
    cli = median_time(lambda: subprocess.run([sys.executable, "-m", "kojin_desk", "check", "--data-dir", str(vault_dir)],
                                             env=env, check=True, capture_output=True), 5)
    print(f"check on the demo vault (in process)     : {in_process:.3f} s")
    print(f"kojin-desk check on the demo vault (CLI) : {cli:.3f} s  (includes the KDF and interpreter start)")


def bench_render(tmp: Path) -> None:
    from kojin_desk.areas.demo import OFFICE, PREVIOUS, certificate_data
    from kojin_desk.formkit.data import validate
    from kojin_desk.formkit.definition import get_form
    from kojin_desk.pdf.render import render

    form = get_form("destruction_certificate")
    data = certificate_data(OFFICE, PREVIOUS)
    clean, _ = validate(form, data)
    t = time.perf_counter()
    render(form, clean)
    first = time.perf_counter() - t
    one_page = median_time(lambda: render(form, clean), 5)
    big = dict(data, destroyed=[dict(data["destroyed"][i % 3], item=f"調査票 第{i}箱") for i in range(1000)])
    big_clean, problems = validate(form, big)
    assert not problems
    pages = []
    thousand = median_time(lambda: pages.append(render(form, big_clean)), 3)
    import io

    from pypdf import PdfReader

    n = len(PdfReader(io.BytesIO(pages[-1])).pages)
    print(f"certificate, first render in a process   : {first:.3f} s  (loads the fonts)")
    print(f"certificate, one page                    : {one_page:.3f} s  (target <= 0.2 s)")
    print(f"certificate, 1,000 rows ({n} pages)       : {thousand:.3f} s  (target <= 3 s)")


def bench_ledger(tmp: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from kojin_desk.areas import check, demo
    from kojin_desk.areas.ledger import repo as ledger_repo
    from kojin_desk.areas.ledger import service as ledger
    from kojin_desk.areas.ledger.model import Entry
    from kojin_desk.services import documents
    from kojin_desk.settings import Settings
    from kojin_desk.store.vault import Vault
    from kojin_desk.ui.areas.ledger.area import LedgerArea
    from kojin_desk.ui.context import Context

    app = QApplication.instance() or QApplication([])
    folder = tmp / "big"
    t = time.perf_counter()
    demo.build(folder, PASS, ledger_entries=100_000).close()
    print(f"demo vault with 100,000 ledger entries   : {time.perf_counter() - t:.1f} s to build")
    vault = Vault.unlock(folder, PASS)
    ctx = Context(vault, Settings(), tmp)
    ctx.contract_id = 1

    def open_view():
        area = LedgerArea(ctx)
        area.show()
        view = area.ledger_tab.view
        view.model().index(0, 3).data()
        app.processEvents()
        area.close()
        area.deleteLater()
        app.processEvents()

    print(f"ledger view, opening to first rows shown : {median_time(open_view, 5):.3f} s  (target <= 0.3 s)")
    area = LedgerArea(ctx)
    area.show()
    tab = area.ledger_tab

    words = iter(SEARCH_WORDS * 3)
    print(f"free-text filter over 100,000 entries    : {median_time(lambda: search(app, tab, next(words)), 7):.3f} s  (target <= 0.3 s)")
    search(app, tab, "")
    tab.view.scrollToBottom()
    app.processEvents()
    print(f"rows held in memory after scrolling      : {sum(len(p) for p in tab.model._pages.values()):,} of {tab.model.rowCount():,}")
    area.close()
    item = ledger.list_items(vault, 1)[0].id
    entry = Entry(at="2027-01-05T10:00", kind="利用", quantity="1", person="山﨑 花子", place="作業室A", item_id=item, contract_id=1)
    print(f"append one entry                         : {median_time(lambda: ledger.append(vault, entry), 50) * 1000:.1f} ms  (target <= 10 ms)")
    print(f"check (integrity + chain + rules)        : {median_time(lambda: check.run(vault), 3):.3f} s  (target <= 3 s)")
    f = ledger_repo.LedgerFilter(contract_id=1, date_to="2026-05-03")
    data = ledger.print_data(vault, f)
    data["entries"] = data["entries"][:1000]
    print(f"ledger PDF, 1,000 rows                   : {median_time(lambda: documents.render_pdf('handling_ledger', data), 3):.3f} s  (target <= 3 s)")
    vault.close()


def bench_frozen(tmp: Path) -> None:
    """The PyInstaller bundle (dist/kojin_desk): its size, and its cold start to the unlock window."""
    bundle = ROOT / "dist" / "kojin_desk"
    exe = bundle / ("kojin-desk.exe" if os.name == "nt" else "kojin_desk")
    if not exe.exists():
        print(f"no frozen bundle at {bundle}: building it with packaging/build_linux.sh")
        t = time.perf_counter()
        subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh")], check=True,
                       env={**os.environ, "PYTHON": sys.executable})
        print(f"frozen build (PyInstaller, one folder)   : {time.perf_counter() - t:.0f} s")
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]  # symlinked Qt libraries counted once
    size = sum(p.stat().st_size for p in files)
    print(f"frozen bundle size                       : {size / 2**20:.0f} MiB in {len(files):,} files")
    vault_dir = demo_vault(tmp / "demo")
    env = {**os.environ, "KOJIN_DESK_BENCH": "unlock_shown"}
    frozen = [str(exe), "gui", "--data-dir", str(vault_dir)]
    source = [sys.executable, "-m", "kojin_desk", "gui", "--data-dir", str(vault_dir)]
    run = lambda cmd: subprocess.run(cmd, env=env, check=True, capture_output=True)  # noqa: E731
    run(frozen), run(source)  # warm the OS file cache once
    t_frozen = median_time(lambda: run(frozen), 7)
    t_source = median_time(lambda: run(source), 7)
    print(f"frozen app, start to visible unlock window: {t_frozen:.3f} s")
    print(f"installed package, same                  : {t_source:.3f} s  ratio {t_frozen / t_source:.2f}x")


def bench_backup(tmp: Path) -> None:
    from kojin_desk.areas import backup_service, demo
    from kojin_desk.settings import Settings
    from kojin_desk.store.vault import Vault

    folder = tmp / "big"
    if not (folder / "vault.db").exists():
        demo.build(folder, PASS, ledger_entries=100_000).close()
    vault = Vault.unlock(folder, PASS)
    usb = tmp / "usb"
    usb.mkdir(exist_ok=True)
    settings = Settings(backup_dir=str(usb), backup_keep=3)
    made = []
    t = median_time(lambda: made.append(backup_service.back_up(vault, settings, tmp, progress=lambda f: None)), 3)
    size = made[-1].stat().st_size / 1e6
    print(f"backup of the 100k demo (copy, verify, seal, read back): {t:.2f} s  ({size:.0f} MB)")
    check = median_time(lambda: backup_service.verify_for_inspection(vault, made[-1]), 3)
    print(f"verify that backup (inspection)          : {check:.2f} s")
    vault.close()
    restore = median_time(lambda: backup_service.restore(made[-1], tmp / f"restored-{time.perf_counter_ns()}", PASS), 3)
    print(f"restore it into a new folder (incl. KDF) : {restore:.2f} s")


GROUPS = {"startup": bench_startup, "unlock": bench_unlock, "check": bench_check, "render": bench_render, "ledger": bench_ledger,
          "frozen": bench_frozen, "backup": bench_backup, "scale": None, "ledger-pdf": None}
HEAVY = {"scale", "ledger-pdf"}  # run only when named

if __name__ == "__main__":
    chosen = [a for a in sys.argv[1:] if a in GROUPS] or [g for g in GROUPS if g not in HEAVY]
    with tempfile.TemporaryDirectory() as folder:
        for name in chosen:
            if name == "scale":
                sys.path.insert(0, str(ROOT / "bench"))
                from scale import bench_scale

                bench_scale(Path(folder), sys.argv[1:])
            elif name == "ledger-pdf":
                sys.path.insert(0, str(ROOT / "bench"))
                from ledger_pdf import bench_ledger_pdf

                bench_ledger_pdf(Path(folder), sys.argv[1:])
            else:
                GROUPS[name](Path(folder))
