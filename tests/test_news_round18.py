"""Round 18: one invented example per cause fixed (no text from real pages)."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_credits, parse_dateline, parse_simple_byline

P1 = "今年以来，某县持续推进农村道路改造，全县新修道路一百二十公里，沿线村民出行更加方便。"
P2 = "县交通局负责人介绍，明年还将继续加大投入，力争实现所有行政村通硬化路，方便群众出行。"
T1 = "某县新修农村道路一百二十公里"


# --- sources: a closing staff credit names no source


def test_closing_staff_credit_is_no_source() -> None:
    text = "\n".join([T1, "", P1, "", P2, "", "(青川日报全媒体记者 柯小明、吕大为 责任编辑 甘晓)"])
    a = parse(text)
    assert a.authors == ("柯小明", "吕大为")
    assert a.editors == ("甘晓",)
    assert a.source is None


def test_reporter_credit_over_the_text_still_names_the_source() -> None:
    text = "\n".join([T1, "", "青川日报记者 柯小明", "", P1, "", P2])
    a = parse(text)
    assert a.authors == ("柯小明",)
    assert a.source == "青川日报"


def test_closing_photo_credit_is_no_source_but_labelled_byline_is() -> None:
    text = "\n".join([T1, "", P1, "", P2, "", "青川社记者 柯小明 摄"])
    assert parse(text).source is None
    text2 = "\n".join([T1, "", P1, "", P2, "", "采写:青川日报记者 柯小明"])
    assert parse(text2).source == "青川日报"


def test_dated_photo_credit_after_the_caption_names_the_source() -> None:
    text = "\n".join(["某县新修农村道路", P1, "青川社记者柯小明摄 2024年3月5日"])
    assert parse(text).source == "青川社"


# --- e-paper page head: platform name, masthead registration, page widgets


def test_epaper_platform_and_masthead_are_chrome() -> None:
    text = "\n".join(
        [
            "数字报刊平台",
            "",
            "国内统一刊号:CN99-0001 邮发代号:77-12 总编辑:甘某某 Email : news@example.com",
            "第03版:县域新闻",
            "内容详情 2024年03月05日 返回该版首页",
            "",
            T1,
            "",
            P1,
            "",
            P2,
        ]
    )
    labels = label_lines(text)
    assert labels[0] == "chrome"
    assert labels[2] == "chrome"
    assert labels[6] == "title"
    a = parse(text)
    assert a.title == T1
    assert a.source is None  # 返回该版首页 is a widget, not an outlet
    assert a.editors == ()  # the masthead's editor-in-chief edits no story


def test_masthead_like_sentence_in_the_body_stays_body() -> None:
    line = "该报自创刊以来一直使用国内统一刊号，邮发代号也未改变，深受读者喜爱。"
    text = "\n".join([T1, "", "2024-03-05 08:30 来源:某某日报", "", P1, "", line, "", P2])
    assert label_lines(text)[6] == "body"
    headline = "某某日报推出数字报"
    assert label_lines("\n".join([headline, "", "2024-03-05 08:30", "", P1]))[0] == "title"


# --- photo credits with the photographer's title


def test_photo_credit_with_title_names_only_the_photographer() -> None:
    for line in ("特约记者 柯小明 摄", "记者 柯小明 摄", "通讯员 柯小明 摄"):
        c = parse_simple_byline(line)
        assert c is not None, line
        assert c.authors == (("柯小明", "摄"),), line
    text = "\n".join([T1, "", P1, "", P2, "", "特约记者 柯小明 摄"])
    assert parse(text).authors == ("柯小明",)


def test_photo_sentence_with_title_stays_body() -> None:
    line = "特约记者柯小明在现场拍摄了大量照片，记录下村民出行的变化。"
    assert parse_simple_byline(line) is None
    text = "\n".join([T1, "", "2024-03-05 08:30", "", P1, "", line, "", P2])
    assert label_lines(text)[6] == "body"


# --- wire lead between the headline and the reporter's credit


def test_wire_lead_under_headline_over_credit_stays_body() -> None:
    text = "\n".join(
        [
            "原创 草原牧民的新生活",
            "某某网赤峰1月13日电 题:草原牧民的新生活",
            "某某网记者 柯小明",
            P1,
            P2,
        ]
    )
    labels = label_lines(text)
    assert labels[:4] == ["title", "body", "meta", "body"]
    a = parse(text)
    assert a.title == "原创 草原牧民的新生活"
    assert a.dateline is not None and a.dateline.place == "赤峰"
    assert a.source is None  # the reporter's outlet is the lead's agency


# --- datelines: the place after the date, bare reporters with 报道, a cited paper


def test_dateline_with_place_after_the_date() -> None:
    d = parse_dateline("青川新闻网9月17日东城讯(柯小明 吕大为 报道)近日，某县举行活动。")
    assert d is not None
    assert (d.agency, d.place, d.date_text) == ("青川新闻网", "东城", "9月17日")
    assert d.reporters == ("柯小明", "吕大为")
    d2 = parse_dateline("青川新聞網9月17日東城訊(柯小明 報道)近日")
    assert d2 is not None and d2.place == "東城" and d2.reporters == ("柯小明",)


def test_dateline_without_place_is_unchanged_and_roundup_is_no_place() -> None:
    d = parse_dateline("某某网9月17日讯(记者 柯小明)近日")
    assert d is not None and d.place is None and d.reporters == ("柯小明",)
    assert parse_dateline("某某网9月17日综合讯 近日") is None


def test_reporters_after_a_cited_paper() -> None:
    d = parse_dateline("某某网5月10日讯 据青川晚报报道(记者 柯小明)近年来，某县不断探索。")
    assert d is not None and d.reporters == ("柯小明",)
    # a citation not followed by the reporters' brackets names none
    d2 = parse_dateline("某某网5月10日讯 据青川晚报报道，近年来(记者 柯小明)某县")
    assert d2 is not None and d2.reporters == ()


# --- reviewer credit, bulleted prev/next links


def test_reviewer_credit_is_meta_not_editor() -> None:
    c = parse_credits("审稿:吕大为")
    assert c is not None and c.others == (("吕大为", "审稿"),)
    text = "\n".join(["本网讯(通讯员 柯小明)" + P1, "", P2, "", "审稿:吕大为"])
    assert label_lines(text)[4] == "meta"
    a = parse(text)
    assert a.editors == ()
    assert "吕大为" not in a.authors


def test_bulleted_prev_next_links_are_chrome() -> None:
    text = "\n".join(
        [
            T1,
            "",
            "时间:2024-03-05",
            "",
            P1,
            "",
            P2,
            "",
            "  • 上一篇:某县召开春耕工作会",
            "  • 下一篇:某市举办招聘会",
        ]
    )
    labels = label_lines(text)
    assert labels[8:] == ["chrome", "chrome"]
    bullet_body = "  • 上一篇文章里我们谈到，村民出行已经方便了许多，本篇继续介绍。"
    text2 = "\n".join([T1, "", "时间:2024-03-05", "", bullet_body, "", P1, "", P2])
    assert label_lines(text2)[4] == "body"
