"""Round 11: chrome vocabulary and credit forms met on unseen sites (all lines invented)."""

from __future__ import annotations

import pytest

from zhnews.news import label_lines, parse
from zhnews.news.bylines import parse_credits, parse_dateline

TITLE = "青溪县启动春季植树活动"
META = "发布时间:2023-03-12 09:30 来源:青溪日报"
PARA1 = "青溪县今天在城南湿地公园启动春季植树活动,全县两千余名干部群众参加义务植树。"
PARA2 = "据介绍,今年全县计划新增造林面积三千亩,并将在沿河地带种植一批本地树种。"
PARA3 = "县林业局负责人表示,植树结束后还将安排专人管护,确保苗木成活率不低于九成。"


def _labels(lines: list[str]) -> dict[str, str]:
    text = "\n".join(lines)
    return dict(zip(text.split("\n"), label_lines(text)))


def _article(middle: list[str]) -> list[str]:
    """A headline and its date, the first paragraph, ``middle``, two more paragraphs."""
    return [TITLE, "", META, "", PARA1, "", *middle, "", PARA2, "", PARA3]


# --- chrome inside the article: known widget phrases only --------------------------


@pytest.mark.parametrize(
    "line",
    [
        "![]()",  # an image left as empty markdown
        "![](https://img.example.cn/a.jpg) ![]()",
        "【字体大小:",
        "字号:A A    颜色:",
        "【字号  我要打印 我要纠错 ",
        "举报收藏 0打赏 0评论 0",
        "点赞 12 收藏 3 分享",
        "收看青溪手机报",
        "《青溪快報》APP經已推出最新版本,請立即更新,瀏覽更精彩內容:https://t.example.cn/x",
        "第一手消息請下載青溪網iPhone/iPad/Android Apps",
        "*本網站有權刪除任何具有人身攻擊或歧視性質的留言;必須審核的留言,或將不會即時出現。",
        "(點這裡看影片)",
        "播放本新聞相關短片",
        "本文短网址: http://t.example.cn/Qx7p",
        "您已阅读31%(208字),剩余69%(463字)包含更多重要信息,订阅以继续探索完整内容。",
        "青溪在线版权与免责声明:",
        "Advertisement",
        "打开全文",
    ],
)
def test_widget_line_inside_the_article_is_chrome(line: str) -> None:
    labels = _labels(_article([line]))
    assert labels[line] == "chrome"
    assert labels[PARA2] == "body" and labels[PARA3] == "body"


def test_a_paragraph_mentioning_the_widget_words_stays_body() -> None:
    para = "网友在评论区点赞并收藏了这篇文章,有人还打赏了作者。"
    labels = _labels(_article([para]))
    assert labels[para] == "body"


# --- the page's end ---------------------------------------------------------------


@pytest.mark.parametrize("heading", ["最近更新", "今日热搜", "- 关键字搜索:"])
def test_list_heading_after_the_article_ends_it(heading: str) -> None:
    lines = [*_article([]), "", heading, "", "青溪县举办首届油菜花节", "", "青溪县新建三座口袋公园"]
    labels = _labels(lines)
    assert labels[heading] == "chrome"
    assert labels["青溪县举办首届油菜花节"] == "chrome"
    assert labels[PARA3] == "body"


def test_lone_flash_label_at_the_top_is_chrome() -> None:
    labels = _labels(["快訊", "", PARA1, "", PARA2])
    assert labels["快訊"] == "chrome"
    assert labels[PARA1] == "body"


def test_issue_navigation_is_not_the_headline() -> None:
    lines = ["上一期  下一期", "", "春到青溪", "", "本报记者 林晓冬", "", PARA1, "", PARA2]
    labels = _labels(lines)
    assert labels["上一期  下一期"] == "chrome"
    assert parse("\n".join(lines)).title == "春到青溪"


def test_menu_opened_by_the_home_link_is_not_the_headline() -> None:
    menu = "首頁 新聞中心 青溪新聞 轄市區新聞 城南"
    lines = [menu, "", "青溪縣啟動春季植樹活動", "", "2023-03-12 09:30", "", PARA1, "", PARA2]
    assert parse("\n".join(lines)).title == "青溪縣啟動春季植樹活動"
    assert _labels(lines)[menu] == "chrome"


# --- credits ------------------------------------------------------------------------


def test_credit_block_with_bars_and_spaced_role_words() -> None:
    block = ["美 编丨孙晓雯", "责 编丨何立新", "复 审丨周 航", "终 审丨钱 蕾"]
    lines = [PARA1, "", PARA2, "", *block]
    labels = _labels(lines)
    assert all(labels[b] == "meta" for b in block)
    a = parse("\n".join(lines))
    assert a.editors == ("何立新",)  # the review credits are not editors
    assert a.authors == ()
    assert parse_credits("责编丨何立新").editors == ("何立新",)  # (the bar is no part of it)


def test_numbered_review_credits_are_metadata() -> None:
    c = parse_credits("二审:黄  晨")
    assert c is not None and c.others == (("黄晨", "二审"),) and c.editors == ()


def test_editor_name_in_brackets() -> None:
    c = parse_credits("責任編輯:【蘇文】")
    assert c is not None and c.editors == ("蘇文",)


def test_tags_then_the_date_label() -> None:
    line = "标签:植树 生态 湿地  日期:2023-03-12 14:50"
    a = parse("\n".join([TITLE, "", line, "", PARA1, "", PARA2]))
    assert _labels([TITLE, "", line, "", PARA1, "", PARA2])[line] == "meta"
    assert a.published is not None and (a.published.month, a.published.hour) == (3, 14)


def test_bracketed_name_alone_after_the_last_paragraph() -> None:
    lines = [PARA1, "", PARA2, "", "(宋立群)"]
    assert _labels(lines)["(宋立群)"] == "meta"
    assert parse("\n".join(lines)).authors == ("宋立群",)


def test_bracketed_placeholder_after_the_last_paragraph_is_no_author() -> None:
    lines = [PARA1, "", PARA2, "", "(组图)"]
    assert parse("\n".join(lines)).authors == ()


def test_closing_name_before_review_credits() -> None:
    last = PARA2 + "(宋立群)"
    a = parse(
        "\n".join([TITLE, "", META, "", PARA1, "", last, "", "一审:丁 芳", "", "二审:韩晓东"])
    )
    assert a.authors == ("宋立群",)
    assert a.editors == ()


def test_outlet_then_bar_then_reporter() -> None:
    c = parse_credits("青溪日报客户端 | 记者 范文静")
    assert c is not None and c.authors == (("范文静", "记者"),)
    assert c.org == "青溪日报客户端"


def test_name_after_the_date_that_is_the_editor_is_no_source() -> None:
    lines = [TITLE, "", "2023-03-12 09:30 邵明远", "", PARA1, "", PARA2, "", "责任编辑:邵明远"]
    a = parse("\n".join(lines))
    assert a.editors == ("邵明远",)
    assert a.source is None


# --- headlines ----------------------------------------------------------------------


def test_heading_that_repeats_the_page_title() -> None:
    lines = [
        TITLE + " | 青溪日報 Qingxi Daily",
        "  • 讣告",
        "  • ADVERTISEMENT",
        "",
        "    " + TITLE,
        "",
        "    " + PARA1,
        "",
        "    " + PARA2,
    ]
    labels = _labels(lines)
    assert labels["    " + TITLE] == "title"
    assert labels["  • 讣告"] == "chrome"
    assert parse("\n".join(lines)).title == TITLE


def test_headline_again_after_a_bracketed_tag() -> None:
    again = "(授权发布)" + TITLE
    labels = _labels([TITLE, "", META, "", again, "", PARA1, "", PARA2])
    assert labels[again] == "title"


def test_disclosure_table_row_is_not_a_headline() -> None:
    row = "索引号: 001122334/202303-00012 信息分类: 会议"
    a = parse("\n".join([row, "", "2023-03-12 09:30", "", PARA1, "", PARA2]))
    assert a.title is None


def test_disclosure_table_above_the_headline() -> None:
    lines = [
        "首页 > 青溪县人民政府 > 政府会议",
        "号: 001122334/202303-00012 信息分类: 会议",
        "内容分类: 发布日期: 2023-03-12",
        "发布机构: 青溪县人民政府办公室 生成日期: 2023-03-12",
        "",
        "青溪县召开春季植树工作会",
        "",
        "来源:青溪县人民政府 发布时间:2023-03-12 16:40",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title == "青溪县召开春季植树工作会"
    assert a.published is not None and a.published.hour == 16
    c = parse_credits(lines[3])
    assert c is not None and c.date is not None and c.source is None


def test_supplied_by_line_names_the_source() -> None:
    lines = [PARA1, "", PARA2, "", "(青溪融媒體新聞中心供稿)", "", "責任編輯:蘇文"]
    assert _labels(lines)["(青溪融媒體新聞中心供稿)"] == "meta"
    a = parse("\n".join(lines))
    assert a.source == "青溪融媒體新聞中心"
    assert parse_credits("他说这批材料由县档案馆供稿。") is None


def test_headline_again_over_a_list_heading_after_the_text() -> None:
    lines = [*_article([]), "", TITLE, "", "今日热搜", "", "青溪县新建三座口袋公园"]
    text = "\n".join(lines)
    labels = label_lines(text)
    assert labels[-5] == "chrome"  # the headline, first item of the list
    assert labels[0] == "title" and labels[lines.index(PARA3)] == "body"


def test_agency_and_place_split_by_a_slash() -> None:
    d = parse_dateline("中央社／ 高雄5日電")
    assert d is not None and (d.agency, d.place, d.date_text) == ("中央社", "高雄", "5日")
    assert parse_dateline("本报/社评 5日电") is None


def test_sentence_about_downloading_an_app_stays_body() -> None:
    para = "县政务中心提醒,市民请下载青溪通App。预约成功后凭短信到窗口办理,无需排队。"
    labels = _labels(_article([para]))
    assert labels[para] == "body"
