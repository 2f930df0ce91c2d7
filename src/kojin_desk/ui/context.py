"""What every area shares: the open vault, the chosen contract, the settings. Passed in, never global."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kojin_desk.settings import Settings


class Context(QObject):
    contract_changed = Signal()
    data_changed = Signal()
    action_requested = Signal(str)  # "<area>/<step>", run by the main window

    def __init__(self, vault, settings: Settings, settings_dir: Path) -> None:
        super().__init__()
        self.vault = vault
        self.settings = settings
        self.settings_dir = Path(settings_dir)
        self.contract_id: int | None = None

    def set_contract(self, contract_id: int | None) -> None:
        if contract_id != self.contract_id:
            self.contract_id = contract_id
            self.contract_changed.emit()

    def save_settings(self) -> None:
        self.settings.save(self.settings_dir)
