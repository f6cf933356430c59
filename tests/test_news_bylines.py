"""Bylines, editors, sources, print editions and datelines, simplified and traditional."""

from __future__ import annotations

import pytest

from zhnews.news.bylines import parse_credits, parse_dateline, parse_print_edition, split_names

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
def test_print_edition(line, paper, iso, page):
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
    ],
)
def test_datelines(para, agency, place, date_text, reporters):
    d = parse_dateline(para, AGENCIES)
    assert d is not None
    assert (d.agency, d.place, d.date_text, d.reporters) == (agency, place, date_text, reporters)


@pytest.mark.parametrize("para", ["今天北京7月3日的天气很好。", "他说新华社的报道很准确。"])
def test_no_dateline_in_plain_sentences(para):
    assert parse_dateline(para, AGENCIES) is None
