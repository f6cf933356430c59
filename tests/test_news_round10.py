"""Round 10: generic forms met on unseen sites (all lines below are invented)."""

from __future__ import annotations

from zhnews.news import label_lines, parse
from zhnews.news.bylines import parse_credits, parse_dateline

PARA1 = "柳河镇应急管理站今天表示,今年入冬以来全镇共排查消防隐患四十余处,均已整改完毕。"
PARA2 = "据介绍,镇里还为独居老人免费安装了烟雾报警器,并组织志愿者定期上门检查用电安全。"


def _page(head: list[str]) -> str:
    return "\n".join([*head, "", PARA1, "", PARA2])


# --- datelines -----------------------------------------------------------------------


def test_bare_outlet_lead_is_no_dateline() -> None:
    # the development corpus gives 某某讯 without date, place or reporter no dateline
    a = parse(_page(["柳河镇排查消防隐患", "2021-12-02 08:15", "", "青山網訊 " + PARA1]))
    assert a.dateline is None
    d = parse_dateline("青山晚报讯 11月4日下午,柳河镇举办冬季消防演练。")
    assert d is None
    assert parse_dateline("本报讯 11月4日下午,柳河镇举办冬季消防演练。") is None


def test_bare_lead_needs_an_outlet() -> None:
    assert parse_dateline("快讯 今天上午柳河镇举办冬季消防演练。") is None
    assert parse_dateline("据青山网讯 今天上午柳河镇举办冬季消防演练。") is None


def test_outlet_reporter_and_place_line_is_a_dateline() -> None:
    a = parse(_page(["柳河鎮排查消防隱患", "2021-12-02 08:15", "", "青嶺傳媒記者林文傑/新竹報導"]))
    assert a.dateline is not None
    assert (a.dateline.agency, a.dateline.place) == ("青嶺傳媒", "新竹")
    assert a.dateline.reporters == ("林文傑",)
    assert a.authors == ("林文傑",)
    assert a.source is None  # the dateline's outlet, not where the page took the story


# --- credits -------------------------------------------------------------------------


def test_empty_bracketed_source_cell_is_no_source() -> None:
    a = parse(
        _page(["柳河镇排查消防隐患", "【发布日期:2021-12-02】 【来源:】 【阅读:次】【作者:】"])
    )
    assert a.source is None
    assert a.published is not None and a.published.year == 2021


def test_filled_bracketed_source_cell_is_read() -> None:
    c = parse_credits("【发布日期:2021-12-02】 【来源:青山晚报】 【阅读:次】")
    assert c is not None and c.source == "青山晚报"


def test_editorial_desk_column_is_no_editor() -> None:
    a = parse("【編輯部手記】\n\n" + PARA1 + "\n\n" + PARA2)
    assert a.editors == ()
    assert parse_credits("【编辑室手记】") is None
    c = parse_credits("编辑 周文")
    assert c is not None and c.editors == ("周文",)


def test_publisher_account_label_is_metadata() -> None:
    text = _page(["安全简讯", "发布人: 管理员   发布时间: 2021-12-02    浏览次数:"])
    a = parse(text)
    assert a.title == "安全简讯"
    assert a.published is not None and str(a.published)[:10] == "2021-12-02"
    assert a.authors == ()
    assert label_lines(text)[:2] == ["title", "meta"]


# --- titles --------------------------------------------------------------------------


def test_dash_subtitle_under_the_headline_is_title() -> None:
    text = "\n".join(["冬季消防:柳河在行动", "——基层应急管理系列报道之二", PARA1, PARA2])
    labels = label_lines(text)
    assert labels[:2] == ["title", "title"]
    assert parse(text).title == "冬季消防:柳河在行动"


def test_columnist_after_a_slash_in_the_headline() -> None:
    text = "\n".join(["小镇消防不能只靠运气/林秀珍", PARA1, PARA2])
    a = parse(text)
    assert a.title == "小镇消防不能只靠运气"
    assert a.authors == ("林秀珍",)


def test_place_after_a_slash_stays_in_the_headline() -> None:
    text = "\n".join(["小镇消防不能只靠运气/青山县", PARA1, PARA2])
    a = parse(text)
    assert a.title == "小镇消防不能只靠运气/青山县"
    assert a.authors == ()


def test_asterisk_rule_under_the_headline_is_chrome() -> None:
    long1 = "以下是柳河镇镇长今日(十二月二日)下午在消防演练现场答问的内容,镇里各部门负责人一同出席,并回答了居民关心的问题:"
    text = "\n".join(
        ["跳至主要內容", "", "鎮長消防演練現場答問內容(附圖)", "**************", long1, "", PARA2]
    )
    labels = label_lines(text)
    assert labels[3] == "chrome"
    assert labels[2] == "title"
    assert labels[4] == "body"


def test_photo_carousel_above_the_headline_is_chrome() -> None:
    head = [
        "柳河古镇夜景",
        "",
        "柳河古镇夜景",
        "",
        "柳河古镇始建于明代,是本省保存最完整的水乡古镇之一。",
        "",
        "青山湖湿地公园",
        "",
        "青山湖湿地公园",
        "",
        "湿地公园面积约三千亩,是候鸟迁徙的重要停歇地。",
        "",
        "柳河镇排查消防隐患四十余处",
        "",
        "2021-12-02 08:15:20  来源: 青山网",
    ]
    text = _page(head)
    a = parse(text)
    assert a.title == "柳河镇排查消防隐患四十余处"
    assert a.source == "青山网"
    labels = label_lines(text)
    assert labels[0] == labels[4] == labels[10] == "chrome"
    assert PARA1 in a.body and PARA2 in a.body


def test_lone_prose_above_the_headline_is_kept() -> None:
    # paragraphs above the headline, not under a repeated slide name: never dropped
    head = [
        "柳河古镇夜景",
        "",
        "柳河古镇始建于明代,是本省保存最完整的水乡古镇之一,每年吸引游客逾百万人次。",
        "",
        "镇上的湿地公园面积约三千亩,是候鸟迁徙的重要停歇地,冬季可见白鹭和灰鹤。",
        "",
        "柳河镇排查消防隐患四十余处",
        "2021-12-02 08:15:20  来源: 青山网",
    ]
    labels = label_lines(_page(head))
    assert labels[2] == labels[4] == "body"
