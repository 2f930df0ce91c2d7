"""Install Qt translators: our own .qm and Qt's qtbase_ja.qm."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from kojin_desk import i18n
from kojin_desk.paths import I18N_DIR

_installed: list[QTranslator] = []
_data: list[bytes] = []  # the translations in memory: QTranslator keeps a pointer to them, not a copy


def install(app, language: str) -> str:
    """Switch the whole UI (and core messages) to `language`; returns the language used."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _data.clear()
    language = language if language in i18n.SUPPORTED else i18n.detect_language()
    i18n.set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English))
    if language == "ja":
        for name, folder in (("kojin_desk_ja", str(I18N_DIR)),
                             ("qtbase_ja", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
            t = QTranslator(app)
            # Read into memory: a file replaced while the app runs (an update) must not take the UI's language.
            try:
                data = (Path(folder) / f"{name}.qm").read_bytes()
            except OSError:
                continue
            if t.load(data):
                _data.append(data)
                app.installTranslator(t)
                _installed.append(t)
    return language
