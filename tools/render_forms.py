"""Regenerate page images of every form at 100 dpi under docs/forms/, from realistic data.

    python tools/render_forms.py            # every form
    python tools/render_forms.py pledge     # one form

The data is the typesetting test's (tests/realistic_gen.py): a printing company's contract with 福祉局,
six-digit quantities, 和暦 dates, 𠮷田 and 髙橋; tables of 12 rows so that a page image shows a whole form.
Images are drawn with pypdfium2 (a dependency already), as `pdftoppm -r 100` would.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from realistic_gen import generate  # noqa: E402

from kojin_desk.formkit.data import validate  # noqa: E402
from kojin_desk.formkit.definition import all_forms  # noqa: E402
from kojin_desk.pdf.render import render  # noqa: E402

OUT = ROOT / "docs" / "forms"
ROWS = {"handling_ledger": 40, "send_log": 30, "destruction_certificate": 4}


def main(ids: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for form_id, form in all_forms().items():
        if ids and form_id not in ids:
            continue
        data = generate(form, rows=ROWS.get(form_id, 12), long_remarks=False)
        if form_id == "destruction_certificate":
            data.update(retained=data["retained"][:1], remarks="", attachments="溶解証明書（㈱東京リサイクル）、データ消去作業記録")
        clean, problems = validate(form, data)
        if problems:
            print(form_id, [p.code for p in problems], file=sys.stderr)
            return 1
        for old in OUT.glob(f"{form_id}-*.png"):
            old.unlink()
        doc = pdfium.PdfDocument(render(form, clean))
        for i, page in enumerate(doc, 1):
            page.render(scale=100 / 72).to_pil().convert("L").save(OUT / f"{form_id}-{i}.png", optimize=True)
        print(f"{form_id}: {len(doc)} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
