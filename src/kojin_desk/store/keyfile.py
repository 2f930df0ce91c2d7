"""The database key, wrapped by the passphrase: Argon2id + AES-256-GCM, in vault.key.

The 256-bit database key never changes when the passphrase does: changing the passphrase
re-wraps 32 bytes, so it costs one KDF run whatever the size of the vault.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kojin_desk.errors import KojinError, VaultDamaged, WrongPassphrase
from kojin_desk.store.atomic import atomic_write

FORMAT = "kojin-desk-key"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default (64 MiB, 3 passes) is RFC 9106's second recommended option."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        kdf = Argon2id(salt=salt, length=32, iterations=self.iterations,
                       lanes=self.lanes, memory_cost=self.memory_kib)
        return kdf.derive(passphrase.encode("utf-8"))


FAST_KDF_FOR_TESTS = KdfParams(memory_kib=64, iterations=1, lanes=1)

# What a key file may ask for before anything is derived: a damaged or hostile vault.key must not
# run Argon2 for minutes or allocate gigabytes. The upper bounds leave room for a stronger setting
# later (1 GiB, 16 passes); the lower ones are the test setting, below which Argon2id refuses anyway.
KDF_BOUNDS = {"memory_kib": (64, 1 << 20), "iterations": (1, 16), "lanes": (1, 16)}


def bounded_kdf(k: dict, path: Path) -> KdfParams:
    values = {}
    for name, (low, high) in KDF_BOUNDS.items():
        value = k[name]
        if type(value) is not int:
            raise VaultDamaged("keyfile_damaged", path=path)
        if not low <= value <= high:
            raise VaultDamaged("kdf_out_of_range", path=path, name=name, value=value, min=low, max=high)
        values[name] = value
    if values["memory_kib"] < 8 * values["lanes"]:  # Argon2's own rule
        raise VaultDamaged("keyfile_damaged", path=path)
    return KdfParams(**values)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _aad(vault_id: str, kdf: KdfParams) -> bytes:
    # Binds the wrapped key to its vault and KDF settings: a swapped or weakened header fails.
    return f"{FORMAT}|1|{vault_id}|{kdf.memory_kib}|{kdf.iterations}|{kdf.lanes}".encode()


def wrap(db_key: bytes, passphrase: str, kdf: KdfParams, vault_id: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = kdf.derive(passphrase, salt)
    wrapped = AESGCM(kek).encrypt(nonce, db_key, _aad(vault_id, kdf))
    doc = {
        "format": FORMAT, "version": 1, "vault_id": vault_id,
        "kdf": {"name": "argon2id", "memory_kib": kdf.memory_kib,
                "iterations": kdf.iterations, "lanes": kdf.lanes, "salt": _b64(salt)},
        "cipher": "aes-256-gcm", "nonce": _b64(nonce), "wrapped_key": _b64(wrapped),
    }
    return json.dumps(doc, indent=1).encode("ascii")


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    @classmethod
    def read(cls, path: Path) -> "KeyFile":
        try:
            doc = json.loads(Path(path).read_bytes())
            if doc.get("format") != FORMAT or doc.get("version") != 1:
                raise ValueError("format")
            k = doc["kdf"]
            return cls(
                vault_id=str(doc["vault_id"]),
                kdf=bounded_kdf(k, path),
                salt=base64.b64decode(k["salt"], validate=True),
                nonce=base64.b64decode(doc["nonce"], validate=True),
                wrapped=base64.b64decode(doc["wrapped_key"], validate=True),
            )
        except (FileNotFoundError, VaultDamaged):
            raise
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise VaultDamaged("keyfile_damaged", path=path) from exc

    def unwrap(self, passphrase: str) -> bytes:
        try:
            kek = self.kdf.derive(passphrase, self.salt)
            key = AESGCM(kek).decrypt(self.nonce, self.wrapped, _aad(self.vault_id, self.kdf))
        except InvalidTag:
            raise WrongPassphrase() from None
        except ValueError as exc:  # nonsense KDF parameters in a damaged file
            raise VaultDamaged("keyfile_damaged", path="vault.key") from exc
        if len(key) != 32:
            raise VaultDamaged("keyfile_damaged", path="vault.key")
        return key


def write_keyfile(path: Path, db_key: bytes, passphrase: str, kdf: KdfParams, vault_id: str | None = None) -> str:
    if not passphrase:
        raise KojinError("passphrase_empty")
    vault_id = vault_id or str(uuid.uuid4())
    atomic_write(path, wrap(db_key, passphrase, kdf, vault_id))
    return vault_id
