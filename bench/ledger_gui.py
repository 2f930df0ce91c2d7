"""The ledger page as the benchmarks drive it: a search typed into its filter, waited for until shown."""

from __future__ import annotations

# Common, rare and absent words of the demo ledger, cycled through by the timed searches.
SEARCH_WORDS = ["作業ロット1999", "齋藤", "存在しない語", "作業室B", "ロット77"]


def search(app, tab, text: str) -> None:
    tab.text_filter.blockSignals(True)  # no debounce timer: the filter runs now, once
    tab.text_filter.setText(text)
    tab.text_filter.blockSignals(False)
    tab.apply_filter()
    tab.model.index(0, 0).data()
    app.processEvents()
