"""Round 7: page patterns from real sites (all lines below are invented, in the same form)."""

from __future__ import annotations

from zhnews.news import label_lines, parse
from zhnews.news.bylines import parse_credits, parse_dateline, parse_head_byline, split_names
from zhnews.news.rules import default_rules

PARA1 = "松岭县农业局今天表示,今年春播前将完成两万亩高标准农田的改造工程,确保粮食稳产增收。"
PARA2 = "据介绍,改造工程总投资约八千万元,涉及土地平整、灌溉渠道和田间道路等多项内容。"
PARA3 = "农业局负责人说,工程完工后,改造区域的亩均产量预计将提高一成左右,农户收入随之增加。"


def _labels(lines: list[str]) -> list[str]:
    return label_lines("\n".join(lines))


# --- a column's opening words are not a writer's name --------------------------------


def test_column_heading_alone_is_body_not_a_byline() -> None:
    lines = [
        "松岭农田改造见闻",
        "",
        "发布时间:2024-03-05 10:20:31 来源: 松岭日报",
        "",
        "  卷首语",
        "",
        "  " + PARA1 + PARA2,
        "",
        "  " + PARA3,
    ]
    a = parse("\n".join(lines))
    assert a.authors == ()
    assert _labels(lines)[4] == "body"
    assert "卷首语" in a.body


def test_words_with_a_particle_are_not_names() -> None:
    assert split_names("春天的话", strict=True) == []
    assert split_names("我的家", strict=True) == []
    assert split_names("李青禾", strict=True) == ["李青禾"]


def test_sentence_about_a_reporter_is_not_a_byline() -> None:
    # verse-style lines of a holiday post: 可能是记者…
    assert parse_credits("可能是记者完成") is None
    assert parse_credits("或许是记者赶到") is None
    assert parse_credits("本报记者 李青禾") is not None
    lines = ["记者节:时间的刻度", "", PARA1, "5分钟", "可能是记者完成", "一段采访的时间", PARA2]
    a = parse("\n".join(lines))
    assert a.authors == ()
    assert "可能是记者完成" in a.body


# --- credits -------------------------------------------------------------------------


def test_et_al_after_a_name_is_dropped() -> None:
    c = parse_credits("作者:林远山等")
    assert c is not None and c.authors == (("林远山", "作者"),)


def test_forum_post_stamp_after_poster_label_is_not_a_name() -> None:
    c = parse_credits(" 楼主| 发表于 3 小时前 | 查看全部")
    assert c is None or c.authors == ()


def test_picture_and_text_credit_with_layout_credit() -> None:
    c = parse_credits("图文 | 吴晓岚 排版 | 郑一帆")
    assert c is not None
    assert c.authors == (("吴晓岚", "图文"),)
    assert ("郑一帆", "排版") in c.others
    assert parse_credits("他的游记图文并茂") is None
    lines = ["图文 | 吴晓岚 排版 | 郑一帆", "", PARA1, "", PARA2]
    a = parse("\n".join(lines))
    assert a.authors == ("吴晓岚",)
    assert _labels(lines)[0] == "meta"


# --- chrome rules --------------------------------------------------------------------


def test_font_size_words_alone_are_chrome() -> None:
    lines = [
        "松岭农田改造工程全面启动",
        "",
        "2024年03月05日 10:16 来源:松岭日报",
        "大字体",
        "小字体",
        "",
        PARA1,
        "",
        PARA2,
    ]
    labels = _labels(lines)
    assert labels[3] == "chrome" and labels[4] == "chrome"


def test_comment_count_sentence_is_chrome() -> None:
    lines = [
        "松岭农田改造工程全面启动",
        "",
        "来源: 作者: 时间:2007-05-16 点击:",
        "",
        PARA1 + PARA2,
        "",
        "来源:松岭广播电视台",
        "",
        "最新评论共有 3 位网友发表了评论",
        "发表评论",
        "用户名: 密码:",
    ]
    assert _labels(lines)[8] == "chrome"


def test_registry_office_headline_is_not_a_login_widget() -> None:
    # a subheading that names a companies registry (注册处) ends a truncated page
    lines = [PARA1, "", PARA2, "", "翻查数百份档案 商标注册处系统有漏洞"]
    assert _labels(lines)[4] == "body"
    assert _labels(["松岭新闻网", "登录 注册", "", PARA1, PARA2])[1] == "chrome"


def test_caption_with_an_inline_link_is_not_html_debris() -> None:
    lines = [
        "松岭农田改造工程全面启动",
        "",
        "2024年03月05日 10:16 来源:松岭日报",
        "分享到:",
        "",
        " ▲《春耕图》,<a href='/news/' class='lnk'>松岭日报</a>记者在田间采访种粮大户。",
        "",
        PARA1,
        "",
        PARA2,
    ]
    assert _labels(lines)[5] == "body"
    assert _labels(['<sub id="abc12"></sub>', "", "松岭农田改造工程全面启动", "", PARA1])[0] == (
        "chrome"
    )


# --- a site header's date over a breadcrumb ------------------------------------------


def test_header_date_over_home_breadcrumb_is_chrome_not_published() -> None:
    lines = [
        "星期二 2025年 3月 4日",
        "主页 本地新闻",
        "",
        "松岭县长:农田改造不是面子工程 春播前全部完工",
        "",
        "- Advertisement -",
        "",
        PARA1,
        "",
        PARA2,
        "",
        "- Advertisement -",
        "",
        PARA3,
    ]
    a = parse("\n".join(lines))
    assert a.published is None
    assert a.title == "松岭县长:农田改造不是面子工程 春播前全部完工"
    labels = _labels(lines)
    assert labels[0] == "chrome" and labels[1] == "chrome"
    assert labels[5] == "chrome" and labels[11] == "chrome"
    assert PARA3 in a.body


# --- a programme page: menu bar, tab row, 《name》(air date) --------------------------


def test_programme_page_under_menu_bar_and_tabs() -> None:
    lines = [
        "首页 |  新闻频道 |  节目预告 |  体育频道 |  财经频道 |  综艺频道 |  纪录频道 |  少儿频道 |",
        "",
        "节目介绍     往期回顾     主创团队         ",
        "",
        "",
        "《春耕时节访农家》(2003年4月12日)",
        "",
        "  主持人:今天我们要讲的故事发生在松岭县的田间地头。" + PARA1,
        "",
        "  " + PARA2,
    ]
    a = parse("\n".join(lines))
    labels = _labels(lines)
    assert labels[0] == "chrome" and labels[2] == "chrome"
    assert labels[5] == "title"
    assert a.title == "春耕时节访农家"
    assert str(a.published) == "2003-04-12"


def test_book_title_headline_without_a_date_keeps_its_marks() -> None:
    lines = ["首页 | 读书 | 书评 | 访谈", "", "《松岭往事》:一部县城的编年史", "", PARA1, "", PARA2]
    a = parse("\n".join(lines))
    assert a.title == "《松岭往事》:一部县城的编年史"
    assert a.published is None


# --- an e-newsletter's copy ----------------------------------------------------------


def test_byline_with_paper_glued_after_place_report() -> None:
    c = parse_credits("特派記者林遠山/東京報導南方報")
    assert c is not None and [a for a, _ in c.authors] == ["林遠山"]
    c = parse_credits("記者吳曉嵐/台中報導松嶺日報")
    assert c is not None and [a for a, _ in c.authors] == ["吳曉嵐"]
    assert parse_credits("記者吳曉嵐/台中報導指出") is None


def test_section_menu_run_is_chrome_but_digest_headings_stay() -> None:
    menu = ["今日頭條", "專題", "話題", "要聞", "焦點新聞", "政治新聞", "國際新聞"]
    lines = [
        "松嶺新聞電子報",
        "2024/03/05 第1234期",
        "",
        *menu,
        "",
        "春耕 松嶺農田改造啟動",
        PARA1,
        PARA2,
    ]
    labels = _labels(lines)
    assert all(labels[3 + t] == "chrome" for t in range(len(menu)))
    # the same words as headings of a digest, each over its paragraph, are body
    digest = ["國內新聞", PARA1, "", "國際新聞", PARA2, "", "體育新聞", PARA3, "", "財經新聞"]
    dl = _labels(["松嶺一周要聞回顧", "2024-03-05 10:00 来源:松岭日报", "", *digest])
    assert "chrome" not in dl[3:]


def test_menu_row_with_wide_gaps_is_not_a_headline() -> None:
    lines = [
        "新聞  部落格  影音  NBA台灣  網站總覽  ",
        "",
        "2024/03/05 第1234期 | 訂閱 | 看歷史報份",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title != "新聞 部落格 影音 NBA台灣 網站總覽"
    assert _labels(lines)[0] != "title"


# --- a programme's heading before the date is not an outlet ------------------------


def test_heading_words_before_a_date_are_not_a_source() -> None:
    lines = [
        "田野纪事 文字版 2003-04-12",
        "",
        "松岭县农田改造工程启动 两万亩良田春播前完工",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.source is None
    # an outlet's name before the date is still read
    lines[0] = "松岭日报 2003-04-12"
    assert parse("\n".join(lines)).source == "松岭日报"


# --- bylines opening the first paragraph --------------------------------------------


def test_letter_spaced_agency_lead_with_reading_notes() -> None:
    agencies = default_rules().lexicon("agencies")
    m = parse_dateline("松 岭 新 闻 网(wǎng) 讯 (记者林远山) 春耕时节,田间一片繁忙。", agencies)
    assert m is not None and m.agency == "松岭新闻网" and m.reporters == ("林远山",)
    lines = ["松岭农田改造工程启动", "", "松 岭 新 闻 网 讯 (记者林远山) " + PARA1, "", PARA2]
    assert parse("\n".join(lines)).authors == ("林远山",)


def test_writer_in_brackets_opening_the_first_paragraph() -> None:
    assert parse_head_byline("(文/吴晓岚)在过去的两个月里,我跟着农技员走遍了松岭的田间。") == (
        "吴晓岚",
    )
    assert parse_head_byline("他说(文/吴晓岚)的稿子很好") == ()
    a = parse(
        "\n".join(["(文/吴晓岚)在过去的两个月里,我跟着农技员走遍了松岭的田间。" + PARA1, "", PARA2])
    )
    assert a.authors == ("吴晓岚",)


def test_bracket_byline_after_a_photo_credit() -> None:
    p = "照片为记者郑一帆拍摄 【松岭新闻网校园记者郑一帆报导】第五届松岭杯体操联赛于3月9日举办。"
    assert parse_head_byline(p) == ("郑一帆",)
    lines = ["松岭杯体操联赛开幕 两百名选手参赛", "", p + PARA1, "", PARA2]
    assert parse("\n".join(lines)).authors == ("郑一帆",)


def test_box_bullet_byline_over_the_first_paragraph() -> None:
    lines = ["□ 林远山", PARA1 + PARA2, PARA3]
    a = parse("\n".join(lines))
    assert a.authors == ("林远山",)
    assert _labels(lines)[0] == "meta"
    # a bullet list item inside the text stays body
    inner = ["松岭农田改造工程启动", "", PARA1, "□ 土地平整", PARA2]
    assert _labels(inner)[3] == "body"


def test_co_writer_before_the_papers_reporter() -> None:
    c = parse_credits("  吴晓岚 松岭日报·松岭网记者 林远山")
    assert c is not None and [a for a, _ in c.authors] == ["吴晓岚", "林远山"]


# --- e-paper page head: search box, short column headline ---------------------------


def test_search_box_over_a_short_headline() -> None:
    lines = [
        "当前位置《松岭网》 > 松岭周报> 第120期>第3版",
        "    《松岭周报》—松岭人自己的报纸",
        "    报刊搜索: 搜索",
        "",
        "    开栏的话",
        "",
        "    作者: 来源:松岭周报 时间:2023-06-12",
        "",
        "    " + PARA1 + PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title == "开栏的话"
    assert a.authors == ()
    assert _labels(lines)[2] == "chrome"


def test_share_dashes_and_topic_link_are_chrome() -> None:
    lines = [
        "松岭农田改造工程全面启动",
        "",
        "来源:松岭日报 作者:林远山 2024-03-05 10:16:00",
        "—分享—",
        "",
        PARA1 + PARA2,
        "",
        "  新闻专题链接:春耕时节 松岭在行动",
        "",
        PARA3,
    ]
    labels = _labels(lines)
    assert labels[3] == "chrome" and labels[7] == "chrome"


# --- an unlabelled metadata line: date, outlet, names --------------------------------


def test_unlabelled_date_outlet_and_byline() -> None:
    lines = [
        "松岭县农田改造工程全面启动",
        "",
        "2024-03-05 20:21   松岭县融媒体中心   林远山 吴晓岚 通讯员 郑一帆",
        "",
        PARA1 + PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.source == "松岭县融媒体中心"
    assert a.authors == ("林远山", "吴晓岚", "郑一帆")
    assert dict(a.author_roles)["郑一帆"] == "通讯员"


def test_outlet_before_copy_link_and_font_widgets() -> None:
    lines = [
        "松岭县农田改造工程全面启动",
        "",
        "www.example.org 2014-03-27  松岭晚报  [复制链接]  字体:",
        "",
        PARA1 + PARA2,
    ]
    assert parse("\n".join(lines)).source == "松岭晚报"


def test_two_writers_in_brackets_closing_the_text_over_a_source_line() -> None:
    lines = [
        "松岭农田改造工程全面启动",
        "",
        "来源: 作者: 时间:2007-05-16 点击:",
        "",
        PARA1 + PARA2,
        "",
        PARA3 + "(林远山 吴晓岚)",
        "",
        "来源:松岭广播电视台",
    ]
    assert parse("\n".join(lines)).authors == ("林远山", "吴晓岚")
    # people named in brackets with no credit line after them are not writers
    assert parse("\n".join(lines[:7])).authors == ()


# --- an e-paper's page header ---------------------------------------------------------


def test_page_header_forms() -> None:
    from zhnews.news.bylines import parse_print_edition

    pe = parse_print_edition("    第3版 :松岭新韵")
    assert pe is not None and pe.page == "3" and pe.paper is None and pe.header
    pe = parse_print_edition("2051 期 / 第6版:6")
    assert pe is not None and pe.page == "6"
    pe = parse_print_edition("7:要闻总第88期 >2012-04-16编印")
    assert pe is not None and pe.page == "7" and pe.date is not None
    assert parse_print_edition("他在第3版:松岭新韵上发表了文章。") is None


def test_page_header_over_the_headline_names_the_page() -> None:
    lines = [
        "当前位置《松岭网》 > 松岭周报> 第120期>第3版",
        "    第3版 :松岭新韵",
        "    《松岭周报》—松岭人自己的报纸",
        "",
        "    开栏的话",
        "",
        "    作者: 来源:松岭周报 时间:2023-06-12",
        "",
        "    " + PARA1 + PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.print_edition is not None
    assert (a.print_edition.paper, a.print_edition.date, a.print_edition.page) == (
        "松岭周报",
        "2023-06-12",
        "3",
    )
    assert _labels(lines)[1] == "meta"


def test_page_header_atop_a_page_without_metadata() -> None:
    lines = ["2051 期 / 第6版:6", "要闻简报", "   ◆" + PARA1, "    ◆" + PARA2]
    a = parse("\n".join(lines))
    assert _labels(lines)[0] == "meta"
    assert a.title == "要闻简报"


# --- leads without a dateline's own date ---------------------------------------------


def test_outlet_news_lead_before_the_events_date() -> None:
    agencies = default_rules().lexicon("agencies")
    m = parse_dateline("松岭网消息  3月5日上午,松岭县召开春耕动员会。", agencies)
    assert m is not None and (m.agency, m.place, m.date_text) == ("松岭网", None, None)
    assert parse_dateline("他得到消息 3月5日出发。", agencies) is None


def test_place_lead_before_the_events_date() -> None:
    agencies = default_rules().lexicon("agencies")
    m = parse_dateline("    松岭讯 3月5日,县委书记深入田间察看春播情况。", agencies)
    assert m is not None and (m.agency, m.place, m.date_text) == (None, "松岭", None)
    assert parse_dateline("新华快讯 3月5日,松岭县召开会议。", agencies) is None
    lines = [
        "松岭春播全面展开",
        "",
        "    松岭讯 3月5日,县委书记深入田间察看春播情况。" + PARA1,
        "",
        PARA2,
    ]
    dl = parse("\n".join(lines)).dateline
    assert dl is not None and dl.place == "松岭"


# --- a CMS article page: print button, "written by", Chinese month names -------------


def test_day_chinese_month_year_date_form() -> None:
    from zhnews.news.dates import find_dates

    d = find_dates("週四, 07 三月 2019 09:15")
    assert len(d) == 1 and (d[0].year, d[0].month, d[0].day, d[0].hour) == (2019, 3, 7, 9)


def test_cms_article_head_with_print_button() -> None:
    lines = [
        "松嶺車站依山傍海 油菜花盛開 列印",
        "作者是 user   ",
        "週四, 07 三月 2019 09:15",
        "",
        "記者林遠山報導",
        "",
        PARA1 + PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title == "松嶺車站依山傍海 油菜花盛開"
    assert str(a.published).startswith("2019-03-07 09:15")
    labels = _labels(lines)
    assert labels[1] == "meta" and labels[2] == "meta"
    assert "user" not in a.authors
    c = parse_credits("作者是 林遠山")
    assert c is not None and c.authors == (("林遠山", "作者"),)
    assert parse_credits("這本書的作者是 林遠山") is None


# --- a channel's post page -------------------------------------------------------------


def test_channel_header_post_headline_and_time_stamp_under_the_text() -> None:
    lines = [
        "松嶺即時新聞",
        "12.3K subscribers",
        "45 links",
        "松嶺即時新聞 https://t.me/example_news_a",
        "Example News https://t.me/example_news_b",
        "Download Telegram",
        "松嶺縣搜查一家化工廠",
        "",
        PARA1 + PARA2,
        "",
        "2024-03-05 17:41:37",
    ]
    a = parse("\n".join(lines))
    labels = _labels(lines)
    assert all(labels[i] == "chrome" for i in range(1, 6))
    assert a.title == "松嶺縣搜查一家化工廠"
    assert labels[10] == "meta"
    assert str(a.published).startswith("2024-03-05 17:41:37")


def test_dated_page_heading_said_again_is_not_the_headline() -> None:
    lines = [
        "田野纪事 文字版 2003-04-12",
        "",
        "2003-04-12田野纪事 文字版",
        "",
        "松岭县农田改造工程启动两万亩良田春播前完工",
        "",
        PARA1 + PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title == "松岭县农田改造工程启动两万亩良田春播前完工"
    assert _labels(lines)[2] == "chrome"


def test_source_credited_at_the_end_of_the_last_paragraph() -> None:
    text = PARA1 + PARA2 + " 点击观看视频 来源:松岭县融媒体中心"
    assert parse(text).source == "松岭县融媒体中心"
    # a chart's data credit is not the page's source
    assert parse(PARA1 + PARA2 + " 数据来源:松岭县统计局").source is None


def test_outlet_reporter_in_brackets_is_the_dateline() -> None:
    agencies = default_rules().lexicon("agencies")
    p = "照片为记者郑一帆拍摄 【松岭传媒校园记者郑一帆报导】第五届松岭杯体操联赛于3月9日举办。"
    m = parse_dateline(p, agencies)
    assert m is not None and (m.agency, m.reporters) == ("松岭传媒", ("郑一帆",))


def test_newsletter_copy_brand_issue_line_and_glued_paper() -> None:
    lines = [
        "松嶺縣長會見農戶代表 促春播如期完成",
        "",
        "",
        "★ 無法正常瀏覽內容,請按這裡線上閱讀",
        "新聞  部落格  影音  NBA台灣  網站總覽  ",
        "松嶺電子報",
        "松嶺電子報",
        "2024/03/05 第1234期 | 訂閱/退訂 | 看歷史報份",
        "今日頭條",
        "專題",
        "話題",
        "要聞",
        "焦點新聞",
        "國際新聞",
        " ",
        "今日頭條",
        "縣長會農戶 促春播如期完成",
        "特派記者林遠山/松嶺報導南方報",
        "",
        PARA1 + PARA2,
        "",
        PARA3,
    ]
    a = parse("\n".join(lines))
    labels = _labels(lines)
    assert a.title != "松嶺電子報"
    assert a.authors == ("林遠山",)
    assert a.source == "南方報"
    assert str(a.published) == "2024-03-05"
    assert labels[3] == "chrome" and labels[7] == "meta"
    c = parse_credits("特派記者林遠山/松嶺報導南方報")
    assert c is not None and c.source == "南方報"


def test_issue_date_wins_over_a_plain_date_line() -> None:
    lines = [
        "2024年3月4日 星期一",
        "",
        "松嶺縣長會見農戶代表 促春播如期完成",
        "",
        "",
        "★ 無法正常瀏覽內容,請按這裡線上閱讀",
        "新聞  部落格  影音  NBA台灣  網站總覽  ",
        "松嶺電子報",
        "松嶺電子報",
        "2024/03/05 第1234期 | 訂閱/退訂 | 看歷史報份",
        "今日頭條",
        "專題",
        "話題",
        "要聞",
        "焦點新聞",
        "國際新聞",
        " ",
        "今日頭條",
        "松嶺縣長會見農戶代表 促春播如期完成",
        "編譯/林遠山",
        PARA1 + PARA2,
    ]
    assert str(parse("\n".join(lines)).published) == "2024-03-05"


def test_view_online_prompt_is_chrome_anywhere() -> None:
    lines = ["松嶺農田改造啟動", "", PARA1 + PARA2, "★ 無法正常瀏覽內容,請按這裡線上閱讀", PARA3]
    assert _labels(lines)[3] == "chrome"


def test_translator_with_paper_glued_after_the_name() -> None:
    c = parse_credits("編譯/林遠山南方報")
    assert c is not None and c.authors == (("林遠山", "编译"),) and c.source == "南方報"
