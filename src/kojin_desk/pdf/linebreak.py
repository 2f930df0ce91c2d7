"""Japanese line breaking (JIS X 4051 禁則, simplified) into explicit lines; no ReportLab here.

Text is cut into units that never break (a grouped number, a 和暦 date, 第231号, a Latin word or code,
one kanji or kana), units are glued where 禁則 forbids a break (no 、。）」ーァ at a line start, no （「 at a
line end), and lines are filled greedily, preferring a phrase boundary near the end of the line to a
cut inside a word. Nothing hangs past the edge: a closing mark that does not fit pushes its line's last
unit down with it. A last line of one character takes one more from the line above.
"""

from __future__ import annotations

import re
from collections.abc import Callable

NOT_AT_START = set("、。，．,.）)］]｝}〕〉》」』】〙〗’”ゝゞヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠–〜～？！?!‼⁇⁈⁉・：；:;/／…‥°′″℃％%")
NOT_AT_END = set("（(［[｛{〔〈《「『【〘〖‘“￥＄$#＃")
ERAS = "令和|平成|昭和|大正|明治"
UNIT = re.compile(
    rf"(?:{ERAS})(?:元|\d{{1,2}})年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?"   # 令和10年12月28日
    r"|\d{4}年\d{1,2}月(?:\d{1,2}日)?"
    r"|\d+[\u4e00-\u9fff]{1,6}第\d+号|[\u4e00-\u9fff]{1,6}第\d+号"   # 8福祉高第231号, 発第1024号
    r"|第\d+(?:条(?:第\d+項)?(?:第\d+号)?|号|項|回)"                  # 第12条第5項
    r"|\d{1,2}:\d{2}(?:[〜～-]\d{1,2}:\d{2})?"                      # 14:05
    r"|(?:\(\d{1,2}\))+"                                            # (1)(2)(3)
    r"|[0-9][0-9,]*(?:\.[0-9]+)?[%％]?"                            # 184,230
    r"|[A-Za-z0-9][A-Za-z0-9\-_./@#+&'()]*[A-Za-z0-9)]"            # USB-0231, NIST SP
    r"|[ァ-ヺー・]+"                                                # カタカナ語 (kept whole when it fits)
    r"|.", re.S)
SPACE = " \u3000"
KATAKANA = re.compile(r"[ァ-ヺー・]+")


def _kind(ch: str) -> str:
    if "\u3041" <= ch <= "\u309f":
        return "hira"
    if "\u30a0" <= ch <= "\u30ff":
        return "kata"
    if ch.isascii():
        return "latin"
    if "\u4e00" <= ch <= "\u9fff" or ch in "々〆" or ord(ch) > 0xffff:
        return "kanji"
    return "other"


def _good_break(left: str, right: str) -> bool:
    """A phrase boundary: after a space or a closing mark, before an opening mark, after kana before kanji."""
    a, b = left[-1], right[0]
    if a in SPACE or a in "、。，．）」』】" or b in NOT_AT_END or b in SPACE:
        return True
    ka, kb = _kind(a), _kind(b)
    if ka == "hira" and kb != "hira":
        return True
    return ka != kb and "latin" in (ka, kb)


def segments(text: str) -> list[str]:
    """Pieces between which a line may break, 禁則 applied."""
    units = UNIT.findall(text)
    out: list[str] = []
    glue = False
    for u in units:
        if out and (glue or u[0] in NOT_AT_START):
            out[-1] += u
        else:
            out.append(u)
        glue = u[-1] in NOT_AT_END
    return out


def _cut(seg: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """An over-long segment (a 60-letter code) cut by characters; a mark that may not start a line
    pushes the character before it down too, so nothing hangs past the edge."""
    parts: list[str] = []
    cur, acc = "", 0.0
    for ch in seg:
        cw = measure(ch)
        if cur and acc + cw > width + 0.01:
            keep = len(cur)
            while keep > 1 and (ch if keep == len(cur) else cur[keep]) in NOT_AT_START:
                keep -= 1
            while keep > 1 and cur[keep - 1] in NOT_AT_END:
                keep -= 1
            parts.append(cur[:keep])
            cur = cur[keep:]
            acc = measure(cur)
        cur += ch
        acc += cw
    return parts + [cur]


def hard_width(text: str, measure: Callable[[str], float]) -> float:
    """The widest piece that must never be cut: a number, a date, a document number, a code."""
    return max([measure(u) for u in UNIT.findall(text) if len(u) > 1 and not KATAKANA.fullmatch(u)] + [0.0])


def break_lines(text: str, width: float, measure: Callable[[str], float], first_indent: float = 0.0,
                phrases: bool = True) -> list[str]:
    """Explicit lines of one paragraph (no newline in text); the first line is `first_indent` narrower.

    phrases: prefer phrase boundaries (table cells, headers); body text fills its lines to the edge.
    """
    segs: list[str] = []
    for seg in segments(text):
        segs += _cut(seg, width - first_indent, measure) if measure(seg) > width - first_indent + 0.01 else [seg]
    lines: list[list[str]] = [[]]
    used = 0.0
    for seg in segs:
        avail = width - (first_indent if len(lines) == 1 else 0.0)
        w = measure(seg)
        if used + w <= avail + 0.01 or not lines[-1]:
            lines[-1].append(seg)
            used += w
            continue
        # Prefer ending at a phrase boundary in the last third of the line over a cut inside a word.
        line = lines[-1]
        cut = len(line)
        if phrases and not _good_break(line[-1], seg):
            acc = used
            for k in range(len(line) - 1, 0, -1):
                acc -= measure(line[k])
                if acc < avail * 0.67:
                    break
                if _good_break(line[k - 1], line[k]):
                    cut = k if used - acc + w <= width else len(line)
                    break
        carry = line[cut:] + [seg]
        del line[cut:]
        lines.append(carry)
        used = sum(measure(s) for s in carry)
    lines = [ln for ln in lines if ln] or [[]]
    # No character left alone on the last line when the line above can give one more.
    alone = "".join(ch for ch in "".join(lines[-1]) if ch not in NOT_AT_START and ch not in SPACE)
    if len(lines) > 1 and len(alone) <= 1 and len(lines[-2]) > 2 \
            and measure(lines[-2][-1] + "".join(lines[-1])) <= width - (first_indent if len(lines) == 2 else 0):
        lines[-1].insert(0, lines[-2].pop())
    # A space where a line breaks is not drawn at either end (a paragraph's own indent stays).
    return ["".join(ln).rstrip(SPACE) if k == 0 else "".join(ln).strip(SPACE) for k, ln in enumerate(lines)]


def widest_piece(text: str, measure: Callable[[str], float], phrases: bool = False) -> float:
    """The width a column needs so no segment (or, with phrases, no phrase) is cut."""
    best = 0.0
    for para in text.split("\n"):
        segs = segments(para)
        if not phrases:
            best = max([best] + [measure(s) for s in segs])
            continue
        cur = ""
        for s in segs:
            if cur and _good_break(cur, s):
                best = max(best, measure(cur))
                cur = ""
            cur += s
        best = max(best, measure(cur)) if cur else best
    return best
