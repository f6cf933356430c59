"""Unicode, punctuation and width normalisation for scraped Chinese news text.

Three independent steps, each a pure function on ``str`` with an ``*_and_explain`` twin
that also returns one :class:`~zhnews.changes.Change` per edit:

``normalize_unicode`` (step ``"unicode"``)
    NFC (except CJK compatibility ideographs, see below), line endings to ``\\n``, control
    characters removed, stray zero-width characters removed, odd spaces to ASCII space and
    HTML character references decoded. Clean text (already NFC, no controls) is returned
    unchanged, so it is safe on Japanese, Korean, emoji, pinyin and accented Latin.

``normalize_punctuation`` (step ``"punctuation"``)
    ASCII ``, : ; ? ! ( )`` that a crawler narrowed from full width go back to full width,
    but only where both sides are Chinese (see :func:`normalize_punctuation` for the exact
    rule). Numbers, times, URLs, Latin text and lines that look like Japanese, Korean or code
    are left alone, and so is text that reads like mojibake (judged with the shared
    character model), because the mojibake repair needs those ASCII bytes intact.

``normalize_width`` (step ``"width"``, opt-in)
    Full-width Latin letters and digits to ASCII; ``ideographic_space=True`` also turns
    U+3000 into a space. Full-width punctuation is left alone.

**CJK compatibility ideographs.** NFC maps U+F900..U+FAFF and U+2F800..U+2FA1F to unified
ideographs. Korean and Japanese text uses these code points on purpose (hanja with a
distinct reading, JIS round-trip characters), so :func:`normalize_unicode` applies NFC to
everything *except* them and leaves them as they are.

**Order in a pipeline.** Run these steps after mojibake repair: C1 control characters,
``?`` and ASCII punctuation between garbled characters are evidence that the repair needs.
"""

from __future__ import annotations

import html.entities
import re
import unicodedata
from functools import lru_cache

from zhnews._guards import require_str
from zhnews.changes import Change, Edit, apply_edits

__all__ = [
    "normalize_punctuation",
    "normalize_punctuation_and_explain",
    "normalize_unicode",
    "normalize_unicode_and_explain",
    "normalize_width",
    "normalize_width_and_explain",
]

# ---------------------------------------------------------------------------------------
# normalize_unicode
# ---------------------------------------------------------------------------------------

#: Characters that can start a region ``normalize_unicode`` may have to edit: C0/C1
#: controls other than tab and newline, odd spaces, zero-width characters, line and
#: paragraph separators, U+FEFF.
_TOKEN_CHARS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xa0\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\ufeff"
)

#: One HTML character reference, well formed (with ``;``), optionally escaped again as
#: ``&amp;`` (any number of times); the legacy bare ``&nbsp`` is accepted too.
_ENTITY = (
    r"&(?:(?:amp|AMP|#0{0,8}38|#[xX]0{0,8}26);)*"
    r"(?:#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,8};|[A-Za-z][A-Za-z0-9]{1,31};|nbsp(?![A-Za-z0-9;]))"
)
_ENTITY_RE = re.compile(_ENTITY)
_TOKEN_RE = re.compile(_ENTITY + "|(?:[" + _TOKEN_CHARS + "]|\r\n?)+")
#: Where a token may start (a plain class, which the regex engine scans fast).
_TOKEN_START_RE = re.compile("[&\r" + _TOKEN_CHARS + "]")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_ZW_RUN_RE = re.compile("[\u200b-\u200d\u2060\ufeff]+")
_COMPAT_IDEOGRAPH_RE = re.compile("([\uf900-\ufaff\U0002f800-\U0002fa1f]+)")
_NNBSP_RE = re.compile("(?<![\u1800-\u18af])\u202f")

_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_ODD_SPACES = "\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f"


def _control_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in list(range(0x20)) + list(range(0x7F, 0xA0)):
        if chr(cp) not in "\t\n\r":
            table[cp] = None
    for c in _LINE_BREAKS:
        table[ord(c)] = "\n"
    table[ord("\r")] = "\n"
    for c in _ODD_SPACES:
        table[ord(c)] = " "
    return table


_CONTROL_TABLE = _control_table()
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_BREAK_RE = re.compile("[\r" + _LINE_BREAKS + "]")
_ODD_SPACE_RE = re.compile("[" + _ODD_SPACES + "\u202f]")

#: Scripts written without spaces, where U+200B/U+2060 mark word boundaries on purpose:
#: Thai, Lao, Tibetan, Myanmar, Khmer, Tai Le/New Tai Lue/Tai Tham, Balinese, Javanese.
_SPACELESS_RANGES = (
    (0x0E00, 0x0FFF),
    (0x1000, 0x109F),
    (0x1780, 0x17FF),
    (0x1950, 0x1AAF),
    (0x1B00, 0x1B7F),
    (0xA980, 0xA9FF),
    (0xAA60, 0xAA7F),
)

#: Characters around which ZWJ/ZWNJ have no job (Latin, CJK, general punctuation): a
#: joiner between two of them is scraping debris. Everything else (emoji, Arabic, Indic,
#: Mongolian, symbols...) may need it, so a joiner next to them is kept.
_PLAIN_RANGES = (
    (0x0000, 0x024F),
    (0x1100, 0x11FF),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x2E80, 0x2FDF),
    (0x3000, 0x33FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3FFFF),
)


def _in_ranges(c: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    o = ord(c)
    return any(lo <= o <= hi for lo, hi in ranges)


def _base(c: str) -> str:
    """The first character of the canonical decomposition (``é`` -> ``e``)."""
    if c < "\x80":
        return c
    return unicodedata.normalize("NFD", c)[:1] or c


@lru_cache(maxsize=4096)
def _plain(c: str) -> bool:
    return c == "" or _in_ranges(_base(c), _PLAIN_RANGES)


@lru_cache(maxsize=4096)
def _spaceless(c: str) -> bool:
    return c != "" and _in_ranges(c, _SPACELESS_RANGES)


@lru_cache(maxsize=1)
def _nfc_sensitive() -> tuple[frozenset[str], re.Pattern[str]]:
    """Characters next to which NFC may change text (read off this Python's unicodedata),
    and a regex that finds runs of those in the BMP.

    A character is sensitive if it has a non-zero combining class, if NFC changes it on
    its own, or if it can be the second half of a canonical composition. Every other
    character is a safe boundary: NFC never changes it nor composes it with what precedes.
    """
    sens: set[int] = set()
    second: set[int] = set()
    for cp in [*range(0x80, 0xD800), *range(0xE000, 0x30000), *range(0xE0000, 0xE1000)]:
        c = chr(cp)
        d = unicodedata.decomposition(c)
        if d and d[0] != "<":
            parts = d.split()
            if len(parts) == 2:
                second.add(int(parts[1], 16))
        if unicodedata.combining(c) or unicodedata.normalize("NFC", c) != c:
            sens.add(cp)
    sens |= second
    sens.update(range(0x1161, 0x1176))  # Hangul vowel jamo (compose with a leading jamo)
    sens.update(range(0x11A8, 0x11C3))  # Hangul trailing jamo (compose with a syllable)
    chars = frozenset(chr(cp) for cp in sens)
    ranges: list[str] = []
    run_start = prev = -2
    # only the BMP part goes into the regex: a class that also holds astral ranges is
    # compiled as a list of ranges tested one by one, sixteen times slower on CJK text
    for cp in sorted(cp for cp in sens if cp < 0x10000):
        if cp != prev + 1:
            if run_start >= 0:
                ranges.append(_class_range(run_start, prev))
            run_start = cp
        prev = cp
    if run_start >= 0:
        ranges.append(_class_range(run_start, prev))
    return chars, re.compile("[" + "".join(ranges) + "]+")


def _class_range(lo: int, hi: int) -> str:
    return re.escape(chr(lo)) if lo == hi else re.escape(chr(lo)) + "-" + re.escape(chr(hi))


_HTML5 = html.entities.html5


def _decode_entity(ref: str) -> str | None:
    """Decode one reference matched by ``_ENTITY`` (its ``&amp;`` prefixes are escapes of the
    ``&`` of the final reference, so only that one counts), or None if it is not valid."""
    parts = ref[1:].split(";")
    final = parts[-2] if ref.endswith(";") else parts[-1]
    if final.startswith("#"):
        digits = final[1:]
        cp = int(digits[1:], 16) if digits[:1] in ("x", "X") else int(digits)
        if cp == 0 or 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
            return None
        return html.unescape("&#" + str(cp) + ";")
    if final == "nbsp":
        return "\xa0"
    return _HTML5.get(final + ";")


def _entity_sub(m: re.Match[str]) -> str:
    decoded = _decode_entity(m.group())
    return m.group() if decoded is None else decoded


def _nfc_keeping_compat(s: str) -> str:
    if unicodedata.is_normalized("NFC", s):
        return s
    parts = _COMPAT_IDEOGRAPH_RE.split(s)
    for i in range(0, len(parts), 2):
        parts[i] = unicodedata.normalize("NFC", parts[i])
    return "".join(parts)


_DROP_SPACES_ZW = {ord(c): None for c in "\u200b\u2060\ufeff"}
_DROP_JOINERS_ZW = {ord(c): None for c in "\u200c\u200d\ufeff"}


def _zw_run(run: str, left: str, right: str) -> str:
    """What is left of a run of zero-width characters between ``left`` and ``right``."""
    keep_joiner = not (_plain(left) and _plain(right))
    keep_space = _spaceless(left) or _spaceless(right)
    if keep_joiner and keep_space:
        return run.replace("\ufeff", "")
    if keep_joiner:
        return run.translate(_DROP_SPACES_ZW)
    if keep_space:
        return run.translate(_DROP_JOINERS_ZW)
    return ""


def _zero_width(s: str, right: str) -> str:
    """Drop zero-width characters except joiners a script needs (emoji, Indic, Arabic...)."""

    def sub(m: re.Match[str]) -> str:
        i, j = m.span()
        return _zw_run(m.group(), s[i - 1] if i > 0 else "", s[j] if j < len(s) else right)

    return _ZW_RUN_RE.sub(sub, s)


def _core_once(s: str, right: str) -> str:
    if "&" in s:
        s = _ENTITY_RE.sub(_entity_sub, s)
    s = s.replace("\r\n", "\n").translate(_CONTROL_TABLE)
    if "\u202f" in s:
        s = _NNBSP_RE.sub(" ", s)
    s = _nfc_keeping_compat(s)
    if _ZW_RUN_RE.search(s):
        s = _nfc_keeping_compat(_zero_width(s, right))
    return s


@lru_cache(maxsize=16384)
def _core(s: str, right: str) -> str:
    """Normalise one region; ``right`` is the character after it ('' at the end)."""
    for _ in range(4):
        new = _core_once(s, right)
        if new == s:
            break
        s = new
    return s


@lru_cache(maxsize=4096)
def _reason(before: str, after: str) -> str:
    reasons: list[str] = []
    produced = set(before) | {" ", "\n"}
    for m in _ENTITY_RE.finditer(before):
        decoded = _decode_entity(m.group())
        if decoded is not None:
            produced.update(decoded)
            if "HTML character reference decoded" not in reasons:
                reasons.append("HTML character reference decoded")
    if _LINE_BREAK_RE.search(before):
        reasons.append("line break normalised to \\n")
    if _CONTROL_RE.search(before):
        reasons.append("control character removed")
    if _ZW_RUN_RE.search(before):
        reasons.append("zero-width character removed")
    if _ODD_SPACE_RE.search(before):
        reasons.append("non-standard space replaced by ASCII space")
    if not reasons or not set(after) <= produced:
        reasons.append("Unicode NFC composition")
    return "; ".join(reasons)


@lru_cache(maxsize=4096)
def _inert_replacement(seed: str) -> str | None:
    """Replacement for an entity or a run of controls/spaces, if it cannot interact with
    its neighbours (no zero-width or NFC-sensitive character in or out); else None."""
    if seed[0] == "&":
        decoded = _decode_entity(seed)
        if decoded is None:
            return seed
        seed = decoded
    if _ZW_RUN_RE.search(seed) or "\u202f" in seed:
        return None
    out = seed.replace("\r\n", "\n").translate(_CONTROL_TABLE)
    sens_chars = _nfc_sensitive()[0]
    if any(c in sens_chars for c in out):
        return None
    return out


def _regions(
    text: str, seeds: list[tuple[int, int]], sens_chars: frozenset[str]
) -> list[tuple[int, int, bool]]:
    """Merge seeds into independent regions ``(start, end, simple)``.

    A region starts one character before its first seed (the starter that combining marks
    may compose with) and extends over NFC-sensitive characters on both sides; ``simple``
    regions are one seed with no sensitive neighbour.
    """
    n = len(text)
    regions: list[tuple[int, int, bool]] = []
    cur_s = cur_e = -1
    simple = False
    for s, e in seeds:
        if s < cur_e:
            while e < n and text[e] in sens_chars:
                e += 1
            cur_e = max(cur_e, e)
            simple = False
            continue
        s0, e0 = s, e
        while s > max(cur_e, 0) and text[s - 1] in sens_chars:
            s -= 1
        if s > 0:
            s -= 1
        while e < n and text[e] in sens_chars:
            e += 1
        if s < cur_e:
            cur_e = max(cur_e, e)
            simple = False
            continue
        if cur_e >= 0:
            regions.append((cur_s, cur_e, simple))
        cur_s, cur_e = s, e
        simple = e == e0 and s == max(s0 - 1, 0)
    if cur_e >= 0:
        regions.append((cur_s, cur_e, simple))
    return regions


def _unicode_edits(text: str) -> list[Edit]:
    n = len(text)
    seeds: list[tuple[int, int]] = []
    pos = 0
    search = _TOKEN_START_RE.search
    match = _TOKEN_RE.match
    while True:
        hit = search(text, pos)
        if hit is None:
            break
        m = match(text, hit.start())
        if m is None or (m.group()[0] == "&" and _decode_entity(m.group()) is None):
            pos = hit.start() + 1
            continue
        seeds.append(m.span())
        pos = m.end()
    token_seeds = set(seeds)
    sens_chars, sens_re = _nfc_sensitive()
    # NFC can only change text that holds a sensitive character; the regex test is much
    # cheaper than is_normalized() on text that fails its quick check
    normalized = (
        sens_re.search(text) is None
        and not any(m.group() in sens_chars for m in _ASTRAL_RE.finditer(text))
    ) or unicodedata.is_normalized("NFC", text)
    if not seeds and normalized:
        return []
    if not normalized:
        seeds.extend(m.span() for m in sens_re.finditer(text))
        for m in _ASTRAL_RE.finditer(text):
            if m.group() in sens_chars:
                seeds.append(m.span())
        seeds.sort()
    edits: list[Edit] = []
    for s, e, simple in _regions(text, seeds, sens_chars):
        if simple:
            # one token with plain neighbours: replace just the token (same result as _core)
            ts = s + 1 if (s + 1, e) in token_seeds else s
            seed = text[ts:e]
            if (ts, e) in token_seeds:
                if seed[0] in "\u200b\u200c\u200d\u2060\ufeff" and _ZW_RUN_RE.fullmatch(seed):
                    out: str | None = _zw_run(
                        seed, text[ts - 1] if ts > 0 else "", text[e] if e < n else ""
                    )
                else:
                    out = _inert_replacement(seed)
                if out is not None:
                    if out != seed:
                        edits.append(Edit(ts, e, out, _reason(seed, out)))
                    continue
        before = text[s:e]
        after = _core(before, text[e] if e < n else "")
        if after == before:
            continue
        # leave the unchanged starter taken as context out of the reported span
        p = 1 if (before[:1] == after[:1] and _TOKEN_RE.match(before) is None) else 0
        edits.append(Edit(s + p, e, after[p:], _reason(before[p:], after[p:])))
    return edits


def normalize_unicode_and_explain(text: str) -> tuple[str, list[Change]]:
    """Like :func:`normalize_unicode`, and list every edit as a ``Change`` (step ``"unicode"``).

    >>> normalize_unicode_and_explain("a&nbsp;b")[1][0].before
    '&nbsp;'
    """
    text = require_str(text, "normalize_unicode_and_explain")
    if _TOKEN_START_RE.search(text) is None and unicodedata.is_normalized("NFC", text):
        return text, []
    return apply_edits(text, _unicode_edits(text), "unicode")


def normalize_unicode(text: str) -> str:
    """Repair invisible Unicode debris: NFC, controls, zero-width and odd spaces, HTML entities.

    Line endings become ``\\n``; tabs, U+3000 and CJK compatibility ideographs are kept, and
    so are joiners inside emoji and scripts that need them. Clean text comes back unchanged.

    >>> normalize_unicode("新華社&nbsp;北京\\u200b電&#x201C;好&#8221;\\r\\n")
    '新華社 北京電“好”\\n'
    """
    text = require_str(text, "normalize_unicode")
    if _TOKEN_START_RE.search(text) is None and unicodedata.is_normalized("NFC", text):
        return text
    return apply_edits(text, _unicode_edits(text), "unicode")[0]


# ---------------------------------------------------------------------------------------
# normalize_punctuation
# ---------------------------------------------------------------------------------------

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
#: CJK closing punctuation after which an ASCII mark still sits in a Chinese sentence.
_CJK_CLOSE = "”’」』》〉）】〕〗"
#: CJK opening punctuation before which an ASCII mark still sits in a Chinese sentence.
_CJK_OPEN = "“‘「『《〈（【〔〖"
#: Any CJK punctuation that may stand next to a parenthesis in a Chinese sentence.
_CJK_PUNCT = _CJK_CLOSE + _CJK_OPEN + "，。、：；？！…—·"

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}

_ANY_PUNCT_RE = re.compile(r"[,:;?!()]")
#: A candidate mark (its neighbours are checked in Python: a class of all hanzi at the
#: start of a pattern would make the regex engine try every position).
_MARK_RE = re.compile(r"[,:;?!]")
#: An innermost pair of parentheses on one line with a short content.
_PAREN_RE = re.compile(r"\(([^()\n]{1,200})\)")
#: Lines in Japanese or Korean (they use ASCII marks natively) or that look like code.
_FOREIGN_CHAR_RE = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f{}=`]"
)
#: Two-character sequences typical of markup or code: ``</ />`` and a string or list
#: literal as a call argument (``("``, ``')``...).
_CODE_PAIR_RE = re.compile(r"[</(\"'\]][/>\"'\[)]")
_CODE_PAIRS = frozenset(["</", "/>", '("', "('", "([", '")', "')", "])"])
_SPACES = " \u3000"
_ASCII_MARKS = ",:;?!"

#: Mean log-probability per hanzi (shared character model) below which the text around a
#: mark reads like mojibake and is left alone. On the development corpus it keeps 486 of
#: 489 real marks and rejects all 406 marks inside GBK/Big5/UTF-8 mojibake.
MOJIBAKE_LOGP = -9.5
_WINDOW = 6


def _is_han(c: str) -> bool:
    o = ord(c)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x20000 <= o <= 0x3FFFF
        or (0xF900 <= o <= 0xFAFF)
    )


class _Lines:
    """Per-line verdicts for candidates visited in increasing order (linear overall)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = 0
        self.end = -1
        self.foreign = False

    def line(self, pos: int) -> tuple[int, int, bool]:
        if not (self.start <= pos < self.end):
            t = self.text
            self.start = t.rfind("\n", 0, pos) + 1
            end = t.find("\n", pos)
            self.end = len(t) if end < 0 else end
            self.foreign = _FOREIGN_CHAR_RE.search(t, self.start, self.end) is not None or any(
                m.group() in _CODE_PAIRS for m in _CODE_PAIR_RE.finditer(t, self.start, self.end)
            )
        return self.start, self.end, self.foreign


#: Score of a common GB2312/Big5 character that the model's table lacks (mostly Taiwan
#: standard forms such as 眾, 啟, 偽): a rare character, not an impossible one.
_UNSEEN_COMMON_LOGP = -10.0


@lru_cache(maxsize=1)
def _common_unseen() -> frozenset[str]:
    from zhnews.chardata import big5_common, gb2312_level1
    from zhnews.langmodel import model

    lm = model()
    return frozenset(c for c in gb2312_level1() | big5_common() if not lm.knows(c))


def _plausible(text: str, spans: list[tuple[int, int]]) -> bool:
    """True if the hanzi in ``spans`` read like Chinese rather than mojibake.

    The score is the mean log-probability per hanzi under the shared character model
    (bigrams within a run of hanzi, the unigram at the start of a run), as
    :meth:`~zhnews.langmodel.HanziModel.logp` computes it.
    """
    from zhnews.langmodel import model

    lm = model()
    pair = lm.pair_logp
    char = lm.char_logp
    unseen = _common_unseen()
    total = 0.0
    count = 0
    for s, e in spans:
        prev = ""
        for c in text[s:e]:
            o = ord(c)
            if (
                0x4E00 <= o <= 0x9FFF
                or 0x3400 <= o <= 0x4DBF
                or 0x20000 <= o <= 0x3FFFF
                or (0xF900 <= o <= 0xFAFF)
            ):
                if c in unseen:
                    total += _UNSEEN_COMMON_LOGP
                else:
                    total += pair(prev, c) if prev else char(c)
                prev = c
                count += 1
            else:
                prev = ""
    return count > 0 and total / count > MOJIBAKE_LOGP


def _skip_spaces_right(text: str, pos: int, limit: int) -> int:
    k = 0
    while pos < limit and k < 3 and text[pos] in _SPACES:
        pos += 1
        k += 1
    return pos


def _skip_spaces_left(text: str, pos: int, limit: int) -> int:
    """Index of the nearest non-space character before ``pos`` (>= limit), or limit - 1."""
    k = 0
    i = pos - 1
    while i >= limit and k < 3 and text[i] in _SPACES:
        i -= 1
        k += 1
    return i


def _paren_edits(text: str, lines: _Lines) -> dict[int, str]:
    conv: dict[int, str] = {}
    for m in _PAREN_RE.finditer(text):
        o, c = m.start(), m.end() - 1
        content = m.group(1)
        first = content.lstrip(_SPACES)[:1]
        if not first or not (_is_han(first) or first in _CJK_OPEN):
            continue
        ls, le, foreign = lines.line(o)
        if foreign:
            continue
        # look past spaces and ASCII marks (``今天,(記者 張三)說``) for the neighbours
        li = _skip_spaces_left(text, o, ls)
        if li >= ls and text[li] in _ASCII_MARKS:
            li = _skip_spaces_left(text, li, ls)
        left = text[li] if li >= ls else ""
        ri = _skip_spaces_right(text, c + 1, le)
        if ri < le and text[ri] in _ASCII_MARKS:
            ri = _skip_spaces_right(text, ri + 1, le)
        right = text[ri] if ri < le else ""
        if left and not (_is_han(left) or left in _CJK_PUNCT):
            continue
        if right and not (_is_han(right) or right in _CJK_PUNCT):
            continue
        window = [
            (max(ls, o - _WINDOW), o),
            (o + 1, min(c, o + 1 + 2 * _WINDOW)),
            (c + 1, min(le, c + 1 + _WINDOW)),
        ]
        if not _plausible(text, window):
            continue
        conv[o] = "（"
        conv[c] = "）"
    return conv


def _punctuation_edits(text: str) -> list[Edit]:
    lines = _Lines(text)
    conv = _paren_edits(text, lines)
    lines = _Lines(text)
    edits = [
        Edit(i, i + 1, full, "ASCII parenthesis in Chinese text to full width")
        for i, full in conv.items()
    ]
    skip_to = 0
    n = len(text)
    for m in _MARK_RE.finditer(text):
        ms = m.start()
        if ms < skip_to:
            continue
        me = ms + 1
        if text[ms] in "?!":
            while me < n and me - ms < 3 and text[me] in "?!":
                me += 1
            skip_to = me
        # cheap neighbour checks first; spaces are skipped, a newline ends the search
        lpos = _skip_spaces_left(text, ms, 0)
        if lpos < 0:
            continue
        left = text[lpos]
        if not (_is_han(left) or left in _CJK_CLOSE or (left == ")" and lpos in conv)):
            continue
        ri = _skip_spaces_right(text, me, n)
        right = text[ri] if ri < n and text[ri] != "\n" else ""
        if text[ms] in "?!":
            ok = right == "" or _is_han(right) or right in _CJK_OPEN or right in _CJK_CLOSE
        else:
            ok = right != "" and (_is_han(right) or right in _CJK_OPEN)
        if right == "(":
            ok = ri in conv
        if not ok:
            continue
        ls, le, foreign = lines.line(ms)
        if foreign:
            continue
        window = [(max(ls, lpos - _WINDOW), lpos + 1), (ri, min(le, ri + _WINDOW))]
        if not _plausible(text, window):
            continue
        for k in range(ms, me):
            edits.append(
                Edit(k, k + 1, _FULL[text[k]], "ASCII punctuation in Chinese text to full width")
            )
    return edits


def normalize_punctuation_and_explain(text: str) -> tuple[str, list[Change]]:
    """Like :func:`normalize_punctuation`, with one ``Change`` per mark (step ``"punctuation"``).

    >>> normalize_punctuation_and_explain("你好,世界")[1][0].after
    '，'
    """
    text = require_str(text, "normalize_punctuation_and_explain")
    if _ANY_PUNCT_RE.search(text) is None:
        return text, []
    return apply_edits(text, _punctuation_edits(text), "punctuation")


def normalize_punctuation(text: str) -> str:
    """Give ASCII ``, : ; ? ! ( )`` between Chinese characters back their full-width form.

    A mark ``, : ;`` is converted when the nearest non-space character on its left (at
    most three spaces away) is a hanzi or CJK closing punctuation and the one on its right
    is a hanzi or CJK opening punctuation; ``? !`` (runs of up to three) may also end a
    line or stand before a closing quote. A pair of parentheses on one line is converted
    when its content starts with a hanzi and nothing on either side is Latin or a digit.
    Lines with kana, Hangul or code-like characters, and text that reads like mojibake,
    are left alone. Spaces are never removed.

    >>> normalize_punctuation("在新冠肺炎疫情沖擊下,“直播帶貨”逆勢突圍(記者 張三)")
    '在新冠肺炎疫情沖擊下，“直播帶貨”逆勢突圍（記者 張三）'
    >>> normalize_punctuation("3,500元, 05:36, http://a.b/c?d=1, Hello, world")
    '3,500元, 05:36, http://a.b/c?d=1, Hello, world'
    """
    text = require_str(text, "normalize_punctuation")
    if _ANY_PUNCT_RE.search(text) is None:
        return text
    return apply_edits(text, _punctuation_edits(text), "punctuation")[0]


# ---------------------------------------------------------------------------------------
# normalize_width
# ---------------------------------------------------------------------------------------

_WIDE_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_WIDE_RE = re.compile("[" + _WIDE_ALNUM + "]+")
_WIDE_OR_SPACE_RE = re.compile("[" + _WIDE_ALNUM + "]+|\u3000+")
_WIDTH_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF5B) if chr(cp).isalnum()}


def _fold_width(m: re.Match[str]) -> str:
    run = m.group()
    return " " * len(run) if run[0] == "\u3000" else run.translate(_WIDTH_TABLE)


def normalize_width_and_explain(
    text: str, *, ideographic_space: bool = False
) -> tuple[str, list[Change]]:
    """Like :func:`normalize_width`, with one ``Change`` per run (step ``"width"``).

    >>> normalize_width_and_explain("ＧＤＰ增長")[1][0].after
    'GDP'
    """
    text = require_str(text, "normalize_width_and_explain")
    pattern = _WIDE_OR_SPACE_RE if ideographic_space else _WIDE_RE
    if pattern.search(text) is None:
        return text, []
    edits = []
    for m in pattern.finditer(text):
        run = m.group()
        if run[0] == "\u3000":
            edits.append(
                Edit(m.start(), m.end(), " " * len(run), "ideographic space to ASCII space")
            )
        else:
            edits.append(
                Edit(
                    m.start(),
                    m.end(),
                    run.translate(_WIDTH_TABLE),
                    "full-width letters/digits to ASCII",
                )
            )
    return apply_edits(text, edits, "width")


def normalize_width(text: str, *, ideographic_space: bool = False) -> str:
    """Fold full-width Latin letters and digits (``ＡＢＣ１２３``) to ASCII; opt-in step.

    Full-width punctuation stays; U+3000 becomes a space only with ``ideographic_space=True``.

    >>> normalize_width("２０２０年ＧＤＰ增長\\u3000５％")
    '2020年GDP增長\\u30005％'
    """
    text = require_str(text, "normalize_width")
    pattern = _WIDE_OR_SPACE_RE if ideographic_space else _WIDE_RE
    if pattern.search(text) is None:
        return text
    return pattern.sub(_fold_width, text)
