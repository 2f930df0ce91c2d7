"""One handler for unexpected errors: a plain message (what failed, what to do) and a report without personal data.

Used by `sys.excepthook` (an exception escaping any Qt slot) and by `guard`/`guarded` around the actions of the
main window, which also name the action that failed. A KojinError is not unexpected: its message is shown as is.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from kojin_desk.errors import KojinError


def message(what: str, report: Path | None) -> str:
    """The plain text shown to the user: never the exception's name or its message."""
    if what:
        failed = QCoreApplication.translate("Unexpected", "“%1” could not be completed because of an unexpected problem.").replace("%1", what)
    else:
        failed = QCoreApplication.translate("Unexpected", "The last operation could not be completed because of an unexpected problem.")
    todo = QCoreApplication.translate("Unexpected", "Check whether your last input was saved and try again. The vault itself is not affected.")
    if report is None:
        return f"{failed}\n\n{todo}"
    send = QCoreApplication.translate("Unexpected", "If it happens again, please send this report to your support contact (it holds no personal information, only where in the program the problem occurred):")
    return f"{failed}\n\n{todo}\n\n{send}\n{report}"


def report(parent: QWidget | None, error: BaseException, what: str = "") -> Path | None:
    """Tell the user and write the report; the report's path (None for a KojinError or if it could not be written)."""
    from kojin_desk.services.vault_access import user_error

    known = user_error(error)  # the app's own errors, and SQLCipher's (busy, disk full, damaged) in its words
    if known is not None:
        QMessageBox.warning(parent, "kojin_desk", str(known))
        return None
    from kojin_desk.error_report import write_report

    try:
        path = write_report(error, {"qt": qVersion()})
    except (OSError, KojinError):
        path = None  # a full disk must not hide the message itself
    QMessageBox.critical(parent, QCoreApplication.translate("Unexpected", "Something went wrong"), message(what, path))
    return path


def excepthook(kind, value, tb) -> None:
    """sys.excepthook: an exception that escaped a slot."""
    if os.environ.get("KOJIN_DESK_DEBUG"):
        sys.__excepthook__(kind, value, tb)
        return
    if value is None:
        value = kind()
    if value.__traceback__ is None:
        value = value.with_traceback(tb)
    if isinstance(value, (KeyboardInterrupt, SystemExit)):
        return
    report(None, value)


@contextmanager
def guard(parent: QWidget | None, what: str):
    """Run a block; an exception becomes the plain message naming `what` and a report."""
    try:
        yield
    except Exception as exc:  # noqa: BLE001 - the one place every unexpected error ends
        report(parent, exc, what)


def guarded(parent: QWidget | None, what: str, slot: Callable[[], object]) -> Callable[..., None]:
    """A slot for a signal (its arguments ignored) that runs `slot` under `guard`."""
    def run(*_args) -> None:
        with guard(parent, what):
            slot()
    return run
