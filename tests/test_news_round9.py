"""Round 9: fewer invented sources and titles (all lines below are invented)."""

from __future__ import annotations

from zhnews.news import label_lines, parse

PARA1 = "青禾县水务局今天表示,今年汛期前将完成三座小型水库的除险加固工程,确保下游村庄安全度汛。"
PARA2 = "据介绍,加固工程总投资约六千万元,涉及坝体防渗、溢洪道改造和监测设施等多项内容。"


def _page(head: list[str]) -> str:
    return "\n".join([*head, "", PARA1, "", PARA2])


# --- a source is never a widget, a placeholder or the next empty label ------------------


def test_print_widget_after_the_date_is_no_source() -> None:
    a = parse(_page(["青禾水库加固工程汛前完工", "  发布时间:2023-04-12 09:30:15 打印 字号: | |"]))
    assert a.source is None
    assert a.published is not None and a.published.year == 2023


def test_report_widget_after_the_date_is_no_source() -> None:
    a = parse(_page(["青禾水库加固工程汛前完工", "", "蓝山客 ...| 2023-04-12| 檢舉"]))
    assert a.source is None


def test_unknown_source_placeholder_is_no_source() -> None:
    a = parse(_page(["青禾水库加固工程汛前完工", "时间:2023-04-12 09:30  来源:未知   作者:admin"]))
    assert a.source is None


def test_empty_source_label_does_not_take_the_next_label() -> None:
    a = parse(_page(["青禾水库加固工程汛前完工", "发布日期:2023-04-12", "信息来源: 关键词:"]))
    assert a.source is None


def test_named_source_still_read() -> None:
    a = parse(_page(["青禾水库加固工程汛前完工", "时间:2023-04-12 09:30  来源:青禾日报"]))
    assert a.source == "青禾日报"


# --- a breadcrumb ending in 正文 is chrome, not the headline -----------------------------


def test_breadcrumb_with_you_current_position_is_no_title() -> None:
    text = "\n".join(
        [
            "您当前位置:青禾新闻网 > 本地新闻 > 正文",
            "作者: 来源: 青禾日报 发表时间: 2023-04-12 09:41",
            PARA1,
            PARA2,
        ]
    )
    assert parse(text).title is None
    assert label_lines(text)[0] == "chrome"


# --- ISO 8601 timestamps keep their time and zone ----------------------------------------


def test_iso_timestamp_with_z_keeps_time_and_utc() -> None:
    a = parse(_page(["青禾水库加固工程汛前完工", "", "林青", "2024-05-06T07:08:09.123Z"]))
    assert a.published is not None
    assert a.published.isoformat() == "2024-05-06T07:08:09+00:00"


def test_iso_timestamp_with_offset() -> None:
    from zhnews.news.dates import find_dates

    d = find_dates("更新于 2024-05-06T07:08:09+09:00")[0]
    assert d.value() is not None
    assert d.value().isoformat() == "2024-05-06T07:08:09+09:00"  # type: ignore[union-attr]


# --- an e-paper page header with a lettered page and page arrows --------------------------


def test_lettered_page_header_with_arrows_is_not_the_title() -> None:
    lines = [
        "第qh05版:综合新闻 上一版 下一版  ",
        "上一篇",
        "",
        "青禾三座水库汛前完成加固",
        "",
        PARA1,
        "",
        PARA2,
    ]
    text = "\n".join(lines)
    assert parse(text).title == "青禾三座水库汛前完成加固"
    assert label_lines(text)[0] == "meta"


# --- a further-reading link at the foot of the story ---------------------------------------


def test_further_reading_link_with_headline_is_chrome() -> None:
    lines = [
        "青禾三座水库汛前完成加固",
        "2023-04-12 09:30 来源:青禾日报",
        PARA1,
        "",
        PARA2,
        "",
        "延伸阅读: 青禾水库的百年变迁",
    ]
    labels = label_lines("\n".join(lines))
    assert labels[-1] == "chrome"
    assert labels[4] == "body"


# --- a row of links over the headline is not a second headline line ------------------------


def test_link_row_over_the_headline_is_chrome() -> None:
    lines = [
        "青禾论坛首页 · 本地快讯首页 · 【简繁切换】 【读者留言:12 条】 【 热门排行 】",
        "",
        "青禾三座水库汛前完成加固(组图)",
        "",
        "新闻来源: 青禾日报 于2023-04-12 9:30:15",
        "",
        PARA1,
        "",
        PARA2,
    ]
    text = "\n".join(lines)
    assert parse(text).title == "青禾三座水库汛前完成加固(组图)"
    assert label_lines(text)[0] == "chrome"


# --- an English headline under the date on a bilingual page --------------------------------


def test_english_headline_under_the_date_line() -> None:
    lines = [
        "您现在的位置: 青禾双语网 >> 双语新闻 >> 正文",
        "",
        "更新时间:2023/4/12 9:30:15 来源:青禾日报 作者:佚名",
        "",
        "Will the Qinghe reservoirs be ready before the flood season?",
        "",
        "“We have worked day and night since March,” says an engineer at the county water bureau.",
        "",
        PARA1,
    ]
    text = "\n".join(lines)
    assert parse(text).title == "Will the Qinghe reservoirs be ready before the flood season?"
    assert label_lines(text)[4] == "title"


# --- numbered skip links over the headline ---------------------------------------------------


def test_numbered_skip_link_over_the_headline_is_chrome() -> None:
    lines = [
        "1. 跳转至内容",
        "  2. 跳转至主菜单",
        "  3. 跳转到更多青禾网站",
        "",
        "青禾三座水库汛前完成加固",
        "",
        "2023年4月12日",
        "",
        PARA1,
        "",
        PARA2,
    ]
    text = "\n".join(lines)
    assert parse(text).title == "青禾三座水库汛前完成加固"
    assert label_lines(text)[2] == "chrome"


# --- a writer's name with the work done in brackets ------------------------------------------


def test_name_with_compiled_in_brackets_is_the_author() -> None:
    lines = ["青禾三座水库汛前完成加固", "", "禾青（摘编）", "2023年4月12日", "", PARA1, "", PARA2]
    text = "\n".join(lines)
    assert parse(text).authors == ("禾青",)
    assert label_lines(text)[2] == "meta"
