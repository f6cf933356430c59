"""Round 26: invented examples per rule (no text from real pages), with guards."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_credits, parse_dateline

T1 = "青石镇开展夏季防溺水宣传"
D1 = "2023-06-12 10:20 来源:某某晚报"
P2 = "镇应急办负责人表示,下一步将在重点水域增设警示牌,并安排专人巡查。"
P3 = "活动现场,志愿者还为群众演示了溺水急救的基本方法。"


# --- two three-character names glued together in a lead's brackets


def test_glued_reporters_in_lead_are_split() -> None:
    d = parse_dateline("本报青石5月3日讯(记者钱文博孙立成)连日来,青石镇组织志愿者进村宣传。")
    assert d is not None
    assert d.reporters == ("钱文博", "孙立成")


def test_glued_reporters_become_authors() -> None:
    lead = "本报青石5月3日讯(记者钱文博孙立成)连日来,青石镇组织志愿者进村宣传防溺水知识。"
    art = parse("\n".join([T1, D1, lead, P2]))
    assert list(art.authors) == ["钱文博", "孙立成"]


def test_six_characters_ambiguous_are_not_split() -> None:
    # 王立李明张华: three two-character names just as well as two three-character ones
    d = parse_dateline("本报青石5月3日讯(记者王立李明张华)连日来,青石镇组织志愿者进村宣传。")
    assert d is not None
    assert d.reporters == ()


# --- a trainee's note inside a lead's name list


def test_note_inside_reporter_list() -> None:
    d = parse_dateline(
        "青石融媒体中心5月3日讯(融媒体记者 钱文博(试用)通讯员 孙立成)连日来,青石镇开展宣传。"
    )
    assert d is not None
    assert d.reporters == ("钱文博", "孙立成")


def test_note_glued_between_names() -> None:
    d = parse_dateline("本报青石5月3日讯(记者 钱文博（见习） 孙立成)连日来,青石镇开展宣传。")
    assert d is not None
    assert d.reporters == ("钱文博", "孙立成")


# --- an outlet's 讯, the date after it, then reporters in brackets


def test_dated_after_xun_reporters_are_authors() -> None:
    lead = "某某网讯5月3日(通讯员 钱文博 孙立成)5月1日,青石镇组织志愿者进村宣传防溺水知识。"
    art = parse("\n".join([T1, D1, lead, P2]))
    assert list(art.authors) == ["钱文博", "孙立成"]
    assert art.dateline is None  # the date follows 讯: no dateline


def test_dated_after_xun_brackets_without_reporters() -> None:
    d = parse_dateline("某某网讯5月3日(图)5月1日,青石镇组织志愿者进村宣传防溺水知识。")
    assert d is None or d.reporters == ()


# --- an outlet's byline with a place and 摄影报道 after the names


def test_outlet_byline_place_photo_report() -> None:
    c = parse_credits("某某新闻记者 钱文博 孙立成 青石摄影报道")
    assert c is not None
    assert [a for a, _ in c.authors] == ["钱文博", "孙立成"]


def test_outlet_byline_place_photo_report_is_meta() -> None:
    page = "\n".join([T1, D1, "某某新闻记者 钱文博 孙立成 青石摄影报道", P2, P3])
    assert list(parse(page).authors) == ["钱文博", "孙立成"]
    assert label_lines(page)[2] == "meta"


# --- a reprint's lead over the original outlet's bracketed credit


def test_nested_reprint_lead_reporter() -> None:
    d = parse_dateline(
        "【某某紀元5月3日訊】〔某某時報記者錢文博╱青石報導〕青石鎮今年最小的學校僅有兩人畢業。"
    )
    assert d is not None
    assert d.agency == "某某紀元"
    assert d.date_text == "5月3日"
    assert d.reporters == ("錢文博",)
    assert d.place is None  # the original's place is not the reprint's lead


def test_nested_reprint_lead_known_agency() -> None:
    d = parse_dateline(
        "【某某社5月3日讯】〔某某时报记者钱文博/青石报导〕青石镇今年最小的学校仅有两人毕业。"
    )
    assert d is not None
    assert d.reporters == ("钱文博",)


# --- a view counter glued after the headline


def test_view_counter_after_headline() -> None:
    art = parse("\n".join(["青石國小畢典溫馨登場 畢業生開心說再見 --閱讀人次 : 321", D1, P2, P3]))
    assert art.title == "青石國小畢典溫馨登場 畢業生開心說再見"


def test_view_counter_needs_number() -> None:
    art = parse("\n".join(["青石國小畢典溫馨登場 閱讀的樂趣", D1, P2, P3]))
    assert art.title == "青石國小畢典溫馨登場 閱讀的樂趣"


# --- headlines of Taiwan and Hong Kong pages


def test_share_widget_after_exclaiming_headline() -> None:
    page = "\n".join(["首頁 -> 視頻 -> 時事", "青石鎮人氣旺 遊客直呼想不到!分享到:", P2, P3])
    assert parse(page).title == "青石鎮人氣旺 遊客直呼想不到!"
    assert label_lines(page)[1] == "title"


def test_phrase_headline_over_dash_credits() -> None:
    page = "\n".join(
        [
            "青石畢典 師長雲集 捎來祝福",
            "- 資料來源:某某日報社",
            "- 記者:錢文博",
            "- 新聞日期:2019-06-15",
            P2,
            P3,
        ]
    )
    art = parse(page)
    assert art.title == "青石畢典 師長雲集 捎來祝福"
    assert art.source == "某某日報社"
    assert label_lines(page)[0] == "title"


def test_menu_of_links_is_no_phrase_headline() -> None:
    page = "\n".join(["新闻中心 国际新闻 社会新闻", "2019-06-15 10:20 来源:某某日报", P2, P3])
    assert parse(page).title is None


def test_brand_slogan_and_photo_credit_around_headline() -> None:
    page = "\n".join(
        [
            "青石傳媒 StoneNews - 在地觀點.看見真相",
            "",
            "天氣轉熱蔬菜價格低 青石農民開放民眾自採",
            "",
            "圖片來源:某某社",
            "",
            "天氣變熱,蔬菜生長速度快,青石鄉有農民開放民眾自採高麗菜,一顆只要十元。",
            "",
            "另有農民指出,現在是平地高麗菜產季尾聲,價格因此下跌。",
        ]
    )
    assert parse(page).title == "天氣轉熱蔬菜價格低 青石農民開放民眾自採"
    labels = label_lines(page)
    assert labels[0] == "chrome"
    assert labels[4] == "body"
