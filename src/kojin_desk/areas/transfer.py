"""dump: the whole vault as JSON; load: a new vault from a dump, refused whole if any rule breaks."""

from __future__ import annotations

import base64
import codecs
import io
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from kojin_desk.areas.contract import ParseContext
from kojin_desk.areas.registry import AREAS
from kojin_desk.domain.dump_reader import Unique, is_id, parse_record, rows
from kojin_desk.domain.dump_stream import DumpStream
from kojin_desk.domain.records import Contract, Office
from kojin_desk.domain.text import check_text
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.i18n import msg, pick
from kojin_desk.progress import Progress, report, reporting
from kojin_desk.services import office_contracts
from kojin_desk.services.files import has_lone_surrogate
from kojin_desk.store import document_chain, repos
from kojin_desk.store.keyfile import KdfParams
from kojin_desk.store.schema import LATEST, first_step
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
    chain = document_chain.links(conn)
    for d in repos.list_documents(conn, with_pdf=True):
        d = dict(d)
        d["seq"], d["prev_hash"], d["hash"] = chain.get(d["id"], (None, "", ""))
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


KERNEL_SINCE = {"drafts": 2, "documents": 2}  # schema steps that added them; the rest were there from step 1


def _schema_version(doc: dict) -> int:
    """The format the dump was written in: newer than this app is refused outright (its rules are unknown here)."""
    version = doc.get("schema_version")
    if not is_id(version):
        raise ValidationError([Problem("bad_type", {"field": "schema_version", "expected": f"integer 1..{LATEST}"},
                                       pick("ダンプ", "dump"))])
    if version > LATEST:
        raise ValidationError([Problem("dump_too_new", {"found": str(version)[:12], "supported": LATEST})])
    return version


def _since() -> dict[str, int]:
    """Each top-level key a dump may carry -> the schema version from which it must."""
    since = {k: KERNEL_SINCE.get(k, 1) for k in KERNEL_KEYS}
    since.update({k: area.dump_key_since(k) for area in AREAS for k in area.dump_keys})
    return since


def _unknown_key(key: object) -> Problem:
    return Problem("unknown_field", {"field": str(key)[:40]}, pick("ダンプ", "dump"))


def _key_problems(keys: set, version: int) -> list[Problem]:
    """Every top-level key known, and every key a dump of this format carries present."""
    since = _since()
    found = [_unknown_key(k) for k in sorted(map(str, keys - set(since)))]
    found += [Problem("missing_key", {"field": k}, pick("ダンプ", "dump")) for k, v in since.items()
              if v <= version and k not in keys]
    return found


def parse(doc: object, streamed: dict | None = None, problems: list[Problem] | None = None) -> "Parsed":
    """Check every rule of a dump; raise ValidationError listing each broken one, each naming its record.
    `streamed`: what the areas' `stream` made of their long arrays (already checked and written; their keys
    are not in `doc`), `problems`: what they and the reading found."""
    from kojin_desk.services import documents as docs  # forms are loaded only when a dump is

    streamed = streamed or {}
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError([Problem("bad_json", {"path": "dump", "detail": f"format != {FORMAT}"})])
    version = _schema_version(doc)
    problems = [] if problems is None else problems
    problems += _key_problems(set(doc) | set(streamed), version)
    office = parse_record(Office, doc.get("office", {}), pick("事業者", "office"), problems)
    if office:
        problems += [p.at(pick("事業者", "office")) for p in office_contracts.office_problems(office)]

    contracts: list[tuple[Contract, str]] = []
    numbers: dict[str, int] = {}
    ids: set[int] = set()
    unique = Unique(problems, "id")
    for i, (_, raw) in enumerate(rows(doc, "contracts", problems)):
        where = _contract_name(i, raw)
        c = parse_record(Contract, raw, where, problems, extra={"created_at"})
        if c is None:
            continue
        if not is_id(c.id):
            problems.append(Problem("bad_type", {"field": "id", "expected": "integer >= 1"}, where))
            continue
        if not unique.add(c.id, where):
            continue
        ids.add(c.id)
        normalized = office_contracts.contract_problems_standalone(c)
        problems += [p.at(where) for p in normalized]
        if c.number:
            if c.number in numbers:
                problems.append(Problem("duplicate_number", {"number": c.number}, where))
            numbers[c.number] = c.id
        created_at = raw.get("created_at") or repos.now()
        problems += [p.at(where) for p in check_text(created_at, "created_at", max_len=40)]
        contracts.append((c, created_at))

    drafts = []
    draft_keys = Unique(problems, pick("契約・様式", "contract and form"))
    for where, d in rows(doc, "drafts", problems):
        found = docs.dumped_draft_problems(d, ids)
        problems += [p.at(where) for p in found]
        if not found and draft_keys.add((d["contract_id"], d["form_id"]), where):
            drafts.append(d)

    documents = []
    chained = version >= first_step(("document_chain",))
    doc_ids, versions = Unique(problems, "id"), Unique(problems, pick("契約・様式・版", "contract, form and version"))
    for where, d in rows(doc, "documents", problems):
        parsed, doc_problems = docs.parse_dumped_document(d, ids, chained)
        problems += [p.at(where) for p in doc_problems]
        if parsed and doc_ids.add(parsed["id"], where) \
                and versions.add((parsed["contract_id"], parsed["form_id"], parsed["version"]), where):
            documents.append(parsed)
    if chained and isinstance(doc.get("documents"), list) and len(documents) == len(doc["documents"]):
        problems += document_chain.verify_dumped(documents)
        documents.sort(key=lambda d: d["seq"])  # inserted in issue order: the chain is rebuilt link by link
    ctx = ParseContext(doc, ids, problems, streamed=streamed)
    for area in AREAS:
        try:
            ctx.parsed[area.key] = area.parse(ctx)
        except (TypeError, ValueError, AttributeError, KeyError, IndexError, OverflowError, RecursionError) as exc:
            # a shape no rule of the area foresaw: still named, never a crash (the rules above are the norm)
            problems.append(Problem("bad_json", {"path": area.label(), "detail": str(exc)[:80]}))
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


def read_dump_file(path: Path) -> object:
    """A dump read whole (small files, tests): anything no JSON reader takes is one clear error."""
    from kojin_desk.services.files import read_json_file

    return read_json_file(path, "bad_dump")


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
            pairs = DumpStream(_Reading(f, os.fstat(f.fileno()).st_size)).items(set(STREAMED))
            return _load(_no_lone_surrogates(pairs), data_dir, passphrase, kdf)
        except json.JSONDecodeError as exc:
            raise KojinError("bad_dump", path=path, detail=exc.msg) from None
        except RecursionError:
            raise KojinError("bad_dump", path=path, detail="nested too deeply") from None
        except ValueError as exc:  # not UTF-8, or an integer of more digits than Python converts
            raise KojinError("bad_dump", path=path, detail=str(exc)[:120]) from None
        except LoneSurrogate:
            raise KojinError("bad_dump", path=path, detail="lone surrogate (\\uD800–\\uDFFF) in a string") from None


class LoneSurrogate(Exception):
    """A string of the file holds half a surrogate pair, which no text (and no vault) can hold."""


def _whole(value: object) -> object:
    if has_lone_surrogate(value):
        raise LoneSurrogate
    return value


def _no_lone_surrogates(pairs):
    """The pairs as read, each key and value (each element of a streamed array) free of lone surrogates."""
    for key, value in pairs:
        _whole(key)
        yield key, (map(_whole, value) if key in STREAMED and isinstance(value, Iterator) else _whole(value))


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
            doc, streamed, problems, since, seen = {}, {}, [], _since(), set()
            for key, value in pairs:
                if key in seen:  # a hand-edited file: JSON readers differ on which one counts
                    problems.append(Problem("dump_key_twice", {"key": str(key)[:40]}, pick("ダンプ", "dump")))
                    continue
                seen.add(key)
                # A file of another kind, or of a newer format, is refused before reading on.
                if key == "format" and value != FORMAT:
                    raise ValidationError([Problem("bad_json", {"path": "dump", "detail": f"format != {FORMAT}"})])
                if key == "schema_version":
                    _schema_version({key: value})
                if key not in since:  # named, and its value not kept
                    problems.append(_unknown_key(key))
                elif key in STREAMED:
                    streamed[key] = STREAMED[key].stream(conn, key, value, problems)
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
