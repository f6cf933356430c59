"""Round 23: invented examples per rule (no text from real pages), with body guards."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_credits, taken_from

T1 = "青岚镇社区图书馆正式开放"
D1 = "2023-05-12 10:20 来源:某某网"
P1 = "青岚镇社区图书馆昨日正式开放,首批藏书两万余册,居民可凭身份证免费借阅。馆内还设有儿童阅读区。"
P2 = "镇文化站负责人介绍,图书馆每周开放六天,周末还将举办读书分享会。附近学校也将组织学生参观。"


# --- closing credits with the writers' 文/图 mark


def test_closing_team_with_text_and_photo_mark() -> None:
    last = P2[:-1] + "。(记者 王大明 通讯员 李小红 刘晓燕 文/图)"
    art = parse("\n".join([T1, D1, P1, last]))
    assert list(art.authors) == ["王大明", "李小红", "刘晓燕"]


def test_closing_bare_names_with_slash_mark() -> None:
    last = P2 + "(周建平 孙丽 /文图)"
    art = parse("\n".join([T1, D1, P1, last]))
    assert list(art.authors) == ["周建平", "孙丽"]


def test_closing_bare_names_without_mark_stay_out() -> None:
    last = P2 + "(周建平 孙丽)"
    art = parse(
        "\n".join(
            [T1, D1, P1, last, "这是一段很长的其他文字,并不是编辑的署名,而是网站的说明内容。"]
        )
    )
    assert list(art.authors) == []


# --- a comment counter after the text


def test_comment_counter_lead_is_chrome() -> None:
    text = "\n".join([T1, D1, P1, P2, "已有3人发表了评论"])
    assert label_lines(text)[-1] == "chrome"


def test_reply_form_is_chrome() -> None:
    text = "\n".join([T1, D1, P1, P2, "发表评论 取消回复"])
    assert label_lines(text)[-1] == "chrome"


# --- where the story was taken from


def test_taken_from_credit_lines() -> None:
    assert taken_from("(摘自 《某某晚报》)") == "某某晚报"
    assert taken_from("转载自某某网") == "某某网"
    assert taken_from("【选自《某某周刊》】") == "某某周刊"
    assert taken_from("摘自某某网的报道称") is None
    assert taken_from("转自朋友") is None
    c = parse_credits("(转自《某某日报》)")
    assert c is not None and c.source == "某某日报"


def test_taken_from_line_gives_source_and_bare_name_writer() -> None:
    text = "\n".join([P1, P2[:-1] + "。(赵明华)", "(摘自 《某某晚报》)"])
    art = parse(text)
    assert art.source == "某某晚报"
    assert list(art.authors) == ["赵明华"]
    assert label_lines(text)[2] == "meta"


def test_sentence_quoting_a_paper_stays_body() -> None:
    line = "这篇文章摘自《某某晚报》,讲述了图书馆的历史。"
    assert parse_credits(line) is None
    assert label_lines("\n".join([T1, D1, P1, line, P2]))[3] == "body"


# --- a closing credit broken inside its brackets


def test_split_closing_credit() -> None:
    text = "\n".join([T1, D1, P1, P2[:-1] + "。(记者", "王大明)"])
    art = parse(text)
    assert list(art.authors) == ["王大明"]
    assert label_lines(text)[-1] == "meta"


def test_split_bracket_without_role_stays_body() -> None:
    text = "\n".join([T1, D1, P1, P2[:-1] + "。(见附件", "王大明)"])
    art = parse(text)
    assert list(art.authors) == []


# --- a government site's information table


def test_information_table_rows() -> None:
    text = "\n".join(
        [
            T1,
            "",
            "索引号 : 0123456/2023-00001 文       号 :",
            "",
            "主题分类: 其他 发文单位: 某某融媒",
            "",
            "名       称: " + T1 + " 发布日期: 2023年05月12日",
            "",
            "有效性: 有效 发文日期:",
            "",
            P1,
            P2,
        ]
    )
    art = parse(text)
    assert art.source == "某某融媒"
    assert art.to_dict()["published"] == "2023-05-12"
    labels = label_lines(text)
    assert labels[2] == labels[4] == labels[6] == labels[8] == "meta"
    assert labels[10] == "body"


def test_padded_label_is_read() -> None:
    c = parse_credits("名       称: 某某通知 发布日期: 2023年05月12日")
    assert c is not None and c.date is not None


# --- a source cell without a colon next to the date


def test_source_cell_without_colon_over_title() -> None:
    text = "\n".join(
        ["动态", "发布时间 2023年05月12日", "来源 某某旅游报", "浏览量", "", T1, "", P1, P2]
    )
    art = parse(text)
    assert art.source == "某某旅游报"
    assert label_lines(text)[2] == "meta"


def test_spaced_source_needs_an_outlet() -> None:
    assert parse_credits("来源 不明的爆炸") is None
    c = parse_credits("来源 某某日报")
    assert c is not None and c.source == "某某日报"
