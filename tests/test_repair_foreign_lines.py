"""Clean lines that once read as mojibake: Japanese particles between Latin words (Big5 read
as GBK writes Big5's commonest hanzi as kana), and a typographer's ``×`` before a no-break
space (UTF-8 for a Hebrew letter once read as Latin-1). Found by running ``repair`` over
Japanese manual pages and help texts; the strings here are written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhnews.encoding.repair import GLUED_WORD_COUNT, repair, repair_and_explain
from zhnews.langmodel import model

_PARTICLES = st.sampled_from([*"のとはがをにでもやか", "から", "まで", "より"])
_WORDS = st.sampled_from(
    [
        "git",
        "branch",
        "tag",
        "Linux",
        "kernel",
        "driver",
        "-r",
        "-h",
        "/tmp",
        "file",
        "2",
        "022",
        "Python",
        "script",
        "FAT32",
        "root",
        "user",
        "option",
        "flag",
        "SQL",
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "git の branch と tag",
        "ls が /tmp の file を",
        "umask は 077 で",
        "-h と -r は",
        "root か user だ",
        "Python の script と module の 3",
        "が 1 つ",
        "option と flag は、",
    ],
)
def test_japanese_particles_between_latin_words_unchanged(text: str) -> None:
    assert repair(text) == text
    assert repair_and_explain(text) == (text, [])


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(_WORDS, _PARTICLES), min_size=1, max_size=6))
def test_particle_lines_unchanged(pairs: list[tuple[str, str]]) -> None:
    text = " ".join(f"{w} {p}" for w, p in pairs)
    assert repair(text) == text


def test_big5_read_as_gbk_with_hanzi_still_repaired() -> None:
    # the guard is for lines without hanzi: a Big5 line read as GBK with hanzi in it is
    # still mojibake (its kana stand beside hanzi Japanese does not write)
    for s in ("新聞中心今天發布了新的交通政策", "中央社記者今天在台北報導"):
        g = s.encode("big5").decode("gb18030")  # (as Windows' cp936 reads GBK)
        assert any("\u3041" <= c <= "\u30fa" for c in g)
        assert repair(g) == s


@pytest.mark.parametrize(
    "text",
    [
        "%d\u00a0×\u00a0%d px",
        "3\u00a0×\u00a04 m",
        "画像 (640\u00a0×\u00a0480)",
        "尺寸 1920\u00a0×\u00a01080 像素",
    ],
)
def test_multiplication_sign_before_no_break_space_unchanged(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize("word", ["שלום עולם", "مرحبا بالعالم", "Ελλάδα", "Москва"])
def test_utf8_words_of_other_scripts_still_repaired(word: str) -> None:
    # the one-letter guard leaves words of two letters or more alone
    g = word.encode("utf-8").decode("latin-1")
    assert repair(g) == word


@pytest.mark.parametrize(
    ("head", "clause", "tail"),
    [
        ("", "网友感叹“充电宝自由正在", "远去”。"),
        ("", "央行现在应该做什", "么？"),
        ("省贸促", "会签约后，双方将用好中拉", "贸易产业园等"),
        ("据悉，", "这项工作正在", "远去的路上"),
    ],
)
def test_utf8_read_as_gbk_clause_before_clean_hanzi(head: str, clause: str, tail: str) -> None:
    # the clean hanzi after a garbled clause read as UTF-8 too (远去: D4 B6 C8 A5 is Զȥ,
    # 么 is ô): the repair stops where the garbling stops instead of giving up
    g = head + clause.encode("utf-8").decode("gb18030") + tail
    assert repair(g) == head + clause + tail


@pytest.mark.parametrize("word", ["对外交流", "注册登录", "热门文章", "手无名指戴戒指", "公司"])
@pytest.mark.parametrize("page", ["latin-1", "cp1252"])
def test_last_hanzi_of_a_clause_read_as_a_code_page(word: str, page: str) -> None:
    # one GBK hanzi read as two code-page characters, glued to a hanzi it makes a common
    # word with (交流, 登录, 文章): the last character of a garbled clause
    g = word[:-1] + word[-1].encode("gbk").decode(page)
    assert repair(g) == word


@pytest.mark.parametrize(
    "text",
    ["××市××公司", "××单位", "10×10厘米", "马丁·路德", "Zoë说", "Café咖啡", "±5%", "²³个", "½杯水"],
)
def test_latin1_symbols_beside_hanzi_unchanged(text: str) -> None:
    assert repair(text) == text


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.characters(min_codepoint=0xA0, max_codepoint=0xFF), min_size=2, max_size=2),
    st.sampled_from(["市", "公司", "的", "中国", "年", "说", "新闻"]),
)
@example("³Ç", "市")  # 城市
def test_latin1_pair_read_as_hanzi_only_into_a_frequent_word(pair: str, word: str) -> None:
    # a pair of Latin-1 characters glued to a word is read as a GBK hanzi only when the
    # hanzi and the word's first character make a frequent dictionary word
    # (UTF-8 read as Latin-1 may still apply: Â + no-break space is a no-break space)
    out = repair(pair + word)
    if out != pair + word and "\u3400" <= out[0] <= "\u9fff":
        assert out == out[0] + word
        assert model().pair_count(out[0], word[0]) >= GLUED_WORD_COUNT


@pytest.mark.parametrize(
    ("clean", "k"),
    [("世界热议的话题。", 2), ("信息服务许可证：311201700", 2), ("年11月25日 16:04", 1)],
)
def test_glued_hanzi_with_its_punctuation_or_date(clean: str, k: int) -> None:
    # the last hanzi of a garbled clause with the full-width punctuation after it, or a
    # date's unit after its digits (25ÈÕ is 25日)
    j = max(i for i, c in enumerate(clean) if "\u4e00" <= c <= "\u9fff")
    g = clean[:j] + clean[j : j + k].encode("gbk").decode("latin-1") + clean[j + k :]
    assert repair(g) == clean


@pytest.mark.parametrize("word", ["城市漫步", "社會正能量", "今日新聞"])
def test_big5_hanzi_with_an_ascii_trail_byte(word: str) -> None:
    # Big5 trail bytes 0x40-0x7E read as ASCII letters: ¨B is 步, ¶q is 量, »D is 聞
    g = word[:-1] + word[-1].encode("big5").decode("latin-1")
    assert any("@" <= c <= "~" for c in g)
    assert repair(g) == word


@pytest.mark.parametrize("word", ["城市漫步", "我的导航", "一中新闻", "数据解读"])
def test_last_hanzi_of_a_clause_utf8_read_as_cp932(word: str) -> None:
    # a hanzi's three UTF-8 bytes read as Shift-JIS: a kanji and a half-width kana (步 is
    # 豁･), glued to the hanzi it makes a word with
    g = word[:-1] + word[-1].encode("utf-8").decode("cp932")
    assert len(g) == len(word) + 1
    assert repair(g) == word


@pytest.mark.parametrize("text", ["東京ｽｶｲﾂﾘｰ", "半角ｶﾀｶﾅの文字", "価格ｾｰﾙ中"])
def test_japanese_half_width_kana_unchanged(text: str) -> None:
    assert repair(text) == text


def test_swap_span_leaves_the_clean_word_beside_it() -> None:
    # GBK read as Big5 inside a clean line: 三星 before the span stays (its swap reading
    # 三琍 is no word), the clause after it is repaired
    clean = "质疑三星反遭网友科普：华为高层再回应"
    a = clean.index("反")
    g = clean[:a] + clean[a : a + 8].encode("gbk").decode("big5") + clean[a + 8 :]
    out = repair(g)
    assert out.startswith("质疑三星反遭网友科普")


@pytest.mark.parametrize("word", ["Пакистан", "Палестина", "ОАЭ", "Изрелска", "Ελλάδα"])
@pytest.mark.parametrize("template", ["来自{}", "据{}报道", "{}公司"])
def test_cyrillic_and_greek_words_beside_hanzi_unchanged(word: str, template: str) -> None:
    # Па is 相 in GBK read as cp1251, and 自相 is a word, but Пакистан goes on in Cyrillic
    text = template.format(word)
    assert repair(text) == text


@pytest.mark.parametrize("clean", ["艺术评论", "最新评论文章"])
def test_gbk_read_as_cp1251_glued_to_hanzi(clean: str) -> None:
    # Cyrillic glued to hanzi with no space, decoding to fluent hanzi: 艺术ЖАВЫ is 艺术评论
    g = clean[:2] + clean[2:4].encode("gbk").decode("cp1251") + clean[4:]
    assert repair(g) == clean


@pytest.mark.parametrize("text", ["叩閽無路", "+ 叩閽無路", "叩閽無路 (0)"])
def test_idiom_whose_utf8_reading_misfits_at_an_edge_unchanged(text: str) -> None:
    # 叩閽無路 written in GBK reads as UTF-8 ߵ钟o·: a misfit at the edge of a short
    # decoding is a sign that the run is no mojibake, not clean text to trim away
    assert repair(text) == text
