"""Round 24: invented examples per rule (no text from real pages), with body guards."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_credits, parse_dateline

T1 = "柳溪镇举办秋季运动会"
D1 = "2022-10-08 09:15 来源:某某晚报"
P1 = "柳溪镇首届秋季运动会昨日开幕,来自全镇的四百余名运动员参加了田径、拔河等比赛。"
P2 = "镇文体中心负责人介绍,运动会将持续三天,闭幕当晚还将举行文艺演出。"


# --- a titled reporter and the place before 报道, opening the text


def test_titled_reporter_place_lead() -> None:
    lead = "特约记者赵明远杭州报道 在昨晚结束的联赛第五轮比赛中,主队以二比一取胜。"
    art = parse("\n".join([T1, D1, lead, P2]))
    assert list(art.authors) == ["赵明远"]
    assert art.dateline is not None
    assert (art.dateline.place, art.dateline.reporters) == ("杭州", ("赵明远",))


def test_own_reporter_place_lead() -> None:
    lead = "本报记者孙伟上海报道 昨日,某某区召开了年度工作会议。"
    art = parse("\n".join([T1, D1, lead, P2]))
    assert art.dateline is not None
    assert art.dateline.place == "上海"


def test_reporter_then_verb_is_no_place() -> None:
    d = parse_dateline("见习记者孙伟核实报道:事情发生在某某路口。")
    assert d is None or d.place != "核实"


# --- 消息 after a place written after the date


def test_place_after_date_with_news_word() -> None:
    d = parse_dateline("某某网5月9日杭州消息 日前,某某镇开展了宣传活动。")
    assert d is not None
    assert (d.agency, d.place, d.date_text) == ("某某网", "杭州", "5月9日")


def test_time_of_day_after_date_is_no_place() -> None:
    d = parse_dateline("某某网5月9日上午消息 日前,某某镇开展了宣传活动。")
    assert d is None or d.place is None


# --- a bare name closing a page of bare text


def test_closing_name_on_page_without_metadata() -> None:
    art = parse("\n".join([P1, P2[:-1] + "。(郑晓东)"]))
    assert list(art.authors) == ["郑晓东"]


def test_closing_name_under_a_headline_alone_stays_out() -> None:
    art = parse("\n".join([T1, P1, P2[:-1] + "。(郑晓东)"]))
    assert list(art.authors) == []


def test_closing_desk_on_page_without_metadata_is_no_writer() -> None:
    art = parse("\n".join([P1, P2[:-1] + "。(宣传科)"]))
    assert list(art.authors) == []


# --- names with their role after a slash


def test_postfix_roles_line() -> None:
    lines = [T1, D1, P1, P2, "吴建国/文 林小燕/图"]
    art = parse("\n".join(lines))
    assert list(art.authors) == ["吴建国", "林小燕"]
    assert label_lines("\n".join(lines))[-1] == "meta"


def test_postfix_roles_after_dash_and_desk() -> None:
    c = parse_credits("——党政办公室 吴建国/文 林小燕/图")
    assert c is not None
    assert [a for a, _ in c.authors] == ["吴建国", "林小燕"]


def test_postfix_role_needs_a_name() -> None:
    assert parse_credits("好消息/文") is None


# --- 记者 inside an outlet's name


def test_source_with_reporters_corps() -> None:
    c = parse_credits("来源:某某学院记者团")
    assert c is not None and c.source == "某某学院记者团"


def test_reporter_credit_still_read() -> None:
    c = parse_credits("某某日报驻某县记者站记者 吴建国")
    assert c is not None and [a for a, _ in c.authors] == ["吴建国"]


# --- outlet / name / place 報導, no 記者


def test_slashed_outlet_name_place_lead() -> None:
    d = parse_dateline("【某某傳媒/陳志明/高雄報導】高雄市昨日舉行活動。")
    assert d is not None
    assert (d.agency, d.place, d.reporters) == ("某某傳媒", "高雄", ("陳志明",))


def test_slashed_two_outlets_name_no_agency() -> None:
    d = parse_dateline("【某某傳媒、某某網/陳志明/高雄報導】高雄市昨日舉行活動。")
    assert d is not None
    assert (d.agency, d.place, d.reporters) == (None, "高雄", ("陳志明",))


def test_slashed_words_without_name_are_no_lead() -> None:
    d = parse_dateline("【某某傳媒/好消息/高雄報導】高雄市昨日舉行活動。")
    assert d is None or d.reporters == ()


# --- a dated lead of any outlet, reporters in brackets


def test_dated_lead_of_online_outlet_names_reporters() -> None:
    d = parse_dateline("某某在线6月2日讯(通讯员 吴建国 林小燕)日前,某某镇开展了活动。")
    assert d is not None
    assert (d.agency, d.date_text, d.reporters) == ("某某在线", "6月2日", ("吴建国", "林小燕"))


# --- a government site's section name above the headline


def test_disclosure_section_name_is_chrome() -> None:
    text = "\n".join(
        [
            "政务信息公开",
            "",
            T1,
            "",
            "发布单位:柳溪镇 发布时间: 2022-10-08 09:15 浏览次数: 字体: [ ]",
            "",
            P1,
        ]
    )
    art = parse(text)
    assert art.title == T1
    assert label_lines(text)[0] == "chrome"
