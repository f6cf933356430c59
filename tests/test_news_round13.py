"""Round 13: one invented example per cause fixed (no text from real pages)."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_credits, parse_dateline, parse_print_edition

P1 = "今年以来，某县持续推进农村道路改造，全县新修道路一百二十公里，沿线村民出行更加方便。"
P2 = "县交通局负责人介绍，明年还将继续加大投入，力争实现所有行政村通硬化路，方便群众出行。"
P3 = "不少村民表示，路修好了，农产品运得出去，游客也走得进来，日子越过越有奔头。"


# --- body lines lost


def test_editors_note_heading_under_the_headline_stays_body() -> None:
    text = "\n".join(["某县青年志愿服务队走进乡村", "编者按", P1, P2])
    labels = label_lines(text)
    assert labels[0] == "title"
    assert labels[1] == "body"
    assert "编者按" in parse(text).body


def test_photographer_credit_between_captions_is_body_not_author() -> None:
    text = "\n".join(
        [
            "金秋丰收图景",
            "2023年10月20日 09:00",
            "10月18日，某村村民正在采摘成熟的苹果。近年来，该村大力发展果品产业。",
            "本报记者 王某某摄(某某视觉)",
            "10月19日，某镇农民在田间晾晒稻谷。时下当地正值晚稻丰收季。",
        ]
    )
    a = parse(text)
    assert a.labels[3] == "body"
    assert "王某某" not in a.authors


def test_photo_source_note_is_not_a_title() -> None:
    text = "\n".join(["相片來源:某某新聞網", P1, P2, P3])
    a = parse(text)
    assert a.title is None
    assert a.labels[0] == "body"


def test_caption_list_written_to_one_pattern_is_not_a_title() -> None:
    rows = [
        "新华社某某一行在东湖广场实地察看,市委副部长钱某某,县领导孙某陪同调研",
        "新华社某某一行在西山公园实地察看,市委副部长钱某某,县领导孙某陪同调研",
        "新华社某某一行在南街社区实地察看,市委副部长钱某某,县领导孙某陪同调研",
        "新华社记者周某采访工厂工人李某",
        "示例网讯(记者 曹某)日前,新华社某分社记者一行二人来县采访报道城乡建设情况。县委常委出席。",
    ]
    a = parse("\n".join(rows))
    assert a.title is None
    assert a.labels[0] == "body"


# --- datelines (round 13 convention: a place or a date before 讯/电/报导)


def test_outlet_credit_without_place_or_date_is_no_dateline() -> None:
    a = parse("\n".join(["某县新修道路一百二十公里", f"本报讯(记者 周某某){P1}", P2]))
    assert a.dateline is None
    assert a.authors == ("周某某",)
    b = parse("\n".join(["某县新修道路一百二十公里", f"示例网讯 11月19日,{P1}", P2]))
    assert b.dateline is None


def test_place_tag_is_a_dateline_but_a_paper_tag_is_not() -> None:
    m = parse_dateline("【臺南訊】臺南市政府今日宣布")
    assert m is not None and m.place == "臺南" and m.agency is None
    assert parse_dateline("【某報專訊】今日") is None
    assert parse_dateline("【本報訊】今日") is None


def test_reporter_and_place_lead_without_slash() -> None:
    m = parse_dateline("【記者陳某明高雄報導】高雄市政府今日公布")
    assert m is not None and (m.place, m.reporters) == ("高雄", ("陳某明",))
    m2 = parse_dateline("记者刘某成都报道 比赛最后时刻")
    assert m2 is not None and (m2.place, m2.reporters) == ("成都", ("刘某",))
    assert parse_dateline("记者刘某综合报道 比赛最后时刻") is None


def test_wire_special_dispatch_and_wire_after_an_outlet_tag() -> None:
    ag = ["中央社"]
    m = parse_dateline("(中央社記者林某某首爾8日專電)南韓今天", ag)
    assert m is not None and (m.place, m.date_text, m.reporters) == ("首爾", "8日", ("林某某",))
    m2 = parse_dateline("【某报3月2日报导】(中央社记者王某某台东县二日电)县府今天", ag)
    assert m2 is not None and m2.agency == "中央社"
    assert (m2.place, m2.reporters) == ("台东县", ("王某某",))


# --- e-paper pages: print edition and the headline under the page header


def test_page_header_variants() -> None:
    p = parse_print_edition("第05版:要闻综合 PDF版阅读")
    assert p is not None and p.page == "05"
    p = parse_print_edition("当前版: 07版 上一版  下一版")
    assert p is not None and p.page == "07"
    p = parse_print_edition("2021年05月06日 第B02版")
    assert p is not None and p.page == "B02" and p.date is not None
    p = parse_print_edition("B3:综合*新闻总第1234期 >2019-04-02编印")
    assert p is not None and p.page == "B3"
    assert parse_print_edition("第01版") is None


def test_e_paper_page_gives_print_edition_with_none_parts() -> None:
    text = "\n".join(
        ["2021年05月06日", "第B02版:城市·民生", "", "某县新修道路一百二十公里", P1, P2]
    )
    a = parse(text)
    assert a.print_edition is not None
    assert a.print_edition.to_dict() == {"paper": None, "date": "2021-05-06", "page": "B02"}
    assert a.title == "某县新修道路一百二十公里"


def test_list_of_the_issue_pages_is_not_the_page() -> None:
    menu = ["第01版:要闻", "第02版:要闻", "第03版:城事", "第04版:社会"]
    text = "\n".join(["某县新修道路一百二十公里", "2021-05-06 08:00", P1, P2, P3, *menu])
    assert parse(text).print_edition is None


def test_headline_under_page_header_and_empty_label() -> None:
    text = "\n".join(["展开通版", "当前版:06版", "发布日期:", "路灯“罢工”谁来管", P1, P2])
    a = parse(text)
    assert a.title == "路灯“罢工”谁来管"
    assert a.print_edition is not None and a.print_edition.page == "06"


# --- chrome chosen as a title


def test_chrome_lines_over_the_headline_are_not_titles() -> None:
    for chrome in (
        "返回示例网首页 | 版面导航 | 标题导航",
        "本文不提供二次转载",
        "05/06 週四 某縣|15°C - 26°C",
        "您好,欢迎来到示例信息网!欢迎发布信息",
    ):
        text = "\n".join([chrome, "", "某县新修道路一百二十公里", "2021-05-06 08:00", P1, P2])
        a = parse(text)
        assert a.title == "某县新修道路一百二十公里", chrome
        assert a.labels[0] == "chrome", chrome


def test_desk_credit_is_metadata_not_a_title() -> None:
    text = "\n".join(["社會中心/綜合報導", P1, P2, P3])
    a = parse(text)
    assert a.title is None
    assert a.labels[0] == "meta"
    assert any(r.line == 0 for r in a.removed)
    c = parse_credits("社會中心/綜合報導-2019-05-06 10:20:30")
    assert c is not None and c.date is not None and c.date.year == 2019


# --- authors and sources


def test_value_then_label_credits() -> None:
    text = "\n".join(
        ["某县新修道路一百二十公里", "", "示例观察 | 来源", "", "赵某 | 作者", "", P1, P2]
    )
    a = parse(text)
    assert a.title == "某县新修道路一百二十公里"
    assert a.source == "示例观察"
    assert a.authors == ("赵某",)


def test_source_stops_at_a_read_counter() -> None:
    c = parse_credits("来源:示例网阅读量:12342024-01-06 11:27:51")
    assert c is not None and c.source == "示例网"
    assert c.date is not None and (c.date.year, c.date.hour) == (2024, 11)


def test_latin_name_and_joint_roles() -> None:
    c = parse_credits("作者:Mary K Lee")
    assert c is not None and c.authors == (("Mary K Lee", "作者"),)
    c = parse_credits("文、攝:Tom Wong")
    assert c is not None and [n for n, _ in c.authors] == ["Tom Wong"]
    c = parse_credits("採訪、攝影:林某某")
    assert c is not None and [n for n, _ in c.authors] == ["林某某"]


# --- titles under section names and repeated captions


def test_caption_set_twice_above_the_headline_counts_once() -> None:
    cap = "嘉宾在某会馆举办新春团拜晚宴上合影留念,现场气氛热烈,宾主共祝新春快乐,欢聚一堂。"
    text = "\n".join(
        [cap, cap, "", "某会馆办新春团拜 共叙乡情", "", "Published at Mar 6, 2024 10:15 am", P1, P2]
    )
    a = parse(text)
    assert a.title == "某会馆办新春团拜 共叙乡情"
    assert a.published is not None and a.published.isoformat().startswith("2024-03-06T10:15")


def test_section_name_over_the_date_headline_under_it() -> None:
    text = "\n".join(
        [
            "新闻与活动",
            "",
            "2024年01月13日",
            "某某会见获奖代表 盼共同打造更具韧性的防灾体系",
            P1,
            P2,
        ]
    )
    a = parse(text)
    assert a.title == "某某会见获奖代表 盼共同打造更具韧性的防灾体系"


def test_kind_of_reporter_set_apart_from_the_role_word() -> None:
    c = parse_credits("■摄影 记者 孙某某")
    assert c is not None and [n for n, _ in c.authors] == ["孙某某"]
    c = parse_credits("■ 本版摄影 记者 钱某 赵某某")
    assert c is not None and [n for n, _ in c.authors] == ["钱某", "赵某某"]


def test_outlet_lead_with_bare_names_and_roles_in_brackets() -> None:
    m = parse_dateline("本网讯(吴某某 通讯员 郑某)10月30日,全县召开会议")
    assert m is not None and m.reporters == ("吴某某", "郑某")
    assert m.place is None and m.date_text is None  # a credit, no dateline
    a = parse(
        "\n".join(["某县召开安全生产会议", "本网讯(吴某某 通讯员 郑某)10月30日,全县召开会议。", P1])
    )
    assert a.dateline is None and a.authors == ("吴某某", "郑某")


def test_department_is_not_a_person() -> None:
    c = parse_credits("策划:摄影美术部")
    assert c is None or not c.authors
    c = parse_credits("生活中心/高雄報導")
    assert c is not None and not c.authors and c.others == (("生活中心", "报导"),)


def test_report_credit_without_a_writer_under_the_headline() -> None:
    text = "\n".join(["某大學70週年校慶 師生校友齊聚", "", "綜合報導  / 高雄市", "", P1, P2])
    a = parse(text)
    assert a.title == "某大學70週年校慶 師生校友齊聚"
    assert a.labels[2] == "meta"


def test_page_header_between_widgets_over_the_headline() -> None:
    rows = ["往期阅读", "当前版: 11版 上一版  下一版", "上一篇    下一篇", "放大 缩小 默认", ""]
    a = parse("\n".join([*rows, "车棚清出杂物 居民心里敞亮了", "", P1, P2]))
    assert a.title == "车棚清出杂物 居民心里敞亮了"
    assert a.print_edition is not None and a.print_edition.page == "11"


def test_date_and_page_header_over_the_headline() -> None:
    p1 = "“春风十里,山花烂漫。”某地的春天,总让人想起古人的游记,山光水色,俱有喜态,引得游人纷至沓来。"
    p2 = "从读万卷书到行万里路,从健康生活到欢乐旅游,人们对美好生活的向往,在山水之间得到回应。"
    a = parse(
        "\n".join(["2021年05月06日", "第07版:某某报07版", "", "山色入怀 俱有喜态", "", p1, "", p2])
    )
    assert a.title == "山色入怀 俱有喜态"
    assert a.labels[:2] == ("meta", "meta")


def test_bracketed_source_closing_a_paragraph_before_the_last() -> None:
    text = "\n".join(
        [
            "某市选手获省运会单打冠军",
            f"{P1}(来源:示例体育)",
            "审核:钱某",
            "8月21日,某市乒乓球运动员在省运会男子单打决赛中以4比1获胜,为代表团再添一枚金牌。",
        ]
    )
    assert parse(text).source == "示例体育"


def test_bracketed_reporter_and_place_without_report_word() -> None:
    m = parse_dateline("【記者陳某某/高雄】氣象局今晨表示")
    assert m is not None and (m.place, m.reporters) == ("高雄", ("陳某某",))
    # 綜合報導 names no place: the reporter is credited, no dateline
    a = parse("\n".join(["颱風今晚登陸 各地嚴陣以待", f"【記者陳某某/綜合報導】{P1}", P2]))
    assert a.dateline is None and a.authors == ("陳某某",)
