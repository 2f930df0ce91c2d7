"""No core dump of a process that holds the database key.

A core file (or a crash handler's dump) would hold the key and decrypted pages in plaintext on
disk, so before any key is derived the process gives up dumping for good: on POSIX the hard
RLIMIT_CORE goes to 0 and, on Linux, the process is marked non-dumpable (which also covers a
core_pattern that pipes to systemd-coredump or apport, and keeps other processes of the same user
from attaching to read its memory). On Windows the crash dialog and error boxes are off, so
Windows Error Reporting shows nothing to send; we install no crash or minidump handler of our own.
"""

from __future__ import annotations

import ctypes
import os
import sys

PR_SET_DUMPABLE = 4
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def disable_core_dumps() -> None:
    if os.name == "nt":
        _windows_no_error_boxes()
        return
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass  # a hard limit below 0 is impossible; nothing else can make this fail that we can fix
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def _windows_no_error_boxes() -> None:
    try:
        kernel32 = ctypes.WinDLL("kernel32")
        kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    except (OSError, AttributeError):
        pass
