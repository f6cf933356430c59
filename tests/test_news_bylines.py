"""Bylines, editors, sources, print editions and datelines, simplified and traditional."""

from __future__ import annotations

import pytest

from zhnews.news.bylines import (
    parse_credits,
    parse_dateline,
    parse_head_byline,
    parse_print_edition,
    parse_print_tag,
    split_names,
)

AGENCIES = ["新华社", "中新社", "中新网", "中央社", "本报"]


@pytest.mark.parametrize(
    ("line", "authors", "editors", "source"),
    [
        ("本报记者 张三", [("张三", "本报记者")], [], None),
        ("記者 張三 李四", [("張三", "记者"), ("李四", "记者")], [], None),
        ("作者：王小明", [("王小明", "作者")], [], None),
        ("文/张三 图/李四", [("张三", "文"), ("李四", "图")], [], None),
        ("(责编：白宇、董晓伟)", [], ["白宇", "董晓伟"], None),
        ("(責編:白宇、董曉偉)", [], ["白宇", "董曉偉"], None),
        ("责任编辑：王五", [], ["王五"], None),
        ("[責任編輯：韓保林 PK155]", [], ["韓保林"], None),
        ("编辑 李 扬", [], ["李扬"], None),
        ("来源：人民网-人民日报", [], [], "人民网-人民日报"),
        ("稿源：新华网", [], [], "新华网"),
        ("2020-07-03 05:36 来源：本报 作者：赵六", [("赵六", "作者")], [], "本报"),
        (
            "每经记者 李娜 王海慜 每经编辑 彭水萍",
            [("李娜", "记者"), ("王海慜", "记者")],
            ["彭水萍"],
            None,
        ),
        ("通讯员 周七", [("周七", "通讯员")], [], None),
        (
            "扬子晚报/紫牛新闻记者 周明 通讯员 宁宣",
            [("周明", "记者"), ("宁宣", "通讯员")],
            [],
            None,
        ),
        ("南方都市报记者 李振 实习生 王晴", [("李振", "记者"), ("王晴", "实习生")], [], None),
        ("21世纪经济报道记者 王川 北京报道", [("王川", "记者")], [], None),
        ("界面新闻记者 | 徐然", [("徐然", "记者")], [], None),
        ("本文来源：示例日报客户端 作者：李轩", [("李轩", "作者")], [], "示例日报客户端"),
        ("本文转自：示例青年网", [], [], "示例青年网"),
        ("来源: 示例晚报", [], [], "示例晚报"),
        ("文章来源：示例网", [], [], "示例网"),
        ("出处：示例周刊", [], [], "示例周刊"),
        ("责任编辑：王雅_NBJ1234", [], ["王雅"], None),
        ("（編輯：李大同）1090703", [], ["李大同"], None),
        ("文 / 林涵", [("林涵", "文")], [], None),
        ("责任编辑：刘里 审核：张东", [], ["刘里"], None),
    ],
)
def test_credit_lines(line, authors, editors, source):
    c = parse_credits(line)
    assert c is not None
    assert list(c.authors) == authors
    assert list(c.editors) == editors
    assert c.source == source


@pytest.mark.parametrize(
    "line",
    [
        "他对记者说，今年的收成不错。",
        "记者在现场看到，工人们正在作业。",
        "编辑部收到了很多读者来信。",
        "2019年06月15日08:18  来源：人民网-文化频道",  # not a credit-free sentence: parsed, but no names
    ],
)
def test_sentences_are_not_bylines(line):
    c = parse_credits(line)
    assert c is None or (not c.authors and not c.editors)


def test_editor_is_never_author():
    c = parse_credits("记者 张三 责任编辑：李四")
    assert c is not None
    assert [a for a, _ in c.authors] == ["张三"]
    assert list(c.editors) == ["李四"]


def test_names_padding():
    assert split_names("松\u00a0\u00a0澤") == ["松澤"]
    assert split_names("陈智 整合") == ["陈智"]


@pytest.mark.parametrize(
    ("line", "paper", "iso", "page"),
    [
        ("《 人民日报 》( 2020年07月03日 05 版)", "人民日报", "2020-07-03", "05"),
        ("《 人民日報 》（ 2019年11月01日 01 版）", "人民日報", "2019-11-01", "01"),
    ],
)
def test_print_edition_people(line, paper, iso, page):
    p = parse_print_edition(line)
    assert p is not None and p.paper == paper and p.page == page
    assert p.date is not None and p.date.value().isoformat() == iso


@pytest.mark.parametrize(
    ("para", "agency", "place", "date_text", "reporters"),
    [
        (
            "新华社北京7月3日电(记者 张三、李四)今天上午……",
            "新华社",
            "北京",
            "7月3日",
            ("张三", "李四"),
        ),
        ("中新网北京7月3日电 (记者 王曦)据了解……", "中新网", "北京", "7月3日", ("王曦",)),
        ("本报北京7月2日电 昨天……", "本报", "北京", "7月2日", ()),
        ("(中央社記者張三台北3日電)行政院……", "中央社", "台北", "3日", ("張三",)),
        ("【記者張三／台北報導】市府今天……", None, "台北", None, ("張三",)),
        ("中新社北京九月二十七日電 題:記者團", "中新社", "北京", "九月二十七日", ()),
        ("新華社巴黎12月9日電（記者唐霽）法國……", "新華社", "巴黎", "12月9日", ("唐霽",)),
        ("新京报讯（记者 赵敏）记者从……", "新京报", None, None, ("赵敏",)),
        ("香港文匯報訊（記者 李明輝）政府……", "香港文匯報", None, None, ("李明輝",)),
        ("本报讯（记者 张三 通讯员 李四）近日……", "本报", None, None, ("张三", "李四")),
        ("〔記者林美玲／台北報導〕氣象局……", None, "台北", None, ("林美玲",)),
        ("示例网时刻新闻3月5日讯（记者 易佳）5日起……", "示例网时刻新闻", None, "3月5日", ("易佳",)),
        (
            "示例日报客户端讯（示例报·示例网记者 周婷 见习记者 韩雪）近日……",
            "示例日报客户端",
            None,
            None,
            ("周婷", "韩雪"),
        ),
        ("【大公報訊】記者張明報道：特區政府……", "大公報", None, None, ("張明",)),
        ("央视网消息（记者 张三）：今天……", "央视网", None, None, ("张三",)),
        ("（吉隆坡5日訊）市政局宣布……", None, "吉隆坡", "5日", ()),
    ],
)
def test_datelines(para, agency, place, date_text, reporters):
    d = parse_dateline(para, AGENCIES)
    assert d is not None
    assert (d.agency, d.place, d.date_text, d.reporters) == (agency, place, date_text, reporters)


@pytest.mark.parametrize(
    "para",
    [
        "今天北京7月3日的天气很好。",
        "他说新华社的报道很准确。",
        "据新京报讯，某地发生一起事故。",
        "央视网消息（新闻联播）：记者今天获悉……",
    ],
)
def test_no_dateline_in_plain_sentences(para):
    assert parse_dateline(para, AGENCIES) is None


@pytest.mark.parametrize(
    ("line", "paper", "iso", "page"),
    [
        ("《光明日报》（2020年07月03日 05版）", "光明日报", "2020-07-03", "05"),
        ("来源：解放日报 2020-07-03 第2版", "解放日报", "2020-07-03", "2"),
        ("来源：解放日报 2020-07-03 第2版 作者：周若", "解放日报", "2020-07-03", "2"),
        ("本文刊登于《示例日报》2020年7月3日A4版", "示例日报", "2020-07-03", "A4"),
        ("（刊於2020年7月3日 澳門日報 A3版）", "澳門日報", "2020-07-03", "A3"),
        ("（来源：北京日报 2021年10月08日 第5版）", "北京日报", "2021-10-08", "5"),
        ("原载于《示例晚报》2021年1月2日", "示例晚报", "2021-01-02", None),
        ("當前報章2022年02月16日", None, "2022-02-16", None),
    ],
)
def test_print_edition_other_papers(line, paper, iso, page):
    p = parse_print_edition(line)
    assert p is not None and p.paper == paper and p.page == page
    assert p.date is not None and p.date.value().isoformat() == iso


@pytest.mark.parametrize(
    "line",
    [
        "来源：人民日报",
        "《人民日报》2020年7月3日发表评论员文章。",
        "第五版",
        "报纸上刊登了一则寻人启事，引起很多读者关注。",
        "来源：解放日报 2020-07-03 第2版，记者在现场看到了很多人。",
    ],
)
def test_not_print_editions(line):
    assert parse_print_edition(line) is None


def test_print_tag_and_head_byline():
    assert parse_print_tag("【明報專訊】市建局昨日宣布……") == "明報"
    assert parse_print_tag("【特訊】行政長官表示……") is None
    assert parse_head_byline("【环球网报道 记者 陈一帆】据报道……") == ("陈一帆",)
    assert parse_head_byline("【环球时报记者 孙方 陈一】据报道……") == ("孙方", "陈一")
    assert parse_head_byline("【图片新闻】今天……") == ()


def test_reporter_org_and_other_roles():
    c = parse_credits("采写：南都记者 余一 向二")
    assert c is not None and c.org == "南都"
    c = parse_credits("封面新聞記者 喻言")
    assert c is not None and c.org == "封面新聞"  # as written, not folded
    assert parse_credits("本报记者 张三").org is None  # 本报: the page's own paper
    c = parse_credits("责任编辑：刘里 审核：张东 校对：王西")
    assert c is not None and c.editors == ("刘里",)
    assert c.others == (("张东", "审核"), ("王西", "校对"))


@pytest.mark.parametrize(
    ("line", "authors", "editors", "org"),
    [
        (
            "示例新闻客户端 记者 沈洁 通讯员 丁一",
            [("沈洁", "记者"), ("丁一", "通讯员")],
            [],
            "示例新闻客户端",
        ),
        ("南方+ 记者 何雯 实习生 王可", [("何雯", "记者"), ("王可", "实习生")], [], "南方+"),
        ("作者：钱伟（作者系某大学教授）", [("钱伟", "作者")], [], None),
        ("作者 李然 / 责编 王力", [("李然", "作者")], ["王力"], None),
        ("责编 王燕 | 编审 周平", [], ["王燕", "周平"], None),
        ("示例晚报·小时新闻记者 高立", [("高立", "记者")], [], "示例晚报·小时新闻"),
    ],
)
def test_outlet_before_byline_and_direct_roles(line, authors, editors, org):
    c = parse_credits(line)
    assert c is not None
    assert (list(c.authors), list(c.editors), c.org) == (authors, editors, org)


@pytest.mark.parametrize("line", ["作者认为这是好事", "作者 说今天的天气很好，大家都出门了"])
def test_author_word_in_prose_is_not_a_byline(line):
    c = parse_credits(line)
    assert c is None or not c.authors
