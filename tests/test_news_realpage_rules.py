"""Rules added after a blind measurement on real pages (all text here is invented)."""

from __future__ import annotations

import zhnews

PROSE = "这是正文的第一段，记录了活动的经过，参加的人很多，大家都很高兴。"


def test_prose_above_byline_is_never_chrome() -> None:
    page = "\n".join(
        [
            "专题栏目标签",
            "",
            "一座小城十年的变化?当新路遇上老街",
            "",
            "小城改造用了十年，主事者说，这是第一次全面的合作，各方都很关心进度。",
            "",
            "2016年5月11日，代表团考察新修的公路和学校，与当地居民交谈。",
            "",
            "某某传媒记者 张三 李四 发自北京、上海",
            "",
            "刊登于 2018-05-13",
            "",
            "#小城十年#城市",
            "",
            PROSE,
        ]
    )
    labels = zhnews.label_lines(page)
    assert labels[4] == "body" and labels[6] == "body"
    art = zhnews.parse(page)
    assert list(art.authors) == ["张三", "李四"]
    assert art.source != "刊登于"


def test_date_as_subject_of_a_sentence_is_not_the_publication_date() -> None:
    page = "\n".join(
        [
            "您对本台开播二十年有何感想",
            "",
            "2001年5月4日是本台开播二十周年的日子",
            "",
            PROSE,
        ]
    )
    art = zhnews.parse(page)
    assert art.published is None
    assert zhnews.label_lines(page)[2] == "body"


def test_headline_on_the_first_line_without_chrome() -> None:
    page = "\n".join(["小城举办春季运动会", PROSE, PROSE])
    assert zhnews.parse(page).title == "小城举办春季运动会"
    assert zhnews.label_lines(page)[0] == "title"


def test_first_line_exclamation_or_caption_is_not_a_headline() -> None:
    for first in ("Stories of the week，欢迎来到本栏目！", "小城街头发生车辆起火事件(网络图片)"):
        page = "\n".join([first, PROSE, PROSE])
        assert zhnews.parse(page).title is None
        assert zhnews.label_lines(page)[0] == "body"


def test_full_stop_inside_a_quotation_in_a_headline() -> None:
    page = "\n".join(
        ["站点导航", "", "「做记者最大的收获。」那些年的新闻人", "", "2020-10-08", PROSE]
    )
    art = zhnews.parse(page)
    assert art.title == "「做记者最大的收获。」那些年的新闻人"
    assert str(art.published) == "2020-10-08"


def test_published_on_line_under_byline_is_meta() -> None:
    page = "\n".join(
        [
            "专题栏目标签",
            "",
            "小城十年的变化",
            "",
            "某某传媒记者 张三 发自北京",
            "",
            "刊登于 2019-06-21",
            "",
            PROSE,
        ]
    )
    labels = zhnews.label_lines(page)
    assert labels[6] == "meta"
    art = zhnews.parse(page)
    assert str(art.published) == "2019-06-21"
    assert art.source != "刊登于"


def test_source_with_a_date_glued_to_it() -> None:
    page = "\n".join(["示例新闻的标题", "来源:示例站77 2023-08-09 10:15", PROSE])
    page2 = "\n".join(["示例新闻的标题", "来源:示例站772023-08-09 10:15", PROSE])
    for p in (page, page2):
        art = zhnews.parse(p).to_dict()
        assert art["source"] == "示例站77"
        assert art["published"] == "2023-08-09T10:15:00+08:00"


def test_lead_with_beijing_time_and_no_place() -> None:
    page = "\n".join(
        [
            "示例节目的标题",
            "",
            "【示例台北京时间2022年11月03日讯】观众朋友们好，今天我们来谈一谈天气。",
            PROSE,
        ]
    )
    d = zhnews.parse(page).to_dict()["dateline"]
    assert d["agency"] == "示例台" and d["place"] is None and d["date_text"] == "2022年11月03日"


def test_bracketed_lead_then_reporter_and_place() -> None:
    page = "\n".join(
        [
            "示例报道的标题",
            "",
            "【示例纪元2021年05月06日讯】（示例纪元记者王小明旧金山报导）今天的活动很热闹。",
            PROSE,
        ]
    )
    art = zhnews.parse(page).to_dict()
    d = art["dateline"]
    assert (d["place"], d["reporters"]) == ("旧金山", ["王小明"])
    assert art["authors"] == ["王小明"]
    # 综合报导 names no place
    page2 = page.replace("王小明旧金山报导", "王小明综合报导")
    assert zhnews.parse(page2).to_dict()["dateline"]["place"] is None


def test_outlet_after_author_label_is_not_a_person() -> None:
    page = "\n".join(["示例评论的标题", "", "作者:示例网", "", "作者:赵六(某大学教授)", "", PROSE])
    assert zhnews.parse(page).to_dict()["authors"] == ["赵六"]


def test_original_title_after_source_on_one_line() -> None:
    page = "\n".join(
        ["摘要:这是一段摘要文字，说明了文章的内容。", "来源:示例网 原题:某人与某事的往来", PROSE]
    )
    art = zhnews.parse(page).to_dict()
    assert art["original_title"] == "某人与某事的往来"
    assert art["source"] == "示例网"


def test_time_after_headline_is_not_part_of_title() -> None:
    page = "\n".join(["即时新闻", "", "某某公司声明 (08:15)", "", PROSE, "", PROSE])
    assert zhnews.parse(page).title == "某某公司声明"


def test_epaper_headline_repeated_in_pieces() -> None:
    page = "\n".join(
        [
            "01版:要 闻",
            "",
            "02版:要 闻",
            "",
            "某市召开全体会议部署工作 市长出席会议 强调抓好落实",
            "某市召开全体会议部署工作",
            "市长出席会议",
            "强调抓好落实",
            "",
            "( 2020-05-06 ) 稿件来源:某某日报 要 闻",
            "",
            PROSE,
        ]
    )
    labels = zhnews.label_lines(page)
    assert labels[4:8] == ["title"] * 4
    assert labels[9] == "meta"
    art = zhnews.parse(page).to_dict()
    assert art["title"] == "某市召开全体会议部署工作 市长出席会议 强调抓好落实"
    assert art["source"] == "某某日报"
    assert art["published"] == "2020-05-06"


def test_print_edition_after_author_credit() -> None:
    page = "\n".join(
        ["示例副刊的标题", "", "作者:钱七 《某某日报》( 2015年03月04日 07版)", "", PROSE]
    )
    art = zhnews.parse(page).to_dict()
    assert art["print_edition"] == {"paper": "某某日报", "date": "2015-03-04", "page": "07"}
    assert art["authors"] == ["钱七"]


def test_breadcrumb_before_source_credit_is_meta() -> None:
    page = "\n".join(
        [
            "示例市举办春季运动会",
            "",
            "您当前的位置 : 示例网 > 新闻中心 > 本地  来源: 示例晚报 2018.04.09 10:15",
            "",
            PROSE,
        ]
    )
    assert zhnews.label_lines(page)[2] == "meta"
    art = zhnews.parse(page).to_dict()
    assert art["source"] == "示例晚报"
    assert art["published"] == "2018-04-09T10:15:00+08:00"
    assert art["title"] == "示例市举办春季运动会"


def test_site_name_and_domain_before_date_and_source() -> None:
    page = "\n".join(
        [
            "示例县召开防汛工作会议",
            "示例门户网 www.example.cn   2011年06月02日   來源:示例日報",
            "",
            PROSE,
        ]
    )
    assert zhnews.label_lines(page)[1] == "meta"
    art = zhnews.parse(page).to_dict()
    assert art["source"] == "示例日報"
    assert art["published"] == "2011-06-02"


def test_date_only_lead_is_not_an_agency() -> None:
    page = "\n".join(["示例标题一则消息", "", "【2019年3月8日讯】", "", PROSE])
    art = zhnews.parse(page).to_dict()
    assert art["dateline"] is None


def test_source_glued_to_headline_ends_before_it() -> None:
    title = "示例研究所迎来建所四十周年纪念"
    page = "\n".join(
        [title, "", f"2017年5月6日09:10:11来源:示例研究所{title}已关闭评论", "", PROSE]
    )
    art = zhnews.parse(page).to_dict()
    assert art["source"] == "示例研究所"


def test_view_counter_glued_to_outlet_next_to_date() -> None:
    page = "\n".join(["示例新闻标题在这里", "", "   2016-03-02 示例网518", "", PROSE])
    art = zhnews.parse(page).to_dict()
    assert art["source"] == "示例网"
    assert art["published"] == "2016-03-02"


# --- forms met in a third blind sample (all lines below are invented)


def test_reporter_in_brackets_closing_the_last_paragraph_is_the_author() -> None:
    page = "\n".join(
        [
            "某省領導會見考察團一行",
            "某某網 www.example.cn   2010年03月02日   來源:某某日報",
            "",
            "    昨日，某省領導在省會會見了來訪的考察團一行，雙方就合作交換了意見。",
            "",
            "    省裡有關部門負責人參加了會見。(記者 王小明)",
            "",
            " 相關鏈結",
            "· 某省表彰一批先進單位",
        ]
    )
    art = zhnews.parse(page)
    assert list(art.authors) == ["王小明"]
    labels = zhnews.label_lines(page)
    assert labels[5] == "body" and labels[7] == "chrome" and labels[8] == "chrome"


def test_headline_in_brackets_opens_the_body() -> None:
    page = "\n".join(
        [
            "【某市警方昨晚拘捕多人、查获一批假证件】某市警方今日凌晨通报，昨日中午在一处住宅检获大量物品，"
            "拘捕三名男子，呼吁市民保持理性。(某台记者李大为)",
            "",
            "某市警方昨晚拘捕多人、查获一批假证件",
            "相关文章",
        ]
    )
    art = zhnews.parse(page)
    assert art.title == "某市警方昨晚拘捕多人、查获一批假证件"
    assert list(art.authors) == ["李大为"]
    assert art.source is None
    assert zhnews.label_lines(page) == ["body", "blank", "chrome", "chrome"]


def test_bracketed_category_tag_is_not_a_headline() -> None:
    page = "【本报讯】某区今天启动了新一轮的道路整修工程，预计年底以前完工，沿线居民出行将更方便。"
    assert zhnews.parse(page).title is None


def test_lone_name_under_the_date_line_is_the_author() -> None:
    page = "\n".join(
        [
            "走过六十年——写在某研究所建所六十周年之际",
            "",
            "2019年2月10日21:02:57来源:某某研究所",
            "",
            "王大明",
            "",
            "某研究所成立于一九五九年，距今整整一甲子。六十年来培养了大批人才，为行业发展作出了贡献。",
        ]
    )
    art = zhnews.parse(page)
    assert list(art.authors) == ["王大明"]
    assert zhnews.label_lines(page)[4] == "meta"


def test_outlet_after_wen_slash_is_the_source() -> None:
    page = "\n".join(
        [
            "▲某地民眾上街參加活動。(圖/某某社)",
            "",
            "文/中央社",
            "",
            "某國政府今天召見某國駐當地大使，對日前發生的事件表達關切，並要求對方說明經過。",
        ]
    )
    art = zhnews.parse(page)
    assert art.source == "中央社"
    assert list(art.authors) == []
    assert zhnews.label_lines(page)[2] == "meta"


def test_own_story_notice_names_the_source() -> None:
    page = "\n".join(
        [
            "某国记者谈在华生活：安全又方便",
            "",
            "某国首相于本月对中国进行了正式访问，这是时隔多年再次访华，受到各方关注。",
            "",
            "本文系某某网独家稿件，未经授权，不得转载。",
        ]
    )
    art = zhnews.parse(page)
    assert art.source == "某某网"
    assert zhnews.label_lines(page)[4] == "meta"


def test_date_only_bracketed_lead_is_the_publication_date() -> None:
    page = "\n".join(
        [
            "某台驻外记者王某迁往他处",
            "",
            "【2021年4月1日讯】",
            "",
            "系列報導",
            "",
            "某台驻外记者声称受到压力后，已经离开原驻地，迁往另一座城市继续工作。",
            "",
            "伸延閱讀",
        ]
    )
    art = zhnews.parse(page)
    assert art.title == "某台驻外记者王某迁往他处"
    assert str(art.published) == "2021-04-01"
    assert art.dateline is None
    labels = zhnews.label_lines(page)
    assert labels[2] == "meta" and labels[4] == "chrome" and labels[8] == "chrome"


def test_photo_credit_with_republic_year_date() -> None:
    page = "\n".join(
        [
            "市警巡視晚會周邊 (圖)",
            "「某某新年晚會」31日晚間在市府前廣場舉行，現場周邊可見員警巡視，守護民眾安全。",
            "中央社記者王大同攝 114年12月31日",
            "其他人也在看",
            "某某新聞標題一則",
        ]
    )
    art = zhnews.parse(page)
    assert art.title == "市警巡視晚會周邊 (圖)"
    assert list(art.authors) == ["王大同"]
    assert str(art.published) == "2025-12-31"
    assert art.source == "中央社"
    assert zhnews.label_lines(page) == ["title", "body", "meta", "chrome", "chrome"]


def test_republic_year_needs_three_digits() -> None:
    from zhnews.news.dates import find_dates

    assert [d.year for d in find_dates("114年12月31日")] == [2025]
    assert find_dates("第14年12月31日") == []


def test_whole_line_widgets_after_the_article() -> None:
    page = "\n".join(
        [
            "某市举行春季招聘会",
            "2020年03月02日 09:30  来源：某某日报",
            "某市今天举行春季招聘会，上百家企业提供了数千个岗位，吸引了大量求职者到场。",
            "打印文章   发送给我好友",
            "免费订阅手机报:移动用户编辑短信AB至10658000",
            "发表评论 _COUNT_条",
            "不支持Flash",
        ]
    )
    labels = zhnews.label_lines(page)
    assert labels[2] == "body"
    assert labels[3:] == ["chrome"] * 4


def test_previous_next_widget_above_the_headline() -> None:
    page = "\n".join(
        [
            "Previous Next",
            "某市举行春季招聘会",
            "某市今天举行春季招聘会，上百家企业提供了数千个岗位，吸引了大量求职者到场。",
        ]
    )
    assert zhnews.label_lines(page)[0] == "chrome"


def test_photo_caption_between_headline_and_date() -> None:
    page = "\n".join(
        [
            "請使用新版瀏覽器",
            "",
            "某市夜市攤商聯合抗議 市府允諾再協調",
            "",
            "攤商們在市府前拉布條陳情。(記者林小華攝)",
            "",
            "2021/05/06 07:15",
            "",
            "〔記者林小華／某市報導〕某市夜市攤商昨天到市府陳情，要求暫緩收取清潔費，市府允諾下週再協調。",
            "",
            "攤商表示，疫情期間生意大減，希望市府體諒，市府則說會再研究。",
        ]
    )
    labels = zhnews.label_lines(page)
    assert labels[2] == "title"
    assert labels[4] == "body"
    assert labels[6] == "meta"
    a = zhnews.parse(page)
    assert a.title == "某市夜市攤商聯合抗議 市府允諾再協調"
    assert a.published is not None and a.published.isoformat() == "2021-05-06T07:15:00+08:00"


def test_photo_caption_over_the_date_without_headline() -> None:
    page = "\n".join(
        [
            "消防人員在現場灌救。（民眾提供）",
            "",
            "2022/11/03 18:20",
            "",
            "〔記者陳大同／某縣報導〕某縣一處鐵皮工廠今天下午發生火警，消防人員到場後約一小時撲滅。",
            "",
            "消防局表示，火警原因仍待調查，所幸無人受傷。",
        ]
    )
    labels = zhnews.label_lines(page)
    assert labels[0] == "body"
    assert labels[2] == "meta"
    a = zhnews.parse(page)
    assert a.published is not None and a.published.isoformat() == "2022-11-03T18:20:00+08:00"


def test_source_value_ends_before_a_disclaimer() -> None:
    page = "\n".join(
        [
            "某国宣布调整签证政策",
            "2022年03月04日 10:20",
            "来源：某某台, 文章内容不代表本站的立场。",
            "某国政府今天宣布调整签证政策，自下月起放宽部分旅客的入境条件。",
        ]
    )
    assert zhnews.parse(page).source == "某某台"


def test_print_byline_bullet() -> None:
    page = "\n".join(
        [
            "某县召开春耕生产工作推进会",
            "■本报记者 赵小明",
            "本报讯 3月2日，某县召开春耕生产工作推进会，部署全县春耕备耕工作。",
        ]
    )
    assert zhnews.label_lines(page) == ["title", "meta", "body"]
    a = zhnews.parse(page)
    assert a.title == "某县召开春耕生产工作推进会"
    assert a.authors == ("赵小明",)


def test_lone_statement_heading_opens_the_body() -> None:
    page = "\n".join(
        [
            "本台关于节目停播的说明",
            "2019/07/01 08:00",
            "声明：",
            "因设备检修，本台部分节目将于7月2日暂停播出一天，敬请观众谅解。",
        ]
    )
    labels = zhnews.label_lines(page)
    assert labels[2] == "body"
    assert labels[3] == "body"


# --- round 5 -------------------------------------------------------------------------------


def test_r5_title_drops_empty_table_cells() -> None:
    page = (
        "某县举办春季农机展示会 | ||||\n"
        "2021-03-05 08:30 |\n"
        "本县昨日在体育中心举办春季农机展示会，吸引了周边多个乡镇的农户前来参观选购，"
        "现场气氛热烈，成交量较去年明显增加。"
    )
    assert zhnews.parse(page).title == "某县举办春季农机展示会"


def test_r5_wire_lead_paragraph_is_not_a_title() -> None:
    page = (
        "示例网3月5日讯 (示例晚报记者 王小明 通讯员 李大华)“请各位乘客注意!列车即将进站,"
        "请站在黄线以内候车!”\n"
        "昨日，示例车站开展了一次应急演练，整个过程十分逼真，站方负责人介绍了演练的目的。"
    )
    art = zhnews.parse(page)
    assert art.title is None
    assert art.dateline is not None and art.dateline.agency == "示例网"
    assert list(art.authors) == ["王小明", "李大华"]
    assert zhnews.label_lines(page)[0] == "body"


def test_r5_bare_name_closing_the_story_before_an_editor_credit() -> None:
    page = (
        "示例市开展冬季消防检查\n"
        "2020年12月06日 10:20 来源:示例日报\n"
        "近日，示例市消防部门对辖区内的商场、市场开展了冬季消防安全检查。\n"
        "检查中，工作人员发现并督促整改了一批隐患，提醒商户注意用电安全。(王小明)\n"
        "【编辑:李华】"
    )
    art = zhnews.parse(page)
    assert list(art.authors) == ["王小明"]
    assert list(art.editors) == ["李华"]


def test_r5_bare_name_without_editor_credit_is_not_read() -> None:
    page = (
        "示例市开展冬季消防检查\n"
        "2020年12月06日 10:20 来源:示例日报\n"
        "近日，示例市消防部门对辖区内的商场、市场开展了冬季消防安全检查。\n"
        "检查中，工作人员发现并督促整改了一批隐患，提醒商户注意用电安全。(王小明)"
    )
    assert list(zhnews.parse(page).authors) == []


def test_r5_footer_widgets_are_chrome() -> None:
    page = (
        "示例市开展冬季消防检查\n"
        "2020年12月06日 10:20 来源:示例日报\n"
        "近日，示例市消防部门对辖区内的商场、市场开展了冬季消防安全检查。\n"
        "检查中，工作人员发现并督促整改了一批隐患，提醒商户注意用电安全。\n"
        "示例日报版权作品，转载须注明出处。\n"
        "请 您 评 论 查看评论 进入社区\n"
        "图像\n"
        "Loading...\n"
        "XS/SM/MD/LG"
    )
    labels = zhnews.label_lines(page)
    assert labels[2:4] == ["body", "body"]
    assert labels[4:] == ["chrome"] * 5


def test_r6_translator_credit_closing_a_wire_story() -> None:
    page = (
        "某国宣布延长边境管制措施\n"
        "2019/5/8 09:12\n"
        "(中央社甲城/乙城8日综合外电报导)某国政府今天宣布，边境管制措施再延长一个月。\n"
        "官员表示，相关安排将视疫情发展再做调整。(译者:王小明/核稿:李大同)1080508\n"
        "本网站之文字、图片及影音，非经授权，不得转载。"
    )
    a = zhnews.parse(page)
    assert a.authors == ("王小明",)
    assert a.editors == ()
    assert a.dateline is not None
    assert (a.dateline.agency, a.dateline.place, a.dateline.date_text) == (
        "中央社",
        "甲城/乙城",
        "8日",
    )
    assert "边境管制措施再延长一个月" in a.body
    assert "官员表示" in a.body


def test_r6_affiliation_after_byline_is_not_a_name() -> None:
    from zhnews.news.bylines import split_names

    assert split_names("赵明 南方(示例)发展研究中心 研究员") == ["赵明"]
    assert split_names("钱伟（某大学教授）、张三") == ["钱伟", "张三"]


def test_r6_column_name_before_bar_and_date_is_not_a_source() -> None:
    page = (
        "返回\n\n"
        "评论专栏 | 2022-06-14 10:05\n\n"
        "某市公布新一轮公交线路调整方案\n\n"
        "某市交通部门今天公布了新一轮公交线路调整方案，涉及线路二十余条。\n\n"
        "调整将于下月起分批实施，市民可通过官方渠道查询。"
    )
    a = zhnews.parse(page)
    assert a.source is None
    assert a.published is not None
    assert "涉及线路二十余条" in a.body
