"""Round 16: one invented example per cause fixed (no text from real pages)."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_credits, parse_dateline, parse_head_byline, split_names

P1 = "今年以来，某县持续推进农村道路改造，全县新修道路一百二十公里，沿线村民出行更加方便。"
P2 = "县交通局负责人介绍，明年还将继续加大投入，力争实现所有行政村通硬化路，方便群众出行。"
T1 = "某县新修农村道路一百二十公里"


# --- leads and bylines


def test_outlet_inside_ltn_brackets_is_the_agency() -> None:
    a = parse(T1 + "\n〔某某時報記者王小明／台東報導〕" + P1 + "\n" + P2)
    assert a.authors == ("王小明",)
    assert a.dateline is not None
    assert (a.dateline.agency, a.dateline.place) == ("某某時報", "台東")


def test_ltn_brackets_without_outlet_still_have_no_agency() -> None:
    a = parse(T1 + "\n〔記者王小明／台東報導〕" + P1 + "\n" + P2)
    assert a.dateline is not None
    assert (a.dateline.agency, a.dateline.place) == (None, "台東")


def test_reporter_then_place_in_brackets_spaced_or_not() -> None:
    for lead in ("【記者 吳大同 南投報導】", "【記者吳大同南投報導】"):
        a = parse(T1 + "\n" + lead + "\n" + P1 + "\n" + P2)
        assert a.title == T1, lead
        assert a.authors == ("吳大同",), lead
        assert a.dateline is not None and a.dateline.place == "南投", lead


def test_place_after_a_two_character_name_is_not_part_of_it() -> None:
    assert parse_head_byline("【記者張三南投報導】第72屆運動會開幕") == ("張三",)
    c = parse_credits("【記者張三南投報導】")
    assert c is not None and c.authors == (("張三", "记者"),)


def test_paper_and_site_joined_by_a_dash_before_xun() -> None:
    a = parse(
        T1 + "\n2025年06月07日 13:40\n某某都市报-某某网讯(记者 杨小琪 郭子明)" + P1 + "\n" + P2
    )
    assert a.authors == ("杨小琪", "郭子明")
    assert a.dateline is None  # neither place nor date before 讯


def test_unbracketed_names_after_role_words_in_a_xun_lead() -> None:
    m = parse_dateline("本报讯 记者 吴心如 通讯员 贺大胜 过去几天，我市昼夜温差较大。", ["本报"])
    assert m is not None and m.reporters == ("吴心如", "贺大胜")
    # the first word that is no name ends the credit; a lead with no words after it is none
    assert parse_dateline("本报讯 记者 吴心如", ["本报"]) is None
    assert parse_dateline("本报讯 记者 过去几天，我市昼夜温差较大。", ["本报"]) is None


def test_desk_in_a_xun_bracket_is_no_author() -> None:
    m = parse_dateline("本网讯(文/青年中心 图/张佳宁)为引导青年参与社区建设，", ["本网"])
    assert m is not None and m.reporters == ("张佳宁",)


def test_photo_report_credit_after_the_names() -> None:
    c = parse_credits("某某报记者 王大彬 浦小峰 实习生 陈婷婷 摄影报道")
    assert c is not None
    assert [n for n, _ in c.authors] == ["王大彬", "浦小峰", "陈婷婷"]
    # a bare 摄 after an outlet's reporter stays a caption's credit (read elsewhere)
    assert parse_credits("某某社记者 王丽丽 摄") is None


def test_writer_credited_as_zhuangao() -> None:
    for line in ("(撰稿:盧小群)", "撰稿：盧小群"):
        c = parse_credits(line)
        assert c is not None and c.authors == (("盧小群", "撰稿"),), line
    c = parse_credits("撰稿人：张三")
    assert c is not None and c.authors == (("张三", "撰稿人"),)


def test_copyright_notice_ending_in_she_is_no_photo_credit() -> None:
    text = "\n".join([T1, "記者王大豪/綜合報導", P1, P2, "版權所有 請勿翻攝"])
    a = parse(text)
    assert a.authors == ("王大豪",)
    assert label_lines(text)[-1] == "chrome"


def test_a_bare_kind_of_outlet_is_no_source() -> None:
    a = parse(T1 + "\n新聞通訊員 孫小苗\n" + P1 + "\n" + P2)
    assert a.authors == ("孫小苗",)
    assert a.source is None


def test_page_part_words_are_no_names() -> None:
    # 文章预览 ("article preview") opens with a surname, yet is a page's word for its part
    for word in ("文章预览", "内容提要"):
        assert split_names(word, strict=True) == [], word
    assert split_names("文章", strict=True) == ["文章"]  # a person may be called so


def test_department_credited_for_the_words() -> None:
    c = parse_credits("文:医务部")
    assert c is not None and c.authors == () and c.others == (("医务部", "文"),)
    assert parse_credits("文:今天很好。") is None


def test_label_alone_then_its_value_on_the_next_line() -> None:
    text = "\n".join([T1, "来源:", "某某援疆网", "作者:", "朱小帧", "编辑:", "沈大平", P1, P2])
    a = parse(text)
    assert (a.source, a.authors, a.editors) == ("某某援疆网", ("朱小帧",), ("沈大平",))
    assert label_lines(text)[:7] == ["title"] + ["meta"] * 6


def test_value_line_with_a_sentence_is_not_taken() -> None:
    text = "\n".join([T1, "来源:", "今天天气很好，我们去公园。", P1, P2])
    a = parse(text)
    assert a.source is None
    assert "今天天气很好，我们去公园。" in a.body


def test_paper_and_site_slash_before_a_spaced_byline() -> None:
    c = parse_credits("某州日报/某州网 记者 张大炜 通讯员 贾小鹏")
    assert c is not None
    assert [n for n, _ in c.authors] == ["张大炜", "贾小鹏"]


# --- headlines and chrome


def test_institution_name_over_the_headline_is_the_site_banner() -> None:
    text = "\n".join(
        [
            "某某大学附属某某医院",
            "",
            "服务百姓健康，我们在行动",
            "",
            "  • 文:医务部",
            "  • 日期:2017-09-12",
            P1,
            P2,
        ]
    )
    a = parse(text)
    assert a.title == "服务百姓健康，我们在行动"
    assert label_lines(text)[0] == "chrome"


def test_english_template_labels_and_back_to_top() -> None:
    text = "\n".join(
        [
            "back to top",
            "",
            T1,
            "",
            "Date:",
            "",
            "【記者 吳大同 南投報導】",
            "",
            P1,
            "",
            P2,
            "",
            P1,
            "",
            P2,
        ]
    )
    labels = label_lines(text)
    assert labels[0] == "chrome" and labels[2] == "title" and labels[4] == "meta"
    c = parse_credits("Date: 2024-01-02 10:00")
    assert c is not None and c.date is not None and c.date.year == 2024
    assert parse_credits("Update: it is done") is None


def test_generic_chrome_phrases_at_the_end() -> None:
    tail = [
        "评论一下",
        "还没有评论,快来抢沙发!",
        "我要投稿",
        "字号变大| 字号变小",
        "[an error occurred while processing the directive]",
    ]
    text = "\n".join([T1, "2024-01-02 10:00", P1, P2, *tail])
    labels = label_lines(text)
    assert labels[-len(tail) :] == ["chrome"] * len(tail)
    assert labels[2:4] == ["body", "body"]


def test_weather_headline_is_no_weather_widget() -> None:
    head = "弱冷空气携降温降雨来临 我市气温将下降3℃~5℃"
    text = "\n".join(
        [head, "本报讯 记者 吴心如 通讯员 贺大胜 过去几天，我市昼夜温差较大。", P1, P2]
    )
    assert label_lines(text)[0] == "title"
    assert parse(text).title == head
    # the widget itself stays chrome at the page's edge
    widget = "\n".join(["北京 晴 -3℃~5℃", T1, "2024-01-02 10:00", P1, P2])
    assert label_lines(widget)[0] == "chrome"


def test_site_accounts_are_no_writers() -> None:
    for line in ("作者:管理员", "作者: 系统", "作者：网站管理员"):
        c = parse_credits(line)
        assert c is not None and c.authors == (), line
    c = parse_credits("发布时间:2011年09月15日 点击: 来源: 录入者:wuzhenxia")
    assert c is not None and c.source is None and c.authors == ()
    c = parse_credits("来源:某某网 发布者:admin 作者:王小五")
    assert c is not None and c.source == "某某网" and c.authors == (("王小五", "作者"),)


def test_mobile_view_link_is_chrome_not_a_name() -> None:
    text = "\n".join([T1, "2024-01-02 10:00", P1, P2, "手机查看"])
    assert label_lines(text)[-1] == "chrome"
    assert parse(text).authors == ()


def test_a_marker_the_script_repeats_opens_the_text() -> None:
    # a TV script: 【配音】 (voice-over) and 【同期】 (sound on tape) recur through the text
    text = "\n".join(
        [T1, "【配音】", P1, "【同期】", "村民：路修好了，日子好过了。", "【配音】", P2]
    )
    labels = label_lines(text)
    assert labels[1] == "body"
    assert parse(text).body.startswith("【配音】")
