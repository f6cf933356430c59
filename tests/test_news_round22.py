"""Round 22: invented examples per rule (no text from real pages), with body guards."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_credits, parse_dateline, parse_head_byline

T1 = "青岚镇社区图书馆正式开放"
D1 = "2023-05-12 10:20 来源:某某网"
P1 = "青岚镇社区图书馆昨日正式开放,首批藏书两万余册,居民可凭身份证免费借阅。馆内还设有儿童阅读区。"
P2 = "镇文化站负责人介绍,图书馆每周开放六天,周末还将举办读书分享会。附近学校也将组织学生参观。"


# --- a hijacked page's keyword list above the headline


def test_keyword_list_above_headline_is_not_the_title() -> None:
    text = "\n".join(["甲乙丙丁_戊己庚辛_壬癸子丑_寅卯辰巳", "", T1, D1, "", P1, "", P2])
    art = parse(text)
    assert art.title == T1
    labels = label_lines(text)
    assert labels[0] == "chrome" and labels[2] == "title"


def test_site_title_with_underscores_still_the_title_when_alone() -> None:
    text = "\n".join([T1 + "_本地新闻_某某网", D1, "", P1, "", P2])
    assert parse(text).title is not None


# --- a writer's name under the date, with a bullet or a note on the writer


def test_writer_note_under_lone_name() -> None:
    text = "\n".join([T1, "", D1, "", "王大明", "", "(作者系某某大学中文系教授)", "", P1, "", P2])
    art = parse(text)
    assert list(art.authors) == ["王大明"]
    labels = label_lines(text)
    assert labels[4] == "meta" and labels[6] == "meta" and labels[8] == "body"


def test_bulleted_name_with_writer_note() -> None:
    one_stop = "自1990年起,某某日报由四开小报改为对开大报,编辑部提出了新的要求,版面也随之扩大。"
    text = "\n".join(
        [T1, "", D1, "", "■ 王大明", "", "(退休前为某某日报记者)", "", one_stop, "", P2]
    )
    art = parse(text)
    assert list(art.authors) == ["王大明"]
    assert label_lines(text)[6] == "meta"


def test_bracketed_sentence_under_name_stays_body() -> None:
    text = "\n".join([T1, "", D1, "", "王大明", "", "(图为开放当天的阅览室。)", "", P1])
    assert label_lines(text)[6] == "body"


# --- source labels


def test_content_source_label() -> None:
    text = "\n".join([T1, P1, P2, "(内容来源:某某晚报)", "编辑:张小红"])
    art = parse(text)
    assert art.source == "某某晚报"
    assert label_lines(text)[3] == "meta"


# --- an e-paper's page links with their numbers


def test_epaper_page_links_with_numbers_are_chrome() -> None:
    text = "\n".join(
        [
            "第05版:社区新闻",
            "上一版4   6下一版  ",
            "",
            "2021年03月02日 星期二 出版",
            "",
            T1,
            P1,
            P2,
        ]
    )
    art = parse(text)
    assert art.title == T1
    assert label_lines(text)[1] == "chrome"


# --- datelines


def test_space_between_agency_and_place() -> None:
    d = parse_dateline("中新网 广州3月5日电 某某展览会今天开幕,吸引大批市民参观。")
    assert d is not None
    assert (d.agency, d.place, d.date_text) == ("中新网", "广州", "3月5日")


def test_app_report_lead_names_reporter() -> None:
    assert parse_head_byline("云上某县报道(全媒体记者:刘小华)3月2日,县长到园区调研。") == (
        "刘小华",
    )
    assert parse_head_byline("据某某报道(记者 刘小华)3月2日,县长到园区调研。") == ()


# --- credit lines


def test_names_between_date_and_source_are_authors() -> None:
    c = parse_credits("2024-03-02 09:30:15 刘小华 陈明 来源:某某融媒体中心  责任编辑:王芳")
    assert c is not None
    assert [n for n, _ in c.authors] == ["刘小华", "陈明"]
    assert c.source == "某某融媒体中心" and c.editors == ("王芳",)


def test_vertical_dash_separator_in_credits() -> None:
    c = parse_credits("责任编辑︱周小平")
    assert c is not None and c.editors == ("周小平",)
    c = parse_credits("编辑︱周小平")
    assert c is not None and c.editors == ("周小平",)


def test_bar_after_full_editor_role() -> None:
    c = parse_credits("责任编辑丨周小平")
    assert c is not None and c.editors == ("周小平",)


def test_chief_producer_is_credit_not_editor() -> None:
    c = parse_credits("总监制丨赵大力")
    assert c is not None and c.editors == () and c.others


def test_toolbar_words_before_date_label() -> None:
    text = "\n".join(
        [T1, "", "放大字体  缩小字体发布日期:2019-06-18  浏览次数:320", "", P1, "", P2]
    )
    art = parse(text)
    assert art.to_dict()["published"] is not None
    assert art.to_dict()["published"].startswith("2019-06-18")
    assert label_lines(text)[2] == "meta"


def test_dash_signature_of_reporter_is_author() -> None:
    text = "\n".join(
        [T1, D1, P1, "——本报江南分社记者刘小华", P2, "——本报江北分社记者陈明", "(责编:王芳)"]
    )
    art = parse(text)
    assert list(art.authors) == ["刘小华", "陈明"]
    labels = label_lines(text)
    assert labels[3] == "meta" and labels[5] == "meta"


def test_dash_quote_attribution_stays_body() -> None:
    assert parse_credits("——鲁迅") is None
    assert parse_credits("——摘自某某日报记者手记") is None


def test_video_credit_roles_are_authors() -> None:
    text = "\n".join([T1, D1, P1, "记者:刘小华", "摄制:陈明", "报道员:李安、赵平", "(责编:王芳)"])
    art = parse(text)
    assert list(art.authors) == ["刘小华", "陈明", "李安", "赵平"]


# --- a headline over the story's links and its lead photo's caption


def test_headline_over_story_links_and_caption() -> None:
    text = "\n".join(
        [
            T1,
            "",
            "  • 上一篇",
            "  • 下一篇",
            "  • 居民在图书馆阅读。 通讯员/陈明 摄",
            "",
            "本报讯(记者 刘小华) " + P1,
            "",
            P2,
        ]
    )
    art = parse(text)
    assert art.title == T1
    labels = label_lines(text)
    assert labels[0] == "title" and labels[6] == "body" and labels[4] == "body"
