"""Rules added after a blind measurement on real pages (all text here is invented)."""

from __future__ import annotations

import zhnews

PROSE = "这是正文的第一段，记录了活动的经过，参加的人很多，大家都很高兴。"


def test_prose_above_byline_is_never_chrome() -> None:
    page = "\n".join(
        [
            "专题栏目标签",
            "",
            "一座小城十年的变化?当新路遇上老街",
            "",
            "小城改造用了十年，主事者说，这是第一次全面的合作，各方都很关心进度。",
            "",
            "2016年5月11日，代表团考察新修的公路和学校，与当地居民交谈。",
            "",
            "某某传媒记者 张三 李四 发自北京、上海",
            "",
            "刊登于 2018-05-13",
            "",
            "#小城十年#城市",
            "",
            PROSE,
        ]
    )
    labels = zhnews.label_lines(page)
    assert labels[4] == "body" and labels[6] == "body"
    art = zhnews.parse(page)
    assert list(art.authors) == ["张三", "李四"]
    assert art.source != "刊登于"


def test_date_as_subject_of_a_sentence_is_not_the_publication_date() -> None:
    page = "\n".join(
        [
            "您对本台开播二十年有何感想",
            "",
            "2001年5月4日是本台开播二十周年的日子",
            "",
            PROSE,
        ]
    )
    art = zhnews.parse(page)
    assert art.published is None
    assert zhnews.label_lines(page)[2] == "body"


def test_headline_on_the_first_line_without_chrome() -> None:
    page = "\n".join(["小城举办春季运动会", PROSE, PROSE])
    assert zhnews.parse(page).title == "小城举办春季运动会"
    assert zhnews.label_lines(page)[0] == "title"


def test_first_line_exclamation_or_caption_is_not_a_headline() -> None:
    for first in ("Stories of the week，欢迎来到本栏目！", "小城街头发生车辆起火事件(网络图片)"):
        page = "\n".join([first, PROSE, PROSE])
        assert zhnews.parse(page).title is None
        assert zhnews.label_lines(page)[0] == "body"


def test_full_stop_inside_a_quotation_in_a_headline() -> None:
    page = "\n".join(
        ["站点导航", "", "「做记者最大的收获。」那些年的新闻人", "", "2020-10-08", PROSE]
    )
    art = zhnews.parse(page)
    assert art.title == "「做记者最大的收获。」那些年的新闻人"
    assert str(art.published) == "2020-10-08"
