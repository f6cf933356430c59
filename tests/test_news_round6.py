"""Round 6: page patterns from real sites (all lines below are invented, in the same form)."""

from __future__ import annotations

import pytest

from zhnews.news import label_lines, parse
from zhnews.news.bylines import (
    parse_dateline,
    parse_head_byline,
    parse_own_story,
    parse_print_edition,
    parse_simple_byline,
)
from zhnews.news.dates import find_dates
from zhnews.news.rules import default_rules

PARA1 = "青禾縣水利局今日表示,今年汛期前將完成三座小型水庫的加固工程,確保下游村鎮安全度汛。"
PARA2 = "據介紹,加固工程總投資約一點二億元,涉及大壩防滲、溢洪道改造和監測設施更新等內容。"
PARA3 = "水利局負責人說,工程完工後,三座水庫的防洪標準將由二十年一遇提高到五十年一遇。"


def _labels(lines: list[str]) -> list[str]:
    return label_lines("\n".join(lines))


# --- headline under chrome ---------------------------------------------------------


def test_back_link_over_a_print_view_is_chrome_not_the_headline() -> None:
    lines = [
        "« 返回前頁列印",
        "",
        "財經觀察 | 2023-05-14 09:41",
        "",
        "青禾水庫加固工程汛前完工",
        "",
        PARA1,
    ]
    a = parse("\n".join(lines))
    assert a.title == "青禾水庫加固工程汛前完工"
    assert _labels(lines)[0] == "chrome"


def test_bulleted_link_over_the_headline_is_not_a_second_title_line() -> None:
    lines = [
        "  • 訂閱本站電郵快訊",
        "  • 加入讀者交流群組",
        "",
        "青禾水庫加固工程汛前完工",
        "",
        "2023年05月14日 9:41",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title == "青禾水庫加固工程汛前完工"
    labels = _labels(lines)
    assert labels[1] == "chrome" and labels[3] == "title"


# --- widget lines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "widget",
    [
        "請繼續往下閱讀...",
        "更多相片",
        "please wait",
        "No media source available",
        "0:00 0:02:41 0:00",
        "\\",
    ],
)
def test_widget_line_inside_the_article_is_chrome(widget: str) -> None:
    lines = [
        "青禾水庫加固工程汛前完工",
        "2023年05月14日 09:41 來源:青禾日報",
        PARA1,
        "",
        widget,
        "",
        PARA2,
        PARA3,
    ]
    labels = _labels(lines)
    assert labels[4] == "chrome"
    assert labels[2] == labels[6] == labels[7] == "body"


def test_player_breakpoints_and_trademark_footer_after_the_text_are_chrome() -> None:
    lines = [
        "青禾水庫加固工程汛前完工",
        "2023年05月14日 09:41 來源:青禾日報",
        PARA1,
        PARA2,
        "XS",
        "SM",
        "MD",
        "LG",
        "? Example Media Ltd 2024 EM and 'Example Media' are trademarks of Example Media Ltd.",
    ]
    labels = _labels(lines)
    assert labels[2:4] == ["body", "body"]
    assert labels[4:] == ["chrome"] * 5


def test_friend_links_heading_ends_the_article() -> None:
    lines = [
        "青禾水庫加固工程汛前完工",
        "2023年05月14日 09:41 來源:青禾日報",
        PARA1,
        PARA2,
        "友情鏈接:",
        "青禾縣政府網",
    ]
    labels = _labels(lines)
    assert labels[2:] == ["body", "body", "chrome", "chrome"]


def test_accessibility_link_and_breaking_label_over_a_repeated_headline() -> None:
    head = "快訊:青禾水庫加固工程提前完工 縣長據悉週五視察"
    lines = [
        "無障礙鏈接",
        "",
        "突發新聞",
        "",
        head,
        "",
        "",
        head,
        "please wait",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title == head
    labels = _labels(lines)
    assert labels[0] == labels[2] == labels[8] == "chrome"
    assert labels[10] == labels[12] == "body"


def test_table_rule_under_a_headline_in_table_cells() -> None:
    lines = [
        "青禾縣熱線接到舉報電話 兩天查處違規車輛百餘輛 | ||||||||",
        "-----|-----|-----|-----|",
        "http://www.example.com.cn 2006年03月02日05:12 青禾晚報 | ||||||||",
        PARA1,
    ]
    a = parse("\n".join(lines))
    assert a.title == "青禾縣熱線接到舉報電話 兩天查處違規車輛百餘輛"
    assert _labels(lines)[:2] == ["title", "chrome"]


# --- credits --------------------------------------------------------------------------


def test_western_names_in_a_reporter_credit() -> None:
    c = parse_simple_byline("某某日報記者 Anna Lindqvist / Tom O'Hara / Priya Raman")
    assert c is not None
    assert [n for n, _ in c.authors] == ["Anna Lindqvist", "Tom O'Hara", "Priya Raman"]
    assert c.org == "某某日報"
    # one capitalised word is not a name; prose is not a credit
    assert parse_simple_byline("記者 Reuters") is None


def test_western_byline_under_captions_then_printed_date() -> None:
    lines = [
        "青禾水庫為何一再延誤?",
        "",
        PARA1,
        "",
        "2021年3月1日青禾,工人在水庫大壩上作業。攝:Jan Novak/某某圖片社",
        "",
        "某某日報記者 Anna Lindqvist / Tom O'Hara",
        "",
        "刊登於 2021-04-02",
        "",
        PARA2,
        "",
        PARA3,
    ]
    a = parse("\n".join(lines))
    assert list(a.authors) == ["Anna Lindqvist", "Tom O'Hara"]
    assert a.published is not None and a.published.isoformat()[:10] == "2021-04-02"
    labels = _labels(lines)
    assert labels[6] == labels[8] == "meta"
    assert labels[10] == labels[12] == "body"


def test_reprint_note_names_the_source() -> None:
    note = "本文原刊於《某某週報》,本站獲授權轉載。目前該刊中文版僅向付費會員開放,歡迎訂閱。"
    c = parse_own_story(note)
    assert c is not None and c.source == "某某週報"
    lines = [
        "青禾水庫為何一再延誤?",
        "",
        "某某週報記者 Anna Lindqvist",
        "",
        note,
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.source == "某某週報"
    labels = _labels(lines)
    assert labels[4] == "meta" and labels[6] == labels[8] == "body"


def test_first_run_note_gives_print_edition_source_and_date() -> None:
    pe = parse_print_edition("(本文首發于2021年3月2日《某某週末》)")
    assert pe is not None and pe.paper == "某某週末" and pe.page is None
    lines = [PARA1, PARA2, "(本文首發于2021年3月2日《某某週末》)", "責任編輯:林一 陳二", PARA3]
    a = parse("\n".join(lines))
    assert a.print_edition is not None
    assert (a.print_edition.paper, a.print_edition.date) == ("某某週末", "2021-03-02")
    assert a.source == "某某週末"
    assert str(a.published) == "2021-03-02"
    labels = _labels(lines)
    assert labels == ["body", "body", "meta", "meta", "body"]


def test_place_then_paper_reporter_in_brackets_opens_the_paragraph() -> None:
    assert parse_head_byline("(青禾 )(本報記者林小雨報道)星期一抵達的還有") == ("林小雨",)
    assert parse_head_byline("(圖)本報記者報道") == ()
    lines = [
        "青禾水庫加固工程汛前完工 |",
        "2011-03-08 (06:15) |",
        f"(青禾 )(本報記者林小雨報道){PARA1}",
    ]
    a = parse("\n".join(lines))
    assert list(a.authors) == ["林小雨"]


def test_time_in_brackets_after_the_date() -> None:
    d = find_dates("2011-03-08 (06:15) |")
    assert d and (d[0].hour, d[0].minute) == (6, 15)
    # an unclosed bracket is no time
    d2 = find_dates("2011-03-08 (06:15")
    assert d2 and d2[0].hour is None
    lines = ["青禾水庫加固工程汛前完工 |", "2011-03-08 (06:15) |", PARA1]
    a = parse("\n".join(lines))
    assert a.published is not None and a.published.isoformat() == "2011-03-08T06:15:00+08:00"


def test_outlet_lead_then_date_is_a_dateline() -> None:
    ag = default_rules().lexicon("agencies")
    # round 13 convention: the date after 讯 is the event's, not the lead's: a credit only
    m = parse_dateline("青禾新聞訊5月6日,有網友發帖稱", ag)
    assert m is not None and (m.agency, m.place, m.date_text) == ("青禾新聞", None, None)
    assert parse(f"青禾新聞訊5月6日,{PARA1}").dateline is None
    # 本报讯 names no outlet: no dateline
    assert parse_dateline("本報訊 5月6日,全縣召開會議", ag) is None


def test_closing_credit_of_the_dateline_agency_is_not_a_source() -> None:
    lines = [f"青禾新聞訊5月6日,{PARA1}", PARA2, PARA3, "青禾新聞記者 林小雨", "編輯 陳二"]
    a = parse("\n".join(lines))
    assert a.dateline is None  # round 13 convention: no place or date before 讯
    assert a.source is None
    assert list(a.authors) == ["林小雨"]


def test_headline_glued_to_a_share_widget() -> None:
    lines = [
        "首頁 -> 國際",
        "青禾水庫加固報告曝光分享到:",
        f"![]() ![]() 青禾訊 {PARA1}{PARA2}",
        "|",
    ]
    a = parse("\n".join(lines))
    assert a.title == "青禾水庫加固報告曝光"
    assert _labels(lines)[1] == "title"


def test_editor_credit_closing_the_last_paragraph_in_brackets() -> None:
    lines = ["首頁 -> 國際", "青禾水庫加固報告曝光", f"{PARA1}{PARA2}(完) 【編輯:林一】"]
    a = parse("\n".join(lines))
    assert list(a.editors) == ["林一"]
    assert _labels(lines)[2] == "body"
    # a bracketed editor inside the paragraph, with no sentence's end before it, is left alone
    b = parse("\n".join(["青禾水庫加固報告曝光", f"{PARA1}據【編輯:林一】稱{PARA2}"]))
    assert list(b.editors) == []


def test_editor_credit_at_the_end_of_a_line_of_widget_words() -> None:
    lines = [
        "青禾水庫加固工程汛前完工",
        "2023年05月14日 09:41 來源:青禾日報",
        PARA1,
        PARA2,
        "喜歡請轉發分享↓Follow Us 責任編輯:林一",
    ]
    a = parse("\n".join(lines))
    assert list(a.editors) == ["林一"]
    assert _labels(lines)[4] == "meta"
    # runs of spaces in the widget words do not shift the credit
    spaced = [*lines[:4], "  喜歡請轉發   分享 Follow Us  責任編輯:林一 陳二"]
    assert list(parse("\n".join(spaced)).editors) == ["林一", "陳二"]
    # prose before the credit keeps the line in the body
    prose = f"{PARA3}責任編輯:林一"
    labels = _labels([*lines[:4], prose])
    assert labels[4] == "body"


def test_more_videos_heading_ends_the_article() -> None:
    lines = [
        "首頁 -> 國際",
        "青禾水庫加固報告曝光",
        f"{PARA1}{PARA2}",
        "視頻更 多",
        "青禾縣長:水庫加固是民生工程 汛期前必須完工",
        "三十年的守望 老壩工講述水庫往事",
    ]
    labels = _labels(lines)
    assert labels[2] == "body"
    assert labels[3:] == ["chrome", "chrome", "chrome"]


def test_hashtags_under_the_printed_date_are_chrome() -> None:
    lines = [
        "青禾水庫為何一再延誤?",
        "",
        PARA1,
        "",
        "某某週報記者 林小雨 陳二 發自青禾",
        "",
        "刊登於 2021-04-02",
        "",
        "#水庫十年#青禾 x 某某週報",
        "",
        PARA2,
    ]
    labels = _labels(lines)
    # the tag line is not taken for a headline (which turned the text above it to chrome)
    assert labels[0] == "title" and labels[2] == "body"
    assert labels[4] == labels[6] == "meta"
    assert labels[8] == "chrome" and labels[10] == "body"


def test_provider_name_under_a_byline_of_the_same_outlet_is_metadata() -> None:
    lines = [
        "青禾水庫為何一再延誤?",
        "",
        "某某傳媒記者 林小雨 陳二 發自青禾",
        "某某傳媒",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.source == "某某傳媒"
    labels = _labels(lines)
    assert labels[3] == "meta" and labels[5] == labels[7] == "body"
