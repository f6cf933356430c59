"""Traditional/simplified conversion that never rewrites text already in the target script.

The conversion itself is OpenCC's, run from the dictionaries of ``opencc-python-reimplemented``
and identical to ``opencc.OpenCC(variant).convert`` wherever a span is converted (see
:mod:`zhnews.script._opencc_plan` for the engine, which is 30x or more faster than that
package). What zhnews adds is the decision of *where* to convert:

**Span rule.** The text is cut into *spans*: maximal runs of hanzi (and of the few other
characters that occur in dictionary keys, such as 〇); any other character (punctuation,
spaces, Latin, digits, kana) ends a span. Characters are sorted, from OpenCC's own
character tables, into *source-only* (exist only in the script being converted from: 們 for
``to_simplified``, 们 for ``to_traditional``), *target-only*, and *shared*. Then, per span:

* source-only characters and no target-only ones: the span is converted as OpenCC does;
* both kinds (a mixed span such as 他说臺灣): only the source-only characters are replaced,
  each by what OpenCC gives it in that span; shared characters stay as written;
* no source-only character but some target-only one: the span is already in the target
  script and is left exactly as it is (``to_simplified`` keeps 一坏, 著书立说, 乾隆);
* neither kind (every character is shared, such as 他看著我 or 嚧): the span follows its
  line, converted only if the line has source-only and no target-only characters. A
  simplified line therefore keeps such spans as they are.

Shared characters (valid in both scripts: 乾, 於, 著, 台, 里, 后, and characters such as 嚧
whose simplified form GBK cannot encode) never make a span convert on their own.

**Protected spans** are never edited and end spans: URLs, e-mail addresses, Latin text
(no key with Latin letters is used, so ``U盘`` is never turned into ``隨身碟``), any sentence
that contains kana or Hangul (Japanese and Korean keep their kanji/hanja), and the
caller's ``protect`` names. A protected name is also found in its source-script spelling
and written as the caller spelled it (``protect=["乾安县"]`` turns 乾安縣 into 乾安县, not
干安县).

**Authorship 著.** Taiwan-standard variants (``tw2s``) turn the aspect particle 著 into 着
(看著 -> 看着) but keep authorship 著: in compounds (原著, 編著, 名著, 顯著, 著名, 著作 ...)
and in bylines (``魯迅著``, ``魯迅 著``), unless the character before it is a verb that
takes the particle (睡著, 跟著).
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Optional

import regex

from zhnews._guards import require_str
from zhnews.changes import Change
from zhnews.chardata import gb2312_level1
from zhnews.script._opencc_plan import (
    SIMPLIFIED_VARIANTS,
    TRADITIONAL_VARIANTS,
    Plan,
    Table,
    load_dict_all,
    plan,
)

__all__ = [
    "detect_script",
    "to_simplified",
    "to_simplified_and_explain",
    "to_traditional",
    "to_traditional_and_explain",
]

STEP = "script"

_HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3FFFF),
)

# -- character classes -------------------------------------------------------------------


def _gbk_ok(s: str) -> bool:
    try:
        s.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def _big5_all() -> frozenset[str]:
    out: set[str] = set()
    trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    for lead in range(0xA1, 0xFA):
        for trail in trails:
            try:
                ch = bytes((lead, trail)).decode("big5")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                out.add(ch)
    return frozenset(out)


@lru_cache(maxsize=1)
def _simplified_usage() -> frozenset[str]:
    """Characters at home in simplified text: GB2312 level 1, STCharacters keys, TS values."""
    st = load_dict_all("STCharacters.txt")
    ts = load_dict_all("TSCharacters.txt")
    return frozenset(set(gb2312_level1()) | set(st) | {v for vs in ts.values() for v in vs})


def _source_for_simplified(c: str, target: str) -> bool:
    """Whether ``c``, which OpenCC turns into ``target``, proves a span is not simplified.

    Not when ``c`` is at home in simplified text, nor when it is a GBK character whose
    simplified form GBK cannot encode (嚧 -> 𠰷: mainland text keeps 嚧).
    """
    if len(c) != 1 or target == c or c in _simplified_usage():
        return False
    return not (_gbk_ok(c) and not _gbk_ok(target))


@lru_cache(maxsize=1)
def _script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(traditional-only, simplified-only) characters, from OpenCC's character tables.

    Traditional-only: OpenCC's TSCharacters changes it and it is not at home in simplified
    text (see :func:`_source_for_simplified`). Simplified-only: STCharacters changes it and
    it is not in Big5, not a TSCharacters key and not among any STCharacters value.
    """
    st = load_dict_all("STCharacters.txt")
    ts = load_dict_all("TSCharacters.txt")
    trad = {c for c, vs in ts.items() if _source_for_simplified(c, vs[0])}
    trad_usage = set(_big5_all()) | set(ts) | {v for vs in st.values() for v in vs}
    simp = {c for c, vs in st.items() if len(c) == 1 and vs[0] != c and c not in trad_usage}
    return frozenset(trad), frozenset(simp - trad)


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class (without brackets) matching exactly ``chars``."""
    cps = sorted({ord(c) for c in chars})
    parts: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = cps[i], cps[j]
        if hi == lo:
            parts.append(_esc(lo))
        else:
            parts.append(_esc(lo) + "-" + _esc(hi))
        i = j + 1
    return "".join(parts)


def _esc(cp: int) -> str:
    return f"\\U{cp:08x}"


class _Chars:
    """A set of characters searched with a compiled class, fast even with astral members.

    ``re`` checks astral members of a class one by one, which made a class of the 1,000+
    astral simplified forms cost microseconds per character. Here the class holds the BMP
    members plus the whole astral range; an astral hit is confirmed against the set.
    """

    def __init__(self, chars: Iterable[str]) -> None:
        self.chars = frozenset(chars)
        bmp = [c for c in self.chars if ord(c) < 0x10000]
        self.astral = any(ord(c) >= 0x10000 for c in self.chars)
        cls = _char_class(bmp) + ("\\U00010000-\\U0010ffff" if self.astral else "")
        self.rx: Optional[re.Pattern[str]] = re.compile("[" + cls + "]") if cls else None

    def find(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> int:
        """Index of the first member in ``text[pos:endpos]``, or -1."""
        rx = self.rx
        if rx is None:
            return -1
        while True:
            m = rx.search(text, pos, endpos)
            if m is None:
                return -1
            i = m.start()
            if not self.astral or ord(text[i]) < 0x10000 or text[i] in self.chars:
                return i
            pos = i + 1

    def positions(self, text: str) -> Iterator[int]:
        """Indices of all members in ``text``."""
        rx = self.rx
        if rx is None:
            return
        for m in rx.finditer(text):
            i = m.start()
            if not self.astral or ord(text[i]) < 0x10000 or text[i] in self.chars:
                yield i

    def rough_count(self, text: str) -> int:
        """Number of members, counting any astral character as one (a cheap estimate)."""
        return len(self.rx.findall(text)) if self.rx is not None else 0


def _delete_table(chars: frozenset[str]) -> list[Optional[str]]:
    table: list[Optional[str]] = [chr(i) for i in range(0x10000)]
    for c in chars:
        if ord(c) < 0x10000:
            table[ord(c)] = None
    return table


@dataclass(frozen=True)
class _Kit:
    """A variant's plan plus the character classes and regexes that apply its span rule."""

    variant: str
    direction: str  # "simplified" or "traditional": the target script
    plan: Plan
    source: frozenset[str]  # source-only characters
    target: frozenset[str]  # target-only characters
    changeable_shared: frozenset[str]  # characters the plan may change that are not source-only
    span_chars: frozenset[str]  # non-han characters that belong to spans
    source_chars: _Chars
    target_chars: _Chars
    shared_chars: _Chars
    edge_re: regex.Pattern[str]  # a character that ends a span
    edge_back_re: regex.Pattern[str]  # same, searching backwards
    changed_chars: _Chars  # any character conversion may change
    source_table: Table  # each source-only character through the plan, char by char
    zhu: bool  # whether the plan may turn 著 into something else


@cache
def _kit(variant: str) -> _Kit:
    pl = plan(variant)
    trad, simp = _script_sets()
    if variant in SIMPLIFIED_VARIANTS:
        direction = "simplified"
        source = set(trad)
        # the variant's own one-character tables (TWVariantsRev ...) may add more
        for g in pl.groups:
            source |= {c for c, t in g.table.mapping.items() if _source_for_simplified(c, t)}
        target = set(simp)
    else:
        direction = "traditional"
        source = set(simp)
        target = set(trad)
    source -= target
    span_chars = {c for c in pl.key_chars if not _is_han(c) and not (c.isascii())}
    shared = set(pl.changeable) - source
    span_class = "".join(f"{_esc(a)}-{_esc(b)}" for a, b in _HAN_RANGES) + (
        _char_class(span_chars) if span_chars else ""
    )
    # one-character conversion of each source-only character, through the whole chain
    one: dict[str, str] = {}
    for c in source:
        out = c
        for g in pl.groups:
            out = g.table.apply(out)
        if out != c and len(out) == 1:
            one[c] = out
    return _Kit(
        variant=variant,
        direction=direction,
        plan=pl,
        source=frozenset(source),
        target=frozenset(target),
        changeable_shared=frozenset(shared),
        span_chars=frozenset(span_chars),
        source_chars=_Chars(source),
        target_chars=_Chars(target),
        shared_chars=_Chars(shared),
        edge_re=regex.compile("[^" + span_class + "]"),
        edge_back_re=regex.compile("(?r)[^" + span_class + "]"),
        changed_chars=_Chars(source | shared),
        source_table=Table(one),
        zhu="著" in pl.changeable,
    )


def _is_han(c: str) -> bool:
    o = ord(c)
    return any(a <= o <= b for a, b in _HAN_RANGES)


def _kit_for(variant: str, allowed: tuple[str, ...], func: str) -> _Kit:
    if not isinstance(variant, str) or variant not in allowed:
        raise ValueError(f"{func}(): unknown variant {variant!r}; valid: {', '.join(allowed)}")
    return _kit(variant)


# -- protected spans -----------------------------------------------------------------------

_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")
_URL_TAIL_RE = re.compile(r"[^\s<>\"'，。；！？、（）《》「」『』【】\u3000]+")
_LOCAL_RE = re.compile(r"[\w.%+\-]")
_DOMAIN_RE = re.compile(r"[\w\-]+(?:\.[\w\-]+)+")


def _urls(text: str) -> list[tuple[int, int]]:
    """``scheme://...`` and ``www....`` spans, found from their markers (linear)."""
    found: list[tuple[int, int]] = []
    floor = 0
    q = text.find("://")
    while q >= 0:
        s = q
        while s > max(floor, q - 32) and text[s - 1] in _SCHEME_CHARS:
            s -= 1
        m = _URL_TAIL_RE.match(text, q + 3)
        if s < q and text[s].isascii() and text[s].isalpha() and m is not None:
            found.append((s, m.end()))
            floor = m.end()
        q = text.find("://", max(q + 3, floor))
    q = text.find("www.")
    while q >= 0:
        m = _URL_TAIL_RE.match(text, q)
        if (q == 0 or text[q - 1] not in _SCHEME_CHARS) and m is not None:
            found.append((q, m.end()))
            q = text.find("www.", m.end())
        else:
            q = text.find("www.", q + 4)
    return found


def _emails(text: str) -> list[tuple[int, int]]:
    """``local@domain.tld`` spans (local part of at most 64 characters), found from each @."""
    found: list[tuple[int, int]] = []
    floor = 0
    q = text.find("@")
    while q >= 0:
        s = q
        while s > max(floor, q - 64) and _LOCAL_RE.match(text, s - 1):
            s -= 1
        m = _DOMAIN_RE.match(text, q + 1)
        if s < q and m is not None and (s == 0 or not _LOCAL_RE.match(text, s - 1)):
            found.append((s, m.end()))
            floor = m.end()
        q = text.find("@", max(q + 1, floor))
    return found


_KANA_HANGUL_RE = re.compile(
    "[\u3040-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff9f"
    "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"
)
_SENTENCE_END = "。！？!?\n"
_SENTENCE_END_RE = re.compile("[。！？!?\n]")


@lru_cache(maxsize=256)
def _names_re(names: tuple[str, ...]) -> Optional[re.Pattern[str]]:
    if not names:
        return None
    alts = sorted(set(names), key=lambda n: (-len(n), n))
    return re.compile("|".join(re.escape(n) for n in alts))


@lru_cache(maxsize=256)
def _name_forms(names: tuple[str, ...], variant: str) -> dict[str, str]:
    """Each protected name and its spelling in the source script -> the name as given."""
    back = "s2t" if variant in SIMPLIFIED_VARIANTS else "t2s"
    forms: dict[str, str] = {}
    for n in names:
        forms.setdefault(plan(back).convert(n), n)
    for n in names:
        forms[n] = n
    return forms


def _protected(text: str, names: tuple[str, ...], variant: str) -> list[tuple[int, int, str]]:
    """Sorted, non-overlapping ``(start, end, replacement)`` regions that are never converted."""
    found: list[tuple[int, int, str]] = []
    if "://" in text or "www." in text:
        found.extend((a, b, text[a:b]) for a, b in _urls(text))
    if "@" in text:
        found.extend((a, b, text[a:b]) for a, b in _emails(text))
    if names:
        forms = _name_forms(names, variant)
        rx = _names_re(tuple(forms))
        if rx is not None:
            found.extend((m.start(), m.end(), forms[m.group()]) for m in rx.finditer(text))
    first = _KANA_HANGUL_RE.search(text)
    if first is not None:
        prev_end = 0
        for m in _KANA_HANGUL_RE.finditer(text, first.start()):
            p = m.start()
            if p < prev_end:
                continue
            start = max(text.rfind(t, prev_end, p) for t in _SENTENCE_END) + 1
            start = max(start, prev_end)
            m_end = _SENTENCE_END_RE.search(text, p)
            end = m_end.end() if m_end is not None else len(text)
            found.append((start, end, text[start:end]))
            prev_end = end
    if not found:
        return []
    found.sort(key=lambda r: (r[0], -r[1]))
    merged: list[tuple[int, int, str]] = []
    for a, b, rep in found:
        if merged and a < merged[-1][1]:
            la, lb, _ = merged[-1]
            if b > lb:  # overlapping regions: keep the union as written
                merged[-1] = (la, b, text[la:b])
            continue
        merged.append((a, b, rep))
    return merged


# -- authorship 著 --------------------------------------------------------------------------

_AUTHOR_BEFORE = frozenset("原編编合譯译撰專专遺遗論论拙名巨鉅昭顯显卓土所舊旧新")
_AUTHOR_AFTER = frozenset("作名稱称述書书錄录者有")
# verbs that commonly take the aspect particle but are not words with 着 in the model
_ASPECT_VERBS = frozenset(
    "等站坐躺拿帶带戴笑說说忙急哭跑走寫写唱聽听望盯守抱背扛提舉举掛挂貼贴放留開开關关亮"
    "空閒闲愣憋藏躲擠挤排圍围跪趴蹲靠扶牽牵拉推頂顶撐撑抓握捧端夾夹含叼咬嚼吃喝喊叫罵骂"
    "吵鬧闹玩幹干做念記记盼醒病餓饿冷熱热紅红響响燃燒烧飄飘流淌閃闪晃搖摇擺摆轉转繞绕"
    "照按衝冲當当穿載载裝装蓋盖壓压領领陪伴護护管控瞧瞪瞅看跟隨随沿順顺朝向對对為为憑凭"
    "本有意味接想活睡藉借用乘趁"
)
_BYLINE_AFTER = frozenset(" \t\n\r\u3000《〈「『（(【[）)】]、，,/|·")


def _aspect_verb(prev: str, kit: _Kit) -> bool:
    if prev in _ASPECT_VERBS:
        return True
    from zhnews.langmodel import model  # loaded only when a 著 needs judging

    simple = kit.source_table.apply(prev) if kit.direction == "simplified" else prev
    lm = model()
    # a bigram with 着 seen in the model's words (the interpolated floor is 0.4 * unigram)
    floor = lm.char_logp("着") + _LOG_04
    return lm.pair_logp(simple, "着") > floor + 1e-6


_LOG_04 = -0.916290731874155  # math.log(0.4)


def _authorship(text: str, p: int, kit: _Kit) -> bool:
    """Whether the 著 at ``text[p]`` marks authorship (著作, 原著, a byline 魯迅著)."""
    prev = text[p - 1] if p > 0 else ""
    nxt = text[p + 1] if p + 1 < len(text) else ""
    if prev in _AUTHOR_BEFORE:
        return True
    if prev and _is_han(prev) and _aspect_verb(prev, kit):
        return False
    if nxt in _AUTHOR_AFTER:
        return True
    if prev == "" or prev.isspace() or prev in "）)】]》·":
        return bool(nxt == "" or not _is_han(nxt) or nxt in _AUTHOR_AFTER)
    return bool(_is_han(prev) and (nxt == "" or nxt in _BYLINE_AFTER))


# -- the conversion ---------------------------------------------------------------------------


def _span(text: str, p: int, lo: int, kit: _Kit) -> tuple[int, int]:
    """The span around position ``p``: ``[a, b)`` with ``a >= lo``."""
    m = kit.edge_back_re.search(text, lo, p)
    a = m.end() if m is not None else lo
    m = kit.edge_re.search(text, p)
    b = m.start() if m is not None else len(text)
    return a, b


class _Lines:
    """Whether the line around a span is wholly in the source script (cached per line)."""

    def __init__(self, text: str, kit: _Kit) -> None:
        self.text = text
        self.kit = kit
        self.start = self.end = -1
        self.verdict = False

    def source_line(self, a: int, b: int) -> bool:
        """True if the line holding ``[a, b)`` has source-only and no target-only characters."""
        if not (self.start <= a and b <= self.end):
            text = self.text
            self.start = text.rfind("\n", 0, a) + 1
            end = text.find("\n", b)
            self.end = len(text) if end < 0 else end
            kit = self.kit
            self.verdict = (
                kit.source_chars.find(text, self.start, self.end) >= 0
                and kit.target_chars.find(text, self.start, self.end) < 0
            )
        return self.verdict


def _convert_piece(piece: str, kit: _Kit) -> tuple[str, list[tuple[int, int, str]]]:
    """Convert one unprotected piece; returns the text and the mixed spans (for reasons)."""
    if kit.source_chars.find(piece) < 0:
        return piece, []
    out = kit.plan.convert(piece)
    if out == piece:
        return piece, []
    if not kit.plan.length_preserving or len(out) != len(piece):
        return _convert_piece_slow(piece, kit)
    # spans to restore: (a, b, kind) with kind "keep" (no source-only char) or "mixed"
    fixes: list[tuple[int, int, str]] = []
    lines = _Lines(piece, kit)
    source, target = kit.source_chars, kit.target_chars
    first_shared = kit.shared_chars.find(piece)
    if first_shared >= 0:
        lo = 0
        for p in kit.shared_chars.positions(piece):
            if p < lo:
                continue
            a, b = _span(piece, p, lo, kit)
            if source.find(piece, a, b) < 0 and not (
                target.find(piece, a, b) < 0 and lines.source_line(a, b)
            ):
                fixes.append((a, b, "keep"))
            lo = b
    # mixed spans: walk the spans holding the rarer of the two classes
    if target.find(piece) >= 0:
        sample = piece[:20000]
        rare, other = target, source
        if source.rough_count(sample) < target.rough_count(sample):
            rare, other = other, rare
        lo = 0
        i = rare.find(piece)
        while i >= 0:
            a, b = _span(piece, i, lo, kit)
            if other.find(piece, a, b) >= 0:
                fixes.append((a, b, "mixed"))
            lo = b
            i = rare.find(piece, b)
    mixed: list[tuple[int, int, str]] = []
    if fixes:
        fixes.sort()
        parts: list[str] = []
        pos = 0
        seen_end = -1
        for a, b, kind in fixes:
            if a < seen_end:
                continue
            seen_end = b
            parts.append(out[pos:a])
            if kind == "keep":
                parts.append(piece[a:b])
            else:
                src = kit.source
                parts.append("".join([o if c in src else c for c, o in zip(piece[a:b], out[a:b])]))
                mixed.append((a, b, kind))
            pos = b
        parts.append(out[pos:])
        out = "".join(parts)
    if kit.zhu and "著" in piece:
        out = _keep_authorship(piece, out, kit)
    return out, mixed


def _keep_authorship(piece: str, out: str, kit: _Kit) -> str:
    chars: Optional[list[str]] = None
    p = piece.find("著")
    while p >= 0:
        if out[p] != "著" and _authorship(piece, p, kit):
            if chars is None:
                chars = list(out)
            chars[p] = "著"
        p = piece.find("著", p + 1)
    return out if chars is None else "".join(chars)


def _convert_piece_slow(piece: str, kit: _Kit) -> tuple[str, list[tuple[int, int, str]]]:
    """Span by span, for plans whose phrases change length (s2twp's TWPhrases)."""
    parts: list[str] = []
    mixed: list[tuple[int, int, str]] = []
    pos = 0
    lo = 0
    i = kit.source_chars.find(piece)
    while i >= 0:
        a, b = _span(piece, i, lo, kit)
        span = piece[a:b]
        parts.append(piece[pos:a])
        if kit.target_chars.find(span) >= 0:
            parts.append(kit.source_table.apply(span))
            mixed.append((a, b, "mixed"))
        else:
            conv = kit.plan.convert(span)
            if kit.zhu and "著" in span and len(conv) == len(span):
                conv = _keep_authorship(span, conv, kit)
            parts.append(conv)
        pos = lo = b
        i = kit.source_chars.find(piece, b)
    parts.append(piece[pos:])
    return "".join(parts), mixed


def _run(
    text: str, kit: _Kit, protect: Iterable[str], func: str, explain: bool
) -> tuple[str, list[Change]]:
    names = _protect_names(protect, func)
    if not text:
        return text, []
    regions = _protected(text, names, kit.variant)
    pieces: list[tuple[int, str, str, list[tuple[int, int, str]]]] = []  # (start, in, out, mixed)
    pos = 0
    for a, b, rep in regions:
        if a > pos:
            seg = text[pos:a]
            conv, mixed = _convert_piece(seg, kit)
            pieces.append((pos, seg, conv, mixed))
        pieces.append((a, text[a:b], rep, [(0, b - a, "protected")] if rep != text[a:b] else []))
        pos = b
    if pos < len(text):
        seg = text[pos:]
        conv, mixed = _convert_piece(seg, kit)
        pieces.append((pos, seg, conv, mixed))
    result = "".join(p[2] for p in pieces)
    if result == text:
        return text, []
    if not explain:
        return result, []
    changes: list[Change] = []
    for start, before, after, mixed in pieces:
        if before != after:
            changes.extend(_diff(before, after, start, mixed, kit))
    return result, changes


def _reason(kit: _Kit, kind: str) -> str:
    src = "traditional" if kit.direction == "simplified" else "simplified"
    if kind == "mixed":
        return f"{kit.variant}: {src}-only characters in a span that mixes both scripts"
    if kind == "protected":
        return f"{kit.variant}: protected name written as given"
    return f"{kit.variant}: {src} span converted to {kit.direction}"


def _diff(
    before: str, after: str, offset: int, mixed: list[tuple[int, int, str]], kit: _Kit
) -> list[Change]:
    """Changes between a piece and its conversion: one per run of changed characters."""
    starts = [a for a, _, _ in mixed]

    def kind_at(i: int) -> str:
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and mixed[k][0] <= i < mixed[k][1]:
            return mixed[k][2]
        return "span"

    def change(a: int, b: int, a2: int, b2: int) -> Change:
        return Change(
            STEP, offset + a, offset + b, before[a:b], after[a2:b2], _reason(kit, kind_at(a))
        )

    if len(before) != len(after) or (mixed and mixed[0][2] == "protected"):
        # a length-changing conversion or a rewritten name: one change, trimmed of what the
        # two sides share at both ends
        n1, n2 = len(before), len(after)
        i = 0
        while i < min(n1, n2) and before[i] == after[i]:
            i += 1
        j = 0
        while j < min(n1, n2) - i and before[n1 - 1 - j] == after[n2 - 1 - j]:
            j += 1
        return [change(i, n1 - j, i, n2 - j)]
    changes: list[Change] = []
    run_start = run_end = -1
    for i in kit.changed_chars.positions(before):
        if before[i] == after[i]:
            continue
        if i == run_end and kind_at(i) == kind_at(run_start):
            run_end = i + 1
            continue
        if run_start >= 0:
            changes.append(change(run_start, run_end, run_start, run_end))
        run_start, run_end = i, i + 1
    if run_start >= 0:
        changes.append(change(run_start, run_end, run_start, run_end))
    if _apply(before, changes, offset) != after:  # invariant guard: never lose an edit
        return [change(0, len(before), 0, len(after))]
    return changes


def _apply(before: str, changes: list[Change], offset: int) -> str:
    parts: list[str] = []
    pos = 0
    for c in changes:
        parts.append(before[pos : c.start - offset])
        parts.append(c.after)
        pos = c.end - offset
    parts.append(before[pos:])
    return "".join(parts)


def _protect_names(protect: Iterable[str], func: str) -> tuple[str, ...]:
    if isinstance(protect, str):
        return (protect,) if protect else ()
    names: list[str] = []
    for n in protect:
        if not isinstance(n, str):
            raise TypeError(f"{func}(): protect must hold str, not {type(n).__name__}")
        if n:
            names.append(n)
    return tuple(names)


# -- public API -------------------------------------------------------------------------------


def to_simplified(text: str, *, variant: str = "t2s", protect: Iterable[str] = ()) -> str:
    """Convert traditional-script spans to simplified (OpenCC ``t2s``, ``tw2s`` or ``hk2s``).

    Spans already in simplified script are returned untouched (see the module docstring for
    the rule), as are URLs, e-mail addresses, Latin text, kana/Hangul sentences and the
    ``protect`` names.

    >>> to_simplified("魯迅著《吶喊》，一坏土", variant="tw2s")
    '鲁迅著《呐喊》，一坏土'
    """
    require_str(text, "to_simplified")
    kit = _kit_for(variant, SIMPLIFIED_VARIANTS, "to_simplified")
    return _run(text, kit, protect, "to_simplified", False)[0]


def to_simplified_and_explain(
    text: str, *, variant: str = "t2s", protect: Iterable[str] = ()
) -> tuple[str, list[Change]]:
    """Like :func:`to_simplified`, also listing each edit as a :class:`~zhnews.changes.Change`.

    >>> text, changes = to_simplified_and_explain("這是漢字")
    >>> text, [(c.start, c.before, c.after) for c in changes]
    ('这是汉字', [(0, '這', '这'), (2, '漢', '汉')])
    """
    require_str(text, "to_simplified_and_explain")
    kit = _kit_for(variant, SIMPLIFIED_VARIANTS, "to_simplified_and_explain")
    return _run(text, kit, protect, "to_simplified_and_explain", True)


def to_traditional(text: str, *, variant: str = "s2t", protect: Iterable[str] = ()) -> str:
    """Convert simplified-script spans to traditional (``s2t``, ``s2tw``, ``s2twp``, ``s2hk``).

    Spans already in traditional script are returned untouched, as are URLs, e-mail
    addresses, Latin text, kana/Hangul sentences and the ``protect`` names.

    >>> to_traditional("头发很干，著書立說")
    '頭髮很乾，著書立說'
    """
    require_str(text, "to_traditional")
    kit = _kit_for(variant, TRADITIONAL_VARIANTS, "to_traditional")
    return _run(text, kit, protect, "to_traditional", False)[0]


def to_traditional_and_explain(
    text: str, *, variant: str = "s2t", protect: Iterable[str] = ()
) -> tuple[str, list[Change]]:
    """Like :func:`to_traditional`, also listing each edit as a :class:`~zhnews.changes.Change`.

    >>> text, changes = to_traditional_and_explain("头发")
    >>> text, [(c.start, c.before, c.after) for c in changes]
    ('頭髮', [(0, '头发', '頭髮')])
    """
    require_str(text, "to_traditional_and_explain")
    kit = _kit_for(variant, TRADITIONAL_VARIANTS, "to_traditional_and_explain")
    return _run(text, kit, protect, "to_traditional_and_explain", True)


@lru_cache(maxsize=1)
def _count_tables() -> tuple[list[Optional[str]], list[Optional[str]]]:
    trad, simp = _script_sets()
    return _delete_table(trad), _delete_table(simp)


#: Share of the script-specific characters the minority script needs for ``"mixed"``.
MIXED_SHARE = 0.1


def detect_script(text: str) -> str:
    """Classify text as ``simplified``, ``traditional``, ``mixed`` or ``none``.

    Counts characters that exist only in traditional or only in simplified script (shared
    characters such as 中 or 人 count for neither). ``none``: no such character (no hanzi,
    or only shared ones); ``mixed``: the minority script has at least two characters and
    10% of the count.

    >>> detect_script("这是简体中文"), detect_script("這是繁體中文"), detect_script("Hello")
    ('simplified', 'traditional', 'none')
    """
    require_str(text, "detect_script")
    if not text or text.isascii():
        return "none"
    del_trad, del_simp = _count_tables()
    n_trad = len(text) - len(text.translate(del_trad))
    n_simp = len(text) - len(text.translate(del_simp))
    total = n_trad + n_simp
    if total == 0:
        return "none"
    minority = min(n_trad, n_simp)
    if minority >= 2 and minority >= MIXED_SHARE * total:
        return "mixed"
    return "traditional" if n_trad > n_simp else "simplified"
