"""Fail if a runtime dependency has no binary wheel for one of the platforms our users run.

    python tools/check_platform_wheels.py        # CI runs this before the tests (network to PyPI)

For each platform, pip resolves pyproject.toml's runtime dependencies with binary wheels only, for
CPython 3.11 and that platform's tags, without installing anything (`pip install --dry-run --report`:
the same resolution as `pip download --only-binary=:all: --platform …`, without fetching ~100 MB of
Qt per platform). pip evaluates environment markers for the machine it runs on, not the target, so
the dependencies the target platform alone needs (keyring's pywin32-ctypes on Windows) are found
from the resolved metadata and resolved in a second round.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

try:
    from packaging.markers import default_environment
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
except ImportError:  # pip carries its own copy
    from pip._vendor.packaging.markers import default_environment
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYTHON = "3.11"


def manylinux(glibc_minor: int, arch: str = "x86_64") -> list[str]:
    # pip does not widen a manylinux --platform to the older glibc tags, so list them all.
    tags = [f"manylinux_2_{m}_{arch}" for m in range(glibc_minor, 4, -1)]
    return tags + [f"manylinux2014_{arch}", f"manylinux2010_{arch}", f"manylinux1_{arch}"]


# name: (pip --platform tags, target environment for markers). macOS 14 (the CI runners; PySide6 6.11
# wheels need 13) and glibc 2.34 (PySide6's oldest); pip widens a macOS tag to older versions.
PLATFORMS = {
    "win_amd64": (["win_amd64"], {"sys_platform": "win32", "platform_system": "Windows",
                                  "os_name": "nt", "platform_machine": "AMD64"}),
    "macosx_14_0_arm64": (["macosx_14_0_arm64"], {"sys_platform": "darwin", "platform_system": "Darwin",
                                                  "os_name": "posix", "platform_machine": "arm64"}),
    "macosx_14_0_x86_64": (["macosx_14_0_x86_64"], {"sys_platform": "darwin", "platform_system": "Darwin",
                                                    "os_name": "posix", "platform_machine": "x86_64"}),
    "manylinux_2_34_x86_64": (manylinux(34), {"sys_platform": "linux", "platform_system": "Linux",
                                              "os_name": "posix", "platform_machine": "x86_64"}),
}


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    return list(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"])


def target_environment(overrides: dict) -> dict:
    env = default_environment()
    env.update(python_version=PYTHON, python_full_version=f"{PYTHON}.0", implementation_name="cpython",
               platform_python_implementation="CPython", extra="")
    env.update(overrides)
    return env


def resolve(requirements: list[str], tags: list[str]) -> tuple[list[dict], str]:
    """pip's resolution for these tags: the report's install items, or [] and pip's error lines."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed",
               "--only-binary=:all:", "--python-version", PYTHON, "--implementation", "cp",
               "--target", str(Path(tmp) / "target"), "--report", str(report)]
        for tag in tags:
            cmd += ["--platform", tag]
        done = subprocess.run(cmd + requirements, capture_output=True, text=True)
        if done.returncode != 0:
            errors = [line for line in done.stderr.splitlines() if line.startswith("ERROR")]
            return [], "\n".join(errors) or done.stderr.strip()
        return json.loads(report.read_text(encoding="utf-8"))["install"], ""


def missing_for_target(items: list[dict], env: dict) -> list[str]:
    """Requirements the target platform needs that the resolution (made with this machine's markers) lacks."""
    have = {canonicalize_name(i["metadata"]["name"]) for i in items}
    wanted = {}
    for item in items:
        for text in item["metadata"].get("requires_dist", []):
            req = Requirement(text)
            if req.marker is not None and not req.marker.evaluate(env):
                continue
            if canonicalize_name(req.name) not in have:
                req.marker = None
                wanted[canonicalize_name(req.name)] = str(req)
    return sorted(wanted.values())


def check_platform(name: str, requirements: list[str]) -> tuple[list[str], str]:
    tags, overrides = PLATFORMS[name]
    env = target_environment(overrides)
    reqs = list(requirements)
    for _ in range(5):
        items, error = resolve(reqs, tags)
        if error:
            return [], error
        extra = missing_for_target(items, env)
        if not extra:
            break
        reqs += extra
    wheels = [i["download_info"]["url"].rsplit("/", 1)[-1] for i in items]
    not_wheels = [w for w in wheels if not w.endswith(".whl")]
    return wheels, (f"not a binary wheel: {', '.join(not_wheels)}" if not_wheels else "")


def main(argv: list[str]) -> int:
    names = argv or list(PLATFORMS)
    requirements = runtime_requirements()
    print(f"runtime requirements: {', '.join(requirements)}")
    failed = []
    for name in names:
        wheels, error = check_platform(name, requirements)
        if error:
            failed.append(name)
            print(f"FAIL {name} (CPython {PYTHON}, binary wheels only):\n  " + error.replace("\n", "\n  "))
            continue
        native = [w for w in wheels if not w.endswith("-none-any.whl")]
        print(f"ok   {name} (CPython {PYTHON}, binary wheels only): {len(wheels)} wheels; platform wheels: "
              + ", ".join(sorted(native)))
    if failed:
        print(f"platform wheel check failed for: {', '.join(failed)}")
        return 1
    print(f"platforms checked: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
