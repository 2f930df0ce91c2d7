"""Core code never imports Qt (design.md: layers in one direction)."""

import ast
import subprocess
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "kojin_desk"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_core_module_imports_pyside6():
    offenders = [p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
                 if "ui" not in p.relative_to(SRC).parts and "PySide6" in _imports(p)]
    assert offenders == []


def test_the_check_itself_sees_qt_imports():
    ui_files = list((SRC / "ui").rglob("*.py"))
    assert any("PySide6" in _imports(p) for p in ui_files)


def test_core_import_does_not_load_qt():
    import subprocess
    import sys

    code = ("import sys, kojin_desk.cli, kojin_desk.areas.check, kojin_desk.areas.transfer, "
            "kojin_desk.areas.demo, kojin_desk.pdf.render; print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


ROOT = SRC.parents[1]


def _lint_imports(src_root: Path) -> subprocess.CompletedProcess:
    import os
    import shutil
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(src_root)}
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    return subprocess.run([exe, "--config", str(ROOT / "pyproject.toml"), "--no-cache"], cwd=src_root,
                          env=env, capture_output=True, text=True)


def test_layer_contracts_hold():
    result = _lint_imports(SRC.parent)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "4 kept, 0 broken" in result.stdout


@pytest.mark.parametrize("module, bad_import", [
    ("ui/widgets.py", "from kojin_desk.store import repos"),
    ("ui/widgets.py", "from kojin_desk.areas.ledger import repo"),
    ("areas/people/service.py", "from kojin_desk.areas.places import service"),
    ("store/vault.py", "from kojin_desk.areas import check"),
])
def test_a_deliberate_violation_breaks_the_contracts(tmp_path, module, bad_import):
    import shutil

    copy = tmp_path / "src" / "kojin_desk"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{bad_import}  # noqa\n", encoding="utf-8")
    result = _lint_imports(tmp_path / "src")
    assert result.returncode != 0 and "BROKEN" in result.stdout.upper(), result.stdout[-2000:]


def test_each_area_imports_only_the_areas_it_needs():
    from kojin_desk.areas.registry import AREAS

    keys = {a.key for a in AREAS}
    for a in AREAS:
        allowed = {a.key, *a.needs}
        for path in (SRC / "areas" / a.key).rglob("*.py"):
            for name in _modules(path):
                parts = name.split(".")
                if parts[:2] == ["kojin_desk", "areas"] and len(parts) > 2 and parts[2] in keys:
                    assert parts[2] in allowed, f"{path.relative_to(SRC)} imports {name}; {a.key} needs only {a.needs}"


def _modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
    return names


def test_ruff_is_clean():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "ruff", "check", "src", "tests", "tools", "bench"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
