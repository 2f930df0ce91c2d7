"""Data for a form generated from its own JSON Schema, as hostile as the schema allows."""

from __future__ import annotations

import itertools

from kojin_desk.formkit.data import QUANTITY_RE

# Valid but awkward text: rare kanji (fallback font), variants, markup, bidi and zero-width
# characters (kept, never drawn), quotes, a long unbreakable Latin run.
POOL = [
    "\U00020bb7田 太郎", "髙橋 一郎", "山﨑 花子", "<b>太字</b> & <font name='x'>注入</font> &amp;",
    "\u202e右から左\u202c", "ゼロ\u200b幅\u200d結合", "'; DROP TABLE ledger; --", "10\u301c20件",
    "葛\U000e0100飾 区役所", "㈱サンプル情報処理", "A" * 60, "=cmd|' /C calc'!A0",
]


def _text(schema: dict, counter) -> str:
    limit = schema.get("maxLength", 200)
    base = "".join(POOL[(next(counter) + k) % len(POOL)] + "。" for k in range(3))
    if limit >= 5000:
        return (base * (limit // len(base) + 1))[:limit]
    return base[:limit]


def generate(schema: dict, rows: int = 200, counter=None) -> object:
    counter = counter or itertools.count()
    kind = schema.get("type")
    if kind == "object":
        return {k: generate(s, rows, counter) for k, s in schema["properties"].items()}
    if kind == "array":
        n = min(max(rows, schema.get("minItems", 0)), schema.get("maxItems", rows))
        return [generate(schema["items"], rows, counter) for _ in range(n)]
    if kind == "integer":
        return max(schema.get("minimum", 0), 1234567 % (schema.get("maximum") or 10**9))
    if "enum" in schema:
        return schema["enum"][next(counter) % len(schema["enum"])]
    if schema.get("format") == "date":
        return ["2019-04-30", "2019-05-01", "2026-03-31"][next(counter) % 3]
    if schema.get("pattern") == QUANTITY_RE.pattern:
        return f"{12480 + next(counter)}枚"
    return _text(schema, counter)
