"""Shipped files, font coverage, atomic writes on a full disk, settings that survive damage."""

import errno
import os

import pytest

from kojin_desk.errors import KojinError
from kojin_desk.paths import FONTS_DIR, FORMS_DIR, I18N_DIR, RESOURCES_DIR
from kojin_desk.settings import Settings
from kojin_desk.store import atomic


def test_shipped_files_are_found():
    assert (FORMS_DIR / "destruction_certificate.toml").is_file()
    for name in ("ipaexm.ttf", "ipaexg.ttf", "ipamjm.ttf", "IPA_Font_License_Agreement_v1.0.txt"):
        assert (FONTS_DIR / name).is_file()
    assert (I18N_DIR / "kojin_desk_ja.qm").is_file() and (RESOURCES_DIR / "articles.toml").is_file()


def test_coverage_file_matches_the_fonts():
    import importlib.util
    from pathlib import Path

    tool = Path(__file__).resolve().parents[2] / "tools" / "font_coverage.py"
    spec = importlib.util.spec_from_file_location("font_coverage", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.ranges_text(module.covered_code_points()) == (FONTS_DIR / "coverage.ranges").read_text(encoding="ascii")


def test_full_disk_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(KojinError) as err:
        atomic.atomic_write(target, b"new" * 1000)
    assert "空き容量が足りず" in str(err.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]  # no temp file left behind


def test_settings_survive_damage_and_hold_no_vault_data(tmp_path):
    (tmp_path / "settings.json").write_text("{broken", encoding="utf-8")
    s = Settings.load(tmp_path)
    assert s.auto_lock_minutes == 10 and s.date_style == "wareki"
    s.date_style = "seireki"
    s.save(tmp_path)
    assert Settings.load(tmp_path).date_style == "seireki"
