"""Ledger column labels, defined once for the entry row and the table.

Each call is written out in full: lupdate only finds literal QCoreApplication.translate calls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def ledger_labels() -> dict[str, str]:
    return {
        "seq": QCoreApplication.translate("Ledger", "No."),
        "at": QCoreApplication.translate("Ledger", "Date and time"),
        "kind": QCoreApplication.translate("Ledger", "Kind"),
        "item": QCoreApplication.translate("Ledger", "Item"),
        "quantity": QCoreApplication.translate("Ledger", "Quantity"),
        "medium": QCoreApplication.translate("Ledger", "Medium"),
        "place": QCoreApplication.translate("Ledger", "Place"),
        "person": QCoreApplication.translate("Ledger", "Person in charge"),
        "counterpart": QCoreApplication.translate("Ledger", "From / to"),
        "note": QCoreApplication.translate("Ledger", "Note"),
        "equipment": QCoreApplication.translate("Ledger", "Equipment"),
        "corrects": QCoreApplication.translate("Ledger", "Corrects"),
    }
