"""The whole-line shortcut for UTF-8 read as one codec: same repairs as the search, faster."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zhnews.encoding.repair as repair_module
from test_repair import LATIN_WORDS, char_strings, garble, sentences, zh_text
from zhnews.chardata import gb2312_level1
from zhnews.encoding.chains import encode_single_byte, encode_strict
from zhnews.encoding.repair import _whole_line, repair, repair_and_explain

CODE_PAGES = ["latin-1", "cp1252", "mac-roman", "cp437", "cp1250", "cp1251"]
MISREADS = [*CODE_PAGES, "gbk", "gb18030", "cp932", "big5"]
LEVEL1 = sorted(gb2312_level1())


def _searched(text: str) -> tuple[str, list[tuple[int, str]]]:
    """``repair_and_explain`` with the shortcut turned off: the search alone."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(repair_module, "_whole_line", lambda *a: None)
        out, changes = repair_and_explain(text)
    return out, [(c.end, c.reason) for c in changes]


@pytest.mark.parametrize("misread", MISREADS)
@pytest.mark.parametrize(
    "line",
    [
        "新华社北京5月8日电（记者 王小明）今天上午，市政府召开新闻发布会。",
        "点击查看 More >> 相关新闻",
        "2024年3月5日 09:12 来源：本报",
    ],
)
def test_whole_line_shortcut_matches_the_search(line: str, misread: str) -> None:
    try:
        broken = garble(line, "utf-8", misread)
    except UnicodeError:
        # (0x98 is undefined in cp1251; the CJK codecs cannot read most UTF-8 strictly)
        assert misread in ("cp1251", "gbk", "gb18030", "cp932", "big5")
        return
    assert _whole_line(broken, 0, len(broken)) is not None  # the shortcut is taken
    fixed, changes = repair_and_explain(broken)
    assert fixed == line
    # (text that GBK reads as GB18030 does is named for GBK, the first chain)
    same = {misread, "gbk"} if misread == "gb18030" else {misread}
    assert changes and {c.reason for c in changes} <= {f"utf-8 read as {m}" for m in same}
    searched, searched_changes = _searched(broken)
    assert searched == fixed
    assert [(c.end, c.reason) for c in changes] == searched_changes


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(zh_text, char_strings(LEVEL1)),
    misread=st.sampled_from(MISREADS),
)
def test_shortcut_and_search_agree(text: str, misread: str) -> None:
    try:
        broken = garble(text, "utf-8", misread)
    except UnicodeError:
        return
    assert repair(broken) == _searched(broken)[0]


def test_partly_garbled_line_is_left_to_the_search() -> None:
    # clean hanzi on the line: no code page has them, the search repairs the span
    broken = "标题：" + garble("新闻中心", "utf-8", "cp1252")
    assert _whole_line(broken, 0, len(broken)) is None
    assert repair(broken) == "标题：新闻中心"


def test_layer_below_is_left_to_the_search() -> None:
    # UTF-8 read as GBK, then that saved as UTF-8 and read as Latin-1: the first decoding
    # is itself mojibake, so the shortcut declines and the search peels both layers
    broken = garble(garble("你好世界", "utf-8", "gbk"), "utf-8", "latin-1")
    assert _whole_line(broken, 0, len(broken)) is None
    assert repair(broken) == "你好世界"


@given(text=sentences(LATIN_WORDS))
def test_clean_latin_lines_never_take_the_shortcut(text: str) -> None:
    assert _whole_line(text, 0, len(text)) is None


def test_one_edit_per_line_and_runs_far_apart_kept_apart() -> None:
    line = "新闻" + " " * 30 + "中心"
    broken = "第一行\n" + garble(line, "utf-8", "latin-1")
    fixed, changes = repair_and_explain(broken)
    assert fixed == "第一行\n" + line
    assert [(c.start, c.end) for c in changes] == [(4, 10), (40, 46)]


def test_utf8_read_as_gbk_line_taken_whole() -> None:
    line = "新闻中心今天发布"
    broken = garble(line, "utf-8", "gbk")  # (its user-defined area comes out as PUA)
    assert _whole_line(broken, 0, len(broken)) is not None
    assert repair_and_explain(broken)[1][0].reason == "utf-8 read as gbk"


@given(text=zh_text)
def test_clean_chinese_lines_never_take_the_shortcut(text: str) -> None:
    assert _whole_line(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("line", "original"),
    [
        ("新闻中心今天发布会", "gbk"),
        ("新聞中心今天發佈會", "big5"),
        ("工作人員今天上午到場", "big5"),
    ],
)
@pytest.mark.parametrize("misread", ["latin-1", "cp1252", "mac-roman"])
def test_gbk_and_big5_read_as_a_code_page_taken_whole(
    line: str, original: str, misread: str
) -> None:
    broken = garble(line, original, misread)
    assert _whole_line(broken, 0, len(broken)) is not None
    fixed, changes = repair_and_explain(broken)
    assert fixed == line == _searched(broken)[0]
    # (the GBK reading of Big5 bytes is valid too: the better reading names the chain;
    # without bytes 80-9F, Latin-1 and cp1252 read alike and the first chain names it)
    names = {misread, "latin-1"} if misread == "cp1252" else {misread}
    assert len(changes) == 1 and changes[0].reason in {f"{original} read as {m}" for m in names}


def test_edits_cut_where_both_texts_end_a_character() -> None:
    # 工 is Big5 A4 75: its trail byte is the ASCII letter u of the garbled line
    line = "工 人"
    broken = garble(line, "big5", "latin-1")
    assert "u" in broken
    fixed, changes = repair_and_explain("ok " + broken)
    assert fixed == "ok " + line
    assert [(c.start, c.before, c.after) for c in changes] == [(3, broken, line)]


def test_encode_strict_gbk_keeps_two_byte_sequences_only() -> None:
    assert encode_strict("\ue15e", "gbk") == "\ue15e".encode("gb18030")  # user-defined
    assert encode_strict("\u20ac", "gb18030") == b"\xa2\xe3"
    assert encode_strict("\U00020000", "gbk") is None  # four bytes in GB18030


def test_encode_single_byte_is_exact() -> None:
    assert encode_single_byte("Ã©", "latin-1") == b"\xc3\xa9"
    assert encode_single_byte("â€œ", "cp1252") == b"\xe2\x80\x9c"
    assert encode_single_byte("â€œ", "latin-1") is None
    assert encode_single_byte("\x81", "cp1252") == b"\x81"  # undefined, kept as C1


def test_shortcut_keeps_the_search_gates_on_foreign_letters() -> None:
    # hypothesis found it: 一一浣犲ソ is valid UTF-8 read as GBK as a whole, but 一 (D2 BB)
    # decodes to Cyrillic һ; only 浣犲ソ is mojibake, and the line is left to the search
    line = "一一浣犲ソ"
    assert _whole_line(line, 0, len(line)) is None
    assert "һ" not in repair(line)


@pytest.mark.parametrize("text", ["ÃÃÃÃ", "¤¤¤¤", "ÃÃ ÃÃ", "ÄãÄã"])
def test_a_line_of_one_or_two_repeated_letters_is_not_repaired_whole(text: str) -> None:
    # hypothesis found it in a README run: ÃÃÃÃ is GBK's 妹妹 read as Latin-1, but so little
    # variety tells nothing (the search declines it for the same reason)
    assert repair(text) == text
