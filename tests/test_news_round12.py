"""Round 12: one invented example per cause fixed (no text from real pages)."""

from __future__ import annotations

from zhnews import label_lines, parse, strip_chrome
from zhnews.news.bylines import parse_dateline, parse_print_edition


def test_quoted_wire_lead_agency_drops_ju():
    text = "某地新建两条公路通车\n\n据新华社南京3月4日电 (记者钱某某)4日，两条公路建成通车。\n"
    a = parse(text)
    assert a.dateline is not None
    assert a.dateline.agency == "新华社" and a.dateline.place == "南京"
    assert a.dateline.reporters == ("钱某某",)


def test_bare_lead_with_spaced_reporter_list():
    text = (
        "某区开展用电检查\n\n本报讯 通讯员 孙某某 、 李某 报道 : 近日，某区供电所开展线路巡查。\n"
    )
    a = parse(text)
    # round 13 convention: 本报讯 states no place or date: no dateline, reporters are authors
    assert a.dateline is None
    m = parse_dateline(text.split("\n")[2])
    assert m is not None and m.reporters == ("孙某某", "李某")
    assert a.authors == ("孙某某", "李某")


def test_title_trailing_asterisks_dropped():
    text = (
        "某镇举办农民丰收节活动******\n\n2024-09-20 10:00 来源：示例网\n\n"
        "今天上午，某镇举办农民丰收节，数百名村民参加，现场十分热闹。\n"
    )
    a = parse(text)
    assert a.title == "某镇举办农民丰收节活动"


def test_caption_notes_over_body_are_not_a_title():
    text = (
        "发布时间:2024-03-01 09:00:00 来源: 示例网\n"
        "赵某某\n"
        "钱 某 (以上照片均为受访者提供)\n"
        "数据来源:某某局、某某中心\n"
        "近年来，某地科研人员投入攻关，取得了一批重要成果，受到广泛关注。\n"
        "专家表示，这些成果将在多个领域得到应用，前景十分广阔。\n"
    )
    labels = label_lines(text)
    assert labels[1:4] == ["body", "body", "body"]
    assert parse(text).title is None


def test_follow_buttons_and_back_to_top_are_chrome():
    text = (
        "手机看示例某某日报微信某某网微信\n\n某县供电所保障居民用电\n\n"
        "2021年01月12日 07:30   来源:某某日报\n\n"
        "1月9日，某县供电所员工在安装变压器，改造用电线路，保障居民用电。\n"
    )
    labels = label_lines(text)
    assert labels[0] == "chrome" and labels[2] == "title"
    assert parse(text).title == "某县供电所保障居民用电"
    text2 = (
        "回到網頁上方\n\n某市舉辦書展 吸引大批民眾\n\n發佈時間:2019/11/18 22:14\n"
        "某市書展今天開幕，吸引大批民眾前往參觀，主辦單位表示人數創新高。\n"
    )
    assert parse(text2).title == "某市舉辦書展 吸引大批民眾"


def test_unnamed_reporter_credit_is_not_a_title():
    text = (
        "某县领导到融媒体中心慰问新闻工作者\n\n示例+ 记者\n\n"
        "11月8日是记者节，当天上午，某县领导到融媒体中心看望慰问新闻工作者。\n\n"
        "一行人参观了演播厅和新闻部，听取了工作汇报。\n"
    )
    assert parse(text).title == "某县领导到融媒体中心慰问新闻工作者"


def test_closing_writer_before_closing_source():
    text = "近日，某乡持续降雪，用电负荷上升。供电公司开展特巡，保障居民用电。 作者:周某某 来源:《示例报》\n"
    a = parse(text)
    assert a.source == "《示例报》"
    assert a.authors == ("周某某",)


def test_print_edition_with_date_before_paper():
    p = parse_print_edition("1991年5月6日示例日报 第7版")
    assert p is not None and p.paper == "示例日报" and p.page == "7"
    assert p.date is not None and str(p.date.value()) == "1991-05-06"


def test_page_header_with_chinese_numeral():
    p = parse_print_edition("第十二版:民生新闻")
    assert p is not None and p.header and p.page == "12"


def test_names_alone_in_brackets_after_a_dated_lead() -> None:
    d = parse_dateline("青山网柳河10月8日电(林晓)近日,柳河镇举办冬季消防演练。")
    assert d is not None and d.reporters == ("林晓",)
    d = parse_dateline("青山网柳河10月8日讯 ( 林晓 王明 )   近日,柳河镇举办演练。")
    assert d is not None and d.reporters == ("林晓", "王明")
    # a note in the brackets is no name
    d = parse_dateline("新华社北京10月8日电(综合)近日,柳河镇举办演练。", ["新华社"])
    assert d is not None and d.reporters == ()


def test_wire_lead_with_the_headline_after_ti() -> None:
    text = "\n".join(
        [
            "首页 > 新闻",
            "",
            "新华社北京10月8日电 题:柳河镇的冬季消防演练",
            "",
            "入冬以来,柳河镇各村陆续开展消防演练,镇里组织了二十多支志愿队伍参加活动。",
            "",
            "镇长林晓说,今年的演练比往年更早,参加的人也更多,大家的安全意识明显提高了。",
        ]
    )
    a = parse(text)
    assert a.title == "柳河镇的冬季消防演练"
    assert a.dateline is not None
    assert (a.dateline.agency, a.dateline.place, a.dateline.date_text) == (
        "新华社",
        "北京",
        "10月8日",
    )


def test_breadcrumb_shaped_line_is_never_the_headline() -> None:
    # hypothesis found it: with chrome around it the line was taken for the headline, alone
    # it was a breadcrumb, so strip_chrome was not idempotent
    text = ">\n三>三三三\n0"
    once = strip_chrome(text)
    assert strip_chrome(once) == once
    assert label_lines("首页\n新闻>国内>正文\n柳河镇举办冬季消防演练")[1] != "title"
