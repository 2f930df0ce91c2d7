"""Files the user asked for (a PDF, a CSV, a scan saved out): written whole or not at all."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kojin_desk.errors import KojinError
from kojin_desk.store.atomic import atomic_write

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE = re.compile("[\ud800-\udfff]")


def save_file(path: Path, data: bytes) -> None:
    atomic_write(Path(path), data)


def read_json_file(path: Path, error: str) -> object:
    """A JSON file someone may have written by hand: anything it cannot be (not UTF-8, not JSON, nested past
    what the parser can follow, a number too long, a lone surrogate that no text can hold) is one
    KojinError(`error`) naming the file, never a crash."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise KojinError("file_unreadable", path=path, detail=exc.strerror or type(exc).__name__) from None
    except UnicodeDecodeError as exc:
        raise KojinError(error, path=path, detail=str(exc)[:120]) from None
    try:
        doc = json.loads(text)
    except RecursionError:
        raise KojinError(error, path=path, detail="nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, and an integer of more digits than Python converts
        raise KojinError(error, path=path, detail=str(exc)[:120]) from None
    if _SURROGATE_ESCAPE.search(text) and has_lone_surrogate(doc):  # only escapes can make one: UTF-8 cannot
        raise KojinError(error, path=path, detail="lone surrogate (\\uD800–\\uDFFF) in a string")
    return doc


def has_lone_surrogate(doc: object) -> bool:
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if _LONE.search(node):
                return True
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False
