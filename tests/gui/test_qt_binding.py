"""The Qt binding itself: PySide6 6.12.0 dropped a reference to None on every call that returns nothing, and
Python 3.11 (whose None is not immortal) aborted after a few thousand of them — a long session, a big table."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_keep_nones_references(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("作業ロット")
    assert sys.getrefcount(None) - before > -50  # the broken binding loses 2,000
