"""Round 25: invented examples per rule (no text from real pages), with body guards."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_credits

T1 = "青石镇开展夏季防溺水宣传"
D1 = "2023-06-12 10:20 来源:某某晚报"
P1 = "连日来,青石镇组织志愿者走进村组和学校,向群众发放防溺水宣传资料一千余份。"
P2 = "镇应急办负责人表示,下一步将在重点水域增设警示牌,并安排专人巡查。"


# --- a view counter glued after a source's value


def test_source_with_glued_blank_counter() -> None:
    art = parse("\n".join([T1, "来源:某某应急管理次浏览", P1, P2]))
    assert art.source == "某某应急管理"


def test_source_with_glued_counted_views() -> None:
    art = parse("\n".join([T1, "来源：某某日報356次閱讀", P1, P2]))
    assert art.source == "某某日報"


def test_source_counter_alone_names_no_outlet() -> None:
    c = parse_credits("来源:次浏览")
    assert c is None or c.source is None


# --- names and their role parted by a space


def test_name_space_role_credit_under_captions() -> None:
    page = "\n".join([T1, D1, "①志愿者发放宣传资料。", "钱文博 文/图", P1, P2])
    art = parse(page)
    assert list(art.authors) == ["钱文博"]
    assert label_lines(page)[3] == "meta"


def test_name_space_single_role_under_headline() -> None:
    page = "\n".join([T1, "孙晓燕 文", P1, P2])
    art = parse(page)
    assert list(art.authors) == ["孙晓燕"]
    assert label_lines(page)[1] == "meta"


def test_role_then_name_credit_closing_text() -> None:
    page = "\n".join([T1, D1, P1, P2, "文/图 周立群"])
    art = parse(page)
    assert list(art.authors) == ["周立群"]
    assert label_lines(page)[4] == "meta"


def test_two_names_space_role() -> None:
    c = parse_credits("刘海涛 陈敏 文/图")
    assert c is not None
    assert [a for a, _ in c.authors] == ["刘海涛", "陈敏"]


def test_spaced_role_needs_names() -> None:
    # a photo story's tag, a widget: no surnamed person before the role
    assert parse_credits("精彩 图文") is None
    assert parse_credits("点击 查看 图") is None


# --- an outlet, a bar, then the writer's credit


def test_outlet_bar_author_credit() -> None:
    page = "\n".join([T1, "某某社 | 作者 吴建国", P1, P2])
    art = parse(page)
    assert list(art.authors) == ["吴建国"]
    assert art.source == "某某社"
    assert label_lines(page)[1] == "meta"


def test_outlet_bar_needs_an_outlet() -> None:
    c = parse_credits("首页 | 作者 吴建国")
    assert c is None or c.source is None


# --- body guards


def test_body_sentence_with_spaced_wen_stays_body() -> None:
    page = "\n".join([T1, D1, P1, "他说 文 化是城市的灵魂,要好好传承。", P2])
    assert label_lines(page)[3] == "body"
