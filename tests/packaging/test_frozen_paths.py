"""In the frozen build (packaging/kojin_desk.spec) forms and resources sit under kojin_desk/_data in the bundle."""

import sys
from pathlib import Path

from kojin_desk import paths

ROOT = Path(__file__).resolve().parents[2]


def test_frozen_build_reads_shipped_files_from_its_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths._shipped_root() == tmp_path / "kojin_desk" / "_data"


def test_the_spec_puts_them_where_paths_looks():
    spec = (ROOT / "packaging" / "kojin_desk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "forms"), f"{APP}/_data/forms")' in spec
    assert '(str(ROOT / "resources"), f"{APP}/_data/resources")' in spec
    assert '(str(ROOT / "packaging" / "licenses"), "licenses")' in spec


def test_the_licences_the_bundle_must_carry_are_in_the_repository():
    licences = {p.name for p in (ROOT / "packaging" / "licenses").iterdir()}
    assert {"LGPL-3.0.txt", "GPL-3.0.txt", "Apache-2.0.txt", "THIRD_PARTY.md"} <= licences
    assert "ZETETIC" in (ROOT / "packaging" / "licenses" / "THIRD_PARTY.md").read_text(encoding="utf-8")
    assert (ROOT / "resources" / "fonts" / "IPA_Font_License_Agreement_v1.0.txt").exists()
