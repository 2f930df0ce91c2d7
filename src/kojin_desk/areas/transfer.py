"""dump: the whole vault as JSON; load: a new vault from a dump, refused whole if any rule breaks."""

from __future__ import annotations

import base64
import codecs
import io
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from kojin_desk.areas.contract import ParseContext
from kojin_desk.areas.registry import AREAS
from kojin_desk.domain.dump_reader import parse_record
from kojin_desk.domain.dump_stream import DumpStream
from kojin_desk.domain.records import Contract, Office
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.i18n import msg, pick
from kojin_desk.progress import Progress, report, reporting
from kojin_desk.services import office_contracts
from kojin_desk.store import repos
from kojin_desk.store.keyfile import KdfParams
from kojin_desk.store.schema import LATEST
from kojin_desk.store.vault import Vault

FORMAT = "kojin-desk-dump"
KERNEL_KEYS = ("format", "schema_version", "office", "contracts", "drafts", "documents")


def dump(vault, lists: bool = True) -> dict:
    """The whole vault as a dict; with lists=False long parts stay generators (see write_dump)."""
    conn = vault.conn
    contracts = []
    for c in repos.list_contracts(conn):
        item = asdict(c)
        item["created_at"] = repos.contract_created_at(conn, c.id)
        contracts.append(item)
    contracts.sort(key=lambda c: c["id"])
    documents = []
    for d in repos.list_documents(conn, with_pdf=True):
        d = dict(d)
        d["data"] = json.loads(d.pop("data_json"))
        d["pdf_base64"] = base64.b64encode(d.pop("pdf")).decode("ascii")
        documents.append(d)
    doc = {
        "format": FORMAT,
        "schema_version": LATEST,
        "office": asdict(repos.get_office(conn)),
        "contracts": contracts,
        "drafts": repos.list_drafts(conn),
        "documents": documents,
    }
    for area in AREAS:
        doc.update(area.dump(conn))
    if lists:
        doc = {k: v if isinstance(v, (list, dict, str, int, float, bool)) or v is None else list(v) for k, v in doc.items()}
    return doc


def dumps(vault) -> str:
    out = io.StringIO()
    write_dump(vault, out)
    return out.getvalue()


def _json(value, depth: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n" + " " * depth)


def write_dump(vault, out, progress: Progress | None = None) -> None:
    """The dump as `json.dumps(…, indent=1, sort_keys=True)` writes it, byte for byte, but written as it
    is read: an area's dump may give a generator for a long list (the ledger), never held whole."""
    with reporting(progress):
        _write_dump(dump(vault, lists=False), out)


def _write_dump(doc: dict, out) -> None:
    out.write("{")
    for n, key in enumerate(sorted(doc)):
        value = doc[key]
        out.write(("," if n else "") + "\n " + json.dumps(key, ensure_ascii=False) + ": ")
        if isinstance(value, (list, dict, str, int, float, bool)) or value is None:
            out.write(_json(value, 1))
            continue
        first = True
        for item in value:
            out.write(("[" if first else ",") + "\n  " + _json(item, 2))
            first = False
        out.write("[]" if first else "\n ]")
    out.write("\n}" if doc else "}")


def _contract_name(i: int, raw: dict) -> str:
    title = str(raw.get("title", ""))[:30] if isinstance(raw, dict) else ""
    return pick(f"契約[{i}]「{title}」", f"contracts[{i}] '{title}'")


def parse(doc: object, streamed: dict | None = None, problems: list[Problem] | None = None) -> "Parsed":
    """Check every rule of a dump; raise ValidationError listing each broken one. `streamed`: what the
    areas' `stream` made of their long arrays (already checked and written), `problems`: what they found."""
    from kojin_desk.services import documents as docs  # forms are loaded only when a dump is

    problems = [] if problems is None else problems
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError([Problem("bad_json", {"path": "dump", "detail": f"format != {FORMAT}"})])
    office = parse_record(Office, doc.get("office", {}), pick("事業者", "office"), problems)
    if office:
        problems += [p.at(pick("事業者", "office")) for p in office_contracts.office_problems(office)]

    contracts: list[tuple[Contract, str]] = []
    numbers: dict[str, int] = {}
    ids: set[int] = set()
    for i, raw in enumerate(doc.get("contracts") or []):
        where = _contract_name(i, raw)
        c = parse_record(Contract, raw, where, problems, extra={"created_at"})
        if c is None:
            continue
        if not isinstance(c.id, int) or c.id in ids:
            problems.append(Problem("bad_type", {"field": "id", "expected": "unique integer"}, where))
            continue
        ids.add(c.id)
        normalized = office_contracts.contract_problems_standalone(c)
        problems += [p.at(where) for p in normalized]
        if c.number:
            if c.number in numbers:
                problems.append(Problem("duplicate_number", {"number": c.number}, where))
            numbers[c.number] = c.id
        contracts.append((c, str(raw.get("created_at") or repos.now())))

    drafts = []
    for i, d in enumerate(doc.get("drafts") or []):
        where = pick(f"下書き[{i}]", f"drafts[{i}]")
        if not isinstance(d, dict) or d.get("contract_id") not in ids:
            problems.append(Problem("unknown_contract", {"id": d.get("contract_id") if isinstance(d, dict) else "?"}, where))
            continue
        drafts.append(d)

    documents = []
    for i, d in enumerate(doc.get("documents") or []):
        where = pick(f"発行済み文書[{i}]", f"documents[{i}]")
        parsed, doc_problems = docs.parse_dumped_document(d, ids)
        problems += [p.at(where) for p in doc_problems]
        if parsed:
            documents.append(parsed)
    seen = set()
    for d in documents:
        key = (d["contract_id"], d["form_id"], d["version"])
        if key in seen:
            problems.append(Problem("duplicate_version", {}, f"{d['form_id']} v{d['version']}"))
        seen.add(key)
    known = set(KERNEL_KEYS).union(*(a.dump_keys for a in AREAS))
    problems += [Problem("unknown_field", {"field": str(k)[:40]}, pick("ダンプ", "dump")) for k in sorted(map(str, set(doc) - known))]
    ctx = ParseContext(doc, ids, problems, streamed=streamed or {})
    for area in AREAS:
        ctx.parsed[area.key] = area.parse(ctx)
    if problems:
        raise ValidationError(problems)
    return Parsed(office, contracts, drafts, documents, ctx.parsed)


@dataclass
class Parsed:
    office: Office
    contracts: list
    drafts: list
    documents: list
    areas: dict  # area key -> what its `parse` returned


STREAMED = {key: area for area in AREAS for key in area.streams}


class _Reading:
    """The dump file as text, telling progress how many of its bytes were read."""

    def __init__(self, raw, size: int) -> None:
        self.raw, self.size, self.label = raw, size, msg("progress_load")
        self.decoder = codecs.getincrementaldecoder("utf-8")()

    def read(self, n: int) -> str:
        data = self.raw.read(n)
        report(self.raw.tell(), self.size, self.label)
        return self.decoder.decode(data, final=not data)


def load_file(path: Path, data_dir: Path, passphrase: str, kdf: KdfParams = KdfParams(),
              progress: Progress | None = None) -> Vault:
    """A new vault holding exactly the dump in `path`, or nothing at all. The file is read once, as it goes:
    the ledger is verified and written entry by entry, so memory stays flat in its size."""
    from kojin_desk.services.vault_access import check_new_passphrase

    check_new_passphrase(passphrase)
    try:
        f = open(path, "rb")
    except OSError as exc:
        raise KojinError("file_unreadable", path=path, detail=exc.strerror) from None
    with f, reporting(progress):
        try:
            return _load(DumpStream(_Reading(f, os.fstat(f.fileno()).st_size)).items(set(STREAMED)), data_dir,
                         passphrase, kdf)
        except json.JSONDecodeError as exc:
            raise KojinError("bad_dump", path=path, detail=exc.msg) from None
        except UnicodeDecodeError as exc:
            raise KojinError("bad_dump", path=path, detail=str(exc)) from None


def check_dump_file(path: Path) -> None:
    """Before a passphrase is asked: the file is there, readable, and starts as a JSON object."""
    try:
        with open(path, "rb") as f:
            start = f.read(4096).lstrip()
    except OSError as exc:
        raise KojinError("file_unreadable", path=path, detail=exc.strerror) from None
    if not start.startswith(b"{"):
        raise KojinError("bad_dump", path=path, detail=pick("JSONのオブジェクトではありません", "not a JSON object"))


def load(doc: object, data_dir: Path, passphrase: str, kdf: KdfParams = KdfParams()) -> Vault:
    """Create a new vault holding exactly the dump (held in memory: tests, small dumps), or nothing at all."""
    from kojin_desk.services.vault_access import check_new_passphrase

    check_new_passphrase(passphrase)
    return _load(doc.items() if isinstance(doc, dict) else (), data_dir, passphrase, kdf)


def _load(pairs, data_dir: Path, passphrase: str, kdf: KdfParams) -> Vault:
    with Vault.creating(data_dir, passphrase, kdf) as vault:  # published whole, or nothing is left
        with vault.transaction() as conn:
            # Streamed entries are written as they arrive, maybe before the records they name: the
            # references are checked by the rules below, and by SQLite at the commit.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            doc, streamed, problems = {}, {}, []
            for key, value in pairs:
                if key in STREAMED and key not in streamed:
                    streamed[key] = STREAMED[key].stream(conn, key, value, problems)
                elif key in STREAMED:
                    problems.append(Problem("bad_json", {"path": key, "detail": "twice"}))
                else:
                    doc[key] = value
            parsed = parse(doc, streamed, problems)
            doc.clear()  # what the areas kept of it is in `parsed`: the rest is freed before the writes
            repos.save_office(conn, parsed.office)
            for c, created_at in parsed.contracts:
                repos.save_contract(conn, c, created_at)
            for d in parsed.drafts:
                repos.save_draft(conn, d["contract_id"], d["form_id"], d["data"], d.get("updated_at"))
            for d in parsed.documents:
                repos.insert_document(conn, d)
            for area in AREAS:
                area.load(conn, parsed.areas[area.key])
            problems = [p for area in AREAS for p in area.load_problems(conn, parsed.areas)]
            if problems:
                raise ValidationError(problems)
    return vault
