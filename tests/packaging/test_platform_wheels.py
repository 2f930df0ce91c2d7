"""The platform check of tools/check_platform_wheels.py, without the network: tags, markers, requirements."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("check_platform_wheels", ROOT / "tools" / "check_platform_wheels.py")
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)


def test_reads_the_runtime_requirements_from_pyproject():
    reqs = tool.runtime_requirements()
    names = {r.split("=")[0].split(">")[0].lower() for r in reqs}
    assert {"pyside6-essentials", "sqlcipher3", "reportlab", "keyring", "platformdirs", "cryptography"} <= names
    assert not any("sqlcipher3-binary" in r for r in reqs)  # Linux wheels only


def test_every_user_platform_is_checked():
    assert set(tool.PLATFORMS) == {"win_amd64", "macosx_14_0_arm64", "macosx_14_0_x86_64", "manylinux_2_34_x86_64"}


def test_linux_tags_include_the_older_glibc_ones():
    tags = tool.manylinux(34)
    assert tags[0] == "manylinux_2_34_x86_64"
    assert {"manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64", "manylinux1_x86_64"} <= set(tags)


def _item(name, *requires):
    return {"metadata": {"name": name, "requires_dist": list(requires)}}


def test_finds_a_dependency_only_the_target_platform_needs():
    items = [_item("keyring", 'pywin32-ctypes>=0.2.0; sys_platform == "win32"',
                   'SecretStorage>=3.2; sys_platform == "linux"', "jaraco.classes", 'pytest; extra == "test"'),
             _item("jaraco.classes"), _item("SecretStorage")]
    windows = tool.target_environment(tool.PLATFORMS["win_amd64"][1])
    linux = tool.target_environment(tool.PLATFORMS["manylinux_2_34_x86_64"][1])
    assert tool.missing_for_target(items, windows) == ["pywin32-ctypes>=0.2.0"]
    assert tool.missing_for_target(items, linux) == []
