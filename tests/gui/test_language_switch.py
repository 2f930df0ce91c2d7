"""The language switch applies at once; in English, stored Japanese values and articles read in English."""

from kojin_desk import i18n
from kojin_desk.settings import Settings
from kojin_desk.ui.context import Context
from kojin_desk.ui.labels import article_label, value_label
from kojin_desk.ui.main_window import MainWindow
from kojin_desk.ui.widgets import ArticleLink


def test_labels():
    assert (value_label("受領"), article_label("第4条")) == ("受領", "第4条")
    i18n.set_language("en")
    try:
        assert [value_label(v) for v in ("受領", "送付", "派遣労働者", "未知の値")] == [
            "Received", "Sending", "Dispatched worker", "未知の値"]
        assert [article_label(c) for c in ("第4条", "第5条第1項", "第11条第10項第2号", "第5条第3項なお書き", "別紙")] == [
            "Art. 4", "Art. 5(1)", "Art. 11(10)(2)", "Art. 5(3) proviso", "別紙"]
    finally:
        i18n.set_language("ja")


def test_switching_to_english_rebuilds_the_window_in_place(qtbot, demo_vault, tmp_path, no_modal_boxes):
    window = MainWindow(Context(demo_vault, Settings(), tmp_path), lambda: None)
    qtbot.addWidget(window)
    window.show()
    window.open_area("ledger")
    english = next(a for a in window.menuBar().actions()[0].menu().actions()[0].menu().actions() if a.text() == "English")
    try:
        english.trigger()
        assert window.ctx.settings.language == "en" and Settings.load(tmp_path).language == "en"
        assert window.area_list.currentRow() == window._keys.index("ledger")  # still where the user was
        assert [a.text() for a in window.toolbar.actions() if a.text()][:2] == ["New contract", "Edit contract"]
        assert window.area_list.item(0).text() == "Dashboard"
        ledger = window.area(window._keys.index("ledger")).ledger_tab
        kinds = {ledger.model.data(ledger.model.index(r, 2)) for r in range(ledger.model.rowCount())}
        assert "Received" in kinds and not kinds & {"受領", "送付"}
        assert ledger.kind_filter.itemText(1) == "Received" and ledger.kind_filter.itemData(1) == "受領"
        links = [w.text() for w in window.area(window._keys.index("ledger")).findChildren(ArticleLink)]
        assert links and all("第" not in t for t in links), links
        people = window.open_area("people")
        people.tabs.setCurrentIndex(1)
        registry = people.tabs.currentWidget().table
        column = [registry.horizontalHeaderItem(c).text() for c in range(registry.columnCount())].index("Employment")
        assert "Regular employee" in {registry.item(r, column).text() for r in range(registry.rowCount())}
        assert not no_modal_boxes
    finally:
        window.switch_language("ja")
    assert window.area_list.item(0).text() == "ダッシュボード" and i18n.language() == "ja"
