"""Tests for zhnews.encoding.detect: decode() and detect_encoding()."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from zhnews.chardata import big5_common, gb2312_level1
from zhnews.encoding.detect import EncodingGuess, Segment, decode, detect_encoding

# --------------------------------------------------------------------------------------
# material: character sets and a word list written for these tests

GB_L1 = sorted(gb2312_level1())
BIG5_COMMON = sorted(big5_common())
# punctuation that GB18030, Big5 and cp950 all encode and read back unchanged
PUNCT = [
    p
    for p in "，。、：；！？「」『』（）《》“”…—"
    if p.encode("big5").decode("cp950") == p and p.encode("gb18030").decode("gb18030") == p
]
ASCII = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ")
DIGITS = list("0123456789")

_WORD_TEXT = (
    "记者 北京 上海 今天 国家 政府 经济 发展 社会 人民 中国 世界 市场 企业 公司 银行 "
    "投资 增长 工作 问题 情况 目前 表示 介绍 报道 新闻 发布 会议 召开 举行 代表 委员 "
    "城市 农村 学生 学校 教育 医院 医生 健康 疫情 防控 科技 创新 研究 专家 数据 显示 "
    "全国 地区 国际 合作 交流 活动 文化 历史 传统 体育 比赛 运动员 冠军 观众 电影 "
    "节目 网络 手机 用户 平台 服务 管理 部门 负责人 调查 发现 安全 事故 警方 法院 "
    "法律 规定 要求 加强 推进 改革 开放 建设 项目 计划 目标 提高 水平 质量 价格 "
    "消费 生产 产品 技术 能源 环境 保护 气候 天气 温度 降雨 交通 铁路 航空 机场 "
    "旅游 游客 春节 假期 家庭 孩子 父母 老人 生活 收入 就业 工资 住房 土地 粮食 "
    "农业 工业 能力 时间 已经 正在 没有 可以 需要 进行 通过 根据 成为 继续 主要 "
    "重要 相关 全面 积极 不断 进一步 同时 此外 但是 因为 所以 如果 这些 他们 我们"
)
_WORDS = _WORD_TEXT.split()
SIMP_WORDS = [w for w in _WORDS if all(c in gb2312_level1() for c in w)]


def _traditional(words: list[str]) -> list[str]:
    import opencc

    conv = opencc.OpenCC("s2t")
    out = []
    for w in words:
        t = conv.convert(w)
        if all(c in big5_common() for c in t):
            out.append(t)
    return out


TRAD_WORDS = _traditional(SIMP_WORDS)


def _sentence(words: list[str], min_words: int, max_words: int) -> st.SearchStrategy[str]:
    """Sentences of real words, with punctuation, digits and ASCII now and then."""
    piece = st.one_of(
        st.sampled_from(words),
        st.sampled_from(words),
        st.sampled_from(words),
        st.sampled_from(PUNCT),
        st.text(alphabet=DIGITS, min_size=1, max_size=4),
    )
    return st.lists(piece, min_size=min_words, max_size=max_words).map("".join)


simp_text = _sentence(SIMP_WORDS, 4, 30)
trad_text = _sentence(TRAD_WORDS, 4, 30)
# strings over the character sets themselves (no word structure)
charset_text = st.text(alphabet=st.sampled_from(GB_L1 + BIG5_COMMON + PUNCT + ASCII), max_size=200)
# any text except surrogates; no NUL (UTF-16 evidence) and no leading BOM (it is dropped)
any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=200,
).filter(lambda s: not s.startswith("\ufeff"))


def _also_utf8(data: bytes) -> bool:
    """Non-ASCII bytes that are also valid UTF-8: read as UTF-8 by design (never mojibake
    for a UTF-8 input), so a legacy round trip cannot be expected (e.g. GBK 学校 = D1 A7
    D0 A3 is also UTF-8 "ѧУ")."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _rebuild(data: bytes, guess: EncodingGuess) -> str:
    """Decode each reported segment with its reported codec."""
    return "".join(data[s.start : s.end].decode(s.encoding, "replace") for s in guess.segments)


def _check_guess(data: bytes, guess: EncodingGuess) -> None:
    """Segments tile the bytes after any BOM; invalid ranges are ordered and inside them."""
    assert 0.0 <= guess.confidence <= 1.0
    if guess.segments:
        assert guess.segments[-1].end == len(data)
        assert guess.segments[0].start in (0, 2, 3, 4)
        for a, b in zip(guess.segments, guess.segments[1:]):
            assert a.end == b.start
            assert a.encoding != b.encoding
        assert guess.encoding in {s.encoding for s in guess.segments}
    for s in guess.segments:
        assert s.start < s.end
        assert s.encoding in {
            "utf-8",
            "gb18030",
            "big5",
            "cp950",
            "big5hkscs",
            "utf-16-le",
            "utf-16-be",
        }
    prev = 0
    for a, b in guess.invalid:
        assert prev <= a < b <= len(data)
        prev = b


# --------------------------------------------------------------------------------------
# round trips through real codecs


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_utf8_round_trip(s: str) -> None:
    data = s.encode("utf-8")
    assert decode(data) == s
    guess = detect_encoding(data)
    assert guess.encoding == "utf-8"
    assert guess.invalid == ()


@settings(max_examples=150, deadline=None)
@given(simp_text)
def test_gb18030_round_trip(s: str) -> None:
    data = s.encode("gb18030")
    assume(not _also_utf8(data))
    assert decode(data) == s
    assert detect_encoding(data).encoding in ("gb18030", "utf-8")  # pure ASCII: utf-8


@settings(max_examples=150, deadline=None)
@given(trad_text)
def test_big5_round_trip(s: str) -> None:
    data = s.encode("big5")
    assume(not _also_utf8(data))
    assert decode(data) == s
    assert detect_encoding(data).encoding in ("big5", "cp950", "utf-8")


@settings(max_examples=100, deadline=None)
@given(st.one_of(any_text, charset_text), st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))
def test_utf16_with_bom_round_trip(s: str, codec: str) -> None:
    data = s.encode(codec)
    if codec != "utf-16":
        bom = "\ufeff".encode(codec)
        data = bom + data
    assert decode(data) == s


@settings(max_examples=100, deadline=None)
@given(st.one_of(simp_text, trad_text), st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_utf16_without_bom(s: str, codec: str) -> None:
    data = s.encode(codec)
    assume(not _also_utf8(data) and not data.isascii())
    assert decode(data) == s
    assert detect_encoding(data).encoding == codec


@settings(max_examples=150, deadline=None)
@given(st.one_of(simp_text, trad_text, charset_text, any_text))
def test_explicit_encoding_round_trip(s: str) -> None:
    for codec in ("utf-8", "gbk", "gb18030", "big5", "utf-16"):
        try:
            data = s.encode(codec)
        except UnicodeEncodeError:
            continue
        assert decode(data, encoding=codec) == s


# --------------------------------------------------------------------------------------
# totality, consistency, idempotence


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    text = decode(data)
    assert isinstance(text, str)
    guess = detect_encoding(data)
    _check_guess(data, guess)
    assert _rebuild(data, guess) == text
    assert text.count("\ufffd") >= guess.n_invalid


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=40),
            simp_text.map(lambda s: s.encode("gb18030")),
            trad_text.map(lambda s: s.encode("big5")),
            any_text.map(lambda s: s.encode("utf-8")),
        ),
        max_size=8,
    ).map(b"".join)
)
def test_spliced_bytes_are_consistent_and_idempotent(data: bytes) -> None:
    text = decode(data)
    guess = detect_encoding(data)
    _check_guess(data, guess)
    assert _rebuild(data, guess) == text
    # decoding is idempotent: the text, as UTF-8, decodes to itself
    assume("\x00" not in text and not text.startswith("\ufeff"))
    assert decode(text.encode("utf-8")) == text


# --------------------------------------------------------------------------------------
# mixed encodings


@settings(max_examples=100, deadline=None)
@given(_sentence(SIMP_WORDS, 6, 20), _sentence(SIMP_WORDS, 6, 20), _sentence(SIMP_WORDS, 6, 20))
def test_gbk_page_with_utf8_fragment(a: str, b: str, c: str) -> None:
    data = a.encode("gbk") + b.encode("utf-8") + c.encode("gbk")
    assume(sum(1 for ch in b if ord(ch) > 0x7F) >= 4)
    assume(not _also_utf8(a.encode("gbk")) and not _also_utf8(c.encode("gbk")))
    assert decode(data) == a + b + c
    guess = detect_encoding(data)
    assert {s.encoding for s in guess.segments} == {"gb18030", "utf-8"}
    assert guess.mixed


def test_gbk_paragraph_ending_in_utf8_shaped_bytes() -> None:
    # 时 is CA B1 in GBK, which UTF-8 reads as ʱ; the UTF-8 run found after it starts
    # inside 规定 (B9 E6 B6 A8 holds UTF-8 涨): trimming must reach past both
    a, b = "记者记者记者记者", "记者记者规定0同时"
    data = (a + "\n").encode("utf-8") + (b + "\n").encode("gb18030") + a.encode("utf-8")
    assert decode(data) == a + "\n" + b + "\n" + a


@settings(max_examples=100, deadline=None)
@given(_sentence(SIMP_WORDS, 6, 20), _sentence(SIMP_WORDS, 6, 20), _sentence(SIMP_WORDS, 6, 20))
def test_utf8_page_with_gb18030_paragraph(a: str, b: str, c: str) -> None:
    assume(sum(1 for ch in b if ord(ch) > 0x7F) >= 4)
    data = (a + "\n").encode("utf-8") + (b + "\n").encode("gb18030") + c.encode("utf-8")
    assert decode(data) == a + "\n" + b + "\n" + c


def test_mixed_segments_example() -> None:
    a = "记者从北京获悉，今年全国粮食产量再创新高。"
    b = "新华社电 据报道，国务院常务会议今天召开。"
    data = a.encode("gbk") + b.encode("utf-8") + a.encode("gbk")
    guess = detect_encoding(data)
    n1 = len(a.encode("gbk"))
    n2 = n1 + len(b.encode("utf-8"))
    assert guess.segments == (
        Segment(0, n1, "gb18030"),
        Segment(n1, n2, "utf-8"),
        Segment(n2, len(data), "gb18030"),
    )
    assert guess.encoding == "gb18030"
    assert decode(data) == a + b + a


def test_big5_page_with_utf8_fragment() -> None:
    t = "臺灣大學的研究團隊發表了新的報告。"
    u = "新华社电 据报道，国务院常务会议今天召开。"
    data = t.encode("big5") + u.encode("utf-8") + t.encode("big5")
    assert decode(data) == t + u + t
    assert [s.encoding for s in detect_encoding(data).segments] == ["big5", "utf-8", "big5"]


def test_single_utf8_punctuation_inside_gbk() -> None:
    a = "记者从北京获悉，今年全国粮食产量再创新高。"
    data = a.encode("gbk") + "“".encode() + a.encode("gbk") + "”".encode()
    assert decode(data) == a + "“" + a + "”"


def test_damaged_utf8_stays_utf8() -> None:
    text = "新华社电 据报道，国务院常务会议今天召开。" * 400
    data = text.encode("utf-8")
    truncated = data[:-1]
    assert decode(truncated) == text[:-1] + "\ufffd"
    stray = data[:9] + b"\xa0" + data[9:]
    out = decode(stray)
    assert out == text[:3] + "\ufffd" + text[3:]
    guess = detect_encoding(stray)
    assert guess.encoding == "utf-8"
    assert guess.invalid == ((9, 10),)


# --------------------------------------------------------------------------------------
# examples: short strings, BOMs, explicit encodings, types


SHORT_SIMPLIFIED = [
    "中国",
    "新闻",
    "你好",
    "北京时间",
    "记者报道",
    "经济增长",
    "国务院常务会议",
    "今天天气很好",
    "全国人民代表大会",
    "疫情防控取得成效",
]
SHORT_TRADITIONAL = [
    "中國",
    "新聞",
    "臺灣",
    "香港特區",
    "記者報導",
    "經濟成長",
    "行政院會議",
    "今天天氣很好",
    "立法會選舉結果",
    "疫情防控取得成效",
]


@pytest.mark.parametrize("text", SHORT_SIMPLIFIED)
def test_short_gbk(text: str) -> None:
    assert not _also_utf8(text.encode("gbk"))
    assert decode(text.encode("gbk")) == text
    assert detect_encoding(text.encode("gbk")).encoding == "gb18030"


@pytest.mark.parametrize("text", SHORT_TRADITIONAL)
def test_short_big5(text: str) -> None:
    assert not _also_utf8(text.encode("big5"))
    assert decode(text.encode("big5")) == text
    assert detect_encoding(text.encode("big5")).encoding in ("big5", "cp950")


def test_big5hkscs_is_reported() -> None:
    text = "香港特區政府今日公布，" + "\u43f0"  # 䏰: only in Big5-HKSCS
    data = text.encode("big5hkscs")
    assert decode(data) == text
    assert detect_encoding(data).encoding == "big5hkscs"


def test_boms() -> None:
    s = "新闻：今天"
    assert decode(b"\xef\xbb\xbf" + s.encode()) == s
    assert decode(s.encode("utf-16")) == s
    assert decode(b"\xfe\xff" + s.encode("utf-16-be")) == s
    assert decode(b"\x84\x31\x95\x33" + s.encode("gb18030")) == s
    g = detect_encoding(b"\xef\xbb\xbf" + s.encode())
    assert g.encoding == "utf-8"
    assert g.segments == (Segment(3, 3 + len(s.encode()), "utf-8"),)
    assert detect_encoding(b"\xff\xfe" + s.encode("utf-16-le")).encoding == "utf-16-le"
    assert detect_encoding(b"\x84\x31\x95\x33" + s.encode("gb18030")).encoding == "gb18030"
    assert decode(b"\xef\xbb\xbf") == ""
    assert detect_encoding(b"\xef\xbb\xbf").segments == ()


def test_empty_and_ascii() -> None:
    assert decode(b"") == ""
    assert detect_encoding(b"") == EncodingGuess("utf-8", 1.0)
    g = detect_encoding(b"hello, world")
    assert (g.encoding, g.confidence, g.segments) == ("utf-8", 1.0, (Segment(0, 12, "utf-8"),))


def test_utf16_ascii_without_bom() -> None:
    data = "Hello, world: news 2020".encode("utf-16-le")
    assert decode(data) == "Hello, world: news 2020"
    assert detect_encoding(data).encoding == "utf-16-le"


def test_explicit_encoding() -> None:
    assert decode("你好".encode("gbk"), encoding="gbk") == "你好"
    assert decode("你好".encode("gbk"), encoding="GB2312") == "你好"
    # gbk is read as its superset gb18030: four-byte characters survive
    assert decode("𠀀".encode("gb18030"), encoding="gbk") == "𠀀"
    assert decode(b"\xef\xbb\xbfabc", encoding="utf-8") == "abc"
    assert decode(b"\xc4\xe3\xff", encoding="gbk") == "你\ufffd"
    assert decode("中文".encode("big5"), encoding="big5") == "中文"
    with pytest.raises(LookupError):
        decode(b"abc", encoding="no-such-codec")


def test_wrong_types() -> None:
    with pytest.raises(TypeError, match=r"zhnews\.repair"):
        decode("already text")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        decode(123)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        detect_encoding("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        decode(b"abc", encoding=5)  # type: ignore[arg-type]
    assert decode(bytearray("新闻".encode("gbk"))) == "新闻"
    assert decode(memoryview("新闻".encode())) == "新闻"


CLEAN_SAMPLES = [
    "新华社北京7月3日电（记者张三）国务院总理今天主持召开国务院常务会议。",
    "臺灣的經濟在過去十年中穩定成長，專家表示前景樂觀。",
    "東京都は３日、新たに１２４人の感染を確認したと発表した。",
    "서울시는 3일 신규 확진자가 발생했다고 밝혔다.",
    "學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？",
    "Zhōngguó rénmín yínháng jīntiān xuānbù jiàngxī.",
    "Café, naïve, Ångström, Œuvre — “quotes” … €100 ≤ ∑x² ± √2",
    "今天心情很好😀👍🇨🇳，温度 25℃，涨幅 ±3%。",
    "",
    "plain ascii text, 2020-07-03 05:36",
]


@pytest.mark.parametrize("text", CLEAN_SAMPLES)
def test_clean_utf8_is_untouched(text: str) -> None:
    data = text.encode("utf-8")
    assert decode(data) == text
    assert detect_encoding(data).invalid == ()


# --------------------------------------------------------------------------------------
# size and pathological inputs (run, no timing asserts)


def _news_text(n_chars: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < n_chars:
        line = "".join(rng.choice(SIMP_WORDS) for _ in range(rng.randint(8, 30)))
        line += rng.choice("，。；！？") + "\n"
        parts.append(line)
        size += len(line)
    return "".join(parts)


def test_ten_megabytes_of_gbk() -> None:
    text = _news_text(5_000_000)  # ~10 MB in GBK
    data = text.encode("gbk")
    assert len(data) > 9_000_000
    assert decode(data) == text


def test_ten_megabytes_of_utf8_with_a_gbk_paragraph() -> None:
    text = _news_text(1_700_000, seed=1)  # ~5 MB in UTF-8
    para = _news_text(300, seed=2)
    data = text.encode("utf-8") + para.encode("gbk") + text.encode("utf-8")
    assert len(data) > 9_000_000
    out = decode(data)
    assert out == text + para + text


PATHOLOGICAL = [
    b"\xe4\xbd\xa0\xff" * 50_000,
    b"\xe4\xbd\xa0\xe5\xa5\xbd\xff" * 30_000,
    b"\xc2\xa0\xff" * 70_000,
    b"\xff" * 200_000,
    b"\x00" * 200_000,
    b"\x00\xff" * 100_000,
    (b"a" * 999 + b"\xff") * 200,
    b"\xe4\xbd" * 100_000,
    b"\xa1" * 200_000,
    b"\x81\x30" * 100_000,
    "你好".encode("gbk") * 50_000 + "你好".encode() * 50_000,
    ("记者".encode("gbk") + "记者".encode()) * 30_000,
    b"\xe4\xbd\xa0" + b"a" * 200_000 + b"\xe5\xa5\xbd" + b"\xff",
    random.Random(7).randbytes(200_000),
]


@pytest.mark.parametrize("data", PATHOLOGICAL, ids=range(len(PATHOLOGICAL)))
def test_pathological_inputs(data: bytes) -> None:
    text = decode(data)
    guess = detect_encoding(data)
    _check_guess(data, guess)
    assert _rebuild(data, guess) == text


# --------------------------------------------------------------------------------------
# development corpus (skipped when absent): real articles through real codecs

_UTF8_PAIR = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}[\xe0-\xef][\x80-\xbf]{2}")
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="development corpus not present")
def test_corpus_articles_round_trip() -> None:
    files = sorted(CORPUS.glob("*.txt"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        ok = decode(text.encode("utf-8")) == text
        assert ok, path.name
        for codec in ("gb18030", "big5"):
            try:
                data = text.encode(codec)
            except UnicodeEncodeError:
                continue
            if data.decode(codec) != text or _UTF8_PAIR.search(data):
                # the text holds UTF-8-read-as-GBK mojibake, whose GBK bytes are the
                # original UTF-8: decode() rightly reads those runs as UTF-8
                continue
            ok = decode(data) == text  # (no assert on the strings: huge diffs)
            assert ok, (path.name, codec)
