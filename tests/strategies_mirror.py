"""The pinyin-annotating mirror as a hypothesis strategy (the forward model, steps 2-5).

Independent of the library's own implementation: GBK-encode traditional text, insert
``(reading)`` after every byte-level occurrence of each listed key, decode like PHP's
mbstring (a lead byte followed by an invalid trail becomes one ``?`` that consumes both
bytes; user-defined pairs become Private Use characters, which are then dropped), and narrow
``，：（）`` and U+3000 as the crawl store did. Readings come from the shipped reading table
(the default reading, as the mirrors use).

Other tests may reuse :func:`mirror_cases` and :func:`mirror`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from hypothesis import strategies as st
from opencc import OpenCC

from zhnews.chardata import big5_common
from zhnews.script._pinyin_data import tables

NARROW = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "\u3000": " "})

#: Simplified words turned into traditional text (OpenCC s2t) for realistic sentences.
WORDS = [
    "人民",
    "日报",
    "地方",
    "领导",
    "干部",
    "直播",
    "带货",
    "经济",
    "发展",
    "国家",
    "记者",
    "报道",
    "当地",
    "产品",
    "群众",
    "问题",
    "时间",
    "政府",
    "市场",
    "服务",
    "数字",
    "产业",
    "学习",
    "会议",
    "银行",
    "电视",
    "网络",
    "历史",
    "环境",
    "医疗",
    "选举",
    "议员",
    "关系",
    "总统",
    "东西",
    "专门",
    "开始",
    "认为",
    "这样",
    "还是",
    "为了",
    "时候",
    "应该",
    "实现",
    "设计",
    "运动",
    "质量",
    "联系",
    "机会",
    "东北",
    "广场",
    "飞机",
    "铁路",
    "图书馆",
    "长城",
    "农业",
    "气象",
    "台风",
    "请求",
    "说话",
    "价格",
    "增长",
    "投资",
    "证券",
    "期货",
    "交易",
    "现货",
    "规划",
    "支持",
    "观点",
    "评论",
    "传统",
    "节日",
    "确实",
    "过程",
    "体验",
    "变化",
    "办法",
    "条件",
    "资源",
    "调查",
    "组织",
    "选择",
    "讨论",
    "标准",
    "准备",
]
PUNCT = ("，", "。", "：", "、", "“", "”", "（", "）", "\u3000")
ASCII_BITS = ("2020", "A", "GDP", "5G", "-", "1", " ")


@lru_cache(maxsize=1)
def _tools() -> tuple[OpenCC, OpenCC, list[str], list[str]]:
    s2t = OpenCC("s2t")
    t2s = OpenCC("t2s")
    words = [s2t.convert(w) for w in WORDS]
    chars = sorted(c for c in big5_common() if _gbk2(c) and tables().default_reading(c))
    return s2t, t2s, words, chars


def _gbk2(c: str) -> bool:
    try:
        return len(c.encode("gbk")) == 2
    except UnicodeEncodeError:
        return False


@lru_cache(maxsize=1)
def trad_only_keys() -> list[str]:
    """Traditional-only characters with a GBK code and a reading (candidate keys)."""
    _s2t, t2s, _w, chars = _tools()
    return [c for c in chars if t2s.convert(c) != c]


@dataclass(frozen=True)
class MirrorResult:
    """What the mirror produced, and whether any original byte was lost on the way."""

    text: str
    lost: bool
    damaged: bool


def mirror(original: str, keys: list[str]) -> MirrorResult:
    """Run ``original`` (traditional text) through the mirror with the given key list."""
    t = tables()
    data = original.encode("gbk")
    key_codes: dict[bytes, bytes] = {}
    for k in keys:
        key_codes[k.encode("gbk")] = b"(" + t.default_reading(k).encode("gbk") + b")"
    buf = bytearray()
    swallowable: set[int] = set()  # positions in buf holding an inserted "("
    for i, b in enumerate(data):
        buf.append(b)
        if i and bytes(data[i - 1 : i + 1]) in key_codes:
            swallowable.add(len(buf))
            buf += key_codes[bytes(data[i - 1 : i + 1])]
    out: list[str] = []
    lost = False
    damaged = False
    i = 0
    while i < len(buf):
        b = buf[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
        elif b in (0x80, 0xFF) or i + 1 >= len(buf):
            out.append("?")
            lost = True
            i += 1
        else:
            trail = buf[i + 1]
            if trail < 0x40 or trail in (0x7F, 0xFF):
                out.append("?")
                damaged = True
                if i + 1 not in swallowable:
                    lost = True  # an original byte vanished with the stray lead
                i += 2
                continue
            try:
                out.append(bytes((b, trail)).decode("gbk"))
            except UnicodeDecodeError:
                lost = True  # user-defined or unassigned pair: Private Use, then dropped
            i += 2
    return MirrorResult("".join(out).translate(NARROW), lost, damaged)


def _pick(draw: st.DrawFn, seq: list[str] | tuple[str, ...]) -> str:
    """One element (by index: ``sampled_from`` rescans a long list on every draw)."""
    return seq[draw(st.integers(0, len(seq) - 1))]


def _pick_some(draw: st.DrawFn, seq: list[str], low: int, high: int) -> list[str]:
    n = draw(st.integers(min(low, len(seq)), min(high, len(seq))))
    return sorted({_pick(draw, seq) for _ in range(n)})


@st.composite
def traditional_texts(draw: st.DrawFn, min_size: int = 4, max_size: int = 24) -> str:
    """Traditional text: OpenCC-converted words, Big5-common characters, punctuation."""
    _s2t, _t2s, words, chars = _tools()
    n = draw(st.integers(min_size, max_size))
    parts: list[str] = []
    for _ in range(n):
        kind = draw(st.integers(0, 9))
        if kind <= 4:
            parts.append(_pick(draw, words))
        elif kind <= 7:
            parts.append(_pick(draw, chars))
        elif kind == 8:
            parts.append(_pick(draw, PUNCT))
        else:
            parts.append(_pick(draw, ASCII_BITS))
    return "".join(parts)


@lru_cache(maxsize=1)
def _trad_only_set() -> frozenset[str]:
    return frozenset(trad_only_keys())


def straddling_keys(original: str) -> list[str]:
    """Traditional-only characters formed by the second byte of one character and the first
    of the next: listing them as keys is what damages a page."""
    data = original.encode("gbk")
    trad = _trad_only_set()
    out: set[str] = set()
    pos = 0
    bounds: list[int] = []
    for c in original:
        pos += len(c.encode("gbk"))
        bounds.append(pos)
    for end in bounds[:-1]:
        if end >= 1 and data[end - 1] >= 0x40:
            try:
                c = data[end - 1 : end + 1].decode("gbk")
            except UnicodeDecodeError:
                continue
            if c in trad and tables().default_reading(c):
                out.add(c)
    return sorted(out)


@st.composite
def mirror_cases(
    draw: st.DrawFn, damage: bool | None = None
) -> tuple[str, list[str], MirrorResult]:
    """(original, key list, mirror output) with at least two annotated characters on the page.

    ``damage=True`` lists at least one straddling key when the text has one (as the real
    pages do, e.g. 請 across 日·報); ``None`` lets hypothesis choose.
    """
    original = draw(traditional_texts())
    keys_all = trad_only_keys()
    trad = _trad_only_set()
    present = sorted({c for c in original if c in trad})
    if len(present) < 2:
        i = draw(st.integers(0, len(keys_all) - 1))
        j = draw(st.integers(1, len(keys_all) - 1))
        extra = [keys_all[i], keys_all[(i + j) % len(keys_all)]]
        original = original + "，" + "".join(extra)
        present = sorted(set(present) | set(extra))
    order = draw(st.permutations(present))
    keys = list(order[: draw(st.integers(2, len(present)))])
    absent = _pick_some(draw, keys_all, 0, 3)
    chosen = set(keys) | set(absent)
    straddles = straddling_keys(original)
    if straddles and (damage if damage is not None else draw(st.booleans())):
        chosen |= set(_pick_some(draw, straddles, 1, 3))
    key_list = sorted(chosen)
    return original, key_list, mirror(original, key_list)
