"""Errors that carry a translated message and the CLI's exit status."""

from __future__ import annotations

from dataclasses import dataclass, field

from kojin_desk.i18n import msg


class KojinError(Exception):
    """An error a person can act on: its str() is the translated message."""

    exit_code = 2

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return msg(self.code, **self.params)


class UsageError(KojinError):
    exit_code = 2


class WrongPassphrase(KojinError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__("wrong_passphrase")


class VaultDamaged(KojinError):
    exit_code = 4


class VaultBusy(KojinError):
    """Another kojin_desk (window or command) has the vault open, or SQLite reports it busy: retry later."""

    exit_code = 4


class VaultTooNew(VaultDamaged):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__("vault_too_new", found=found, supported=supported)


@dataclass(frozen=True)
class Problem:
    """One broken rule: where (a field label or record name) and the message code."""

    code: str
    params: dict[str, object] = field(default_factory=dict)
    where: str = ""

    def __str__(self) -> str:
        text = msg(self.code, **self.params)
        return msg("record", record=self.where, problem=text) if self.where else text

    def at(self, where: str) -> "Problem":
        inner = f"{where} / {self.where}" if self.where else where
        return Problem(self.code, self.params, inner)


class ValidationError(KojinError):
    """Input that breaks one or more rules; nothing was saved."""

    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("dump_refused")
        self.problems = list(problems)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
