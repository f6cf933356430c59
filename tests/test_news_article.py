"""parse(): fields, roles, accounting of every line, dates, and the dev corpus when present."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhnews.news import Article, parse

PEOPLE_STYLE = "\n".join(
    [
        "人民网",
        "人民网>>观点",
        "",
        "人民日报：让乡村振兴的路越走越宽",
        "",
        "陈\u00a0\u00a0明",
        "2021年03月08日05:41 | 来源：人民网-人民日报",
        "小字号",
        "",
        "　　走进村里的合作社，新建的冷库整齐排列，村民们正忙着分拣果品。",
        "",
        "　　（作者为本报评论员）",
        "",
        "　　《 人民日报 》( 2021年03月08日 05 版)",
        "",
        "(责编：刘一、孙二)",
        "",
        "分享让更多人看到",
        "",
        "返回顶部",
    ]
)

XINHUA_STYLE = "\n".join(
    [
        "新华网  正文",
        "两国签署经贸合作协议",
        "2021-04-02 08:15:20  来源：  新华网",
        "关注新华网",
        "微信",
        "　　新华社北京4月1日电（记者 周一、吴二）两国1日在北京签署经贸合作协议，涵盖农业、能源等领域。",
        "　　根据协议，双方将在未来五年内扩大贸易规模。",
        "【纠错】",
        "责任编辑： 郑三",
        "相关新闻",
        "另一则新闻的标题",
    ]
)

LTN_STYLE = "\n".join(
    [
        "自由電子報",
        "首頁 > 社會",
        "",
        "    豪雨成災 南部多處淹水",
        "",
        "    2022/08/15 21:32 記者王大明／高雄報導",
        "    連日豪雨造成南部多處淹水，市府已開設應變中心，呼籲民眾注意安全。",
        "",
        "    氣象局表示，雨勢將持續到明天，山區可能出現土石流。",
    ]
)


def test_people_style():
    a = parse(PEOPLE_STYLE)
    assert a.title == "人民日报：让乡村振兴的路越走越宽"
    assert a.authors == ("陈明",)
    assert a.editors == ("刘一", "孙二")
    assert a.source == "人民网-人民日报"
    assert a.to_dict()["published"] == "2021-03-08T05:41:00+08:00"
    assert a.print_edition is not None and a.print_edition.to_dict() == {
        "paper": "人民日报",
        "date": "2021-03-08",
        "page": "05",
    }
    assert a.body.startswith("走进村里的合作社")
    assert "分享" not in a.body and "返回顶部" not in a.body


def test_xinhua_style_roles():
    a = parse(XINHUA_STYLE)
    assert a.title == "两国签署经贸合作协议"
    assert a.editors == ("郑三",)
    assert a.authors == ("周一", "吴二")
    assert "郑三" not in a.authors  # an editor is never an author
    assert a.dateline is not None
    assert a.dateline.to_dict() == {
        "agency": "新华社",
        "place": "北京",
        "date_text": "4月1日",
        "reporters": ["周一", "吴二"],
    }
    assert a.dateline.date == date(2021, 4, 1) and a.dateline.date_basis == "published"
    assert a.source == "新华网"
    assert "新华社北京4月1日电" in a.body  # extracted, not deleted


def test_ltn_style_traditional():
    a = parse(LTN_STYLE)
    assert a.title == "豪雨成災 南部多處淹水"
    assert a.authors == ("王大明",)
    assert (
        isinstance(a.published, datetime) and a.published.isoformat() == "2022-08-15T21:32:00+08:00"
    )
    assert a.source is None


def test_yearless_dateline_from_url():
    text = "新华社北京7月3日电（记者 张三）会议今天在京举行，与会代表就有关议题进行了讨论。"
    a = parse(text, url="http://www.xinhuanet.com/politics/2020-07/03/c_1126192612.htm")
    assert a.dateline is not None and a.dateline.date == date(2020, 7, 3)
    assert a.dateline.date_basis == "url"
    assert a.published == date(2020, 7, 3)
    assert a.published_basis is not None and "url" in a.published_basis
    b = parse(text)
    assert b.dateline is not None and b.dateline.date is None and b.published is None


def test_original_title_and_byline_roles():
    text = "\n".join(
        [
            "首页 > 财经 > 正文",
            "新能源车销量创新高",
            "2022年01月05日 10:00 来源：示例晚报",
            "　　原标题：去年新能源车销量同比翻番",
            "　　本报记者 钱五 通讯员 孙六",
            "　　记者从有关部门获悉，去年全年新能源车销量同比翻番，市场渗透率明显提升。",
            "文/钱五 图/李七",
            "责任编辑：赵八",
        ]
    )
    a = parse(text)
    assert a.original_title == "去年新能源车销量同比翻番"
    roles = dict(a.author_roles)
    assert roles["钱五"] == "本报记者" and roles["孙六"] == "通讯员" and roles["李七"] == "图"
    assert a.editors == ("赵八",)
    assert "赵八" not in a.authors


def test_naive_zone_for_overseas_outlet():
    text = "\n".join(
        [
            "一则海外新闻标题",
            "www.creaders.net | 2016-03-16 21:19:10  博讯 | 0条评论",
            "正文第一段，讲述事件经过，内容足够长以构成正文。",
        ]
    )
    a = parse(text)
    assert isinstance(a.published, datetime) and a.published.tzinfo is None
    assert a.source == "博讯"


def test_to_dict_keys_and_json():
    d = parse(PEOPLE_STYLE).to_dict()
    assert list(d) == [
        "title",
        "authors",
        "author_roles",
        "published",
        "published_text",
        "source",
        "editors",
        "print_edition",
        "dateline",
        "original_title",
        "body",
        "removed",
        "changes",
    ]
    json.dumps(d, ensure_ascii=False)


def _accounted(text: str, a: Article) -> None:
    lines = text.split("\n")
    body = a.body.split("\n") if a.body else []
    removed = {r.line for r in a.removed}
    for i, lab in enumerate(a.labels):
        if lab == "body":
            assert lines[i].strip(" \t\u00a0\u3000") in body or not lines[i].strip()
        elif lab in ("chrome",):
            assert i in removed
        elif lab == "title":
            assert i in removed or a.title is not None
    assert len(a.labels) == len(lines)


@pytest.mark.parametrize("text", [PEOPLE_STYLE, XINHUA_STYLE, LTN_STYLE])
def test_every_line_accounted_for(text):
    _accounted(text, parse(text, repair=False))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            PEOPLE_STYLE.split("\n") + XINHUA_STYLE.split("\n") + ["随机正文一句，内容。", ""]
        ),
        max_size=30,
    ).map("\n".join)
)
def test_every_line_accounted_for_shuffled(text):
    _accounted(text, parse(text, repair=False))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_parse_total(text):
    a = parse(text, repair=False)
    assert isinstance(a.to_dict(), dict)


def test_type_error():
    with pytest.raises(TypeError, match=r"zhnews\.decode"):
        parse(b"x")  # type: ignore[arg-type]


CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="development corpus not present")
def test_dev_corpus_no_body_line_lost():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from eval_corpus import evaluate

    result = evaluate(CORPUS)
    assert result["lost"] == 0
    assert result["lines_ok"] / result["lines_total"] > 0.95


# --- generalisation: sources, print editions, zones, glued pages, reviewers ---------


def test_source_line_beats_byline_outlet():
    page = "\n".join(
        [
            "首页 > 社会",
            "地铁站失物招领处一年归还上万件物品",
            "2021-06-11 15:20",
            "示例眼",
            "分享",
            "工作人员说，去年全年共接收遗失物品一万多件，其中大部分已经归还。",
            "示例晚报记者 张晓",
        ]
    )
    a = parse(page)
    assert a.authors == ("张晓",)
    assert a.source == "示例眼"  # the account by the date, not the byline's paper


def test_byline_outlet_is_the_fallback_source():
    page = "\n".join(
        [
            "首页 > 广州",
            "社区微循环公交线路开通",
            "2021-06-11",
            "市交通部门日前发布消息，新开通的社区微循环公交线路将连接多个住宅区。",
            "采写：南都记者 李海 实习生 王婷",
        ]
    )
    a = parse(page)
    assert a.source == "南方都市报" and a.authors == ("李海", "王婷")
    b = parse(page.replace("南都记者", "示例都市报记者"))
    assert b.source == "示例都市报"


def test_reviewers_are_not_editors_but_are_recorded():
    page = "\n".join(
        [
            "首页 > 股票",
            "三大指数集体收涨",
            "2021年06月11日 15:20 示例财经网",
            "　　盘面上，新能源、半导体板块涨幅居前，两市成交额连续多日突破万亿元。",
            "责任编辑：刘万里 审核：张卫东",
        ]
    )
    a = parse(page)
    assert a.editors == ("刘万里",)
    assert "张卫东" not in a.editors and "张卫东" not in a.authors
    notes = [r for r in a.removed if r.label == "meta"]
    assert len(notes) == 1 and "审核 张卫东" in notes[0].rule and notes[0].line == 4


GLUED = "\n".join(
    [
        "首页 > 本地",
        "社区图书角开放 居民家门口就能借书",
        "2021-04-23 10:00 来源：示例新闻网",
        "　　世界读书日当天，多个社区图书角正式开放，居民凭借书卡即可免费借阅。",
        "分享到：",
        "微信 微博",
        "老年大学春季班开课 报名人数创新高",
        "　　本学期老年大学共开设书法、摄影、智能手机使用等三十多门课程，报名人数增加两成。",
        "　　不少学员表示，学习智能手机课程后，网上购物和视频通话方便多了。",
        "相关新闻",
        "另一条新闻的标题",
        "再一条新闻的标题",
    ]
)


def test_glued_second_article_stays_in_the_body():
    a = parse(GLUED)
    assert a.title == "社区图书角开放 居民家门口就能借书"
    for line in GLUED.split("\n")[6:9]:
        assert line.strip("\u3000") in a.body.split("\n")
    assert a.labels[4] == a.labels[5] == "chrome"
    # a related list (headlines, no prose) is still the page's tail
    assert a.labels[9:] == ("chrome", "chrome", "chrome")
    _accounted(GLUED, a)


def test_issue_date_line_above_the_headline():
    page = "\n".join(
        [
            "您好！今天是",
            "本期報章2021年03月05日",
            "字體: 放大 還原 縮小",
            "街市翻新工程下周展開",
            "臨時攤位安排在附近空地",
            "",
            "    【特訊】市政部門表示，區內街市翻新工程將於下周展開，期間攤檔會遷往臨時攤位營業。",
        ]
    )
    a = parse(page, url="http://www.sengpou.com/news_detail.php?news_id=1")
    assert a.title == "街市翻新工程下周展開"
    assert a.published == date(2021, 3, 5)
    assert a.print_edition is not None
    assert a.print_edition.to_dict() == {"paper": "正報", "date": "2021-03-05", "page": None}
    assert a.source is None
    # without the site, the paper is unknown: no print edition is made up
    b = parse(page)
    assert b.print_edition is None and b.published == date(2021, 3, 5)


@pytest.mark.parametrize(
    ("meta", "iso", "basis"),
    [
        (
            "2020年7月3日 格林尼治标准时间 05:36",
            "2020-07-03T05:36:00+00:00",
            "written (格林尼治标准时间)",
        ),
        (
            "最后更新: 2020年7月3日 美东时间 17:36",
            "2020-07-03T17:36:00-04:00",
            "written (美东时间)",
        ),
        ("2020-07-03 13:36 来源：示例日报", "2020-07-03T13:36:00+08:00", "default +08:00"),
        (
            "2020-07-03 13:36 来源：美国之音",
            "2020-07-03T13:36:00",
            "naive: outlet outside +08:00 (美国之音)",
        ),
        ("2020-07-03 来源：示例日报", "2020-07-03", None),
    ],
)
def test_zone_decisions_are_recorded(meta, iso, basis):
    a = parse(f"一则新闻的标题在这里\n{meta}\n正文第一段，讲述事件的经过，内容足够长。")
    assert a.to_dict()["published"] == iso
    assert a.zone_basis == basis


def test_print_story_tag():
    page = "\n".join(
        [
            "每日明報 > 港聞",
            "2020年7月3日星期五",
            "舊區重建計劃再推三項目",
            "【明報專訊】市建局昨日宣布啓動三個舊區重建項目，涉及約四百個住戶。",
        ]
    )
    a = parse(page)
    assert a.title == "舊區重建計劃再推三項目"
    assert a.print_edition is not None
    assert a.print_edition.to_dict() == {"paper": "明報", "date": "2020-07-03", "page": None}
    assert "【明報專訊】" in a.body


def test_outlet_shaped_line_is_a_source_only_under_a_headline():
    body = "正文第一段，讲述事件经过，内容足够长以构成正文。"
    a = parse(f"首页 > 科技\n5G时代的物联网\n2021-06-11 15:20 来源：示例网\n{body}")
    assert (a.title, a.source) == ("5G时代的物联网", "示例网")
    b = parse(f"首页 > 科技\n一则新闻的标题写在这里\n示例都市报\n2021-06-11 15:20\n{body}")
    assert (b.title, b.source) == ("一则新闻的标题写在这里", "示例都市报")
    assert b.labels[2] == "meta"
