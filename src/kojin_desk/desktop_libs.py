"""Before Qt starts on a Linux desktop: are the X11 (xcb) libraries its platform plugin needs there?

Without them Qt prints a message that names the wrong library ("could not load the Qt platform plugin
xcb … xcb-cursor0") and aborts. We look for each one first and print one line naming the packages to
install. The table is the non-Qt NEEDED entries of PySide6's libqxcb.so and libQt6XcbQpa.so.6 (and the
GL, font and GLib libraries of libQt6Gui), with their Debian/Ubuntu and Fedora package names.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from kojin_desk.i18n import msg

# soname, Debian/Ubuntu package, Fedora package
XCB_LIBS: tuple[tuple[str, str, str], ...] = (
    ("libxcb.so.1", "libxcb1", "libxcb"),
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libX11.so.6", "libx11-6", "libX11"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("libGL.so.1", "libgl1", "libglvnd-glx"),
    ("libEGL.so.1", "libegl1", "libglvnd-egl"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    ("libfreetype.so.6", "libfreetype6", "freetype"),
    ("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)


def uses_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Will Qt pick its X11 plugin? On Linux, unless another plugin is asked for or a Wayland session runs."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def _loads(soname: str, bundled: list[Path]) -> bool:
    # A frozen build may carry some of these next to Qt; the plugin finds those through its rpath.
    if any((folder / soname).exists() for folder in bundled):
        return True
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _bundled_dirs() -> list[Path]:
    base = getattr(sys, "_MEIPASS", None)
    if not base:
        return []
    return [Path(base), Path(base) / "PySide6" / "Qt" / "lib"]


def missing_libraries(table=None) -> list[tuple[str, str, str]]:
    bundled = _bundled_dirs()
    return [row for row in (XCB_LIBS if table is None else table) if not _loads(row[0], bundled)]


def missing_message(missing: list[tuple[str, str, str]]) -> str:
    """One line: the packages to install, for Debian/Ubuntu and for Fedora."""
    debian = " ".join(dict.fromkeys(row[1] for row in missing))
    fedora = " ".join(dict.fromkeys(row[2] for row in missing))
    return msg("gui_libraries_missing", debian=debian, fedora=fedora)


def check_gui_libraries(environ=os.environ, platform: str = sys.platform, table=None) -> str:
    """The line to print instead of starting Qt, or "" when nothing is missing or X11 is not used."""
    if not uses_xcb(environ, platform):
        return ""
    missing = missing_libraries(table)
    return missing_message(missing) if missing else ""
