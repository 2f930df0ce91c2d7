"""Fixtures shared by core and GUI tests: real SQLCipher vaults with a cheap KDF, an in-memory keyring."""

from __future__ import annotations

import os

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KOJIN_DESK_LANG"] = "ja"

from kojin_desk import i18n  # noqa: E402
from kojin_desk.store.keychain import MemoryKeyring  # noqa: E402
from kojin_desk.store.keyfile import FAST_KDF_FOR_TESTS  # noqa: E402


@pytest.fixture(autouse=True)
def _japanese_and_memory_keyring():
    i18n.set_language("ja")
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(_japanese_and_memory_keyring):
    return _japanese_and_memory_keyring


@pytest.fixture
def kdf():
    return FAST_KDF_FOR_TESTS


@pytest.fixture
def vault(tmp_path, kdf):
    from kojin_desk.services import vault_access

    v = vault_access.create_vault(tmp_path / "data", "test-passphrase", kdf=kdf)
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def demo_vault(tmp_path, kdf):
    from kojin_desk.areas import demo

    v = demo.build(tmp_path / "demo", "test-passphrase", kdf)
    yield v
    if v.is_open:
        v.close()
