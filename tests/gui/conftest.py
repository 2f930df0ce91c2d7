import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """Message boxes would wait for a human: record them instead."""
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, _n=name, **k: shown.append((_n, a)) or QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture(autouse=True)
def japanese_ui(qapp):
    from kojin_desk.ui import translations

    translations.install(qapp, "ja")
    yield
