"""Plain record tables: one dataclass ↔ one table with an integer id (no rules here; services check them)."""

from __future__ import annotations

from dataclasses import fields

_TABLES: dict[type, str] = {}
_COLS: dict[type, list[str]] = {}
BOOLS = {"stated", "no_leak_software", "ok_recipient", "ok_hidden", "ok_method"}


def register(cls, table: str, exclude: tuple[str, ...] = ()) -> None:
    _TABLES[cls] = table
    _COLS[cls] = [f.name for f in fields(cls) if f.name != "id" and f.name not in exclude]


def make(cls, row, cols):
    values = dict(zip(cols, row))
    for k in BOOLS & values.keys():
        values[k] = bool(values[k])
    return cls(**values)


def save(conn, record) -> int:
    """Insert (id None or unknown) or update one record."""
    cls = type(record)
    table, cols = _TABLES[cls], _COLS[cls]
    values = [getattr(record, c) for c in cols]
    exists = record.id is not None and conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record.id,)).fetchone()
    if exists:
        conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?", [*values, record.id])
        return record.id
    all_cols = (["id"] if record.id is not None else []) + cols
    args = ([record.id] if record.id is not None else []) + values
    return conn.execute(f"INSERT INTO {table} ({', '.join(all_cols)}) VALUES ({', '.join('?' * len(all_cols))})",
                        args).lastrowid


def select(conn, cls, where: str = "", args: tuple = (), order: str = "id") -> list:
    return list(each(conn, cls, where, args, order))


def each(conn, cls, where: str = "", args: tuple = (), order: str = "id"):
    """The records one at a time, as SQLite reads them (a dump of a long table is never held whole)."""
    cols = ["id", *_COLS[cls]]
    for r in conn.execute(f"SELECT {', '.join(cols)} FROM {_TABLES[cls]} {where} ORDER BY {order}", args):
        yield make(cls, r, cols)


def get(conn, cls, record_id: int):
    found = select(conn, cls, "WHERE id = ?", (record_id,))
    return found[0] if found else None
