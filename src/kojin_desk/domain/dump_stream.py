"""A dump file read as it goes (stdlib json, no whole-file parse): the top-level object key by key, each
array element by element, so a million-entry ledger is never held whole.

`items(streamed)` yields (key, value); the value of a key in `streamed` is an iterator over its array's
elements, to be consumed before the next pair is asked for (what is left is skipped). Any other value is
parsed whole (arrays element by element: linear in their size). Malformed JSON raises json.JSONDecodeError.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

_WS = " \t\n\r"
_NUMBER = "0123456789.eE+-"
CHUNK = 1 << 20
LONGEST_VALUE = 512 << 20  # one element (a document with its PDF) may be large, not unbounded


class DumpStream:
    def __init__(self, f: TextIO, chunk: int | None = None) -> None:
        self.f, self.chunk = f, chunk or CHUNK
        self.buf, self.pos, self.eof = "", 0, False
        self.decoder = json.JSONDecoder()

    # --- low level ---------------------------------------------------------------------------
    def _more(self, at_least: int = 0) -> None:
        """Read on; the part already used is dropped (memory stays one chunk plus the value being read)."""
        data = self.f.read(max(self.chunk, at_least))
        self.buf, self.pos = self.buf[self.pos:] + data, 0
        self.eof = not data

    def _error(self, what: str) -> json.JSONDecodeError:
        return json.JSONDecodeError(what, self.buf, self.pos)

    def _peek(self) -> str:
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf) or self.eof:
                return self.buf[self.pos] if self.pos < len(self.buf) else ""
            self._more()

    def _take(self, expected: str) -> str:
        ch = self._peek()
        if not ch or ch not in expected:
            raise self._error(f"expected one of {expected!r}")
        self.pos += 1
        return ch

    def _value(self) -> object:
        """One whole JSON value; reads on (doubling) while the value runs past what is read."""
        self._peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                if self.eof:
                    raise
                if len(self.buf) - self.pos > LONGEST_VALUE:
                    raise self._error("value too long") from None
                self._more(len(self.buf) - self.pos)
                continue
            if not self.eof and (end == len(self.buf) or (
                    isinstance(value, (int, float)) and self.buf[end] in _NUMBER)):  # a number may go on
                self._more(len(self.buf) - self.pos)
                continue
            self.pos = end
            return value

    def _elements(self) -> Iterator[object]:
        self._take("[")
        if self._peek() == "]":
            self.pos += 1
            return
        while True:
            yield self._value()
            if self._take(",]") == "]":
                return

    # --- the dump ----------------------------------------------------------------------------
    def items(self, streamed: frozenset[str] | set[str] = frozenset()) -> Iterator[tuple[str, object]]:
        self._take("{")
        if self._peek() == "}":
            self.pos += 1
        else:
            while True:
                key = self._value()
                if not isinstance(key, str):
                    raise self._error("expected a key")
                self._take(":")
                if self._peek() == "[":
                    elements = self._elements()
                    if key in streamed:
                        yield key, elements
                        for _ in elements:  # whatever the reader left
                            pass
                    else:
                        yield key, list(elements)
                else:
                    yield key, self._value()
                if self._take(",}") == "}":
                    break
        if self._peek():
            raise self._error("extra data after the dump")
