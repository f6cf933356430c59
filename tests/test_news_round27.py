"""Round 27: invented examples per rule (no text from real pages), with guards."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_credits, parse_dateline

T1 = "青石镇开展夏季防溺水安全宣传活动"
D1 = "2023-06-12 10:20 来源:某某晚报"
P1 = "6月10日上午,青石镇组织志愿者走进村庄,向村民发放防溺水宣传资料,讲解安全知识。"
P2 = "镇应急办负责人表示,下一步将在重点水域增设警示牌,并安排专人巡查。"
P3 = "活动现场,志愿者还为群众演示了溺水急救的基本方法。"


# --- site lines over the headline: the owner's line, a portal's slogan


def test_owner_line_over_headline_is_chrome() -> None:
    page = "\n".join(["中共青石县委宣传部  青石县融媒体中心  主办", T1, D1, "", P1, "", P2])
    art = parse(page)
    assert art.title == T1
    assert label_lines(page)[0] == "chrome"


def test_owner_word_in_headline_stays() -> None:
    page = "\n".join(["青石镇主办首届乡村运动会", D1, "", P1, "", P2])
    assert parse(page).title == "青石镇主办首届乡村运动会"


def test_portal_slogan_is_chrome() -> None:
    page = "\n".join(["青石地区第一门户网站--青石网", "", T1, "", D1, "", P1, "", P2])
    art = parse(page)
    assert art.title == T1
    assert label_lines(page)[0] == "chrome"


# --- a copyright statement between the paragraphs


def test_copyright_statement_is_no_title() -> None:
    page = "\n".join(
        [P1, "版权声明:本文发布于某某资讯网 内容均来源于互联网 如有侵权联系删除", P2, P3]
    )
    labels = label_lines(page)
    assert labels[1] == "chrome"
    assert parse(page).title is None


# --- a section's heading repeating the breadcrumb's last item


def test_section_heading_repeating_breadcrumb() -> None:
    page = "\n".join(
        [
            "您所在的位置:首页 - 校园新闻",
            "",
            "校园新闻",
            "",
            "我院学子在省大学生创新大赛中获佳绩",
            "",
            P1,
            "",
            P2,
        ]
    )
    art = parse(page)
    assert art.title == "我院学子在省大学生创新大赛中获佳绩"
    assert label_lines(page)[2] == "chrome"


# --- datelines: agency, a space, then the date; a paper and a place before 讯


def test_agency_space_date_dateline() -> None:
    lead = "  某某网 6月11日电 据青石县应急管理局消息,该县11日发布汛期安全提示。"
    d = parse_dateline(lead)
    assert d is not None
    assert (d.agency, d.place, d.date_text) == ("某某网", None, "6月11日")


def test_paper_place_xun_dateline() -> None:
    d = parse_dateline("青石晚报松原讯 “快来帮忙!”6月7日8时许,青石派出所接到报警。")
    assert d is not None
    assert (d.agency, d.place, d.date_text) == ("青石晚报", "松原", None)


def test_paper_site_xun_is_no_place() -> None:
    assert parse_dateline("青石晚报网讯 近日,青石派出所接到报警。") is None
    assert parse_dateline("青石日报客户端讯 近日,青石派出所接到报警。") is None


# --- outlets before the reporter's credit are no authors


def test_outlets_before_reporter_are_not_authors() -> None:
    c = parse_credits("青石晚报 青石网 青石新闻记者 钱文博")
    assert c is not None
    assert [a for a, _ in c.authors] == ["钱文博"]


def test_cowriter_before_reporter_still_author() -> None:
    c = parse_credits("孙立成 青石晚报记者 钱文博")
    assert c is not None
    assert [a for a, _ in c.authors] == ["孙立成", "钱文博"]


# --- editor credits: the value after a blank line, an outlet before the label


def test_editor_value_after_blank_with_reviewers() -> None:
    page = "\n".join([T1, D1, "", P1, "", P2, "", "责任编辑:", "", "孙立成 一审:钱文博 二审:周明"])
    art = parse(page)
    assert list(art.editors) == ["孙立成"]  # reviewers are not editors


def test_outlet_before_editor_label() -> None:
    c = parse_credits("青石新闻网 编辑:孙立成 钱文博")
    assert c is not None
    assert list(c.editors) == ["孙立成", "钱文博"]


def test_word_before_colonless_editor_is_no_credit() -> None:
    assert parse_credits("相关词:青石报 编辑推荐") is None


# --- an outlet's reporters, then 报道 and a colon, opening the text


def test_outlet_byline_lead_names_authors() -> None:
    lead = "《青石日报》、青石网 记者钱文博 通讯员孙立成 报道:6月10日,青石镇组织志愿者进村宣传。"
    d = parse_dateline(lead)
    assert d is not None
    assert d.reporters == ("钱文博", "孙立成")
    art = parse("\n".join([T1, D1, "", lead, "", P2]))
    assert list(art.authors) == ["钱文博", "孙立成"]
    assert art.dateline is None  # no place, no date


def test_desk_word_author_yields_to_lead() -> None:
    lead = "青石网 通讯员钱文博 报道:6月10日,青石镇组织志愿者进村宣传防溺水知识。"
    page = "\n".join([T1, "时间:2023-06-12 10:20来源:青石网 作者:民航", "", lead, "", P2])
    assert list(parse(page).authors) == ["钱文博"]


def test_named_author_label_kept_over_lead() -> None:
    lead = "青石网 通讯员钱文博 报道:6月10日,青石镇组织志愿者进村宣传防溺水知识。"
    page = "\n".join([T1, "时间:2023-06-12 10:20来源:青石网 作者:孙立成", "", lead, "", P2])
    assert list(parse(page).authors) == ["孙立成"]
