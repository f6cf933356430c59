"""Whole-line repairs: GBK/Big5 swaps without punctuation, swap spans across ASCII, bytes a
copy-paste turned into spaces, one set of layers per line, and marker-only text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_repair import garble
from zhnews.encoding.repair import _swap_line_re, find_mojibake, repair, repair_and_explain

# short lines without punctuation, which GBK read as Big5 turns into ordinary-looking
# traditional hanzi (no suspicious character, no swap sign): judged whole by the model
SHORT_GBK_LINES = [
    "关闭窗口",
    "发表评论 (3)",
    "财经频道 更多",
    "汽车频道 (3)",
    "基金理财",
    "网站地图 联系我们",
]


@pytest.mark.parametrize("line", SHORT_GBK_LINES)
def test_short_gbk_lines_read_as_big5(line: str) -> None:
    broken = garble(line, "gbk", "big5")
    assert _swap_line_re().search(broken)  # the fast path lets such a line through
    fixed, changes = repair_and_explain(broken)
    assert fixed == line
    assert changes and all(c.reason == "gbk read as big5" for c in changes)


@pytest.mark.parametrize(
    "line",
    [
        # two hanzi that decode to a common word, beside ASCII
        "价格 (5)",
        "2024-03-05 09:12 手机",
        "昨天 09:27",
        "下载APP",
        "+ 关注",
        "阅读 316",
        # a swap span takes in the symbols at its edges (请 read as Big5 starts with ③,
        # the dash comes out as 〞〞)
        "——（唐）李白",
        "请登录后发表评论",
        # the first words alone are too short to repair; the swap found later in the line
        # takes them in across the ASCII between
        "时间:2023-11-02 08:15  来源:新华网",
        "京公网安备 11010502000001号  网络违法犯罪举报网站",
        "沪公网安备 31010402001234号  互联网举报中心",
        # function words: no in-word pair covers 说你/么呢, but every hanzi of the whole
        # line is among the commonest
        "你说什么呢",
        "那就这样吧",
        "你在哪里呢",
        "他说的对吗",
    ],
)
def test_gbk_read_as_big5_whole_short_lines(line: str) -> None:
    broken = garble(line, "gbk", "big5")
    fixed, changes = repair_and_explain(broken)
    assert fixed == line
    first_garbled = next(i for i, c in enumerate(broken) if not c.isascii())
    assert changes and changes[0].start <= first_garbled
    assert all(c.reason == "gbk read as big5" for c in changes)


@pytest.mark.parametrize(
    "text",
    [
        "瞋社蜆模瑭賸",  # 蜆模瑭賸 decodes to four common hanzi, but is not the whole line
        "嘉賸鶸鷂長燊排",
        "霪錄恬毯褥守蠅耋游緙隹",
    ],
)
def test_frequent_hanzi_alone_need_the_whole_line(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    "line",
    [
        # a swap span reaches the hanzi past a run of digits (the line is garbled to its end)
        "沪ICP备12345678号-2 违法和不良信息举报电话 021-12345678",
        "京ICP证 030123号 网络视听许可证 0108123号",
    ],
)
def test_gbk_read_as_big5_to_the_end_of_the_line(line: str) -> None:
    assert repair(garble(line, "gbk", "big5")) == line


@pytest.mark.parametrize(
    "line",
    [
        "查看評論 更多",
        "網站地圖 聯繫我們",
        "龔玥菲 攝影",
        "澎湃國際 評論",
        "獎教獎學",
        "蟑螂藥 (0)",
        "選擇語言 English",
    ],
)
def test_clean_traditional_lines_of_swap_shaped_hanzi_unchanged(line: str) -> None:
    assert repair(line) == line


@pytest.mark.parametrize(
    "line",
    [
        # two hanzi with a rare one: the swap decoding must be a common word (不医 is not)
        "祥瓟 (85)",
        "祥瓟",
        # a rare hanzi doubled is a word of its own (窣窣 -> 連連 was a swap)
        "窣窣",
        "窣窣 (0)",
        "旮旮旯旯",
        # GBK bytes that are UTF-8 for a no-break space and a cut-off character: a
        # "repair" that restores nothing but a space and U+FFFD is no repair
        "聽閾 (0)",
        "+ 聽閾",
    ],
)
def test_short_clean_lines_found_by_the_word_list_scan_unchanged(line: str) -> None:
    assert repair(line) == line


TRAD_WORDS = [
    "新聞",
    "網站",
    "評論",
    "國際",
    "經濟",
    "體育",
    "財經",
    "專題",
    "視頻",
    "圖片",
    "報道",
    "記者",
    "編輯",
    "熱點",
    "滾動",
    "獨家",
    "澎湃",
    "獎學",
    "藥品",
    "龔",
    "瑋",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(TRAD_WORDS), min_size=1, max_size=4),
    st.sampled_from(["", " ", " (0)", " 12", " | 3"]),
)
def test_clean_traditional_word_lines_unchanged(words: list[str], tail: str) -> None:
    line = "".join(words) + tail
    assert repair(line) == line


def test_gbk_space_for_a_no_break_byte_is_put_back() -> None:
    # 聽 is GBK 0x8C 0xA0: read as Latin-1 its trail byte is U+00A0, which a copy-paste
    # turned into a space; a space cannot be a GBK trail byte, so it is put back
    text = "他們說話聽聞此事"
    broken = garble(text, "gbk", "latin-1").replace("\u00a0", " ")
    assert " " in broken
    assert repair(broken) == text


def test_one_set_of_layers_per_line() -> None:
    # damaged text from a public bug report (ftfy #34): UTF-8 read as cp1252 twice, with
    # bytes lost; a fragment that only a Big5 or MacRoman middle layer explains must not
    # be "repaired" with it beside the cp1252 ones (it gave 萄舊 and 軍嚷)
    text = "Ã¨Â¢â€¹Ã¨Â¢âdcx€¹Ã¤Â¸Å½Ã¦Å“â€¹Ã¥Ââ€¹Ã¤Â»Â¬Ã§â€ÂµÃ¥ÂÂÃ¥â€¢â€"
    fixed, changes = repair_and_explain(text)
    layered = {c.reason for c in changes if ", then " in c.reason}
    assert layered == {"utf-8 read as cp1252, then utf-8 read as cp1252"}
    assert "与" in fixed
    assert not set("萄舊軍嚷") & set(fixed)


@pytest.mark.parametrize("text", ["\ufffd\ufffd\ufffd\ufffd2.txt", "\ufffdβɘ", "\ufffd\ufffd"])
def test_marker_runs_alone_are_not_resynchronised(text: str) -> None:
    # markers with no character whose bytes survived prove no chain (GBK read as UTF-8
    # writes them too): nothing is rewritten, nothing is deleted
    assert repair(text) == text


@pytest.mark.parametrize("text", ["头条文章", "新闻中心今日报道", "经济发展"])
def test_utf8_read_as_gbk_twice(text: str) -> None:
    # the middle layer is CJK mojibake, as bad atom by atom as the outer one: the whole
    # run is judged after looking ahead at the layer below
    broken = garble(garble(text, "utf-8", "gbk"), "utf-8", "gbk")
    fixed, changes = repair_and_explain(broken)
    assert fixed == text
    assert {c.reason for c in changes} == {"utf-8 read as gbk, then utf-8 read as gbk"}


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("人民網(wǎng)", "cp932"),
        ("人民日報(bào)", "cp932"),
        ("人民日報(bào)", "gbk"),
        ("新聞中心(xīn wén zhōng xīn)報道", "gbk"),
    ],
)
def test_pinyin_with_tone_marks_under_a_cjk_misreading(text: str, misread: str) -> None:
    # tone-marked pinyin lives beside hanzi on mirror pages: a decoding holding it is
    # plausible for a CJK misreading too
    assert repair(garble(text, "utf-8", misread)) == text


@pytest.mark.parametrize(
    ("text", "span"),
    [("文件嚙踝蕭嚙踝蕭.txt", (2, 8)), ("锟斤拷锟斤", (0, 5)), ("标题：锟斤拷", (3, 6))],
)
def test_lost_byte_signatures_found_never_rewritten(text: str, span: tuple[int, int]) -> None:
    # U+FFFD saved as UTF-8, read as Big5 (嚙踝蕭) or GBK (锟斤拷, also cut short)
    assert repair(text) == text
    found = [(f.start, f.end, f.recoverable) for f in find_mojibake(text)]
    assert found == [(*span, "none")]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # the Big5 trail byte of 】 and ） is ASCII ("¡j", "¡^"): the layer below takes it
        ("【糾錯】", [("big5", "latin-1"), ("utf-8", "gbk"), ("utf-8", "latin-1")]),
        ("記者今天發回報導（完）", [("big5", "latin-1"), ("utf-8", "gbk"), ("utf-8", "latin-1")]),
        # the middle layer is GBK hanzi of Latin-1 bytes (脠脣脢...), ordinary-looking one by
        # one, with a no-break space inside the outer layer
        ("人事信息", [("gbk", "latin-1"), ("utf-8", "gbk"), ("utf-8", "cp1252")]),
        ("全部楼层", [("gbk", "latin-1"), ("utf-8", "gbk"), ("utf-8", "cp1252")]),
    ],
)
def test_three_layers(text: str, chain: list[tuple[str, str]]) -> None:
    broken = text
    for original, misread in chain:
        broken = garble(broken, original, misread)
    fixed, changes = repair_and_explain(broken)
    assert fixed == text
    assert [c.reason for c in changes] == [", then ".join(f"{o} read as {m}" for o, m in chain)]


@pytest.mark.parametrize(
    ("text", "original", "misread"),
    [
        ("你好，世界", "utf-8", "cp1251"),
        ("新闻报道今天发布", "utf-8", "cp1251"),
        ("新闻报道今天发布", "utf-8", "cp1250"),
        ("御用软件(YYRJ)", "gbk", "cp1250"),
        ("经济发展很快", "gbk", "cp1251"),
    ],
)
def test_central_european_and_cyrillic_code_pages(text: str, original: str, misread: str) -> None:
    fixed, changes = repair_and_explain(garble(text, original, misread))
    assert fixed == text
    assert changes and all(c.reason == f"{original} read as {misread}" for c in changes)


@pytest.mark.parametrize(
    "text",
    [
        "Москва и Санкт-Петербург — крупнейшие города России.",
        "Центральна рада ухвалила закон; її рішення є остаточним.",
        "Їжак і їжачиха живуть у лісі.",
        "Zażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy.",
        "Árvíztűrő tükörfúrógép, ŐŰ őű.",
        "центральный оджибве",  # valid UTF-8 through cp866, which is not tried
    ],
)
def test_cyrillic_and_central_european_text_unchanged(text: str) -> None:
    assert repair(text) == text


def test_repeated_hanzi_in_a_short_swap_is_no_evidence() -> None:
    # hypothesis found it: 乃乃 read back through Big5 gives 騰騰, a word, so 磡乃乃皮 became
    # 揉騰騰々; a doubled hanzi in a short decoding proves nothing
    assert repair("磡乃乃皮") == "磡乃乃皮"
    # (a short swap of different hanzi is still repaired)
    assert repair(garble("昨天 09:27", "gbk", "big5")) == "昨天 09:27"


@pytest.mark.parametrize("text", ["我的邮箱", "我要投稿", "我的收藏", "你们的信箱"])
def test_short_swap_lines_that_read_far_better_need_no_dictionary_word(text: str) -> None:
    # 扂腔蚘眊 costs about 18 per hanzi, 我的邮箱 about 7, yet no pair of it counts as a
    # dictionary word: the stark contrast over the whole line is the evidence
    garbled = garble(text, "gbk", "big5")
    assert repair(garbled) == text
    assert repair(f"{garbled} (12)") == f"{text} (12)"


@pytest.mark.parametrize("word", ["华为", "联想", "首页"])
def test_two_hanzi_swap_after_a_date_and_time_is_judged_as_the_whole_line(word: str) -> None:
    # the date and time are ASCII: the two hanzi are all the line's text, as a line alone
    prefix = "2024-01-02 08:30 "
    assert repair(prefix + garble(word, "gbk", "big5")) == prefix + word


@pytest.mark.parametrize("text", ["逞嬌鬥媚", "莘莘学子", "蟑螂药 (0)", "魑魅魍魉", "耄耋之年"])
def test_rare_words_alone_on_a_line_unchanged(text: str) -> None:
    # 逞嬌鬥媚 is valid UTF-8 when written in cp932 (痛g馛Z): a line of ordinary hanzi is
    # no proof of a CJK misreading for the whole-line shortcut
    assert repair(text) == text
    assert repair(text + "\n" + text) == text + "\n" + text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["我的", "邮箱", "投稿", "收藏", "信箱", "查看", "回复"]),
        min_size=2,
        max_size=4,
    )
)
def test_stark_contrast_swaps_round_trip(words: list[str]) -> None:
    text = "".join(words)
    if len(set(text)) < 4:
        return
    assert repair(repair(garble(text, "gbk", "big5"))) == repair(garble(text, "gbk", "big5"))


@pytest.mark.parametrize("text", ["國際手機", "專區央視", "手機專區", "國際母嬰", "專區市場"])
def test_big5_read_as_gbk_lines_with_a_lone_kana(text: str) -> None:
    # Big5's commonest hanzi (rows A4/A5) read as GBK are kana: a lone one between hanzi,
    # with no suspicious character on the line, is the only sign (手機 -> も诀)
    garbled = garble(text, "big5", "gbk")
    assert repair(garbled) == text
    assert repair(f"欢迎光临\n{garbled}\n") == f"欢迎光临\n{text}\n"


@pytest.mark.parametrize(
    "text", ["日本の首相", "東京の天気", "私の本", "一ヶ月", "山田さん", "駅前の広場で会う"]
)
def test_japanese_lines_with_lone_kana_unchanged(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize("text", ["濮嘎筧一", "濮嘎筧"])
def test_no_decoding_with_a_superscript_against_a_hanzi(text: str) -> None:
    # hypothesis found it in a README run: 濮嘎筧 is valid UTF-8 read as GBK, as 姸¹a; a
    # superscript against a hanzi is no Chinese text
    assert repair(text) == text


@pytest.mark.parametrize("text", ["我要跟帖", "箱包鞋类", "限时特惠", "学缘心语", "省信访局"])
def test_short_swap_lines_that_read_well_where_the_line_reads_far_worse(text: str) -> None:
    # 眊婦衧濬 costs about 16 per hanzi, 箱包鞋类 about 8.3: not fluent enough alone, but
    # the gap between the two readings is the evidence
    garbled = garble(text, "gbk", "big5")
    assert repair(garbled) == text


@pytest.mark.parametrize(
    "text", ["新聞中心", "國內新聞>正文", "新聞中心 > 國內新聞", "新聞中心 12"]
)
def test_big5_read_as_gbk_with_kana_pairs_and_hanzi_japanese_never_writes(text: str) -> None:
    # 新聞中心 read as GBK is 穝籇いみ: a kana pair, as in Japanese, but half the hanzi
    # (穝, 籇) are outside the character set Japanese text is written in
    garbled = garble(text, "big5", "gbk")
    assert repair(garbled) == text


@pytest.mark.parametrize(
    "text",
    [
        "习近平さんが来た",
        "李克强首相が",
        "华为の新しいスマホ",
        "习さん",
        "张さんと会う",
        "辽宁省から来ました",
    ],
)
def test_japanese_naming_chinese_people_and_places_unchanged(text: str) -> None:
    # simplified hanzi that Japanese does not write, in Japanese text quoting Chinese names
    assert repair(text) == text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["习近平", "华为", "张伟", "辽宁", "腾讯", "钟南山", "郑州"]),
        min_size=1,
        max_size=2,
    ),
    st.sampled_from(["さんが来た", "の話です", "について書いた", "から東京へ", "と会いました"]),
)
def test_japanese_with_simplified_names_unchanged(names: list[str], tail: str) -> None:
    text = "、".join(names) + tail
    assert repair(text) == text


@pytest.mark.parametrize("text", ["翥鶆皙厖岬", "儹閰猀鍕", "皙厖岬"])
def test_no_loss_taken_without_a_marker_to_restore_the_rarest_hanzi(text: str) -> None:
    # 皙厖岬 is UTF-8 for 𪅅 (a rare hanzi outside the BMP) and two bytes of a cut
    # character, read as GBK: with no U+FFFD or ? to show a loss, that is no repair
    assert repair(text) == text


@pytest.mark.parametrize("text", ["网易智造", "我要跟帖", "新浪扶翼", "易龙智投"])
def test_short_gbk_lines_read_as_cp1251(text: str) -> None:
    # НшТЧЦЗФм: capitals after small letters inside a word, as Russian never writes, and a
    # decoding that reads well enough for a line whose bytes all pair up
    assert repair(garble(text, "gbk", "cp1251")) == text


@pytest.mark.parametrize(
    "text",
    [
        "ГАЗПРОМ",
        "СБЕРБАНК РОСНЕФТЬ",
        "ТЖПВТА",
        "Мощность 100 кВт",
        "Частота 2,4 ГГц и 5 ГГц",
        "Москва — столица России.",
        "ПАО «ЛУКОЙЛ» сообщило о росте прибыли",
    ],
)
def test_russian_capitals_and_units_unchanged(text: str) -> None:
    # any two Cyrillic capitals are a GB2312 hanzi in cp1251: a line of capitals keeps the
    # stricter fluency bar
    assert repair(text) == text


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x410, max_codepoint=0x42F), min_size=4, max_size=10
    )
)
def test_cyrillic_capitals_alone_unchanged_unless_they_read_fluently(word: str) -> None:
    got = repair(word)
    # a repair of capitals alone must decode to GBK hanzi of the fluency FLUENT_COST asks
    if got != word:
        from zhnews.encoding.badness import span_cost
        from zhnews.encoding.repair import FLUENT_COST

        assert span_cost(got) <= FLUENT_COST * len(got)


@pytest.mark.parametrize(
    "text", ["APP專享", "免費郵箱", "SUV大師", "19 跟貼", "> 要聞", "進口好貨9.9元包郵"]
)
@pytest.mark.parametrize("misread", ["mac-roman", "cp1252", "latin-1"])
def test_short_big5_lines_read_as_a_code_page(text: str, misread: str) -> None:
    # SUV§jÆv: Big5's trail bytes in the ASCII range set letters on both sides of the
    # symbols its lead bytes become, which Western text never does
    assert repair(garble(text, "big5", misread)) == text


@pytest.mark.parametrize(
    "text",
    [
        "Coca-Cola®",
        "50°C",
        "§ 3 Abs. 2",
        "m²",
        "Rock’n’roll",
        "«Bonjour»",
        "¿Qué?",
        "São Paulo",
        "Øresund",
        "naïve café",
        "e•mail",
        "Müller·Schmidt",
        "x±y",
    ],
)
def test_western_symbols_beside_letters_unchanged(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize("inner", ["こんにちは", "你好世界", "新闻中心今日报道"])
def test_mojibake_inside_japanese_with_everyday_kanji_is_still_found(inner: str) -> None:
    # Japanese lines whose unusual kanji (経, 済, 説) are all everyday JIS ones are not
    # searched; a span of UTF-8 read as cp932 or GBK beside them still is
    ja = "日本の首相は今日、東京で記者会見を開き、新しい経済政策について説明した。"
    garbled = garble(inner, "utf-8", "cp932" if inner == "こんにちは" else "gbk")
    assert repair(ja + garbled) == ja + inner
    assert repair(garbled + "\n" + ja) == inner + "\n" + ja
    assert repair(ja * 3) == ja * 3


@pytest.mark.parametrize(
    ("prefix", "word", "original", "misread"),
    [
        ("Der Präsident sagte heute in Berlin: ", "你好", "gbk", "latin-1"),
        ("Президент России заявил: ", "Привет мир", "utf-8", "cp1251"),
        ("Le président a dit à Paris: ", "café crème", "utf-8", "cp1252"),
        ("Το υπουργείο ανακοίνωσε: ", "新闻中心", "gbk", "cp1252"),
    ],
)
def test_mojibake_words_among_western_words_are_still_found(
    prefix: str, word: str, original: str, misread: str
) -> None:
    # lines of Latin, Cyrillic or Greek words skip the search unless some word is valid
    # UTF-8 or fluent GBK/Big5 once written in a code page
    garbled = garble(word, original, misread)
    assert repair(prefix + garbled) == prefix + word


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Präsident",
                "Maßnahmen",
                "Müller",
                "заявил",
                "сегодня",
                "Москве",
                "всё",
                "πρωθυπουργός",
                "σήμερα",
                "«Париж»",
                "naïve",
                "São",
                "Øresund",
                "—",
                "…",
            ]
        ),
        min_size=1,
        max_size=8,
    )
)
def test_western_word_lines_unchanged(words: list[str]) -> None:
    text = " ".join(words)
    assert repair(text) == text


@pytest.mark.parametrize(
    "text", ["Škoda Škoda report report report", "café x café y z report report report"]
)
def test_utf8_pairs_far_apart_in_a_long_span_are_still_repaired(text: str) -> None:
    # a hypothesis find in a README run: Å\u00a0 (Š read as Latin-1) twice among plain words
    garbled = text.encode("utf-8").decode("latin-1")
    assert repair(garbled) == text


# Headings and labels written by hand for the short swap-line rule: ordinary hanzi that a
# GBK/Big5 swap turns into other ordinary hanzi, with no sign on the line.
SHORT_TRAD_HEADINGS = ["學習專欄", "政策解讀", "數據解讀", "鳳凰娛樂", "澎湃國際", "澎湃評論"]
SHORT_SIMP_HEADINGS = ["国家档案局", "办件结果", "网易红彩", "温开水加冰 1楼", "跟贴 19 参与 206"]


@pytest.mark.parametrize("text", SHORT_TRAD_HEADINGS)
def test_short_big5_lines_of_ordinary_hanzi_read_as_gbk(text: str) -> None:
    # 學習專欄 -> 厩策盡逆: ordinary simplified-looking hanzi, no kana, no symbol; the line
    # reads about 11 per hanzi, its Big5 reading about 6
    garbled = garble(text, "big5", "gbk")
    assert repair(garbled) == text
    assert repair(f"首页\n{garbled} (0)\n正文") == f"首页\n{text} (0)\n正文"
    assert [c.reason for c in repair_and_explain(garbled)[1]] == ["big5 read as gbk"]


@pytest.mark.parametrize("text", SHORT_SIMP_HEADINGS)
def test_short_gbk_lines_of_ordinary_hanzi_read_as_big5(text: str) -> None:
    garbled = garble(text, "gbk", "big5")
    assert repair(garbled) == text
    assert repair(f"+ {garbled}") == f"+ {text}"


@pytest.mark.parametrize(
    "text",
    SHORT_TRAD_HEADINGS
    + SHORT_SIMP_HEADINGS
    # rare idioms whose swap readings are the closest to fluent in the clean check's scan
    + ["訖情盡意", "救偏補弊", "蠅營鼠窺", "滌瑕蹈隙", "韜跡隱智", "滌穢盪瑕", "煨乾避溼"],
)
def test_short_clean_lines_of_ordinary_hanzi_unchanged(text: str) -> None:
    assert repair(text) == text
    assert repair(f"{text} (0)") == f"{text} (0)"


@pytest.mark.parametrize(
    ("text", "garbled"),
    [("家居日用", "產﹡らノ"), ("房產/家居", "┬玻/產﹡")],
)
def test_swap_signs_cost_what_a_rare_hanzi_costs(text: str, garbled: str) -> None:
    # the model reads kana and symbols as cheap punctuation: 產﹡らノ alone costs less
    # than 家居日用, though no Chinese text writes it
    assert garble(text, "big5", "gbk") == garbled
    assert repair(garbled) == text


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["學習", "專欄", "政策", "解讀", "數據", "國際", "評論", "娛樂"]),
        min_size=2,
        max_size=3,
    )
)
def test_short_trad_heading_swaps_repaired_or_left_alone(words: list[str]) -> None:
    # a heading either comes back whole or the line is left as it is: never a third text
    text = "".join(words)
    garbled = garble(text, "big5", "gbk")
    assert repair(garbled) in (text, garbled)
    assert repair(text) == text


@pytest.mark.parametrize("text", ["м’янманскі к’ят", "оџикри", "Москва и Санкт-Петербург"])
def test_cyrillic_words_pay_no_swap_sign_cost(text: str) -> None:
    # GBK writes Cyrillic letters, and Big5 read as GBK turns its commonest hanzi into
    # them; but a word of Cyrillic letters is no swap sign (CLDR's Ukrainian names)
    assert repair(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # kanji-heavy Japanese with lone kana between kanji (random strings of JIS level-1
        # kanji and kana that the kana's swap-sign cost once turned into hanzi)
        "ク佶地誰ふ迷倅轄酋れ醐濡き嫁丿",
        "廠耗拶ぐ珂れ蝦絹柾塾蒔叱傴鶏檎令堵牛姶な宰い",
        "東京の駅前で会う",
    ],
)
def test_kana_cost_nothing_extra_beside_kanji_japanese_writes(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize("text", [" ¯¢ª¼", "¯¢ª¼", "\xa0¯¢ª¼"])
def test_two_rare_hanzi_from_four_code_page_symbols_are_no_repair(text: str) -> None:
    # Big5 read as Latin-1 would give 砭盲: two hanzi that read as no Chinese; with a
    # no-break space before them the line was left alone, so normalize was not idempotent
    assert repair(text) == text


def test_two_fluent_hanzi_from_four_code_page_characters_are_still_repaired() -> None:
    assert repair("ÄãºÃ") == "你好"


def _plain_repeats(pattern: str) -> re.Pattern[str]:
    # the same screen with ordinary repeats (what Python before 3.11 compiles)
    return re.compile(pattern.replace("*+", "*"))


# lines from the screens' own alphabets: ASCII, ideographic spaces, cheap and dear hanzi,
# hanzi only GBK has, and the punctuation that ends a screen
_SCREEN_CHARS = list("ab 19()\u3000") + list("學習專欄厩策盡逆躲泂統迵脤艘隙葩们这个关闭窗口，。：")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SCREEN_CHARS), max_size=24))
def test_one_line_screen_decides_as_the_two_screens(line: str) -> None:
    from zhnews.encoding.repair import _one_line_re, _short_swap_re, _swap_line_body

    whole = re.fullmatch(_swap_line_body(), line) is not None
    short = _short_swap_re().fullmatch(line) is not None
    both = _one_line_re().fullmatch(line)
    assert (both is not None) == (whole or short)
    assert (both is not None and both.lastgroup == "w") == whole
    # possessive repeats (Python 3.11+) never change what the screens match
    assert (_plain_repeats(_swap_line_body()).fullmatch(line) is not None) == whole
    assert (_plain_repeats(_short_swap_re().pattern).fullmatch(line) is not None) == short
