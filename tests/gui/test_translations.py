"""Japanese first: every UI string has a translation, the shipped .qm matches the .ts, Qt's own is loaded."""

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kojin_desk.paths import I18N_DIR

TS = I18N_DIR / "kojin_desk_ja.ts"


def test_every_message_is_translated():
    unfinished = [m.findtext("source") for m in ET.parse(TS).iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []


def test_shipped_qm_is_built_from_the_ts(tmp_path):
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    out = tmp_path / "check.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (I18N_DIR / "kojin_desk_ja.qm").read_bytes()


def test_strings_in_source_are_all_in_the_ts(tmp_path):
    import shutil

    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    copy = tmp_path / "copy.ts"
    shutil.copy(TS, copy)
    src = Path(__file__).resolve().parents[2] / "src" / "kojin_desk" / "ui"
    result = subprocess.run([str(lupdate), *map(str, src.rglob("*.py")), "-ts", str(copy)],
                            check=True, capture_output=True, text=True)
    assert re.search(r"\(0 new\b", result.stdout), result.stdout  # not 「70 new」


def test_qt_own_japanese_is_loaded(qapp):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    assert QCoreApplication.translate("QWizard", "&Next >") == "次へ(&N) >"
    assert QCoreApplication.translate("UnlockDialog", "Unlock") == "開く"
