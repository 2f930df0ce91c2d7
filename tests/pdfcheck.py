"""Reading a rendered PDF back: text per page (footer removed), fonts, positions."""

from __future__ import annotations

import io
import re

import pypdf

FOOTER = re.compile(r"^\s*\d+ / \d+\s*$", re.M)


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text without its page number and running header (drawn after the body, page number first)."""
    out = []
    for p in reader(pdf).pages:
        text = p.extract_text()
        m = FOOTER.search(text)
        out.append(text[:m.start()] if m else text)
    return out


def squeeze(text: str) -> str:
    """Line wrapping inserts breaks anywhere in CJK text: compare without any white space."""
    return re.sub(r"\s+", "", text)


def all_text(pdf: bytes) -> str:
    return squeeze("".join(page_texts(pdf)))


def fonts(pdf: bytes) -> dict[str, bool]:
    """Base font name → embedded?"""
    found = {}
    for page in reader(pdf).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            found[str(font["/BaseFont"])] = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def text_positions(pdf: bytes) -> list[tuple[int, float, float, str, float, float]]:
    """(page, x, y, text, page width, page height) of every shown text run."""
    out = []
    for i, page in enumerate(reader(pdf).pages):
        w, h = float(page.mediabox.width), float(page.mediabox.height)

        def visit(text, cm, tm, font_dict, size, i=i, w=w, h=h):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                out.append((i, x, y, text, w, h))

        page.extract_text(visitor_text=visit)
    return out
