"""Round 14: one invented example per cause fixed (no text from real pages)."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_credits, parse_dateline, parse_simple_byline

P1 = "今年以来，某县持续推进农村道路改造，全县新修道路一百二十公里，沿线村民出行更加方便。"
P2 = "县交通局负责人介绍，明年还将继续加大投入，力争实现所有行政村通硬化路，方便群众出行。"
P3 = "不少村民表示，路修好了，农产品运得出去，游客也走得进来，日子越过越有奔头。"


# --- body lines lost / authors never invented


def test_phrase_glued_to_reporter_word_is_not_a_byline() -> None:
    assert parse_credits("记者走访河边") is None
    assert parse_credits("记者王小明") is not None
    text = "\n".join([P1, "前几天", "记者走访河边", "看看新修的步道", P2, P3])
    a = parse(text)
    assert label_lines(text)[2] == "body"
    assert list(a.authors) == []
    assert "记者走访河边" in a.body


def test_noun_glued_to_outlet_reporter_word_is_not_a_name() -> None:
    assert parse_credits("某某台記者日記") is None


# --- authors


def test_surnamed_name_before_the_date_is_the_writer_not_the_source() -> None:
    text = "\n".join(
        ["某县启动秋季植树活动", "", "蔡小明 2023/10/08 09:15 點閱 321 次", "", P1, P2]
    )
    a = parse(text)
    assert list(a.authors) == ["蔡小明"]
    assert a.source is None
    assert a.published is not None


def test_repeated_lead_supplies_the_reporters() -> None:
    text = "\n".join(
        [
            "某县道路改造完成",
            "2023-10-08 09:15",
            "某某社南京10月7日电目前全县道路改造已经完成，沿线村民出行更加方便，负责人介绍",
            "某某社南京10月7日电(记者 何小平)记者7日从某县获悉，" + P1,
            P2,
        ]
    )
    a = parse(text)
    assert a.dateline is not None
    assert a.dateline.reporters == ("何小平",)
    assert list(a.authors) == ["何小平"]


def test_names_on_both_sides_of_the_role_word_in_a_lead() -> None:
    m = parse_dateline("某某新闻网3月2日讯(罗小刚 严小波 记者 邹小洪)" + P1)
    assert m is not None
    assert m.reporters == ("罗小刚", "严小波", "邹小洪")
    # a bracket of prose after the lead names nobody
    m2 = parse_dateline("某某新闻网3月2日讯(全县记者座谈会召开)" + P1)
    assert m2 is None or m2.reporters == ()


def test_photo_report_credit_line() -> None:
    c = parse_simple_byline("韦小雄 段小凝 摄影报道(某某图片社)")
    assert c is not None
    assert [n for n, _ in c.authors] == ["韦小雄", "段小凝"]
    c2 = parse_simple_byline("韦小雄 摄影报道")
    assert c2 is not None and [n for n, _ in c2.authors] == ["韦小雄"]


def test_spaced_role_word_in_a_closing_credit_line() -> None:
    text = "\n".join(["某县开展文明劝导活动", "2023-10-08 09:15", P1, P2, "(记 者:邓小丰 汪 洋)"])
    a = parse(text)
    assert label_lines(text)[4] == "meta"
    assert list(a.authors) == ["邓小丰", "汪洋"]


def test_closing_credit_with_desk_and_roles_in_brackets() -> None:
    last = "村民们纷纷表示，路修好了，日子越过越有奔头。(某某晚报·某某网 蒋小轩 通讯员 邱小丽)"
    text = "\n".join(["某县道路改造完成", "2023-10-08 09:15", P1, P2, last])
    assert list(parse(text).authors) == ["蒋小轩", "邱小丽"]
    desk = "活动吸引了不少群众前来观看。(县融媒体中心 韦小周)"
    assert list(parse("\n".join(["某县举办书画展", "2023-10-08 09:15", P1, desk])).authors) == [
        "韦小周"
    ]


def test_closing_photo_report_credit_names_the_photographer() -> None:
    last = "路边堆放的旧沙发与整洁的街景显得格格不入。 龚小乐 摄影报道"
    a = parse("\n".join(["街角乱堆放问题待解决", "2023-10-08 09:15", P1, P2, last]))
    assert list(a.authors) == ["龚小乐"]


def test_bare_name_or_desk_closing_the_text_is_not_an_author() -> None:
    for tail in ("(韦小周)", "(某某科)", "(县委宣传科 组织科)"):
        a = parse("\n".join(["某县举办书画展", "2023-10-08 09:15", P1, P2 + tail]))
        assert list(a.authors) == [], tail


# --- titles and sources: counters and skip links are chrome


def test_visitor_and_view_counters_are_chrome() -> None:
    for line in ("今日訪客人數:1234567", "2048觀看次", "累计访问量 99812"):
        text = "\n".join([line, "某县举办秋季运动会", "2023-10-08 09:15", P1, P2])
        labels = label_lines(text)
        assert labels[0] == "chrome", line
        a = parse(text)
        assert a.title == "某县举办秋季运动会"
        assert a.source is None


def test_skip_link_to_content_block_is_chrome() -> None:
    text = "\n".join(["跳到主要內容區塊", "", "某部例行记者会纪要", "", "發布時間:2023-03-08", P1])
    assert label_lines(text)[0] == "chrome"
    assert parse(text).title == "某部例行记者会纪要"


def test_other_layout_link_before_the_date_is_not_a_source() -> None:
    text = "\n".join(["某县晚稻喜获丰收", "", "电脑版   2023-09-05 20:15", "", P1, P2])
    a = parse(text)
    assert a.source is None
    assert a.published is not None
