"""Round 15: one invented example per cause fixed (no text from real pages)."""

from __future__ import annotations

from datetime import date

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_credits
from zhnews.news.dates import find_dates

P1 = "今年以来，某县持续推进农村道路改造，全县新修道路一百二十公里，沿线村民出行更加方便。"
P2 = "县交通局负责人介绍，明年还将继续加大投入，力争实现所有行政村通硬化路，方便群众出行。"
P3 = "不少村民表示，路修好了，农产品运得出去，游客也走得进来，日子越过越有奔头。"


# --- titles


def test_banner_over_date_loses_to_headline_set_twice_below() -> None:
    text = "\n".join(
        [
            "某某银行白金卡优惠",
            "2023年05月12日",
            "第B02版:本地",
            "某某电子图书馆",
            "",
            "社区花园开放迎来首批居民",
            "",
            "居民在花园里散步",
            "",
            "社区花园开放迎来首批居民",
            "",
            P1,
            P2,
        ]
    )
    a = parse(text)
    assert a.title == "社区花园开放迎来首批居民"
    labels = label_lines(text)
    assert labels[0] == "chrome"
    assert labels[1] == "meta"
    assert P1 in a.body and P2 in a.body


# --- published


def test_lone_date_line_in_head_is_the_date() -> None:
    text = "\n".join(["某某 -", "2017-03-09", "", P1, P2, P3])
    a = parse(text)
    assert a.published == date(2017, 3, 9)
    assert label_lines(text)[1] == "meta"
    assert P1 in a.body and P2 in a.body


def test_bulleted_date_under_headline_is_the_date() -> None:
    text = "\n".join(
        [
            "账号登录",
            "",
            "某县新修道路一百二十公里 村民出行更方便",
            "",
            "  • 某某卫视",
            "  • 2017/03/09 14:25",
            "分享到:",
            "  • 收藏",
            "",
            P1,
            P2,
        ]
    )
    a = parse(text)
    assert a.published is not None
    assert a.published.isoformat() == "2017-03-09T14:25:00+08:00"
    assert P1 in a.body and P2 in a.body


def test_minguo_year_with_dashes_after_date_label() -> None:
    found = find_dates("日期:109-07-03", yearless=False)
    assert [(d.year, d.month, d.day) for d in found] == [(2020, 7, 3)]
    assert find_dates("编号:109-07-03", yearless=False) == []
    text = "\n".join(["某某局举办防汛演练 检验应变能力", "", "日期:109-07-03", "", P1, P2])
    a = parse(text)
    assert a.published == date(2020, 7, 3)


# --- sources


def test_empty_label_after_source_name_is_dropped() -> None:
    c = parse_credits("发布时间:2021-04-06 09:30 来源:某某县融媒网 点击:")
    assert c is not None and c.source == "某某县融媒网"


def test_data_source_line_in_metadata_block_is_source() -> None:
    text = "\n".join(
        [
            "某某局举办防汛演练 检验应变能力",
            "",
            "日期:2020-07-03",
            "資料來源:宣傳推廣科",
            "",
            P1,
            P2,
        ]
    )
    assert parse(text).source == "宣傳推廣科"


def test_data_source_note_in_body_is_not_source() -> None:
    text = "\n".join(
        [
            "某某局举办防汛演练 检验应变能力",
            "",
            "日期:2020-07-03",
            "",
            P1,
            "资料来源:某某统计局",
            P2,
        ]
    )
    assert parse(text).source is None


def test_day_first_slashes_only_when_unambiguous() -> None:
    found = find_dates("某某网友 於 23/08/2019 發表", yearless=False)
    assert [(d.year, d.month, d.day) for d in found] == [(2019, 8, 23)]
    assert find_dates("04/06/2019", yearless=False) == []


# --- labels


def test_site_footer_over_known_licence_line_is_chrome() -> None:
    text = "\n".join(
        [
            "某县召开道路建设通报会 |",
            "发布日期:2021-04-06 来源:交通运输局 |",
            P1,
            P2,
            "",
            "主办单位:某某县交通运输局",
            "电话:0000-1234567 网站地图",
            "未经授权禁止复制或建立镜像",
        ]
    )
    labels = label_lines(text)
    assert labels[5] == "chrome" and labels[6] == "chrome"
    a = parse(text)
    assert P1 in a.body and P2 in a.body
    assert "主办" not in a.body
    assert any(r.text.startswith("主办") for r in a.removed)


def test_footer_words_without_known_footer_stay_body() -> None:
    text = "\n".join(
        [
            "某县新修道路一百二十公里 村民出行更方便",
            "发布日期:2021-04-06 来源:某某县融媒网",
            P1,
            P2,
            "联系电话:0000-1234567",
        ]
    )
    assert label_lines(text)[4] == "body"
