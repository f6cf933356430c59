"""Round 8: conservative rules against lost body lines and invented fields (all lines
below are invented)."""

from __future__ import annotations

from zhnews.news import label_lines, parse
from zhnews.news.bylines import has_surname, parse_simple_byline

PARA1 = "松岭县农业局今天表示,今年春播前将完成两万亩高标准农田的改造工程,确保粮食稳产增收。"
PARA2 = "据介绍,改造工程总投资约八千万元,涉及土地平整、灌溉渠道和田间道路等多项内容。"
PARA3 = "农业局负责人说,工程完工后,改造区域的亩均产量预计将提高一成左右,农户收入随之增加。"


def _labels(lines: list[str]) -> list[str]:
    return label_lines("\n".join(lines))


# --- a paragraph above the headline is never dropped -----------------------------------


def test_blogger_note_above_a_reposted_story_stays_body() -> None:
    note = "昨天的暴雨让不少朋友被困在路上,我也在车站等了很久,有人抱怨有人苦笑......下面转贴当地报章的报道。"
    lines = [
        "3月9日:暴雨过后",
        "",
        note,
        "",
        "(来源:松岭日报)",
        "",
        "松岭暴雨 两万人受困 抢修持续整夜",
        "",
        PARA1,
        "",
        PARA2,
    ]
    labels = _labels(lines)
    assert labels[2] == "body"
    a = parse("\n".join(lines))
    assert note in a.body


def test_newsletter_blurbs_above_the_headline_stay_chrome() -> None:
    blurbs = (
        "【松岭财经报】每周解读产业动向,分析市场与个股,带你掌握投资先机。"
        "【青石生活志】分享城市里的美食与旅行,让日子更有滋味。"
    )
    lines = [
        blurbs,
        "",
        "松岭暴雨 两万人受困 抢修持续整夜",
        "2024-03-05 10:20 来源:松岭日报",
        "",
        PARA1,
        "",
        PARA2,
    ]
    assert _labels(lines)[0] == "chrome"


# --- a pull quote of whole sentences is not a second headline line ---------------------


def test_quoted_standfirst_is_body_not_title() -> None:
    quote = "「河水退去之后,小镇的街道满是泥沙。重建还要多久,没有人说得清楚?」"
    lines = [
        "松岭小镇的漫长重建:洪水之后的一百天",
        quote,
        "青石传媒记者 柳思远 发自松岭",
        PARA1,
        PARA2,
        PARA3,
    ]
    labels = _labels(lines)
    assert labels[0] == "title"
    assert labels[1] == "body"
    a = parse("\n".join(lines))
    assert a.title == "松岭小镇的漫长重建:洪水之后的一百天"
    assert quote in a.body


# --- a contact number or a bulleted list item is never the headline --------------------


def test_hotline_line_is_not_a_title() -> None:
    lines = ["报料热线:0999-7654321", PARA1, PARA2, PARA3]
    a = parse("\n".join(lines))
    assert a.title is None
    assert _labels(lines)[0] != "title"


def test_bulleted_schedule_item_is_not_a_title() -> None:
    lines = [
        "  • 晚间节目(一小时) 北京时间 20:00-21:00",
        "    2023年05月12日晚间节目(一小时) 北京时间20:00-21:00",
        "  • 早间节目 北京时间7:00-8:00",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title is None
    assert a.published is None


# --- a date inside a run of words is not a metadata line -------------------------------


def test_date_glued_inside_words_is_no_published_date() -> None:
    lines = [
        "重播节目",
        "晚间节目( 一小时) 北京时间20:00-21:00",
        "青石台2023年5月12日第一次播出北京时间8点至9点",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.published is None
    assert a.source is None
    assert _labels(lines)[2] != "meta"


def test_wire_lead_date_with_short_word_still_dates() -> None:
    lines = [
        "松岭农田改造见闻",
        "松岭日报2024年3月5日讯",
        PARA1,
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.published is not None and str(a.published).startswith("2024-03-05")


# --- a name with no role word must open with a surname ----------------------------------


def test_section_word_between_title_and_date_is_no_author() -> None:
    lines = [
        "松岭暴雨 两万人受困 抢修持续整夜",
        "港闻",
        "发布时间 2024-03-05 10:20 最后更新时间 2024-03-05 11:02",
        PARA1,
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.authors == ()
    assert _labels(lines)[1] == "chrome"


def test_bare_writer_name_between_title_and_date_is_kept() -> None:
    lines = [
        "松岭暴雨 两万人受困 抢修持续整夜",
        "柳思远",
        "发布时间 2024-03-05 10:20",
        PARA1,
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.authors == ("柳思远",)


def test_column_name_over_paper_gives_the_paper_only() -> None:
    c = parse_simple_byline("晨钟集/青石日报")
    assert c is not None
    assert c.authors == ()
    assert c.source == "青石日报"
    c2 = parse_simple_byline("柳思远/青石日报")
    assert c2 is not None and c2.authors == (("柳思远", "作者"),)


def test_has_surname() -> None:
    assert has_surname("柳思远")
    assert has_surname("陳思遠")
    assert has_surname("欧阳明")
    assert has_surname("上官云")
    assert not has_surname("本地")
    assert not has_surname("晨钟集")


# --- headlines of pages with little structure -------------------------------------------


def test_headline_over_a_captioned_photo_and_a_byline() -> None:
    lines = [
        "青石台「晚间视界」改版 移至周末黄金时段",
        "",
        "主持人柳思远在新布景前录制节目。图/青石台提供",
        "青石日报 记者柳思远/即时报导",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title == "青石台「晚间视界」改版 移至周末黄金时段"
    assert _labels(lines)[2] == "body"


def test_headline_over_a_one_sentence_opening() -> None:
    lines = [
        "“冷门小站”突然火了青石网",
        "",
        "按老规矩审稿“绝不写空话”",
        "",
        "青石网突然火了。",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title == "“冷门小站”突然火了青石网"
    labels = _labels(lines)
    assert labels[2] == "body" and labels[4] == "body"


def test_english_template_lines_above_a_chinese_headline() -> None:
    lines = [
        "Edit Page",
        "",
        "Our Team",
        "",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.",
        "",
        "Get In Touch",
        "",
        "松岭新居民义工获社区表扬",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title == "松岭新居民义工获社区表扬"
    assert _labels(lines)[4] == "chrome"


def test_headline_set_twice_over_prose() -> None:
    lines = [
        "重播节目",
        "  • 晚间节目(一小时) 北京时间 20:00-21:00",
        "您的浏览器需要安装插件才能播放,若要连接,请启用浏览器的cookie设置",
        "",
        "《青石周刊》:松岭农田改造的一年",
        "",
        "《青石周刊》:松岭农田改造的一年",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title == "《青石周刊》:松岭农田改造的一年"
    labels = _labels(lines)
    assert labels[4] == "title" and labels[6] == "title"
    assert labels[2] == "body"  # lines above are left alone


# --- phrase rules: an ad slot's reading prompt, a gallery's next-page link -------------


def test_ad_marker_with_reading_prompt_is_chrome() -> None:
    lines = [
        "松岭暴雨 两万人受困 抢修持续整夜",
        "2024-03-05 10:20 来源:松岭日报",
        PARA1,
        "廣告 更多內容請繼續往下閱讀",
        PARA2,
        "[广告]请继续往下阅读...",
        PARA3,
    ]
    labels = _labels(lines)
    assert labels[3] == "chrome" and labels[5] == "chrome"
    assert labels[4] == "body" and labels[6] == "body"


def test_gallery_next_link_is_chrome() -> None:
    lines = [
        "松岭暴雨 两万人受困 抢修持续整夜",
        "2024-03-05 10:20 来源:松岭日报",
        PARA1,
        PARA2,
        "【点击图片进入下一页或下一篇】",
        PARA3,
    ]
    labels = _labels(lines)
    assert labels[4] == "chrome" and labels[5] == "body"


def test_paragraph_cut_after_a_comma_above_the_headline_stays_body() -> None:
    note = "为了解松岭居民对农田改造的看法,青石日报上月做了一次问卷调查。共有八百多名读者参与,结果显示,"
    lines = [
        note,
        "",
        "松岭暴雨 两万人受困 抢修持续整夜",
        "2024-03-05 10:20 来源:松岭日报",
        "",
        PARA1,
        "",
        PARA2,
    ]
    assert _labels(lines)[0] == "body"
    assert note in parse("\n".join(lines)).body


def test_long_menu_bar_with_glued_words_is_not_a_headline_line() -> None:
    lines = [
        "即时新闻 视频新闻 要闻本地 社 评国际两岸 财 经 娱 乐 体 育 副 刊",
        "",
        "松岭暴雨 两万人受困 抢修持续整夜",
        "发布日期 : 2024-03-05 10:20:31",
        "",
        PARA1,
        "",
        PARA2,
    ]
    a = parse("\n".join(lines))
    assert a.title == "松岭暴雨 两万人受困 抢修持续整夜"
    assert _labels(lines)[0] == "chrome"


def test_headline_again_in_pieces_under_the_date() -> None:
    lines = [
        "松岭快讯 青石县长柳思远会见邻县代表团",
        "",
        "2024年03月05日   •   812次阅读",
        "",
        "青石县长柳思远",
        "",
        "会见邻县代表团",
        "",
        PARA1,
        "",
        PARA2,
    ]
    labels = _labels(lines)
    assert labels[4] == "title" and labels[6] == "title"
    assert labels[8] == "body"


def test_pieces_that_do_not_spell_the_headline_stay_body() -> None:
    lines = [
        "松岭快讯 青石县长柳思远会见邻县代表团",
        "",
        "2024年03月05日   •   812次阅读",
        "",
        "青石县长柳思远",
        "",
        "会见了很多人",
        "",
        PARA1,
    ]
    labels = _labels(lines)
    assert labels[4] == "body" and labels[6] == "body"


def test_material_source_label_names_the_source() -> None:
    lines = [
        "青石县长柳思远会见邻县代表团",
        "2024-03-05 10:20",
        PARA1,
        PARA2,
        "(素材来源:青石县政府)",
    ]
    a = parse("\n".join(lines))
    assert a.source == "青石县政府"
    assert _labels(lines)[4] == "meta"


def test_live_transcript_stamps_are_all_metadata() -> None:
    lines = [
        "下面请青石大学的柳思远教授为大家点评,欢迎柳教授。",
        "2023-11-20 14:02:10",
        PARA1,
        "2023-11-20 14:05:47",
        PARA2,
        "2023-11-20 14:09:03",
        PARA3,
    ]
    labels = _labels(lines)
    assert [labels[i] for i in (1, 3, 5)] == ["meta", "meta", "meta"]
    assert [labels[i] for i in (2, 4, 6)] == ["body", "body", "body"]
    a = parse("\n".join(lines))
    assert str(a.published).startswith("2023-11-20")
    assert "14:02" in str(a.published)


def test_dates_glued_to_labels_and_trailers_still_date() -> None:
    for meta in (
        "青石日报2020年07月03日第05版要闻",
        "发布时间2020年07月03日星期五上午10点",
        "青石日报2020年7月3日讯(记者 柳思远)",
    ):
        lines = ["松岭农田改造见闻", meta, PARA1, PARA2]
        a = parse("\n".join(lines))
        assert str(a.published).startswith("2020-07-03"), meta
        assert _labels(lines)[1] == "meta", meta
