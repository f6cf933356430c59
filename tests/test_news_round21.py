"""Round 21: invented examples per rule (no text from real pages), with body guards."""

from __future__ import annotations

from zhnews import label_lines, parse
from zhnews.news.bylines import parse_dateline, parse_head_byline

T1 = "青岚镇举办社区报刊交流参访活动"
P1 = "【記者林秋萍報導】青嵐鎮社區報刊交流協會日前舉辦參訪活動,邀請各地社區刊物代表到鎮上走訪,了解基層建設成果。"
P2 = "參訪團先後走訪鎮公所、農會與老街,並與地方人士座談,交流社區刊物的編採經驗與發行心得。"
P3 = "鎮長表示,歡迎各地刊物多加報導地方特色,讓更多人認識青嵐鎮的人文風景與農特產品。"


# --- 热门文章 at the top of a page (a sidebar), ad slots, then the article


def test_sidebar_marker_above_article_keeps_its_text() -> None:
    text = "\n".join(
        [
            "青嵐週報提供在地新聞、專欄評論與活動報導,歡迎訂閱!",
            "",
            "輪播廣告(右)橫式1欄",
            "熱門文章",
            "",
            "輪播廣告(上小)橫式1欄",
            "輪播廣告(上小)橫式2欄",
            "",
            T1,
            "",
            P1,
            "",
            P2,
            "",
            P3,
        ]
    )
    labels = label_lines(text)
    assert labels[8] == "title"
    assert [labels[i] for i in (10, 12, 14)] == ["body"] * 3
    assert labels[0] == "chrome" and labels[3] == "chrome" and labels[5] == "chrome"
    a = parse(text)
    assert a.title == T1
    assert a.authors == ("林秋萍",)


def test_related_list_after_article_still_ends_it() -> None:
    # a related list after the text: its items (headlines, no prose) stay chrome
    text = "\n".join(
        [T1, "", P1, "", P2, "", "熱門文章", "", "某地舉辦燈會 遊客如織", "某校運動會開幕"]
    )
    labels = label_lines(text)
    assert labels[2] == "body" and labels[4] == "body"
    assert labels[8] == "chrome" and labels[9] == "chrome"


# --- 【某传媒/记者张三报导】: an outlet, a slash, then its reporter


def test_outlet_slash_reporter_in_brackets() -> None:
    m = parse_dateline("【青嵐傳媒/記者陳志遠報導】因應颱風來襲,縣府今日上午統計撤離三百餘人。")
    assert m is not None and m.reporters == ("陳志遠",) and m.place is None
    text = "\n".join(
        ["首圖", "", "【青嵐傳媒/記者陳志遠報導】因應颱風來襲,縣府今日上午統計撤離三百餘人。"]
    )
    assert parse(text).authors == ("陳志遠",)


def test_outlet_reporter_place_with_space_before_report() -> None:
    m = parse_dateline("【青嵐傳媒/記者 黃雅婷/花蓮 報導】年度慶祝大會今(3)日上午在縣政府舉行。")
    assert m is not None
    assert (m.agency, m.place, m.reporters) == ("青嵐傳媒", "花蓮", ("黃雅婷",))


def test_bracketed_sentence_is_no_reporter() -> None:
    assert parse_dateline("【青嵐傳媒/活動報導】年度慶祝大會今日上午在縣政府舉行。") is None


# --- (通讯员 张三) opening the first paragraph


def test_correspondent_in_brackets_opens_text() -> None:
    assert parse_head_byline("(通讯员 周明远)3月1日至3日,公司召开年度工作会议。") == ("周明远",)
    assert parse_head_byline("（记者 王强 通讯员 刘小红）昨日,公司召开大会。") == ("王强", "刘小红")
    text = "\n".join(
        [
            "(通讯员 周明远)3月1日至3日,公司召开年度工作会议,总结去年工作,部署今年任务。",
            "来自各单位的代表参加了会议,会议审议通过了工作报告和财务报告。",
        ]
    )
    assert parse(text).authors == ("周明远",)


def test_brackets_in_sentence_name_no_correspondent() -> None:
    assert parse_head_byline("公司(通讯员 周明远)召开年度工作会议。") == ()


# --- 某地讯(张三)3月15日…: a place's lead, the reporter alone in brackets


def test_place_lead_with_bare_reporter() -> None:
    m = parse_dateline("青州讯(周小伟)3月15日至22日,公司新闻采风活动圆满结束。")
    assert m is not None and m.place == "青州" and m.reporters == ("周小伟",)


def test_outlet_lead_with_bare_name_no_place() -> None:
    # 某报讯 is an outlet's credit, not a place
    m = parse_dateline("青州报讯(周小伟)3月15日,公司新闻采风活动圆满结束。")
    assert m is None or m.place is None


# --- (张三 李四) alone after the last paragraph: the writers


def test_two_closing_names_in_brackets() -> None:
    text = "\n".join(
        [
            "为弘扬志愿精神,3月3日上午,我院组织医护人员走进社区,为居民开展义诊和健康咨询活动。",
            "(林晓峰 周雨)",
        ]
    )
    assert label_lines(text)[1] == "meta"
    assert parse(text).authors == ("林晓峰", "周雨")


def test_bracketed_words_after_text_stay_body() -> None:
    text = "\n".join(
        [
            "为弘扬志愿精神,3月3日上午,我院组织医护人员走进社区,为居民开展义诊和健康咨询活动。",
            "(图片 文字)",
        ]
    )
    assert label_lines(text)[1] == "body"


# --- 2026-02-23 16:55 头条: a feed's section name is no source


def test_section_word_after_date_is_no_source() -> None:
    text = "\n".join([T1, "2026-02-23 16:55 头条", P2, P3])
    assert parse(text).source is None


def test_outlet_after_date_still_source() -> None:
    text = "\n".join([T1, "2026-02-23 16:55 青岚日报", P2, P3])
    assert parse(text).source == "青岚日报"


# --- 打开网易新闻 查看精彩图片: the app's prompt between photos


def test_app_prompt_between_photos_is_chrome() -> None:
    text = "\n".join(
        [
            "打开网易新闻 查看精彩图片",
            "7月12日,青岚县田野中金灿灿的早稻与绿油油的中稻相互交织,农民正抢收抢种。",
            "打开网易新闻 查看精彩图片",
            "7月9日,青岚县多台大型联合收割机在麦田中穿梭,麦粒归仓。",
        ]
    )
    labels = label_lines(text)
    assert labels[0] == "chrome" and labels[2] == "chrome"
    assert parse(text).title is None


# --- 07:20? ?来源:某网: a space the page's encoding lost, shown as ?


def test_lost_space_question_marks_in_credit_line() -> None:
    text = "\n".join([T1, "2013-11-23 07:20? ?来源:青岚网 责任编辑:林小燕", P2, P3])
    a = parse(text)
    assert a.source == "青岚网"
    assert a.editors == ("林小燕",)


def test_question_after_source_word_is_no_credit() -> None:
    text = "\n".join([T1, "这批货的来源? 没人知道,仓库管理员也说不清楚。", P2])
    assert parse(text).source is None
