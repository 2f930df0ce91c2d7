"""A process that may hold the key cannot leave a core dump (issue 11)."""

import subprocess
import sys

PROBE = """
import contextlib, ctypes, io, resource
import kojin_desk.cli as cli
with contextlib.redirect_stdout(io.StringIO()):
    code = cli.main(["forms", "list"])
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
try:
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    raised = "raised"
except ValueError:
    raised = "stays 0"
print(code, soft, hard, dumpable, raised)
"""


def _run(script: str) -> str:
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_entry_point_turns_core_dumps_off_for_good():
    assert _run(PROBE) == "0 0 0 0 stays 0"


def test_a_plain_python_process_may_dump_so_the_probe_measures_something():
    assert _run("import ctypes; print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))") == "1"


def test_disable_core_dumps_alone():
    out = _run("import resource; from kojin_desk.cli import disable_core_dumps; disable_core_dumps();"
               " print(resource.getrlimit(resource.RLIMIT_CORE))")
    assert out == "(0, 0)"
