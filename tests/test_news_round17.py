"""Round 17: one invented example per cause fixed (no text from real pages)."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import (
    parse_credits,
    parse_glued_source_byline,
    parse_head_byline,
    parse_simple_byline,
)

P1 = "今年以来，某县持续推进农村道路改造，全县新修道路一百二十公里，沿线村民出行更加方便。"
P2 = "县交通局负责人介绍，明年还将继续加大投入，力争实现所有行政村通硬化路，方便群众出行。"
T1 = "某县新修农村道路一百二十公里"


# --- body lines kept


def test_wire_lead_with_ti_under_a_headline_stays_body() -> None:
    text = "\n".join(
        ["随笔:桥边的灯火", "", "某某网", "", "新华社南宁3月4日电 题:桥边的灯火", "", P1, "", P2]
    )
    labels = label_lines(text)
    assert labels[0] == "title"
    assert labels[4] == "body"
    a = parse(text)
    assert a.title == "随笔:桥边的灯火"
    assert "新华社南宁3月4日电 题:桥边的灯火" in a.body


def test_wire_lead_with_ti_alone_stays_body_and_names_the_headline() -> None:
    text = "\n".join(["新华社南宁3月4日电 题:桥边的灯火", "", "新华社记者", "", P1, "", P2])
    labels = label_lines(text)
    assert labels[0] == "body"
    assert labels[2] == "meta"  # a reporter credit with the names left out
    a = parse(text)
    assert a.title == "桥边的灯火"
    assert a.body.startswith("新华社南宁3月4日电")
    assert a.authors == ()
    assert any(r.text == "新华社记者" for r in a.removed)


def test_image_placeholder_in_brackets_is_body() -> None:
    text = "\n".join(["(资料图片仅供参考)", "某某客户端 | 记者 刘小明", P1, P2])
    assert label_lines(text)[0] == "body"
    assert parse(text).title is None
    text2 = "\n".join([T1, "", "(资料图)", "", P1, "", P2])
    assert label_lines(text2)[2] == "body"
    assert parse(text2).title == T1


# --- titles


def test_outlet_under_the_headline_is_the_source() -> None:
    text = "\n".join([T1, "", "某某新闻网", "", "text", "", P1, "", P2])
    labels = label_lines(text)
    assert labels[:5] == ["title", "blank", "meta", "blank", "chrome"]
    a = parse(text)
    assert a.title == T1
    assert a.source == "某某新闻网"


def test_outlet_above_the_headline_is_not_a_second_title_line() -> None:
    text = "\n".join(["某某即時新聞網", T1, "來源 : 某某台", "更新 : 2024-05-06 10:20", P1, P2])
    labels = label_lines(text)
    assert labels[0] == "chrome"
    assert parse(text).title == T1


def test_outlet_as_list_item_between_headline_and_date() -> None:
    text = "\n".join([T1, "", "  • 某某卫视", "  • 2024/05/06 10:20", "", P1, "", P2])
    a = parse(text)
    assert a.title == T1
    assert a.source == "某某卫视"


def test_field_rows_are_no_headlines() -> None:
    for row in ("专栏名称: 乡村观察", "照片:档案图"):
        text = "\n".join([row, "", P1, "", P2])
        assert label_lines(text)[0] != "title", row


def test_more_link_after_the_text_is_no_breadcrumb_over_a_headline() -> None:
    text = "\n".join(
        [
            "今日  首页 -往期报纸",
            "文章搜索:",
            T1,
            "  本报讯 记者王小明报道:" + P1,
            "  " + P2,
            "更多>>  某某日报近期报纸查看",
            "",
            "  本文所在版面导航",
            "·" + T1,
        ]
    )
    a = parse(text)
    assert a.title == T1
    assert a.authors == ("王小明",)


# --- authors, sources


def test_closing_bracketed_name_on_a_page_that_credits_its_editor() -> None:
    text = "\n".join(["来源:某某报 责任编辑:刘芳 发布时间:2020-08-25", T1, P1, P2 + "(王晓东)"])
    assert parse(text).authors == ("王晓东",)
    # a desk's name is no writer
    text2 = "\n".join(["来源:某某报 责任编辑:刘芳 发布时间:2020-08-25", T1, P1, P2 + "(宣传科)"])
    assert parse(text2).authors == ()


def test_hotline_lead_with_reporter_in_brackets() -> None:
    assert parse_head_byline("本报12345热线消息(记者 王小红) 近日连降大雨") == ("王小红",)
    assert parse_head_byline("某某网讯(记者 王小红 通讯员 李大力)近日") == ("王小红", "李大力")


def test_source_and_byline_glued_to_the_first_paragraph() -> None:
    lead = "来源:某某日报 记者 张小华 刘一明 通讯员 赵大勇 3月2日,某社区的暖心驿站开门迎客。"
    assert parse_glued_source_byline(lead) == ("某某日报", ("张小华", "刘一明", "赵大勇"))
    a = parse("\n".join([T1, "2024-03-02 10:00", lead + P1, P2]))
    assert a.authors == ("张小华", "刘一明", "赵大勇")
    assert a.source == "某某日报"


def test_lead_byline_after_a_widget_and_a_caption() -> None:
    text = "\n".join(
        [
            T1,
            "  • 2011年09月16日 作者:",
            "  • 【PDF版】",
            "  工人在现场施工。  本报记者 李小军 摄",
            "  本报热线消息(记者 王小红) " + P1,
            P2,
        ]
    )
    assert "王小红" in parse(text).authors


def test_photo_credit_lines_name_the_photographers() -> None:
    for line, names in (
        ("(本组图片 本网记者 金小明 摄)", ("金小明",)),
        ("■本期攝影:張小峰 裴大國", ("張小峰", "裴大國")),
        ("拍摄者:本报记者 张小志", ("张小志",)),
        ("某某社发(李小杨 摄)", ("李小杨",)),
    ):
        c = parse_simple_byline(line)
        assert c is not None, line
        assert tuple(n for n, _ in c.authors) == names
    # a bare bracketed credit closes a caption: left to the caption
    assert parse_simple_byline("(胡小华 邬小钢 摄)") is None


def test_labels_glued_to_the_values_before_them() -> None:
    c = parse_credits("2016-07-30 16:08来源:某某县供电公司作者:娄小旭关键词:供电 调度")
    assert c is not None
    assert c.source == "某某县供电公司"
    assert c.authors == (("娄小旭", "作者"),)


def test_portal_app_name_is_kept_whole_as_source() -> None:
    text = "\n".join([T1, "某某日报客户端 | 记者 孙小颖", P1, P2])
    assert parse(text).source == "某某日报客户端"


# --- chrome and dates


def test_shared_chrome_vocabulary() -> None:
    for line in (
        "相关阅读:",
        "全站熱搜",
        "精彩评论",
        "还没有评论,快来抢沙发吧!",
        "回頁首",
        "點閱率:1,261",
        "我是廣告 請繼續往下閱讀",
        "IMG_2316",
        "photo_0815.jpeg",
        "一键转发",
        "分享給朋友:",
    ):
        text = "\n".join([T1, "2024-03-02 10:00", P1, P2, line])
        assert label_lines(text)[4] == "chrome", line


def test_english_label_before_the_date() -> None:
    text = "\n".join([T1, "Published on: 2024-10-24 13:56 UTC", P1, P2])
    a = parse(text)
    assert a.published is not None
    assert a.published.isoformat() == "2024-10-24T13:56:00+00:00"


def test_skip_link_and_access_key_markers_at_the_page_head() -> None:
    text = "\n".join(["按Enter到主內容區", ":::", "", T1, "", P1, "", P2])
    labels = label_lines(text)
    assert labels[:2] == ["chrome", "chrome"]
    assert parse(text).title == T1


def test_dates_of_a_list_one_under_another_are_not_the_page_date() -> None:
    text = "\n".join(
        [
            T1,
            "来源:某某报 时间:2013-10-14 21:34",
            P1,
            P2,
            "(责任编辑:刘芳)",
            "2025-04-04",
            "2025-04-03",
        ]
    )
    labels = label_lines(text)
    assert labels[5:] == ["chrome", "chrome"]
    a = parse(text)
    assert a.published is not None
    assert a.published.isoformat().startswith("2013-10-14")
    assert any(r.rule == "dated-list" for r in a.removed)
