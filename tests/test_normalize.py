"""Tests for zhnews.script.normalize: unicode, punctuation and width normalisation."""

from __future__ import annotations

import html
import time
import unicodedata
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhnews.changes import Change
from zhnews.script import normalize as N
from zhnews.script.normalize import (
    normalize_punctuation,
    normalize_punctuation_and_explain,
    normalize_unicode,
    normalize_unicode_and_explain,
    normalize_width,
    normalize_width_and_explain,
)

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"

PAIRS: list[tuple[str, Callable[[str], str], Callable[[str], tuple[str, list[Change]]]]] = [
    ("unicode", normalize_unicode, normalize_unicode_and_explain),
    ("punctuation", normalize_punctuation, normalize_punctuation_and_explain),
    ("width", normalize_width, normalize_width_and_explain),
]

# ---------------------------------------------------------------------------------------
# helpers and strategies
# ---------------------------------------------------------------------------------------


def replay(text: str, changes: list[Change]) -> str:
    """Rebuild a step's output from its input and its changes, checking each change."""
    out: list[str] = []
    pos = 0
    for c in changes:
        assert c.start >= pos, "changes overlap or are out of order"
        assert text[c.start : c.end] == c.before
        assert c.before != c.after
        assert c.reason
        out.append(text[pos : c.start])
        out.append(c.after)
        pos = c.end
    out.append(text[pos:])
    return "".join(out)


# Words written for these tests (simplified and traditional), common enough that the
# character model reads them as Chinese.
WORDS = [
    "我们",
    "今天",
    "记者",
    "北京",
    "上海",
    "经济",
    "发展",
    "政府",
    "人民",
    "国家",
    "中国",
    "问题",
    "工作",
    "社会",
    "市场",
    "企业",
    "城市",
    "时间",
    "目前",
    "已经",
    "表示",
    "认为",
    "进行",
    "可以",
    "没有",
    "一个",
    "这个",
    "他们",
    "我國",
    "經濟",
    "發展",
    "記者",
    "臺灣",
    "政府",
    "學生",
    "學校",
    "醫院",
    "報道",
    "新聞",
    "電視",
    "網絡",
    "銀行",
    "公司",
    "國際",
    "會議",
    "部門",
    "地區",
    "疫情",
    "防控",
    "群眾",
    "幹部",
    "產品",
    "服務",
    "消費",
    "投資",
    "生活",
    "文化",
    "教育",
    "科技",
    "環境",
]
CJK_PUNCT = "，。、：；？！“”‘’（）《》「」…—"


def _chinese_phrase() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map("".join)


CLEAN_SEGMENTS = [
    "Hello, world",
    "3,500",
    "05:36",
    "2020-07-03",
    "http://a.b/c?d=1&e=2",
    "a.b@example.com",
    "(Reuters)",
    "AT&T",
    "café",
    "naïve",
    "Ångström",
    "Zhōngguó nǚháir lǜsè",
    "ひらがなとカタカナ",
    "한국어 문장",
    "學而時習之，不亦說乎？",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\U0001f1e8\U0001f1f3",
    "1\ufe0f\u20e3",
    "\U0001f44d\U0001f3fd",
    "😀",
    "€100 ≤ ∑ x² ± 5%",
    "\u3000\u3000",
    "\t",
    "\n",
    "豈更",  # CJK compatibility ideographs (U+F900, U+F901)
    "ﬁ",  # compatibility ligature: NFC leaves it alone
    "Ａ股",  # full-width Latin is clean text for the unicode and punctuation steps
]


@st.composite
def clean_text(draw: st.DrawFn, *, ascii_alnum_only: bool = False) -> str:
    parts = draw(
        st.lists(
            st.one_of(
                _chinese_phrase(),
                st.sampled_from(CJK_PUNCT),
                st.sampled_from(CLEAN_SEGMENTS),
            ),
            max_size=12,
        )
    )
    seps = draw(
        st.lists(st.sampled_from(["", " ", "\n"]), min_size=len(parts), max_size=len(parts))
    )
    text = "".join(p + s for p, s in zip(parts, seps))
    if ascii_alnum_only:
        text = text.replace("Ａ", "A")
    return text


MESSY_FRAGMENTS = [
    "\r\n",
    "\r",
    "\x00",
    "\x07",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9f",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u2028",
    "\xa0",
    "\u2000",
    "\u2001",
    "\u2009",
    "\u202f",
    "\u205f",
    "\u3000",
    "&nbsp;",
    "&nbsp",
    "&amp;",
    "&AMP;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&#8220;",
    "&#x201C;",
    "&#38;",
    "&#0;",
    "&#xD800;",
    "&#150;",
    "&#13;",
    "&#x200d;",
    "&#769;",
    "&zwj;",
    "&amp;lt;",
    "&amp;nbsp;",
    "&",
    "#",
    ";",
    "amp",
    "lt",
    "x",
    "1",
    "nbsp",
    "e",
    "a",
    "A",
    "\u0301",
    "\u0323",
    "\u0338",
    "=",
    "\u3099",
    "か",
    "\u1100",
    "\u1161",
    "\u11a8",
    "가",
    "豈",
    "\U0002f800",
    "\U0001f468",
    "😀",
    "ก",
    "ᠮ",
    "ب",
    "क",
    "\u094d",
    "中",
    "文",
    "的",
    "國",
    ",",
    ":",
    ";",
    "?",
    "!",
    "(",
    ")",
    "（",
    "，",
    "“",
    "”",
    " ",
    "\n",
    "Ａ",
    "１",
    "ａ",
    "http://x.y/?a=1&b=2",
    "3,500",
    "05:36",
]

messy_text = st.lists(
    st.one_of(st.sampled_from(MESSY_FRAGMENTS), st.text(max_size=4)), max_size=25
).map("".join)

any_text = st.text(
    alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=()),
    max_size=40,
)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---------------------------------------------------------------------------------------
# properties common to the three steps
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("step", "plain", "explain"), PAIRS)
@SETTINGS
@given(text=st.one_of(messy_text, any_text))
def test_idempotent_and_explained(
    step: str,
    plain: Callable[[str], str],
    explain: Callable[[str], tuple[str, list[Change]]],
    text: str,
) -> None:
    out = plain(text)
    assert plain(out) == out
    out2, changes = explain(text)
    assert out2 == out
    assert all(c.step == step for c in changes)
    assert replay(text, changes) == out


@pytest.mark.parametrize(("step", "plain", "explain"), PAIRS)
@SETTINGS
@given(text=clean_text(ascii_alnum_only=True))
def test_clean_text_unchanged(
    step: str,
    plain: Callable[[str], str],
    explain: Callable[[str], tuple[str, list[Change]]],
    text: str,
) -> None:
    assert plain(text) == text
    assert explain(text) == (text, [])


@pytest.mark.parametrize(("step", "plain", "explain"), PAIRS)
def test_type_errors(
    step: str,
    plain: Callable[[str], str],
    explain: Callable[[str], tuple[str, list[Change]]],
) -> None:
    for func in (plain, explain):
        with pytest.raises(TypeError, match="decode"):
            func(b"abc")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            func(None)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            func(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(("step", "plain", "explain"), PAIRS)
def test_empty_and_surrogates(
    step: str,
    plain: Callable[[str], str],
    explain: Callable[[str], tuple[str, list[Change]]],
) -> None:
    assert plain("") == ""
    assert explain("") == ("", [])
    for text in ("\ud800", "中\udfff,文", "a\ud83d\u0301&nbsp;"):
        out, changes = explain(text)
        assert replay(text, changes) == out


# ---------------------------------------------------------------------------------------
# normalize_unicode
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("e\u0301", "é"),
        ("\u1100\u1161\u11a8", "각"),
        ("か\u3099", "が"),
        ("q\u0301\u0323", "q\u0323\u0301"),  # canonical reordering
        ("\u2126", "\u03a9"),  # OHM SIGN -> OMEGA (NFC singleton)
        ("a\r\nb\rc\n", "a\nb\nc\n"),
        ("a\x00b\x07c\x1bd\x7fe\x9ff", "abcdef"),
        ("a\x0bb\x0cc\x85d\u2028e\u2029f", "a\nb\nc\nd\ne\nf"),
        ("中\u200b文", "中文"),
        ("中\u2060文\ufeff", "中文"),
        ("\ufeff新聞", "新聞"),
        ("中\u200d文", "中文"),
        ("a\u200cb", "ab"),
        ("新\xa0華\u2002社\u2009電\u202f稿\u205f", "新 華 社 電 稿 "),
        ("&nbsp;&nbsp;新华社", "  新华社"),
        ("&nbsp新华社", " 新华社"),
        ("&#8220;好&#8221;", "“好”"),
        ("&#x201C;好&#X201d;", "“好”"),
        ("&amp; &lt;b&gt; &quot;q&quot; &#39;", '& <b> "q" \''),
        ("&amp;lt;", "<"),  # doubly escaped
        ("&amp;amp;nbsp;", " "),
        ("&#150;", "–"),  # windows-1252 reference, as browsers read it
        ("&#x1F600;", "😀"),
        ("e&#769;", "é"),
        ("e\u200b\u0301", "é"),
        ("\u3000", "\u3000"),
        ("\t", "\t"),
    ],
)
def test_unicode_examples(before: str, after: str) -> None:
    assert normalize_unicode(before) == after
    out, changes = normalize_unicode_and_explain(before)
    assert out == after
    assert bool(changes) == (before != after)
    assert replay(before, changes) == after


@pytest.mark.parametrize(
    "text",
    [
        "AT&T",
        "a&b",
        "?a=1&b=2",
        "http://x.cn/s?wd=中国&ie=utf-8",
        "&copy",  # legacy bare reference: only &nbsp is accepted without ';'
        "&nbspx",
        "&notanentity;",
        "&#0;",
        "&#xD800;",
        "&#99999999;",
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",
        "\U0001f3f3\ufe0f\u200d\U0001f308",
        "می\u200cخواهم",  # Persian ZWNJ
        "क्\u200dष",  # Devanagari ZWJ
        "ภาษา\u200bไทย",  # Thai word break
        "ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ",  # Mongolian narrow no-break space
        "豈更車",  # CJK compatibility ideographs stay
        "\U0002f800",
        "Zhōngguó nǚ lǜ",
        "한국어 ひらがな 漢字",
        "naïve café Ångström",
        "\u3000\u3000全角空格",
    ],
)
def test_unicode_leaves_alone(text: str) -> None:
    assert normalize_unicode(text) == text
    assert normalize_unicode_and_explain(text) == (text, [])


def test_unicode_reasons() -> None:
    _, changes = normalize_unicode_and_explain("a&nbsp;b\u200bc\r\nd\x00e\xa0f")
    reasons = [c.reason for c in changes]
    assert "HTML character reference decoded" in reasons[0]
    assert any("zero-width" in r for r in reasons)
    assert any("line break" in r for r in reasons)
    assert any("control" in r for r in reasons)
    assert any("space" in r for r in reasons)
    _, changes = normalize_unicode_and_explain("e\u0301")
    assert changes[0].reason == "Unicode NFC composition"


def test_compat_ideographs_survive_next_to_fixes() -> None:
    text = "\uf900\u0301\xa0\uf901e\u0301"
    assert normalize_unicode(text) == "\uf900\u0301 \uf901é"


def test_sensitive_set_is_a_safe_boundary_set() -> None:
    sens, _ = N._nfc_sensitive()
    for cp in range(0x80, 0x10000):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or c in sens:
            continue
        assert unicodedata.combining(c) == 0, hex(cp)
        assert unicodedata.normalize("NFC", c) == c, hex(cp)
    assert "\u0301" in sens and "\u1161" in sens and "\u11a8" in sens


@SETTINGS
@given(text=clean_text())
def test_unicode_round_trips(text: str) -> None:
    # the entities an HTML serialiser writes
    assert normalize_unicode(html.escape(text)) == text
    # Windows line endings and a UTF-8 BOM, through the real codecs
    crlf = text.replace("\n", "\r\n").encode("utf-8-sig").decode("utf-8")
    assert normalize_unicode(crlf) == text
    # decomposed text (NFD of a text without compatibility ideographs) recomposes
    plain = N._COMPAT_IDEOGRAPH_RE.sub("", text)
    assert normalize_unicode(unicodedata.normalize("NFD", plain)) == plain


@SETTINGS
@given(text=clean_text(), data=st.data())
def test_unicode_removes_inserted_debris(text: str, data: st.DataObject) -> None:
    chars = list(text)
    junk = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(chars)), st.sampled_from(["\u200b", "\ufeff", "\u2060"])),
            max_size=5,
        )
    )
    for pos, z in sorted(junk, reverse=True):
        chars.insert(pos, z)
    assert normalize_unicode("".join(chars)) == text
    spaced = text.replace(" ", "\xa0")
    assert normalize_unicode(spaced) == text


# ---------------------------------------------------------------------------------------
# normalize_punctuation
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("在經濟形勢下,“直播帶貨”逆勢突圍", "在經濟形勢下，“直播帶貨”逆勢突圍"),
        ("我们今天,他们", "我们今天，他们"),
        ("来源:人民网", "来源：人民网"),
        ("来源: 人民网", "来源： 人民网"),
        ("他说:“好”", "他说：“好”"),
        ("市场经济;社会发展", "市场经济；社会发展"),
        ("为什么会这样?专家说", "为什么会这样？专家说"),
        ("为什么会这样?\n专家说", "为什么会这样？\n专家说"),
        ("这是真的吗?!”他问", "这是真的吗？！”他问"),
        ("罕见!大量水母聚海湾", "罕见！大量水母聚海湾"),
        ("北京電(記者 張三)今天", "北京電（記者 張三）今天"),
        ("(中央社台北14日電)中國大陸", "（中央社台北14日電）中國大陸"),
        ("研判(一)\n", "研判（一）\n"),
        ("（記者 張三）,今天", "（記者 張三），今天"),
        ("今天,(記者 張三)說", "今天，（記者 張三）說"),
        ("《(兩會·觀察)記者手記》", "《（兩會·觀察）記者手記》"),
        ("經濟 , 發展", "經濟 ， 發展"),
    ],
)
def test_punctuation_examples(before: str, after: str) -> None:
    assert normalize_punctuation(before) == after
    out, changes = normalize_punctuation_and_explain(before)
    assert out == after
    assert all(len(c.before) == 1 and len(c.after) == 1 for c in changes)
    assert replay(before, changes) == after


@pytest.mark.parametrize(
    "text",
    [
        "3,500元",
        "2020年07月03日05:36",
        "时间:2020年",  # a digit on the right: not Chinese context
        "http://a.b/c?d=1",
        "网址http://中国.cn/a,b",
        "邮箱a.b@example.com,电话",
        "Hello, world",
        "中文 Hello, world 中文",
        "北京(Beijing)",
        "Beijing(北京)",
        "人民網(wǎng)",  # inserted pinyin: not for this step
        "(城區(qū))",
        "(2020)",
        "中国,",  # ',' needs Chinese on the right
        "中国,abc",
        "東京,大阪で会議",  # Japanese line
        "서울,漢城",  # Korean line
        'print("你好,世界")',  # code
        "x = {中,文}",
        "涓浗鏂伴椈緗?404",  # mojibake and its '?'
        "浣犲ソ,涓栫晫",  # UTF-8 read as GBK: the ASCII comma is repair evidence
        "日?qǐng)?bào)",
        "點亮?,持續",
        "IPO:研发",
        "中（文）",
        "中，文",
    ],
)
def test_punctuation_leaves_alone(text: str) -> None:
    assert normalize_punctuation(text) == text
    assert normalize_punctuation_and_explain(text) == (text, [])


@st.composite
def chinese_article(draw: st.DrawFn) -> str:
    """Chinese sentences with full-width punctuation, as a news page writes them."""
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        sentences = []
        for _ in range(draw(st.integers(1, 3))):
            clauses = [draw(_chinese_phrase()) for _ in range(draw(st.integers(1, 4)))]
            seps = [draw(st.sampled_from("，，，：；")) for _ in clauses[1:]]
            body = clauses[0] + "".join(s + c for s, c in zip(seps, clauses[1:]))
            if draw(st.booleans()):
                body += "（" + draw(_chinese_phrase()) + "）" + draw(_chinese_phrase())
            sentences.append(body + draw(st.sampled_from("。？！")))
        lines.append("".join(sentences))
    return "\n".join(lines)


NARROW = str.maketrans("，：；？！（）", ",:;?!()")


@settings(max_examples=100, deadline=None)
@given(text=chinese_article())
def test_punctuation_restores_narrowed_text(text: str) -> None:
    narrowed = text.translate(NARROW)
    assert normalize_punctuation(narrowed) == text
    assert normalize_punctuation(text) == text


@settings(max_examples=100, deadline=None)
@given(
    text=chinese_article(),
    codecs=st.sampled_from([("utf-8", "gbk"), ("utf-8", "big5"), ("gbk", "big5"), ("big5", "gbk")]),
)
def test_punctuation_leaves_mojibake_alone(text: str, codecs: tuple[str, str]) -> None:
    # the repair step needs the ASCII bytes of garbled text exactly as they are
    try:
        garbled = text.translate(NARROW).encode(codecs[0]).decode(codecs[1], "replace")
    except UnicodeEncodeError:
        return
    assert normalize_punctuation(garbled) == garbled


# ---------------------------------------------------------------------------------------
# normalize_width
# ---------------------------------------------------------------------------------------


def test_width_examples() -> None:
    assert normalize_width("２０２０年ＧＤＰ增長５％") == "2020年GDP增長5％"
    assert normalize_width("ａｂｃ\u3000ｘ") == "abc\u3000x"
    assert normalize_width("ａ\u3000\u3000ｂ", ideographic_space=True) == "a  b"
    assert normalize_width("，。！（）％＃") == "，。！（）％＃"
    out, changes = normalize_width_and_explain("ＡＢ\u3000Ｃ", ideographic_space=True)
    assert out == "AB C"
    assert [(c.before, c.after) for c in changes] == [("ＡＢ", "AB"), ("\u3000", " "), ("Ｃ", "C")]
    assert normalize_width_and_explain("全角\u3000空格") == ("全角\u3000空格", [])


WIDE_ALPHABET = [chr(c) for c in range(0xFF10, 0xFF1A)] + [
    chr(c) for c in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
]


@SETTINGS
@given(
    text=st.lists(st.sampled_from([*WIDE_ALPHABET, *WORDS, *CJK_PUNCT, " ", "a", "1"])).map("".join)
)
def test_width_matches_nfkc_on_letters_and_digits(text: str) -> None:
    expected = "".join(unicodedata.normalize("NFKC", c) if c in WIDE_ALPHABET else c for c in text)
    assert normalize_width(text) == expected
    # and widening ASCII letters/digits again round-trips
    widened = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in expected)
    assert normalize_width(widened) == expected


# ---------------------------------------------------------------------------------------
# size and pathological inputs
# ---------------------------------------------------------------------------------------


def _big_text(size: int) -> str:
    """Mostly clean news text with a line that needs every step every 40 lines."""
    clean = (
        "新华社北京7月3日电（记者 张三）国家统计局今天发布数据，上半年经济运行稳中有进。"
        "2020年07月03日05:36 | 来源：人民网 3,500元 Hello, world 😀 café\n"
    )
    dirty = "在經濟形勢下,“直播帶貨”逆勢突圍&nbsp;(記者 張三)\u200b ＧＤＰ\r\n"
    block = clean * 40 + dirty
    return (block * (size // len(block) + 1))[:size]


def test_ten_megabytes() -> None:
    text = _big_text(10_000_000)
    start = time.perf_counter()
    for func in (normalize_unicode, normalize_punctuation, normalize_width):
        out = func(text)
        assert abs(len(out) - len(text)) < len(text) // 10
    elapsed = time.perf_counter() - start
    print(f"10 MB through three steps: {elapsed:.2f}s")  # informative, never asserted


@pytest.mark.parametrize(
    "text",
    [
        "(" * 100_000,
        ")" * 100_000,
        "中(" * 50_000,
        "(中" * 50_000,
        "(" + "中" * 100_000,
        "&" * 200_000,
        "&#" + "0" * 200_000,
        "&amp;" * 20_000 + "lt;",
        "&" + "a" * 200_000 + ";",
        "\u0301" * 100_000,
        "\u200d" * 100_000,
        "\r" * 100_000,
        "中" * 100_000 + "," + "中" * 100_000,
        "?" * 100_000,
        "中?" * 20_000,
        "\U0001f468\u200d" * 20_000,
        "ａ" * 200_000,
    ],
    ids=lambda text: f"{text[:6]!r}x{len(text)}",
)
def test_pathological_inputs(text: str) -> None:
    for name, plain, explain in PAIRS:
        out, changes = explain(text)
        assert out == plain(text), name
        assert replay(text, changes) == out


# ---------------------------------------------------------------------------------------
# development corpus (skipped when absent)
# ---------------------------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS.is_dir(), reason="development corpus not available")
def test_corpus_properties() -> None:
    files = sorted(CORPUS.glob("*.txt"))
    assert files
    converted = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        for _, plain, explain in PAIRS[:2]:
            out, changes = explain(text)
            assert plain(text) == out
            assert replay(text, changes) == out
            assert plain(out) == out
        out, changes = normalize_punctuation_and_explain(text)
        converted += len(changes)
        for c in changes:
            # a converted mark never touches Latin letters or digits
            around = text[max(0, c.start - 1) : c.start] + text[c.end : c.end + 1]
            assert not any(ch.isascii() and ch.isalnum() for ch in around), around
            # inserted pinyin "(py)" keeps its ASCII parentheses
            if c.before == "(":
                assert not text[c.end : c.end + 1].isascii()
    assert converted > 0
