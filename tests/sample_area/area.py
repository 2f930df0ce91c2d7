"""A sample area: notes per contract; a note that says 要対応 is a finding of Art. 1."""

from __future__ import annotations

from kojin_desk.areas.contract import Area, DemoContext, Finding, ParseContext
from kojin_desk.errors import Problem

TABLE = "CREATE TABLE IF NOT EXISTS sample_notes (id INTEGER PRIMARY KEY, contract_id INTEGER NOT NULL, text TEXT NOT NULL)"


class SampleArea(Area):
    key = "sample"
    title = ("見本", "Sample")
    articles = ("第1条",)
    needs = ("people",)
    tables = ("sample_notes",)
    dump_keys = ("sample_notes",)
    ui = "sample_area.page:SamplePage"

    def findings(self, conn, contract) -> list[Finding]:
        rows = conn.execute("SELECT text FROM sample_notes WHERE contract_id = ? AND text LIKE '%要対応%'", (contract.id,))
        return [Finding(Problem("required", {"field": f"見本メモ「{text}」"}), "第1条", "sample") for (text,) in rows]

    def dump(self, conn) -> dict:
        rows = conn.execute("SELECT id, contract_id, text FROM sample_notes ORDER BY id")
        return {"sample_notes": [{"id": i, "contract_id": c, "text": t} for i, c, t in rows]}

    def parse(self, ctx: ParseContext):
        kept = []
        for i, row in enumerate(ctx.doc.get("sample_notes") or []):
            if not isinstance(row, dict) or row.get("contract_id") not in ctx.contract_ids:
                ctx.problems.append(Problem("unknown_contract", {"id": row.get("contract_id") if isinstance(row, dict) else "?"},
                                            f"sample_notes[{i}]"))
                continue
            kept.append(row)
        return kept

    def load(self, conn, parsed) -> None:
        conn.execute(TABLE)  # a shipped area gets its table from a migration step instead
        conn.executemany("INSERT INTO sample_notes VALUES (:id, :contract_id, :text)", parsed)

    def demo(self, vault, ctx: DemoContext) -> None:
        with vault.transaction() as conn:
            conn.execute(TABLE)
            conn.execute("INSERT INTO sample_notes (contract_id, text) VALUES (?, '要対応: 見本の確認')", (ctx.current_id,))
