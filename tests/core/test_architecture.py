"""Core code never imports Qt (design.md: layers in one direction)."""

import ast
from pathlib import Path

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
