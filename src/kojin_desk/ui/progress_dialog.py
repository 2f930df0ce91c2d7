"""A progress dialog fed by the core's progress callbacks (kojin_desk.progress): shown when the work has
lasted a second, closed when it ends; its Cancel button (where offered) stops the work with Cancelled."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from kojin_desk.progress import Cancelled


class WorkProgress:
    """Use as `with WorkProgress(parent, title, cancellable) as progress: service(…, progress=progress)`."""

    SHOW_AFTER_S = 1.0  # shorter work shows nothing (tests set 0)

    def __init__(self, parent: QWidget | None, title: str, cancellable: bool = False) -> None:
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("work_progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)  # work of several steps: each runs to its own total
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(2**31 - 1)  # shown by us, after SHOW_AFTER_S
        if cancellable:
            self.dialog.setCancelButtonText(QCoreApplication.translate("WorkProgress", "Cancel"))
        else:
            self.dialog.setCancelButton(None)
        self.dialog.hide()
        self._start = time.monotonic()
        self._last = 0.0

    def __call__(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if now - self._last < 0.05 and done != total and self.dialog.isVisible():
            return
        self._last = now
        if not self.dialog.isVisible() and now - self._start >= self.SHOW_AFTER_S:
            self.dialog.show()
        self.dialog.setLabelText(label)
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        # Until the dialog (window-modal) is up, clicks wait: the work is not entered twice.
        flags = (QEventLoop.ProcessEventsFlag.AllEvents if self.dialog.isVisible()
                 else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        QApplication.processEvents(flags)
        if self.dialog.wasCanceled():
            raise Cancelled()

    def __enter__(self) -> "WorkProgress":
        return self

    def __exit__(self, *exc) -> bool:
        self.dialog.close()
        self.dialog.deleteLater()
        return False
