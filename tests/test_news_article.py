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
