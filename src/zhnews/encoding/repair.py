"""Find and repair mojibake: text that was decoded with the wrong codec, once or in layers.

The repair works per line (long lines are cut at ASCII whitespace, which no chain can
garble). A line without a character that mojibake can produce returns at once. Otherwise,
for every chain of :mod:`zhnews.encoding.chains`, the line is re-encoded with the codec that
misread it and decoded with the original codec; the two byte streams are aligned into
*atoms* (the smallest spans whose bytes map onto each other), runs of decodable atoms are
trimmed to the part that actually improves, and a run is replaced only when the plausibility
cost (:mod:`zhnews.encoding.badness`) of the decoded text is clearly lower than that of the
garbled text. The best chain is applied, and the line is examined again, up to three layers
deep. A character that lost its last byte (UTF-8 read as GBK, see
:mod:`zhnews.encoding.lossy`) is inferred from context or written as U+FFFD, and each such
character is named in the explanation.

Irreversible signatures (``锟斤拷``, ``嚙踝蕭``, ``烫烫烫``, ``屯屯屯``, runs of U+FFFD) are reported by
:func:`find_mojibake` and never rewritten.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Optional

from zhnews._guards import require_str
from zhnews.changes import Change, Edit, apply_edits
from zhnews.chardata import big5_common, gb2312_level1
from zhnews.encoding.badness import char_cost, span_cost
from zhnews.encoding.chains import (
    CHAINS,
    LOSSY_MARKERS,
    SINGLE_BYTE,
    WILDCARD,
    Chain,
    char_bytes,
    chars_bytes,
    decode_original,
    encode_strict,
    original_codec,
    prefilter_bytes,
    single_byte_chars,
    undo_strict,
)
from zhnews.encoding.lossy import infer_lost_char, missing_bytes
from zhnews.encoding.resync import resync_utf8
from zhnews.encoding.undefined import guess_undefined_bytes
from zhnews.langmodel import model

__all__ = ["Finding", "find_mojibake", "repair", "repair_and_explain"]

STEP = "mojibake"
#: Layers peeled at most per line (three layers plus one spare for a second span).
MAX_ROUNDS = 5
#: Lines longer than this are cut at ASCII whitespace before analysis.
CHUNK = 2000
#: A replacement must lower the cost by at least this much ...
MIN_GAIN = 8.0
#: ... and by at least this fraction of the garbled span's cost.
MIN_REL_GAIN = 0.3
#: Multiplier on both thresholds when the line holds Japanese or Korean text.
FOREIGN_FACTOR = 2.5

#: Mean cost per character below which a decoding ends the search for a better chain.
SURE_COST = 8.0
#: Cost of explaining a span with one more layer (prefer the simpler explanation).
LAYER_PENALTY = 12.0
#: Multiplier on the thresholds for GBK read as Big5 and the reverse.
SWAP_FACTOR = 1.5
#: Highest cost per character of a GBK/Big5 swap decoding (clean news lines: 95% below 8.3).
SWAP_MAX_COST = 10.0
#: Extra cost of each swap sign (lone kana, bopomofo, box drawing, small forms, Private
#: Use) in a span a GBK/Big5 swap would repair.
SWAP_SIGN_EXTRA = 6.0
_SWAP_ODD_RE = re.compile("[\u3040-\u30ff\u3105-\u312f\ue000-\uf8ff]")

_INVALID = 1
_OK = 0
_PARTIAL = 2


@dataclass(frozen=True)
class Finding:
    """A span of ``text`` that looks like mojibake.

    ``chain`` names how it was garbled (``"utf-8 read as gbk"``; layers are joined with
    ``", then "``); ``recoverable`` is ``"exact"`` when the original text comes back byte for
    byte, ``"partial"`` when some characters were lost or inferred, and ``"none"`` for
    signatures such as ``锟斤拷`` that no longer hold the original bytes.

    >>> Finding(0, 3, "utf-8 read as gbk", "exact", 0.9).recoverable
    'exact'
    """

    start: int
    end: int
    chain: str
    recoverable: str
    confidence: float


# ---------------------------------------------------------------- fast path


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return gb2312_level1() | big5_common()


_ORDINARY_EXTRA = "“”‘’—–…·•‧　\u00a0āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê"


def _utf8_lead_pairs() -> set[str]:
    """GBK characters whose bytes are a UTF-8 lead of CJK text plus a continuation byte.

    Every run of hanzi read from UTF-8 as GBK starts with one of these (浣, 鏂, 棣 ...).
    """
    out: set[str] = set()
    for lead in range(0xE4, 0xEA):
        for trail in range(0x80, 0xC0):
            try:
                out.add(bytes((lead, trail)).decode("gbk"))
            except UnicodeDecodeError:
                continue
    return out


def _level2_outside_utf8_leads() -> set[str]:
    """GB2312 level-2 hanzi whose first GBK byte is not a UTF-8 lead byte of CJK text.

    UTF-8 read as GBK always yields a character with first byte 0xE0-0xEF; level-2 rows
    D8-DF and F0-F7 (names, places) never start such a character, so they stay ordinary.
    """
    out: set[str] = set()
    for lead in list(range(0xD8, 0xE0)) + list(range(0xF0, 0xF8)):
        for trail in range(0xA1, 0xFF):
            try:
                out.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return out


@lru_cache(maxsize=1)
def _suspicious_re() -> re.Pattern[str]:
    """Characters that clean Chinese, Japanese or Korean text mostly does without."""
    body = _ordinary_class(False)
    # a lone full-width letter between hanzi is typical of UTF-8 read as GBK (row A3)
    lone = "(?<=[\u4e00-\u9fff])[\uff21-\uff3a\uff41-\uff5a](?=[\u4e00-\u9fff])"
    return re.compile(f"[^{body}]|{lone}")


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern[str]:
    """One character class matching at least wherever :func:`_suspicious_re` matches.

    A single class (no alternation, no lookaround) scans several times faster; text
    without a match has nothing to repair.
    """
    return re.compile(f"[^{_ordinary_class(True)}]")


@lru_cache(maxsize=1)
def _gate_re() -> re.Pattern[str]:
    """:func:`_trigger_re` widened by the first characters of a Latin layer run.

    One scan of one class finds both; the fast path then tests each Latin-layer
    character it stops at (about one clean line in five holds one: 楼, 路, 没), and each
    kana (a lone one between hanzi is Big5's commonest hanzi read as GBK: 手机 -> も审).
    """
    latin = frozenset(_latin_layer_chars())
    return re.compile(f"[^{_ordinary_class(True, latin, kana=False)}]")


def _ordinary_class(
    no_fullwidth_letters: bool, exclude: frozenset[str] = frozenset(), kana: bool = True
) -> str:
    """Body of a character class of the characters that clean text commonly uses."""
    ordinary = set(gb2312_level1()) | set(big5_common()) | set(_ORDINARY_EXTRA)
    ordinary |= _level2_outside_utf8_leads()
    ordinary -= _utf8_lead_pairs()
    ordinary -= exclude
    points = sorted(ord(c) for c in ordinary)
    ranges: list[tuple[int, int]] = [(0x09, 0x0A), (0x0D, 0x0D), (0x20, 0x7E)]
    ranges += [(0x3001, 0x303F), (0xAC00, 0xD7A3)]
    ranges += [(0x3040, 0x30FF)] if kana else [(0x3040, 0x3040), (0x30FB, 0x30FF)]
    if no_fullwidth_letters:
        ranges += [(0xFF01, 0xFF20), (0xFF3B, 0xFF40), (0xFF5B, 0xFF5E)]
    else:
        ranges += [(0xFF01, 0xFF5E)]
    ranges += [(0x2190, 0x21FF), (0x1F300, 0x1FAFF)]
    for p in points:
        if ranges and ranges[-1][1] + 1 == p:
            ranges[-1] = (ranges[-1][0], p)
        else:
            ranges.append((p, p))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in sorted(ranges)
    )


_FOREIGN_RE = re.compile("[\u3040-\u30ff\uac00-\ud7a3]{2}")
#: Characters that Japanese and Korean text never holds but Big5 read as GBK writes
#: (Private Use, box drawing, bopomofo, small forms) next to its kana.
_NOT_FOREIGN_RE = re.compile("[\ue000-\uf8ff\u2500-\u257f\u3105-\u312f\ufe30-\ufe6f]")


def _looks_foreign(text: str, start: int, end: int) -> bool:
    """Japanese or Korean: two kana or Hangul in a row (or kana and no hanzi at all), and
    none of the signs of Big5 bytes read as GBK, whose commonest hanzi come out as kana (nor,
    with kana only, as many hanzi outside Japanese's character set as in it: 穝籇いみ is
    新聞中心)."""
    if _NOT_FOREIGN_RE.search(text, start, end):
        return False
    if not _FOREIGN_RE.search(text, start, end):
        # Japanese particles between Latin words, without a hanzi (SELinux の role と type):
        # Big5 read as GBK would make them hanzi standing alone among Latin words
        return (
            _KANA_RE.search(text, start, end) is not None
            and _IDEOGRAPH_RE.search(text, start, end) is None
        )
    if _HANGUL_RE.search(text, start, end):
        return True
    han = _IDEOGRAPH_RE.findall(text, start, end)
    if not han:
        return True
    jis = _jis_kanji()
    outside = sum(1 for c in han if c not in jis)
    return outside * 2 < len(han)


_HANGUL_RE = re.compile("[\uac00-\ud7a3]")


#: Mean cost per hanzi below which a word of letters decoded through a code page may be
#: GBK or Big5 mojibake (garbled words decode to 5 to 10; real words to random hanzi, 12+).
QUICK_HAN_MAX = 10.5
# (no Latin-1: on such words, which hold no C1 control, it writes the bytes cp1252 writes)
_CODE_PAGES = ("cp1252", "mac-roman", "cp437", "cp1250", "cp1251")
# (words split at ASCII spaces only: a no-break space is a byte of UTF-8 read as Latin-1,
# Š = C5 A0 -> "Å\u00a0")
_WORD_RE = re.compile(r"[^ \t\r\n]+")


def _alphabetic(text: str, ls: int, le: int) -> bool:
    """Every non-ASCII character of ``text[ls:le]`` is a letter of an alphabet (Latin,
    Cyrillic, Greek) or a space: words of a Western script, the slow search's worst case."""
    return all(_western_char(c) for c in text[ls:le] if ord(c) >= 0x80)


@lru_cache(maxsize=4096)
def _western_char(c: str) -> bool:
    """A letter of the Latin, Cyrillic or Greek alphabets, a space or a punctuation mark
    (``«»—„“…``) as Western text writes them."""
    if 0x80 <= ord(c) < 0xA0:
        return False  # a C1 control: a byte of some misreading, never Western text
    if c.isspace() or (c.isalpha() and ord(c) < 0x0530):
        return True
    return ord(c) < 0x2070 and unicodedata.category(c).startswith("P")


def _code_page_suspect(text: str, ls: int, le: int) -> bool:
    """Some word of ``text[ls:le]`` is valid UTF-8 or fluent GBK/Big5 once written in a code
    page: the words may be mojibake, so the search runs (:func:`_alphabetic` lines only)."""
    for m in _WORD_RE.finditer(text, ls, le):
        word = m.group()
        if word.isascii():
            continue
        for page in _CODE_PAGES:
            try:
                data = word.encode(page)
            except UnicodeEncodeError:
                continue
            if _UTF8_SEQ_RE.search(data):
                return True  # UTF-8 read as the code page (ftfy's case; truncated too)
            for original in ("gbk", "big5"):
                han = _IDEOGRAPH_RE.findall(data.decode(original, errors="replace"))
                if han and sum(char_cost(c) for c in han) <= QUICK_HAN_MAX * len(han):
                    return True
    return False


def _japanese_line(text: str, ls: int, le: int) -> bool:
    """A line of Japanese (:func:`_looks_foreign`, no Hangul). Its units whose suspicious
    characters are all JIS level-1 kanji have nothing to try: no chain writes those from
    Chinese bytes or from UTF-8 (UTF-8 read as cp932 gives level-2 kanji and half-width
    kana, 縺 繧 ｱ)."""
    return _looks_foreign(text, ls, le) and not _HANGUL_RE.search(text, ls, le)


@lru_cache(maxsize=1)
def _jis_level1() -> frozenset[str]:
    """JIS X 0208 level-1 kanji, Japanese's everyday ones (cp932 lead bytes 88-98)."""
    return _cp932_kanji(range(0x88, 0x99))


@lru_cache(maxsize=1)
def _jis_kanji() -> frozenset[str]:
    """The kanji that Japanese text is written in (those cp932 encodes)."""
    return _cp932_kanji([*range(0x88, 0xA0), *range(0xE0, 0xFD)])


def _cp932_kanji(leads: Iterable[int]) -> frozenset[str]:
    """The kanji cp932 writes with the lead bytes ``leads``."""
    out = set()
    for lead in leads:
        for trail in [*range(0x40, 0x7F), *range(0x80, 0xFD)]:
            try:
                c = bytes((lead, trail)).decode("cp932")
            except UnicodeDecodeError:
                continue
            if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff":
                out.add(c)
    return frozenset(out)


@lru_cache(maxsize=1)
def _latin_layer_re() -> re.Pattern[str]:
    """Runs of GBK characters whose bytes are UTF-8 for a Latin-1 character (``陇H楼脕``).

    Text that went through a Latin-1 layer, was saved as UTF-8 and read as GBK is made of
    them (with the ASCII bytes of the layer in between); many are ordinary hanzi (楼, 路),
    so only a run of three or more opens a unit.
    """
    cls = "".join(re.escape(c) for c in sorted(_latin_layer_chars()))
    return re.compile(f"(?:[{cls}][!-~]?){{3,}}")


@lru_cache(maxsize=1)
def _latin_layer_chars() -> frozenset[str]:
    """GBK characters whose bytes are UTF-8 for a Latin-1 character (C2/C3 and a trail)."""
    chars = set()
    for lead in (0xC2, 0xC3):
        for trail in range(0x80, 0xC0):
            try:
                chars.add(bytes((lead, trail)).decode("gbk"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@lru_cache(maxsize=1)
def _latin_layer_start_re() -> re.Pattern[str]:
    """The first three characters of a :func:`_latin_layer_re` run: a fixed-length pattern
    that scans clean text about three times faster (the fast path)."""
    pattern = _latin_layer_re().pattern
    one = pattern[len("(?:") : pattern.index("]") + 1] + "[!-~]?"
    return re.compile(one * 2 + one[: -len("[!-~]?")])


#: A repeat that never gives back what it took: the screens below repeat classes that are
#: disjoint from what follows, so giving back can never help a match, and on Python 3.11+
#: (possessive repeats) a line that fails is not scanned a second time backwards.
_ALL = "*+" if sys.version_info >= (3, 11) else "*"


@lru_cache(maxsize=1)
def _swap_line_re() -> re.Pattern[str]:
    """Lines of ASCII and two or more hanzi that GB2312's hanzi bytes are in Big5 (see
    :func:`_swap_line_body`)."""
    return re.compile(f"(?m)^{_swap_line_body()}$")


@lru_cache(maxsize=1)
def _swap_line_body() -> str:
    """A line of ASCII and two or more hanzi that GB2312's hanzi bytes are in Big5.

    GBK read as Big5 turns a short line without punctuation (``查看回复`` -> ``脤艘隙葩``)
    into ordinary-looking traditional hanzi that no suspicious character betrays; such a
    line is judged whole by the language model (:func:`_swap_line_suspect` first). Clean
    lines rarely qualify (9 of 3,005 traditional corpus lines, no simplified one), and the
    scan costs little. (Big5 read as GBK gives simplified hanzi: nearly every simplified
    line would qualify, and the scan would cost more than the rest of the fast path.)
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    han = "".join(re.escape(c) for c in sorted(chars))
    other = "\t\x20-\x7e\u3000"
    return f"[{other}]{_ALL}[{han}][{other}]{_ALL}[{han}][{other}{han}]{_ALL}"


def _swap_line_suspect(text: str, start: int, end: int) -> bool:
    """A line of :func:`_swap_line_re` that may be GBK read as Big5: its hanzi cost too
    much, one by one, for Chinese, and its GBK reading reads better.

    First the cheap half of :func:`_implausible_hanzi` (cached unigram costs): clean lines
    average 7.3 per hanzi, swap mojibake that the search repairs never below 9.5. A kana
    among the hanzi (GBK's 评 read as Big5 is ぜ) is a swap sign of its own.
    """
    line = text[start:end]
    if _KANA_RE.search(line):
        return True
    n = 0
    total = 0.0
    for c in line:
        if c > "\x7f" and c != "\u3000":
            n += 1
            total += char_cost(c)
    if n < 2 or total < SWAP_UNIGRAM_COST * n:
        return False
    # then the bytes: the search only repairs a line whose GBK reading reads better (rare
    # words read worse, and the search on one costs as much as a thousand clean lines)
    data = encode_strict(line, "big5")
    return data is not None and span_cost(data.decode("gbk", "replace")) + MIN_GAIN <= span_cost(
        line
    )


#: U+FFFD saved as UTF-8 and read as GBK (锟斤拷) or Big5 (嚙踝蕭), MSVC's fill bytes
#: read as GBK (烫烫烫, 屯屯屯), and U+FFFD itself: bytes already lost.
_SIGNATURE_RE = re.compile("(?:锟斤拷)+(?:锟斤?)?|(?:嚙踝蕭)+(?:嚙踝?)?|烫{3,}|屯{3,}|\ufffd+")


# ---------------------------------------------------------------- alignment


@dataclass(frozen=True)
class _Atom:
    start: int  # source offsets within the analysed string
    end: int
    after: str
    valid: bool
    lost: int  # characters written as U+FFFD because bytes were lost
    inferred: str  # characters restored from a partial byte sequence


@lru_cache(maxsize=65536)
def _decoded_len(c: str, original: str) -> int:
    o = ord(c)
    if o < 0x80 or 0xDC80 <= o <= 0xDCFF:
        return 1
    if original == "utf-8":
        return len(c.encode("utf-8", "surrogatepass"))
    if original == "gbk":
        try:
            return len(c.encode("gb18030"))
        except UnicodeEncodeError:
            return 2
    return 2


def _tokens(data: bytes, chain: Chain, bounds: set[int]) -> list[tuple[str, int, int, bytes]]:
    """Decode ``data`` as the original codec into (text, nbytes, kind, raw-prefix) tokens."""
    dec = decode_original(data, chain.original, "surrogateescape")
    toks: list[tuple[str, int, int, bytes]] = []
    for c in dec:
        o = ord(c)
        if 0xDC80 <= o <= 0xDCFF:
            toks.append((c, 1, _INVALID, b""))
        else:
            toks.append((c, _decoded_len(c, chain.original), _OK, b""))
    if not chain.lossy_capable:
        return toks
    # merge "prefix missing its last byte" (+ optional wildcard) into one partial token
    out: list[tuple[str, int, int, bytes]] = []
    i = 0
    n = len(toks)
    offset = 0  # byte offset of toks[i]
    while i < n:
        t = toks[i]
        if t[2] == _INVALID and 0xC2 <= ord(t[0]) - 0xDC00 <= 0xF4:
            j = i
            raw = bytearray()
            while j < n and toks[j][2] == _INVALID and ord(toks[j][0]) - 0xDC00 != WILDCARD:
                raw.append(ord(toks[j][0]) - 0xDC00)
                j += 1
                if len(raw) >= 4:
                    break
            prefix = bytes(raw)
            end = offset + len(prefix)
            missing = missing_bytes(prefix)
            w = 0
            while (
                j + w < n
                and toks[j + w][2] == _INVALID
                and ord(toks[j + w][0]) - 0xDC00 == WILDCARD
            ):
                w += 1
            if missing and w >= missing and end in bounds and end + missing in bounds:
                out.append(("", len(prefix) + missing, _PARTIAL, prefix))
                offset = end + missing
                i = j + missing
                continue
            dropped = w == 0 and (j == n or (toks[j][2] == _OK and ord(toks[j][0]) < 0x80))
            if len(prefix) >= 2 and missing == 1 and end in bounds and dropped:
                # the decoder dropped the unpaired byte before ASCII or the end
                out.append(("", len(prefix), _PARTIAL, prefix))
                offset = end
                i = j
                continue
        out.append(t)
        offset += t[1]
        i += 1
    return out


def _restore_nbsp(data: bytes, original: str, nbsp: int) -> bytes:
    """Put back the bytes that the misread codec showed as U+00A0 and a copy-paste turned
    into spaces: a space inside a UTF-8 sequence, or where GBK/Big5 expect a trail byte."""
    out = bytearray(data)
    need = 0
    if original != "utf-8":
        for i, b in enumerate(out):
            if need:
                need = 0
                if b == 0x20:
                    out[i] = nbsp
            elif b >= 0x81:
                need = 1
        return bytes(out)
    if not 0x80 <= nbsp <= 0xBF:
        return data  # the byte could not continue a UTF-8 sequence
    for i, b in enumerate(out):
        if need:
            if 0x80 <= b <= 0xBF:
                need -= 1
                continue
            if b == 0x20:
                out[i] = nbsp
                need -= 1
                continue
            need = 0
        if 0xC2 <= b <= 0xDF:
            need = 1
        elif 0xE0 <= b <= 0xEF:
            need = 2
        elif 0xF0 <= b <= 0xF4:
            need = 3
    return bytes(out)


def _atoms(s: str, start: int, end: int, chain: Chain) -> list[_Atom]:
    """Align ``s[start:end]`` (all encodable in the misread codec) with its decoding."""
    parts: list[bytes] = []
    bounds: list[int] = [0]
    pos = 0
    for k in range(start, end):
        b = char_bytes(s[k], chain.misread)
        assert b is not None
        parts.append(b)
        pos += len(b)
        bounds.append(pos)
    data = b"".join(parts)
    if chain.misread in SINGLE_BYTE and b" " in data:
        nbsp = char_bytes("\u00a0", chain.misread)  # 0xA0 in Latin-1, 0xCA in MacRoman
        if nbsp is not None:
            data = _restore_nbsp(data, chain.original, nbsp[0])
    toks = _tokens(data, chain, set(bounds))
    atoms: list[_Atom] = []
    src_i = 0  # index into bounds
    a_src = 0
    a_tok = 0
    bpos = 0
    nb = len(bounds)
    for ti, tok in enumerate(toks):
        bpos += tok[1]
        while src_i + 1 < nb and bounds[src_i + 1] <= bpos:
            src_i += 1
        if bounds[src_i] == bpos:
            chunk = toks[a_tok : ti + 1]
            text_parts: list[str] = []
            valid = True
            lost = 0
            inferred = ""
            for ci, ct in enumerate(chunk):
                if ct[2] == _INVALID:
                    valid = False
                    break
                if ct[2] == _PARTIAL:
                    prev = (
                        text_parts[-1][-1:]
                        if text_parts
                        else (atoms[-1].after[-1:] if atoms and atoms[-1].valid else "")
                    )
                    if ci + 1 < len(chunk):
                        nxt = chunk[ci + 1][0]
                    else:
                        nxt = s[start + src_i] if start + src_i < end else ""
                    inf = infer_lost_char(ct[3], prev, nxt)
                    text_parts.append(inf.text)
                    if inf.inferred:
                        inferred += inf.text
                    else:
                        lost += 1
                else:
                    text_parts.append(ct[0])
            atoms.append(
                _Atom(start + a_src, start + src_i, "".join(text_parts), valid, lost, inferred)
            )
            a_src = src_i
            a_tok = ti + 1
    return atoms


# ---------------------------------------------------------------- candidate spans


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    after: str
    gain: float
    lost: int
    inferred: str
    inner: tuple[str, ...] = ()


def _quick_gain(s: str, a: _Atom) -> float:
    src = s[a.start : a.end]
    if src == a.after:
        return 0.0
    return sum(char_cost(c) for c in src) - sum(char_cost(c) for c in a.after)


def _keep(s: str, a: _Atom, single: bool) -> bool:
    """Atoms that belong to a repair whenever their neighbours do.

    Damaged atoms (lost or inferred characters) are proven by structure; with a one-byte
    misread codec, non-ASCII characters that decode to a common hanzi cannot be clean CJK
    neighbours (those are not encodable in the one-byte codec), so they are mojibake. With a
    CJK misread codec, an atom that decodes to one Latin-1 character continues a Latin-1
    middle layer next to it.
    """
    if _damaged(a):
        return True
    if not single and len(a.after) == 1 and 0x80 <= ord(a.after) <= 0xFF:
        return True  # a Latin-1 middle layer (Chinese read as Latin-1, then as GBK)
    return (
        single
        and len(a.after) == 1
        and a.after in _common()
        and any(ord(c) >= 0x80 for c in s[a.start : a.end])
    )


def _best_range(
    s: str, seg: list[_Atom], single: bool, least: float, signs: Optional[re.Pattern[str]] = None
) -> tuple[int, int]:
    """Maximum-sum run of atoms by context-free gain (linear), widened over kept atoms.

    With ``signs`` (a GBK/Big5 swap on text that does not look Japanese: the swap signs of
    :func:`_sign_chars`), a swap sign that an atom repairs counts :data:`SWAP_SIGN_EXTRA`
    more."""
    best = 0.0
    best_lo = best_hi = 0
    run = 0.0
    run_lo = 0
    for k, a in enumerate(seg):
        g = _quick_gain(s, a)
        if signs is not None and g != 0.0:
            g += SWAP_SIGN_EXTRA * len(signs.findall(s, a.start, a.end))
        if run <= 0:
            run, run_lo = g, k
        else:
            run += g
        if run > best:
            best, best_lo, best_hi = run, run_lo, k + 1
    if best <= least:
        return 0, 0
    while best_lo > 0 and _keep(s, seg[best_lo - 1], single):
        best_lo -= 1
    while best_hi < len(seg) and _keep(s, seg[best_hi], single):
        best_hi += 1
    return best_lo, best_hi


def _seg_gain(s: str, seg: list[_Atom], lo: int, hi: int) -> float:
    a, b = seg[lo].start, seg[hi - 1].end
    left = s[a - 1] if a > 0 else ""
    right = s[b] if b < len(s) else ""
    after = "".join(x.after for x in seg[lo:hi])
    return span_cost(s[a:b], left, right) - span_cost(after, left, right)


#: At most this many atoms are trimmed from each end by the exact (contextual) test.
MAX_TRIM = 4


def _trim(s: str, seg: list[_Atom], lo: int, hi: int, single: bool) -> tuple[int, int]:
    """Drop end atoms while that raises the contextual gain of the whole run (a few steps)."""
    if hi - lo > 4 * MAX_TRIM:
        return lo, hi
    best = _seg_gain(s, seg, lo, hi)
    for _ in range(MAX_TRIM):
        if hi - lo <= 1:
            break
        g_lo = _seg_gain(s, seg, lo + 1, hi) if not _keep(s, seg[lo], single) else -1e9
        g_hi = _seg_gain(s, seg, lo, hi - 1) if not _keep(s, seg[hi - 1], single) else -1e9
        if max(g_lo, g_hi) <= best:
            break
        if g_lo >= g_hi:
            lo, best = lo + 1, g_lo
        else:
            hi, best = hi - 1, g_hi
    return lo, hi


_CJK_PUNCT = frozenset("—…“”‘’、。，：；！？（）《》【】")


def _swap_edges(s: str, seg: list[_Atom], lo: int, hi: int) -> tuple[int, int]:
    """Take in the hanzi atoms at each end of a GBK/Big5 swap span, two at a time and over
    ASCII between them (a garbled line is garbled from its start, 地為 -> 華為, and to its
    end, ``備案號 3301...瘍``), while each decodes to a common hanzi."""
    common = _common()

    def takes(a: _Atom) -> bool:
        # (a symbol too: 请 read as Big5 starts with ③, —— comes out as 〞〞)
        c = s[a.start]
        return not c.isascii() and c != a.after and (a.after in common or a.after in _CJK_PUNCT)

    def same(a: _Atom) -> bool:
        return s[a.start : a.end] == a.after  # ASCII between the garbled words

    def walk(edge: int, step: int) -> int:
        """Move ``edge`` by ``step`` over ASCII, then up to two hanzi, while hanzi come."""
        off = -1 if step < 0 else 0  # the atom beyond the edge
        while True:
            k = edge
            while 0 <= k + off < len(seg) and same(seg[k + off]):
                k += step
            took = 0
            while took < 2 and 0 <= k + off < len(seg) and takes(seg[k + off]):
                k += step
                took += 1
            if not took:
                return edge
            edge = k

    lo, hi = walk(lo, -1), walk(hi, 1)
    return lo, hi


def _extend(s: str, seg: list[_Atom], lo: int, hi: int) -> tuple[int, int]:
    """Take in neighbouring atoms while that raises the contextual gain (a few steps)."""
    best = _seg_gain(s, seg, lo, hi)
    for _ in range(MAX_TRIM):
        # one atom, or two at once: a garbled two-character word (借好 -> 質疑) may only
        # pay off as a whole, through its bigram
        # (never two damaged atoms at once: lost bytes must be proven by structure)
        steps = [
            (_seg_gain(s, seg, lo - d, hi), lo - d, hi)
            for d in (1, 2)
            if lo - d >= 0 and (d == 1 or not any(_damaged(x) for x in seg[lo - d : lo]))
        ] + [
            (_seg_gain(s, seg, lo, hi + d), lo, hi + d)
            for d in (1, 2)
            if hi + d <= len(seg) and (d == 1 or not any(_damaged(x) for x in seg[hi : hi + d]))
        ]
        if not steps:
            break
        gain, new_lo, new_hi = max(steps, key=lambda t: (t[0], -(t[2] - t[1])))
        if gain <= best:
            break
        lo, hi, best = new_lo, new_hi, gain
    return lo, hi


_PLAUSIBLE_RANGES = (
    (0x3000, 0x30FF),  # CJK punctuation, kana
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF01, 0xFFEF),
    (0x2000, 0x206F),  # general punctuation
    (0x00A0, 0x00FF),
    (0x2100, 0x21FF),  # letterlike symbols, arrows
    (0x2460, 0x24FF),  # enclosed numerals
    (0x25A0, 0x26FF),  # shapes, misc symbols
    (0x1F000, 0x1FAFF),  # emoji
    (0x20000, 0x3FFFF),
)


_PINYIN_LETTERS = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ")


def _plausible(text: str, latin: bool) -> bool:
    """True when every character of a decoding belongs where CJK (or Latin) text lives."""
    for c in text:
        o = ord(c)
        if (latin and 0x100 <= o <= 0x24F) or c in _PINYIN_LETTERS:
            continue  # (pinyin with tone marks lives beside hanzi: 人民網(wǎng))
        if o < 0x80:
            if o < 0x20 and c not in "\t\n\r":
                return False
            continue
        if o == 0xFFFD:
            continue
        if not any(a <= o <= b for a, b in _PLAUSIBLE_RANGES):
            return False
    return True


#: Letters of other scripts that UTF-8 read as a code page may hide (Москва, Ελλάδα, 한국어).
_OTHER_SCRIPTS = (
    (0x0100, 0x036F),  # Latin extended, IPA, spacing and combining marks
    (0x0370, 0x052F),  # Greek, Cyrillic
    (0x0590, 0x06FF),  # Hebrew, Arabic
    (0x0E00, 0x0E7F),  # Thai
    (0x1100, 0x11FF),  # Hangul jamo
    (0x1E00, 0x1EFF),  # Latin extended additional (Vietnamese)
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0xAC00, 0xD7A3),  # Hangul syllables
)


#: Times a hanzi decoded from a lone pair of code-page characters must occur with its
#: neighbour inside dictionary words (交流, 登录, 文章: a word, not a chance pairing).
GLUED_WORD_COUNT = 300


def _glued_word(s: str, a: int, b: int, after: str, chain: Chain) -> bool:
    """One GBK/Big5 hanzi read as two code-page characters, glued to a hanzi it makes a
    common word with (对外交Á÷ is 对外交流), or to the digits of a date (25ÈÕ is 25日):
    the last character of a garbled clause, with the full-width punctuation after it
    (话Ìâ¡£ is 话题。). Every pair must look like a lead and a trail byte
    (:func:`_pair_like`), and the word be frequent (``××市`` stays)."""
    if chain.original == "utf-8" and chain.misread == "cp932":
        # a hanzi's three UTF-8 bytes read as Shift-JIS: a kanji and a half-width kana or
        # a C1 control (日 is 譌･, 局 is 螻\x80)
        if len(after) != 1 or b - a != 2 or not _HALF_KANA_OR_C1.match(s[a + 1]):
            return False
    elif not chain.misread_single or chain.original == "utf-8" or not after:
        return False
    han, punct = after[0], after[1:]
    if not _IDEOGRAPH_RE.match(han) or any(c not in _CJK_PUNCT for c in punct):
        return False
    if chain.misread_single and (
        b - a != 2 * len(after) or not all(_pair_like(s[k : k + 2]) for k in range(a, b, 2))
    ):
        return False
    left, right = s[a - 1 : a], s[b : b + 1]
    if left.isdigit() and left.isascii() and han in _DATE_UNITS:
        return True
    m = model()
    if left and _IDEOGRAPH_RE.match(left) and m.pair_count(left, han) >= GLUED_WORD_COUNT:
        return True
    return (
        not punct
        and bool(right)
        and _IDEOGRAPH_RE.match(right) is not None
        and m.pair_count(han, right) >= GLUED_WORD_COUNT
    )


def _pair_like(pair: str) -> bool:
    """Two code-page characters that can be the bytes of one GBK/Big5 character: a lead
    byte above ASCII, then a trail byte above ASCII or among the ASCII letters and signs
    that GBK and Big5 use as trail bytes (Big5's 能量 is ¯à¶q)."""
    return ord(pair[0]) >= 0xA0 and (ord(pair[1]) >= 0xA0 or "@" <= pair[1] <= "~")


_HALF_KANA_OR_C1 = re.compile("[\uff61-\uff9f\x80-\x9f]")
#: What follows the digits of a date or a time (25日, 11月, 2020年, 8时).
_DATE_UNITS = frozenset("年月日号時时分秒")


def _glued_to_hanzi(s: str, a: int, b: int, after: str) -> bool:
    """A run of code-page letters glued to a hanzi, with no space between, that decodes to
    fluent hanzi (现身АоРЎГИїЮєм双眼 is 现身李小萌哭红双眼): Western words are set
    apart from Chinese by spaces, GBK read as a code page is not."""
    if not (_IDEOGRAPH_RE.match(s[a - 1 : a]) or _IDEOGRAPH_RE.match(s[b : b + 1])):
        return False
    han = _IDEOGRAPH_RE.findall(after)
    return len(han) >= 2 and span_cost(after) <= FLUENT_COST * len(after)


def _cuts_a_word(s: str, i: int) -> bool:
    """``s[i]`` is a Cyrillic or Greek letter: a span ending beside it cuts a word."""
    return 0 <= i < len(s) and "\u0370" <= s[i] <= "\u04ff" and s[i].isalpha()


def _clean_swap_edge(s: str, seg: list[_Atom], k: int, right: bool) -> bool:
    """The hanzi of edge atom ``seg[k]`` makes a dictionary word with the hanzi outside
    the span (三星) and its swap reading makes none at all (三琍): clean text the span ran
    into, not garbled. (Only the outside neighbour counts: a garbled hanzi may make a word
    with the decoding inside, 放 + 開.)"""
    a = seg[k]
    if a.end - a.start != 1 or len(a.after) != 1 or not _IDEOGRAPH_RE.match(s[a.start]):
        return False
    src, dec = s[a.start], a.after
    out = s[a.end : a.end + 1] if right else s[a.start - 1 : a.start]
    if not out or not _IDEOGRAPH_RE.match(out):
        return False
    m = model()
    if right:
        return m.pair_count(dec, out) == 0 and m.pair_count(src, out) >= WORD_PAIR_COUNT
    return m.pair_count(out, dec) == 0 and m.pair_count(out, src) >= WORD_PAIR_COUNT


def _atom_fits(
    s: str, seg: list[_Atom], k: int, chain: Chain, utf8_single: bool, latin_layer: bool
) -> bool:
    """The decoding of atom ``seg[k]`` could stand in a repair: the atom holds suspicious
    characters, or its decoding is a plausible character (:func:`_plausible`) and, from a
    multi-byte misreading, no accented Latin letter away from Latin letters
    (:func:`_latin_at_home`)."""
    a = seg[k]
    if _suspicious_re().search(s, a.start, a.end):
        return True  # mojibake itself, whatever it decodes to (a layer below may fix it)
    if not (
        _plausible(a.after, chain.misread_single)
        or (utf8_single and _any_script(a.after))
        # (a middle layer of Latin-1 or cp1252, C1 controls and all)
        or all(c < "\x80" or _code_page_char(c) for c in a.after)
    ):
        return False
    if chain.misread_single or latin_layer:
        return True
    left = seg[k - 1].after[-1:] if k > 0 else s[a.start - 1 : a.start]
    right = seg[k + 1].after[:1] if k + 1 < len(seg) else s[a.end : a.end + 1]
    if not (_CJK_RE.match(left) or _CJK_RE.match(right)):
        return True  # (Latin-1 text beside it: a middle layer, ä½ å¥½ read as GBK)
    return _latin_at_home(a.after, left, right, lower=True)


def _any_script(text: str) -> bool:
    """Plausible text in any script: :func:`_plausible` widened to :data:`_OTHER_SCRIPTS`.

    A Hebrew or Arabic letter must stand beside another of its script: those scripts write
    no one-letter words, while a typographer's ``×`` before a no-break space reads as UTF-8
    for one (``3\u00a0×\u00a04``: D7 A0 is U+05E0)."""
    for c in text:
        o = ord(c)
        if any(a <= o <= b for a, b in _OTHER_SCRIPTS):
            continue
        if not _plausible(c, True):
            return False
    return all(len(m.group()) > 1 for m in _SEMITIC_RE.finditer(text))


_SEMITIC_RE = re.compile("[\u0590-\u05ff]+|[\u0600-\u06ff]+")


#: Highest cost per character of a GBK/Big5 decoding of a one-byte code page's text (clean
#: news reads below 8; Japanese or Cyrillic mojibake read as GBK, about 13).
SINGLE_MAX_COST = 11.5
#: Lowest gain for :func:`_ftfy_shaped` spans.
UTF8_SINGLE_MIN_GAIN = 1.0
_FTFY_SHAPED_RE = re.compile(
    "[\u00c2-\u00df\u0152\u0160\u0178\u017d\u0192][\u0080-\u00bf\u0152\u0153"
    "\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e"
    "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def _latin1_around(s: str, a: int, b: int) -> bool:
    """True when the span ``s[a:b]`` touches another non-ASCII Latin-1 character: then it
    may be a piece of a longer mojibake of another chain (``ÎÄ»¯``: GBK read as Latin-1).
    A no-break space is a space here: normalisation turns it into one, and the answer
    must not change with it (``Â¡\u00a0``)."""
    return any(0x80 <= ord(c) <= 0xFF and c != "\u00a0" for c in s[a - 1 : a] + s[b : b + 1])


def _ftfy_shaped(before: str) -> bool:
    """True when the non-ASCII characters of ``before`` all belong to two-character UTF-8
    sequences as Latin-1/cp1252 shows them (``Ã©``, ``Â°``, ``Ã¼``): a capital letter or
    sign from the lead-byte range followed by a symbol from the continuation range, a pair
    that clean text does not write. (Other Latin-1 characters around them mean a longer
    mojibake of another chain, such as ``ÎÄ»¯``: GBK read as Latin-1.)"""
    if not _FTFY_SHAPED_RE.search(before):
        return False
    rest = _FTFY_SHAPED_RE.sub("", before)
    return not any(0x80 <= ord(c) <= 0x24F for c in rest)


#: Latin-1's superscripts, ordinals and fractions: after numbers and letters, never
#: against a hanzi.
_SUPERSCRIPTS = frozenset("ª²³¹º¼½¾")


def _latin_at_home(text: str, left: str, right: str, lower: bool = False) -> bool:
    """Accented Latin letters in a decoding must sit next to ASCII letters (inside words);
    with ``lower``, lowercase ones next to lowercase letters (pinyin, café: not ǎV, Þl),
    and Latin-1's superscripts and fractions away from hanzi."""
    full = left + text + right
    off = len(left)
    for i, c in enumerate(text):
        if lower and c in _SUPERSCRIPTS:
            k = i + off
            if _IDEOGRAPH_RE.match(full[k - 1 : k]) or _IDEOGRAPH_RE.match(full[k + 1 : k + 2]):
                return False  # 姸¹a: a superscript or a fraction against a hanzi
            continue
        if 0xC0 <= ord(c) <= 0x24F and c not in "×÷":
            k = i + off
            near = full[k - 1 : k] + full[k + 1 : k + 2]
            if lower and not c.islower():
                return False
            if not any(("a" <= x <= "z") or (not lower and "A" <= x <= "Z") for x in near):
                return False
    return True


def _damaged(a: _Atom) -> bool:
    return bool(a.lost or a.inferred)


_CJK_RE = re.compile("[\u3001-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]")
_LATIN1_RE = re.compile("[\u0080-\u024f\u0370-\u03ff\u2000-\u25ff\ufb01\ufb02]")
_C1_RE = re.compile("[\u0080-\u009f]")
_NON_ASCII_RE = re.compile("[^\x00-\x7f\ufffd]")


def _may_apply(s: str, chain: Chain) -> bool:
    """Exact necessary condition: decoding ``s`` through the chain yields a useful character."""
    data = prefilter_bytes(s, chain.misread)
    dec = decode_original(data, chain.original, "replace")
    if chain.original == "utf-8":
        # Latin-1 text may be a middle layer (Chinese read as Latin-1, then that as GBK)
        return _NON_ASCII_RE.search(dec) is not None
    if chain.misread_single:
        # (one is enough beside hanzi: the last character of a garbled clause, 对外交Á÷)
        need = 1 if _IDEOGRAPH_RE.search(s) else 2
        return len(_CJK_RE.findall(dec, 0, 4096)) >= need
    return _CJK_RE.search(dec) is not None


def _chain_candidates(s: str, chain: Chain, foreign: bool, depth: int = 0) -> list[_Cand]:
    if not _may_apply(s, chain):
        return []
    misread = chain.misread
    n = len(s)
    out: list[_Cand] = []
    i = 0
    while i < n:
        if char_bytes(s[i], misread) is None:
            i += 1
            continue
        j = i
        ascii_only = True
        while j < n and char_bytes(s[j], misread) is not None:
            if ord(s[j]) >= 0x80:
                ascii_only = False
            j += 1
        if not ascii_only:
            out.extend(_run_candidates(s, i, j, chain, foreign, depth))
        i = j
    return out


#: Multiplier on the thresholds when a one-byte misreading of GBK/Big5 explains every
#: non-ASCII character of the unit and decodes to fluent, common hanzi (short lines such
#: as ``¤U¸üAPP``, whose Latin-1 letters read as cheaply as the two hanzi they hide).
WHOLE_FACTOR = 0.5
#: Highest mean cost per character for such a decoding to count as fluent.
FLUENT_COST = 8.0
#: ... and of a whole line of GBK or Big5 read as a code page, whose bytes all pair up
#: (网易智造 8.1, 新浪扶翼 8.5 read as cp1251: НшТЧЦЗФм, РВАЛ·цТн), unless the line is
#: all capitals: any two Cyrillic capitals are a GB2312 hanzi, so ГАЗПРОМ-like acronyms
#: keep FLUENT_COST.
WHOLE_CODE_PAGE_COST = 9.0


def _code_page_limit(before: str) -> float:
    """The fluency a whole code-page line's decoding needs (see WHOLE_CODE_PAGE_COST)."""
    if all(c.isupper() or c.isspace() or ord(c) < 0x80 for c in before):
        return FLUENT_COST
    return WHOLE_CODE_PAGE_COST


def _whole_and_fluent(s: str, a: int, b: int, after: str, limit: float = FLUENT_COST) -> bool:
    """True when ``s[a:b]`` holds every non-ASCII character of ``s`` and ``after`` is
    made of common hanzi (and ASCII) that read as fluent Chinese."""
    if _NON_ASCII_RE.search(s, 0, a) or _NON_ASCII_RE.search(s, b):
        return False
    high = [c for c in after if ord(c) >= 0x80]
    han = [c for c in high if _IDEOGRAPH_RE.match(c)]
    if len(han) < 2 or not all(c in _common() for c in han):
        return False  # two hanzi at least ("©©°C" is not "帘。")
    if any(
        not (c in _common() or 0x3000 <= ord(c) <= 0x303F or 0xFF01 <= ord(c) <= 0xFF5E)
        for c in high
    ):
        return False
    return span_cost(after) <= limit * len(after)


def _short_swap(s: str, a: int, b: int, after: str) -> bool:
    """A short span ``s[a:b]`` may be a GBK/Big5 swap when it is the whole line and decodes
    to fluent, common hanzi, and it shows a swap sign or reads very badly and decodes to
    three different hanzi or a common two-hanzi word (``酖毞`` -> ``昨天``, but not ``祥瓟`` ->
    ``不医``)."""
    before = s[a:b]
    han = "".join(_IDEOGRAPH_RE.findall(after))
    proof = bool(_SWAP_SIGN_RE.search(before)) or (
        span_cost(before) >= SWAP_SUSPECT_COST * len(before)
        # (variety: a rare hanzi doubled, 窣窣 or 旮旮旯旯, is a real word)
        and len(set(_IDEOGRAPH_RE.findall(before))) >= min(3, len(han))
        and (len(han) >= 3 or (_has_word(han) and span_cost(han) <= WORD_COST * len(han)))
    )
    return proof and _whole_and_fluent(s, a, b, after)


#: Length up to which a GBK/Big5 swap span without a swap sign must decode to a word of
#: the model's dictionary (random hanzi with a rare one, 濮傖傖冪, decode to 冷成成经 at a
#: large margin, but to no word).
SHORT_SWAP = 8
#: Times a pair of hanzi must occur inside dictionary words to count as a common word.
WORD_PAIR_COUNT = 100


def _has_word(text: str) -> bool:
    """True when common dictionary words (pairs of hanzi seen often inside words) cover
    half the hanzi of ``text`` (更多栏目, 查看回复; not 道成案经, with one rare word)."""
    m = model()
    covered: set[int] = set()
    seen: set[str] = set()  # (a word said twice, 矩矩矩, is no more evidence than once)
    n = 0
    for k, c in enumerate(text):
        if not _IDEOGRAPH_RE.match(c):
            continue
        n += 1
        pair = text[k : k + 2]
        if len(pair) == 2 and pair not in seen and m.pair_count(c, pair[1]) >= WORD_PAIR_COUNT:
            seen.add(pair)
            covered.update((k, k + 1))
    return n > 0 and len(covered) * 2 >= n


#: A decoding made only of this many commonest characters reads as Chinese even where its
#: words are function words that the in-word pair counts miss (说你什么好呢, 微信公众号).
FREQUENT_TOP = 1500
#: Hanzi, and different hanzi, such a decoding needs (it must also be the whole line):
#: random hanzi rarely decode to four frequent ones, and a repeated one (冷成成经) is no
#: evidence.
FREQUENT_MIN_HAN = 4
FREQUENT_MIN_DISTINCT = 4


def _frequent_chars(han: str) -> bool:
    """True when the hanzi of a decoding are many, varied and all among the commonest."""
    if len(han) < FREQUENT_MIN_HAN or len(set(han)) < FREQUENT_MIN_DISTINCT:
        return False
    top = model().top_chars(FREQUENT_TOP)
    return all(c in top for c in han)


#: Mean cost per character above which a whole line reads as no Chinese at all (clean
#: lines average 7.3; swap mojibake of common words, 扂腔眈聊, 14 to 18) ...
STARK_BEFORE = 12.0
#: ... and below which its decoding reads fluently (我的相册 7.2, 国家信访局 6.4) ...
STARK_AFTER = 7.5
#: ... or reads well enough (箱包鞋类 8.3) when the line reads STARK_GAP worse (16.4).
STARK_AFTER_FAR = 8.5
STARK_GAP = 4.5


def _stark_contrast(before: str, after: str, han: list[str]) -> bool:
    """A swap decoding of four different hanzi or more that reads fluently where the line
    reads as no Chinese: evidence enough without a dictionary word (我的邮箱 holds none).

    Fluent means STARK_AFTER or better, or STARK_AFTER_FAR or better when the line reads
    STARK_GAP worse still (扂猁躲泃 17.2 -> 我要跟帖 8.3)."""
    if len(set(han)) < FREQUENT_MIN_DISTINCT:
        return False
    b = span_cost(before) / len(before)
    if b < STARK_BEFORE:
        return False
    a = span_cost(after) / len(after)
    return a <= STARK_AFTER or (a <= STARK_AFTER_FAR and b - a >= STARK_GAP)


#: Highest mean cost of the characters a decoding restores beside bytes it takes for lost
#: with no marker of loss (common hanzi cost 5 to 10; 𪅅 19.5).
LOSSY_KEPT_MAX = 12.0


def _plain_kept(after: str) -> bool:
    """The non-ASCII characters a lossy decoding restores read as ordinary text."""
    kept = "".join(c for c in after if ord(c) >= 0x80 and c != "\ufffd" and not c.isspace())
    if not kept or any(ord(c) > 0xFFFF and _IDEOGRAPH_RE.match(c) for c in kept):
        return False
    return span_cost(kept) <= LOSSY_KEPT_MAX * len(kept)


#: Highest mean cost per hanzi of a two-hanzi decoding that reads as a common word (昨天
#: 5.5, 回复 6.5; 不医 7.1 does not).
WORD_COST = 7.0


@lru_cache(maxsize=4096)
def _code_page_char(c: str) -> bool:
    """A non-ASCII character that Latin-1 or cp1252 writes with one byte (``æ``, ``œ``, ``€``):
    the stuff of a middle layer that was itself UTF-8 read as a code page."""
    o = ord(c)
    return 0x80 <= o <= 0xFF or (o > 0xFF and char_bytes(c, "cp1252") is not None)


def _mostly_suspicious(text: str) -> bool:
    """Two suspicious characters at least, and a third of the non-ASCII ones."""
    n = len(_suspicious_re().findall(text))
    return n >= 2 and n * 3 >= sum(1 for c in text if ord(c) >= 0x80)


def _run_candidates(
    s: str, start: int, end: int, chain: Chain, foreign: bool, depth: int = 0
) -> list[_Cand]:
    atoms = _atoms(s, start, end, chain)
    out: list[_Cand] = []
    sign_chars = _sign_chars(s) if chain.swap and not foreign else None
    k = 0
    na = len(atoms)
    while k < na:
        if not atoms[k].valid:
            k += 1
            continue
        m = k
        while m < na and atoms[m].valid:
            m += 1
        seg = atoms[k:m]
        k = m
        latin_layer = (
            (not chain.misread_single or chain.original == "utf-8")
            and depth < 2
            and sum(1 for x in seg if len(x.after) == 1 and _code_page_char(x.after)) * 2
            >= sum(1 for x in seg if not x.after.isascii())
            >= 2
        )
        # UTF-8 read as GBK twice, or as GBK then as a code page: the middle layer is CJK
        # mojibake, which reads as badly as the outer one, atom by atom; the whole run is
        # judged after lookahead
        cjk_layer = (
            not latin_layer
            and chain.original == "utf-8"
            and depth < 2
            and len(seg) >= 3
            and not any(_damaged(x) for x in seg)
            and (
                _mostly_suspicious(decoded := "".join(x.after for x in seg))
                or _latin_layer_re().search(decoded) is not None
            )
        )
        if latin_layer or cjk_layer:
            # Chinese read as Latin-1, then read as GBK: judge the whole run after lookahead
            lo, hi = 0, len(seg)
        else:
            shaped = (
                chain.original == "utf-8"
                and chain.misread_single
                and _ftfy_shaped(s[seg[0].start : seg[-1].end])
            )
            lo, hi = _best_range(
                s,
                seg,
                chain.misread_single,
                0.0 if shaped else MIN_GAIN * 0.5,
                signs=sign_chars,
            )
            if lo >= hi and len(seg) <= 3:
                # a run of a hanzi or two that completes a word with the hanzi before it
                # (今日新»D is 今日新聞: »D reads as cheaply as 聞)
                joined = "".join(x.after for x in seg)
                if _glued_word(s, seg[0].start, seg[-1].end, joined, chain):
                    lo, hi = 0, len(seg)
        if lo >= hi:
            continue
        if not (latin_layer and chain.misread_single) and not cjk_layer:
            # (a Latin-1 middle layer under a code page is judged whole: its accented
            # letters only read well once the layer below is repaired too)
            lo, hi = _trim(s, seg, lo, hi, chain.misread_single)
        if lo >= hi:
            continue
        lo, hi = _extend(s, seg, lo, hi)
        if chain.swap:
            lo, hi = _swap_edges(s, seg, lo, hi)
        utf8_single = chain.original == "utf-8" and chain.misread_single
        if chain.swap:
            # a hanzi at either end that makes a word with the hanzi beyond it, where its
            # swap reading makes none, is the clean text around a garbled span (质疑三星
            # before 毀婈厙…: 星 is no swap of 琍)
            while hi - lo > 1 and _clean_swap_edge(s, seg, hi - 1, right=True):
                hi -= 1
            while hi - lo > 1 and _clean_swap_edge(s, seg, lo, right=False):
                lo += 1
        # an atom at either end that decodes to no character of the chain's text is clean
        # text the span ran into (远去 after a garbled clause reads as UTF-8 Զȥ, 么 as ô;
        # not over a Latin-1 middle layer, whose letters read as hanzi: 脰 is UTF-8 Ö) ...
        t_lo, t_hi = lo, hi
        while t_hi - t_lo > 1 and not _atom_fits(s, seg, t_hi - 1, chain, utf8_single, latin_layer):
            t_hi -= 1
        while t_hi - t_lo > 1 and not _atom_fits(s, seg, t_lo, chain, utf8_single, latin_layer):
            t_lo += 1
        # ... when what is left is a clause of its own (two hanzi at least): otherwise
        # the misfit is a sign that the run is no mojibake at all (叩閽無路 reads as ߵ钟o·)
        if (t_lo, t_hi) != (lo, hi) and len(
            _IDEOGRAPH_RE.findall("".join(x.after for x in seg[t_lo:t_hi]))
        ) >= 2:
            lo, hi = t_lo, t_hi
        run, seg = seg, seg[lo:hi]
        a, b = seg[0].start, seg[-1].end
        after = "".join(x.after for x in seg)
        before = s[a:b]
        ftfy_like = utf8_single and _ftfy_shaped(before) and not _latin1_around(s, a, b)
        # (_glued_word, asked once and only when a check below needs it)
        glued: Optional[bool] = None
        if (
            len(set(before)) < 3
            and not ftfy_like
            and not (chain.swap and _short_swap(s, a, b, after))
        ):
            glued = _glued_word(s, a, b, after, chain)
            if not glued:
                continue  # "ÃÃÃÃ", "¤¤": too little variety to tell mojibake from text
        if (
            chain.misread_single
            and chain.original != "utf-8"
            and (_cuts_a_word(s, b) or _cuts_a_word(s, a - 1))
        ):
            continue  # 来自Пакистан: Па is 相 in GBK, but the word goes on in its own script
        n_sus = len(_suspicious_re().findall(before))
        # (UTF-8 pairs as Latin-1 shows them, Å\u00a0 or Ã©, are unusual however much
        # plain text lies between them: Å\u00a0koda Å\u00a0koda report report report)
        unusual = (
            ftfy_like
            or (n_sus > 0 and n_sus * 16 >= len(before))
            or (
                chain.swap
                and (
                    _implausible_hanzi(s, a, b)
                    # (a span with all the non-ASCII of its unit, 歎跡 in "歎跡 (0)", is
                    # judged with the unit)
                    or (
                        not _NON_ASCII_RE.search(s, 0, a)
                        and not _NON_ASCII_RE.search(s, b)
                        and _implausible_hanzi(s, 0, len(s))
                    )
                )
            )
        )
        if (
            not unusual
            and chain.swap
            and _SWAP_SIGN_RE.search(before)
            and not _looks_foreign(s, 0, len(s))
        ):
            unusual = True  # (a swap sign is unusual in clean Chinese: 手机 -> も审)
        if not unusual and not (latin_layer and not chain.misread_single):
            continue  # mojibake is made of unusual characters; this span is not
        inner: tuple[str, ...] = ()
        if depth < 2 and (
            (
                not chain.misread_single
                and (_LATIN1_RE.search(after) or _suspicious_re().search(after))
            )
            or _C1_RE.search(after)
            # UTF-8 read as a code page twice: the middle layer is itself Latin mojibake
            or (latin_layer and chain.misread_single and _LATIN1_RE.search(after))
            # ... or CJK mojibake (UTF-8 read as GBK, then saved as UTF-8 and read as Latin-1)
            or (
                chain.misread_single
                and chain.original == "utf-8"
                and _CJK_RE.search(after)
                and _suspicious_re().search(after)
            )
        ):
            # a middle layer (Chinese read as Latin-1, then that read as GBK): look ahead,
            # with the ASCII letter after the span, which the layer below may take as a
            # trail byte (】 is Big5 A1 6A, "¡j" in Latin-1)
            wide = seg
            if hi < len(run) and "@" <= run[hi].after <= "~" and s[run[hi].start] == run[hi].after:
                wide = run[lo : hi + 1]
            pieces = _repair_unit("".join(x.after for x in wide), True, depth + 1)
            if any(p.reasons for p in pieces):
                if wide is not seg:
                    seg = wide
                    b = seg[-1].end
                    before = s[a:b]
                after = "".join(p.text for p in pieces)
                names: list[str] = []
                for p in pieces:
                    for r in p.reasons or []:
                        if r not in names:
                            names.append(r)
                inner = tuple(names)
                glued = None  # (the span and its reading grew: ask again)
        if not unusual and not inner:
            continue  # ordinary hanzi over a Latin-1 layer: only a repaired layer proves it
        if not (_plausible(after, chain.misread_single) or (utf8_single and _any_script(after))):
            continue
        if (chain.misread_single and not utf8_single) and not _latin_at_home(
            after, s[a - 1 : a], s[b : b + 1]
        ):
            continue
        if (
            not chain.misread_single
            and not inner
            and not _latin_at_home(after, s[a - 1 : a], s[b : b + 1], lower=True)
        ):
            continue  # rare hanzi 帽璞員 are not ñ豆T, nor 鑾磺嶸 莻ǎV (pinyin is lowercase)
        if (
            chain.misread_single
            and chain.original != "utf-8"
            and not inner
            and span_cost(after) > SINGLE_MAX_COST * len(after)
        ):
            continue  # GBK/Big5 behind a code page must read as Chinese, not as rare hanzi
        if (
            chain.misread_single
            and chain.original != "utf-8"
            and len(_IDEOGRAPH_RE.findall(after)) < 2
        ):
            if glued is None:
                glued = _glued_word(s, a, b, after, chain)
            if not glued:
                continue  # one hanzi from a few Latin-1 characters is too little evidence
        if (
            not chain.misread_single
            and sum(1 for c in after if ord(c) >= 0x80) < 2
            and not any(_damaged(x) for x in seg)
        ):
            if glued is None:
                glued = _glued_word(s, a, b, after, chain)
            if not glued:
                continue  # one character from a CJK misreading is too little evidence
        if (
            not chain.misread_single
            and not _MARKER_RE.search(before)
            and not any(ord(c) >= 0x80 and not c.isspace() and c != "\ufffd" for c in after)
        ):
            # nothing restored but a space and bytes taken for lost, with no lossy marker
            # to show that any were (聽閾 -> U+00A0 U+FFFD)
            continue
        if "\ufffd" in after and not any(x.lost for x in seg):
            continue  # decoding produced U+FFFD itself (锟斤拷 and friends)
        if any(x.lost for x in seg) and not _MARKER_RE.search(before) and not _plain_kept(after):
            # bytes taken for lost with no marker to show it (a line cut short): what
            # survives must read as Chinese, not as the rarest hanzi (皙厖岬 -> 𪅅 U+FFFD)
            continue
        left = s[a - 1] if a > 0 else ""
        right = s[b] if b < len(s) else ""
        c_before = span_cost(before, left, right)
        if sign_chars is not None:
            # (a swap sign, or a kana on a line that is not Japanese, costs what a rare
            # hanzi costs: the model reads kana and symbols as cheap punctuation, so
            # 產﹡らノ would read better than 家居日用)
            c_before += SWAP_SIGN_EXTRA * len(sign_chars.findall(before))
        c_after = span_cost(after, left, right)
        gain = c_before - c_after - LAYER_PENALTY * len(inner)
        factor = FOREIGN_FACTOR if foreign else 1.0
        swap_signed = fluent_swap = False
        if chain.swap:
            # both readings are hanzi: demand a longer span and a larger margin
            if _SWAP_ODD_RE.search(after):
                continue  # kana, bopomofo or PUA from a swap: not a Chinese decoding
            if len(after) < SWAP_MIN_HAN and not _short_swap(s, a, b, after):
                continue  # too short, unless a short line shows a swap sign and reads well
            if span_cost(after) > SWAP_MAX_COST * len(after):
                continue  # the decoding must read fluently, not merely better
            signed = _SWAP_SIGN_RE.search(before) is not None
            han = _IDEOGRAPH_RE.findall(after)
            whole = not _NON_ASCII_RE.search(s, 0, a) and not _NON_ASCII_RE.search(s, b)
            worded = (
                _has_word(after)
                # a whole line (all its non-ASCII text) of the commonest hanzi
                or (whole and _frequent_chars("".join(han)))
                # ... or of hanzi that read far better than the line, 扂腔蚘眊 -> 我的邮箱
                or (whole and _stark_contrast(before, after, han))
            )
            if len(after) <= SHORT_SWAP and not signed:
                if not worded:
                    continue  # a short span without a swap sign must decode to a word at least
                if len(set(han)) < min(3, len(han)):
                    continue  # a repeated hanzi in it (乃乃 -> 騰騰) is no evidence
            factor *= SWAP_FACTOR
            # a swap's garbled hanzi cost about twice its decoding, so its relative margin
            # is not raised with the factor when a swap sign (Private Use, bopomofo ...)
            # proves the chain, or when the decoding reads fluently and holds a word
            # (脤艘隙葩 -> 查看回复); ordinary-looking hanzi that decode to rare or random
            # ones (濮偭偶傖 -> 冷傲案成, 濮傑傑冪 -> 冷城城经) keep the raised margin
            swap_signed = signed and not foreign
            fluent_swap = not foreign and worded and c_after <= FLUENT_COST * len(after)
        if (
            chain.misread_single
            and chain.original != "utf-8"
            and (
                _whole_and_fluent(s, a, b, after, _code_page_limit(before))
                or _glued_to_hanzi(s, a, b, after)
            )
        ):
            factor *= WHOLE_FACTOR
        rel = 1.0 if swap_signed or fluent_swap else min(factor, 1.5)
        min_gain = MIN_GAIN
        if ftfy_like and not inner:
            # UTF-8 read as a code page (what ftfy repairs): the byte structure is the proof,
            # so a single accented letter (cafÃ© -> café) is worth repairing, however much
            # plain text the span holds around it
            min_gain = UTF8_SINGLE_MIN_GAIN
            rel = 0.0
        elif len(after) <= 3 and (
            glued if glued is not None else _glued_word(s, a, b, after, chain)
        ):
            # (the dictionary word it completes is the proof: 城市漫¨B is 城市漫步, though
            # ¨B reads as cheaply as 步)
            min_gain = UTF8_SINGLE_MIN_GAIN
            rel = 0.0
        if gain < min_gain * factor or gain < MIN_REL_GAIN * c_before * rel:
            continue
        lost = sum(x.lost for x in seg)
        out.append(_Cand(a, b, after, gain, lost, "".join(x.inferred for x in seg), inner))
    return out


# ---------------------------------------------------------------- layered repair of a unit


@dataclass
class _Piece:
    o_start: int
    o_end: int
    text: str
    reasons: Optional[list[str]]
    notes: list[str]


def _apply_one(pieces: list[_Piece], c: _Cand, reason: str) -> list[_Piece]:
    """Apply one candidate edit (in current-text offsets) to the piece list."""
    before: list[_Piece] = []
    mid: list[_Piece] = []
    after: list[_Piece] = []
    mid_start = -1
    cur = 0
    for p in pieces:
        ps, pe = cur, cur + len(p.text)
        cur = pe
        if pe <= c.start and not mid:
            before.append(p)
        elif ps >= c.end and (mid or ps > c.start):
            after.append(p)
        else:
            if not mid:
                mid_start = ps
            mid.append(p)
    if not mid:
        return pieces
    first = mid[0]
    if first.reasons is None and mid_start < c.start:
        cut = c.start - mid_start
        before.append(_Piece(first.o_start, first.o_start + cut, first.text[:cut], None, []))
        mid[0] = _Piece(first.o_start + cut, first.o_end, first.text[cut:], None, [])
        mid_start = c.start
    mid_end = mid_start + sum(len(p.text) for p in mid)
    last = mid[-1]
    if last.reasons is None and mid_end > c.end:
        keep = mid_end - c.end
        cut = len(last.text) - keep
        after.insert(0, _Piece(last.o_end - keep, last.o_end, last.text[cut:], None, []))
        mid[-1] = _Piece(last.o_start, last.o_end - keep, last.text[:cut], None, [])
    whole = "".join(p.text for p in mid)
    new_text = whole[: c.start - mid_start] + c.after + whole[c.end - mid_start :]
    reasons: list[str] = []
    notes: list[str] = []
    for p in mid:
        reasons.extend(r for r in p.reasons or [] if r not in reasons)
        notes.extend(p.notes)
    # layers: this chain is outside the ones already peeled inside the span
    reasons = [*reasons, reason, *c.inner]
    if c.inferred:
        notes.append(f"inferred {c.inferred!r} from surviving bytes")
    if c.lost:
        notes.append(f"{c.lost} character(s) lost (bytes missing), written as U+FFFD")
    merged = _Piece(mid[0].o_start, mid[-1].o_end, new_text, reasons, notes)
    return [*before, merged, *after]


def _apply(pieces: list[_Piece], cands: list[_Cand], reason: str) -> list[_Piece]:
    """Apply non-overlapping candidate edits, rightmost first so offsets stay valid."""
    kept: list[_Cand] = []
    last_end = -1
    for c in sorted(cands, key=lambda c: c.start):
        if c.start >= last_end:
            kept.append(c)
            last_end = c.end
    for c in reversed(kept):
        pieces = _apply_one(pieces, c, reason)
    return pieces


def _explains_all(text: str, cands: list[_Cand]) -> bool:
    """True when applying ``cands`` leaves no suspicious character in ``text``."""
    pos = 0
    sus = _suspicious_re()
    for c in sorted(cands, key=lambda c: c.start):
        if c.start < pos or sus.search(text, pos, c.start) or sus.search(c.after):
            return False
        if span_cost(c.after) > SURE_COST * len(c.after) or _SWAP_ODD_RE.search(c.after):
            # reads clean but not fluent, or holds kana/bopomofo/PUA (Big5 bytes decoded
            # as GBK give hiragana): let the other chains compete
            return False
        if _NON_ASCII_RE.search(text, max(pos, c.start - 2), c.start) or _NON_ASCII_RE.search(
            text, c.end, c.end + 2
        ):
            # a left-over non-ASCII character touches the repair ("…^" between two spans of
            # GBK read as Latin-1): another code page (cp1252) may explain it too
            return False
        pos = c.end
    return sus.search(text, pos) is None


#: Score lost per suspicious character that a chain's repairs leave in the unit: of two
#: chains, the one that explains more of the garbled text wins (cp1252 over Latin-1 when
#: ``ƒ`` or ``…`` sit among the mojibake), even where the language model is indifferent.
LEFTOVER_COST = 6.0


def _leftover(text: str, cands: list[_Cand]) -> int:
    """Suspicious characters of ``text`` outside the candidate spans, plus those they write."""
    sus = _suspicious_re()
    n = len(sus.findall(text))
    for c in cands:
        n -= len(sus.findall(text, c.start, c.end))
        n += len(sus.findall(c.after))
    return n


#: Share of a unit's unusual characters that a chain's misread codec must be able to
#: write for the chain to be tried (a line may hold spans of two chains, so not all).
MIN_ENCODABLE = 0.3


def _encodable_share(chars: set[str], misread: str) -> float:
    high = [c for c in chars if ord(c) >= 0x80]
    if not high:
        return 0.0
    return sum(1 for c in high if char_bytes(c, misread) is not None) / len(high)


def _repair_unit(unit: str, dense: bool, depth: int = 0) -> list[_Piece]:
    pieces = [_Piece(0, len(unit), unit, None, [])]
    text = unit
    for _ in range(MAX_ROUNDS):
        layer = _latin_layer_re().search(text)
        # a line of ordinary-looking hanzi that reads very badly may be a GBK/Big5 swap
        plain = not _suspicious_re().search(text) and not layer
        foreign = _looks_foreign(text, 0, len(text))
        if plain and not (
            dense
            and depth == 0
            and (
                _implausible_hanzi(text, 0, len(text))
                or (not foreign and _SWAP_SIGN_RE.search(text) is not None)
            )
        ):
            break
        best: list[_Cand] = []
        best_gain = float("-inf")
        best_chain: Optional[Chain] = None
        sus = set(_suspicious_re().findall(text))
        if layer:
            sus.update(layer.group())
        for chain in CHAINS:
            if (not dense and chain.swap) or (plain and not chain.swap):
                continue
            if not plain and _encodable_share(sus, chain.misread) < MIN_ENCODABLE:
                continue  # the misread codec cannot have written most of these characters
            cands = _chain_candidates(text, chain, foreign, depth)
            if not cands:
                continue
            gain = sum(c.gain for c in cands) - LEFTOVER_COST * _leftover(text, cands)
            if gain > best_gain + 1e-9:
                best, best_gain, best_chain = cands, gain, chain
                if _explains_all(text, cands):
                    break  # nothing suspicious is left: no other chain can do better
        if best_chain is None:
            break
        pieces = _apply(pieces, best, best_chain.name)
        text = "".join(p.text for p in pieces)
    return pieces


def _one_layering(pieces: list[_Piece], stack: tuple[str, ...]) -> list[_Piece]:
    """Drop the layered repairs whose layers differ from ``stack`` (or, when the line has
    none yet, from the unit's widest layered repair): a line garbled twice went through
    the same layers throughout, so a span that only another pair of codecs explains (a
    Big5 layer amid cp1252 ones, in damaged text) is left as it is."""
    layered = [p for p in pieces if p.reasons and len(p.reasons) > 1]
    if not layered:
        return pieces
    if not stack:
        stack = tuple(max(layered, key=lambda p: p.o_end - p.o_start).reasons or ())
    want = _families(stack)
    return [
        p
        for p in pieces
        if not (p.reasons and len(p.reasons) > 1) or _families(tuple(p.reasons)) == want
    ]


#: Codecs that write the same characters for the bytes a chain produces, as one family.
_FAMILY = {"cp1252": "latin-1", "gb18030": "gbk", "cp950": "big5"}


def _families(stack: tuple[str, ...]) -> tuple[str, ...]:
    """Layer names with near-identical codecs merged (a span without the bytes 0x80-0x9F
    reads the same as Latin-1 and as cp1252)."""
    out = []
    for name in stack:
        for codec, family in _FAMILY.items():
            name = name.replace(codec, family)
        out.append(name)
    return tuple(out)


#: Suspicious characters closer than this belong to the same region.
GAP = 10
#: Characters of context added on each side of a region.
MARGIN = 10


def _units(text: str) -> list[tuple[int, int, bool]]:
    """Regions around clusters of suspicious characters, within one line, at most CHUNK long.

    The flag says whether the cluster is dense (at least three suspicious characters, a
    third of the region): only dense regions, and regions whose hanzi read very badly as
    Chinese (:func:`_implausible_hanzi`, checked in :func:`_edits`), are tried for GBK/Big5
    confusion, whose mojibake is made of ordinary-looking hanzi.
    """
    out: list[tuple[int, int, bool]] = []
    n = len(text)
    first = last = -1
    hits = 0
    line_start = 0
    line_end = -1  # the line of the current unit (found once per line: linear on long lines)

    def close() -> None:
        lo = max(line_start, first - MARGIN)
        hi = min(line_end, last + 1 + MARGIN)
        if out and lo < out[-1][1]:
            plo, _, pdense = out.pop()
            lo = plo
            dense = pdense or (hits >= 3 and hits * 3 >= last + 1 - first)
        else:
            dense = hits >= 3 and hits * 3 >= last + 1 - first
        while hi - lo > CHUNK:
            cut = lo + CHUNK
            k = max(text.rfind(" ", lo + CHUNK // 2, cut), text.rfind("\t", lo + CHUNK // 2, cut))
            cut = k + 1 if k > lo else cut
            out.append((lo, cut, dense))
            lo = cut
        out.append((lo, hi, dense))

    for m in _suspicious_re().finditer(text):
        i = m.start()
        if first >= 0 and (i - last > GAP or i >= line_end):
            close()
            first = -1
        if first < 0:
            first = i
            hits = 0
            if i >= line_end:
                line_start = text.rfind("\n", 0, i) + 1
                line_end = text.find("\n", i)
                if line_end < 0:
                    line_end = n
        last = i
        hits += 1
    if first >= 0:
        close()
    return out


def _chain_name(p: _Piece) -> str:
    """Name the layers in the order the text was garbled (innermost first)."""
    assert p.reasons is not None
    return ", then ".join(reversed(p.reasons))


def _reason(p: _Piece) -> str:
    name = _chain_name(p)
    if p.notes:
        name += "; " + "; ".join(p.notes)
    return name


#: Multi-byte codecs that misread UTF-8 (the only chains that can turn hanzi into hanzi,
#: apart from the GBK/Big5 swaps, which are tried on dense regions only).
_CJK_MISREADS = tuple(sorted({c.misread for c in CHAINS if not c.misread_single and not c.swap}))
_IDEOGRAPH_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
#: Characters of context examined on each side of an isolated trigger.
WINDOW = 4
_LOSSY_MISREADS = frozenset(c.misread for c in CHAINS if c.lossy_capable)


#: A UTF-8 lead byte with one or more continuation bytes (a character, whole or truncated:
#: what a word of UTF-8 read as a code page holds, when bytes may have been lost).
_UTF8_SEQ_RE = re.compile(
    b"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{1,2}|[\xf0-\xf4][\x80-\xbf]{1,3}"
)


def _usable(
    data: bytes,
    bounds: list[int],
    x: int,
    lossy: bool,
    closed_start: bool,
    closed_end: bool,
) -> bool:
    """True when a UTF-8 reading of ``data`` could give bytes ``xs:xe`` a part in a repair.

    The real run starts at or before ``data``; UTF-8 resynchronises within three bytes, so
    decoding from offsets 0-3 covers every alignment. Usable when the segment of decodable
    tokens around ``xs:xe`` holds two non-ASCII characters, a truncated character (lossy
    chains: a lead byte and up to three more undecodable bytes before ASCII or the end), or
    touches an edge of ``data`` that is not an edge of the run (it may go on outside).
    A segment must also cover three characters (a candidate needs three distinct ones).
    ``bounds`` holds the byte offset of every character and the end; ``x`` is the index of
    the character examined.
    """
    xs, xe = bounds[x], bounds[x + 1]

    def wide(a: int, b: int) -> bool:
        return bisect_left(bounds, b) - bisect_right(bounds, a) + 1 >= 3

    for st in [0] if closed_start else range(min(4, xs)):
        dec = data[st:].decode("utf-8", "surrogateescape")
        m = len(dec)
        pos = st
        seg_start = st
        count = 0
        k = 0
        while k < m:
            o = ord(dec[k])
            if o < 0x80:
                pos += 1
                k += 1
                continue
            if not 0xDC80 <= o <= 0xDCFF:
                pos += 2 if o < 0x800 else (3 if o < 0x10000 else 4)
                count += 1
                k += 1
                continue
            j = k + 1
            while j < m and 0xDC80 <= ord(dec[j]) <= 0xDCFF:
                j += 1
            cut = j  # start of a truncated character (lead, continuations, one missing)
            if lossy and (j == m or ord(dec[j]) < 0x80):
                tail = bytes(ord(c) - 0xDC00 for c in dec[max(k, j - 3) : j])
                if len(tail) >= 2 and 0xE0 <= tail[-2] <= 0xEF and 0x80 <= tail[-1] <= 0xBF:
                    cut = j - 2
                if (
                    len(tail) == 3
                    and 0xF0 <= tail[0] <= 0xF4
                    and all(0x80 <= b <= 0xBF for b in tail[1:])
                ):
                    cut = j - 3
            if cut > k:
                # undecodable bytes end the segment
                if seg_start < xe and pos > xs:
                    if seg_start == st and not closed_start:
                        return True
                    if count >= 2 and wide(seg_start, pos):
                        return True
                pos += cut - k
                seg_start = pos
                count = 0
                if seg_start >= xe:
                    break  # later segments start after the character examined
            if cut < j:
                count += 2  # a truncated character
                pos += j - cut
            k = j
        if seg_start < xe:
            if not closed_end or (seg_start == st and not closed_start):
                return True  # the last segment may go on past the window
            if count >= 2 and wide(seg_start, pos):
                return True
    return False


@lru_cache(maxsize=1)
def _single_byte_high_re() -> re.Pattern[str]:
    """Non-ASCII characters that some one-byte misread codec can produce."""
    chars = {c for misread in SINGLE_BYTE for c in single_byte_chars(misread) if ord(c) >= 0x80}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _lone_symbol(text: str, i: int, ls: int, le: int) -> bool:
    """True when the non-hanzi trigger ``text[i]`` provably cannot take part in a repair.

    It must be the only character of its region that a one-byte codec can produce (so the
    one-byte chains decode at most one hanzi, or one lone UTF-8 byte, which no candidate
    accepts), must not start a UTF-8 character that a space (a flattened NBSP) could
    complete, and must follow ASCII with bytes that no UTF-8 lead can precede in the
    multi-byte codecs (so its atom there is undecodable).
    """
    c = text[i]
    if c in LOSSY_MARKERS or (i > ls and (ord(text[i - 1]) >= 0x80 or text[i - 1] == "?")):
        return False
    if len(_single_byte_high_re().findall(text, ls, le)) > 1:
        return False
    if i + 1 < le and text[i + 1] == " ":
        for misread in SINGLE_BYTE:
            b = char_bytes(c, misread)
            if b is not None and 0xC2 <= b[0] <= 0xF4:
                return False
    for misread in _CJK_MISREADS:
        b = char_bytes(c, misread)
        if b is not None and any(x < 0x80 or x >= 0xC2 for x in b):
            return False
    return True


def _isolated(text: str, i: int, ls: int, le: int) -> bool:
    """True when the suspicious hanzi ``text[i]`` provably cannot take part in a repair.

    A first-round candidate must contain a suspicious character. A hanzi is encodable only
    in the multi-byte codecs that misread UTF-8 (the GBK/Big5 swaps are tried on dense
    regions only), whose candidates need a segment of two decoded non-ASCII characters or
    a damaged one. When no UTF-8 reading of the bytes around the hanzi gives it such a
    segment, no chain can use it: a cheap test that passes a lone rare hanzi in clean text.
    """
    if not _IDEOGRAPH_RE.match(text, i):
        return ord(text[i]) >= 0x80 and _lone_symbol(text, i, ls, le)
    lo, hi = max(ls, i - WINDOW), min(le, i + WINDOW + 1)
    window = text[lo:hi]
    x = i - lo
    if any(c in LOSSY_MARKERS for c in window):
        return False
    seen: set[tuple[tuple[bytes, ...], bool]] = set()
    for misread in _CJK_MISREADS:
        if char_bytes(window[x], misread) is None:
            continue  # not encodable: no run of this codec contains it
        lossy = misread in _LOSSY_MISREADS
        # a character the codec cannot produce ends the run: an invalid byte, or ASCII
        # where a truncated character may end (which also lets the segment go on)
        gap = b"\x00" if lossy else b"\xff"
        parts = tuple(b or gap for b in chars_bytes(window, misread))
        key = (parts, lossy)
        if key in seen:
            continue  # gbk and gb18030, big5 and cp950 mostly agree
        seen.add(key)
        data = b"".join(parts)
        bounds = [0, *accumulate(len(b) for b in parts)]
        xs, xe = bounds[x], bounds[x + 1]
        if all(b >= 0x80 for b in data[xs:xe]) and not any(
            (m := _UTF8_SEQ_RE.match(data, st)) is not None and m.end() > xs
            for st in range(max(0, xs - 3), xe)
        ):
            continue  # no UTF-8 character, whole or truncated, can hold its bytes
        if _usable(data, bounds, x, lossy, lo == ls, hi == le):
            return False
    return True


#: A region of ordinary-looking hanzi is tried for GBK/Big5 confusion when its plausibility
#: cost per hanzi reaches this (clean news lines: 99% below 10.3; GBK read as Big5: 99% above
#: 12) and it holds at least :data:`SWAP_MIN_HAN` hanzi: the language model judges a span,
#: never a single character.
SWAP_SUSPECT_COST = 11.0
SWAP_MIN_HAN = 4
#: Mean context-free cost per hanzi below which a region is not even scored with bigrams.
SWAP_UNIGRAM_COST = 9.5
#: Kana, bopomofo and GBK's user-defined area (as Private Use): what GBK and Big5 read each
#: other's hanzi as, besides hanzi.
_SWAP_RUN_RE = re.compile(
    "[\u3040-\u30ff\u3105-\u312f\u3400-\u4dbf\u4e00-\u9fff\ue000-\ue765\uf900-\ufaff]+"
)


def _all_non_ascii_of_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds all the non-ASCII text of its line (a date and
    time before it, ``2019-09-07 12:55 貌峈``, do not make the line longer)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    return (
        _NON_ASCII_RE.search(text, ls, start) is None
        and _NON_ASCII_RE.search(text, end, le) is None
    )


def _implausible_hanzi(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds enough hanzi that read very badly as Chinese.

    Only runs of hanzi are scored (Latin letters and punctuation around them do not count);
    lone kana, bopomofo and Private Use characters count with the hanzi (Big5's commonest
    hanzi read as GBK are kana, its rarer ones GBK's user-defined area). A region with two
    kana or hangul in a row is left alone: Japanese or Korean text is never tried for
    GBK/Big5 confusion on the language model's word.
    """
    if _looks_foreign(text, start, end):
        return False
    runs = _SWAP_RUN_RE.findall(text, start, end)
    n_han = sum(len(r) for r in runs)
    if n_han < 2 or (n_han < SWAP_MIN_HAN and not _all_non_ascii_of_line(text, start, end)):
        return False  # a short line is judged whole; a short span inside a line is not
    # cheap filter first (cached unigram costs): clean lines average 7.3 (90%: 8.2), the
    # GBK/Big5 mojibake that the bigram test below accepts never averaged below 10.3
    if sum(char_cost(c) for r in runs for c in r) < SWAP_UNIGRAM_COST * n_han:
        return False
    return sum(span_cost(r) for r in runs) >= SWAP_SUSPECT_COST * n_han


#: Characters that GBK and Big5 produce when each reads the other's bytes: bopomofo and
#: tone marks (GBK's full-width punctuation read as Big5: ``，`` -> ``ㄛ``), small and
#: vertical forms (``、`` -> ``﹜``), Private Use (Big5 hanzi in GBK's user-defined rows),
#: Greek, Cyrillic and box drawing (Big5's commonest rows read as GBK).
_SIGN_SYMBOLS = "\u02c7-\u02d9\u2500-\u257f\u3105-\u312f\u3380-\u33ff\ue000-\uf8ff\ufe30-\ufe6f"
# a lone kana between hanzi (Big5's commonest hanzi read as GBK); Japanese text, with kana
# in runs, is held back by the Japanese/Korean gate
_LONE_KANA = "(?<![\u3040-\u30ff])[\u3041-\u30fa](?![\u3040-\u30ff])"
_SWAP_SIGN_RE = re.compile(f"[{_SIGN_SYMBOLS}\u0391-\u03c9\u0401-\u0451]|{_LONE_KANA}")


#: The characters of :data:`_SWAP_SIGN_RE`, without the context a lone kana needs.
#: (Greek and Cyrillic letters are left out: words of those scripts are made of them)
_SWAP_SIGN_CHAR_RE = re.compile(f"[{_SIGN_SYMBOLS}\u3041-\u30fa]")
#: ... and without kana, for text whose hanzi are mostly kanji Japanese writes.
_SWAP_SIGN_NO_KANA_RE = re.compile(f"[{_SIGN_SYMBOLS}]")


@lru_cache(maxsize=256)
def _sign_chars(text: str) -> re.Pattern[str]:
    """The swap signs whose cost the swap search raises in ``text``: kana count only when
    fewer than half its hanzi are kanji that Japanese writes (Japanese with a lone kana
    between kanji, 東京の駅, keeps its kana cheap). (Cached: both swap chains ask.)"""
    han = _IDEOGRAPH_RE.findall(text)
    jis = _jis_kanji()
    if han and sum(1 for c in han if c in jis) * 2 >= len(han):
        return _SWAP_SIGN_NO_KANA_RE
    return _SWAP_SIGN_CHAR_RE


#: A kana alone between other characters (the swap sign of :data:`_SWAP_SIGN_RE`).
_LONE_KANA_RE = re.compile(_LONE_KANA)
#: Any kana (Big5 read as GBK writes them in pairs too: 新聞中心 -> 穝籇いみ).
_KANA_RE = re.compile("[\u3041-\u30fa]")


def _with_kana_lines(text: str, units: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Add the lines with kana that do not look Japanese and that no unit reaches, as units.

    Big5 read as GBK makes Big5's commonest hanzi kana (央視國際 -> ァ跌瓣悔, 新聞中心 ->
    穝籇いみ), which no suspicious character betrays; Japanese, with kana in runs beside
    kanji it writes, is left alone (:func:`_looks_foreign`).
    """
    extra: list[tuple[int, int, bool]] = []
    k = 0
    le = -1
    for m in _KANA_RE.finditer(text):
        if m.start() < le:
            continue  # (this line was judged)
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        while k < len(units) and units[k][1] < ls:
            k += 1
        if (
            le - ls <= CHUNK
            and not (k < len(units) and units[k][0] <= le)
            and not _looks_foreign(text, ls, le)
        ):
            extra.append((ls, le, False))
    return sorted(units + extra) if extra else units


def _swap_lines(text: str, units: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Widen sparse units to their whole line where the line shows a GBK/Big5 swap sign.

    Swap mojibake is made of ordinary-looking hanzi, so the suspicious characters that open
    a unit are few and far apart; the language model can only judge the whole line.
    """
    out: list[tuple[int, int, bool]] = []
    k = 0
    n = len(units)
    ls = le = -1  # the current line (found once per line: a long line holds many units)
    while k < n:
        lo, hi, dense = units[k]
        if lo > le:
            ls = text.rfind("\n", 0, lo) + 1
            le = text.find("\n", hi)
            le = len(text) if le < 0 else le
        if le - ls > CHUNK:
            out.append(units[k])  # (too long to judge whole)
            k += 1
            continue
        # (a dense unit, which swaps are tried on, is widened too when its line has others)
        split = k + 1 < n and units[k + 1][0] < le
        if (dense and not split) or not (
            _SWAP_SIGN_RE.search(text, ls, le) if split else _SWAP_SIGN_RE.search(text, lo, hi)
        ):
            out.append(units[k])
            k += 1
            continue
        if (out and out[-1][1] > ls) or not _implausible_hanzi(text, ls, le):
            out.append(units[k])
            k += 1
            continue
        while k < n and units[k][0] < le:
            k += 1  # the units of this line are replaced by the whole line
        out.append((ls, le, True))
    return out


def _with_short_swap_lines(
    text: str, units: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """Make the short lines of ordinary hanzi that a GBK/Big5 swap reads far better
    (:func:`_short_swap_line`) dense units of their own, in place of any units on them."""
    lines = [m.span() for m in _short_swap_re().finditer(text) if _short_swap_line(m.group(), True)]
    if not lines:
        return units
    out: list[tuple[int, int, bool]] = []
    k = 0
    for ls, le in lines:
        while k < len(units) and units[k][1] < ls:
            out.append(units[k])
            k += 1
        while k < len(units) and units[k][0] <= le:
            k += 1  # (a unit on the line: the line is judged whole)
        out.append((ls, le, True))
    return out + units[k:]


def _with_swap_lines(text: str, units: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Add the lines of :func:`_swap_line_re` that no unit reaches, as units of their own."""
    extra: list[tuple[int, int, bool]] = []
    k = 0
    for m in _swap_line_re().finditer(text):
        ls, le = m.span()
        while k < len(units) and units[k][1] < ls:
            k += 1
        if (
            le - ls <= CHUNK
            and not (k < len(units) and units[k][0] <= le)
            and _swap_line_suspect(text, ls, le)
        ):
            extra.append((ls, le, False))
    return sorted(units + extra) if extra else units


def _with_latin_layers(
    text: str, units: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """Add units around runs of :func:`_latin_layer_re`, merged with the others."""
    extra: list[tuple[int, int, bool]] = []
    for m in _latin_layer_re().finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        extra.append((max(ls, m.start() - MARGIN), min(le, m.end() + MARGIN), False))
    if not extra:
        return units
    merged: list[tuple[int, int, bool]] = []
    for lo, hi, dense in sorted(units + extra):
        if merged and lo < merged[-1][1] and text.find("\n", lo, merged[-1][1]) < 0:
            plo, phi, pdense = merged[-1]
            merged[-1] = (plo, max(phi, hi), pdense or dense)
        else:
            merged.append((lo, hi, dense))
    return merged


_SWAP_NAMES = frozenset(c.name for c in CHAINS if c.swap)


def _widened_repair(
    text: str, ls: int, le: int, dense: bool, floor: int, ceiling: int
) -> list[_Piece]:
    """Repair ``text[ls:le]``; while a repair touches a cut edge of the unit, widen it.

    A unit reaches only ``MARGIN`` characters beyond its suspicious characters, but mojibake
    of ordinary-looking characters (``掳O陋脤`` before the one rare ``脡``) can run further
    within the line (a swap's, also past ASCII). Pieces come back with offsets relative to
    ``ls``.
    """
    line_lo = max(floor, text.rfind("\n", 0, ls) + 1)
    line_hi = text.find("\n", le)
    line_hi = min(ceiling, len(text) if line_hi < 0 else line_hi)
    lo, hi = ls, le
    for _ in range(3):
        pieces = _repair_unit(text[lo:hi], dense)
        touched = [p for p in pieces if p.reasons is not None]
        # (or, for a GBK/Big5 swap, only ASCII stands between a repair and the edge:
        # ``掘 33010602009328瘍``, where the line is garbled to its end)
        swaps = [p for p in touched if _SWAP_NAMES & set(p.reasons or ())]
        grow_lo = lo > line_lo and (
            any(p.o_start == 0 for p in touched)
            or any(text[lo : lo + p.o_start].isascii() for p in swaps)
        )
        grow_hi = hi < line_hi and (
            any(p.o_end == hi - lo for p in touched)
            or any(text[lo + p.o_end : hi].isascii() for p in swaps)
        )
        if not (grow_lo or grow_hi) or hi - lo >= CHUNK:
            break
        if grow_lo:
            lo = max(line_lo, lo - 4 * MARGIN)
        if grow_hi:
            hi = min(line_hi, hi + 4 * MARGIN)
    shift = lo - ls
    return [_Piece(p.o_start + shift, p.o_end + shift, p.text, p.reasons, p.notes) for p in pieces]


def _edits(text: str) -> tuple[list[Edit], list[tuple[int, int, str, bool]]]:
    """Planned repairs of ``text`` and, for :func:`find_mojibake`, what each one is.

    U+FFFD that stands for a byte cp1252 leaves undefined is first written back where the
    UTF-8 around it says which byte it was; a repair that uses such a byte says so, and one
    that is not repaired keeps its U+FFFD (edits apply to ``text`` itself).
    """
    text, filled = guess_undefined_bytes(text)
    edits, info = _with_resync(text, *_unit_edits(text))
    if not filled:
        return edits, info
    spots = sorted(filled)
    out: list[Edit] = []
    out_info: list[tuple[int, int, str, bool]] = []
    for e, (s, t, chain, lossy) in zip(edits, info):
        n = bisect_left(spots, e.end) - bisect_left(spots, e.start)
        if n:
            page = "cp1252" if "cp1252" in e.reason else "the code page"
            note = f"; inferred {n} byte(s) that {page} leaves undefined (written as U+FFFD)"
            e = Edit(e.start, e.end, e.after, e.reason + note)
            lossy = True
        out.append(e)
        out_info.append((s, t, chain, lossy))
    return out, out_info


_MARKER_RE = re.compile("[\ufffd?\u30fb]")
#: Codecs whose lossy reading of UTF-8 :func:`~zhnews.encoding.resync.resync_utf8` undoes.
RESYNC_CODECS = ("cp932", "big5")


def _with_resync(
    text: str, edits: list[Edit], info: list[tuple[int, int, str, bool]]
) -> tuple[list[Edit], list[tuple[int, int, str, bool]]]:
    """Replace the edits of a line by a re-synchronised reading when that reads better.

    A line that UTF-8 became through a lossy Big5 or Shift-JIS decoder (``銝剜��``) lost one
    byte per marker; :func:`~zhnews.encoding.resync.resync_utf8` recovers every character
    whose bytes survive. Its reading wins when it keeps a character exactly and costs clearly
    less than the line after the other repairs (lost characters are written as U+FFFD).
    """
    if not _MARKER_RE.search(text):
        return edits, info
    out: list[tuple[Edit, tuple[int, int, str, bool]]] = list(zip(edits, info))
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.isascii() or not _MARKER_RE.search(line):
            continue
        found: list[tuple[str, str]] = []
        for codec in RESYNC_CODECS:
            r = resync_utf8(line, codec)
            if r is None or r.restored < 1:
                continue
            note = f"utf-8 read as {codec}, lossy"
            if r.lost:
                note += f"; {r.lost} character(s) lost (bytes missing), written as U+FFFD"
            if r.inferred:
                note += "; inferred " + "".join(c for _, c in r.inferred)
            found.append((r.text, note))
        if not found:
            continue  # (the line after the other repairs is only built when needed)
        mine = [
            Edit(e.start - start, e.end - start, e.after, e.reason)
            for e, _ in out
            if start <= e.start and e.end <= end
        ]
        current = apply_edits(line, mine, STEP)[0]
        best: Optional[tuple[float, str, str]] = None
        for fixed, note in found:
            gain = span_cost(current) - span_cost(fixed)
            if gain >= MIN_GAIN and (best is None or gain > best[0]):
                best = (gain, fixed, note)
        if best is not None:
            out = [(e, i) for e, i in out if not (start <= e.start and e.end <= end)]
            out.append(
                (Edit(start, end, best[1], best[2]), (start, end, best[2].split(";")[0], True))
            )
    out.sort(key=lambda t: t[0].start)
    return [e for e, _ in out], [i for _, i in out]


#: Chains that a whole line may prove at once, in the order the chains come: UTF-8 read
#: as any codec, and GBK or Big5 read as a code page (not the swaps: both readings hanzi).
_WHOLE_LINE_CHAINS = tuple(c for c in CHAINS if c.original == "utf-8" or c.misread_single)
_SWAP_CHAINS = tuple(c for c in CHAINS if c.swap)

#: A short line of hanzi and ASCII only (:func:`_short_swap_re`) is the shape of a
#: navigation label, a heading or a counter (``跟贴 19 参与 206``) that a GBK/Big5 swap
#: turns into other ordinary hanzi with no sign to betray it (學習專欄 -> 厩策盡逆,
#: 办件结果 -> 域璃賦彆).
_HAN_RUN_RE = re.compile("[\u4e00-\u9fff]+")
#: Most hanzi such a line may hold (longer lines hold punctuation or swap signs).
SHORT_LINE_MAX_HAN = 16
#: Mean context-free cost per hanzi below which such a line is not even decoded (clean
#: headings: 5.5 to 8.5; swapped ones 9.4 to 11.3).
SHORT_LINE_UNIGRAM = 9.0
#: Mean cost per hanzi the line must reach, and its decoding must not pass, with the gap
#: between them. Of the 150,000 different short lines of four different hanzi or more in
#: the clean check (every jieba word in both scripts, and the corpus lines), 8,257 read
#: 9 or worse and decode through a swap; no decoding reads better than 8.5, and none
#: better than 9.5 where its line reads 10 or worse. Swapped headings read 10.2 to 14.8
#: and decode to 5.4 to 8.5.
SHORT_LINE_BEFORE = 10.0
SHORT_LINE_AFTER = 8.5
SHORT_LINE_GAP = 3.5


@lru_cache(maxsize=1)
def _han_classes() -> tuple[str, str]:
    """Regex classes of the cheap hanzi and of the dear ones, whose context-free cost is
    :data:`SHORT_LINE_UNIGRAM` or more (written as ranges between the cheaper ones)."""
    cheap = [o for o in range(0x4E00, 0xA000) if char_cost(chr(o)) < SHORT_LINE_UNIGRAM]
    ranges: list[str] = []
    lo = 0x4E00
    for o in [*cheap, 0xA000]:
        if o > lo:
            ranges.append(f"\\u{lo:04x}-\\u{o - 1:04x}" if o - 1 > lo else f"\\u{lo:04x}")
        lo = o + 1
    return "[" + "".join(f"\\u{o:04x}" for o in cheap) + "]", "[" + "".join(ranges) + "]"


@lru_cache(maxsize=1)
def _dear_han_re() -> re.Pattern[str]:
    return re.compile(_han_classes()[1])


@lru_cache(maxsize=1)
def _short_swap_re() -> re.Pattern[str]:
    """Lines of hanzi and ASCII only with two dear hanzi at least (:func:`_han_classes`):
    the screen, at the regex engine's speed, that lines of text and most short clean
    lines fail."""
    cheap, dear = _han_classes()
    plain = "[\t\x20-\x7e\u3000" + cheap[1:]  # (ASCII and cheap hanzi)
    # (plain and dear are disjoint classes: no repeat can backtrack badly, and a line of
    # text fails at its first punctuation mark)
    return re.compile(
        f"(?m)^{plain}{_ALL}{dear}{plain}{_ALL}{dear}[\t\x20-\x7e\u3000\u4e00-\u9fff]{_ALL}$"
    )


def _short_swap_line(line: str, screened: bool = False) -> Optional[tuple[Chain, str]]:
    """The GBK/Big5 swap that reads a short line of ordinary hanzi as fluent Chinese, with
    its decoding, or None.

    The line must hold four different hanzi or more, at most :data:`SHORT_LINE_MAX_HAN`,
    half of them dear, and read very badly as Chinese; and only one of the two swaps may
    decode it to as many different hanzi that read fluently. (``screened``: the line is
    known to match :func:`_short_swap_re`.)

    >>> _short_swap_line("厩策盡逆 (0)")[1], _short_swap_line("學習專欄 (0)")
    ('學習專欄 (0)', None)
    """
    if not screened and not _short_swap_re().fullmatch(line):
        return None
    # (the non-ASCII characters of such a line are its hanzi and ideographic spaces)
    n = len(line) - len(line.encode("ascii", "ignore")) - line.count("\u3000")
    if n > SHORT_LINE_MAX_HAN or len(_dear_han_re().findall(line)) * 2 < n:
        return None
    runs = _HAN_RUN_RE.findall(line)
    han = "".join(runs)
    if len(set(han)) < FREQUENT_MIN_DISTINCT:
        return None
    if sum(char_cost(c) for c in han) < SHORT_LINE_UNIGRAM * len(han):
        return None  # (the context-free screen, before the bigrams)
    before = sum(span_cost(r) for r in runs) / len(han)
    if before < SHORT_LINE_BEFORE:
        return None
    found: list[tuple[Chain, str]] = []
    for chain in _SWAP_CHAINS:
        decoded = undo_strict(line, chain)
        if decoded is None:
            continue
        new = _HAN_RUN_RE.findall(decoded)
        # (ASCII keeps its bytes: the decoding must hold hanzi where the line does, and
        # nothing else that is not ASCII)
        if [len(r) for r in new] != [len(r) for r in runs] or _NON_ASCII_RE.sub("", decoded) != (
            _NON_ASCII_RE.sub("", line)
        ):
            continue
        if len(set("".join(new))) < FREQUENT_MIN_DISTINCT:
            continue
        after = sum(span_cost(r) for r in new) / len(han)
        if after <= SHORT_LINE_AFTER and before - after >= SHORT_LINE_GAP:
            found.append((chain, decoded))
    return found[0] if len(found) == 1 else None


#: First bytes of a multi-byte character: a line's first non-ASCII character must give one.
_LEADS = {"utf-8": range(0xC2, 0xF5), "gbk": range(0x81, 0xFF), "big5": range(0x81, 0xFF)}


def _whole_line(
    text: str, start: int, end: int
) -> Optional[tuple[list[Edit], list[tuple[int, int, str, bool]]]]:
    """Edits for a line that is, as a whole, Chinese garbled by one chain, or None.

    The common cases of mojibake need none of the search: when every character of the
    line has bytes in the misread codec's standard table, the bytes are valid in the
    original encoding, and they decode to Chinese with two hanzi or more that reads clearly
    better (the search's margins) and in which the search finds nothing to repair, the
    byte structure is the proof. Runs of non-ASCII characters closer than ``2 * MARGIN``
    make one edit, as the search's units would. A short line of ordinary hanzi that a
    GBK/Big5 swap reads far better (:func:`_short_swap_line`) is repaired here too.
    Anything less clear-cut (a layer below, lost bytes, a line only partly garbled, other
    GBK/Big5 swaps) is left to the search.
    """
    line = text[start:end]
    first = _NON_ASCII_RE.search(line)
    if first is None:
        return None
    short = _short_swap_line(line)
    if short is not None:
        chain, decoded = short
        if not (_may_hold_mojibake(decoded) and _unit_edits(decoded)[0]):
            swapped = _aligned_edits(line, decoded, chain, start)
            if swapped is not None:
                return swapped, [(e.start, e.end, chain.name, False) for e in swapped]
        return None
    cjk = _CJK_RE.search(line) is not None
    # (a line of ordinary hanzi is no CJK misreading's proof: the rare idiom 逞嬌鬥媚 is
    # valid UTF-8 in cp932, as 痛g馛Z; the search weighs such lines span by span)
    unusual = _suspicious_re().search(line) is not None
    found: list[tuple[float, Chain, str]] = []
    for chain in _WHOLE_LINE_CHAINS:
        misread = chain.misread
        if cjk and chain.misread_single:
            continue  # no code page has hanzi, kana or full-width forms
        if not chain.misread_single and not unusual:
            continue
        lead = char_bytes(first.group(), misread)
        if lead is None or lead[0] not in _LEADS[chain.original]:
            continue
        reading = undo_strict(line, chain)
        if reading is None:
            continue
        if all(reading != d for _, _, d in found):  # (an earlier chain reads it the same)
            found.append((span_cost(reading), chain, reading))
    if not found:
        return None
    found.sort(key=lambda t: t[0])  # (stable: among equal costs, the first chain)
    c_after, chain, decoded = found[0]
    if len(found) > 1 and found[1][0] - c_after < MIN_GAIN:
        return None  # two readings of the bytes (GBK or Big5?), neither clearly better
    if len(_IDEOGRAPH_RE.findall(decoded)) < 2 or not _CJK_RE.search(decoded):
        return None
    # the search's gates on what a decoding may hold (一一浣犲ソ is valid UTF-8 as a whole,
    # but 一 gives Cyrillic һ: only the span 浣犲ソ is mojibake)
    utf8_single = chain.original == "utf-8" and chain.misread_single
    if not (_plausible(decoded, chain.misread_single) or (utf8_single and _any_script(decoded))):
        return None
    if not chain.misread_single and not _latin_at_home(decoded, "", "", lower=True):
        return None
    if len({c for c in line if c >= "\x80"}) < 3 and not (utf8_single and _ftfy_shaped(line)):
        return None  # ÃÃÃÃ, ¤¤: too little variety to tell mojibake from text (the search's gate)
    c_before = span_cost(line)
    gain = c_before - c_after
    if gain < MIN_GAIN or gain < MIN_REL_GAIN * c_before:
        return None
    if chain.original != "utf-8" and (
        c_after > SINGLE_MAX_COST * len(decoded) or not _latin_at_home(decoded, "", "", lower=True)
    ):
        return None  # GBK/Big5 behind a code page must read as Chinese
    if chain.misread_single and chain.original != "utf-8":
        han = "".join(_IDEOGRAPH_RE.findall(decoded))
        if len(han) == 2 and span_cost(han) > FLUENT_COST * 2:
            # two hanzi from four code-page characters are little evidence: they must read
            # fluently (ÄãºÃ -> 你好), not as two rare ones (¯¢ª¼ -> 砭盲)
            return None
    if _may_hold_mojibake(decoded) and _unit_edits(decoded)[0]:
        return None  # a layer below (or a rare hanzi the search must weigh)
    edits = _aligned_edits(line, decoded, chain, start)
    if edits is None:
        return None
    return edits, [(e.start, e.end, chain.name, False) for e in edits]


def _aligned_edits(line: str, decoded: str, chain: Chain, start: int) -> Optional[list[Edit]]:
    """Edits that turn ``line`` into ``decoded``, its decoding through ``chain``.

    The bytes are cut only where a character of both texts ends (a GBK trail byte may be
    an ASCII letter of the garbled line); the stretches between cuts that differ become
    edits, joined when closer than ``2 * MARGIN`` characters, as the search's units would.
    """
    garbled_at = {0: 0}  # byte offset -> characters of ``line`` before it
    pos = 0
    for k, c in enumerate(line):
        b = char_bytes(c, chain.misread)
        if b is None:
            return None
        pos += len(b)
        garbled_at[pos] = k + 1
    codec = original_codec(chain.original)
    decoded_at = {0: 0}  # byte offset -> characters of ``decoded`` before it
    pos = 0
    for k, c in enumerate(decoded):
        try:
            pos += len(c.encode(codec))
        except UnicodeEncodeError:
            return None
        decoded_at[pos] = k + 1
    if pos not in garbled_at:
        return None
    cuts = sorted(garbled_at.keys() & decoded_at.keys())
    stretches: list[list[int]] = []  # [garbled start, garbled end, decoded start, decoded end]
    for p, q in zip(cuts, cuts[1:]):
        g0, g1, d0, d1 = garbled_at[p], garbled_at[q], decoded_at[p], decoded_at[q]
        if line[g0:g1] == decoded[d0:d1]:
            continue
        if stretches and g0 - stretches[-1][1] <= 2 * MARGIN:
            stretches[-1][1], stretches[-1][3] = g1, d1
        else:
            stretches.append([g0, g1, d0, d1])
    return [
        Edit(start + g0, start + g1, decoded[d0:d1], chain.name) for g0, g1, d0, d1 in stretches
    ]


_NON_ASCII_RUN_RE = re.compile("[^\x00-\x7f]+")


def _unit_edits(text: str) -> tuple[list[Edit], list[tuple[int, int, str, bool]]]:
    edits: list[Edit] = []
    info: list[tuple[int, int, str, bool]] = []
    sus = _suspicious_re()
    units = _with_short_swap_lines(
        text,
        _with_kana_lines(
            text,
            _with_swap_lines(text, _swap_lines(text, _with_latin_layers(text, _units(text)))),
        ),
    )
    stack: tuple[str, ...] = ()  # layers of the first layered repair on the current line
    line_start = line_end = -1
    whole_line: Optional[bool] = None  # the current line: not tried yet, repaired whole, not
    japanese: Optional[bool] = None  # the current line looks Japanese (judged when asked)
    for k, (ls, le, dense) in enumerate(units):
        if ls > line_end:
            stack = ()
            line_end = text.find("\n", ls)
            line_end = len(text) if line_end < 0 else line_end
            line_start = text.rfind("\n", 0, ls) + 1
            whole_line = None
            japanese = None
        if whole_line:
            continue  # the line was repaired whole
        if not dense and (
            (
                (_SWAP_SIGN_RE.search(text, ls, le) or _KANA_RE.search(text, ls, le))
                and not _looks_foreign(text, ls, le)
            )
            or _implausible_hanzi(text, ls, le)
        ):
            dense = True  # ordinary-looking hanzi that do not read as Chinese: try swaps
        if (
            not dense
            and all(_isolated(text, m.start(), ls, le) for m in sus.finditer(text, ls, le))
            and not _latin_layer_re().search(text, ls, le)
        ):
            continue  # only lone rare hanzi that no chain can use
        if japanese is None:
            japanese = _japanese_line(text, line_start, line_end)
        if japanese and all(m.group() in _jis_level1() for m in sus.finditer(text, ls, le)):
            continue  # Japanese whose only unusual kanji are everyday Japanese ones (経済)
        if _alphabetic(text, ls, le) and not _code_page_suspect(text, ls, le):
            continue  # words of a Latin, Cyrillic or Greek script that no chain wrote
        if whole_line is None:
            found = _whole_line(text, line_start, line_end)
            whole_line = found is not None
            if found is not None:
                edits += found[0]
                info += found[1]
                continue
        floor = edits[-1].end if edits else 0  # (a unit left unrepaired may be taken in)
        ceiling = units[k + 1][0] if k + 1 < len(units) else len(text)
        for p in _one_layering(_widened_repair(text, ls, le, dense, floor, ceiling), stack):
            if p.reasons is None:
                continue
            if len(p.reasons) > 1 and not stack:
                stack = tuple(p.reasons)
            reason = _reason(p)
            edits.append(Edit(ls + p.o_start, ls + p.o_end, p.text, reason))
            info.append((ls + p.o_start, ls + p.o_end, _chain_name(p), bool(p.notes)))
    return edits, info


# ---------------------------------------------------------------- public API


def _fast_path() -> tuple[re.Pattern[str], ...]:
    return (
        _gate_re(),
        _trigger_re(),
        _latin_layer_start_re(),
        _one_line_re(),
        _one_line_re(lines=True),
    )


@lru_cache(maxsize=2)
def _one_line_re(lines: bool = False) -> re.Pattern[str]:
    """The two screens of a line in one pass: a line of :func:`_swap_line_body` (group
    ``w``) or else of :func:`_short_swap_re`. Tried with ``fullmatch`` on a text of one
    line, or (``lines``) with ``finditer`` over the lines of a longer text. Most lines fail
    both at their first punctuation mark."""
    short = _short_swap_re().pattern.removeprefix("(?m)^").removesuffix("$")
    body = f"(?P<w>{_swap_line_body()})|{short}"
    return re.compile(f"(?m)^(?:{body})$" if lines else body)


def _screened_line_holds(text: str, m: re.Match[str]) -> bool:
    """Whether a line that passed :func:`_one_line_re` holds a swap the search repairs: a
    whole-line GBK-as-Big5 suspect, or a short swap line."""
    if m.lastgroup is None:  # (only the short-line screen matched)
        return _short_swap_line(m.group(), True) is not None
    if _swap_line_suspect(text, *m.span()):
        return True
    line = m.group()
    return _short_swap_re().fullmatch(line) is not None and _short_swap_line(line, True) is not None


#: The patterns above once built: a plain lookup, since most text is clean and every call
#: of the fast path counts.
_FAST: list[tuple[re.Pattern[str], ...]] = []


def _may_hold_mojibake(text: str) -> bool:
    """The fast path: False when no chain could have produced anything in ``text``."""
    if not _FAST:
        _FAST.append(_fast_path())
    gate, trigger, latin, one_line, lines = _FAST[0]
    judged = -1  # the end of the last line whose kana were judged
    m = gate.search(text)
    while m is not None:
        i = m.start()
        if "\u3041" <= text[i] <= "\u30fa":
            if _LONE_KANA_RE.match(text, i):
                return True
            if i >= judged:
                # a kana pair: Japanese, unless the line's hanzi are mostly of Chinese only
                # (each line judged once; its other characters are still looked at)
                ls = text.rfind("\n", 0, i) + 1
                judged = text.find("\n", i)
                judged = len(text) if judged < 0 else judged
                if not _looks_foreign(text, ls, judged):
                    return True
        elif trigger.match(text, i) or latin.match(text, i):
            return True
        m = gate.search(text, i + 1)
    if "\n" in text:
        return any(_screened_line_holds(text, m) for m in lines.finditer(text))
    m = one_line.fullmatch(text)
    return m is not None and _screened_line_holds(text, m)


def repair_and_explain(text: str) -> tuple[str, list[Change]]:
    """Repair mojibake spans and explain each one as a :class:`~zhnews.changes.Change`.

    The reason names the chain (``"utf-8 read as gbk"``) and, for lossy spans, which
    characters were inferred or lost.

    >>> repair_and_explain("浣犲ソ")[1][0].reason
    'utf-8 read as gbk'
    """
    require_str(text, "repair_and_explain")
    if text.isascii() or not _may_hold_mojibake(text):
        return text, []  # nothing a chain could have produced
    edits, _ = _edits(text)
    if not edits:
        return text, []
    return apply_edits(text, edits, STEP)


def repair(text: str) -> str:
    """Repair text that was decoded with the wrong codec (``浣犲ソ``, ``ÄãºÃ``, ``ä½ å¥½``).

    Clean text comes back unchanged; only spans whose decoding is clearly better are
    replaced.

    >>> repair("浣犲ソ"), repair("ÄãºÃ"), repair("ä½ å¥½"), repair("你好")
    ('你好', '你好', '你好', '你好')
    """
    if not isinstance(text, str):
        require_str(text, "repair")
    if text.isascii() or not _may_hold_mojibake(text):
        return text  # the fast path: nothing a chain could have produced
    return repair_and_explain(text)[0]


def find_mojibake(text: str) -> list[Finding]:
    """List the spans of ``text`` that look like mojibake, repairable or not.

    >>> [(f.chain, f.recoverable) for f in find_mojibake("好锟斤拷")]
    [('unknown (bytes already lost)', 'none')]
    """
    require_str(text, "find_mojibake")
    _, info = _edits(text)
    found: list[Finding] = []
    for start, end, chain, lossy in info:
        conf = 0.7 if lossy else 0.95
        found.append(Finding(start, end, chain, "partial" if lossy else "exact", conf))
    for m in _SIGNATURE_RE.finditer(text):
        if any(s <= m.start() < e for s, e, _, _ in info):
            continue
        run = m.group()
        conf = 0.6 if run == "\ufffd" else 0.95
        found.append(Finding(m.start(), m.end(), "unknown (bytes already lost)", "none", conf))
    found.sort(key=lambda f: (f.start, f.end))
    return found
