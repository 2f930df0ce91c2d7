"""The area contract: what every part of the appendix (people, places, ledger, …) declares and implements.

`check`, dump/load, the demo, the dashboard, the form hooks and the main window loop over the areas of
`registry.AREAS`; none of them names an area. An area overrides only the hooks it needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType

from kojin_desk.errors import Problem
from kojin_desk.i18n import pick


@dataclass(frozen=True)
class Finding:
    """One thing `check` or the dashboard shows for a contract: the rule, its article, what to do, by when.

    `action` is "<area key>" or "<area key>/<step>": the GUI opens that area and runs the step.
    A `todo` finding is a next step (a notification not made yet), shown on the dashboard but not a breach.
    """

    problem: Problem
    article: str
    action: str
    due: str = ""
    todo: bool = False

    def __str__(self) -> str:
        return str(self.problem)


@dataclass
class ParseContext:
    """What `parse` of an area may read: the whole dump, the kernel's ids, and what earlier areas parsed."""

    doc: dict
    contract_ids: set[int]
    problems: list[Problem]
    parsed: dict[str, object] = field(default_factory=dict)
    streamed: dict[str, object] = field(default_factory=dict)  # dump key -> what the area's `stream` returned


@dataclass
class DemoContext:
    """The demo office's contracts, and how to issue a form with every area's hooks applied."""

    current_id: int
    previous_id: int
    ledger_entries: int
    issue: object  # callable(vault, contract_id, form_id, data) -> dict


class Area:
    key: str = ""
    title: tuple[str, str] = ("", "")  # (ja, en)
    articles: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()  # keys of areas this one reads from (imports allowed only from these)
    tables: tuple[str, ...] = ()  # vault tables this area owns (written by its `load`)
    dump_keys: tuple[str, ...] = ()  # top-level keys of the dump this area writes and reads
    streams: tuple[str, ...] = ()  # of those, long arrays that `stream` checks and writes as they are read
    # The schema version from which a dump carries a key, where it is not the step that created the area's
    # tables (a key added later): an older dump may lack it, a newer one may not.
    dump_since: dict[str, int] = {}
    forms: tuple[str, ...] = ()  # forms this area prefills and guards
    ui: str = ""  # "module:Class" of its Qt page, imported by the main window when first opened
    # The area's own modules the default hooks call: transfer (dump, parse, load), demo (build) and its forms
    # module (prefill, issue_problems, after_issue: each where the module has it).
    transfer: ModuleType | None = None
    demo_module: ModuleType | None = None
    forms_module: ModuleType | None = None

    def label(self) -> str:
        return pick(*self.title)

    def dump_key_since(self, key: str) -> int:
        from kojin_desk.store.schema import first_step

        return self.dump_since.get(key) or first_step(self.tables)

    # --- check and dashboard ---
    def findings(self, conn, contract) -> list[Finding]:
        """The rules this area checks for one contract."""
        return []

    def vault_problems(self, conn) -> list[Problem]:
        """Problems that belong to no single contract (a broken chain, say)."""
        return []

    # --- dump / load ---
    def dump(self, conn) -> dict:
        return self.transfer.dump(conn) if self.transfer else {}

    def parse(self, ctx: ParseContext) -> object:
        """Check this area's part of a dump, adding every broken rule to ctx.problems; nothing is written."""
        return self.transfer.parse(ctx.doc, ctx.contract_ids, ctx.problems) if self.transfer else None

    def stream(self, conn, key: str, rows, problems: list[Problem]) -> object:
        """Check and write the records of one of `streams` as they arrive (an iterator, or a list for a dump
        held in memory), inside the load's transaction and before `parse`; the result is ctx.streamed[key]."""
        return None

    def load(self, conn, parsed: object) -> None:
        """Write what `parse` returned into a new vault."""
        if self.transfer:
            self.transfer.load(conn, parsed)

    def load_problems(self, conn, parsed: dict[str, object]) -> list[Problem]:
        """Rules that need the written records of several areas (run after every area has loaded)."""
        return []

    # --- demo ---
    def demo(self, vault, ctx: DemoContext) -> None:
        """Add this area's records to the demo office."""
        if self.demo_module:
            self.demo_module.build(vault, ctx)

    # --- forms ---
    def prefill(self, vault, contract_id: int, form_id: str) -> dict | None:
        hook = getattr(self.forms_module, "prefill", None)
        return hook(vault, contract_id, form_id) if hook else None

    def issue_problems(self, form_id: str, clean: dict) -> list[Problem]:
        hook = getattr(self.forms_module, "issue_problems", None)
        return hook(form_id, clean) if hook else []

    def after_issue(self, conn, contract_id: int, form_id: str, clean: dict) -> None:
        """What issuing one of this area's forms changes in its records."""
        hook = getattr(self.forms_module, "after_issue", None)
        if hook:
            hook(conn, contract_id, form_id, clean)
