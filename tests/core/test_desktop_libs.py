"""On a Linux desktop without Qt's X11 libraries: one clear line naming the packages, not Qt's message."""

import os
import subprocess
import sys

from kojin_desk import i18n
from kojin_desk.desktop_libs import XCB_LIBS, check_gui_libraries, missing_libraries, missing_message, uses_xcb

MISSING = ("libkojin-desk-test-missing.so.9", "libkojin-desk-test-missing9", "kojin-desk-test-missing")


def test_x11_is_checked_only_when_qt_would_use_it():
    assert uses_xcb({}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({}, "win32")
    assert not uses_xcb({}, "darwin")


def test_the_table_names_the_libraries_qt_s_own_message_gets_wrong():
    sonames = {row[0] for row in XCB_LIBS}
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0", "libxkbcommon-x11.so.0"} <= sonames


def test_a_missing_library_is_found_and_a_present_one_is_not():
    present = ("libc.so.6", "libc6", "glibc")
    assert missing_libraries((present, MISSING)) == [MISSING]


def test_the_message_is_one_line_with_both_package_managers():
    icccm = next(row for row in XCB_LIBS if row[0] == "libxcb-icccm.so.4")
    line = missing_message([icccm, MISSING])
    assert "\n" not in line
    assert "sudo apt install libxcb-icccm4 libkojin-desk-test-missing9" in line
    assert "sudo dnf install xcb-util-wm kojin-desk-test-missing" in line
    i18n.set_language("en")
    assert missing_message([icccm]).startswith("The libraries the window needs are missing.")


def test_packages_shared_by_several_libraries_are_named_once():
    rows = [row for row in XCB_LIBS if row[2] == "libxcb"][:3]
    assert len(rows) == 3
    assert missing_message(rows).endswith("sudo dnf install libxcb）")


def test_offscreen_and_other_systems_need_nothing():
    assert check_gui_libraries({"QT_QPA_PLATFORM": "offscreen"}, "linux", (MISSING,)) == ""
    assert check_gui_libraries({}, "win32", (MISSING,)) == ""
    assert check_gui_libraries({}, "linux", (MISSING,)) != ""


def test_gui_command_prints_the_line_and_exits_5_before_loading_qt(tmp_path):
    script = (
        "import sys\n"
        "import kojin_desk.desktop_libs as d\n"
        f"d.XCB_LIBS = d.XCB_LIBS + ({MISSING!r},)\n"
        "import kojin_desk.cli as cli\n"
        f"code = cli.main(['gui', '--data-dir', {str(tmp_path)!r}])\n"
        "print('qt loaded' if 'PySide6.QtWidgets' in sys.modules else 'qt not loaded')\n"
        "sys.exit(code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["KOJIN_DESK_LANG"] = "ja"
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 5
    assert done.stdout.strip() == "qt not loaded"
    lines = done.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("画面を開くためのライブラリが足りません。")
    assert "libkojin-desk-test-missing9" in lines[0] and "kojin-desk-test-missing" in lines[0]
    assert "qt.qpa" not in done.stderr and "Traceback" not in done.stderr
