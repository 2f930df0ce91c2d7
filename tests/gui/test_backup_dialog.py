"""Settings › Backups: back up now with progress, restore beside the vault swapped only on confirmation,
the dashboard's line, and the inspection's "verify a backup"."""

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from kojin_desk.areas import backup_service, transfer
from kojin_desk.areas.ledger import inspections as ledger
from kojin_desk.settings import Settings
from kojin_desk.store import backup_rotation
from kojin_desk.ui.backup_dialog import BackupDialog
from kojin_desk.ui.context import Context

PASS = "test-passphrase"


def _ctx(vault, tmp_path, **settings):
    (tmp_path / "usb").mkdir(exist_ok=True)
    ctx = Context(vault, Settings(backup_dir=str(tmp_path / "usb"), **settings), tmp_path)
    ctx.contract_id = 1
    return ctx


def test_back_up_now_then_restore_swapped_only_on_confirmation(qtbot, demo_vault, tmp_path, monkeypatch, no_modal_boxes):
    ctx = _ctx(demo_vault, tmp_path)
    reopened = []
    dialog = BackupDialog(ctx, lambda: reopened.append(ctx.vault))
    qtbot.addWidget(dialog)
    assert "見つかりません" not in dialog.status.text()
    dialog.back_up_now()
    made = backup_rotation.backups(tmp_path / "usb", demo_vault.vault_id)
    assert len(made) == 1 and no_modal_boxes[-1][0] == "information"
    assert "最後の正常なバックアップ" in dialog.status.text() and dialog.status.styleSheet() == ""
    original = transfer.dumps(demo_vault)
    ledger.set_inspection_plan(demo_vault, 1, 6, "2026-10-01")  # a change made after the backup

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(made[0].path), "")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (PASS, True)))
    monkeypatch.setattr(dialog, "ask_how", lambda made_on: "replace")
    questions = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a: questions.append(text) or QMessageBox.StandardButton.No))
    dialog.restore()  # declined: nothing changes, the restored copy is gone
    assert ctx.vault is demo_vault and demo_vault.is_open
    assert str(demo_vault.data_dir) in questions[-1] and "replaced-" in questions[-1]
    assert not [p for p in demo_vault.data_dir.iterdir() if p.name.startswith((".tmp-", "replaced-"))]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    dialog.restore()
    assert reopened and ctx.vault is not demo_vault and ctx.vault.is_open and not demo_vault.is_open
    assert transfer.dumps(ctx.vault) == original
    kept = [c for c in backup_rotation.copies_in_data_dir(ctx.vault.data_dir) if c.kind == "replaced"]
    assert len(kept) == 1 and (kept[0].path / "vault.db").exists() and (kept[0].path / "vault.key").exists()
    ctx.vault.close()


def test_restore_into_a_new_folder_leaves_the_vault_alone(qtbot, demo_vault, tmp_path, monkeypatch, no_modal_boxes):
    ctx = _ctx(demo_vault, tmp_path)
    path = backup_service.back_up(demo_vault, ctx.settings, tmp_path)
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    (tmp_path / "new").mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "new")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (PASS, True)))
    monkeypatch.setattr(dialog, "ask_how", lambda made_on: "new_folder")
    dialog.restore()
    assert (tmp_path / "new" / "vault.db").exists() and ctx.vault is demo_vault and demo_vault.is_open
    assert no_modal_boxes[-1][0] == "information"


def test_dashboard_warns_when_the_medium_is_away(qtbot, demo_vault, tmp_path):
    from kojin_desk.ui.areas.dashboard import DashboardArea

    ctx = _ctx(demo_vault, tmp_path)
    ctx.settings.backup_dir = str(tmp_path / "unplugged")
    area = DashboardArea(ctx, {})
    qtbot.addWidget(area)
    assert "見つかりません" in area.backup.text() and "b00020" in area.backup.styleSheet()
    texts = [area.todo.item(i).text() for i in range(area.todo.count())]
    assert any("見つかりません" in t for t in texts)
    ctx.settings.backup_dir = str(tmp_path / "usb")
    backup_service.back_up(demo_vault, ctx.settings, tmp_path)
    area.refresh()
    assert "最後の正常なバックアップ" in area.backup.text() and area.backup.styleSheet() == ""
    assert "令和" in area.backup.text() and "-" not in area.backup.text().split(":")[1]  # 和暦, as every date around it


def test_inspection_records_a_verified_backup(qtbot, demo_vault, tmp_path, monkeypatch):
    from kojin_desk.ui.areas.ledger.inspections_tab import InspectionDialog

    ctx = _ctx(demo_vault, tmp_path)
    path = backup_service.back_up(demo_vault, ctx.settings, tmp_path)
    dialog = InspectionDialog(ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    dialog.inspector.setText("渡邉 次郎")
    dialog.media_ok.setChecked(True)
    dialog.findings.setPlainText("保管庫の所在を確認。")
    dialog.verify_backup()
    dialog.save()
    record = ledger.list_inspections(demo_vault, 1)[-1]
    assert record["findings"].startswith("保管庫の所在を確認。\n") and path.name in record["findings"]
    assert "異常なし" in record["findings"] and record["media_ok"]


def test_a_due_backup_runs_again_after_the_lock_screen(qtbot, demo_vault, tmp_path, monkeypatch):
    from kojin_desk.settings import Settings
    from kojin_desk.store.vault import Vault
    from kojin_desk.ui import backup_dialog
    from kojin_desk.ui.context import Context
    from kojin_desk.ui.main_window import MainWindow

    ran = []
    monkeypatch.setattr(backup_dialog, "run_backup", lambda w, ctx, scheduled=False: ran.append(scheduled) or False)
    data_dir = demo_vault.data_dir
    window = MainWindow(Context(demo_vault, Settings(), tmp_path), lambda: Vault.unlock(data_dir, "test-passphrase"))
    qtbot.addWidget(window)
    window.backups_at_unlock = True
    window.lock()
    window.unlock()
    qtbot.waitUntil(lambda: ran == [True], timeout=2000)
    window.ctx.vault.close()
