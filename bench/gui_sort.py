"""Run alone by `bench/run.py scale` (its peak memory is the figure): unlock the vault in argv[1], open the main
window and the ledger, sort by every column both ways and scroll to the end of each order."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(vault_dir: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kojin_desk.services import vault_access
    from kojin_desk.settings import Settings
    from kojin_desk.ui.app import show_main

    app = QApplication([])
    vault = vault_access.unlock(vault_dir, os.environ["KOJIN_DESK_PASSPHRASE"])
    window = show_main(app, vault, Settings(), Path(tempfile.mkdtemp()), lambda: None)
    window.open_area("ledger")
    app.processEvents()
    tab = window.current_area().ledger_tab
    for column in range(tab.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tab.view.sortByColumn(column, order)
            tab.view.scrollToBottom()
            app.processEvents()
    window.close()
    vault.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
