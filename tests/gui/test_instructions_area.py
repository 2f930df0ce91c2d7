"""Tokyo's instructions and approvals: recorded from the GUI with a scan kept in the vault, and what they allow."""

from dialogs import typed_in
from PySide6.QtWidgets import QFileDialog

from kojin_desk.areas.instructions import service as instructions
from kojin_desk.settings import Settings
from kojin_desk.store.vault import Vault
from kojin_desk.ui.context import Context
from kojin_desk.ui.record_editor import RecordDialog


def test_an_approval_recorded_with_its_scan_survives_a_restart(qtbot, demo_vault, tmp_path, monkeypatch):
    from kojin_desk.ui.areas.instructions.area import InstructionsPage

    ctx = Context(demo_vault, Settings(), tmp_path)
    ctx.contract_id = 1
    page = InstructionsPage(ctx)
    qtbot.addWidget(page)
    before = page.list.table.rowCount()
    values = {"kind": "改善の指示（第14条）", "received_on": "R8.11.20", "reference": "８主課指第９９９号",
              "issuer": "東京都主税局課税部課税指導課　課長　佐藤 明", "summary": "保管庫の鍵の受渡し記録を日次で確認すること。"}

    monkeypatch.setattr(RecordDialog, "exec", typed_in(values))
    page.list.add()
    assert page.list.table.rowCount() == before + 1
    scan = tmp_path / "通知書.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter from Tokyo")
    row = next(r for r in range(page.list.table.rowCount()) if "999" in page.list.table.item(r, 2).text())
    page.list.table.selectRow(row)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(scan), "")))
    page.attach_scan()

    data_dir = demo_vault.data_dir
    demo_vault.close()
    again = Vault.unlock(data_dir, "test-passphrase")
    kept = next(i for i in instructions.instructions(again, 1) if i.reference == "8主課指第999号")  # digits folded
    assert kept.received_on == "2026-11-20" and kept.kind == "改善の指示（第14条）"
    assert instructions.scan(again, kept.id) == (b"%PDF-1.4 scanned letter from Tokyo", "通知書.pdf")
    again.close()


def test_record_columns_keep_the_width_the_user_gave_them(qtbot, demo_vault, tmp_path):
    from kojin_desk.ui.areas.instructions.area import InstructionsPage

    settings = Settings()
    ctx = Context(demo_vault, settings, tmp_path)
    ctx.contract_id = 1
    page = InstructionsPage(ctx)
    qtbot.addWidget(page)
    table = page.list.table
    assert max(table.columnWidth(c) for c in range(table.columnCount())) <= 360  # no column pushes the rest away
    table.setColumnWidth(1, 123)  # as a user dragging the header
    again = InstructionsPage(Context(demo_vault, settings, tmp_path))  # the same settings, as after a restart
    qtbot.addWidget(again)
    again.ctx.contract_id = 1
    again.refresh()
    assert again.list.table.columnWidth(1) == 123
