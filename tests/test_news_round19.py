"""Round 19: invented examples per rule (no text from real pages), with body guards."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news._text import fold
from zhnews.news.bylines import parse_credits

T1 = "鳳溪隊雨中逆轉 球迷徹夜不散"
P1 = "昨天鳳溪隊在北港球場迎戰山城隊，比賽因雨中斷兩次，許多球迷仍撐傘留在看台上加油。"
P2 = "鳳溪隊總教練賽後表示，球員在逆境中沒有放棄，這場勝利要獻給一路支持的球迷朋友。"
S1 = "今年以来，某县持续推进农村道路改造，全县新修道路一百二十公里，沿线村民出行更加方便。"
S2 = "县交通局负责人介绍，明年还将继续加大投入，力争实现所有行政村通硬化路，方便群众出行。"


# --- 【某報╱記者張三/某地報導】: the box-drawing diagonal folds to a slash


def test_box_diagonal_folds_to_slash() -> None:
    assert fold("某報╱記者") == "某报/记者"


def test_paper_slash_reporter_bracket_lead() -> None:
    text = "\n".join([T1, "【北港日報╱記者丘曉雯/北港報導】", P1, P2])
    a = parse(text)
    assert a.authors == ("丘曉雯",)
    assert a.dateline is not None
    assert a.dateline.agency == "北港日報"
    assert a.dateline.place == "北港"
    assert label_lines(text)[1] == "meta"


def test_paper_slash_reporter_unbracketed_credit() -> None:
    c = parse_credits("北港日報/記者丘曉雯/北港報導")
    assert c is not None and [n for n, _ in c.authors] == ["丘曉雯"]


def test_slash_in_body_sentence_stays_body() -> None:
    line = "北港日報/記者會上,縣長說明了球場整修的進度,預計明年完工。"
    text = "\n".join([T1, P1, line, P2])
    assert label_lines(text)[2] == "body"
    assert parse(text).authors == ()


# --- 《某某週刊》記者 張三 北京報導: a publication in title marks before 記者


def test_titled_outlet_reporter_line() -> None:
    text = "\n".join([T1, "", "《灣岸週刊》記者 葉明遠 北京報導", "", P1, "", P2])
    a = parse(text)
    assert a.authors == ("葉明遠",)
    assert label_lines(text)[2] == "meta"


def test_titled_work_in_body_stays_body() -> None:
    line = "《灣岸週刊》記者會上公布的數據顯示,球場觀眾人數比去年增加了三成。"
    text = "\n".join([T1, "", P1, "", line, "", P2])
    assert label_lines(text)[4] == "body"
    assert parse(text).authors == ()


# --- BBS footer: signature dashes, 發信站 and From lines


def test_bbs_footer_is_chrome() -> None:
    text = "\n".join(
        [
            T1,
            "記者葉明遠/北港報導",
            P1,
            P2,
            "--",
            "※ 發信站: 某某實業坊(bbs.example.tw)",
            "◆ From: 10.1.2.3",
        ]
    )
    labels = label_lines(text)
    assert labels[4:7] == ["chrome", "chrome", "chrome"]
    assert labels[2:4] == ["body", "body"]


def test_from_in_body_stays_body() -> None:
    line = "From: 這是球迷寫給球隊的一封信,信中感謝球員整個賽季的努力與付出。"
    text = "\n".join([T1, P1, line, P2])
    assert label_lines(text)[2] == "body"


# --- a related-headlines list after the end marker is no second article


def test_related_headlines_after_marker_are_chrome() -> None:
    text = "\n".join(
        [
            "首頁 -> 體育",
            T1,
            P1,
            P2,
            "視頻更 多",
            "山城隊新球場動工 “北港之星”負責人:希望為球迷和孩子們建一個真正溫暖的家",
            "若雨天比賽延長,球場排水能發揮什麼作用?",
            "鳳溪隊明年主場票價會調整嗎?",
            "球季開打 各隊教練這次說得比較清楚?",
        ]
    )
    labels = label_lines(text)
    assert labels[5:9] == ["chrome"] * 4
    assert labels[2:4] == ["body", "body"]


def test_glued_second_article_after_marker_stays_body() -> None:
    text = "\n".join(
        [
            T1,
            P1,
            P2,
            "視頻更 多",
            "山城隊新球場動工",
            "山城隊新球場昨天正式動工，預計兩年後完工，可容納三萬名觀眾。",
            "球隊負責人表示，新球場將設置更多無障礙座位，方便行動不便的球迷。",
        ]
    )
    labels = label_lines(text)
    assert labels[5:7] == ["body", "body"]


# --- a share widget glued after a headline's closing quote


def test_share_widget_after_closing_quote() -> None:
    text = "\n".join(["首頁 -> 頭條", "北港上演“雙城市長對決”分享到:", "北港社5月2日電 " + P1, P2])
    a = parse(text)
    assert a.title == "北港上演“雙城市長對決”"
    assert label_lines(text)[1] == "title"


# --- a short headline closed by a full stop, the page's first line over its date


def test_closed_headline_over_date_line() -> None:
    text = "\n".join(["某某之家,告别篇。", "", "2012/6/1 10:30:00    编辑:小林", "", S1, "", S2])
    a = parse(text)
    assert a.title == "某某之家,告别篇。"
    assert label_lines(text)[0] == "title"


def test_sentence_above_date_line_in_body_stays_body() -> None:
    # not the page's first line: a closing sentence over a date is the text's own
    text = "\n".join(
        [
            "某县新修农村道路一百二十公里",
            "",
            S1,
            "",
            "工程已经完工。",
            "",
            "2012/6/1 10:30:00",
            "",
            S2,
        ]
    )
    labels = label_lines(text)
    assert labels[4] == "body"
    assert parse(text).title == "某县新修农村道路一百二十公里"


# --- page prompts: next story, scroll for more, a content farm's editor intro


def test_next_story_prompt_ends_the_article() -> None:
    text = "\n".join(
        [
            S1,
            "县交通局负责人介绍，明年还将继续加大投入，力争实现所有行政村通硬化路。(北港社)",
            "",
            "点击阅读下一则新闻 点击阅读下一则新闻",
            "",
            "现场画面曝光!某县客车侧翻增至12人送医 公司紧急回应",
        ]
    )
    labels = label_lines(text)
    assert labels[3] == "chrome" and labels[5] == "chrome"
    assert labels[0:2] == ["body", "body"]


def test_scroll_for_more_is_chrome() -> None:
    text = "\n".join([T1, P1, P2, "", "往下看更多文章"])
    assert label_lines(text)[4] == "chrome"


def test_editor_shares_intro_is_chrome() -> None:
    intro = "今天，某某资讯网小编给大家分享来自某某日报的《夜市里的新花样》，希望大家喜欢。"
    text = "\n".join(["夜市里的新花样", "时间:2022-08-20 21:31:44来源:某某日报", intro, S1, S2])
    labels = label_lines(text)
    assert labels[2] == "chrome"
    assert labels[3:5] == ["body", "body"]


def test_sentence_about_editors_sharing_stays_body() -> None:
    line = "报社编辑给大家分享了采访中的见闻，现场读者纷纷表示希望明年还能参加这样的活动。"
    text = "\n".join(["夜市里的新花样", S1, line, S2])
    assert label_lines(text)[2] == "body"
