"""The Windows installer script (not runnable here): Japanese UI, start menu, and the vault survives uninstall."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "windows" / "kojin_desk.iss").read_text(encoding="utf-8")


def _section(name: str) -> str:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    return match.group(1) if match else ""


def test_japanese_wizard_and_a_start_menu_entry():
    assert 'MessagesFile: "compiler:Languages\\Japanese.isl"' in _section("Languages")
    assert '{autoprograms}\\kojin_desk"; Filename: "{app}\\kojin_desk.exe"' in _section("Icons")


def test_installs_the_pyinstaller_folder_the_spec_builds():
    assert 'Source: "..\\..\\dist\\kojin_desk\\*"' in _section("Files")
    assert "DefaultDirName={autopf}\\kojin_desk" in _section("Setup")


def test_the_uninstaller_never_deletes_the_data_folder():
    # paths.default_data_dir() on Windows is %LOCALAPPDATA%\kojin_desk (platformdirs, appauthor=False).
    assert _section("UninstallDelete") == "" and _section("InstallDelete") == ""
    assert "DelTree" not in ISS and "DeleteFile" not in ISS and "RemoveDir" not in ISS
    assert "{localappdata}" not in ISS.lower().split("[code]")[0]
    assert "{autopf}" in ISS and "PrivilegesRequired=lowest" in ISS  # {app} is %LOCALAPPDATA%\Programs\kojin_desk


def test_the_ci_workflow_builds_smoke_tests_and_packages():
    workflow = (ROOT / ".github" / "workflows" / "packaging.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in workflow
    for step in ("packaging/kojin_desk.spec", "bash packaging/smoke_test.sh dist/kojin_desk",
                 "iscc", "packaging\\windows\\kojin_desk.iss", "actions/upload-artifact"):
        assert step in workflow
