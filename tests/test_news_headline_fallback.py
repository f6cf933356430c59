"""The last resort for a headline: the title-like line right above the first paragraph of a
page where no other step found one (invented text only, no line from a real page)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zhnews import label_lines, parse
from zhnews.news.lines import analyse

P1 = "柳溪镇首届秋季运动会昨日开幕,来自全镇的四百余名运动员参加了田径、拔河等比赛。"
P2 = "镇文体中心负责人介绍,运动会将持续三天,闭幕当晚还将举行文艺演出。"
HEAD = "柳溪镇举办秋季运动会"
# teasers of other stories over the headline: no known chrome, too many for a page head
TEASERS = [
    "湖畔公园新增三条健身步道,市民晨练有了好去处？",
    "",
    "老街夜市周末延长营业时间 商户:客流明显回升",
    "",
    "城东新建两所幼儿园 明年秋季招生",
]


def _page(*lines: str) -> str:
    return "\n".join([*TEASERS, "", *lines])


def test_headline_over_first_paragraph() -> None:
    text = _page(HEAD, "", P1, P2)
    art = parse(text)
    assert art.title == HEAD
    labels = label_lines(text)
    assert labels[text.split("\n").index(HEAD)] == "title"
    # the lines above are left alone: never dropped on this evidence
    assert all(labels[i] in ("body", "blank") for i in range(len(TEASERS)))
    assert art.body.split("\n")[-2:] == [P1, P2]


def test_widget_and_name_between_headline_and_text() -> None:
    text = _page(HEAD, "", "阅读 2381", "", "张立新", "", P1, P2)
    lay = analyse(text)
    lines = text.split("\n")
    assert lay.labels[lines.index(HEAD)] == "title"
    assert lay.labels[lines.index("阅读 2381")] == "chrome"
    assert lay.labels[lines.index("张立新")] == "meta"
    assert parse(text).title == HEAD


def test_editors_note_heading_under_headline_is_kept() -> None:
    text = _page(HEAD, "", "编者按", "", P1, P2)
    lay = analyse(text)
    lines = text.split("\n")
    assert lay.labels[lines.index(HEAD)] == "title"
    assert lay.labels[lines.index("编者按")] == "body"


def test_verse_lines_running_into_a_heading_are_no_headline() -> None:
    verse = ["如果说温暖有颜色", "车水马龙中的荧光绿一定是其中一种", "四季交替昼夜不停"]
    text = _page(*verse, "用坚守诠释责任担当", P1, P2)
    assert parse(text).title is None
    assert "title" not in label_lines(text)


def test_numbered_item_is_no_headline() -> None:
    text = _page("1;" + HEAD, "", P1, P2)
    assert parse(text).title is None


def test_reporter_credit_is_no_headline() -> None:
    text = _page("記者王小明\\臺中報導", "", P1, P2)
    assert parse(text).title is None


def test_place_field_is_no_headline() -> None:
    text = _page("地点:胜利南路天桥下", "", P1, P2)
    assert parse(text).title is None


def test_photo_story_tag_after_headline_is_dropped() -> None:
    text = _page(HEAD + " 图文", "", P1, P2)
    assert parse(text).title == HEAD
    # a headline that only ends in the word keeps it
    assert parse(_page("乡村振兴的生动图文", "", P1, P2)).title == "乡村振兴的生动图文"


# headline words (no role word: 某某记者 alone is a credit, never a headline)
_WORDS = [
    "柳溪镇",
    "举办",
    "秋季",
    "运动会",
    "新建",
    "公园",
    "开放",
    "市民",
    "学校",
    "医院",
    "道路",
    "改造",
    "完成",
    "启动",
    "项目",
    "乡村",
    "文化节",
    "首届",
    "三条",
    "夜市",
]
_HEADS = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=8).map("".join)


@given(_HEADS)
def test_any_headline_over_text_is_found_and_no_line_lost(head: str) -> None:
    text = _page(head, "", P1, P2)
    art = parse(text)
    labels = label_lines(text)
    idx = len(TEASERS) + 1
    assert labels[idx] == "title"
    assert art.title == head
    assert P1 in art.body and P2 in art.body
    assert all(labels[i] in ("body", "blank") for i in range(len(TEASERS)))
