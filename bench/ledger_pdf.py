"""`bench/run.py ledger-pdf`: the 管理台帳 PDF at 1k / 4k / 16k rows against plain ReportLab Tables (issue 18).

Each size is timed as the median of three runs, with two baselines measured in the same run on the same rows
in the same font (IPAex Mincho, 8 pt, grid): ReportLab's plain Table of all rows (the issue's baseline; its
own split is quadratic, so it slows per row as rows grow), and plain Tables of 100 rows each (linear: the
fair baseline for the ratio at 16k). Targets: ledger ≤ 2.0× the plain Tables at each size, and its time per
row at 16k within 1.2× of 1k. The rows come from a demo vault built in the temp folder (fictional data),
repeated and renumbered up to each size; `scale` passes the rows of its own vault instead.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from timing import median_time as _median

SIZES = (1_000, 4_000, 16_000)
PLAIN_CHUNK = 100


def demo_data(tmp: Path) -> dict:
    """The handling ledger's print data from a small demo vault (fast KDF: it is thrown away)."""
    from kojin_desk.areas import demo
    from kojin_desk.areas.ledger import repo
    from kojin_desk.areas.ledger import service as ledger
    from kojin_desk.store.keyfile import FAST_KDF_FOR_TESTS

    vault = demo.build(tmp / "ledger-pdf-demo", "bench-passphrase", kdf=FAST_KDF_FOR_TESTS, ledger_entries=2_000)
    try:
        return ledger.print_data(vault, repo.LedgerFilter(contract_id=1))
    finally:
        vault.close()


def _plain(rows: list[list[str]], chunk: int) -> None:
    """Plain ReportLab Tables of `chunk` rows each, IPAex Mincho 8 pt with a grid, A4 landscape."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from kojin_desk.pdf import fonts

    tables = []
    for start in range(0, len(rows), chunk):
        t = Table(rows[start:start + chunk], repeatRows=0)
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.MINCHO, 8), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        tables.append(t)
    SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4)).build(tables)


def _one_size(data: dict, n: int) -> dict:
    from pypdf import PdfReader

    from kojin_desk.pdf import text
    from kojin_desk.services import documents

    source = data["entries"]
    entries = [dict(source[i % len(source)], no=i + 1) for i in range(n)]
    sized = dict(data, entries=entries)
    rows = [[str(v if v is not None else "") for v in e.values()] for e in entries]
    pdf = []

    def ledger() -> None:
        text.lay_out.cache_clear()  # each run lays its texts out afresh, as a first print does
        pdf.append(documents.render_pdf("handling_ledger", sized)[0])

    ledger_s = _median(ledger)
    return {"rows": n, "pdf_s": ledger_s, "pages": len(PdfReader(io.BytesIO(pdf[-1])).pages),
            "plain_s": _median(lambda: _plain(rows, n)), "plain_chunked_s": _median(lambda: _plain(rows, PLAIN_CHUNK))}


def figures(data: dict, sizes: tuple[int, ...] = ()) -> list[dict]:
    from kojin_desk.pdf import fonts

    fonts.register(fonts.MINCHO)
    return [_one_size(data, n) for n in sizes or SIZES]


def print_figures(rows: list[dict]) -> None:
    print(f"ledger PDF (handling_ledger), median of 3; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'rows':>8} {'ledger':>9} {'pages':>6} {'ms/row':>7} {'plain Table':>12} {'ratio':>6} "
          f"{f'plain Tables/{PLAIN_CHUNK}':>17} {'ratio':>6}")
    for r in rows:
        print(f"{r['rows']:>8,} {r['pdf_s']:>7.3f} s {r['pages']:>6} {r['pdf_s'] / r['rows'] * 1000:>7.3f} "
              f"{r['plain_s']:>10.3f} s {r['pdf_s'] / r['plain_s']:>5.2f}x "
              f"{r['plain_chunked_s']:>15.3f} s {r['pdf_s'] / r['plain_chunked_s']:>5.2f}x")
    first, last = rows[0], rows[-1]

    def growth(key: str) -> float:
        return (last[key] / last["rows"]) / (first[key] / first["rows"])

    print(f"time per row, {first['rows']:,} → {last['rows']:,} rows: ledger {growth('pdf_s'):.2f}x, "
          f"plain Table {growth('plain_s'):.2f}x, plain Tables/{PLAIN_CHUNK} {growth('plain_chunked_s'):.2f}x "
          f"(targets: ledger ≤ 1.2x; ratio to plain Tables/{PLAIN_CHUNK} ≤ 2.0x at each size)")


def bench_ledger_pdf(tmp: Path, argv: list[str]) -> list[dict]:
    rows = figures(demo_data(tmp))
    print_figures(rows)
    return rows
