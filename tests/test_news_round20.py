"""Round 20: invented examples per rule (no text from real pages), with body guards."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news._text import key
from zhnews.news.bylines import parse_dateline, parse_simple_byline
from zhnews.news.dates import find_dates
from zhnews.news.rules import default_rules

T1 = "湖畔小镇迎来赏荷季 游客络绎不绝"
P1 = "连日来,青岚镇荷花池里的荷花竞相开放,吸引了大批市民和游客前来观赏拍照,周边农家乐生意红火。"
P2 = "镇文化站负责人介绍,今年赏荷季将持续到八月底,其间还将举办摄影比赛和民俗表演等活动。"
H1 = "北灣街舊樓天台起火 30人疏散 無人受傷"
Q1 = "北灣街一幢舊樓周一傍晚發生火警,天台一處雜物起火,現場冒出濃煙,住客自行疏散至街上。"
Q2 = "消防接報到場,用一條喉將火救熄,事件中無人受傷,起火原因有待調查,警方正跟進事件。"


# --- 文章来源:http://…: a print template's link to the page is no outlet


def test_url_after_source_label_is_no_source() -> None:
    text = "\n".join(
        [T1, "□晚报记者 林小燕", P1, P2, "文章来源:http://www.example.cn/2020/0101/123.shtml"]
    )
    a = parse(text)
    assert a.source is None
    assert a.authors == ("林小燕",)


def test_outlet_after_source_label_still_read() -> None:
    text = "\n".join([T1, "来源:青岚日报", P1, P2])
    assert parse(text).source == "青岚日报"


# --- 晚报记者 张三: the paper's kind alone names no outlet


def test_bare_paper_kind_is_no_source() -> None:
    text = "\n".join([T1, "□晚报记者 林小燕", P1, P2])
    assert parse(text).source is None


def test_named_paper_reporter_still_gives_source() -> None:
    text = "\n".join([T1, "青岚晚报记者 林小燕", P1, P2])
    assert parse(text).source == "青岚晚报"


# --- 00:33 2026-02-23 HKT: the time before the date


def test_time_first_date_with_zone() -> None:
    d = find_dates("更新時間：07:45 2024-03-11 HKT")
    assert len(d) == 1 and d[0].hour == 7 and d[0].minute == 45 and d[0].zone == "HKT"
    text = "\n".join([H1, "更新時間：07:45 2024-03-11 HKT", Q1, Q2])
    a = parse(text)
    assert a.source is None
    assert a.published is not None and a.published.isoformat() == "2024-03-11T07:45:00+08:00"


def test_time_first_needs_a_year() -> None:
    assert find_dates("比分 3:05 03-11", yearless=False) == []
    # a clock time after another time is not the date's time
    d = find_dates("12:07:45 2024-03-11")
    assert d[0].hour == 12 and d[0].minute == 7 and d[0].second == 45


# --- 【某報專訊】 on an undated page: no print edition


def test_print_tag_without_date_gives_no_print_edition() -> None:
    text = "\n".join(["要聞", H1, "【北灣日報專訊】" + Q1, Q2])
    assert parse(text).print_edition is None


def test_print_tag_with_date_gives_print_edition() -> None:
    text = "\n".join(["要聞", H1, "2024年3月11日", "【北灣日報專訊】" + Q1, Q2])
    pe = parse(text).print_edition
    assert pe is not None and pe.paper == "北灣日報" and pe.date == "2024-03-11"


# --- 某某集团 张三 摄: a company pictured, not a photographer


def test_company_before_photographer_stays_caption() -> None:
    text = "\n".join([T1, "2024-06-01 10:00 青岚新闻网", "", "  青岚集团 林小燕 摄", "", P1, P2])
    a = parse(text)
    assert "青岚集团" not in a.authors
    assert label_lines(text)[3] == "body"


def test_person_photographer_line_still_credit() -> None:
    c = parse_simple_byline("林小燕 王大海 摄")
    assert c is not None and [n for n, _ in c.authors] == ["林小燕", "王大海"]


# --- 某报 2021年12月22日 星期三 masthead over the print edition: no source


def test_masthead_paper_of_print_edition_is_no_source() -> None:
    text = "\n".join(
        [
            "青岚日报 2021年12月22日 星期三",
            "",
            T1,
            "",
            "《青岚日报》(2021年12月22日 03版)",
            P1,
            P2,
        ]
    )
    a = parse(text)
    assert a.print_edition is not None and a.print_edition.paper == "青岚日报"
    assert a.source is None


# --- 某某网北京3月9日消息(记者 张三): 消息 for 电


def test_news_dateline_with_reporters() -> None:
    d = parse_dateline("青岚网杭州5月2日消息(记者林小燕 王大海)连日来,青岚镇荷花盛开。")
    assert d is not None
    assert (d.agency, d.place, d.date_text) == ("青岚网", "杭州", "5月2日")
    assert d.reporters == ("林小燕", "王大海")


def test_quoted_news_report_is_no_dateline() -> None:
    d = parse_dateline("据青岚网杭州5月2日消息(记者林小燕)连日来,青岚镇荷花盛开。")
    assert d is None


def test_news_lead_without_reporters_unchanged() -> None:
    d = parse_dateline("青岚网杭州5月2日消息,连日来青岚镇荷花盛开。")
    assert d is None or d.place is None


def test_partner_station_glued_to_reporter() -> None:
    d = parse_dateline("青岚网杭州5月2日电(记者林小燕 浙南台王大海 周明)连日来,青岚镇荷花盛开。")
    assert d is not None and d.reporters == ("林小燕", "王大海", "周明")


# --- 标题 (2025-05-25 18:19:15): a full timestamp after the headline


def test_timestamp_after_headline() -> None:
    text = "\n".join([H1 + " (2024-03-11 18:20:05)", "", Q1, "", Q2])
    a = parse(text)
    assert a.title == H1
    assert a.published is not None and a.published.isoformat() == "2024-03-11T18:20:05+08:00"


def test_timestamp_inside_headline_kept() -> None:
    head = H1 + " (2024-03-11 18:20:05) 更新"
    text = "\n".join([head, "", Q1, "", Q2])
    assert parse(text).title == head


# --- page-head chrome: 某报 数字报纸, 首页某栏目, 某网由某社主办


def test_epaper_site_label_rule() -> None:
    assert default_rules().match(key("青岚日报 数字报纸"), "chrome", "edge") == "epaper-platform"


def test_epaper_site_label_not_title() -> None:
    text = "\n".join(["青岚日报 数字报纸", "", "00003版:要闻", "", T1, "", P1, P2])
    assert parse(text).title == T1
    assert label_lines(text)[0] == "chrome"


def test_home_glued_to_section_not_title() -> None:
    text = "\n".join(
        ["• 设为首页", "首页侨乡动态", "", T1, "", "2016年10月29日 10:01 来源:青岚新闻网", P1, P2]
    )
    assert parse(text).title == T1


def test_site_sponsor_line_not_title() -> None:
    text = "\n".join(
        [
            "青岚新闻网由青岚晚报社主办!新闻网旗下: 在线数字报 | 在线订阅",
            "当前位置:青岚新闻网 >> 新闻 > 图片新闻",
            "",
            T1,
            "",
            P1,
            P2,
        ]
    )
    assert parse(text).title == T1
    assert label_lines(text)[0] == "chrome"


def test_sponsor_sentence_in_body_stays_body() -> None:
    line = "据介绍,青岚新闻网由青岚晚报社主办,目前日均访问量已超过十万人次,成为当地重要的信息平台。"
    text = "\n".join([T1, P1, line, P2])
    assert label_lines(text)[2] == "body"


# --- 2013年2月22日 星期 (the weekday cut off) and 20181114 alone on a line


def test_truncated_weekday() -> None:
    d = find_dates("2013年2月22日 星期")
    assert len(d) == 1 and d[0].text == "2013年2月22日 星期"
    assert find_dates("2013年2月22日星期天")[0].text == "2013年2月22日星期天"


def test_compact_date_line_under_headline() -> None:
    text = "\n".join([H1, "", "20240311", Q1, Q2])
    a = parse(text)
    assert a.title == H1
    assert a.published is not None and a.published.isoformat() == "2024-03-11"
    assert label_lines(text)[2] == "meta"


def test_compact_number_in_body_stays_body() -> None:
    text = "\n".join([H1, "", Q1, "編號20240311的車輛已被拖走,警方呼籲車主盡快聯絡。", Q2])
    assert parse(text).published is None


# --- closing credit lines of e-paper stories


def test_photo_credit_over_lone_date_is_credit() -> None:
    text = "\n".join([T1, "", P1, "", P2, "", "记者 林小燕摄", "", "2013年2月22日 星期五"])
    a = parse(text)
    assert a.authors == ("林小燕",)
    assert label_lines(text)[6] == "meta"


def test_photo_credit_between_captions_stays_body() -> None:
    text = "\n".join([T1, "", P1, "", "记者 林小燕摄", "", P2])
    assert label_lines(text)[4] == "body"


def test_spaced_roles_credit_line() -> None:
    c = parse_simple_byline("本报记者 林小燕 实习生 王大海")
    assert c is not None and [n for n, _ in c.authors] == ["林小燕", "王大海"]
    c = parse_simple_byline("本报记者 林小燕 本报通讯员 王大海 摄")
    assert c is not None and [n for n, _ in c.authors] == ["林小燕", "王大海"]
    text = "\n".join([P1, P2, "本报记者 林小燕 实习生 王大海"])
    assert parse(text).authors == ("林小燕", "王大海")


def test_spaced_roles_need_names_after_each_role() -> None:
    assert parse_simple_byline("本报记者 林小燕 实习生") is None
    assert parse_simple_byline("记者 今天 上午 说过") is None


def test_credit_over_site_footer_is_credit() -> None:
    text = "\n".join(
        [
            T1,
            "",
            P1,
            "",
            P2,
            "",
            "本报记者 林小燕 本报通讯员 王大海 摄",
            "",
            "关于我们 | 版权声明 | 违法和不良信息举报电话:010-00000000",
            "Copyright © 2008-2025 by www.example.cn. all rights reserved",
        ]
    )
    assert parse(text).authors == ("林小燕", "王大海")


# --- 本报讯 …… ……。(张三): the own story's closing name is its writer


def test_own_story_closing_name() -> None:
    text = "\n".join([T1, "本报讯 7月3日," + P1, P2 + " (林小燕)"])
    assert parse(text).authors == ("林小燕",)


def test_closing_name_without_own_lead_not_author() -> None:
    text = "\n".join([T1, P1, P2 + " (林小燕)"])
    assert parse(text).authors == ()


# --- Include file … is not exists!: a CMS's server-side include error


def test_missing_include_is_chrome() -> None:
    text = "\n".join([T1, P1, P2, "Include file /news/ssi/right-ads.html is not exists!"])
    assert label_lines(text)[3] == "chrome"


# --- 更新於 … • 發布於 …: the publication time, not the update


def test_published_not_updated_time() -> None:
    text = "\n".join(
        [H1, "北灣日報", "更新於 2024年03月11日18:05 • 發布於 2024年03月11日09:40", Q1, Q2]
    )
    a = parse(text)
    assert a.published is not None and a.published.isoformat() == "2024-03-11T09:40:00+08:00"


def test_update_time_alone_still_read() -> None:
    text = "\n".join([H1, "北灣日報", "更新於 2024年03月11日18:05", Q1, Q2])
    a = parse(text)
    assert a.published is not None and a.published.isoformat() == "2024-03-11T18:05:00+08:00"


# --- 某某四字 / 张三 / 2021年10月19日09:32 来源:某报: a short headline over its writer


def test_four_char_headline_over_writer_name() -> None:
    text = "\n".join(
        [
            "示例网>>示例新闻",
            "",
            "田间传艺",
            "",
            "林小燕",
            "",
            "2021年10月19日09:32  来源:青岚日报",
            "",
            P1,
            P2,
        ]
    )
    a = parse(text)
    assert a.title == "田间传艺"
    assert a.authors == ("林小燕",)


def test_two_names_over_date_no_title() -> None:
    text = "\n".join(
        ["示例网>>示例新闻", "", "王大海", "", "林小燕", "", "2021年10月19日09:32", "", P1, P2]
    )
    assert parse(text).title is None
