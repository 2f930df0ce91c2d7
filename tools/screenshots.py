"""Write docs/*.png: the main window on the demo vault, the certificate wizard, page 1 of the certificate.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from kojin_desk.areas import demo
    from kojin_desk.paths import FONTS_DIR
    from kojin_desk.services import documents
    from kojin_desk.settings import Settings
    from kojin_desk.ui import fonts, translations
    from kojin_desk.ui.areas.people.staff_wizard import StaffWizard
    from kojin_desk.ui.context import Context
    from kojin_desk.ui.form_wizard import FormWizard
    from kojin_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    # Headless machines may lack a Japanese UI font; use the shipped Gothic for the pictures.
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONTS_DIR / "ipaexg.ttf")))[0]
    app.setFont(QFont(family, 10))
    fonts.install(app)  # as the app does: IPAmj Mincho for the rare name kanji
    translations.install(app, "ja")
    out = ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        vault = demo.build(Path(tmp) / "demo")
        ctx = Context(vault, Settings(), Path(tmp))
        window = MainWindow(ctx, lambda: None)
        window.resize(1100, 680)
        window.show()
        app.processEvents()
        window.grab().save(str(out / "main-window.png"))
        window.area_list.setCurrentRow(1)
        app.processEvents()
        window.grab().save(str(out / "people.png"))
        wizard = StaffWizard(ctx)
        wizard.show()
        app.processEvents()
        wizard.grab().save(str(out / "staff-wizard.png"))
        wizard.reject()
        window.area_list.setCurrentRow(2)
        window.places.tabs.setCurrentWidget(window.places.movements)
        app.processEvents()
        window.grab().save(str(out / "send-log.png"))
        window.area_list.setCurrentRow(3)
        app.processEvents()
        window.grab().save(str(out / "ledger.png"))
        window.contracts.setCurrentIndex(1)
        window.area_list.setCurrentRow(4)
        app.processEvents()
        window.grab().save(str(out / "documents.png"))
        wizard = FormWizard(ctx, "destruction_certificate")
        wizard.show()
        wizard.next()
        page = wizard.table_pages[0]
        for row in demo.certificate_data(demo.OFFICE, demo.PREVIOUS)["destroyed"]:
            page.add_row(row)
        app.processEvents()
        wizard.grab().save(str(out / "wizard-table.png"))
        wizard.reject()
        doc = documents.list_documents(vault, 2)[0]
        pdf = documents.get_document(vault, doc["id"])["pdf"]
        pdf_path = Path(tmp) / "cert.pdf"
        pdf_path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf_path),
                        str(out / "destruction-certificate")], check=True)
        window.close()
        vault.close() if vault.is_open else None


if __name__ == "__main__":
    sys.exit(main())
